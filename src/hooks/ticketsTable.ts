/**
 * Headless state of the Tickets section: the table (filter, sort, pages, which ticket is
 * open) and the detail of one ticket (close / reopen once). TicketsTable and TicketDetail
 * only render what these return, so a host can build its own markup on the same state.
 */
import { useCallback, useMemo, useState } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { RevampdError } from '../api/errors';
import { ticketKeys } from '../api/keys';
import type { Ticket, TicketPriority, TicketStatus } from '../api/schemas';
import { csvInstant } from '../format/csv';
import { defineDataTable, useDataTable, type DataTableColumns, type DataTableInstance } from './dataTable';
import { resourceView, type ResourceView } from '../components/ui/resourceView';
import { useRevampd } from '../provider/RevampdProvider';
import { useFormatters } from './formatters';
import type { ListQuery } from './shared';
import { useTicket, useTickets, useUpdateTicketStatus } from './tickets';

// -------------------------------------------------------------------------------------------------
// Shared
// -------------------------------------------------------------------------------------------------

/** The four ticket statuses, in workflow order (the filter's and the sort's order). */
export const TICKET_STATUSES: readonly TicketStatus[] = ['open', 'in_progress', 'resolved', 'closed'];

const PRIORITY_RANK: Record<TicketPriority, number> = { low: 0, medium: 1, high: 2 };
const STATUS_RANK: Record<TicketStatus, number> = { open: 0, in_progress: 1, resolved: 2, closed: 3 };

/** The status change a ticket offers: reopen a closed one, close any other. */
export function nextTicketStatus(status: TicketStatus): 'open' | 'closed' {
  return status === 'closed' ? 'open' : 'closed';
}

// Module scope: TanStack Table needs the features' identity to stay put between renders.
// Not destructured: a destructuring is kept by bundlers even when the call is pure.
const ticketTable = /*#__PURE__*/ defineDataTable<Ticket>();

// -------------------------------------------------------------------------------------------------
// useTicketsTable
// -------------------------------------------------------------------------------------------------

/** Columns of the tickets table, by id. */
export type TicketsTableColumn = 'number' | 'title' | 'status' | 'priority' | 'assignee' | 'updated';

/** Options of {@link useTicketsTable}. */
export interface UseTicketsTableOptions {
  /** The status filter shown first; `null` for all. @default null */
  initialStatus?: TicketStatus | null | undefined;
  /** The ticket open at first (its detail replaces the list). @default null */
  initialOpenTicketId?: string | null | undefined;
  /** Rows per page first. @default 10 */
  initialPageSize?: number | undefined;
  /** Told when a ticket is opened (its id) or the list is shown again (`null`). */
  onOpenTicketChange?: ((ticketId: string | null) => void) | undefined;
}

/** One choice of the status filter. */
export interface TicketStatusFilterOption {
  /** `all` or a status; the select's value. */
  value: TicketStatus | 'all';
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
  /** The ticket whose detail is shown instead of the list, if any. */
  openTicketId: string | null;
  /** Shows a ticket's detail (seeding its cache from the row, so it appears at once). */
  openTicket: (ticket: Ticket | string) => void;
  /** Back to the list. Returns the id that was open, so a view can put focus back on its row. */
  closeTicket: () => string | null;
}

/** The Tickets section's state: filter (sent to the API), sort, pages and the open ticket. */
export function useTicketsTable(options: UseTicketsTableOptions = {}): TicketsTableState {
  const { messages, queryClient, scope } = useRevampd();
  const format = useFormatters();
  const m = messages.tickets;
  const [statusFilter, setStatusFilter] = useState<TicketStatus | null>(options.initialStatus ?? null);
  const [openTicketId, setOpenTicketId] = useState<string | null>(options.initialOpenTicketId ?? null);
  const list = useTickets({ status: statusFilter });

  const columns = useMemo<DataTableColumns<Ticket>>(
    () =>
      ticketTable.columnHelper.columns([
        ticketTable.columnHelper.accessor((row) => row.number, {
          id: 'number',
          header: m.columns.number,
          sortFn: 'number',
          cell: (info) => `#${info.row.original.number}`,
          meta: { csv: (row) => row.number },
        }),
        ticketTable.columnHelper.accessor((row) => row.title, {
          id: 'title',
          header: m.columns.title,
          sortFn: 'text',
          cell: (info) => info.row.original.title,
          meta: { rowHeader: true, csv: (row) => row.title },
        }),
        ticketTable.columnHelper.accessor((row) => STATUS_RANK[row.status], {
          id: 'status',
          header: m.columns.status,
          sortFn: 'number',
          cell: (info) => m.status[info.row.original.status],
          meta: { csv: (row) => m.status[row.status] },
        }),
        ticketTable.columnHelper.accessor((row) => PRIORITY_RANK[row.priority], {
          id: 'priority',
          header: m.columns.priority,
          sortFn: 'number',
          cell: (info) => m.priority[info.row.original.priority],
          meta: { csv: (row) => m.priority[row.priority] },
        }),
        ticketTable.columnHelper.accessor((row) => row.assignee?.name ?? '', {
          id: 'assignee',
          header: m.columns.assignee,
          sortFn: 'text',
          cell: (info) => info.row.original.assignee?.name ?? m.unassigned,
          meta: { csv: (row) => row.assignee?.name ?? '' },
        }),
        ticketTable.columnHelper.accessor((row) => Date.parse(row.updatedAt), {
          id: 'updated',
          header: m.columns.updated,
          sortFn: 'number',
          cell: (info) => format.date(info.row.original.updatedAt, 'dateTime'),
          meta: { csv: (row) => csvInstant(row.updatedAt) },
        }),
      ]),
    [m, format],
  );

  const table = useDataTable({
    features: ticketTable.features,
    columns,
    data: list.items,
    getRowId: (row) => row.id,
    initialPageSize: options.initialPageSize,
  });

  const statusOptions = useMemo<TicketStatusFilterOption[]>(
    () => [
      { value: 'all', label: m.filterAll },
      ...TICKET_STATUSES.map((status) => ({ value: status, label: m.status[status] })),
    ],
    [m],
  );

  const { onOpenTicketChange } = options;
  const openTicket = useCallback(
    (ticket: Ticket | string) => {
      const id = typeof ticket === 'string' ? ticket : ticket.id;
      if (
        typeof ticket !== 'string' &&
        queryClient.getQueryData(ticketKeys.detail(scope, id)) === undefined
      ) {
        // The row is the ticket: show it at once, the detail query confirms it.
        queryClient.setQueryData(ticketKeys.detail(scope, id), ticket);
      }
      setOpenTicketId(id);
      onOpenTicketChange?.(id);
    },
    [queryClient, scope, onOpenTicketChange],
  );

  const closeTicket = useCallback(() => {
    const previous = openTicketId;
    setOpenTicketId(null);
    onOpenTicketChange?.(null);
    return previous;
  }, [openTicketId, onOpenTicketChange]);

  const changeFilter = useCallback(
    (status: TicketStatus | null) => {
      setStatusFilter(status);
      table.pagination.setPageIndex(0);
    },
    [table.pagination],
  );

  return {
    list,
    table,
    statusFilter,
    setStatusFilter: changeFilter,
    statusOptions,
    openTicketId,
    openTicket,
    closeTicket,
  };
}

// -------------------------------------------------------------------------------------------------
// useTicketDetail
// -------------------------------------------------------------------------------------------------

/** The close / reopen action of an open ticket. */
export interface TicketStatusAction {
  /** What the action sets: `closed` for an open, in-progress or resolved ticket, `open` for a closed one. */
  nextStatus: 'open' | 'closed';
  /** The request is in flight; further runs are ignored. */
  isPending: boolean;
  /** The last attempt's failure, if any. */
  error: RevampdError | null;
  /** Sends the change once, whatever the clicks (one Idempotency-Key per intent). */
  run: () => void;
}

/** What {@link useTicketDetail} returns. */
export interface TicketDetailState {
  query: UseQueryResult<Ticket, RevampdError>;
  ticket: Ticket | undefined;
  /** Loading, error, no-access or ready, decided as for every widget. */
  view: ResourceView;
  /** Close or reopen; `null` until the ticket is loaded. */
  statusAction: TicketStatusAction | null;
}

/** One ticket and its close / reopen action; the lists follow through the cache. */
export function useTicketDetail(ticketId: string | null): TicketDetailState {
  const query = useTicket(ticketId);
  const update = useUpdateTicketStatus();
  const ticket = query.data;
  const view = resourceView(query, ticket !== undefined);
  const { mutate, isPending } = update;

  const nextStatus = ticket ? nextTicketStatus(ticket.status) : null;
  const run = useCallback(() => {
    if (!ticket || nextStatus === null || isPending) return;
    // Errors are shown from `update.error`; the rejection itself needs no handler here.
    mutate({ ticketId: ticket.id, status: nextStatus }).catch(() => undefined);
  }, [ticket, nextStatus, isPending, mutate]);

  // A failure belongs to the action it came from: after a success the error is gone.
  const error = update.status === 'error' ? update.error : null;
  return {
    query,
    ticket,
    view,
    statusAction: nextStatus === null ? null : { nextStatus, isPending, error, run },
  };
}
