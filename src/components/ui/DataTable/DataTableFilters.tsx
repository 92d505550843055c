/**
 * The styled parts of a table's filters, as views over the headless filters of
 * `hooks/listFilters.ts`: a choice (`<select>`), a search form, a "From" / "To" range of
 * days, the bar that holds them with "Clear filters", and the "no results" message that
 * names the search. They decide nothing: what is sent, refused or cleared is the hook's.
 * {@link useFilterBar} wires a list's filters to the bar and to its empty message.
 */
import { forwardRef, useId, useRef, type FormEvent, type ReactNode, type RefObject } from 'react';
import type {
  ChoiceFilter,
  DateRangeFilter,
  ListFiltersSummary,
  SearchFilter,
} from '../../../hooks/listFilters';
import { useSectionMessages } from '../../../provider/RevampdProvider';
import { Button } from '../Button';
import { joinClassNames, useElementClass } from '../elementClass';
import { enUSListFilters } from '../../../i18n/en-US';

// -------------------------------------------------------------------------------------------------
// Focus after clearing
// -------------------------------------------------------------------------------------------------

/**
 * Moves focus to the first field of a filter bar: after "Clear filters" the button that had
 * focus is gone, and focus must not fall to the page.
 */
export function focusFirstFilter(bar: HTMLElement | null): void {
  bar?.querySelector<HTMLElement>('input, select')?.focus();
}

// -------------------------------------------------------------------------------------------------
// useFilterBar
// -------------------------------------------------------------------------------------------------

/** What {@link useFilterBar} returns. */
export interface FilterBarBinding {
  /** Spread on {@link FilterBar}: its ref, whether any filter is on, and "Clear filters". */
  barProps: { ref: RefObject<HTMLDivElement | null>; active: boolean; onClear: () => void };
  /**
   * What the list says when it is empty: {@link FilterNoResults} (naming the search, with
   * "Clear filters") while a filter is on, else `unfiltered`.
   */
  emptyMessage: (unfiltered: ReactNode) => ReactNode;
}

/**
 * A filtered list's bar and empty message over its hook's filters: either "Clear filters"
 * clears them all and puts focus on the bar's first field, as the button pressed is gone.
 *
 * @example
 * const filterBar = useFilterBar(filters);
 * <FilterBar {...filterBar.barProps}>…</FilterBar>
 * <DataTable emptyMessage={filterBar.emptyMessage(m.empty)} … />
 */
export function useFilterBar(filters: ListFiltersSummary): FilterBarBinding {
  const ref = useRef<HTMLDivElement>(null);
  const onClear = () => {
    filters.clear();
    focusFirstFilter(ref.current);
  };
  return {
    barProps: { ref, active: filters.active, onClear },
    emptyMessage: (unfiltered) =>
      filters.noResults ? <FilterNoResults text={filters.noResults} onClear={onClear} /> : unfiltered,
  };
}

// -------------------------------------------------------------------------------------------------
// FilterBar
// -------------------------------------------------------------------------------------------------

/** Props of {@link FilterBar}. */
export interface FilterBarProps {
  /** The group's accessible name. @default messages.listFilters.label ("Filters") */
  label?: string | undefined;
  /** Any filter is applied: "Clear filters" is offered (with `onClear`). @default false */
  active?: boolean | undefined;
  /**
   * Clears every filter (the view also moves focus, see {@link focusFirstFilter}). Without
   * it the bar offers no "Clear filters": the list offers its own, e.g. in its empty message.
   */
  onClear?: (() => void) | undefined;
  /** The filter controls: `FilterSelect`, `FilterSearch`, `FilterDateRange` or the host's own. */
  children: ReactNode;
}

/** The row of a table's filters, wrapping at narrow widths, with "Clear filters" when any is on. */
export const FilterBar = /*#__PURE__*/ forwardRef<HTMLDivElement, FilterBarProps>(function FilterBar(
  { label, active = false, onClear, children },
  ref,
) {
  const m = useSectionMessages('listFilters', enUSListFilters);
  return (
    <div ref={ref} className="rvp-Filters" role="group" aria-label={label ?? m.label}>
      {children}
      {active && onClear && (
        <div className="rvp-Filters-clear">
          <Button variant="ghost" onClick={onClear}>
            {m.clear}
          </Button>
        </div>
      )}
    </div>
  );
});

// -------------------------------------------------------------------------------------------------
// FilterSelect
// -------------------------------------------------------------------------------------------------

/** Props of {@link FilterSelect}. */
export interface FilterSelectProps<TValue extends string> {
  /** The `<select>`'s visible label, e.g. "Status". */
  label: string;
  /** From a table hook's filters (e.g. `filters.status`): the options, the value and its setter. */
  filter: ChoiceFilter<TValue>;
}

/** A labelled `<select>` over a choice filter: "All", then each code. */
export function FilterSelect<TValue extends string>({ label, filter }: FilterSelectProps<TValue>) {
  const id = useId();
  const controlClass = joinClassNames('rvp-Filters-control', useElementClass('input'));
  return (
    <div className="rvp-Filters-field">
      <label htmlFor={id} className="rvp-Filters-label">
        {label}
      </label>
      <select
        id={id}
        className={controlClass}
        value={filter.selectValue}
        onChange={(event) => filter.setSelectValue(event.target.value)}
      >
        {filter.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

// -------------------------------------------------------------------------------------------------
// FilterSearch
// -------------------------------------------------------------------------------------------------

/** Props of {@link FilterSearch}. */
export interface FilterSearchProps {
  /** The field's label, e.g. "Search invoices"; also the search landmark's name. */
  label: string;
  /** A hint under the field, e.g. "By number or description." */
  hint?: string | undefined;
  /** From a table hook's filters (e.g. `filters.search`): the typed text, its submit and error. */
  filter: SearchFilter;
  /**
   * Offers a "Search" button. Off where the hook sends the search as the person types
   * (the tickets' search, after a pause); Enter still sends it at once. @default true
   */
  searchButton?: boolean | undefined;
}

/**
 * A search form: the text is sent on Enter or "Search". Text the API would refuse (over 100
 * characters) is stopped by the hook; its message shows beside the field and is announced.
 */
export function FilterSearch({ label, hint, filter, searchButton = true }: FilterSearchProps) {
  const m = useSectionMessages('listFilters', enUSListFilters);
  const id = useId();
  const controlClass = joinClassNames('rvp-Filters-control', useElementClass('input'));
  const hintId = useId();
  const errorId = useId();
  const describedBy = [hint ? hintId : null, filter.error ? errorId : null].filter(Boolean).join(' ');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    filter.submit();
  };
  return (
    <form
      role="search"
      aria-label={label}
      className="rvp-Filters-field rvp-Filters-search"
      onSubmit={onSubmit}
    >
      <label htmlFor={id} className="rvp-Filters-label">
        {label}
      </label>
      <span className="rvp-Filters-searchRow">
        {/* No maxLength: longer text would be cut silently; the hook refuses it with a message. */}
        <input
          id={id}
          type="search"
          className={controlClass}
          value={filter.draft}
          onChange={(event) => filter.setDraft(event.target.value)}
          aria-invalid={filter.error ? true : undefined}
          aria-describedby={describedBy || undefined}
          autoComplete="off"
          spellCheck={false}
        />
        {searchButton && <Button type="submit">{m.search}</Button>}
      </span>
      {hint && (
        <span id={hintId} className="rvp-Filters-hint">
          {hint}
        </span>
      )}
      {filter.error && (
        <span id={errorId} className="rvp-Filters-error" role="alert">
          {filter.error}
        </span>
      )}
    </form>
  );
}

// -------------------------------------------------------------------------------------------------
// FilterDateRange
// -------------------------------------------------------------------------------------------------

/** Props of {@link FilterDateRange}. */
export interface FilterDateRangeProps {
  /** The pair's name, e.g. "Issue date". */
  legend: string;
  /** From a table hook's filters (e.g. `filters.issued`): both days, their setters and the range's error. */
  filter: DateRangeFilter;
}

/** One end of a {@link FilterDateRange}: "From" or "To", a labelled date field. */
function RangeEnd({
  end,
  filter,
  errorId,
}: {
  end: 'from' | 'to';
  filter: DateRangeFilter;
  errorId: string | null;
}) {
  const m = useSectionMessages('listFilters', enUSListFilters);
  const id = useId();
  const controlClass = joinClassNames('rvp-Filters-control', useElementClass('input'));
  // Bounded by the other end, so the browser's picker keeps the range in order.
  const bounds = end === 'from' ? { max: filter.to || undefined } : { min: filter.from || undefined };
  const setDay = end === 'from' ? filter.setFrom : filter.setTo;
  return (
    <span className="rvp-Filters-rangeEnd">
      <label htmlFor={id}>{m[end]}</label>
      <input
        id={id}
        type="date"
        className={controlClass}
        value={filter[end]}
        {...bounds}
        onChange={(event) => setDay(event.target.value)}
        // The range's error, when there is one, is about both ends.
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId ?? undefined}
      />
    </span>
  );
}

/** "From" and "To" date fields (calendar days in the org's zone), with the range's error. */
export function FilterDateRange({ legend, filter }: FilterDateRangeProps) {
  const errorId = useId();
  const rangeErrorId = filter.error ? errorId : null;
  return (
    <fieldset className="rvp-Filters-field rvp-Filters-range">
      <legend className="rvp-Filters-label">{legend}</legend>
      <span className="rvp-Filters-rangeRow">
        <RangeEnd end="from" filter={filter} errorId={rangeErrorId} />
        <RangeEnd end="to" filter={filter} errorId={rangeErrorId} />
      </span>
      {filter.error && (
        <span id={errorId} className="rvp-Filters-error" role="alert">
          {filter.error}
        </span>
      )}
    </fieldset>
  );
}

// -------------------------------------------------------------------------------------------------
// FilterNoResults
// -------------------------------------------------------------------------------------------------

/** Props of {@link FilterNoResults}. */
export interface FilterNoResultsProps {
  /** The sentence naming the search or filters, from the hook (`filters.noResults`). */
  text: string;
  /** Clears every filter and the search ("Clear filters"), usually the hook's `filters.clear`. */
  onClear: () => void;
}

/** An empty filtered list: what was searched for (as inert text) and a way back to everything. */
export function FilterNoResults({ text, onClear }: FilterNoResultsProps) {
  const m = useSectionMessages('listFilters', enUSListFilters);
  return (
    <div className="rvp-Filters-noResults">
      {/* bdi: a search in another script or with direction marks stays inside the sentence. */}
      <p>
        <bdi>{text}</bdi>
      </p>
      <Button onClick={onClear}>{m.clear}</Button>
    </div>
  );
}
