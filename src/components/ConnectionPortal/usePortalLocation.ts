/**
 * The portal's location, controlled (`location`, or the older `section`) or uncontrolled
 * (through {@link useControllableState}, like every triad of the library), and the moves
 * that change it: a tab picked, a link followed, a ticket opened or left.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useControllableState } from '../../hooks/useControllableState';
import type { TicketListFilters } from '../../api/queries';
import {
  formatSectionLocation,
  normalizeSectionLocation,
  normalizeTicketLocationFilters,
  sameSectionLocation,
  type SectionLocation,
} from '../../routing/location';
import { isConnectionSection, type ConnectionSection } from '../../model/sections';
import type { PortalNavigationContextValue, PortalRowTarget, PortalTarget } from './navigation';

/** The location props of ConnectionPortal. */
export interface PortalLocationOptions {
  location?: SectionLocation | undefined;
  defaultLocation?: SectionLocation | undefined;
  onLocationChange?: ((location: SectionLocation) => void) | undefined;
  section?: ConnectionSection | undefined;
  defaultSection?: ConnectionSection | undefined;
  onSectionChange?: ((section: ConnectionSection) => void) | undefined;
}

/** What {@link usePortalLocation} returns. */
export interface PortalLocationState {
  location: SectionLocation;
  /** Radix Tabs' `onValueChange`. */
  selectTab: (value: string) => void;
  /** The context value the portal's panels read. */
  navigation: PortalNavigationContextValue;
}

/**
 * Moves focus to the heading of the portal's active panel, or to the panel itself while
 * the heading has not rendered (e.g. a loading state), so a keyboard or screen reader user
 * lands where the content changed instead of on the link that is gone.
 */
function focusActivePanel(root: HTMLElement | null, keepFocusWithin = false): void {
  const panel = root?.querySelector<HTMLElement>(':scope > .rvp-ConnectionPortal-panel[data-state="active"]');
  if (!panel) return;
  // A panel that just placed focus itself (a targeted row already loaded) knows better.
  if (keepFocusWithin && panel.contains(panel.ownerDocument.activeElement)) return;
  const heading = panel.querySelector<HTMLElement>('h2, h3');
  if (!heading) {
    panel.focus();
    return;
  }
  // Section headings are not in the tab order; -1 makes them focusable from script only.
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
}

/** The row of `target` that `section` can show: invoices in Invoices, payouts in Payouts. */
function rowTargetOf(section: ConnectionSection, target: PortalTarget): PortalRowTarget | null {
  const rowId =
    section === 'invoices' ? target.invoiceId : section === 'payouts' ? target.payoutId : undefined;
  return rowId ? { section, rowId } : null;
}

/** The portal's location state; `rootRef` is the portal's root, where focus is moved. */
export function usePortalLocation(
  options: PortalLocationOptions,
  rootRef: RefObject<HTMLElement | null>,
): PortalLocationState {
  const { location: controlled, section: controlledSection, onLocationChange, onSectionChange } = options;
  // `own` is the host's `location` when it controls one. When it controls only `section`
  // (or nothing), it is kept here, so a ticket stays with its section.
  const [own, setOwn] = useControllableState<SectionLocation>({
    prop: controlled,
    defaultProp: normalizeSectionLocation(
      options.defaultLocation ?? { section: options.defaultSection ?? 'plan' },
    ),
    onChange: onLocationChange,
  });

  const section = controlledSection !== undefined && !controlled ? controlledSection : own.section;
  const ticketId = section === own.section ? own.ticketId : undefined;
  const ticketFilters = section === own.section ? own.ticketFilters : undefined;
  // By value: a host router may hand over a new filters object on every render.
  const filtersKey = JSON.stringify(ticketFilters ?? null);
  const location = useMemo(
    () => normalizeSectionLocation({ section, ticketId, ticketFilters }),
    // filtersKey stands for ticketFilters by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [section, ticketId, filtersKey],
  );

  // Set by a link, dropped when the portal shows another section (a tab, a host router).
  const [storedRowTarget, setRowTarget] = useState<PortalRowTarget | null>(null);
  const rowTarget = storedRowTarget?.section === section ? storedRowTarget : null;
  useEffect(() => {
    setRowTarget((current) => (current && current.section !== section ? null : current));
  }, [section]);

  // Read by the callbacks, so the context value keeps its identity while nothing moved.
  const latest = useRef({ location, onSectionChange });
  useEffect(() => {
    latest.current = { location, onSectionChange };
  });

  const isControlled = controlled !== undefined;
  const change = useCallback(
    (next: SectionLocation): boolean => {
      const current = latest.current.location;
      if (sameSectionLocation(current, next)) return false;
      const normalized = normalizeSectionLocation(next);
      // Until the host re-renders, `latest` still holds the old place; a second move in the
      // same tick (e.g. a link and the tab's focus) compares against this one.
      latest.current = { ...latest.current, location: isControlled ? current : normalized };
      if (normalized.section !== current.section) latest.current.onSectionChange?.(normalized.section);
      // Stored when uncontrolled, and reported to `onLocationChange` either way.
      setOwn(normalized);
      return true;
    },
    [isControlled, setOwn],
  );

  // After `navigate`, focus waits for the new panel to render.
  const pendingFocus = useRef<SectionLocation | null>(null);

  // Radix selects a tab on mouse-down and again on the focus that follows; while a
  // controlled host has not applied the first request, the repeat would reach it twice.
  const requested = useRef<{ from: string; to: string } | null>(null);
  const selectTab = useCallback(
    (value: string) => {
      if (!isConnectionSection(value)) return;
      if (value !== latest.current.location.section) setRowTarget(null);
      const from = formatSectionLocation(latest.current.location);
      if (requested.current?.from === from && requested.current.to === value) return;
      pendingFocus.current = null;
      if (change({ section: value })) requested.current = { from, to: value };
    },
    [change],
  );

  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending || pending.section !== location.section) return;
    pendingFocus.current = null;
    // An opened ticket's detail focuses its own heading once it is shown.
    if (pending.ticketId === undefined) focusActivePanel(rootRef.current, true);
  });

  const navigation = useMemo<PortalNavigationContextValue>(
    () => ({
      location,
      navigate: (nextSection: ConnectionSection, target: PortalTarget = {}) => {
        const next = normalizeSectionLocation({ section: nextSection, ticketId: target.ticketId });
        setRowTarget(rowTargetOf(nextSection, target));
        pendingFocus.current = next;
        requested.current = null;
        // Already there: nothing re-renders, so focus moves now.
        if (!change(next) && next.ticketId === undefined) {
          pendingFocus.current = null;
          focusActivePanel(rootRef.current);
        }
      },
      showTicket: (shown: string | null) => {
        // The list's filters stay: Back from a ticket returns to the same list.
        const { ticketFilters: filters } = latest.current.location;
        change({ section: 'tickets', ticketId: shown ?? undefined, ticketFilters: filters });
      },
      showTicketFilters: (filters: TicketListFilters) => {
        const current = latest.current.location;
        change({
          section: 'tickets',
          ticketId: current.ticketId,
          ticketFilters: normalizeTicketLocationFilters(filters),
        });
      },
      rowTarget,
    }),
    [location, change, rootRef, rowTarget],
  );

  return { location, selectTab, navigation };
}
