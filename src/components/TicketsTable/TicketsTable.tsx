'use client';
/**
 * TicketsTable: section 3, Tickets. The tickets opened with Revampd, with a search, status
 * and priority filters and "Awaiting your reply" sent to the API, badges for tickets
 * awaiting a reply or with a reply not yet seen, sorting and paging (DataTable), and each
 * ticket's detail shown in place of the list. A view over {@link useTicketsTable}: the
 * filters and which ticket is open (controlled or not) and where focus goes back to are the
 * hook's.
 */
import { forwardRef, useId, type ComponentPropsWithoutRef } from 'react';
import type { NormalizedTicketListFilters, TicketListFilters } from '../../api/queries';
import type { TicketStatus } from '../../api/schemas';
import { useTicketsTable } from '../../hooks/ticketsTable';
import { useComposedRefs } from '../../hooks/useComposedRefs';
import { STATUS_TONES } from '../../model/statusTones';
import { useRevampd } from '../../provider/RevampdProvider';
import { TicketDetail } from '../TicketDetail/TicketDetail';
import { Button } from '../ui/Button';
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
   * The list's filters (controlled), e.g. from a host's URL so a deep link keeps a search:
   * `status`, `priority`, `awaitingCustomer` and `q`. Pair it with `onFiltersChange`.
   */
  filters?: TicketListFilters | undefined;
  /** The filters at first when uncontrolled. @default none */
  defaultFilters?: TicketListFilters | undefined;
  /** Told of every change of the filters (a search once typing pauses), controlled or not. */
  onFiltersChange?: ((filters: NormalizedTicketListFilters) => void) | undefined;
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
 * The Tickets section: list, search, filters, sort, pages and the detail of one ticket.
 *
 * The root carries `data-view`: `list`, or `detail` while a ticket is open.
 *
 * @example
 * // The open ticket and the filters in the host's URL:
 * <TicketsTable
 *   openTicketId={params.ticketId ?? null}
 *   onOpenTicketChange={(id) => navigate(id)}
 *   filters={params.filters}
 *   onFiltersChange={(filters) => navigate(params.ticketId, filters)}
 * />
 */
export const TicketsTable = /*#__PURE__*/ forwardRef<HTMLElement, TicketsTableProps>(function TicketsTable(
  {
    defaultStatus,
    filters,
    defaultFilters,
    onFiltersChange,
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
    filters,
    defaultFilters,
    onFiltersChange,
    openTicketId: openTicketIdProp,
    defaultOpenTicketId,
    onOpenTicketChange,
    defaultPageSize: defaultPageSize ?? pageSize,
  });
  const { list, table, statusOptions, priorityOptions, openTicketId, openTicket, closeTicket, focusReturn } =
    state;
  const rootRef = useComposedRefs(forwardedRef, focusReturn.listRef);
  const headingId = useId();
  const filterId = useId();
  const priorityId = useId();
  const searchId = useId();
  const searchHintId = useId();
  const searchErrorId = useId();

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
          <div className="rvp-TicketsTable-toolbar" role="search" aria-label={m.filtersLabel}>
            <div className="rvp-TicketsTable-search" data-invalid={state.searchError ? '' : undefined}>
              <label htmlFor={searchId} className="rvp-TicketsTable-filterLabel">
                {m.searchLabel}
              </label>
              <p id={searchHintId} className="rvp-TicketsTable-hint">
                {m.searchHint}
              </p>
              {state.searchError && (
                <p id={searchErrorId} className="rvp-TicketsTable-searchError" role="alert">
                  {state.searchError}
                </p>
              )}
              <input
                id={searchId}
                className="rvp-TicketsTable-searchInput"
                type="search"
                autoComplete="off"
                spellCheck={false}
                value={state.searchText}
                aria-invalid={state.searchError ? true : undefined}
                aria-describedby={[searchHintId, state.searchError ? searchErrorId : null]
                  .filter(Boolean)
                  .join(' ')}
                onChange={(event) => state.setSearchText(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    state.submitSearch();
                  }
                }}
              />
            </div>
            <div className="rvp-TicketsTable-filterGroup">
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
            <div className="rvp-TicketsTable-filterGroup">
              <label htmlFor={priorityId} className="rvp-TicketsTable-filterLabel">
                {m.priorityFilterLabel}
              </label>
              <select
                id={priorityId}
                className="rvp-TicketsTable-filter"
                value={state.priorityFilterValue}
                onChange={(event) => state.setPriorityFilterValue(event.target.value)}
              >
                {priorityOptions.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </div>
            <label className="rvp-TicketsTable-toggle">
              <input
                type="checkbox"
                checked={state.awaitingOnly}
                onChange={(event) => state.setAwaitingOnly(event.target.checked)}
              />
              <span>{m.awaitingFilter}</span>
            </label>
          </div>
          <DataTable
            instance={table}
            list={list}
            caption={m.heading}
            emptyMessage={
              <div className="rvp-TicketsTable-empty">
                {/* Said when a search or filter leaves nothing, not only seen. */}
                <p role="status">
                  <bdi>{state.emptyMessage}</bdi>
                </p>
                {state.hasFilters && <Button onClick={state.clearFilters}>{m.clearFilters}</Button>}
              </div>
            }
            onRowAction={openTicket}
            // Titles repeat ("Calls go to voicemail" twice): the number tells the buttons apart,
            // after the visible title so speech users can still say what they see.
            rowActionLabel={(ticket) => `${ticket.title}, ${t(m.numberLabel, { number: ticket.number })}`}
            cells={{
              title: (ticket) => <bdi className="rvp-TicketsTable-title">{ticket.title}</bdi>,
              status: (ticket) => (
                <span className="rvp-TicketsTable-badges">
                  <StatusBadge tone={STATUS_TONES.ticketStatus[ticket.status]}>
                    {m.status[ticket.status]}
                  </StatusBadge>
                  {state.badgesOf(ticket).map((badge) => (
                    <StatusBadge key={badge.kind} tone={badge.tone}>
                      {badge.label}
                    </StatusBadge>
                  ))}
                </span>
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
