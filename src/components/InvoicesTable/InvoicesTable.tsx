'use client';
/**
 * InvoicesTable: section 5, Invoices. Revampd-issued invoices with a safe PDF link and
 * paying an open one with wallet credits behind a confirmation that shows the balance
 * before and after. A thin view over {@link useInvoicesTable}.
 */
import { useContext, useRef } from 'react';
import type { Invoice } from '../../api/schemas';
import { useFormatters } from '../../hooks/formatters';
import { INVOICE_STATUS_TONE, useInvoicesTable } from '../../hooks/tables';
import { useRevampd } from '../../provider/RevampdProvider';
import { PortalNavigationContext } from '../ConnectionPortal/navigation';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog/ConfirmDialog';
import { DataTable } from '../ui/DataTable/DataTable';
import { SectionShell } from '../ui/SectionShell';
import { StatusBadge } from '../ui/StatusBadge';

/** Props of {@link InvoicesTable}. */
export interface InvoicesTableProps {
  /**
   * An invoice to bring to the person, e.g. from a host's URL: its page is shown (more
   * pages load if needed) and its row is marked and focused. Inside ConnectionPortal the
   * invoice of the link that led there decides instead.
   * @default null
   */
  targetInvoiceId?: string | null | undefined;
  className?: string | undefined;
}

/** The Invoices section: invoices, PDF links and pay-with-wallet, over {@link useInvoicesTable}. */
export function InvoicesTable({ className, targetInvoiceId }: InvoicesTableProps) {
  const { list, table, pay, pdfUrl } = useInvoicesTable();
  // Inside ConnectionPortal the wallet's "View invoice" link names the invoice.
  const portal = useContext(PortalNavigationContext);
  const targetRowId = portal
    ? portal.rowTarget?.section === 'invoices'
      ? portal.rowTarget.rowId
      : null
    : targetInvoiceId;
  const { messages, t } = useRevampd();
  const format = useFormatters();
  const m = messages.invoices;
  const headingRef = useRef<HTMLHeadingElement>(null);

  const renderActions = (invoice: Invoice) => {
    const href = pdfUrl(invoice);
    const payable = pay.canPay(invoice);
    return (
      <span className="rvp-InvoicesTable-actions">
        {href && (
          <a
            className="rvp-InvoicesTable-pdf"
            href={href}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={t(m.downloadPdfLabel, { number: invoice.number })}
          >
            {m.downloadPdf}
          </a>
        )}
        {payable && (
          <Button
            variant="primary"
            aria-label={`${m.payWithWallet}: ${invoice.number}`}
            onClick={() => pay.request(invoice)}
          >
            {m.payWithWallet}
          </Button>
        )}
        {!payable && invoice.issuer === 'partner' && invoice.status === 'open' && (
          <span className="rvp-InvoicesTable-note">{m.partnerIssued}</span>
        )}
      </span>
    );
  };

  const renderCell = (columnId: string, invoice: Invoice) => {
    if (columnId === 'status') {
      return <StatusBadge tone={INVOICE_STATUS_TONE[invoice.status]}>{m.status[invoice.status]}</StatusBadge>;
    }
    if (columnId === 'actions') return renderActions(invoice);
    return undefined;
  };

  const target = pay.target;
  return (
    <SectionShell
      widgetClassName="rvp-InvoicesTable"
      className={className}
      heading={m.heading}
      intro={t(m.intro)}
      busy={list.status === 'pending'}
      notice={pay.notice}
      headingRef={headingRef}
    >
      <DataTable
        instance={table}
        list={list}
        caption={m.heading}
        emptyMessage={t(m.empty)}
        exportName="invoices"
        renderCell={renderCell}
        targetRowId={targetRowId}
      />
      <ConfirmDialog
        open={target !== null}
        title={t(m.payTitle, { number: target?.number ?? '' })}
        confirmLabel={t(m.payConfirm, { amount: target ? format.money(target.amountDue) : '' })}
        busyLabel={m.paying}
        busy={pay.isPending}
        error={pay.errorText}
        hideConfirm={pay.insufficientFunds}
        onConfirm={() => void pay.confirm()}
        onCancel={pay.dismiss}
        fallbackFocus={() => headingRef.current}
      >
        {target && (
          <dl className="rvp-InvoicesTable-payment">
            <div>
              <dt>{m.payBalanceBefore}</dt>
              <dd>{pay.wallet ? format.money(pay.wallet.balance) : messages.common.loading}</dd>
            </div>
            <div>
              <dt>{m.payAmount}</dt>
              <dd>{format.money(target.amountDue)}</dd>
            </div>
            <div>
              <dt>{m.payBalanceAfter}</dt>
              <dd data-negative={pay.balanceAfter && pay.balanceAfter.amount < 0 ? '' : undefined}>
                {pay.balanceAfter ? format.money(pay.balanceAfter) : messages.common.none}
              </dd>
            </div>
          </dl>
        )}
      </ConfirmDialog>
    </SectionShell>
  );
}
