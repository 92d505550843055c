'use client';
/**
 * PayoutHistoryTable: section 7, Affiliate Payouts. Every payout with its date (paid, or
 * created while pending), status, amount and whether it became a wallet credit, on the
 * shared DataTable; plus the note that payouts are credited to the Revampd wallet and pay
 * Revampd-level items only. A thin view over {@link usePayoutsTable}.
 */
import { forwardRef, type HTMLAttributes } from 'react';
import { isPayoutCredited, usePayoutsTable } from '../../hooks/payoutsTable';
import { STATUS_TONES } from '../../model/statusTones';
import { useRevampd } from '../../provider/RevampdProvider';
import { DataTable } from '../ui/DataTable/DataTable';
import { SectionShell } from '../ui/SectionShell';
import { StatusBadge } from '../ui/StatusBadge';

/** Props of {@link PayoutHistoryTable}: other props (`id`, `aria-*`, `data-*`) go on its `<section>`. */
export interface PayoutHistoryTableProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** Rows per page first. @default 10 */
  defaultPageSize?: number | undefined;
  /** @deprecated Use `defaultPageSize`. */
  initialPageSize?: number | undefined;
  /**
   * A payout to bring to the person, e.g. from a host's URL or the wallet's "View payout"
   * link: its page is shown (older payouts load if needed) and its row is marked and
   * focused.
   * @default null
   */
  targetPayoutId?: string | null | undefined;
  className?: string | undefined;
}

/** The payout history of the Affiliate Payouts section, over {@link usePayoutsTable}. */
export const PayoutHistoryTable = /*#__PURE__*/ forwardRef<HTMLElement, PayoutHistoryTableProps>(
  function PayoutHistoryTable(
    { defaultPageSize, initialPageSize, targetPayoutId = null, className, ...rest },
    ref,
  ) {
    const { messages, t } = useRevampd();
    const { list, table } = usePayoutsTable({ defaultPageSize: defaultPageSize ?? initialPageSize });
    const m = messages.payouts;

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
        <DataTable
          instance={table}
          list={list}
          caption={m.historyHeading}
          emptyMessage={m.empty}
          exportName="payouts"
          // Only the badge and the credit marker need markup; every other cell is the column's own.
          cells={{
            status: (row) => (
              <StatusBadge tone={STATUS_TONES.payout[row.status]}>{m.status[row.status]}</StatusBadge>
            ),
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
