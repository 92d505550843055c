/**
 * Calendar arithmetic in an IANA time zone, for the mock's `GET /affiliate/summary`.
 *
 * Deliberately independent of `src/format/periods.ts`: the mock is the "server" the
 * library's period maths is tested against, so sharing code would let one bug pass both
 * sides. Only `Intl.DateTimeFormat#formatToParts` is used, which every supported runtime
 * ships with full zone data.
 *
 * @internal Not part of the public mocks entry.
 */

/** A calendar date and wall-clock time as read in some time zone. */
export interface ZonedParts {
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** A calendar month in some zone, `month` 1–12. */
export interface YearMonth {
  year: number;
  month: number;
}

const MS_PER_DAY = 86_400_000;

// Formatters are costly to build and the summary asks for the same zone many times.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    // `hourCycle: 'h23'` because some engines print midnight as "24" with `hour12: false`;
    // `en-US` + gregory + latn so the parts are always ASCII digits of the ISO calendar.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether `timeZone` is an IANA zone (or alias) this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '') return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock reading of `instant` (epoch ms) in `timeZone`. */
export function zonedParts(instant: number, timeZone: string): ZonedParts {
  const parts: ZonedParts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  let bc = false;
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    switch (part.type) {
      case 'year':
      case 'month':
      case 'day':
      case 'hour':
      case 'minute':
      case 'second':
        parts[part.type] = Number(part.value);
        break;
      case 'era':
        bc = part.value === 'BC' || part.value === 'B';
        break;
      default:
        break;
    }
  }
  // Era-style years count 1 BC as year 1; proleptic ISO years call it 0.
  if (bc) parts.year = 1 - parts.year;
  return parts;
}

/** The wall-clock reading as if it were UTC, in epoch ms. */
function wallAsUtc(parts: ZonedParts): number {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 onto 1900–1999.
  date.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  date.setUTCHours(parts.hour, parts.minute, parts.second, 0);
  return date.getTime();
}

/** The zone's offset from UTC at `instant`, in ms (positive east of Greenwich). */
export function offsetAt(instant: number, timeZone: string): number {
  // Whole seconds only: the formatter drops milliseconds.
  const wholeSecond = Math.floor(instant / 1000) * 1000;
  return wallAsUtc(zonedParts(wholeSecond, timeZone)) - wholeSecond;
}

function compareDate(a: ZonedParts, b: ZonedParts): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * The first instant of the calendar day `year-month-day` in `timeZone`.
 *
 * Usually local midnight. When midnight falls in a DST gap (e.g. America/Santiago, or
 * America/Havana) the day begins at the transition, and when midnight happens twice
 * the earlier one wins — the same choice as `Temporal.ZonedDateTime#startOfDay`.
 */
export function startOfZonedDay(year: number, month: number, day: number, timeZone: string): number {
  const target: ZonedParts = { year, month, day, hour: 0, minute: 0, second: 0 };
  const wall = wallAsUtc(target);
  // Offsets a day either side bracket any transition near this midnight.
  const offsetBefore = offsetAt(wall - MS_PER_DAY, timeZone);
  const offsetAfter = offsetAt(wall + MS_PER_DAY, timeZone);
  const candidates = [wall - offsetBefore, wall - offsetAfter]
    .filter((instant) => wallAsUtc(zonedParts(instant, timeZone)) === wall)
    .sort((a, b) => a - b);
  const earliest = candidates[0];
  if (earliest !== undefined) return earliest;

  // Midnight does not exist that day: search for the first instant whose local date has
  // reached the target. Local dates only move forward across a gap, so this is monotonic.
  let lo = Math.min(wall - offsetBefore, wall - offsetAfter) - 1000;
  let hi = Math.max(wall - offsetBefore, wall - offsetAfter) + 1000;
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (compareDate(zonedParts(mid, timeZone), target) >= 0) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** ISO weekday of a proleptic Gregorian date: 1 = Monday … 7 = Sunday. */
function isoWeekday(year: number, month: number, day: number): number {
  const weekday = new Date(wallAsUtc({ year, month, day, hour: 0, minute: 0, second: 0 })).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** `year-month-day` moved by `days` calendar days (timezone-free date arithmetic). */
function addDays(year: number, month: number, day: number, days: number): ZonedParts {
  const shifted = new Date(
    wallAsUtc({ year, month, day, hour: 0, minute: 0, second: 0 }) + days * MS_PER_DAY,
  );
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: 0,
    minute: 0,
    second: 0,
  };
}

/** The calendar month `months` away from `{ year, month }`. */
export function addMonths({ year, month }: YearMonth, months: number): YearMonth {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

/** `2026-01` style label; four-digit years only, which is all the contract allows. */
export function monthLabel({ year, month }: YearMonth): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** Starts (epoch ms) of the year, month and week containing `instant` in `timeZone`. */
export interface PeriodStarts {
  year: number;
  month: number;
  week: number;
  /** The calendar month containing `instant`, as read in the zone. */
  currentMonth: YearMonth;
}

/**
 * Where the current year, month and week began for a reader in `timeZone`.
 *
 * @param weekStartsOn 1 = Monday … 7 = Sunday.
 */
export function periodStarts(instant: number, timeZone: string, weekStartsOn: number): PeriodStarts {
  const local = zonedParts(instant, timeZone);
  const daysIntoWeek = (isoWeekday(local.year, local.month, local.day) - weekStartsOn + 7) % 7;
  const weekStart = addDays(local.year, local.month, local.day, -daysIntoWeek);
  return {
    year: startOfZonedDay(local.year, 1, 1, timeZone),
    month: startOfZonedDay(local.year, local.month, 1, timeZone),
    week: startOfZonedDay(weekStart.year, weekStart.month, weekStart.day, timeZone),
    currentMonth: { year: local.year, month: local.month },
  };
}

/** The first instant of calendar month `ym` in `timeZone`. */
export function startOfZonedMonth(ym: YearMonth, timeZone: string): number {
  return startOfZonedDay(ym.year, ym.month, 1, timeZone);
}
