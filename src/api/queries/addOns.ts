/** The add-ons' queries: the Sub-Org's add-ons, the catalog and the phone numbers on offer. */
import {
  getAddOnCatalog,
  listAddOns,
  listAvailablePhoneNumbers,
  type AvailablePhoneNumbersParams,
} from '../endpoints/addOns';
import { listQuery, PAGE_SIZE, resourceQuery, scopeKeys, type QueryScope, type ScopedClient } from './shared';

/** `GET /add-ons` (paged by cursor), and what can be bought: the catalog and the numbers on offer. */
export const addOnQueries = {
  all: (scope: QueryScope) => [...scopeKeys.all(scope), 'add-ons'] as const,
  lists: (scope: QueryScope) => [...addOnQueries.all(scope), 'list'] as const,
  list: ({ api, scope }: ScopedClient) =>
    listQuery([...addOnQueries.lists(scope), {}], {}, (cursor, signal) =>
      listAddOns(api, { cursor, limit: PAGE_SIZE }, { signal }),
    ),
  /** `GET /add-ons/catalog`: everything on sale (not paged). */
  catalog: ({ api, scope }: ScopedClient) =>
    resourceQuery([...addOnQueries.all(scope), 'catalog'], (signal) => getAddOnCatalog(api, { signal })),
  /** Every search of numbers on offer, of every product: for refreshing them all at once. */
  availableNumberSearches: (scope: QueryScope) => [...addOnQueries.all(scope), 'available-numbers'] as const,
  /**
   * `GET /phone-numbers/available` for one search; off (skipToken) while `params` is null.
   * A new search's key differs, so the previous search's request is aborted (its signal is
   * the transport's) rather than left to answer late.
   */
  availableNumbers: ({ api, scope }: ScopedClient, params: AvailablePhoneNumbersParams | null) =>
    resourceQuery(
      [
        ...addOnQueries.availableNumberSearches(scope),
        params === null
          ? null
          : {
              productId: params.productId,
              areaCode: params.areaCode ?? null,
              contains: params.contains ?? null,
            },
      ],
      params === null ? null : (signal) => listAvailablePhoneNumbers(api, params, { signal }),
    ),
};
