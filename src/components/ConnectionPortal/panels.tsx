/**
 * What each section's panel renders inside ConnectionPortal. One line per section: a
 * widget joins the portal by replacing its placeholder here.
 */
import type { ReactNode } from 'react';
import type { ConnectionSection } from '../ConnectionNav/sections';
import { PlanManagedNotice } from '../PlanManagedNotice/PlanManagedNotice';
import { SectionPlaceholder } from './SectionPlaceholder';
import { AddOnsTable } from '../AddOnsTable/AddOnsTable';
import { InvoicesTable } from '../InvoicesTable/InvoicesTable';
import { WalletCard } from '../WalletCard/WalletCard';
import { PayoutSummary } from '../PayoutSummary/PayoutSummary';
import { PayoutHistoryTable } from '../PayoutHistoryTable/PayoutHistoryTable';
import { TicketsTable } from '../TicketsTable/TicketsTable';
import { TicketForm } from '../TicketForm/TicketForm';

/** Renders the panel of each section. */
export const SECTION_PANELS: Record<ConnectionSection, () => ReactNode> = {
  plan: () => <PlanManagedNotice />,
  addOns: () => <AddOnsTable />,
  tickets: () => <TicketsTable />,
  submitTicket: () => <TicketForm />,
  invoices: () => <InvoicesTable />,
  wallet: () => <WalletCard />,
  payouts: () => (<><PayoutSummary /><PayoutHistoryTable /></>),
};
