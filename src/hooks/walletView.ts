/**
 * The headless state behind `WalletCard`: the wallet, whether its balance covers the open
 * invoices, and its latest transactions, already formatted in the provider's locale and
 * zone, with each transaction's link target. A host can rebuild the card from this hook
 * alone.
 */
import { useMemo } from 'react';
import type { RevampdError } from '../api/errors';
import type { Wallet, WalletTransaction, WalletTransactionKind } from '../api/schemas';
import { resourceView, type ResourceView } from '../model/resourceView';
import { useRevampd, useSectionMessages } from '../provider/RevampdProvider';
import { pluralForm } from '../i18n/plural';
import { useAttention } from './attention';
import { useFormatters } from './formatters';
import type { ListQuery } from './shared';
import { useWallet, useWalletTransactions } from './wallet';
import { enUSWallet } from '../i18n/en-US';

// -------------------------------------------------------------------------------------------------
// Types
// -------------------------------------------------------------------------------------------------

/** Which way money moved; `zero` for an amount of 0 (or -0), which is neither. */
export type MoneyDirection = 'credit' | 'debit' | 'zero';

/** A section a wallet transaction can point to. */
export type WalletLinkSection = 'payouts' | 'invoices';

/** Where a transaction leads: the payout it credited, or the invoice it paid or refunded. */
export interface WalletTransactionLink {
  /** The portal section the link opens: Payouts or Invoices. */
  section: WalletLinkSection;
  /** The payout's or the invoice's id. */
  id: string;
  /** The button text, e.g. "View payout". */
  label: string;
}

/** One row of the recent transactions, ready to render. */
export interface WalletTransactionRow {
  /** The transaction's id, a stable key for the row. */
  id: string;
  /** The transaction as the API sent it (raw minor units and instant). */
  transaction: WalletTransaction;
  /** What moved the money, as the API names it. */
  kind: WalletTransactionKind;
  /** `kind` in the provider's language, e.g. "Payout credit". */
  kindLabel: string;
  /** e.g. `Mar 31, 2024` in the provider's zone. */
  date: string;
  /** The API's description (text for people, untrusted: render as text). */
  description: string;
  /** Always signed unless zero: `+$12.50`, `-$4.00`, `$0.00`. */
  amount: string;
  /** Which way the money moved, for styling: `credit`, `debit` or `zero`. */
  direction: MoneyDirection;
  /** The payout or invoice it leads to; `null` when it leads nowhere. */
  link: WalletTransactionLink | null;
}

/** Options of {@link useWalletCardView}. */
export interface WalletCardViewOptions {
  /** How many of the newest transactions to show. @default 5 */
  recentCount?: number | undefined;
}

/** Whether the balance covers the open invoices, from the server's attention summary. */
export interface WalletCoverage {
  /** `true` when the balance covers every open invoice's amount due. */
  covers: boolean;
  /** "Covers your 2 open invoices" or "$40.00 short of your open invoices". */
  text: string;
}

/** Everything `WalletCard` shows, as values. */
export interface WalletCardView {
  /** The card's state, decided by `GET /wallet` (403 there is no-access for the card). */
  view: ResourceView;
  /** The wallet as the API sent it; `undefined` until loaded. */
  wallet: Wallet | undefined;
  /** The balance in the locale's format; `null` until the wallet is loaded. */
  balance: string | null;
  /** `debit` for a negative balance, `zero` for 0. */
  balanceDirection: MoneyDirection | null;
  /** "Updated {time}" text, or `null` until loaded. */
  updatedAt: string | null;
  /** What credits pay for, with the brand name filled in. */
  paysFor: string;
  /** What credits never pay for. */
  neverPaysFor: string;
  /** Shown when the balance is below zero; `null` otherwise. */
  negativeNotice: string | null;
  /**
   * Whether the balance covers the open Revampd invoices, or by how much it falls short;
   * `null` while unknown or when nothing is open.
   */
  coverage: WalletCoverage | null;
  /** When the shown wallet was fetched (epoch ms), for the stale notice. */
  walletUpdatedAt: number;
  /** The state of the transactions list, apart from the card's. */
  transactionsView: ResourceView;
  /** The most recent transactions (`recentCount`, 5 by default), newest first. */
  transactions: WalletTransactionRow[];
  /** The underlying list, for paging or a host's own markup. */
  transactionsQuery: ListQuery<WalletTransaction>;
  /** A request of the card is in flight. */
  isFetching: boolean;
  /** The wallet's error, also while a stale balance is still shown. */
  error: RevampdError | null;
  /** Sends the wallet and the transactions requests again. */
  retry: () => void;
  /** Sends the transactions request again. */
  retryTransactions: () => void;
}

// -------------------------------------------------------------------------------------------------
// Pure helpers
// -------------------------------------------------------------------------------------------------

/** The direction of a signed amount of minor units. */
export function moneyDirection(amount: number): MoneyDirection {
  // `-0 < 0` is false, so -0 is zero here, as it must be (faults.md 14).
  if (amount > 0) return 'credit';
  if (amount < 0) return 'debit';
  return 'zero';
}

/**
 * Where a transaction links: a payout credit to its payout, an invoice payment or refund
 * to its invoice. Adjustments link nowhere.
 */
export function walletTransactionTarget(
  transaction: Pick<WalletTransaction, 'kind' | 'payoutId' | 'invoiceId'>,
): { section: WalletLinkSection; id: string } | null {
  if (transaction.kind === 'payout_credit' && transaction.payoutId) {
    return { section: 'payouts', id: transaction.payoutId };
  }
  if ((transaction.kind === 'invoice_payment' || transaction.kind === 'refund') && transaction.invoiceId) {
    return { section: 'invoices', id: transaction.invoiceId };
  }
  return null;
}

// -------------------------------------------------------------------------------------------------
// Hook
// -------------------------------------------------------------------------------------------------

/** The wallet card's state: balance, what credits pay for, recent transactions. */
export function useWalletCardView(options: WalletCardViewOptions = {}): WalletCardView {
  const recentCount = options.recentCount ?? 5;
  const { t, locale } = useRevampd();
  const m = useSectionMessages('wallet', enUSWallet);
  const format = useFormatters();
  const wallet = useWallet();
  const transactionsQuery = useWalletTransactions();

  const data = wallet.data;
  const view = resourceView(wallet, data !== undefined);
  const balanceDirection = data ? moneyDirection(data.balance.amount) : null;

  const transactions = useMemo(
    () =>
      transactionsQuery.items.slice(0, recentCount).map((transaction): WalletTransactionRow => {
        const target = walletTransactionTarget(transaction);
        return {
          id: transaction.id,
          transaction,
          kind: transaction.kind,
          kindLabel: m.kind[transaction.kind],
          date: format.date(transaction.createdAt),
          description: transaction.description,
          amount: format.money(transaction.amount, { signDisplay: 'exceptZero' }),
          direction: moneyDirection(transaction.amount.amount),
          link: target
            ? { ...target, label: target.section === 'payouts' ? m.viewPayout : m.viewInvoice }
            : null,
        };
      }),
    [transactionsQuery.items, recentCount, format, m],
  );

  const transactionsView = resourceView(
    { ...transactionsQuery, isEmpty: transactionsQuery.items.length === 0 },
    transactionsQuery.status === 'success' || transactionsQuery.items.length > 0,
  );

  const attention = useAttention();
  const coverage = useMemo((): WalletCoverage | null => {
    const summary = attention.data;
    if (!summary || summary.openInvoices.count === 0) return null;
    if (summary.walletShortfall) {
      return { covers: false, text: t(m.shortOfOpen, { amount: format.money(summary.walletShortfall) }) };
    }
    const count = summary.openInvoices.count;
    return { covers: true, text: t(pluralForm(m.coversOpen, locale, count), { count }) };
  }, [attention.data, t, m, format, locale]);

  const { refetch: refetchWallet } = wallet;
  const { refetch: refetchTransactions } = transactionsQuery;

  return {
    view,
    wallet: data,
    balance: data ? format.money(data.balance) : null,
    balanceDirection,
    updatedAt: data ? t(m.updatedAt, { time: format.date(data.updatedAt, 'dateTime') }) : null,
    paysFor: t(m.paysFor),
    neverPaysFor: t(m.neverPaysFor),
    negativeNotice: balanceDirection === 'debit' ? t(m.negative) : null,
    coverage,
    walletUpdatedAt: wallet.dataUpdatedAt,
    transactionsView,
    transactions,
    transactionsQuery,
    isFetching: wallet.isFetching || transactionsQuery.isFetching,
    error: wallet.error,
    retry: () => {
      void refetchWallet();
      refetchTransactions();
    },
    retryTransactions: refetchTransactions,
  };
}
