import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { RevampdError } from '../api/errors';
import { planQuery } from '../api/queries';
import type { Plan } from '../api/schemas';
import { useRevampd } from '../provider/RevampdProvider';

/** The connection's plan: Partner-managed (the usual Sub-Org) or a direct Revampd plan. */
export function usePlan(): UseQueryResult<Plan, RevampdError> {
  const context = useRevampd();
  return useQuery(planQuery(context), context.queryClient);
}
