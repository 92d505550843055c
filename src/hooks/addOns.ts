import { useRef } from 'react';
import { addOnQueries } from '../api/queries';
import type { AddOn } from '../api/schemas';
import { cancelAddOn } from '../api/endpoints';
import { useRevampd } from '../provider/RevampdProvider';
import { invalidateAttention } from './attention';
import { replaceInPages } from './cache';
import { useIdempotentMutation, useListQuery, type IdempotentMutation, type ListQuery } from './shared';

/** How soon the add-ons are asked for again while one is `pending` (a number being provisioned). */
export const ADD_ON_POLL_MS = 5_000;

/**
 * The wait before the next poll, by how long some add-on has been seen `pending`: a bought
 * number is usually live within seconds, so at first every {@link ADD_ON_POLL_MS}; one
 * that takes longer is the carrier's delay, asked for less and less often (a seeded or
 * stuck `pending` row must not cost a request every few seconds for as long as a page is open).
 */
function addOnPollInterval(pendingForMs: number): number {
  if (pendingForMs < 60_000) return ADD_ON_POLL_MS;
  if (pendingForMs < 10 * 60_000) return 30_000;
  return 5 * 60_000;
}

/**
 * Revampd-issued add-ons (phone numbers, call credits), newest first, paged by cursor.
 * While one is `pending`, the list is asked for again until none is (see
 * {@link ADD_ON_POLL_MS}); never while the page is hidden, after an error or after unmount.
 */
export function useAddOns(): ListQuery<AddOn> {
  // When this view first saw a pending add-on: a clock of its own, not the server's dates.
  const pendingSince = useRef<number | null>(null);
  return useListQuery({
    ...addOnQueries.list(useRevampd()),
    refetchInterval: (query) => {
      const pending =
        query.state.status !== 'error' &&
        (query.state.data?.pages.some((page) => page.data.some((addOn) => addOn.status === 'pending')) ??
          false);
      if (!pending) {
        pendingSince.current = null;
        return false;
      }
      pendingSince.current ??= Date.now();
      return addOnPollInterval(Date.now() - pendingSince.current);
    },
  });
}

/**
 * Cancels an add-on once, whatever the clicks, retries and remounts; updates its row and
 * refreshes what needs attention.
 */
export function useCancelAddOn(): IdempotentMutation<{ addOnId: string }, AddOn> {
  return useIdempotentMutation({
    feature: 'cancelAddOns',
    intentOf: ({ addOnId }) => `cancel:${addOnId}`,
    send: ({ addOnId }, idempotencyKey, { api }) => cancelAddOn(api, addOnId, { idempotencyKey }),
    onSuccess: (addOn, _variables, client) => {
      replaceInPages(client.queryClient, addOnQueries.lists(client.scope), addOn);
      // Not awaited: a slow summary must not hold the cancel's confirmation open.
      void invalidateAttention(client);
    },
  });
}
