'use client';
/**
 * WalletCard: section 6, Wallet. The balance of this connection's wallet and when it was
 * last updated, whether it covers the open invoices (or by how much it falls short), what
 * its credits pay for (Revampd-issued items only, never Partner invoices), and the latest
 * transactions with signed amounts, with "View all transactions". A thin view over
 * {@link useWalletCardView}.
 */
import { forwardRef, useId, type ComponentPropsWithoutRef } from 'react';
import {
  useWalletCardView,
  type WalletCardView,
  type WalletLinkSection,
  type WalletTransactionRow,
} from '../../hooks/walletView';
import { useSectionMessages } from '../../provider/RevampdProvider';
import { withWidgetBoundary } from '../ui/WidgetBoundary';
import { joinClassNames, useElementClass } from '../ui/elementClass';
import { Button } from '../ui/Button';
import { ResourceStates } from '../ui/ResourceState';
import { enUSWallet } from '../../i18n/en-US';

/** Props of {@link WalletCard}: every other `<section>` attribute (`id`, `aria-*`, `data-*`) is passed on. */
export interface WalletCardProps extends ComponentPropsWithoutRef<'section'> {
  /**
   * Called when a person opens the payout a credit came from or the invoice a payment
   * went to. Without it, transactions show no links: inside `ConnectionPortal` the host
   * decides how sections are reached (e.g. its router).
   * @default undefined
   */
  onNavigate?: ((section: WalletLinkSection, id: string) => void) | undefined;
  /**
   * Called by "View all transactions", e.g. to bring the host's `WalletTransactionsTable`
   * (the whole ledger) into view. Without it, the button is not shown.
   * @default undefined
   */
  onViewAllTransactions?: (() => void) | undefined;
  /** How many of the newest transactions to list. @default 5 */
  recentCount?: number | undefined;
  /** Classes added to the root `<section>`, after its own `rvp-WalletCard rvp-widget`. */
  className?: string | undefined;
}

// -------------------------------------------------------------------------------------------------
// Parts
// -------------------------------------------------------------------------------------------------

function Balance({ card }: { card: WalletCardView }) {
  const m = useSectionMessages('wallet', enUSWallet);
  return (
    <div className="rvp-WalletCard-summary">
      <dl className="rvp-WalletCard-balance" data-direction={card.balanceDirection ?? undefined}>
        <dt className="rvp-WalletCard-balanceLabel">{m.balance}</dt>
        <dd className="rvp-WalletCard-balanceAmount">{card.balance}</dd>
        <dd className="rvp-WalletCard-updated">{card.updatedAt}</dd>
      </dl>
      {card.coverage && (
        <p className="rvp-WalletCard-coverage" data-covers={card.coverage.covers ? '' : undefined}>
          {card.coverage.text}
        </p>
      )}
      {card.negativeNotice && (
        <p className="rvp-WalletCard-negative" role="note">
          {card.negativeNotice}
        </p>
      )}
      <ul className="rvp-WalletCard-scope">
        <li data-scope="pays">{card.paysFor}</li>
        <li data-scope="never">{card.neverPaysFor}</li>
      </ul>
    </div>
  );
}

function TransactionRow({
  row,
  onNavigate,
}: {
  row: WalletTransactionRow;
  onNavigate: WalletCardProps['onNavigate'];
}) {
  const link = row.link;
  return (
    <tr role="row" className="rvp-WalletCard-row" data-kind={row.kind}>
      <td role="cell" className="rvp-WalletCard-date">
        {row.date}
      </td>
      <td role="cell" className="rvp-WalletCard-description">
        <span>{row.description}</span>
        {link && onNavigate && (
          <Button
            variant="ghost"
            className="rvp-WalletCard-link"
            onClick={() => onNavigate(link.section, link.id)}
          >
            {link.label}
            {/* The visible label repeats on every row; the hidden part tells them apart. */}
            <span className="rvp-visually-hidden">: {row.description}</span>
          </Button>
        )}
      </td>
      <td role="cell" className="rvp-WalletCard-kind">
        {row.kindLabel}
      </td>
      <td role="cell" className="rvp-WalletCard-amount" data-direction={row.direction}>
        {row.amount}
      </td>
    </tr>
  );
}

function Transactions({
  card,
  onNavigate,
  onViewAll,
}: {
  card: WalletCardView;
  onNavigate: WalletCardProps['onNavigate'];
  onViewAll: WalletCardProps['onViewAllTransactions'];
}) {
  const m = useSectionMessages('wallet', enUSWallet);
  const headingId = useId();
  const view = card.transactionsView;
  const list = card.transactionsQuery;
  return (
    <div className="rvp-WalletCard-transactions" aria-busy={view.kind === 'loading' || undefined}>
      <h3 id={headingId} className="rvp-WalletCard-subheading">
        {m.transactions}
      </h3>
      <ResourceStates
        view={view}
        onRetry={card.retryTransactions}
        retrying={list.isFetching}
        updatedAt={list.dataUpdatedAt}
        empty={<p>{m.emptyTransactions}</p>}
      >
        <div className="rvp-WalletCard-tableWrap">
          {/* Explicit roles throughout: in a narrow container the CSS shows the rows as blocks
              (a container query, so the markup cannot know when), and some engines (Safari)
              drop a table's semantics once its parts' `display` changes. */}
          <table role="table" className="rvp-WalletCard-table" aria-labelledby={headingId}>
            <thead role="rowgroup">
              <tr role="row">
                <th role="columnheader" scope="col">
                  {m.columns.date}
                </th>
                <th role="columnheader" scope="col">
                  {m.columns.description}
                </th>
                <th role="columnheader" scope="col">
                  {m.columns.kind}
                </th>
                <th role="columnheader" scope="col" className="rvp-WalletCard-amount">
                  {m.columns.amount}
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {card.transactions.map((row) => (
                <TransactionRow key={row.id} row={row} onNavigate={onNavigate} />
              ))}
            </tbody>
          </table>
        </div>
        {onViewAll && (
          <Button variant="ghost" className="rvp-WalletCard-viewAll" onClick={onViewAll}>
            {m.viewAll}
          </Button>
        )}
      </ResourceStates>
    </div>
  );
}

// -------------------------------------------------------------------------------------------------
// WalletCard
// -------------------------------------------------------------------------------------------------

/** The Wallet section: balance, whether it covers the open invoices, what credits pay for, latest transactions. */
const WalletCardView = /*#__PURE__*/ forwardRef<HTMLElement, WalletCardProps>(function WalletCard(
  { onNavigate, onViewAllTransactions, recentCount, className, ...rest },
  ref,
) {
  const m = useSectionMessages('wallet', enUSWallet);
  const card = useWalletCardView({ recentCount });
  const headingId = useId();
  const widgetClass = useElementClass('widget');
  const headingClass = useElementClass('sectionHeading');
  const view = card.view;
  return (
    <section
      aria-labelledby={headingId}
      {...rest}
      ref={ref}
      className={joinClassNames('rvp-WalletCard', 'rvp-widget', widgetClass, className)}
      aria-busy={view.kind === 'loading' || undefined}
      data-state={view.kind}
      data-balance={card.balanceDirection ?? undefined}
    >
      <h2 id={headingId} className={joinClassNames('rvp-Section-heading', headingClass)}>
        {m.heading}
      </h2>
      <ResourceStates
        view={view}
        onRetry={card.retry}
        retrying={card.isFetching}
        updatedAt={card.walletUpdatedAt}
      >
        <Balance card={card} />
        <Transactions card={card} onNavigate={onNavigate} onViewAll={onViewAllTransactions} />
      </ResourceStates>
    </section>
  );
});

/** {@link WalletCardView} inside its own error boundary (faults.md 36). */
export const WalletCard = /*#__PURE__*/ withWidgetBoundary('WalletCard', WalletCardView);
