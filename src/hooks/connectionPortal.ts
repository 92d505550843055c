/**
 * The headless state of ConnectionPortal: where the portal is (controlled through
 * `location`, or the older `section`, or uncontrolled, through {@link useControllableState}
 * like every triad of the library), which sections it shows, and the moves that change it:
 * a tab picked, a link between sections followed, a ticket opened or left. Focus follows a
 * move to the new panel's heading. A host that renders its own portal markup uses
 * {@link useConnectionPortal} with any tabs primitive and the library's widgets (or its own).
 *
 * How the sections move each other: "View ticket #N" on Submit Ticket opens that ticket in
 * Tickets, a wallet transaction opens Invoices or Payouts. Only the active panel is mounted,
 * so the widgets never talk to each other directly; the portal's panels turn the navigation
 * into the widgets' own props and callbacks.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type RefCallback,
} from 'react';
import type { TicketListFilters } from '../api/queries';
import { CONNECTION_SECTIONS, isConnectionSection, type ConnectionSection } from '../model/sections';
import { useRevampd } from '../provider/RevampdProvider';
import {
  formatSectionLocation,
  normalizeSectionLocation,
  normalizeTicketLocationFilters,
  sameSectionLocation,
  type SectionLocation,
} from '../routing/location';
import { useControllableState } from './useControllableState';

/** The item a navigation is about, when there is one. */
export interface PortalTarget {
  /** Opens this ticket's detail in Tickets. */
  ticketId?: string | undefined;
  /**
   * The invoice a link is about: Invoices shows its page, marks the row and focuses it
   * (loading more pages if it is not among the first ones).
   */
  invoiceId?: string | undefined;
  /** The payout a link is about: Affiliate Payouts shows and focuses its row, like `invoiceId`. */
  payoutId?: string | undefined;
}

/**
 * The row the last link asked a list section to show. Not part of the location (a host's
 * URL does not carry it): it lasts until the person goes to another section.
 */
export interface PortalRowTarget {
  /** The section whose table holds the row. */
  readonly section: ConnectionSection;
  /** The row's id, e.g. an invoice's or a payout's. */
  readonly rowId: string;
}

/** What {@link usePortalNavigation} returns inside a ConnectionPortal. */
export interface PortalNavigation {
  /** Where the portal is now. */
  readonly location: SectionLocation;
  /**
   * Goes to `section` (and the ticket, invoice or payout of `target`), tells the host
   * through `onLocationChange`, and moves focus to the new panel's heading (or the
   * ticket's, or the invoice's or payout's row once it is shown).
   */
  readonly navigate: (section: ConnectionSection, target?: PortalTarget) => void;
}

/** The portal's own wiring: what its panels need beyond the public part. */
export interface PortalNavigationContextValue extends PortalNavigation {
  /**
   * The Tickets panel's `onOpenTicketChange`: the ticket a person opened (or left, with
   * `null`) becomes the location, without focus being moved (the table places it).
   */
  readonly showTicket: (ticketId: string | null) => void;
  /**
   * The Tickets panel's `onFiltersChange`: the list's filters become part of the location
   * (so a deep link keeps a search), without focus being moved.
   */
  readonly showTicketFilters: (filters: TicketListFilters) => void;
  /** The row a link asked the active section to show, or `null`. */
  readonly rowTarget: PortalRowTarget | null;
}

/** Set by ConnectionPortal; `null` outside one. */
export const PortalNavigationContext = /*#__PURE__*/ createContext<PortalNavigationContextValue | null>(null);

/**
 * The enclosing ConnectionPortal's navigation, or `null` outside a portal (a widget on its
 * own then offers no cross-section links unless its host passes a callback).
 *
 * @example
 * const portal = usePortalNavigation();
 * portal?.navigate('tickets', { ticketId: ticket.id });
 */
export function usePortalNavigation(): PortalNavigation | null {
  return useContext(PortalNavigationContext);
}

// -------------------------------------------------------------------------------------------------
// useConnectionPortal
// -------------------------------------------------------------------------------------------------

/** Options of {@link useConnectionPortal}: the location triad, the section triad, what to leave out. */
export interface UseConnectionPortalOptions {
  /**
   * Where the portal is (controlled): the section and, in Tickets, the open ticket and the
   * list's filters, e.g. from a host's router. Takes precedence over `section`.
   */
  location?: SectionLocation | undefined;
  /** Where the portal starts (uncontrolled). @default { section: "plan" } */
  defaultLocation?: SectionLocation | undefined;
  /** Told of every new location: a section picked, a ticket opened or left, a link followed. */
  onLocationChange?: ((location: SectionLocation) => void) | undefined;
  /** The active section (controlled), when a host tracks only the section. */
  section?: ConnectionSection | undefined;
  /** The section shown first (uncontrolled). @default "plan" */
  defaultSection?: ConnectionSection | undefined;
  /** Told of the section a person picks or a link leads to. */
  onSectionChange?: ((section: ConnectionSection) => void) | undefined;
  /** Sections to leave out (Submit Ticket is left out too when ticket submission is off). */
  hiddenSections?: readonly ConnectionSection[] | undefined;
}

/** What {@link ConnectionPortalState.getPanelProps} returns: spread on each section's panel. */
export interface ConnectionPortalPanelProps {
  /** Registers the panel, so a move can focus its heading. */
  ref: RefCallback<HTMLElement>;
  /** Every panel but the active one is hidden (and only the active one has children). */
  hidden: boolean;
  /** The section the panel shows. */
  'data-section': ConnectionSection;
}

/** What {@link useConnectionPortal} returns. */
export interface ConnectionPortalState {
  /** Where the portal is now. */
  location: SectionLocation;
  /** The sections shown, in the seed's order: every one but the hidden (and switched-off) ones. */
  sections: readonly ConnectionSection[];
  /**
   * Picks a section: a tabs primitive's `onValueChange`. Radix selects a tab on mouse-down
   * and again on the focus that follows; while a controlled host has not applied the first
   * request, the repeat would reach it twice, so a request is reported once. Unknown values
   * and hidden sections are ignored.
   */
  select: (value: string) => void;
  /**
   * The navigation the panels read (provide it with {@link PortalNavigationContext}, or pass
   * its callbacks to the widgets yourself): `navigate`, `showTicket`, `showTicketFilters`,
   * and the row a link asked the active section to show.
   */
  navigation: PortalNavigationContextValue;
  /** Props of the panel of `section`: its registration for focus, `hidden`, `data-section`. */
  getPanelProps: (section: ConnectionSection) => ConnectionPortalPanelProps;
}

/** Focuses `element`; headings are not in the tab order, -1 makes them focusable from script. */
function focusElement(element: HTMLElement): void {
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus();
}

/**
 * Moves focus to the heading of `panel`, so a keyboard or screen reader user lands where the
 * content changed instead of on the link that is gone. While the heading has not rendered
 * (the section's code or data still arriving) the panel itself takes focus, and the heading
 * takes it once it appears, unless the person has moved focus since. Returns what stops
 * that wait (a next move, or the portal unmounting).
 */
function focusPanel(panel: HTMLElement | null | undefined, keepFocusWithin = false): () => void {
  const done = () => undefined;
  if (!panel) return done;
  // A panel that just placed focus itself (a targeted row already loaded) knows better.
  if (keepFocusWithin && panel.contains(panel.ownerDocument.activeElement)) return done;
  const heading = panel.querySelector<HTMLElement>('h2, h3');
  if (heading) {
    focusElement(heading);
    return done;
  }
  focusElement(panel);
  const observer = new MutationObserver(() => {
    const arrived = panel.querySelector<HTMLElement>('h2, h3');
    if (!arrived) return;
    observer.disconnect();
    if (panel.ownerDocument.activeElement === panel) focusElement(arrived);
  });
  observer.observe(panel, { childList: true, subtree: true });
  return () => observer.disconnect();
}

/** The row of `target` that `section` can show: invoices in Invoices, payouts in Payouts. */
function rowTargetOf(section: ConnectionSection, target: PortalTarget): PortalRowTarget | null {
  const rowId =
    section === 'invoices' ? target.invoiceId : section === 'payouts' ? target.payoutId : undefined;
  return rowId ? { section, rowId } : null;
}

/**
 * The portal's location, its sections and the moves between them; see the module comment.
 *
 * @example
 * const portal = useConnectionPortal({ location, onLocationChange: setLocation });
 * <PortalNavigationContext.Provider value={portal.navigation}>
 *   {portal.sections.map((section) => (
 *     <button key={section} onClick={() => portal.select(section)}>{section}</button>
 *   ))}
 *   {portal.sections.map((section) => (
 *     <div key={section} {...portal.getPanelProps(section)}>
 *       {section === portal.location.section ? renderSection(section) : null}
 *     </div>
 *   ))}
 * </PortalNavigationContext.Provider>
 */
export function useConnectionPortal(options: UseConnectionPortalOptions = {}): ConnectionPortalState {
  const { location: controlled, section: controlledSection, onLocationChange, onSectionChange } = options;
  const { features } = useRevampd();
  const hiddenKey = JSON.stringify(options.hiddenSections ?? []);
  const sections = useMemo(
    () =>
      CONNECTION_SECTIONS.filter(
        (section) =>
          !(options.hiddenSections ?? []).includes(section) &&
          // Ticket submission switched off: the section leaves the menu and the panels alike.
          !(section === 'submitTicket' && !features.submitTickets),
      ),
    // hiddenKey stands for hiddenSections by value (a host's inline array).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [hiddenKey, features.submitTickets],
  );

  // Each panel registers itself, so a move focuses the new panel without a DOM query that
  // would tie the hook to one markup.
  const panels = useRef(new Map<ConnectionSection, HTMLElement>());
  const panelRefs = useRef(new Map<ConnectionSection, RefCallback<HTMLElement>>());
  const panelRef = (section: ConnectionSection): RefCallback<HTMLElement> => {
    let ref = panelRefs.current.get(section);
    if (!ref) {
      ref = (element) => {
        if (element) panels.current.set(section, element);
        else panels.current.delete(section);
      };
      panelRefs.current.set(section, ref);
    }
    return ref;
  };
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
  const latest = useRef({ location, onSectionChange, sections });
  useEffect(() => {
    latest.current = { location, onSectionChange, sections };
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
  // A panel focused before its heading rendered waits for it; a next move or unmount stops that.
  const stopWaitingForHeading = useRef<() => void>(() => undefined);
  useEffect(() => () => stopWaitingForHeading.current(), []);

  // Radix selects a tab on mouse-down and again on the focus that follows; while a
  // controlled host has not applied the first request, the repeat would reach it twice.
  const requested = useRef<{ from: string; to: string } | null>(null);
  const selectTab = useCallback(
    (value: string) => {
      if (!isConnectionSection(value) || !latest.current.sections.includes(value)) return;
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
    if (pending.ticketId === undefined) {
      stopWaitingForHeading.current();
      stopWaitingForHeading.current = focusPanel(panels.current.get(location.section), true);
    }
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
          stopWaitingForHeading.current();
          stopWaitingForHeading.current = focusPanel(panels.current.get(latest.current.location.section));
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
    [location, change, rowTarget],
  );

  const getPanelProps = (section: ConnectionSection): ConnectionPortalPanelProps => ({
    ref: panelRef(section),
    hidden: section !== location.section,
    'data-section': section,
  });

  return { location, sections, select: selectTab, navigation, getPanelProps };
}
