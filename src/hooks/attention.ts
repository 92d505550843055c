/**
 * What needs the Sub-Org's attention (`GET /attention`): one small query that the alerts
 * banner, the menu's badges and a host's own menu all read. Mutations that change a count
 * (a payment, a reply, a cancel) mark it stale through {@link invalidateAttention}, in the
 * scope that sent them; it also refetches when the window regains focus.
 */
import { useEffect } from 'react';
import { attentionQueries } from '../api/queries';
import type { Attention } from '../api/schemas';
import { useRevampd } from '../provider/RevampdProvider';
import { useResourceQuery, type MutationContext, type ResourceQuery } from './shared';

/**
 * Counts and amounts that need attention: open and overdue invoices, the wallet's
 * shortfall against the open ones, tickets awaiting your reply, failed payouts.
 *
 * @example
 * // A host's own menu badge:
 * const { data } = useAttention();
 * <MenuItem badge={data?.ticketsAwaitingCustomer}>Support</MenuItem>
 */
export function useAttention(): ResourceQuery<Attention> {
  const context = useRevampd();
  const { queryClient, scope } = context;
  const query = useResourceQuery(attentionQueries.detail(context));

  // Back to the page (another tab, another app): the counts may have moved meanwhile. The
  // query's own `refetchOnWindowFocus` only works on a QueryClient that a
  // QueryClientProvider mounted; the provider's own client is not, so the page's focus is
  // listened to here. Every reader asks; concurrent asks share one request.
  useEffect(() => {
    if (typeof window === 'undefined') return;
    const refresh = () => {
      if (document.visibilityState === 'hidden') return;
      void queryClient.refetchQueries(
        { queryKey: attentionQueries.all(scope), type: 'active' },
        { cancelRefetch: false },
      );
    };
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [queryClient, scope]);

  return query;
}

/**
 * Marks the attention summary of the scope that sent a mutation as stale, so every reader
 * of it refetches: call it from a mutation's `onSuccess` with its `context` (never the
 * current render's scope, faults.md 32). Resolves once the active readers have refetched;
 * a mutation need not wait for it (`void invalidateAttention(context)`).
 */
export function invalidateAttention(context: MutationContext): Promise<void> {
  return context.queryClient.invalidateQueries({ queryKey: attentionQueries.all(context.scope) });
}
