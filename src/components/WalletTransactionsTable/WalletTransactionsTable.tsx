'use client';
/**
 * WalletTransactionsTable: section 6, Wallet, under "Transactions". The wallet's whole
 * ledger — date, description, type, signed amount and the balance after each transaction —
 * filtered by type and by "From" / "To" days in the org's zone, paged over every server
 * page, exported as CSV with the running balance, and each payout credit or invoice payment
 * linked to its row in Affiliate Payouts or Invoices. A thin view over
 * {@link useWalletTransactionsTable}.
 */
import { forwardRef, type HTMLAttributes, type RefObject } from 'react';
import type { WalletTransaction } from '../../api/schemas';
import { useFormatters } from '../../hooks/formatters';
import { useWalletTransactionsTable } from '../../hooks/walletTransactionsTable';
import type { WalletLinkSection } from '../../hooks/walletView';
import { useRevampd, useSectionMessages } from '../../provider/RevampdProvider';
import { Button } from '../ui/Button';
import { DataTable } from '../ui/DataTable/DataTable';
import { FilterBar, FilterDateRange, FilterSelect, useFilterBar } from '../ui/DataTable/DataTableFilters';
import { SectionShell } from '../ui/SectionShell';
import { withWidgetBoundary } from '../ui/WidgetBoundary';
import { enUSWallet } from '../../i18n/en-US';

/** Props of {@link WalletTransactionsTable}: other props (`id`, `aria-*`, `data-*`) go on its `<section>`. */
export interface WalletTransactionsTableProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /**
   * Called when a person opens the payout a credit came from or the invoice a payment
   * went to (its id). Without it, the ledger shows no links: the host decides how sections
   * are reached (ConnectionPortal passes its own).
   * @default undefined
   */
  onNavigate?: ((section: WalletLinkSection, id: string) => void) | undefined;
  /** Rows per page first. @default 10 */
  defaultPageSize?: number | undefined;
  /**
   * The section's heading, which takes focus by script (e.g. after WalletCard's "View all
   * transactions"): pass a ref to reach it.
   */
  headingRef?: RefObject<HTMLHeadingElement | null> | undefined;
  /** Classes added to the root `<section>`, after its own `rvp-WalletTransactionsTable rvp-widget`. */
  className?: string | undefined;
}

/** The wallet's ledger with its running balance, over {@link useWalletTransactionsTable}. */
const WalletTransactionsTableView = /*#__PURE__*/ forwardRef<HTMLElement, WalletTransactionsTableProps>(
  function WalletTransactionsTable({ onNavigate, defaultPageSize, headingRef, className, ...rest }, ref) {
    const { t } = useRevampd();
    const format = useFormatters();
    const { list, table, filters, linkOf, directionOf } = useWalletTransactionsTable({ defaultPageSize });
    const m = useSectionMessages('wallet', enUSWallet);
    const filterBar = useFilterBar(filters);

    const renderLink = (transaction: WalletTransaction) => {
      const link = linkOf(transaction);
      if (!link || !onNavigate) return null;
      return (
        <Button
          variant="ghost"
          className="rvp-WalletTransactionsTable-link"
          onClick={() => onNavigate(link.section, link.id)}
        >
          {link.label}
          {/* The visible label repeats on every row; the hidden part tells them apart. */}
          <span className="rvp-visually-hidden">: {transaction.description}</span>
        </Button>
      );
    };

    return (
      <SectionShell
        {...rest}
        ref={ref}
        widgetClassName="rvp-WalletTransactionsTable"
        className={className}
        heading={m.ledgerHeading}
        intro={m.ledgerIntro}
        busy={list.status === 'pending'}
        headingRef={headingRef}
      >
        <FilterBar {...filterBar.barProps}>
          <FilterSelect label={m.columns.kind} filter={filters.kind} />
          <FilterDateRange legend={m.createdRange} filter={filters.created} />
        </FilterBar>
        <DataTable
          instance={table}
          list={list}
          caption={m.ledgerHeading}
          emptyMessage={filterBar.emptyMessage(t(m.emptyTransactions))}
          exportName="wallet-transactions"
          cells={{
            description: (transaction) => <bdi>{transaction.description}</bdi>,
            amount: (transaction) => (
              <span className="rvp-WalletTransactionsTable-amount" data-direction={directionOf(transaction)}>
                {format.money(transaction.amount, { signDisplay: 'exceptZero' })}
              </span>
            ),
          }}
          rowActions={onNavigate ? { header: m.relatedColumn, render: renderLink } : undefined}
        />
      </SectionShell>
    );
  },
);

/** {@link WalletTransactionsTableView} inside its own error boundary (faults.md 36). */
export const WalletTransactionsTable = /*#__PURE__*/ withWidgetBoundary(
  'WalletTransactionsTable',
  WalletTransactionsTableView,
);
