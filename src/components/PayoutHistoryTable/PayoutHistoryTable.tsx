'use client';
/**
 * PayoutHistoryTable: section 7, Affiliate Payouts. Every payout with its date (paid, or
 * created while pending), status, amount and whether it became a wallet credit, on the
 * shared DataTable; plus the note that payouts are credited to the Revampd wallet and pay
 * Revampd-level items only. A thin view over {@link usePayoutsTable}.
 */
import type { Payout, PayoutStatus } from '../../api/schemas';
import { isPayoutCredited, usePayoutsTable } from '../../hooks/payoutsTable';
import { useRevampd } from '../../provider/RevampdProvider';
import { DataTable } from '../ui/DataTable/DataTable';
import { StatusBadge, type StatusTone } from '../ui/StatusBadge';

/** Props of {@link PayoutHistoryTable}. */
export interface PayoutHistoryTableProps {
  /** Rows per page first. @default 10 */
  initialPageSize?: number | undefined;
  className?: string | undefined;
}

const STATUS_TONE: Record<PayoutStatus, StatusTone> = {
  paid: 'success',
  pending: 'info',
  failed: 'danger',
};

/** The payout history of the Affiliate Payouts section. */
export function PayoutHistoryTable({ initialPageSize, className }: PayoutHistoryTableProps) {
  const { messages, t } = useRevampd();
  const { list, table } = usePayoutsTable({ initialPageSize });
  const m = messages.payouts;

  // Only the badge and the credit marker need markup; every other cell is the column's own.
  const renderCell = (columnId: string, row: Payout) => {
    if (columnId === 'status')
      return <StatusBadge tone={STATUS_TONE[row.status]}>{m.status[row.status]}</StatusBadge>;
    if (columnId === 'walletCredit') {
      const credited = isPayoutCredited(row);
      return (
        <span className="rvp-PayoutHistoryTable-credit" data-credited={credited || undefined}>
          {credited ? m.credited : m.notCredited}
        </span>
      );
    }
    return undefined;
  };

  return (
    // Not a named region: the DataTable's scrolling region already carries the same name,
    // and two landmarks called "Payout history" would be ambiguous (axe landmark-unique).
    <section
      className={['rvp-PayoutHistoryTable', 'rvp-widget', className].filter(Boolean).join(' ')}
      aria-busy={list.status === 'pending' || undefined}
    >
      <h2 className="rvp-Section-heading">{m.historyHeading}</h2>
      <p className="rvp-Section-intro">{t(m.historyNote)}</p>
      <DataTable
        instance={table}
        list={list}
        caption={m.historyHeading}
        emptyMessage={m.empty}
        exportName="payouts"
        renderCell={renderCell}
      />
    </section>
  );
}
