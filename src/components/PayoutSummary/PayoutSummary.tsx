'use client';
/**
 * PayoutSummary: section 7, Affiliate Payouts. YTD Earnings, MTD Earnings and Current
 * Week in the org's zone and week start, the dates each covers, and a 12-month bar chart
 * of paid payouts drawn as plain SVG with a table for screen readers. A thin view over
 * {@link usePayoutSummaryView}.
 */
import { forwardRef, useId, type ComponentPropsWithoutRef } from 'react';
import { usePayoutSummaryView, type PayoutChartView } from '../../hooks/payoutsView';
import { useSectionMessages } from '../../provider/RevampdProvider';
import { withWidgetBoundary } from '../ui/WidgetBoundary';
import { joinClassNames, useElementClass } from '../ui/elementClass';
import { EmptyState, ResourceStates } from '../ui/ResourceState';
import { enUSPayouts } from '../../i18n/en-US';

/** Props of {@link PayoutSummary}: every other `<section>` attribute (`id`, `aria-*`, `data-*`) is passed on. */
export interface PayoutSummaryProps extends ComponentPropsWithoutRef<'section'> {
  /** Classes added to the root `<section>`, after its own `rvp-PayoutSummary rvp-widget`. */
  className?: string | undefined;
}

// -------------------------------------------------------------------------------------------------
// Chart
// -------------------------------------------------------------------------------------------------

function MonthChart({ chart }: { chart: PayoutChartView }) {
  const m = useSectionMessages('payouts', enUSPayouts);
  const titleId = useId();
  return (
    <figure className="rvp-PayoutSummary-chart">
      <figcaption id={titleId} className="rvp-PayoutSummary-chartTitle">
        {m.chartTitle}
      </figcaption>
      {/* role="img": the bars are one picture to assistive tech; the table below reads it out. */}
      <svg
        className="rvp-PayoutSummary-svg"
        role="img"
        aria-labelledby={titleId}
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        preserveAspectRatio="xMidYMid meet"
        focusable="false"
      >
        <line
          className="rvp-PayoutSummary-axis"
          x1={0}
          x2={chart.width}
          y1={chart.baselineY}
          y2={chart.baselineY}
        />
        {chart.bars.map((bar) => (
          <g key={bar.month} className="rvp-PayoutSummary-month" data-month={bar.month}>
            {bar.height > 0 && (
              <rect
                className="rvp-PayoutSummary-bar"
                x={bar.x}
                y={bar.y}
                width={bar.width}
                height={bar.height}
                rx={2}
              >
                <title>{`${bar.label}: ${bar.amount}`}</title>
              </rect>
            )}
            <text className="rvp-PayoutSummary-label" x={bar.labelX} y={chart.labelY} textAnchor="middle">
              {bar.shortLabel}
            </text>
          </g>
        ))}
      </svg>
      {/* The wrapper hides it: a table will not shrink to the 1px a hidden box needs. */}
      <div className="rvp-visually-hidden">
        <table>
          <caption>{m.chartTable}</caption>
          <thead>
            <tr>
              <th scope="col">{m.month}</th>
              <th scope="col">{m.total}</th>
            </tr>
          </thead>
          <tbody>
            {chart.bars.map((bar) => (
              <tr key={bar.month}>
                <th scope="row">{bar.label}</th>
                <td>{bar.amount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

// -------------------------------------------------------------------------------------------------
// PayoutSummary
// -------------------------------------------------------------------------------------------------

/** The earnings summary of the Affiliate Payouts section. */
const PayoutSummaryView = /*#__PURE__*/ forwardRef<HTMLElement, PayoutSummaryProps>(function PayoutSummary(
  { className, ...rest },
  ref,
) {
  const m = useSectionMessages('payouts', enUSPayouts);
  const summary = usePayoutSummaryView();
  const headingId = useId();
  const widgetClass = useElementClass('widget');
  const headingClass = useElementClass('sectionHeading');
  const view = summary.view;
  return (
    <section
      aria-labelledby={headingId}
      {...rest}
      ref={ref}
      className={joinClassNames('rvp-PayoutSummary', 'rvp-widget', widgetClass, className)}
      aria-busy={view.kind === 'loading' || undefined}
      data-state={view.kind}
    >
      <h2 id={headingId} className={joinClassNames('rvp-Section-heading', headingClass)}>
        {m.heading}
      </h2>
      <ResourceStates
        view={view}
        onRetry={summary.retry}
        retrying={summary.isFetching}
        updatedAt={summary.dataUpdatedAt}
      >
        <dl className="rvp-PayoutSummary-totals">
          {summary.periods.map((period) => (
            <div key={period.key} className="rvp-PayoutSummary-total" data-period={period.key}>
              <dt className="rvp-PayoutSummary-totalLabel">{period.label}</dt>
              <dd className="rvp-PayoutSummary-totalAmount">{period.amount}</dd>
              {period.range && <dd className="rvp-PayoutSummary-range">{period.range}</dd>}
            </div>
          ))}
        </dl>
        {summary.isEmpty ? (
          <EmptyState>
            <p>{m.empty}</p>
          </EmptyState>
        ) : (
          summary.chart && <MonthChart chart={summary.chart} />
        )}
      </ResourceStates>
    </section>
  );
});

/** {@link PayoutSummaryView} inside its own error boundary (faults.md 36). */
export const PayoutSummary = /*#__PURE__*/ withWidgetBoundary('PayoutSummary', PayoutSummaryView);
