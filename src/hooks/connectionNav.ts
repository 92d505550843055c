/**
 * The headless state of the connection's menu: which sections it shows (in the seed's
 * order, without the hidden ones and, when ticket submission is switched off, without
 * Submit Ticket), their labels and attention badges (Tickets: awaiting your reply;
 * Invoices: open), the active one, and the setter. Keyboard behaviour (arrows, Home, End,
 * one tab stop) belongs to the tabs primitive a view renders it with: ours is Radix Tabs,
 * and a host may use the same or its own.
 */
import { useCallback, useMemo, useRef } from 'react';
import type { Attention } from '../api/schemas';
import type { Features } from '../model/features';
import {
  CONNECTION_SECTIONS,
  isConnectionSection,
  sectionLabel,
  type ConnectionSection,
} from '../model/sections';
import type { Messages } from '../i18n/en-US';
import { useRevampd, useSectionMessages } from '../provider/RevampdProvider';
import { useAttention } from './attention';
import { useControllableState } from './useControllableState';
import { enUSNav } from '../i18n/en-US';

const NO_SECTIONS: readonly ConnectionSection[] = [];

/** Options of {@link useConnectionNav}: the menu's section triad and what it leaves out. */
export interface UseConnectionNavOptions {
  /** The active section (controlled). */
  section?: ConnectionSection | undefined;
  /** The section active at first (uncontrolled). @default "plan" */
  defaultSection?: ConnectionSection | undefined;
  /** Told of the section a person picks, controlled or not. */
  onSectionChange?: ((section: ConnectionSection) => void) | undefined;
  /** Sections to leave out. */
  hiddenSections?: readonly ConnectionSection[] | undefined;
}

/** A count shown beside a menu entry, e.g. the tickets awaiting your reply. */
export interface ConnectionNavBadge {
  /** How many, always above zero (no badge is shown for 0). */
  count: number;
  /** The count as shown, in the locale's digits ("3"; "٣" in Egyptian Arabic). */
  countText: string;
  /** The count in words, e.g. "3 awaiting your reply": part of the entry's accessible name. */
  label: string;
}

/** One entry of the menu. */
export interface ConnectionNavItem {
  /** The section the entry opens; also the tab's value. */
  section: ConnectionSection;
  /** The menu label from the messages (e.g. "Affiliate Payouts"). */
  label: string;
  /** The entry's section is the one shown. */
  selected: boolean;
  /** Tickets: awaiting your reply; Invoices: open; `null` for none (or not known yet). */
  badge: ConnectionNavBadge | null;
  /**
   * The entry's accessible name: the label, then the badge in words when there is one
   * ("Tickets, 3 awaiting your reply"), so the count is heard, not only seen.
   */
  accessibleName: string;
}

/** What {@link useConnectionNav} returns. */
export interface ConnectionNavState {
  /** The sections shown, in the seed's order. */
  items: readonly ConnectionNavItem[];
  /** The section shown now, controlled or not. */
  active: ConnectionSection;
  /**
   * Picks a section (a tabs primitive's `onValueChange`). Radix selects a tab on mouse-down
   * and again on the focus that follows; while a controlled host has not yet applied the
   * first request, the repeat would reach it twice, so a request is reported once until the
   * section moves. Unknown values are ignored.
   */
  select: (value: string) => void;
  /** The menu's accessible name ("Revampd connection", brand applied). */
  label: string;
}

/** What else decides the menu's entries, beyond the hidden sections. */
export interface ConnectionNavContext {
  /** The provider's switches: without `submitTickets`, Submit Ticket is not in the menu. */
  features?: Readonly<Pick<Features, 'submitTickets'>> | undefined;
  /** The attention summary the badges count from. */
  attention?: Attention | undefined;
  /** The provider's `t`, to word the badges. */
  t?: ((template: string, values?: Readonly<Record<string, string | number>>) => string) | undefined;
}

/** The badge of a section from the attention summary, or `null`. */
function badgeOf(
  section: ConnectionSection,
  messages: Pick<Messages, 'nav'>,
  context: ConnectionNavContext,
): ConnectionNavBadge | null {
  const { attention, t } = context;
  if (!attention || !t) return null;
  const count =
    section === 'tickets'
      ? attention.ticketsAwaitingCustomer
      : section === 'invoices'
        ? attention.openInvoices.count
        : 0;
  if (count <= 0) return null;
  const template = section === 'tickets' ? messages.nav.ticketsBadge : messages.nav.invoicesBadge;
  // `t` writes numbers in the locale's format: the one place that does, for badges too.
  return { count, countText: t('{count}', { count }), label: t(template, { count }) };
}

/**
 * The menu's entries: every section but the hidden ones (and Submit Ticket when ticket
 * submission is switched off), in the seed's order, labelled, with their badges.
 */
export function connectionNavItems(
  hiddenSections: readonly ConnectionSection[],
  messages: Pick<Messages, 'nav'>,
  active: ConnectionSection | null,
  context: ConnectionNavContext = {},
): ConnectionNavItem[] {
  const submitOff = context.features?.submitTickets === false;
  return CONNECTION_SECTIONS.filter(
    (section) => !hiddenSections.includes(section) && !(submitOff && section === 'submitTicket'),
  ).map((section) => {
    const label = sectionLabel(section, messages);
    const badge = badgeOf(section, messages, context);
    return {
      section,
      label,
      selected: section === active,
      badge,
      accessibleName: badge ? `${label}, ${badge.label}` : label,
    };
  });
}

/**
 * The menu's entries for the provider's features and the attention summary (refetched on
 * focus and after a payment, reply or cancel), memoised by the hidden sections' value.
 */
export function useConnectionNavItems(
  hiddenSections: readonly ConnectionSection[],
  active: ConnectionSection | null,
): ConnectionNavItem[] {
  const { t, features } = useRevampd();
  const m = useSectionMessages('nav', enUSNav);
  const nav = m;
  const attention = useAttention().data;
  // By value, so a host's inline array does not rebuild the items every render.
  const hiddenKey = hiddenSections.join(',');
  return useMemo(
    () =>
      connectionNavItems(hiddenKey.split(',').filter(isConnectionSection), { nav }, active, {
        features,
        attention,
        t,
      }),
    [hiddenKey, nav, active, features, attention, t],
  );
}

/** The connection's menu, controlled or not through {@link useControllableState}. */
export function useConnectionNav(options: UseConnectionNavOptions = {}): ConnectionNavState {
  const { t } = useRevampd();
  const m = useSectionMessages('nav', enUSNav);
  const [active, setActive] = useControllableState<ConnectionSection>({
    prop: options.section,
    defaultProp: options.defaultSection ?? 'plan',
    onChange: options.onSectionChange,
  });
  const requested = useRef<{ from: ConnectionSection; to: ConnectionSection } | null>(null);
  const select = useCallback(
    (value: string) => {
      if (!isConnectionSection(value) || value === active) return;
      if (requested.current?.from === active && requested.current.to === value) return;
      requested.current = { from: active, to: value };
      setActive(value);
    },
    [active, setActive],
  );
  const items = useConnectionNavItems(options.hiddenSections ?? NO_SECTIONS, active);
  return { items, active, select, label: t(m.label) };
}
