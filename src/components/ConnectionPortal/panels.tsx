/**
 * What each section's panel renders inside ConnectionPortal, one line per section. The
 * widgets know nothing of the portal: each gets, as props, what the portal's location
 * decides for it (the open ticket, the row a link is about) and callbacks that move the
 * portal (the way a host would wire them to its own router).
 */
import type { ReactNode } from 'react';
import type { ConnectionSection } from '../../model/sections';
import { AddOnsTable } from '../AddOnsTable/AddOnsTable';
import { InvoicesTable } from '../InvoicesTable/InvoicesTable';
import { PayoutHistoryTable } from '../PayoutHistoryTable/PayoutHistoryTable';
import { PayoutSummary } from '../PayoutSummary/PayoutSummary';
import { PlanManagedNotice } from '../PlanManagedNotice/PlanManagedNotice';
import { TicketForm } from '../TicketForm/TicketForm';
import { TicketsTable } from '../TicketsTable/TicketsTable';
import { WalletCard } from '../WalletCard/WalletCard';
import type { PortalNavigationContextValue } from './navigation';

/** The row a link asked `section` to show, or `null`. */
function rowTargetIn(portal: PortalNavigationContextValue, section: ConnectionSection): string | null {
  return portal.rowTarget?.section === section ? portal.rowTarget.rowId : null;
}

/** Renders the panel of each section, given the portal's navigation. */
export const SECTION_PANELS: Record<ConnectionSection, (portal: PortalNavigationContextValue) => ReactNode> =
  {
    plan: () => <PlanManagedNotice />,
    addOns: () => <AddOnsTable />,
    // The open ticket is part of the portal's location, so a deep link, "View ticket #N" on
    // Submit Ticket and a host router's Back all reach the table.
    tickets: (portal) => (
      <TicketsTable openTicketId={portal.location.ticketId ?? null} onOpenTicketChange={portal.showTicket} />
    ),
    submitTicket: (portal) => (
      <TicketForm onViewTicket={(ticket) => portal.navigate('tickets', { ticketId: ticket.id })} />
    ),
    invoices: (portal) => <InvoicesTable targetInvoiceId={rowTargetIn(portal, 'invoices')} />,
    wallet: (portal) => (
      <WalletCard
        onNavigate={(section, id) =>
          portal.navigate(section, section === 'invoices' ? { invoiceId: id } : { payoutId: id })
        }
      />
    ),
    payouts: (portal) => (
      <>
        <PayoutSummary />
        <PayoutHistoryTable targetPayoutId={rowTargetIn(portal, 'payouts')} />
      </>
    ),
  };
