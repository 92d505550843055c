/**
 * How the sections of one ConnectionPortal move each other: "View ticket #N" on Submit
 * Ticket opens that ticket in Tickets, a wallet transaction opens Invoices or Payouts.
 * Only the active panel is mounted, so the widgets never talk to each other directly, and
 * they never read this either: the portal's panels (panels.tsx) turn it into the widgets'
 * own props and callbacks. The portal owns the location and tells a host router about it.
 */
import { createContext, useContext } from 'react';
import type { TicketListFilters } from '../../api/queries';
import type { SectionLocation } from '../../routing/location';
import type { ConnectionSection } from '../../model/sections';

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
