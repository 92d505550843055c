import { addOnQueries } from '../api/queries';
import type { AddOn } from '../api/schemas';
import { cancelAddOn } from '../api/endpoints';
import { useRevampd } from '../provider/RevampdProvider';
import { invalidateAttention } from './attention';
import { replaceInPages } from './cache';
import { useIdempotentMutation, useListQuery, type IdempotentMutation, type ListQuery } from './shared';

/** Revampd-issued add-ons (phone numbers, call credits), newest first, paged by cursor. */
export function useAddOns(): ListQuery<AddOn> {
  return useListQuery(addOnQueries.list(useRevampd()));
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
