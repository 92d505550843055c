/** The wallet's endpoints: its balance and its ledger. */
import type { Page } from '../schemas/common';
import { Wallet, WalletTransactionFilters, WalletTransactionPage } from '../schemas/wallet';
import type { Wallet as WalletT, WalletTransaction, WalletTransactionKind } from '../schemas/wallet';
import type { RequestOptions, Transport } from '../transport';
import { dateFilter, filterQuery, paging, textFilter, type DateBound, type ListParams } from './shared';

/** Filters of `GET /wallet/transactions`. */
export interface WalletTransactionListParams extends ListParams {
  kind?: WalletTransactionKind | null | undefined;
  createdFrom?: DateBound;
  createdTo?: DateBound;
}

/** `GET /wallet`. */
export function getWallet(api: Transport, options: RequestOptions = {}): Promise<WalletT> {
  return api.send({ method: 'GET', path: '/wallet', schema: Wallet, signal: options.signal });
}

/** `GET /wallet/transactions?kind=&createdFrom=&createdTo=`. */
export async function listWalletTransactions(
  api: Transport,
  params: WalletTransactionListParams = {},
  options: RequestOptions = {},
): Promise<Page<WalletTransaction>> {
  const filters = filterQuery(api, WalletTransactionFilters, {
    kind: textFilter(params.kind),
    createdFrom: dateFilter(params.createdFrom),
    createdTo: dateFilter(params.createdTo),
  });
  return api.send({
    method: 'GET',
    path: '/wallet/transactions',
    schema: WalletTransactionPage,
    query: { ...paging(params), ...filters },
    signal: options.signal,
  });
}
