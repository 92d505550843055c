import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { RevampdError } from '../api/errors';
import { walletQuery, walletTransactionsQuery } from '../api/queries';
import type { Wallet, WalletTransaction } from '../api/schemas';
import { useRevampd } from '../provider/RevampdProvider';
import { useListQuery, type ListQuery } from './shared';

/** This connection's wallet. Credits pay Revampd-issued items only. */
export function useWallet(): UseQueryResult<Wallet, RevampdError> {
  const context = useRevampd();
  return useQuery(walletQuery(context), context.queryClient);
}

/** Wallet transactions, newest first, paged by cursor. */
export function useWalletTransactions(): ListQuery<WalletTransaction> {
  return useListQuery(walletTransactionsQuery(useRevampd()));
}
