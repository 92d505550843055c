/** The wallet's queries: its balance and its ledger. */
import { getWallet, listWalletTransactions, type WalletTransactionListParams } from '../endpoints/wallet';
import { listQuery, PAGE_SIZE, resourceQuery, scopeKeys, type QueryScope, type ScopedClient } from './shared';

/** `GET /wallet`, `GET /wallet/transactions`. */
export const walletQueries = {
  all: (scope: QueryScope) => [...scopeKeys.all(scope), 'wallet'] as const,
  detail: ({ api, scope }: ScopedClient) =>
    resourceQuery([...walletQueries.all(scope), 'detail'], (signal) => getWallet(api, { signal })),
  transactionLists: (scope: QueryScope) => [...walletQueries.all(scope), 'transactions'] as const,
  /**
   * `GET /wallet/transactions?kind=&createdFrom=&createdTo=`, paged by cursor; every filter
   * in the key (unset ones as null), like the invoices list.
   */
  transactions: ({ api, scope }: ScopedClient, filters: WalletTransactionListFilters = {}) => {
    const normalized: Required<WalletTransactionListFilters> = {
      kind: filters.kind ?? null,
      createdFrom: filters.createdFrom ?? null,
      createdTo: filters.createdTo ?? null,
    };
    return listQuery([...walletQueries.transactionLists(scope), normalized], normalized, (cursor, signal) =>
      listWalletTransactions(api, { ...normalized, cursor, limit: PAGE_SIZE }, { signal }),
    );
  },
};

/** The filters of a wallet transactions list, as sent to the API (date bounds as ISO instants). */
export type WalletTransactionListFilters = Pick<WalletTransactionListParams, 'kind'> & {
  createdFrom?: string | null | undefined;
  createdTo?: string | null | undefined;
};
