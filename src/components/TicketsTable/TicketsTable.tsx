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
import { useRevampd, useSectionMessages } from '../../provider/RevampdProvider';
import { TicketDetail } from '../TicketDetail/TicketDetail';
import { Button } from '../ui/Button';
import { DataTable } from '../ui/DataTable/DataTable';
import { FilterBar, FilterSearch, FilterSelect } from '../ui/DataTable/DataTableFilters';
import { StatusBadge } from '../ui/StatusBadge';
import { joinClassNames, useElementClass } from '../ui/elementClass';
import { enUSTickets } from '../../i18n/en-US';

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
  /** The old name of `defaultPageSize`, still read when that is unset. @deprecated Use `defaultPageSize`. */
  pageSize?: number | undefined;
  /** Classes added to the root `<section>`, after its own `rvp-TicketsTable rvp-widget`. */
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
  const { t } = useRevampd();
  const m = useSectionMessages('tickets', enUSTickets);
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
  const { list, table, filterControls, openTicketId, openTicket, closeTicket, focusReturn } = state;
  const rootRef = useComposedRefs(forwardedRef, focusReturn.listRef);
  const headingId = useId();
  const widgetClass = useElementClass('widget');
  const headingClass = useElementClass('sectionHeading');

  return (
    <section
      ref={rootRef}
      className={joinClassNames('rvp-TicketsTable', 'rvp-widget', widgetClass, className)}
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
            className={joinClassNames('rvp-Section-heading rvp-TicketsTable-heading', headingClass)}
            tabIndex={-1}
          >
            {m.heading}
          </h2>
          <p className="rvp-Section-intro">{t(m.intro)}</p>
          {/* The bar offers no "Clear filters" of its own: the empty list does (it says why). */}
          <FilterBar label={m.filtersLabel}>
            <FilterSearch
              label={m.searchLabel}
              hint={m.searchHint}
              filter={filterControls.search}
              searchButton={false}
            />
            <FilterSelect label={m.filterLabel} filter={filterControls.status} />
            <FilterSelect label={m.priorityFilterLabel} filter={filterControls.priority} />
            <label className="rvp-TicketsTable-toggle">
              <input
                type="checkbox"
                checked={filterControls.awaitingReply.value}
                onChange={(event) => filterControls.awaitingReply.setValue(event.target.checked)}
              />
              <span>{m.awaitingFilter}</span>
            </label>
          </FilterBar>
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
            rowActionLabel={(ticket) =>
              `${ticket.title}, ${t(m.numberLabel, { number: String(ticket.number) })}`
            }
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
