/**
 * The tickets table's definition and columns, for `useTicketsTable` and for hosts building
 * their own table: accessors hold raw values (ranks of the status and priority codes,
 * epoch ms), so sorting never sees translated text, and the CSV holds raw codes
 * (`in_progress`, `high`), not the labels of one language.
 */
import type { Ticket, TicketPriority, TicketStatus } from '../api/schemas';
import { csvInstant } from '../format/csv';
import { defineDataTable, type DataTableColumnContext, type DataTableColumns } from './dataTable';
import { enUSTickets } from '../i18n/en-US';

// Module scope: TanStack Table needs `features` to keep its identity between renders.
// Not destructured: a destructuring is kept by bundlers even when the call is pure.
const ticketTable = /*#__PURE__*/ defineDataTable<Ticket>();

/**
 * The DataTable definition (features and column helper) of the tickets table, for
 * `useDataTable` and hosts building on the same definition.
 */
export const ticketsTableDefinition = ticketTable;

/** Ids of the tickets table's columns. */
export type TicketsTableColumnId = 'number' | 'title' | 'status' | 'priority' | 'assignee' | 'updated';

/** Sort order of statuses: the workflow's (open, in progress, resolved, closed). */
const STATUS_RANK: Readonly<Record<TicketStatus, number>> = {
  open: 0,
  in_progress: 1,
  resolved: 2,
  closed: 3,
};

/** Sort order of priorities: low to high. */
const PRIORITY_RANK: Readonly<Record<TicketPriority, number>> = { low: 0, medium: 1, high: 2 };

/**
 * The tickets table's columns: number, title (the row header), status, priority, assignee
 * and last update. Status and priority sort by the rank of their raw codes, the same in
 * every language; the CSV holds the raw codes and ISO instants.
 */
export function ticketsColumns({
  sectionMessages,
  format,
}: DataTableColumnContext): DataTableColumns<Ticket, TicketsTableColumnId> {
  const m = sectionMessages('tickets', enUSTickets);
  const h = ticketTable.columnHelper;
  return h.columns([
    h.accessor((row) => row.number, {
      id: 'number',
      header: m.columns.number,
      sortFn: 'number',
      cell: (info) => `#${info.row.original.number}`,
      meta: { csv: (row) => row.number },
    }),
    h.accessor((row) => row.title, {
      id: 'title',
      header: m.columns.title,
      sortFn: 'text',
      cell: (info) => info.row.original.title,
      meta: { rowHeader: true, csv: (row) => row.title },
    }),
    h.accessor((row) => STATUS_RANK[row.status], {
      id: 'status',
      header: m.columns.status,
      sortFn: 'number',
      cell: (info) => m.status[info.row.original.status],
      meta: { csv: (row) => row.status },
    }),
    h.accessor((row) => PRIORITY_RANK[row.priority], {
      id: 'priority',
      header: m.columns.priority,
      sortFn: 'number',
      cell: (info) => m.priority[info.row.original.priority],
      meta: { csv: (row) => row.priority },
    }),
    h.accessor((row) => row.assignee?.name ?? '', {
      id: 'assignee',
      header: m.columns.assignee,
      sortFn: 'text',
      cell: (info) => info.row.original.assignee?.name ?? m.unassigned,
      meta: { csv: (row) => row.assignee?.name ?? '' },
    }),
    h.accessor((row) => Date.parse(row.updatedAt), {
      id: 'updated',
      header: m.columns.updated,
      sortFn: 'number',
      cell: (info) => format.date(info.row.original.updatedAt, 'dateTime'),
      meta: { csv: (row) => csvInstant(row.updatedAt) },
    }),
  ]);
}
