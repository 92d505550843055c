'use client';
/**
 * PayoutHistoryTable: section 7, Affiliate Payouts. Every payout with its date (paid, or
 * created while pending), status (and why a failed one failed, as inert text), amount and
 * whether it became a wallet credit, filtered by status and dates, on the shared
 * DataTable; plus the note that payouts are credited to the Revampd wallet and pay
 * Revampd-level items only. A thin view over {@link usePayoutsTable}.
 */
import { forwardRef, type HTMLAttributes } from 'react';
import { isPayoutCredited, payoutFailureReason, usePayoutsTable } from '../../hooks/payoutsTable';
import { STATUS_TONES } from '../../model/statusTones';
import { useRevampd, useSectionMessages } from '../../provider/RevampdProvider';
import { DataTable } from '../ui/DataTable/DataTable';
import { FilterBar, FilterDateRange, FilterSelect, useFilterBar } from '../ui/DataTable/DataTableFilters';
import { SectionShell } from '../ui/SectionShell';
import { StatusBadge } from '../ui/StatusBadge';
import { enUSPayouts } from '../../i18n/en-US';

/** Props of {@link PayoutHistoryTable}: other props (`id`, `aria-*`, `data-*`) go on its `<section>`. */
export interface PayoutHistoryTableProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** Rows per page first. @default 10 */
  defaultPageSize?: number | undefined;
  /** The old name of `defaultPageSize`, still read when that is unset. @deprecated Use `defaultPageSize`. */
  initialPageSize?: number | undefined;
  /**
   * A payout to bring to the person, e.g. from a host's URL or the wallet's "View payout"
   * link: its page is shown (older payouts load if needed) and its row is marked and
   * focused.
   * @default null
   */
  targetPayoutId?: string | null | undefined;
  /** Classes added to the root `<section>`, after its own `rvp-PayoutHistoryTable rvp-widget`. */
  className?: string | undefined;
}

/** The payout history of the Affiliate Payouts section, over {@link usePayoutsTable}. */
export const PayoutHistoryTable = /*#__PURE__*/ forwardRef<HTMLElement, PayoutHistoryTableProps>(
  function PayoutHistoryTable(
    { defaultPageSize, initialPageSize, targetPayoutId = null, className, ...rest },
    ref,
  ) {
    const { t } = useRevampd();
    const { list, table, filters } = usePayoutsTable({ defaultPageSize: defaultPageSize ?? initialPageSize });
    const m = useSectionMessages('payouts', enUSPayouts);
    const filterBar = useFilterBar(filters);

    return (
      // A region named by its heading, like every section. The DataTable inside is not a
      // region itself, so "Payout history" names one landmark only.
      <SectionShell
        {...rest}
        ref={ref}
        widgetClassName="rvp-PayoutHistoryTable"
        className={className}
        heading={m.historyHeading}
        intro={t(m.historyNote)}
        busy={list.status === 'pending'}
      >
        <FilterBar {...filterBar.barProps}>
          <FilterSelect label={m.columns.status} filter={filters.status} />
          <FilterDateRange legend={m.createdRange} filter={filters.created} />
        </FilterBar>
        <DataTable
          instance={table}
          list={list}
          caption={m.historyHeading}
          emptyMessage={filterBar.emptyMessage(m.empty)}
          exportName="payouts"
          // Only the badge, the failure reason and the credit marker need markup; every other
          // cell is the column's own.
          cells={{
            status: (row) => {
              const reason = payoutFailureReason(row);
              return (
                <span className="rvp-PayoutHistoryTable-status">
                  <StatusBadge tone={STATUS_TONES.payout[row.status]}>{m.status[row.status]}</StatusBadge>
                  {reason !== null && (
                    // The API's text for people, untrusted: rendered as text, isolated, wrapped.
                    <span className="rvp-PayoutHistoryTable-reason">
                      {m.failureReason} <bdi>{reason}</bdi>
                    </span>
                  )}
                </span>
              );
            },
            walletCredit: (row) => {
              const credited = isPayoutCredited(row);
              return (
                <span className="rvp-PayoutHistoryTable-credit" data-credited={credited ? '' : undefined}>
                  {credited ? m.credited : m.notCredited}
                </span>
              );
            },
          }}
          targetRowId={targetPayoutId}
        />
      </SectionShell>
    );
  },
);
