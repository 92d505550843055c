/**
 * `GET /affiliate/payouts` and `GET /affiliate/summary`.
 */
import { http } from 'msw';
import type { HttpHandler } from 'msw';
import type { Payout, PayoutStatus, PayoutSummary } from '../../src/api/schemas';
import type { MockDb } from '../db';
import { addMonths, isValidTimeZone, monthLabel, periodStarts, startOfZonedMonth } from '../time';
import { inRange, readFilters } from './filters';
import { apiError, apiPath, isoNow, listPage, ok, read } from './shared';
import type { ScopeParams } from './shared';
import { payoutView } from './views';

const STATUSES: readonly PayoutStatus[] = ['pending', 'paid', 'failed'];

const PAYOUT_FILTERS = {
  status: { kind: 'enum', values: STATUSES },
  createdFrom: { kind: 'instant' },
  createdTo: { kind: 'instant' },
} as const;

/** How to read the calendar for a summary. */
export interface SummaryOptions {
  /** The summary's `asOf`. */
  now: Date;
  /** IANA zone the year, month and week are read in. */
  timeZone: string;
  /** 1 = Monday … 7 = Sunday. */
  weekStartsOn: number;
  /** Only payouts in this currency count: totals never mix currencies. */
  currency: string;
}

/**
 * The `GET /affiliate/summary` body for `payouts`: sums of `paid` payouts whose `paidAt`
 * lies in [period start, asOf], and the last 12 calendar months oldest first.
 *
 * @internal Shared with scenarios; not in the public entry.
 */
export function summarizePayouts(payouts: readonly Payout[], options: SummaryOptions): PayoutSummary {
  const { timeZone, weekStartsOn, currency } = options;
  const asOf = options.now.getTime();
  const starts = periodStarts(asOf, timeZone, weekStartsOn);
  const months = Array.from({ length: 12 }, (_, index) => addMonths(starts.currentMonth, index - 11));
  const monthStarts = months.map((month) => startOfZonedMonth(month, timeZone));
  const monthTotals = months.map(() => 0);
  let ytd = 0;
  let mtd = 0;
  let currentWeek = 0;
  const firstMonthStart = monthStarts[0] ?? asOf;
  for (const payout of payouts) {
    if (payout.status !== 'paid' || payout.paidAt === null) continue;
    if (payout.amount.currency.toUpperCase() !== currency.toUpperCase()) continue;
    const paidAt = Date.parse(payout.paidAt);
    if (!(paidAt <= asOf)) continue;
    const amount = payout.amount.amount;
    if (paidAt >= starts.year) ytd += amount;
    if (paidAt >= starts.month) mtd += amount;
    if (paidAt >= starts.week) currentWeek += amount;
    if (paidAt < firstMonthStart) continue;
    // Walk back from the newest month: month starts are increasing.
    for (let index = monthStarts.length - 1; index >= 0; index--) {
      if (paidAt >= (monthStarts[index] ?? Infinity)) {
        monthTotals[index] = (monthTotals[index] ?? 0) + amount;
        break;
      }
    }
  }
  const money = (amount: number) => ({ amount, currency });
  return {
    ytd: money(ytd),
    mtd: money(mtd),
    currentWeek: money(currentWeek),
    asOf: isoNow(options.now),
    byMonth: months.map((month, index) => ({
      month: monthLabel(month),
      total: money(monthTotals[index] ?? 0),
    })),
  };
}

/**
 * Reads `timeZone` (default UTC) and `weekStartsOn` (default 1) from the query, or says
 * which one is wrong.
 *
 * @internal
 */
export function readSummaryQuery(
  url: URL,
): { ok: true; timeZone: string; weekStartsOn: number } | { ok: false; code: string; message: string } {
  const timeZone = url.searchParams.get('timeZone') ?? 'UTC';
  if (!isValidTimeZone(timeZone)) {
    return {
      ok: false,
      code: 'invalid_time_zone',
      message: 'timeZone must be an IANA time zone such as Europe/Berlin.',
    };
  }
  const weekStartsOn = url.searchParams.get('weekStartsOn') ?? '1';
  if (!/^[1-7]$/.test(weekStartsOn)) {
    return {
      ok: false,
      code: 'invalid_week_starts_on',
      message: 'weekStartsOn must be an integer from 1 (Monday) to 7 (Sunday).',
    };
  }
  return { ok: true, timeZone, weekStartsOn: Number(weekStartsOn) };
}

/** Handlers for affiliate payouts and their summary. */
export function payoutHandlers(db: MockDb): HttpHandler[] {
  return [
    http.get<ScopeParams>(apiPath('/affiliate/payouts'), ({ request, params }) =>
      read(db, request, params, ({ scope, url }) => {
        const parsed = readFilters(url, PAYOUT_FILTERS, [['createdFrom', 'createdTo']]);
        if (!parsed.ok) return parsed.error;
        const { status, createdFrom, createdTo } = parsed.filters;
        const rows = scope.payouts
          .filter(
            (payout) =>
              (status === undefined || payout.status === status) &&
              inRange(payout.createdAt, createdFrom, createdTo),
          )
          .map(payoutView);
        return listPage(rows, url, parsed.key);
      }),
    ),

    http.get<ScopeParams>(apiPath('/affiliate/summary'), ({ request, params }) =>
      read(db, request, params, ({ scope, url }) => {
        const query = readSummaryQuery(url);
        if (!query.ok) return apiError(400, query.code, query.message);
        return ok(
          summarizePayouts(scope.payouts, {
            now: db.now(),
            timeZone: query.timeZone,
            weekStartsOn: query.weekStartsOn,
            currency: scope.wallet.balance.currency,
          }),
        );
      }),
    ),
  ];
}
