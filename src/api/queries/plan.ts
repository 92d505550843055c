/** The plan's queries: what the portal's first section reads. */
import { getPlan } from '../endpoints/plan';
import { resourceQuery, scopeKeys, type QueryScope, type ScopedClient } from './shared';

/** `GET /plan`. */
export const planQueries = {
  all: (scope: QueryScope) => [...scopeKeys.all(scope), 'plan'] as const,
  detail: ({ api, scope }: ScopedClient) =>
    resourceQuery(planQueries.all(scope), (signal) => getPlan(api, { signal })),
};
