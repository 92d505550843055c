import { walletQueries, type WalletTransactionListFilters } from '../api/queries';
import type { Wallet, WalletTransaction } from '../api/schemas';
import { useRevampd } from '../provider/RevampdProvider';
import { useListQuery, useResourceQuery, type ListQuery, type ResourceQuery } from './shared';

/** This connection's wallet. Credits pay Revampd-issued items only. */
export function useWallet(): ResourceQuery<Wallet> {
  return useResourceQuery(walletQueries.detail(useRevampd()));
}

/** Filters of {@link useWalletTransactions}: the kind, and creation dates as ISO instants. */
export type WalletTransactionFilters = WalletTransactionListFilters;

/**
 * Wallet transactions, newest first, filtered by the API, paged by cursor. Each carries the
 * balance right after it (`balanceAfter`), so any page shows a running balance.
 */
export function useWalletTransactions(filters: WalletTransactionFilters = {}): ListQuery<WalletTransaction> {
  return useListQuery(walletQueries.transactions(useRevampd(), filters));
}
