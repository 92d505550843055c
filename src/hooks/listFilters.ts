/**
 * The headless parts of a list's filters, shared by the money tables (invoices, wallet
 * transactions, payouts): a choice among the API's codes, a search field and a range of
 * calendar days. Each keeps what the person typed apart from what was sent, so text the
 * API would refuse is stopped here with a message and never sent (faults.md 39), and a
 * date range is turned into instants in the org's time zone (api.md, Conventions). A
 * table's filters go together through `useListFilters`: applied or not, cleared at once,
 * and the sentence an empty result says.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { SEARCH_LIMITS } from '../api/schemas';
import {
  calendarDayRangeProblem,
  calendarDayRangeToInstants,
  type CalendarDay,
  type CalendarDayRange,
} from '../format/dateRange';
import { useRevampd, useSectionMessages } from '../provider/RevampdProvider';
import { enUSListFilters } from '../i18n/en-US';

// -------------------------------------------------------------------------------------------------
// A choice among codes
// -------------------------------------------------------------------------------------------------

/** The value of a choice filter's "all" option. */
export const ALL_FILTER_VALUE = 'all';

/** One option of a {@link ChoiceFilter}, for a `<select>`. */
export interface ChoiceFilterOption<TValue extends string> {
  /** `all` or one of the codes: the `<select>`'s value. */
  value: TValue | typeof ALL_FILTER_VALUE;
  /** What the option says, e.g. "All" or "Overdue", in the provider's language. */
  label: string;
}

/** A filter that is one of the API's codes, or none. */
export interface ChoiceFilter<TValue extends string> {
  /** The code sent to the API, or `null` for all. */
  value: TValue | null;
  /** "All", then every code, labelled. */
  options: readonly ChoiceFilterOption<TValue>[];
  /** The value for a `<select>`: `all` or a code. */
  selectValue: TValue | typeof ALL_FILTER_VALUE;
  /** Sets it from a `<select>`'s value; anything that is not an option is ignored. */
  setSelectValue: (value: string) => void;
  /** Sets the code, or `null` for all. */
  setValue: (value: TValue | null) => void;
}

/**
 * A choice among `codes`, labelled by `labels`, with "All" first.
 *
 * @example
 * const status = useChoiceFilter(INVOICE_STATUSES, messages.invoices.status, allLabel);
 * <select value={status.selectValue} onChange={(e) => status.setSelectValue(e.target.value)}>
 */
export function useChoiceFilter<TValue extends string>(
  codes: readonly TValue[],
  labels: Readonly<Record<TValue, string>>,
  allLabel: string,
  defaultValue: TValue | null = null,
): ChoiceFilter<TValue> {
  const [value, setValue] = useState<TValue | null>(defaultValue);
  const options = useMemo<ChoiceFilterOption<TValue>[]>(
    () => [
      { value: ALL_FILTER_VALUE, label: allLabel },
      ...codes.map((code) => ({ value: code, label: labels[code] })),
    ],
    [codes, labels, allLabel],
  );
  const setSelectValue = useCallback(
    (selected: string) => {
      if (selected === ALL_FILTER_VALUE) setValue(null);
      else {
        const code = codes.find((candidate) => candidate === selected);
        if (code !== undefined) setValue(code);
      }
    },
    [codes],
  );
  return { value, options, selectValue: value ?? ALL_FILTER_VALUE, setSelectValue, setValue };
}

// -------------------------------------------------------------------------------------------------
// Search text
// -------------------------------------------------------------------------------------------------

/** A search field: the text typed, and the text sent once it is submitted and allowed. */
export interface SearchFilter {
  /** What is in the field now. */
  draft: string;
  /** Sets the field's text; nothing is sent until `submit`. */
  setDraft: (text: string) => void;
  /** The text sent as `q` (trimmed), or `""` for none. */
  value: string;
  /**
   * Sends the draft: trimmed, and only when it is at most {@link SEARCH_LIMITS}.q characters
   * (code points, as the API counts). Longer text is refused with `error` and nothing is
   * sent. Returns whether it was applied.
   */
  submit: () => boolean;
  /** Why the draft was not sent, in the person's language; `null` when nothing is wrong. */
  error: string | null;
  /** The longest text the API takes. */
  maxLength: number;
  /** Empties the field and the search. */
  clear: () => void;
}

/** Characters as the API counts them: an emoji is one. */
function characterCount(text: string): number {
  return [...text].length;
}

/** A search field whose text is sent on submit, at most 100 characters (faults.md 39). */
export function useSearchFilter(defaultValue = ''): SearchFilter {
  const { t } = useRevampd();
  const m = useSectionMessages('listFilters', enUSListFilters);
  const [draft, setDraftState] = useState(defaultValue);
  const [value, setValue] = useState(defaultValue.trim());
  const [tooLong, setTooLong] = useState<number | null>(null);
  const maxLength = SEARCH_LIMITS.q;

  const setDraft = useCallback((text: string) => {
    setDraftState(text);
    // The message is about the text that was refused: editing it clears the message.
    setTooLong(null);
  }, []);

  const submit = useCallback(() => {
    const text = draft.trim();
    const count = characterCount(text);
    if (count > maxLength) {
      setTooLong(count);
      return false;
    }
    setTooLong(null);
    setValue(text);
    return true;
  }, [draft, maxLength]);

  const clear = useCallback(() => {
    setDraftState('');
    setValue('');
    setTooLong(null);
  }, []);

  return {
    draft,
    setDraft,
    value,
    submit,
    error:
      tooLong === null
        ? null
        : t(m.searchTooLong, {
            max: maxLength,
            count: tooLong,
          }),
    maxLength,
    clear,
  };
}

// -------------------------------------------------------------------------------------------------
// A range of calendar days
// -------------------------------------------------------------------------------------------------

/** A "From" / "To" pair of calendar days, sent as instants in the org's time zone. */
export interface DateRangeFilter {
  /** The "From" field: `YYYY-MM-DD` or `""`. */
  from: CalendarDay;
  /** The "To" field (inclusive): `YYYY-MM-DD` or `""`. */
  to: CalendarDay;
  /** Sets "From"; the range is sent as soon as both fields make a valid one. */
  setFrom: (day: CalendarDay) => void;
  /** Sets "To"; the range is sent as soon as both fields make a valid one. */
  setTo: (day: CalendarDay) => void;
  /**
   * The range sent to the API, as ISO instants: the start of "From" and the start of the
   * day after "To", in the provider's time zone. The last valid range while the fields are
   * being corrected.
   */
  value: { from: string | null; to: string | null };
  /** Why the fields are not sent ("To" before "From", not a date); `null` when fine. */
  error: string | null;
  /** Empties both fields and the range. */
  clear: () => void;
}

const NO_RANGE = { from: null, to: null } as const;

/** A range of calendar days in the provider's time zone (api.md: `From` inclusive, `To` exclusive). */
export function useDateRangeFilter(): DateRangeFilter {
  const { timeZone } = useRevampd();
  const m = useSectionMessages('listFilters', enUSListFilters);
  const [fields, setFields] = useState<CalendarDayRange>({ from: '', to: '' });
  const [value, setValue] = useState<DateRangeFilter['value']>(NO_RANGE);

  const change = useCallback(
    (next: CalendarDayRange) => {
      setFields(next);
      if (calendarDayRangeProblem(next) !== null) return;
      try {
        const instants = calendarDayRangeToInstants(next, timeZone);
        setValue({ from: instants.from?.toISOString() ?? null, to: instants.to?.toISOString() ?? null });
      } catch {
        // An unknown zone: the range stays as it was rather than guessing one.
      }
    },
    [timeZone],
  );

  const problem = calendarDayRangeProblem(fields);
  const error = problem === null ? null : problem === 'to_before_from' ? m.toBeforeFrom : m.invalidDate;

  return {
    from: fields.from,
    to: fields.to,
    setFrom: useCallback((from: CalendarDay) => change({ ...fields, from }), [change, fields]),
    setTo: useCallback((to: CalendarDay) => change({ ...fields, to }), [change, fields]),
    value,
    error,
    clear: useCallback(() => {
      setFields({ from: '', to: '' });
      setValue(NO_RANGE);
    }, []),
  };
}

// -------------------------------------------------------------------------------------------------
// The filters of one list, together
// -------------------------------------------------------------------------------------------------

/** What every filtered table hook returns about its filters as a whole. */
export interface ListFiltersSummary {
  /** Any filter or search is applied (the list is not the whole list). */
  active: boolean;
  /** Clears every filter and the search: the whole list again. */
  clear: () => void;
  /**
   * What an empty result says, naming the search when there is one: e.g. `No invoices
   * match “0042”.` or `No invoices match these filters.`; `null` without filters (then the
   * list is simply empty).
   */
  noResults: string | null;
}

/**
 * The empty-result sentence of a filtered list: with a search, `searchTemplate` naming it
 * (`{query}`); with other filters only, `filtersTemplate`; without filters, `null`.
 */
export function noResultsText(
  t: (template: string, values?: Readonly<Record<string, string | number>>) => string,
  active: boolean,
  query: string,
  searchTemplate: string,
  filtersTemplate: string,
): string | null {
  if (!active) return null;
  return query === '' ? t(filtersTemplate) : t(searchTemplate, { query });
}

/**
 * Any one filter of a list: a choice among codes (of any code type), a search field or a
 * range of days.
 */
export type ListFilter =
  | (Pick<ChoiceFilter<string>, 'value' | 'options'> & { setValue: (value: null) => void })
  | SearchFilter
  | DateRangeFilter;

/** Whether a filter is applied: a code chosen, a search sent, a day in the range. */
function isFilterApplied(filter: ListFilter): boolean {
  if ('options' in filter) return filter.value !== null;
  if ('draft' in filter) return filter.value !== '';
  return filter.value.from !== null || filter.value.to !== null;
}

/** Back to the whole list: "All", no search, no range. */
function clearFilter(filter: ListFilter): void {
  if ('options' in filter) filter.setValue(null);
  else filter.clear();
}

/** The empty-result sentences of a filtered list (see {@link noResultsText}). */
export interface ListFiltersTexts {
  /** e.g. `No invoices match these filters.` */
  noResultsFilters: string;
  /** e.g. `No invoices match “{query}”.`, for a list with a search. @default noResultsFilters */
  noResultsSearch?: string;
}

/**
 * The filters of one list together, as a table hook returns them: each filter by name,
 * plus whether any is applied, one `clear` for all (stable) and the empty-result sentence,
 * naming the search when there is one.
 *
 * @example
 * const filters = useListFilters(
 *   { status: useChoiceFilter(PAYOUT_STATUSES, m.status, allLabel), created: useDateRangeFilter() },
 *   { noResultsFilters: m.noResultsFilters },
 * );
 */
export function useListFilters<TFilters extends Readonly<Record<string, ListFilter>>>(
  filters: TFilters,
  texts: ListFiltersTexts,
): TFilters & ListFiltersSummary {
  const { t } = useRevampd();
  const parts: readonly ListFilter[] = Object.values(filters);
  const active = parts.some(isFilterApplied);
  const search = parts.find((filter): filter is SearchFilter => 'draft' in filter);
  // The latest filters, so `clear` keeps one identity (each filter's own setters are stable).
  const latest = useRef(parts);
  latest.current = parts;
  const clear = useCallback(() => latest.current.forEach(clearFilter), []);
  const { noResultsFilters, noResultsSearch = noResultsFilters } = texts;
  return {
    ...filters,
    active,
    clear,
    noResults: noResultsText(t, active, search?.value ?? '', noResultsSearch, noResultsFilters),
  };
}
