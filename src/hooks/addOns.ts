import { addOnKeys } from '../api/keys';
import { addOnsQuery } from '../api/queries';
import type { AddOn } from '../api/schemas';
import { cancelAddOn } from '../api/endpoints';
import { useRevampd } from '../provider/RevampdProvider';
import { replaceInPages } from './cache';
import { useIdempotentMutation, useListQuery, type IdempotentMutation, type ListQuery } from './shared';

/** Revampd-issued add-ons (phone numbers, call credits), newest first, paged by cursor. */
export function useAddOns(): ListQuery<AddOn> {
  return useListQuery(addOnsQuery(useRevampd()));
}

/** Cancels an add-on once, whatever the clicks and retries; updates its row. */
export function useCancelAddOn(): IdempotentMutation<{ addOnId: string }, AddOn> {
  const { api, scope, queryClient } = useRevampd();
  return useIdempotentMutation({
    intentOf: ({ addOnId }) => `cancel:${addOnId}`,
    send: ({ addOnId }, idempotencyKey) => cancelAddOn(api, addOnId, { idempotencyKey }),
    onSuccess: (addOn) => replaceInPages(queryClient, addOnKeys.list(scope), addOn),
  });
}
