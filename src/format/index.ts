/**
 * Pure formatters for money, dates and calendar periods. No React and no dependencies
 * beyond the platform's `Intl`, so hosts can use them in the headless entry as-is.
 */

export {
  CurrencyMismatchError,
  currencyMinorDigits,
  formatMoney,
  minorToDecimalString,
  moneyToDecimal,
  normalizeCurrency,
  sumMoney,
} from './money';
export type { FormatMoneyOptions, MoneyLike } from './money';

export { formatDate, isValidTimeZone, monthKey, zonedParts, zonedTimeToInstant } from './dates';
export type { DateStyle, WallTime, ZonedParts } from './dates';

export {
  calendarDayOf,
  calendarDayRangeProblem,
  calendarDayRangeToInstants,
  parseCalendarDay,
} from './dateRange';
export type { CalendarDay, CalendarDayRange, CalendarDayRangeProblem, InstantRange } from './dateRange';

export { isInPeriod, lastMonths, periodRange, periodStart, weekStartForLocale } from './periods';
export type { Period, PeriodRange, WeekDay } from './periods';
