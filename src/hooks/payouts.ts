import { payoutQueries } from '../api/queries';
import type { Payout, PayoutSummary } from '../api/schemas';
import { useRevampd } from '../provider/RevampdProvider';
import { useListQuery, useResourceQuery, type ListQuery, type ResourceQuery } from './shared';

/** Affiliate payouts, newest first, paged by cursor. */
export function usePayouts(): ListQuery<Payout> {
  return useListQuery(payoutQueries.list(useRevampd()));
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
