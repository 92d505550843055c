/**
 * Headless state of the Tickets section: filter, sort, pages, which ticket is open (a
 * controllable triad) and where focus goes when it closes. TicketsTable only renders what
 * this returns, so a host can build its own markup on the same state. One ticket's detail
 * is `useTicketDetail` (ticketDetail.ts).
 */
import { useCallback, useMemo, useState } from 'react';
import { ticketQueries } from '../api/queries';
import type { Ticket, TicketStatus } from '../api/schemas';
import { useDataTable, useDataTableColumns, type DataTableInstance } from './dataTable';
import { ticketsColumns, ticketsTableDefinition } from './ticketsColumns';
import { useRevampd } from '../provider/RevampdProvider';
import { useFocusReturn, type FocusReturn } from './focus';
import type { ListQuery } from './shared';
import { useTickets } from './tickets';
import { useControllableState } from './useControllableState';

// -------------------------------------------------------------------------------------------------
// Shared
// -------------------------------------------------------------------------------------------------

/** The four ticket statuses, in workflow order (the filter's and the sort's order). */
export const TICKET_STATUSES: readonly TicketStatus[] = ['open', 'in_progress', 'resolved', 'closed'];

// The table's features and columns (raw values, ranks of the raw codes) live in
// ticketsColumns.ts, one file per resource like every table.
const ticketTable = ticketsTableDefinition;

// -------------------------------------------------------------------------------------------------
// useTicketsTable
// -------------------------------------------------------------------------------------------------

/** Columns of the tickets table, by id. */
export type TicketsTableColumn = 'number' | 'title' | 'status' | 'priority' | 'assignee' | 'updated';

/** Options of {@link useTicketsTable}. */
export interface UseTicketsTableOptions {
  /** The status filter shown first; `null` for all. @default null */
  defaultStatus?: TicketStatus | null | undefined;
  /**
   * The open ticket (controlled): its detail replaces the list; `null` shows the list.
   * Leave `undefined` for the hook to keep it itself.
   */
  openTicketId?: string | null | undefined;
  /** The ticket open at first when uncontrolled, e.g. from a host's URL. @default null */
  defaultOpenTicketId?: string | null | undefined;
  /** Told when a ticket is opened (its id) or the list is shown again (`null`), controlled or not. */
  onOpenTicketChange?: ((ticketId: string | null) => void) | undefined;
  /** Rows per page first. @default 10 */
  defaultPageSize?: number | undefined;
}

/** The value of the filter's "all statuses" choice. */
export const ALL_TICKET_STATUSES = 'all';

/** One choice of the status filter. */
export interface TicketStatusFilterOption {
  /** `all` or a status; the select's value. */
  value: TicketStatus | typeof ALL_TICKET_STATUSES;
  label: string;
}

/** What {@link useTicketsTable} returns. */
export interface TicketsTableState {
  /** The loaded tickets and the list's status, with cursor paging. */
  list: ListQuery<Ticket>;
  /** Sorting and client pages over the loaded rows (DataTable's headless core). */
  table: DataTableInstance<Ticket>;
  /** The status sent to the API as `status`; `null` for all. */
  statusFilter: TicketStatus | null;
  setStatusFilter: (status: TicketStatus | null) => void;
  /** All, then the four statuses, labelled. */
  statusOptions: readonly TicketStatusFilterOption[];
  /** The filter's value for a `<select>`: `all` or a status. */
  statusFilterValue: TicketStatusFilterOption['value'];
  /** Sets the filter from a `<select>`'s value; a value that is not an option is ignored. */
  setStatusFilterValue: (value: string) => void;
  /** The ticket whose detail is shown instead of the list, if any. */
  openTicketId: string | null;
  /** Shows a ticket's detail (seeding its cache from the row, so it appears at once). */
  openTicket: (ticket: Ticket | string) => void;
  /** Back to the list; focus goes back to the ticket's row. Returns the id that was open. */
  closeTicket: () => string | null;
  /**
   * Focus coming back from the detail: attach `listRef` to the section, `fallbackRef` to
   * its heading and `awayRef` to the detail. Rows are found by `data-row-id`.
   */
  focusReturn: FocusReturn;
}

/**
 * The Tickets section's state: filter (sent to the API), sort, pages and the open ticket.
 *
 * @example
 * // The open ticket kept in a host's router:
 * const tickets = useTicketsTable({ openTicketId: route.ticketId ?? null, onOpenTicketChange: go });
 */
export function useTicketsTable(options: UseTicketsTableOptions = {}): TicketsTableState {
  const { messages, queryClient, scope, api } = useRevampd();
  const m = messages.tickets;
  const [statusFilter, setStatusFilter] = useState<TicketStatus | null>(options.defaultStatus ?? null);
  const [openTicketId, setOpenTicketId] = useControllableState<string | null>({
    prop: options.openTicketId,
    defaultProp: options.defaultOpenTicketId ?? null,
    onChange: options.onOpenTicketChange,
  });
  const list = useTickets({ status: statusFilter });

  const columns = useDataTableColumns(ticketsColumns);

  const table = useDataTable({
    features: ticketTable.features,
    columns,
    list,
    getRowId: (row) => row.id,
    defaultPageSize: options.defaultPageSize,
  });

  const statusOptions = useMemo<TicketStatusFilterOption[]>(
    () => [
      { value: ALL_TICKET_STATUSES, label: m.filterAll },
      ...TICKET_STATUSES.map((status) => ({ value: status, label: m.status[status] })),
    ],
    [m],
  );

  const focusReturn = useFocusReturn({ awayId: openTicketId, settled: list.status !== 'pending' });

  const openTicket = useCallback(
    (ticket: Ticket | string) => {
      const id = typeof ticket === 'string' ? ticket : ticket.id;
      if (
        typeof ticket !== 'string' &&
        queryClient.getQueryData(ticketQueries.detail({ api, scope }, id).queryKey) === undefined
      ) {
        // The row is the ticket minus its attachments (detail only): show it at once, and
        // mark it as fetched at time 0 so the detail query refetches it on mount.
        queryClient.setQueryData(
          ticketQueries.detail({ api, scope }, id).queryKey,
          { ...ticket, attachments: [] },
          { updatedAt: 0 },
        );
      }
      setOpenTicketId(id);
    },
    [queryClient, api, scope, setOpenTicketId],
  );

  const { returnTo } = focusReturn;
  const closeTicket = useCallback(() => {
    const previous = openTicketId;
    if (previous !== null) returnTo(previous);
    setOpenTicketId(null);
    return previous;
  }, [openTicketId, setOpenTicketId, returnTo]);

  const changeFilter = useCallback(
    (status: TicketStatus | null) => {
      setStatusFilter(status);
      table.pagination.setPageIndex(0);
    },
    [table.pagination],
  );

  const setStatusFilterValue = useCallback(
    (value: string) => {
      if (value === ALL_TICKET_STATUSES) {
        changeFilter(null);
        return;
      }
      const status = TICKET_STATUSES.find((candidate) => candidate === value);
      if (status) changeFilter(status);
    },
    [changeFilter],
  );

  return {
    list,
    table,
    statusFilter,
    setStatusFilter: changeFilter,
    statusOptions,
    statusFilterValue: statusFilter ?? ALL_TICKET_STATUSES,
    setStatusFilterValue,
    openTicketId,
    openTicket,
    closeTicket,
    focusReturn,
  };
}
