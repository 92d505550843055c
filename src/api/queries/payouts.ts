/** The affiliate payouts' queries: the history and the summary. */
import {
  getPayoutSummary,
  listPayouts,
  type PayoutListParams,
  type PayoutSummaryParams,
} from '../endpoints/payouts';
import { listQuery, resourceQuery, scopeKeys, type QueryScope, type ScopedClient } from './shared';

/** The filters of a payouts list, as sent to the API (date bounds as ISO instants). */
export type PayoutListFilters = Pick<PayoutListParams, 'status'> & {
  createdFrom?: string | null | undefined;
  createdTo?: string | null | undefined;
};

/** `GET /affiliate/payouts`, `GET /affiliate/summary`. */
export const payoutQueries = {
  all: (scope: QueryScope) => [...scopeKeys.all(scope), 'payouts'] as const,
  lists: (scope: QueryScope) => [...payoutQueries.all(scope), 'list'] as const,
  /**
   * `GET /affiliate/payouts?status=&createdFrom=&createdTo=`, paged by cursor, 100 a page:
   * histories are long. Every filter in the key (unset ones as null).
   */
  list: ({ api, scope }: ScopedClient, filters: PayoutListFilters = {}) => {
    const normalized: Required<PayoutListFilters> = {
      status: filters.status ?? null,
      createdFrom: filters.createdFrom ?? null,
      createdTo: filters.createdTo ?? null,
    };
    return listQuery([...payoutQueries.lists(scope), normalized], normalized, (cursor, signal) =>
      listPayouts(api, { ...normalized, cursor, limit: 100 }, { signal }),
    );
  },
  /** The summary in the given zone and week start. */
  summary: ({ api, scope }: ScopedClient, params: PayoutSummaryParams) =>
    resourceQuery([...payoutQueries.all(scope), 'summary', params.timeZone, params.weekStartsOn], (signal) =>
      getPayoutSummary(api, params, { signal }),
    ),
};
