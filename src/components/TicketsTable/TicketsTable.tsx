'use client';
/**
 * TicketsTable: section 3, Tickets. The tickets opened with Revampd, with a status filter
 * sent to the API, sorting and paging (DataTable), and each ticket's detail shown in
 * place of the list. A view over {@link useTicketsTable}: which ticket is open (controlled
 * or not) and where focus goes back to are the hook's.
 */
import { forwardRef, useId, type ComponentPropsWithoutRef } from 'react';
import type { TicketStatus } from '../../api/schemas';
import { useTicketsTable } from '../../hooks/ticketsTable';
import { useComposedRefs } from '../../hooks/useComposedRefs';
import { STATUS_TONES } from '../../model/statusTones';
import { useRevampd } from '../../provider/RevampdProvider';
import { TicketDetail } from '../TicketDetail/TicketDetail';
import { DataTable } from '../ui/DataTable/DataTable';
import { StatusBadge } from '../ui/StatusBadge';

/**
 * Props of {@link TicketsTable}. Other attributes (`id`, `aria-*`, `data-*`…) go to the
 * root `<section>`, which the ref points at too.
 */
export interface TicketsTableProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** The status filter shown first; `null` for all. @default null */
  defaultStatus?: TicketStatus | null | undefined;
  /**
   * The open ticket (controlled), e.g. from a host's router: its detail replaces the list;
   * `null` shows the list. Pair it with `onOpenTicketChange`.
   */
  openTicketId?: string | null | undefined;
  /** A ticket to open at once when uncontrolled, e.g. from a host's URL read once. @default null */
  defaultOpenTicketId?: string | null | undefined;
  /** Told when a ticket is opened (its id) or the list is shown again (`null`), controlled or not. */
  onOpenTicketChange?: ((ticketId: string | null) => void) | undefined;
  /** Rows per page first. @default 10 */
  defaultPageSize?: number | undefined;
  /** @deprecated Use `defaultPageSize`. */
  pageSize?: number | undefined;
  className?: string | undefined;
}

/**
 * The Tickets section: list, filter, sort, pages and the detail of one ticket.
 *
 * The root carries `data-view`: `list`, or `detail` while a ticket is open.
 *
 * @example
 * // The open ticket in the host's URL:
 * <TicketsTable openTicketId={params.ticketId ?? null} onOpenTicketChange={(id) => navigate(id)} />
 */
export const TicketsTable = /*#__PURE__*/ forwardRef<HTMLElement, TicketsTableProps>(function TicketsTable(
  {
    defaultStatus,
    openTicketId: openTicketIdProp,
    defaultOpenTicketId,
    onOpenTicketChange,
    defaultPageSize,
    pageSize,
    className,
    ...rest
  },
  forwardedRef,
) {
  const { messages, t } = useRevampd();
  const m = messages.tickets;
  const state = useTicketsTable({
    defaultStatus,
    openTicketId: openTicketIdProp,
    defaultOpenTicketId,
    onOpenTicketChange,
    defaultPageSize: defaultPageSize ?? pageSize,
  });
  const { list, table, statusFilter, statusOptions, openTicketId, openTicket, closeTicket, focusReturn } =
    state;
  const rootRef = useComposedRefs(forwardedRef, focusReturn.listRef);
  const headingId = useId();
  const filterId = useId();

  return (
    <section
      ref={rootRef}
      className={['rvp-TicketsTable', 'rvp-widget', className].filter(Boolean).join(' ')}
      aria-labelledby={openTicketId ? undefined : headingId}
      aria-label={openTicketId ? m.heading : undefined}
      data-view={openTicketId ? 'detail' : 'list'}
      {...rest}
    >
      {openTicketId ? (
        <TicketDetail ref={focusReturn.awayRef} ticketId={openTicketId} onBack={closeTicket} />
      ) : (
        <>
          <h2
            ref={focusReturn.fallbackRef}
            id={headingId}
            className="rvp-Section-heading rvp-TicketsTable-heading"
            tabIndex={-1}
          >
            {m.heading}
          </h2>
          <p className="rvp-Section-intro">{t(m.intro)}</p>
          <div className="rvp-TicketsTable-toolbar">
            <label htmlFor={filterId} className="rvp-TicketsTable-filterLabel">
              {m.filterLabel}
            </label>
            <select
              id={filterId}
              className="rvp-TicketsTable-filter"
              value={state.statusFilterValue}
              onChange={(event) => state.setStatusFilterValue(event.target.value)}
            >
              {statusOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          <DataTable
            instance={table}
            list={list}
            caption={m.heading}
            emptyMessage={statusFilter ? m.emptyFiltered : t(m.empty)}
            onRowAction={openTicket}
            // Titles repeat ("Calls go to voicemail" twice): the number tells the buttons apart,
            // after the visible title so speech users can still say what they see.
            rowActionLabel={(ticket) => `${ticket.title}, ${t(m.numberLabel, { number: ticket.number })}`}
            cells={{
              title: (ticket) => <bdi className="rvp-TicketsTable-title">{ticket.title}</bdi>,
              status: (ticket) => (
                <StatusBadge tone={STATUS_TONES.ticketStatus[ticket.status]}>
                  {m.status[ticket.status]}
                </StatusBadge>
              ),
              priority: (ticket) => (
                <StatusBadge tone={STATUS_TONES.ticketPriority[ticket.priority]}>
                  {m.priority[ticket.priority]}
                </StatusBadge>
              ),
              assignee: (ticket) =>
                ticket.assignee ? (
                  <bdi>{ticket.assignee.name}</bdi>
                ) : (
                  <span className="rvp-TicketsTable-unassigned">{m.unassigned}</span>
                ),
            }}
          />
        </>
      )}
    </section>
  );
});
