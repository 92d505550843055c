/** The Wallet section's panel, loaded on demand (see ../panels.tsx). */
import { useRef } from 'react';
import { WalletCard } from '../../WalletCard/WalletCard';
import { WalletTransactionsTable } from '../../WalletTransactionsTable/WalletTransactionsTable';
import type { SectionPanelProps } from '../sectionPanel';

/**
 * The card (balance, coverage, latest transactions), then the whole ledger under
 * "Transactions". "View all transactions" moves focus (and so the view) to the ledger's
 * heading; links in either lead to the payout's or invoice's row.
 */
export default function WalletPanel({ portal }: SectionPanelProps) {
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
