/**
 * How the widgets inside one ConnectionPortal move each other: "View ticket #N" on Submit
 * Ticket opens that ticket in Tickets, a wallet transaction opens Invoices or Payouts.
 * Only the active panel is mounted, so the widgets never talk to each other directly; they
 * ask the portal, which owns the location (and tells a host router about it).
 */
import { createContext, useContext } from 'react';
import type { SectionLocation } from '../../routing/location';
import type { ConnectionSection } from '../ConnectionNav/sections';

/** The item a navigation is about, when there is one. */
export interface PortalTarget {
  /** Opens this ticket's detail in Tickets. */
  ticketId?: string | undefined;
  /**
   * The invoice a link is about. Invoices lists every invoice and opens none on its own
   * yet, so today this only picks the section; it is accepted so callers need not change.
   */
  invoiceId?: string | undefined;
  /** The payout a link is about; like `invoiceId`, it only picks the section today. */
  payoutId?: string | undefined;
}

/** What {@link usePortalNavigation} returns inside a ConnectionPortal. */
export interface PortalNavigation {
  /** Where the portal is now. */
  readonly location: SectionLocation;
  /**
   * Goes to `section` (and the ticket of `target`, in Tickets), tells the host through
   * `onLocationChange`, and moves focus to the new panel's heading (or the ticket's).
   */
  readonly navigate: (section: ConnectionSection, target?: PortalTarget) => void;
}

/** The portal's own wiring: what its panels need beyond the public part. */
export interface PortalNavigationContextValue extends PortalNavigation {
  /**
   * Tickets reports the ticket a person opened (or left, with `null`) by itself, so the
   * location follows without focus being moved: the table already placed it.
   */
  readonly showTicket: (ticketId: string | null) => void;
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
