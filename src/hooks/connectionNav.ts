/**
 * The headless state of the connection's menu: which sections it shows (in the seed's
 * order, without the hidden ones and, when ticket submission is switched off, without
 * Submit Ticket), their labels, the active one, and the setter. Keyboard behaviour (arrows,
 * Home, End, one tab stop) belongs to the tabs primitive a view renders it with: ours is
 * Radix Tabs, and a host may use the same or its own.
 */
import { useCallback, useMemo, useRef } from 'react';
import {
  CONNECTION_SECTIONS,
  isConnectionSection,
  sectionLabel,
  type ConnectionSection,
} from '../model/sections';
import type { Messages } from '../i18n/en-US';
import { useRevampd } from '../provider/RevampdProvider';
import { useControllableState } from './useControllableState';

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

/** One entry of the menu. */
export interface ConnectionNavItem {
  section: ConnectionSection;
  /** The menu label from the messages (e.g. "Affiliate Payouts"). */
  label: string;
  selected: boolean;
}

/** What {@link useConnectionNav} returns. */
export interface ConnectionNavState {
  /** The sections shown, in the seed's order. */
  items: readonly ConnectionNavItem[];
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

/** The menu's entries: every section but the hidden ones, in the seed's order, labelled. */
export function connectionNavItems(
  hiddenSections: readonly ConnectionSection[],
  messages: Messages,
  active: ConnectionSection | null,
): ConnectionNavItem[] {
  return CONNECTION_SECTIONS.filter((section) => !hiddenSections.includes(section)).map((section) => ({
    section,
    label: sectionLabel(section, messages),
    selected: section === active,
  }));
}

/** The connection's menu, controlled or not through {@link useControllableState}. */
export function useConnectionNav(options: UseConnectionNavOptions = {}): ConnectionNavState {
  const { messages, t } = useRevampd();
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
  // By value, so a host's inline array does not rebuild the items every render.
  const hiddenKey = (options.hiddenSections ?? []).join(',');
  const items = useMemo(
    () => connectionNavItems(hiddenKey.split(',').filter(isConnectionSection), messages, active),
    [hiddenKey, messages, active],
  );
  return { items, active, select, label: t(messages.nav.label) };
}
