import { payoutQueries, type PayoutListFilters } from '../api/queries';
import type { Payout, PayoutSummary } from '../api/schemas';
import { useRevampd } from '../provider/RevampdProvider';
import { useListQuery, useResourceQuery, type ListQuery, type ResourceQuery } from './shared';

/** Filters of {@link usePayouts}: the status, and creation dates as ISO instants. */
export type PayoutFilters = PayoutListFilters;

/** Affiliate payouts, newest first, filtered by the API, paged by cursor. */
export function usePayouts(filters: PayoutFilters = {}): ListQuery<Payout> {
  return useListQuery(payoutQueries.list(useRevampd(), filters));
}

/**
 * YTD, MTD and current-week earnings and the last 12 months, bucketed by the server in the
 * provider's time zone and week start (not the browser's).
 */
export function usePayoutSummary(): ResourceQuery<PayoutSummary> {
  const context = useRevampd();
  return useResourceQuery(
    payoutQueries.summary(context, { timeZone: context.timeZone, weekStartsOn: context.weekStartsOn }),
  );
}
