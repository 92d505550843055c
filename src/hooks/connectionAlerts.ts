/**
 * The headless state behind `ConnectionAlerts`: what needs the Sub-Org's attention, most
 * urgent first, each with the section it is about and the words for it — from the one
 * `useAttention()` query. Empty when all is well, while it loads and when it fails (a
 * banner that cannot say anything says nothing; the sections keep their own states).
 */
import { useMemo } from 'react';
import type { Attention } from '../api/schemas';
import type { MessageValues } from '../i18n/messages';
import { pluralForm, type PluralMessage } from '../i18n/plural';
import type { ConnectionSection } from '../model/sections';
import type { StatusTone } from '../model/statusTones';
import { useRevampd, useSectionMessages } from '../provider/RevampdProvider';
import { useAttention } from './attention';
import { useFormatters } from './formatters';
import type { ResourceQuery } from './shared';
import { enUSAlerts } from '../i18n/en-US';

/** What an alert is about. */
export type ConnectionAlertKind =
  | 'overdueInvoices'
  | 'walletShortfall'
  | 'ticketsAwaitingReply'
  | 'failedPayouts';

/** One thing that needs attention, ready to render. */
export interface ConnectionAlert {
  /** What the alert is about; a stable key for rendering, tests and a host's own icons. */
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

/** What stays the same for each kind of alert: where it leads, its link's words, its tone. */
interface AlertKindSpec {
  kind: ConnectionAlertKind;
  section: ConnectionSection;
  /** The link's text, a key of `messages.alerts`. */
  action: 'viewInvoices' | 'viewWallet' | 'viewTickets' | 'viewPayouts';
  tone: StatusTone;
}

/** Every kind of alert, in the order alerts are listed: money owed past its due date first. */
const ALERT_KINDS: readonly AlertKindSpec[] = [
  { kind: 'overdueInvoices', section: 'invoices', action: 'viewInvoices', tone: 'danger' },
  { kind: 'walletShortfall', section: 'wallet', action: 'viewWallet', tone: 'warning' },
  { kind: 'ticketsAwaitingReply', section: 'tickets', action: 'viewTickets', tone: 'info' },
  { kind: 'failedPayouts', section: 'payouts', action: 'viewPayouts', tone: 'warning' },
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
  const { t, locale } = useRevampd();
  const m = useSectionMessages('alerts', enUSAlerts);
  const format = useFormatters();
  const summary = attention.data;

  const alerts = useMemo((): ConnectionAlert[] => {
    if (!summary) return [];
    const { overdueInvoices, walletShortfall, ticketsAwaitingCustomer, failedPayouts } = summary;
    const counted = (message: PluralMessage, count: number, values: MessageValues = {}) =>
      t(pluralForm(message, locale, count), { count, ...values });
    // Each kind's sentence, or `null` when there is nothing to say about it.
    const texts: Readonly<Record<ConnectionAlertKind, string | null>> = {
      overdueInvoices:
        overdueInvoices.count > 0
          ? counted(m.overdue, overdueInvoices.count, { amount: format.money(overdueInvoices.amountDue) })
          : null,
      walletShortfall:
        walletShortfall !== null && walletShortfall.amount > 0
          ? t(m.shortfall, { amount: format.money(walletShortfall) })
          : null,
      ticketsAwaitingReply: ticketsAwaitingCustomer > 0 ? counted(m.awaiting, ticketsAwaitingCustomer) : null,
      failedPayouts: failedPayouts > 0 ? counted(m.failedPayouts, failedPayouts) : null,
    };
    return ALERT_KINDS.flatMap(({ kind, section, action, tone }) => {
      const text = texts[kind];
      return text === null ? [] : [{ kind, section, text, actionLabel: m[action], tone }];
    });
  }, [summary, t, m, locale, format]);

  return { alerts, attention };
}
