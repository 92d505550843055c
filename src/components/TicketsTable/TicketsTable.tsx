'use client';
/**
 * TicketsTable: section 3, Tickets. The tickets opened with Revampd, with a status filter
 * sent to the API, sorting and paging (DataTable), and each ticket's detail shown in
 * place of the list. A view over {@link useTicketsTable}.
 */
import { useContext, useEffect, useId, useRef, useState } from 'react';
import type { Ticket, TicketStatus } from '../../api/schemas';
import { useTicketsTable, type UseTicketsTableOptions } from '../../hooks/ticketsTable';
import { useRevampd } from '../../provider/RevampdProvider';
import { PortalNavigationContext } from '../ConnectionPortal/navigation';
import { TicketDetail } from '../TicketDetail/TicketDetail';
import { TICKET_PRIORITY_TONE, TICKET_STATUS_TONE } from '../TicketDetail/ticketTones';
import { DataTable } from '../ui/DataTable/DataTable';
import { StatusBadge } from '../ui/StatusBadge';

/** Props of {@link TicketsTable}. */
export interface TicketsTableProps {
  /** The status filter shown first; `null` for all. @default null */
  defaultStatus?: TicketStatus | null | undefined;
  /**
   * A ticket to open at once, e.g. from a host's URL. Inside ConnectionPortal the portal's
   * `location.ticketId` decides instead.
   */
  defaultOpenTicketId?: string | null | undefined;
  /** Told when a ticket is opened (its id) or the list is shown again (`null`). */
  onOpenTicketChange?: ((ticketId: string | null) => void) | undefined;
  /** Rows per page first. @default 10 */
  pageSize?: number | undefined;
  className?: string | undefined;
}

function ticketRowButton(container: HTMLElement | null, ticketId: string): HTMLElement | null {
  if (!container) return null;
  for (const row of container.querySelectorAll<HTMLElement>('[data-row-id]')) {
    // Compared as strings rather than built into a selector: ids come from the API.
    if (row.dataset['rowId'] === ticketId) return row.querySelector<HTMLElement>('.rvp-DataTable-rowAction');
  }
  return null;
}

/** The Tickets section: list, filter, sort, pages and the detail of one ticket. */
export function TicketsTable(props: TicketsTableProps) {
  const { messages, t } = useRevampd();
  const m = messages.tickets;
  // Inside ConnectionPortal the open ticket is part of the portal's location, so a deep
  // link, "View ticket #N" on Submit Ticket and a host router's Back all reach it here.
  const portal = useContext(PortalNavigationContext);
  const portalTicketId = portal
    ? portal.location.section === 'tickets'
      ? (portal.location.ticketId ?? null)
      : null
    : undefined;

  const [initialOpen] = useState(() => portalTicketId ?? props.defaultOpenTicketId);
  const { onOpenTicketChange } = props;
  const showTicket = portal?.showTicket;
  const options: UseTicketsTableOptions = {
    initialStatus: props.defaultStatus,
    initialOpenTicketId: initialOpen,
    initialPageSize: props.pageSize,
    onOpenTicketChange: (ticketId) => {
      showTicket?.(ticketId);
      onOpenTicketChange?.(ticketId);
    },
  };
  const state = useTicketsTable(options);
  const { list, table, statusFilter, statusOptions, openTicketId, openTicket, closeTicket } = state;

  const rootRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const filterId = useId();
  // The ticket to put focus back on once the list is shown again.
  const [returnFocusTo, setReturnFocusTo] = useState<string | null>(null);

  useEffect(() => {
    if (returnFocusTo === null || openTicketId !== null) return;
    const button = ticketRowButton(rootRef.current, returnFocusTo);
    if (button) {
      button.focus();
      setReturnFocusTo(null);
    } else if (list.status !== 'pending') {
      // The row is gone (filtered out after a close): the section heading is the next best place.
      headingRef.current?.focus();
      setReturnFocusTo(null);
    }
  }, [returnFocusTo, openTicketId, list.status, list.items]);

  // The portal's location moved without this table (a host router's Back, a link): follow
  // it. Only a change of the portal's ticket counts, so a host that ignores tickets in its
  // location never closes one a person opened.
  const followedTicketId = useRef(portalTicketId);
  useEffect(() => {
    if (followedTicketId.current === portalTicketId) return;
    followedTicketId.current = portalTicketId;
    if (portalTicketId === undefined || portalTicketId === openTicketId) return;
    if (portalTicketId !== null) {
      openTicket(portalTicketId);
      return;
    }
    // Focus goes back to the ticket's row only if it was in the detail that is going away.
    const hadFocus = rootRef.current?.contains(document.activeElement) ?? false;
    const previous = closeTicket();
    if (hadFocus) setReturnFocusTo(previous);
  }, [portalTicketId, openTicketId, openTicket, closeTicket]);

  const back = () => {
    const previous = closeTicket();
    setReturnFocusTo(previous);
  };

  return (
    <section
      ref={rootRef}
      className={['rvp-TicketsTable', 'rvp-widget', props.className].filter(Boolean).join(' ')}
      aria-labelledby={openTicketId ? undefined : headingId}
      aria-label={openTicketId ? m.heading : undefined}
      data-view={openTicketId ? 'detail' : 'list'}
    >
      {openTicketId ? (
        <TicketDetail ticketId={openTicketId} onBack={back} />
      ) : (
        <>
          <h2
            ref={headingRef}
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
              value={statusFilter ?? 'all'}
              onChange={(event) => {
                const value = event.target.value;
                const status = statusOptions.find(
                  (option) => option.value === value && option.value !== 'all',
                );
                state.setStatusFilter(status && status.value !== 'all' ? status.value : null);
              }}
            >
              {statusOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          <DataTable<Ticket>
            instance={table}
            list={list}
            caption={m.heading}
            emptyMessage={statusFilter ? m.emptyFiltered : t(m.empty)}
            onRowAction={openTicket}
            // Titles repeat ("Calls go to voicemail" twice): the number tells the buttons apart,
            // after the visible title so speech users can still say what they see.
            rowActionLabel={(ticket) => `${ticket.title}, ${t(m.numberLabel, { number: ticket.number })}`}
            renderCell={(columnId, ticket) => {
              switch (columnId) {
                case 'title':
                  return <bdi className="rvp-TicketsTable-title">{ticket.title}</bdi>;
                case 'status':
                  return (
                    <StatusBadge tone={TICKET_STATUS_TONE[ticket.status]}>
                      {m.status[ticket.status]}
                    </StatusBadge>
                  );
                case 'priority':
                  return (
                    <StatusBadge tone={TICKET_PRIORITY_TONE[ticket.priority]}>
                      {m.priority[ticket.priority]}
                    </StatusBadge>
                  );
                case 'assignee':
                  return ticket.assignee ? (
                    <bdi>{ticket.assignee.name}</bdi>
                  ) : (
                    <span className="rvp-TicketsTable-unassigned">{m.unassigned}</span>
                  );
                default:
                  return undefined;
              }
            }}
          />
        </>
      )}
    </section>
  );
}
