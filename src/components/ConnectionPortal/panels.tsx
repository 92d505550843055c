/**
 * What each section's panel renders inside ConnectionPortal. One line per section: a
 * widget joins the portal by replacing its placeholder here.
 */
import type { ReactNode } from 'react';
import type { ConnectionSection } from '../ConnectionNav/sections';
import { PlanManagedNotice } from '../PlanManagedNotice/PlanManagedNotice';
import { AddOnsTable } from '../AddOnsTable/AddOnsTable';
import { InvoicesTable } from '../InvoicesTable/InvoicesTable';
import { WalletCard } from '../WalletCard/WalletCard';
import { PayoutSummary } from '../PayoutSummary/PayoutSummary';
import { PayoutHistoryTable } from '../PayoutHistoryTable/PayoutHistoryTable';
import { TicketsTable } from '../TicketsTable/TicketsTable';
import { TicketForm } from '../TicketForm/TicketForm';
import { usePortalNavigation } from './navigation';

/** The wallet's transaction links lead to the portal's own Invoices and Payouts sections. */
function PortalWalletCard() {
  const portal = usePortalNavigation();
  return (
    <WalletCard
      onNavigate={
        portal
          ? (section, id) =>
              portal.navigate(section, section === 'invoices' ? { invoiceId: id } : { payoutId: id })
          : undefined
      }
    />
  );
}

/** Renders the panel of each section. Tickets and Submit Ticket read the portal's navigation themselves. */
export const SECTION_PANELS: Record<ConnectionSection, () => ReactNode> = {
  plan: () => <PlanManagedNotice />,
  addOns: () => <AddOnsTable />,
  tickets: () => <TicketsTable />,
  submitTicket: () => <TicketForm />,
  invoices: () => <InvoicesTable />,
  wallet: () => <PortalWalletCard />,
  payouts: () => (
    <>
      <PayoutSummary />
      <PayoutHistoryTable />
    </>
  ),
};
