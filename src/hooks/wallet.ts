import { walletQueries } from '../api/queries';
import type { Wallet, WalletTransaction } from '../api/schemas';
import { useRevampd } from '../provider/RevampdProvider';
import { useListQuery, useResourceQuery, type ListQuery, type ResourceQuery } from './shared';

/** This connection's wallet. Credits pay Revampd-issued items only. */
export function useWallet(): ResourceQuery<Wallet> {
  return useResourceQuery(walletQueries.detail(useRevampd()));
}

/** Wallet transactions, newest first, paged by cursor. */
export function useWalletTransactions(): ListQuery<WalletTransaction> {
  return useListQuery(walletQueries.transactions(useRevampd()));
}
