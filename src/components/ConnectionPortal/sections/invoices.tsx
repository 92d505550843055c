/** The Invoices section's panel, loaded on demand (see ../panels.tsx). */
import { InvoicesTable } from '../../InvoicesTable/InvoicesTable';
import { rowTargetIn, type SectionPanelProps } from '../sectionPanel';

export default function InvoicesPanel({ portal }: SectionPanelProps) {
  return <InvoicesTable targetInvoiceId={rowTargetIn(portal, 'invoices')} />;
}
