/**
 * A person's calendar days ("1 March – 31 March", as `<input type="date">` gives them) as
 * the instants the API's date-range filters take (api.md, Conventions): the start of the
 * first day in the org's time zone, inclusive, and the start of the day after the last
 * one, exclusive. The server never guesses a zone, so this is the one place it is applied.
 */
import { wallTimeToUtcMs, zonedParts, zonedTimeToInstant } from './dates';

/** A calendar day as `YYYY-MM-DD` (what `<input type="date">` holds), or `""` for none. */
export type CalendarDay = string;

/** A range of calendar days, either end open (`""`). */
export interface CalendarDayRange {
  /** The first day, inclusive; `""` for no lower bound. */
  from: CalendarDay;
  /** The last day, inclusive; `""` for no upper bound. */
  to: CalendarDay;
}

/** The instants a {@link CalendarDayRange} covers, as the API's `…From` / `…To` filters. */
export interface InstantRange {
  /** The start of `from` in the zone (inclusive), or `null` for none. */
  from: Date | null;
  /** The start of the day after `to` in the zone (exclusive), or `null` for none. */
  to: Date | null;
}

/** Why a range cannot be sent. */
export type CalendarDayRangeProblem = 'invalid_from' | 'invalid_to' | 'to_before_from';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The fields of a real calendar day (`2026-02-30` is not one), or `null`. */
export function parseCalendarDay(day: CalendarDay): { year: number; month: number; day: number } | null {
  const match = DAY.exec(day);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const date = Number(match[3]);
  if (month < 1 || month > 12 || date < 1) return null;
  // Day 0 of the next month is the last day of this one.
  const last = new Date(wallTimeToUtcMs(year, month + 1, 0)).getUTCDate();
  return date > last ? null : { year, month, day: date };
}

/**
 * What is wrong with a range, or `null` when it can be sent: an end that is not a real
 * day, or a last day before the first. Empty ends are fine (open ranges).
 */
export function calendarDayRangeProblem(range: CalendarDayRange): CalendarDayRangeProblem | null {
  const from = range.from === '' ? null : parseCalendarDay(range.from);
  const to = range.to === '' ? null : parseCalendarDay(range.to);
  if (range.from !== '' && from === null) return 'invalid_from';
  if (range.to !== '' && to === null) return 'invalid_to';
  // Same-format days compare as text.
  if (from && to && range.to < range.from) return 'to_before_from';
  return null;
}

/**
 * The instants of a range of calendar days in `timeZone`: `from` at the start of its day,
 * `to` at the start of the next day, so "to 31 March" includes all of 31 March. A day
 * whose midnight a DST change skips starts at its first real instant.
 *
 * @throws RangeError when the range has a problem ({@link calendarDayRangeProblem}) or the
 * zone is unknown.
 *
 * @example
 * calendarDayRangeToInstants({ from: '2026-03-01', to: '2026-03-31' }, 'America/New_York');
 * // → { from: 2026-03-01T05:00:00Z, to: 2026-04-01T04:00:00Z }
 */
export function calendarDayRangeToInstants(range: CalendarDayRange, timeZone: string): InstantRange {
  const problem = calendarDayRangeProblem(range);
  if (problem) throw new RangeError(`calendarDayRangeToInstants: ${problem}`);
  const from = range.from === '' ? null : parseCalendarDay(range.from);
  const to = range.to === '' ? null : parseCalendarDay(range.to);
  return {
    from: from ? zonedTimeToInstant(from, timeZone) : null,
    // Day + 1 rolls over month and year ends, as Date.UTC does.
    to: to ? zonedTimeToInstant({ ...to, day: to.day + 1 }, timeZone) : null,
  };
}

/**
 * The calendar day an instant falls on in `timeZone`, as `YYYY-MM-DD`: e.g. "today" in the
 * org's zone, for an overdue check or a date field's default.
 *
 * @throws RangeError for an invalid `Date` or an unknown time zone.
 */
export function calendarDayOf(instant: Date, timeZone: string): CalendarDay {
  const { year, month, day } = zonedParts(instant, timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
