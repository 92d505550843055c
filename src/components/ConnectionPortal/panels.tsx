/**
 * What each section's panel renders inside ConnectionPortal, one line per section. The
 * widgets know nothing of the portal: each gets, as props, what the portal's location
 * decides for it (the open ticket, the row a link is about) and callbacks that move the
 * portal (the way a host would wire them to its own router).
 */
import { useRef, type ReactNode } from 'react';
import type { ConnectionSection } from '../../model/sections';
import { AddOnsTable } from '../AddOnsTable/AddOnsTable';
import { InvoicesTable } from '../InvoicesTable/InvoicesTable';
import { PayoutHistoryTable } from '../PayoutHistoryTable/PayoutHistoryTable';
import { PayoutSummary } from '../PayoutSummary/PayoutSummary';
import { PlanManagedNotice } from '../PlanManagedNotice/PlanManagedNotice';
import { TicketForm } from '../TicketForm/TicketForm';
import { TicketsTable } from '../TicketsTable/TicketsTable';
import { WalletCard } from '../WalletCard/WalletCard';
import { WalletTransactionsTable } from '../WalletTransactionsTable/WalletTransactionsTable';
import type { PortalNavigationContextValue } from './navigation';

/** The row a link asked `section` to show, or `null`. */
function rowTargetIn(portal: PortalNavigationContextValue, section: ConnectionSection): string | null {
  return portal.rowTarget?.section === section ? portal.rowTarget.rowId : null;
}

/**
 * The Wallet panel: the card (balance, coverage, latest transactions), then the whole ledger
 * under "Transactions". "View all transactions" moves focus (and so the view) to the
 * ledger's heading; links in either lead to the payout's or invoice's row.
 */
function WalletPanel({ portal }: { portal: PortalNavigationContextValue }) {
  const ledgerHeading = useRef<HTMLHeadingElement>(null);
  const openRow = (section: 'invoices' | 'payouts', id: string) =>
    portal.navigate(section, section === 'invoices' ? { invoiceId: id } : { payoutId: id });
  return (
    <>
      <WalletCard onNavigate={openRow} onViewAllTransactions={() => ledgerHeading.current?.focus()} />
      <WalletTransactionsTable onNavigate={openRow} headingRef={ledgerHeading} />
    </>
  );
}

/** Renders the panel of each section, given the portal's navigation. */
export const SECTION_PANELS: Record<ConnectionSection, (portal: PortalNavigationContextValue) => ReactNode> =
  {
    plan: () => <PlanManagedNotice />,
    addOns: () => <AddOnsTable />,
    // The open ticket and the list's filters are part of the portal's location, so a deep
    // link, "View ticket #N" on Submit Ticket and a host router's Back all reach the table.
    tickets: (portal) => (
      <TicketsTable
        openTicketId={portal.location.ticketId ?? null}
        onOpenTicketChange={portal.showTicket}
        filters={portal.location.ticketFilters ?? {}}
        onFiltersChange={portal.showTicketFilters}
      />
    ),
    submitTicket: (portal) => (
      <TicketForm onViewTicket={(ticket) => portal.navigate('tickets', { ticketId: ticket.id })} />
    ),
    invoices: (portal) => <InvoicesTable targetInvoiceId={rowTargetIn(portal, 'invoices')} />,
    wallet: (portal) => <WalletPanel portal={portal} />,
    payouts: (portal) => (
      <>
        <PayoutSummary />
        <PayoutHistoryTable targetPayoutId={rowTargetIn(portal, 'payouts')} />
      </>
    ),
  };
