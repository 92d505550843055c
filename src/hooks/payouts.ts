import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { RevampdError } from '../api/errors';
import { payoutsQuery, payoutSummaryQuery } from '../api/queries';
import type { Payout, PayoutSummary } from '../api/schemas';
import { useRevampd } from '../provider/RevampdProvider';
import { useListQuery, type ListQuery } from './shared';

/** Affiliate payouts, newest first, paged by cursor. */
export function usePayouts(): ListQuery<Payout> {
  return useListQuery(payoutsQuery(useRevampd()));
}

/**
 * YTD, MTD and current-week earnings and the last 12 months, bucketed by the server in the
 * provider's time zone and week start (not the browser's).
 */
export function usePayoutSummary(): UseQueryResult<PayoutSummary, RevampdError> {
  const context = useRevampd();
  return useQuery(
    payoutSummaryQuery(context, { timeZone: context.timeZone, weekStartsOn: context.weekStartsOn }),
    context.queryClient,
  );
}
