'use client';
/**
 * InvoicesTable: section 5, Invoices. Revampd-issued invoices, filtered by status, type,
 * issue date and a search (all sent to the API), with an Overdue badge, the total due of
 * the open ones, a safe PDF link and paying an open one with wallet credits behind a
 * confirmation that shows the balance before and after. A thin view over
 * {@link useInvoicesTable}.
 */
import { forwardRef, useRef, type HTMLAttributes } from 'react';
import type { Invoice } from '../../api/schemas';
import { useFormatters } from '../../hooks/formatters';
import { useInvoicesTable } from '../../hooks/invoicesTable';
import { STATUS_TONES } from '../../model/statusTones';
import { useRevampd, useSectionMessages } from '../../provider/RevampdProvider';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog/ConfirmDialog';
import { DataTable } from '../ui/DataTable/DataTable';
import {
  FilterBar,
  FilterDateRange,
  FilterNoResults,
  FilterSearch,
  FilterSelect,
  focusFirstFilter,
} from '../ui/DataTable/DataTableFilters';
import { SectionShell } from '../ui/SectionShell';
import { StatusBadge } from '../ui/StatusBadge';
import { enUSInvoices } from '../../i18n/en-US';

/** Props of {@link InvoicesTable}: other props (`id`, `aria-*`, `data-*`) go on its `<section>`. */
export interface InvoicesTableProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /**
   * An invoice to bring to the person, e.g. from a host's URL or the wallet's "View
   * invoice" link: its page is shown (more pages load if needed) and its row is marked and
   * focused.
   * @default null
   */
  targetInvoiceId?: string | null | undefined;
  /** Classes added to the root `<section>`, after its own `rvp-InvoicesTable rvp-widget`. */
  className?: string | undefined;
}

/** The Invoices section: invoices, PDF links and pay-with-wallet, over {@link useInvoicesTable}. */
export const InvoicesTable = /*#__PURE__*/ forwardRef<HTMLElement, InvoicesTableProps>(function InvoicesTable(
  { className, targetInvoiceId = null, ...rest },
  ref,
) {
  const { list, table, pay, pdfUrl, filters, isOverdue, totalDue } = useInvoicesTable();
  const { messages, t } = useRevampd();
  const m = useSectionMessages('invoices', enUSInvoices);
  const format = useFormatters();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const filtersRef = useRef<HTMLDivElement>(null);
  const clearFilters = () => {
    filters.clear();
    focusFirstFilter(filtersRef.current);
  };

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
      {totalDue && totalDue.count > 0 && (
        <dl className="rvp-InvoicesTable-totals">
          <div>
            <dt>{m.totalDue}</dt>
            <dd>{totalDue.formatted}</dd>
          </div>
          <div>
            <dt>{m.openCount}</dt>
            <dd>{totalDue.count}</dd>
          </div>
        </dl>
      )}
      <FilterBar ref={filtersRef} active={filters.active} onClear={clearFilters}>
        <FilterSearch label={m.search} hint={m.searchHint} filter={filters.search} />
        <FilterSelect label={m.columns.status} filter={filters.status} />
        <FilterSelect label={m.columns.type} filter={filters.type} />
        <FilterDateRange legend={m.issuedRange} filter={filters.issued} />
      </FilterBar>
      <DataTable
        instance={table}
        list={list}
        caption={m.heading}
        emptyMessage={
          filters.noResults ? <FilterNoResults text={filters.noResults} onClear={clearFilters} /> : t(m.empty)
        }
        exportName="invoices"
        cells={{
          status: (invoice) => (
            <span className="rvp-InvoicesTable-status">
              <StatusBadge tone={STATUS_TONES.invoice[invoice.status]}>
                {m.status[invoice.status]}
              </StatusBadge>
              {isOverdue(invoice) && <StatusBadge tone="danger">{m.overdue}</StatusBadge>}
            </span>
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
