import { planQueries } from '../api/queries';
import type { Plan } from '../api/schemas';
import { useRevampd } from '../provider/RevampdProvider';
import { useResourceQuery, type ResourceQuery } from './shared';

/** The connection's plan: Partner-managed (the usual Sub-Org) or a direct Revampd plan. */
export function usePlan(): ResourceQuery<Plan> {
  return useResourceQuery(planQueries.detail(useRevampd()));
}
