/**
 * Headless state of the Tickets section: the filters (status, priority, "Awaiting your
 * reply" and a debounced search, all sent to the API and kept as one controllable triad so
 * a host's URL can hold them), sort, pages, each row's badges ("Awaiting your reply", "New
 * reply"), which ticket is open (a controllable triad) and where focus goes when it closes.
 * TicketsTable only renders what this returns, so a host can build its own markup on the
 * same state. One ticket's detail is `useTicketDetail` (ticketDetail.ts).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  normalizeTicketListFilters,
  ticketQueries,
  type NormalizedTicketListFilters,
  type TicketListFilters,
} from '../api/queries';
import { SEARCH_LIMITS, type Ticket, type TicketPriority, type TicketStatus } from '../api/schemas';
import type { StatusTone } from '../model/statusTones';
import { useListDataTable, type DataTableInstance } from './dataTable';
import {
  ALL_FILTER_VALUE,
  type ChoiceFilter,
  type ChoiceFilterOption,
  type ListFiltersSummary,
  type SearchFilter,
} from './listFilters';
import { ticketsColumns, ticketsTableDefinition, type TicketsTableColumnId } from './ticketsColumns';
import { useRevampd, useSectionMessages } from '../provider/RevampdProvider';
import { useFocusReturn, type FocusReturn } from './focus';
import type { ListQuery } from './shared';
import { useTickets } from './tickets';
import { useTicketSeen } from './ticketSeen';
import { TICKET_PRIORITIES } from './ticketValidation';
import { useControllableState } from './useControllableState';
import { enUSTickets } from '../i18n/en-US';

// -------------------------------------------------------------------------------------------------
// Shared
// -------------------------------------------------------------------------------------------------

/** The four ticket statuses, in workflow order (the filter's and the sort's order). */
export const TICKET_STATUSES: readonly TicketStatus[] = ['open', 'in_progress', 'resolved', 'closed'];

// -------------------------------------------------------------------------------------------------
// useTicketsTable
// -------------------------------------------------------------------------------------------------

/** Columns of the tickets table, by id (ticketsColumns.ts holds them, one file per resource). */
export type TicketsTableColumn = TicketsTableColumnId;

/** How long typing pauses before a search is sent. */
export const TICKET_SEARCH_DELAY_MS = 300;

/** Options of {@link useTicketsTable}. */
export interface UseTicketsTableOptions {
  /** The status filter shown first; `null` for all. @default null */
  defaultStatus?: TicketStatus | null | undefined;
  /**
   * The list's filters (controlled), e.g. from a host's URL: status, priority,
   * `awaitingCustomer` and the search `q`. Pair it with `onFiltersChange`. Leave
   * `undefined` for the hook to keep them itself.
   */
  filters?: TicketListFilters | undefined;
  /** The filters at first when uncontrolled. @default none (`defaultStatus` still applies) */
  defaultFilters?: TicketListFilters | undefined;
  /** Told of every change of the filters (a search once typing pauses), controlled or not. */
  onFiltersChange?: ((filters: NormalizedTicketListFilters) => void) | undefined;
  /** Pause in typing before a search is sent. @default 300 */
  searchDelayMs?: number | undefined;
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

/** The value of the filters' "all" choice (the same as every list's, `ALL_FILTER_VALUE`). */
export const ALL_TICKET_STATUSES = ALL_FILTER_VALUE;

/** One choice of the status filter: `all` or a status, the select's value, and its label. */
export type TicketStatusFilterOption = ChoiceFilterOption<TicketStatus>;

/** One choice of the priority filter: `all` or a priority, the select's value, and its label. */
export type TicketPriorityFilterOption = ChoiceFilterOption<TicketPriority>;

/**
 * The filters of {@link useTicketsTable} as parts, in the shape every filtered table's hook
 * gives (listFilters.ts), so the same `FilterSelect` / `FilterSearch` render them. Each
 * change goes through the one controllable `filters` triad.
 */
export interface TicketsTableFilters extends ListFiltersSummary {
  /** Status, sent as `status`. */
  status: ChoiceFilter<TicketStatus>;
  /** Priority, sent as `priority`. */
  priority: ChoiceFilter<TicketPriority>;
  /** "Awaiting your reply": only tickets awaiting the customer (`awaitingCustomer=true`). */
  awaitingReply: { value: boolean; setValue: (on: boolean) => void };
  /**
   * "Search tickets": sent as `q` once typing pauses (`searchDelayMs`), or at once on
   * `submit` (Enter); over 100 characters it is refused with `error`, never sent.
   */
  search: SearchFilter;
}

/** A badge a ticket's row carries, beside its status. */
export interface TicketBadge {
  /**
   * `awaitingReply`: the team wrote last and the ticket is not closed; `newReply`: a team
   * reply this person has not seen on this device.
   */
  kind: 'awaitingReply' | 'newReply';
  /** The badge's text, e.g. "Awaiting your reply". */
  label: string;
  /** Its colour family: `warning` for awaiting your reply, `info` for a new reply. */
  tone: StatusTone;
}

/** What {@link useTicketsTable} returns. */
export interface TicketsTableState {
  /** The loaded tickets and the list's status, with cursor paging. */
  list: ListQuery<Ticket>;
  /** Sorting and pages over the loaded rows (DataTable's headless core). */
  table: DataTableInstance<Ticket>;
  /** Every filter as sent to the API (`null` / `false` when not applied). */
  filters: NormalizedTicketListFilters;
  /**
   * The same filters as parts (choice, search, on/off) for filter controls, the shape the
   * other tables' hooks give. The flat fields below are these parts' values and setters.
   */
  filterControls: TicketsTableFilters;
  /** Any filter or search is applied: the list is not every ticket. */
  hasFilters: boolean;
  /** Empties every filter and the search field. */
  clearFilters: () => void;
  /** The status sent to the API as `status`; `null` for all. */
  statusFilter: TicketStatus | null;
  /** Sets the status filter, or `null` for all; the list refetches from its first page. */
  setStatusFilter: (status: TicketStatus | null) => void;
  /** All, then the four statuses, labelled. */
  statusOptions: readonly TicketStatusFilterOption[];
  /** The filter's value for a `<select>`: `all` or a status. */
  statusFilterValue: TicketStatusFilterOption['value'];
  /** Sets the filter from a `<select>`'s value; a value that is not an option is ignored. */
  setStatusFilterValue: (value: string) => void;
  /** The priority sent as `priority`; `null` for all. */
  priorityFilter: TicketPriority | null;
  /** Sets the priority filter, or `null` for all; the list refetches from its first page. */
  setPriorityFilter: (priority: TicketPriority | null) => void;
  /** All, then low, medium and high, labelled. */
  priorityOptions: readonly TicketPriorityFilterOption[];
  /** The priority filter's value for a `<select>`: `all` or a priority. */
  priorityFilterValue: TicketPriorityFilterOption['value'];
  /** Sets the priority from a `<select>`'s value; a value that is not an option is ignored. */
  setPriorityFilterValue: (value: string) => void;
  /** Only tickets awaiting the customer's reply (`awaitingCustomer=true`). */
  awaitingOnly: boolean;
  /** Shows only tickets awaiting the customer's reply (`true`), or every ticket. */
  setAwaitingOnly: (on: boolean) => void;
  /** What is in the search field (sent as `q` once typing pauses, trimmed). */
  searchText: string;
  /** Sets the field; the search goes out after `searchDelayMs` if it is within the limit. */
  setSearchText: (text: string) => void;
  /** Sends the field's search now (Enter), without waiting for the pause. */
  submitSearch: () => void;
  /** Why the field's text is not sent (over 100 characters), in words; `null` otherwise. */
  searchError: string | null;
  /** The longest search the API takes, in characters. */
  searchMaxLength: number;
  /**
   * What an empty list says: "No tickets match “{query}”" for a search, a filter's own
   * sentence, or that there are no tickets at all.
   */
  emptyMessage: string;
  /** The badges of a ticket's row: awaiting your reply, new reply. */
  badgesOf: (ticket: Ticket) => TicketBadge[];
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

/** Characters as the API counts them, after trimming: an emoji is one. */
const searchLength = (text: string) => [...text.trim()].length;

/**
 * A {@link ChoiceFilter} over a value held elsewhere: the tickets' filters are one
 * controllable triad (a host's URL may hold them), where listFilters' `useChoiceFilter`
 * keeps its own state. "All", then each code labelled; a `<select>` value that is not an
 * option is ignored.
 */
function useHeldChoiceFilter<TValue extends string>(
  codes: readonly TValue[],
  labels: Readonly<Record<TValue, string>>,
  allLabel: string,
  value: TValue | null,
  setValue: (value: TValue | null) => void,
): ChoiceFilter<TValue> {
  const options = useMemo<ChoiceFilterOption<TValue>[]>(
    () => [
      { value: ALL_FILTER_VALUE, label: allLabel },
      ...codes.map((code) => ({ value: code, label: labels[code] })),
    ],
    [codes, labels, allLabel],
  );
  const setSelectValue = useCallback(
    (selected: string) => {
      const code = codes.find((candidate) => candidate === selected);
      if (selected === ALL_FILTER_VALUE || code !== undefined) setValue(code ?? null);
    },
    [codes, setValue],
  );
  return { value, options, selectValue: value ?? ALL_FILTER_VALUE, setSelectValue, setValue };
}

const filtersKey = (filters: NormalizedTicketListFilters) =>
  JSON.stringify([filters.status, filters.priority, filters.awaitingCustomer, filters.q]);

/**
 * The Tickets section's state: filters and search (sent to the API), sort, pages, badges
 * and the open ticket.
 *
 * @example
 * // The open ticket and the filters kept in a host's router:
 * const tickets = useTicketsTable({
 *   openTicketId: route.ticketId ?? null,
 *   onOpenTicketChange: go,
 *   filters: route.filters,
 *   onFiltersChange: setRouteFilters,
 * });
 */
export function useTicketsTable(options: UseTicketsTableOptions = {}): TicketsTableState {
  const { t, queryClient, scope, api } = useRevampd();
  const m = useSectionMessages('tickets', enUSTickets);
  const searchDelay = options.searchDelayMs ?? TICKET_SEARCH_DELAY_MS;

  // ----------------------------------------------------------------------------- filters

  const [storedFilters, setStoredFilters] = useControllableState<NormalizedTicketListFilters>({
    prop: options.filters === undefined ? undefined : normalizeTicketListFilters(options.filters),
    defaultProp: normalizeTicketListFilters({
      status: options.defaultStatus ?? null,
      ...options.defaultFilters,
    }),
    onChange: options.onFiltersChange,
  });
  // One object per set of values, whatever a controlling host passes on each render.
  const key = filtersKey(storedFilters);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filters = useMemo(() => storedFilters, [key]);
  const filtersRef = useRef(filters);
  filtersRef.current = filters;

  const [openTicketId, setOpenTicketId] = useControllableState<string | null>({
    prop: options.openTicketId,
    defaultProp: options.defaultOpenTicketId ?? null,
    onChange: options.onOpenTicketChange,
  });
  // The filters' own key: a new filter is a new list (its rows are never shown under the
  // old one's, nor the old one's under it, faults.md 40).
  const list = useTickets(filters);

  const table = useListDataTable(ticketsTableDefinition, ticketsColumns, list, options);

  const { setPageIndex } = table.pagination;
  const changeFilters = useCallback(
    (patch: Partial<NormalizedTicketListFilters>) => {
      const next = normalizeTicketListFilters({ ...filtersRef.current, ...patch });
      if (filtersKey(next) === filtersKey(filtersRef.current)) return;
      filtersRef.current = next;
      setStoredFilters(next);
      setPageIndex(0);
    },
    [setStoredFilters, setPageIndex],
  );

  // ----------------------------------------------------------------------------- search

  const [searchText, setSearchTextState] = useState(filters.q ?? '');
  const [searchTooLong, setSearchTooLong] = useState(false);
  const searchTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The search this hook sent last: another `q` arriving (a host's Back) fills the field.
  const sentQuery = useRef(filters.q);
  useEffect(() => {
    if (filters.q === sentQuery.current) return;
    sentQuery.current = filters.q;
    setSearchTextState(filters.q ?? '');
    setSearchTooLong(false);
  }, [filters.q]);

  const cancelSearchTimer = () => {
    if (searchTimer.current !== null) clearTimeout(searchTimer.current);
    searchTimer.current = null;
  };
  useEffect(() => cancelSearchTimer, []);

  /** Sends `text` as `q` now; returns whether it was within the limit (and so sent). */
  const applySearch = useCallback(
    (text: string) => {
      cancelSearchTimer();
      // Over the limit the API refuses it (400): stopped here with a message, never sent.
      if (searchLength(text) > SEARCH_LIMITS.q) {
        setSearchTooLong(true);
        return false;
      }
      setSearchTooLong(false);
      const q = text.trim() === '' ? null : text.trim();
      sentQuery.current = q;
      changeFilters({ q });
      return true;
    },
    [changeFilters],
  );

  const setSearchText = useCallback(
    (text: string) => {
      setSearchTextState(text);
      if (searchLength(text) <= SEARCH_LIMITS.q) setSearchTooLong(false);
      cancelSearchTimer();
      searchTimer.current = setTimeout(() => applySearch(text), searchDelay);
    },
    [applySearch, searchDelay],
  );
  const searchTextRef = useRef(searchText);
  searchTextRef.current = searchText;
  const submitSearch = useCallback(() => applySearch(searchTextRef.current), [applySearch]);

  /** Empties the field, with nothing pending: what clearing the search or every filter shares. */
  const emptySearchField = useCallback(() => {
    cancelSearchTimer();
    setSearchTextState('');
    setSearchTooLong(false);
    sentQuery.current = null;
  }, []);
  const clearSearch = useCallback(() => {
    emptySearchField();
    changeFilters({ q: null });
  }, [emptySearchField, changeFilters]);
  const clearFilters = useCallback(() => {
    emptySearchField();
    changeFilters({ status: null, priority: null, awaitingCustomer: false, q: null });
  }, [emptySearchField, changeFilters]);

  // ----------------------------------------------------------------------------- choices

  const setStatusFilter = useCallback(
    (status: TicketStatus | null) => changeFilters({ status }),
    [changeFilters],
  );
  const setPriorityFilter = useCallback(
    (priority: TicketPriority | null) => changeFilters({ priority }),
    [changeFilters],
  );
  const setAwaitingOnly = useCallback(
    (on: boolean) => changeFilters({ awaitingCustomer: on }),
    [changeFilters],
  );
  const status = useHeldChoiceFilter(TICKET_STATUSES, m.status, m.filterAll, filters.status, setStatusFilter);
  const priority = useHeldChoiceFilter(
    TICKET_PRIORITIES,
    m.priority,
    m.priorityFilterAll,
    filters.priority,
    setPriorityFilter,
  );

  // ----------------------------------------------------------------------------- rows

  const { hasUnseenReply } = useTicketSeen();
  const badgesOf = useCallback(
    (ticket: Ticket): TicketBadge[] => {
      const badges: TicketBadge[] = [];
      if (ticket.awaitingCustomer)
        badges.push({ kind: 'awaitingReply', label: m.awaitingBadge, tone: 'warning' });
      if (hasUnseenReply(ticket)) badges.push({ kind: 'newReply', label: m.newReplyBadge, tone: 'info' });
      return badges;
    },
    [m, hasUnseenReply],
  );

  const hasFilters =
    filters.status !== null || filters.priority !== null || filters.awaitingCustomer || filters.q !== null;
  let emptyMessage: string;
  if (filters.q !== null) emptyMessage = t(m.noMatch, { query: filters.q });
  else if (filters.priority !== null || filters.awaitingCustomer) emptyMessage = m.noMatchFilters;
  else if (filters.status !== null) emptyMessage = m.emptyFiltered;
  else emptyMessage = t(m.empty);
  const searchError = searchTooLong ? t(m.searchTooLong, { max: SEARCH_LIMITS.q }) : null;

  // ----------------------------------------------------------------------------- open ticket

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

  return {
    list,
    table,
    filters,
    filterControls: {
      status,
      priority,
      awaitingReply: { value: filters.awaitingCustomer, setValue: setAwaitingOnly },
      search: {
        draft: searchText,
        setDraft: setSearchText,
        value: filters.q ?? '',
        submit: submitSearch,
        error: searchError,
        maxLength: SEARCH_LIMITS.q,
        clear: clearSearch,
      },
      active: hasFilters,
      clear: clearFilters,
      noResults: hasFilters ? emptyMessage : null,
    },
    hasFilters,
    clearFilters,
    statusFilter: status.value,
    setStatusFilter,
    statusOptions: status.options,
    statusFilterValue: status.selectValue,
    setStatusFilterValue: status.setSelectValue,
    priorityFilter: priority.value,
    setPriorityFilter,
    priorityOptions: priority.options,
    priorityFilterValue: priority.selectValue,
    setPriorityFilterValue: priority.setSelectValue,
    awaitingOnly: filters.awaitingCustomer,
    setAwaitingOnly,
    searchText,
    setSearchText,
    submitSearch,
    searchError,
    searchMaxLength: SEARCH_LIMITS.q,
    emptyMessage,
    badgesOf,
    openTicketId,
    openTicket,
    closeTicket,
    focusReturn,
  };
}
