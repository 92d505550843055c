'use client';
/**
 * InvoicesTable: section 5, Invoices. Revampd-issued invoices with a safe PDF link and
 * paying an open one with wallet credits behind a confirmation that shows the balance
 * before and after. A thin view over {@link useInvoicesTable}.
 */
import { forwardRef, useRef, type HTMLAttributes } from 'react';
import type { Invoice } from '../../api/schemas';
import { useFormatters } from '../../hooks/formatters';
import { useInvoicesTable } from '../../hooks/invoicesTable';
import { STATUS_TONES } from '../../model/statusTones';
import { useRevampd } from '../../provider/RevampdProvider';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog/ConfirmDialog';
import { DataTable } from '../ui/DataTable/DataTable';
import { SectionShell } from '../ui/SectionShell';
import { StatusBadge } from '../ui/StatusBadge';

/** Props of {@link InvoicesTable}: other props (`id`, `aria-*`, `data-*`) go on its `<section>`. */
export interface InvoicesTableProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /**
   * An invoice to bring to the person, e.g. from a host's URL or the wallet's "View
   * invoice" link: its page is shown (more pages load if needed) and its row is marked and
   * focused.
   * @default null
   */
  targetInvoiceId?: string | null | undefined;
  className?: string | undefined;
}

/** The Invoices section: invoices, PDF links and pay-with-wallet, over {@link useInvoicesTable}. */
export const InvoicesTable = /*#__PURE__*/ forwardRef<HTMLElement, InvoicesTableProps>(function InvoicesTable(
  { className, targetInvoiceId = null, ...rest },
  ref,
) {
  const { list, table, pay, pdfUrl } = useInvoicesTable();
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

  const target = pay.target;
  return (
    <SectionShell
      {...rest}
      ref={ref}
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
        cells={{
          status: (invoice) => (
            <StatusBadge tone={STATUS_TONES.invoice[invoice.status]}>{m.status[invoice.status]}</StatusBadge>
          ),
        }}
        rowActions={{ header: m.columns.actions, render: renderActions }}
        targetRowId={targetInvoiceId}
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
});
