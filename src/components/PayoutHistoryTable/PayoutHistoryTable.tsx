'use client';
/**
 * PayoutHistoryTable: section 7, Affiliate Payouts. Every payout with its date (paid, or
 * created while pending), status, amount and whether it became a wallet credit, on the
 * shared DataTable; plus the note that payouts are credited to the Revampd wallet and pay
 * Revampd-level items only. A thin view over {@link usePayoutsTable}.
 */
import { useContext } from 'react';
import type { Payout, PayoutStatus } from '../../api/schemas';
import { isPayoutCredited, usePayoutsTable } from '../../hooks/payoutsTable';
import { useRevampd } from '../../provider/RevampdProvider';
import { PortalNavigationContext } from '../ConnectionPortal/navigation';
import { DataTable } from '../ui/DataTable/DataTable';
import { StatusBadge, type StatusTone } from '../ui/StatusBadge';

/** Props of {@link PayoutHistoryTable}. */
export interface PayoutHistoryTableProps {
  /** Rows per page first. @default 10 */
  initialPageSize?: number | undefined;
  /**
   * A payout to bring to the person, e.g. from a host's URL: its page is shown (older
   * payouts load if needed) and its row is marked and focused. Inside ConnectionPortal the
   * payout of the link that led there decides instead.
   * @default null
   */
  targetPayoutId?: string | null | undefined;
  className?: string | undefined;
}

const STATUS_TONE: Record<PayoutStatus, StatusTone> = {
  paid: 'success',
  pending: 'info',
  failed: 'danger',
};

/** The payout history of the Affiliate Payouts section. */
export function PayoutHistoryTable({ initialPageSize, targetPayoutId, className }: PayoutHistoryTableProps) {
  const { messages, t } = useRevampd();
  const { list, table } = usePayoutsTable({ initialPageSize });
  // Inside ConnectionPortal the wallet's "View payout" link names the payout.
  const portal = useContext(PortalNavigationContext);
  const targetRowId = portal
    ? portal.rowTarget?.section === 'payouts'
      ? portal.rowTarget.rowId
      : null
    : targetPayoutId;
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
        targetRowId={targetRowId}
      />
    </section>
  );
}
