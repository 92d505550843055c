/** What needs attention: the alerts' and a host's menu badges' query. */
import { getAttention } from '../endpoints/attention';
import type { Attention } from '../schemas/attention';
import {
  resourceQuery,
  scopeKeys,
  type ResourceQueryOptions,
  type ScopedClient,
  type QueryScope,
} from './shared';

/** `GET /attention`: what needs the Sub-Org's attention, for a banner and menu badges. */
export const attentionQueries = {
  all: (scope: QueryScope) => [...scopeKeys.all(scope), 'attention'] as const,
  /**
   * The summary. Unlike the other queries it refetches when the window regains focus
   * (counts a person acts on elsewhere, e.g. a reply by email), and it is stale at once so a
   * widget mounting after a payment, reply or cancel reads the new counts.
   */
  detail: ({ api, scope }: ScopedClient): ResourceQueryOptions<Attention> => ({
    ...resourceQuery(attentionQueries.all(scope), (signal) => getAttention(api, { signal })),
    staleTime: 0,
    refetchOnWindowFocus: 'always',
  }),
};
