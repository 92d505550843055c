/**
 * Dates in the org's time zone, never the browser's (faults.md 16). Instants are `Date`s;
 * wall-clock fields are read and written through `Intl.DateTimeFormat`, so the platform's
 * tz database is the only source of offsets and this bundle carries none.
 */

// ---------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------

/** How {@link formatDate} renders an instant. */
export type DateStyle =
  /** Medium date, e.g. `Mar 31, 2024`. */
  | 'date'
  /** Medium date and short time, e.g. `Mar 31, 2024, 11:30 PM`. */
  | 'dateTime'
  /** Full month and year, e.g. `March 2024`. */
  | 'monthYear'
  /** Abbreviated month alone, e.g. `Mar`, for chart axes where the year is implied. */
  | 'shortMonth';

/** Wall-clock fields of an instant in a time zone. */
export interface ZonedParts {
  /** The full year, e.g. `2026`. */
  year: number;
  /** 1 = January … 12 = December. */
  month: number;
  /** Day of month, 1–31. */
  day: number;
  /** 0–23. */
  hour: number;
  /** Minute, 0–59. */
  minute: number;
  /** Second, 0–59. */
  second: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
}

/** A wall-clock date and optional time, as given to {@link zonedTimeToInstant}. */
export interface WallTime {
  /** The full year, e.g. `2026`. */
  year: number;
  /** 1 = January … 12 = December; values outside roll over, as in `Date.UTC`. */
  month: number;
  /** Day of month; values outside roll over, as in `Date.UTC`. */
  day: number;
  /** Hour, 0–23; values outside roll over, as in `Date.UTC`. @default 0 */
  hour?: number;
  /** Minute, 0–59; values outside roll over. @default 0 */
  minute?: number;
  /** Second, 0–59; values outside roll over. @default 0 */
  second?: number;
}

// ---------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------

/** Shown for a date that cannot be trusted, so `Invalid Date` never reaches a screen. */
const PLACEHOLDER = '—';

/** Used when the host passes a locale tag Intl rejects; a bad prop must not crash. */
const FALLBACK_LOCALE = 'en-US';

const MS_PER_DAY = 86_400_000;

/**
 * Epoch milliseconds of wall-clock fields read as UTC. `setUTCFullYear` rather than
 * `Date.UTC` because the latter maps years 0–99 to 1900–1999.
 */
export function wallTimeToUtcMs(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

const partsFormatterCache = new Map<string, Intl.DateTimeFormat>();

/**
 * One numeric formatter per zone. The locale pins the Gregorian calendar and Latin
 * digits so the parts parse as integers whatever the user's locale is; `h23` avoids
 * the `24` some engines print for midnight with `hour12: false`.
 */
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  const cached = partsFormatterCache.get(timeZone);
  if (cached !== undefined) return cached;
  const formatter = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
    timeZone,
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  });
  partsFormatterCache.set(timeZone, formatter);
  return formatter;
}

/** Whether `timeZone` is an IANA zone (or offset) this platform can format in. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    partsFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------
// Zoned fields
// ---------------------------------------------------------------------------

/**
 * The wall-clock fields of `instant` in `timeZone` (to the second).
 *
 * @throws RangeError for an invalid `Date` or an unknown time zone.
 */
export function zonedParts(instant: Date, timeZone: string): ZonedParts {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new RangeError('zonedParts: the instant is an invalid Date');
  const fields: Record<string, number> = {};
  let beforeCommonEra = false;
  for (const part of partsFormatter(timeZone).formatToParts(time)) {
    if (part.type === 'era') beforeCommonEra = part.value.startsWith('B');
    else if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const read = (type: string): number => {
    const value = fields[type];
    if (value === undefined || Number.isNaN(value)) {
      throw new RangeError(`zonedParts: Intl gave no numeric ${type} for ${timeZone}`);
    }
    return value;
  };
  const eraYear = read('year');
  const year = beforeCommonEra ? 1 - eraYear : eraYear;
  const month = read('month');
  const day = read('day');
  // Derived rather than parsed from a weekday name, which would tie us to English text.
  const weekdayFromSunday = new Date(wallTimeToUtcMs(year, month, day)).getUTCDay();
  return {
    year,
    month,
    day,
    hour: read('hour') % 24,
    minute: read('minute'),
    second: read('second'),
    weekday: weekdayFromSunday === 0 ? 7 : weekdayFromSunday,
  };
}

/** The zone's UTC offset at `epochMs`, in milliseconds (positive east of Greenwich). */
function offsetAt(epochMs: number, timeZone: string): number {
  const p = zonedParts(new Date(epochMs), timeZone);
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  return wallTimeToUtcMs(p.year, p.month, p.day, p.hour, p.minute, p.second) - wholeSecond;
}

/**
 * The instant at which the wall clock in `timeZone` reads `wall`.
 *
 * A time that occurs twice (clocks turned back) resolves to the earlier instant; a time
 * skipped by a gap (clocks turned forward) moves forward by the gap's length, e.g.
 * 02:30 on a US spring-forward day → 03:30 EDT. This matches Temporal's `compatible`
 * disambiguation, so a day whose midnight was skipped starts at its first real instant.
 *
 * @throws RangeError for an unknown time zone or non-finite fields.
 */
export function zonedTimeToInstant(wall: WallTime, timeZone: string): Date {
  const wallMs = wallTimeToUtcMs(
    wall.year,
    wall.month,
    wall.day,
    wall.hour ?? 0,
    wall.minute ?? 0,
    wall.second ?? 0,
  );
  if (Number.isNaN(wallMs)) throw new RangeError('zonedTimeToInstant: fields are not finite');
  // The offsets a day either side bracket any single transition near this wall time.
  const offsetBefore = offsetAt(wallMs - MS_PER_DAY, timeZone);
  const offsetAfter = offsetAt(wallMs + MS_PER_DAY, timeZone);
  const candidates = [wallMs - offsetBefore, wallMs - offsetAfter].sort((a, b) => a - b);
  for (const candidate of candidates) {
    if (wallMs - offsetAt(candidate, timeZone) === candidate) return new Date(candidate);
  }
  // Neither offset reproduces the wall time. With clocks turned forward, it lies in the
  // gap: reading it with the offset from before the gap lands past the gap by the gap's
  // length.
  if (offsetBefore < offsetAfter) return new Date(wallMs - offsetBefore);
  // More than one transition inside two days (very rare): iterate on the offset.
  let guess = wallMs - offsetAt(wallMs, timeZone);
  for (let i = 0; i < 4; i += 1) {
    const next = wallMs - offsetAt(guess, timeZone);
    if (next === guess) break;
    guess = next;
  }
  return new Date(guess);
}

/**
 * The calendar month of `instant` in `timeZone`, as `YYYY-MM` (e.g. `2026-03`), the
 * key the API's `byMonth` uses.
 *
 * @throws RangeError for an invalid `Date` or an unknown time zone.
 */
export function monthKey(instant: Date, timeZone: string): string {
  const { year, month } = zonedParts(instant, timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------
// Display
// ---------------------------------------------------------------------------

/**
 * ISO 8601 date, optionally with a time and then a mandatory `Z` or offset. A date-time
 * without an offset is refused, as `Date` would read it in the browser's zone, which is
 * exactly the bug to avoid. Parsed by hand because engines disagree on the rest: V8
 * rolls `2024-02-30` over to March 1, while the spec and Firefox say invalid.
 */
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|([+-])(\d{2})(?::?(\d{2}))?))?$/i;

const STYLE_OPTIONS: Readonly<Record<DateStyle, Intl.DateTimeFormatOptions>> = {
  date: { dateStyle: 'medium' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  monthYear: { year: 'numeric', month: 'long' },
  shortMonth: { month: 'short' },
};

const displayFormatterCache = new Map<string, Intl.DateTimeFormat>();

function displayFormatter(locale: string, timeZone: string, style: DateStyle): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${style}`;
  const cached = displayFormatterCache.get(key);
  if (cached !== undefined) return cached;
  const options: Intl.DateTimeFormatOptions = { ...STYLE_OPTIONS[style], timeZone };
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat(locale, options);
  } catch (error) {
    // Retry only for a bad locale; a bad zone then throws again and is handled above us.
    if (!(error instanceof RangeError)) throw error;
    formatter = new Intl.DateTimeFormat(FALLBACK_LOCALE, options);
  }
  displayFormatterCache.set(key, formatter);
  return formatter;
}

/** Days in a Gregorian month (month 1–12). */
function daysInMonth(year: number, month: number): number {
  return new Date(wallTimeToUtcMs(year, month + 1, 0)).getUTCDate();
}

/** Reads an API value into an instant, or `null` when it is not one we can trust. */
function parseInstant(value: string | Date): { time: number; calendarDate: boolean } | null {
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? null : { time, calendarDate: false };
  }
  const match = ISO_INSTANT.exec(value.trim());
  if (match === null) return null;
  const [, y, mo, d, h, mi, sec, fraction, zone, sign, offH, offM] = match;
  const field = (text: string | undefined): number => Number(text ?? '0');
  const year = field(y);
  const month = field(mo);
  const day = field(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (h === undefined) {
    return { time: wallTimeToUtcMs(year, month, day), calendarDate: true };
  }
  const hour = field(h);
  const minute = field(mi);
  const second = field(sec);
  const offsetHours = field(offH);
  const offsetMinutes = field(offM);
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) {
    return null;
  }
  const offsetMs =
    zone?.toUpperCase() === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  // Only milliseconds survive in a Date; finer digits are truncated, not rounded.
  const milliseconds = Number((fraction ?? '').padEnd(3, '0').slice(0, 3));
  const time = wallTimeToUtcMs(year, month, day, hour, minute, second) + milliseconds - offsetMs;
  return { time, calendarDate: false };
}

/**
 * Formats an instant for display in `timeZone` and `locale`.
 *
 * Accepts a `Date` or an ISO 8601 string with `Z` or an offset; a date-only string
 * (`2024-03-31`) is a calendar date and shows as that date in every zone. Never throws:
 * anything unparseable, or an unknown time zone, renders `—` rather than
 * `Invalid Date`; an unknown locale falls back to `en-US`.
 *
 * @param style @default 'date'
 */
export function formatDate(
  iso: string | Date,
  locale: string,
  timeZone: string,
  style: DateStyle = 'date',
): string {
  const parsed = parseInstant(iso);
  if (parsed === null) return PLACEHOLDER;
  try {
    // A calendar date has no zone; reading it in UTC keeps it the same day everywhere.
    const zone = parsed.calendarDate ? 'UTC' : timeZone;
    return displayFormatter(locale, zone, style).format(parsed.time);
  } catch {
    return PLACEHOLDER;
  }
}
