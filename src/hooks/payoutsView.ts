/**
 * The headless state behind `PayoutSummary`: the three totals with the dates each covers,
 * and the 12-month bar chart's geometry, all in the provider's locale, zone and week
 * start. A host can draw its own chart from this hook alone.
 */
import { useMemo } from 'react';
import type { RevampdError } from '../api/errors';
import type { Money, PayoutSummary } from '../api/schemas';
import { resourceView, type ResourceView } from '../model/resourceView';
import { formatDate } from '../format/dates';
import { formatMoney, normalizeCurrency } from '../format/money';
import { periodRange, type Period, type WeekDay } from '../format/periods';
import type { Messages } from '../i18n/en-US';
import type { MessageValues } from '../i18n/messages';
import { useRevampd, useSectionMessages } from '../provider/RevampdProvider';
import { usePayoutSummary } from './payouts';
import { enUSPayouts } from '../i18n/en-US';

// -------------------------------------------------------------------------------------------------
// Types
// -------------------------------------------------------------------------------------------------

/** Which total a period card shows. */
export type PayoutPeriodKey = 'ytd' | 'mtd' | 'currentWeek';

/** One of the three totals: what it sums and over which dates. */
export interface PayoutPeriodView {
  /** Which total it is, as the API names it; a stable key for rendering and tests. */
  key: PayoutPeriodKey;
  /** "YTD Earnings", "MTD Earnings", "Current Week". */
  label: string;
  /** The raw total, minor units. */
  total: Money;
  /** The total in the locale's format. */
  amount: string;
  /** The instants summed over: the period's start (in the org's zone) to `asOf`. */
  from: Date | null;
  /** The end of the range: the summary's `asOf`. */
  to: Date;
  /** e.g. `Nov 1, 2026 – Nov 25, 2026`; `null` when the zone cannot be read. */
  range: string | null;
}

/** One month of the chart. */
export interface PayoutChartBar {
  /** `YYYY-MM`, as the API's `byMonth`. */
  month: string;
  /** Abbreviated month for the axis, e.g. `Mar`. */
  shortLabel: string;
  /** Month and year for the table and tooltip, e.g. `March 2024`. */
  label: string;
  /** The month's total as the API sent it (minor units, with its currency). */
  total: Money;
  /** `total` in the locale's format, for the table and tooltip. */
  amount: string;
  /**
   * Whether the month is in the summary's currency. A month in another currency gets no
   * bar: its height would compare dollars with euros (faults.md 18).
   */
  comparable: boolean;
  /** Geometry in the chart's viewBox units; height 0 for an empty or incomparable month. */
  x: number;
  /** Top of the bar: the baseline minus `height`. */
  y: number;
  /** The bar's width; the same for every bar. */
  width: number;
  /** Proportional to `total` against the chart's `max` (at least 1 when above zero). */
  height: number;
  /** Where the axis label's centre sits. */
  labelX: number;
}

/** The 12-month chart, sized in viewBox units (the SVG scales to its container). */
export interface PayoutChartView {
  /** The viewBox width: one slot per month. */
  width: number;
  /** The viewBox height: the plot plus the band of month labels. */
  height: number;
  /** The y of the baseline bars stand on. */
  baselineY: number;
  /** The y of the month labels' baseline. */
  labelY: number;
  /** One bar per month of the API's `byMonth`, oldest first. */
  bars: PayoutChartBar[];
  /** The largest comparable month, which spans the full plot height. */
  max: Money | null;
}

/** Everything `PayoutSummary` shows, as values. */
export interface PayoutSummaryView {
  /** Which state to show: loading, no access, error, stale or ready. */
  view: ResourceView;
  /** The summary as the API sent it; `undefined` until loaded. */
  summary: PayoutSummary | undefined;
  /** When the totals were computed, formatted. */
  asOf: string | null;
  /** Year-, month- and week-to-date totals, in that order; empty until loaded. */
  periods: PayoutPeriodView[];
  /** The 12-month chart; `null` until loaded. */
  chart: PayoutChartView | null;
  /** Nothing was ever paid in the last 12 months or this year: every total is zero. */
  isEmpty: boolean;
  /** The zone and week start the totals were asked for (the provider's). */
  timeZone: string;
  /** The first day of the week the current-week total starts on. */
  weekStartsOn: WeekDay;
  /** A request is in flight, the first or a refresh. */
  isFetching: boolean;
  /** The last request's failure, also while stale totals are still shown; `null` otherwise. */
  error: RevampdError | null;
  /** When the shown summary was fetched (epoch ms). */
  dataUpdatedAt: number;
  /** Sends the summary request again. */
  retry: () => void;
}

// -------------------------------------------------------------------------------------------------
// Pure parts
// -------------------------------------------------------------------------------------------------

/** Chart layout in viewBox units; chosen so axis labels stay legible at ~480 px wide. */
export const PAYOUT_CHART_LAYOUT = {
  slot: 40,
  barWidth: 26,
  plotHeight: 150,
  top: 6,
  labelBand: 22,
} as const;

const PERIODS: readonly { key: PayoutPeriodKey; period: Period }[] = [
  { key: 'ytd', period: 'year' },
  { key: 'mtd', period: 'month' },
  { key: 'currentWeek', period: 'week' },
];

const sameCurrency = (a: string, b: string): boolean =>
  (normalizeCurrency(a) ?? a.trim()) === (normalizeCurrency(b) ?? b.trim());

/** The inputs of {@link buildPayoutSummaryView}. */
export interface PayoutSummaryViewInput {
  summary: PayoutSummary;
  locale: string;
  timeZone: string;
  weekStartsOn: WeekDay;
  /** The payouts section's messages. */
  messages: Messages['payouts'];
  t: (template: string, values?: MessageValues) => string;
}

/** The three totals with the dates each covers: period start in `timeZone` to `asOf`. */
export function buildPayoutPeriods(input: PayoutSummaryViewInput): PayoutPeriodView[] {
  const { summary, locale, timeZone, weekStartsOn, messages: m, t } = input;
  const asOf = new Date(summary.asOf);
  return PERIODS.map(({ key, period }) => {
    let from: Date | null = null;
    try {
      from = periodRange(asOf, period, timeZone, weekStartsOn).start;
    } catch {
      // An unknown zone from the host: show the total without a range rather than crash.
    }
    const total = summary[key];
    return {
      key,
      label: m[key],
      total,
      amount: formatMoney(total, locale),
      from,
      to: asOf,
      range:
        from === null
          ? null
          : t(m.range, {
              start: formatDate(from, locale, timeZone),
              end: formatDate(asOf, locale, timeZone),
            }),
    };
  });
}

/**
 * Bars of `byMonth`, scaled to the largest month in the summary's currency. Months in
 * another currency are listed but get no bar (faults.md 18); negative totals, which paid
 * payouts cannot sum to, are drawn as empty rather than below the axis.
 */
export function buildPayoutChart(summary: PayoutSummary, locale: string, timeZone: string): PayoutChartView {
  const { slot, barWidth, plotHeight, top, labelBand } = PAYOUT_CHART_LAYOUT;
  const currency = summary.ytd.currency;
  const comparable = summary.byMonth.map((entry) => sameCurrency(entry.total.currency, currency));
  let max: Money | null = null;
  for (const [index, entry] of summary.byMonth.entries()) {
    if (comparable[index] && entry.total.amount > 0 && (max === null || entry.total.amount > max.amount)) {
      max = entry.total;
    }
  }
  const maxAmount = max?.amount ?? 0;
  const baselineY = top + plotHeight;
  const bars = summary.byMonth.map((entry, index): PayoutChartBar => {
    const canDraw = comparable[index] === true && maxAmount > 0 && entry.total.amount > 0;
    // Rounded to 0.1 unit: sub-pixel precision is invisible and keeps the markup short.
    const height = canDraw
      ? Math.max(Math.round((entry.total.amount / maxAmount) * plotHeight * 10) / 10, 1)
      : 0;
    // `YYYY-MM-01` is a calendar date, shown as that month in every zone.
    const firstDay = `${entry.month}-01`;
    return {
      month: entry.month,
      shortLabel: formatDate(firstDay, locale, timeZone, 'shortMonth'),
      label: formatDate(firstDay, locale, timeZone, 'monthYear'),
      total: entry.total,
      amount: formatMoney(entry.total, locale),
      comparable: comparable[index] === true,
      x: index * slot + (slot - barWidth) / 2,
      y: baselineY - height,
      width: barWidth,
      height,
      labelX: index * slot + slot / 2,
    };
  });
  return {
    width: Math.max(summary.byMonth.length, 1) * slot,
    height: baselineY + labelBand,
    baselineY,
    labelY: baselineY + labelBand - 6,
    bars,
    max,
  };
}

// -------------------------------------------------------------------------------------------------
// Hook
// -------------------------------------------------------------------------------------------------

/**
 * YTD, MTD and current-week earnings with their date ranges, and the 12-month chart,
 * over {@link usePayoutSummary} (asked in the provider's zone and week start).
 */
export function usePayoutSummaryView(): PayoutSummaryView {
  const { locale, timeZone, weekStartsOn, t } = useRevampd();
  const m = useSectionMessages('payouts', enUSPayouts);
  const payoutsText = m;
  const query = usePayoutSummary();
  const summary = query.data;
  const view = resourceView(query, summary !== undefined);

  const derived = useMemo(() => {
    if (!summary) return { periods: [], chart: null, asOf: null };
    return {
      periods: buildPayoutPeriods({ summary, locale, timeZone, weekStartsOn, messages: payoutsText, t }),
      chart: buildPayoutChart(summary, locale, timeZone),
      asOf: formatDate(summary.asOf, locale, timeZone, 'dateTime'),
    };
  }, [summary, locale, timeZone, weekStartsOn, payoutsText, t]);

  const { refetch } = query;
  return {
    view,
    summary,
    ...derived,
    isEmpty:
      summary !== undefined &&
      summary.ytd.amount === 0 &&
      summary.byMonth.every((entry) => entry.total.amount === 0),
    timeZone,
    weekStartsOn,
    isFetching: query.isFetching,
    error: query.error,
    dataUpdatedAt: query.dataUpdatedAt,
    retry: () => void refetch(),
  };
}
