/**
 * Calendar periods (year, month, week) in the org's time zone, for YTD / MTD / this-week
 * totals and the 12-month chart (faults.md 16, 17). Periods start at local midnight
 * and are whole calendar units, so a week across a DST change is 7 days of 167 or 169
 * hours, not 168 hours.
 */

import { wallTimeToUtcMs, zonedParts, zonedTimeToInstant } from './dates';

// ---------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------

/** ISO weekday, as the API's `weekStartsOn`: 1 = Monday … 7 = Sunday. */
export type WeekDay = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A calendar unit a total can be taken over. */
export type Period = 'year' | 'month' | 'week';

/** A half-open span of time: `start` <= t < `end`. */
export interface PeriodRange {
  /** The first instant of the period (local midnight, or the first instant after a gap). */
  start: Date;
  /** The first instant of the next period. */
  end: Date;
}

// ---------------------------------------------------------------------------
// Week start by locale
// ---------------------------------------------------------------------------

/**
 * Regions whose week does not start on Monday, from CLDR `weekData` (what Intl itself
 * uses). Only consulted by engines without `Intl.Locale` week info.
 */
const FIRST_DAY_BY_REGION: Readonly<Record<string, WeekDay>> = /*#__PURE__*/ Object.fromEntries([
  ...[
    'AG',
    'AS',
    'BD',
    'BR',
    'BS',
    'BT',
    'BW',
    'BZ',
    'CA',
    'CO',
    'DM',
    'DO',
    'ET',
    'GT',
    'GU',
    'HK',
    'HN',
    'ID',
    'IL',
    'IN',
    'IS',
    'JM',
    'JP',
    'KE',
    'KH',
    'KR',
    'LA',
    'MH',
    'MM',
    'MO',
    'MT',
    'MX',
    'MZ',
    'NI',
    'NP',
    'PA',
    'PE',
    'PH',
    'PK',
    'PR',
    'PT',
    'PY',
    'SA',
    'SG',
    'SV',
    'TH',
    'TT',
    'TW',
    'UM',
    'US',
    'VE',
    'VI',
    'WS',
    'YE',
    'ZA',
    'ZW',
  ].map((region) => [region, 7] as const),
  ...['AF', 'BH', 'DJ', 'DZ', 'EG', 'IQ', 'IR', 'JO', 'KW', 'LY', 'OM', 'QA', 'SD', 'SY'].map(
    (region) => [region, 6] as const,
  ),
  ['MV', 5] as const,
]);

/**
 * The parts of `Intl.Locale` that carry week data. Chromium and Firefox expose a
 * `getWeekInfo()` method, Node 20 and Safari a `weekInfo` getter; older engines neither.
 */
interface LocaleWeekInfoSource {
  getWeekInfo?: () => unknown;
  readonly weekInfo?: unknown;
}

function isWeekDay(value: unknown): value is WeekDay {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 7;
}

function firstDayOf(info: unknown): WeekDay | null {
  if (typeof info !== 'object' || info === null || !('firstDay' in info)) return null;
  return isWeekDay(info.firstDay) ? info.firstDay : null;
}

/**
 * The first day of the week in a locale: `en-US` → 7 (Sunday), `en-GB` → 1 (Monday),
 * `ar-EG` → 6 (Saturday). Uses the platform's CLDR data where available, then a region
 * table, then Monday (ISO 8601). Never throws, even for a malformed tag.
 */
export function weekStartForLocale(locale: string): WeekDay {
  let intlLocale: Intl.Locale;
  try {
    intlLocale = new Intl.Locale(locale);
  } catch {
    return 1;
  }
  const source: Intl.Locale & LocaleWeekInfoSource = intlLocale;
  try {
    const fromIntl = firstDayOf(
      typeof source.getWeekInfo === 'function' ? source.getWeekInfo() : source.weekInfo,
    );
    if (fromIntl !== null) return fromIntl;
  } catch {
    // Week info is new; an engine with a broken implementation falls through to the table.
  }
  // `maximize` supplies the likely region of a bare language (`en` → US, `ar` → EG).
  const region = intlLocale.region ?? intlLocale.maximize().region;
  return (region === undefined ? undefined : FIRST_DAY_BY_REGION[region]) ?? 1;
}

// ---------------------------------------------------------------------------
// Period arithmetic
// ---------------------------------------------------------------------------

/** A calendar date with no zone. */
interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Adds whole days on the calendar (not 24-hour steps), via UTC where days are equal. */
function addDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(wallTimeToUtcMs(date.year, date.month, date.day + days));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}

/** The first calendar day of the period containing `instant`, and of the next one. */
function periodDates(
  instant: Date,
  period: Period,
  timeZone: string,
  weekStartsOn: WeekDay,
): { first: CalendarDate; next: CalendarDate } {
  if (Number.isNaN(instant.getTime())) {
    throw new RangeError('periodStart: the instant is an invalid Date');
  }
  if (!isWeekDay(weekStartsOn)) {
    throw new RangeError(`weekStartsOn must be 1 (Monday) to 7 (Sunday), got ${String(weekStartsOn)}`);
  }
  const local = zonedParts(instant, timeZone);
  switch (period) {
    case 'year':
      return {
        first: { year: local.year, month: 1, day: 1 },
        next: { year: local.year + 1, month: 1, day: 1 },
      };
    case 'month': {
      const nextMonth = local.month === 12 ? 1 : local.month + 1;
      return {
        first: { year: local.year, month: local.month, day: 1 },
        next: { year: local.month === 12 ? local.year + 1 : local.year, month: nextMonth, day: 1 },
      };
    }
    case 'week': {
      const daysSinceStart = (local.weekday - weekStartsOn + 7) % 7;
      const first = addDays(local, -daysSinceStart);
      return { first, next: addDays(first, 7) };
    }
  }
}

/**
 * The instant the year, month or week containing `instant` began in `timeZone`: local
 * midnight of its first day (or, where that midnight was skipped by a DST gap, the
 * first instant of that day).
 *
 * @param weekStartsOn the first day of a week; ignored for years and months.
 * @throws RangeError for an invalid `Date`, an unknown zone or a `weekStartsOn` outside 1–7.
 */
export function periodStart(instant: Date, period: Period, timeZone: string, weekStartsOn: WeekDay): Date {
  return zonedTimeToInstant(periodDates(instant, period, timeZone, weekStartsOn).first, timeZone);
}

/**
 * The period containing `instant` as a half-open range: `start` as in
 * {@link periodStart}, `end` the next period's start. Whole calendar days, so a week
 * across a DST change lasts 167 or 169 hours (or 167.5 on Lord Howe Island).
 *
 * @throws RangeError as {@link periodStart}.
 */
export function periodRange(
  instant: Date,
  period: Period,
  timeZone: string,
  weekStartsOn: WeekDay,
): PeriodRange {
  const { first, next } = periodDates(instant, period, timeZone, weekStartsOn);
  return {
    start: zonedTimeToInstant(first, timeZone),
    end: zonedTimeToInstant(next, timeZone),
  };
}

/**
 * The month keys (`YYYY-MM`) of the `count` calendar months ending with the month of
 * `asOf` in `timeZone`, oldest first: the buckets of the API's `byMonth`.
 *
 * @param count @default 12
 * @throws RangeError when `count` is not a non-negative integer, or as {@link monthKey}.
 */
export function lastMonths(asOf: Date, timeZone: string, count = 12): string[] {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`count must be a non-negative integer, got ${String(count)}`);
  }
  const { year, month } = zonedParts(asOf, timeZone);
  const keys: string[] = [];
  for (let back = count - 1; back >= 0; back -= 1) {
    // Months counted from year 0 so stepping back across January needs no special case.
    const index = year * 12 + (month - 1) - back;
    const keyYear = Math.floor(index / 12);
    const keyMonth = index - keyYear * 12 + 1;
    keys.push(`${String(keyYear).padStart(4, '0')}-${String(keyMonth).padStart(2, '0')}`);
  }
  return keys;
}

/**
 * Whether `instant` counts toward the period-to-date total as of `asOf` (e.g. MTD):
 * `periodStart(asOf) <= instant <= asOf`, compared as instants in `timeZone`'s calendar.
 * An invalid `instant` is never in a period.
 *
 * @throws RangeError as {@link periodStart}, for `asOf`.
 */
export function isInPeriod(
  instant: Date,
  period: Period,
  asOf: Date,
  timeZone: string,
  weekStartsOn: WeekDay,
): boolean {
  const time = instant.getTime();
  if (Number.isNaN(time)) return false;
  const start = periodStart(asOf, period, timeZone, weekStartsOn);
  return start.getTime() <= time && time <= asOf.getTime();
}
