/**
 * The headless state behind `ConnectionAlerts`: what needs the Sub-Org's attention, most
 * urgent first, each with the section it is about and the words for it — from the one
 * `useAttention()` query. Empty when all is well, while it loads and when it fails (a
 * banner that cannot say anything says nothing; the sections keep their own states).
 */
import { useMemo } from 'react';
import type { Attention } from '../api/schemas';
import { pluralForm } from '../i18n/plural';
import type { ConnectionSection } from '../model/sections';
import type { StatusTone } from '../model/statusTones';
import { useRevampd } from '../provider/RevampdProvider';
import { useAttention } from './attention';
import { useFormatters } from './formatters';
import type { ResourceQuery } from './shared';

/** What an alert is about. */
export type ConnectionAlertKind =
  | 'overdueInvoices'
  | 'walletShortfall'
  | 'ticketsAwaitingReply'
  | 'failedPayouts';

/** One thing that needs attention, ready to render. */
export interface ConnectionAlert {
  kind: ConnectionAlertKind;
  /** The section that deals with it (its link's destination). */
  section: ConnectionSection;
  /** e.g. "2 overdue invoices: $120.00 due". */
  text: string;
  /** The link's text, e.g. "View invoices". */
  actionLabel: string;
  /** How urgent it looks; the text carries the meaning. */
  tone: StatusTone;
}

/** What {@link useConnectionAlerts} returns. */
export interface ConnectionAlertsState {
  /** Most urgent first; empty when nothing needs attention (or nothing is known yet). */
  alerts: readonly ConnectionAlert[];
  /** The attention query it is built from, for a host's own badges or states. */
  attention: ResourceQuery<Attention>;
}

/** The order alerts are listed in: money owed past its due date first. */
const URGENCY: readonly ConnectionAlertKind[] = [
  'overdueInvoices',
  'walletShortfall',
  'ticketsAwaitingReply',
  'failedPayouts',
];

/**
 * What needs attention, most urgent first: overdue invoices (count and amount), a wallet
 * that falls short of the open invoices (by how much), tickets awaiting your reply, failed
 * payouts of the last 90 days.
 *
 * @example
 * const { alerts } = useConnectionAlerts();
 * alerts.map((alert) => <a href={`#${alert.section}`}>{alert.text}</a>);
 */
export function useConnectionAlerts(): ConnectionAlertsState {
  const attention = useAttention();
  const { messages, t, locale } = useRevampd();
  const format = useFormatters();
  const m = messages.alerts;
  const summary = attention.data;

  const alerts = useMemo((): ConnectionAlert[] => {
    if (!summary) return [];
    const found: Partial<Record<ConnectionAlertKind, ConnectionAlert>> = {};
    const { overdueInvoices, walletShortfall, ticketsAwaitingCustomer, failedPayouts } = summary;
    if (overdueInvoices.count > 0) {
      found.overdueInvoices = {
        kind: 'overdueInvoices',
        section: 'invoices',
        text: t(pluralForm(m.overdue, locale, overdueInvoices.count), {
          count: overdueInvoices.count,
          amount: format.money(overdueInvoices.amountDue),
        }),
        actionLabel: m.viewInvoices,
        tone: 'danger',
      };
    }
    if (walletShortfall !== null && walletShortfall.amount > 0) {
      found.walletShortfall = {
        kind: 'walletShortfall',
        section: 'wallet',
        text: t(m.shortfall, { amount: format.money(walletShortfall) }),
        actionLabel: m.viewWallet,
        tone: 'warning',
      };
    }
    if (ticketsAwaitingCustomer > 0) {
      found.ticketsAwaitingReply = {
        kind: 'ticketsAwaitingReply',
        section: 'tickets',
        text: t(pluralForm(m.awaiting, locale, ticketsAwaitingCustomer), { count: ticketsAwaitingCustomer }),
        actionLabel: m.viewTickets,
        tone: 'info',
      };
    }
    if (failedPayouts > 0) {
      found.failedPayouts = {
        kind: 'failedPayouts',
        section: 'payouts',
        text: t(pluralForm(m.failedPayouts, locale, failedPayouts), { count: failedPayouts }),
        actionLabel: m.viewPayouts,
        tone: 'warning',
      };
    }
    return URGENCY.flatMap((kind) => found[kind] ?? []);
  }, [summary, t, m, locale, format]);

  return { alerts, attention };
}
