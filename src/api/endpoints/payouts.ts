/** The affiliate payouts' endpoints: the history and the summary. */
import type { Page } from '../schemas/common';
import { PayoutFilters, PayoutPage, PayoutSummary } from '../schemas/payouts';
import type { Payout, PayoutStatus, PayoutSummary as PayoutSummaryT } from '../schemas/payouts';
import type { RequestOptions, Transport } from '../transport';
import { dateFilter, filterQuery, paging, textFilter, type DateBound, type ListParams } from './shared';

/** Filters of `GET /affiliate/payouts`. */
export interface PayoutListParams extends ListParams {
  status?: PayoutStatus | null | undefined;
  createdFrom?: DateBound;
  createdTo?: DateBound;
}

/** Query of `GET /affiliate/summary`. */
export interface PayoutSummaryParams {
  /** IANA zone in which periods are bucketed. */
  timeZone: string;
  /** 1 = Monday … 7 = Sunday. */
  weekStartsOn: number;
}

/** `GET /affiliate/payouts?status=&createdFrom=&createdTo=`. */
export async function listPayouts(
  api: Transport,
  params: PayoutListParams = {},
  options: RequestOptions = {},
): Promise<Page<Payout>> {
  const filters = filterQuery(api, PayoutFilters, {
    status: textFilter(params.status),
    createdFrom: dateFilter(params.createdFrom),
    createdTo: dateFilter(params.createdTo),
  });
  return api.send({
    method: 'GET',
    path: '/affiliate/payouts',
    schema: PayoutPage,
    query: { ...paging(params), ...filters },
    signal: options.signal,
  });
}

/** `GET /affiliate/summary`. */
export function getPayoutSummary(
  api: Transport,
  params: PayoutSummaryParams,
  options: RequestOptions = {},
): Promise<PayoutSummaryT> {
  return api.send({
    method: 'GET',
    path: '/affiliate/summary',
    schema: PayoutSummary,
    query: { timeZone: params.timeZone, weekStartsOn: params.weekStartsOn },
    signal: options.signal,
  });
}
