/** The invoices' query: the list, filtered. */
import { listInvoices, type InvoiceListParams } from '../endpoints/invoices';
import { listQuery, PAGE_SIZE, scopeKeys, type QueryScope, type ScopedClient } from './shared';

/** The filters of an invoices list, as sent to the API (date bounds as ISO instants). */
export type InvoiceListFilters = Pick<InvoiceListParams, 'status' | 'type' | 'q'> & {
  issuedFrom?: string | null | undefined;
  issuedTo?: string | null | undefined;
};

/** `GET /invoices`, paged by cursor. */
export const invoiceQueries = {
  all: (scope: QueryScope) => [...scopeKeys.all(scope), 'invoices'] as const,
  lists: (scope: QueryScope) => [...invoiceQueries.all(scope), 'list'] as const,
  /**
   * `GET /invoices?status=&type=&issuedFrom=&issuedTo=&q=`, paged by cursor. Every filter is
   * part of the key (unset ones as null), so two filters never share a cache entry and the
   * old filter's rows never show under the new one (faults.md 40).
   */
  list: ({ api, scope }: ScopedClient, filters: InvoiceListFilters = {}) => {
    const normalized: Required<InvoiceListFilters> = {
      status: filters.status ?? null,
      type: filters.type ?? null,
      issuedFrom: filters.issuedFrom ?? null,
      issuedTo: filters.issuedTo ?? null,
      q: filters.q ?? null,
    };
    return listQuery([...invoiceQueries.lists(scope), normalized], normalized, (cursor, signal) =>
      listInvoices(api, { ...normalized, cursor, limit: PAGE_SIZE }, { signal }),
    );
  },
};
