/** The Affiliate Payouts section's panel, loaded on demand (see ../panels.tsx). */
import { PayoutHistoryTable } from '../../PayoutHistoryTable/PayoutHistoryTable';
import { PayoutSummary } from '../../PayoutSummary/PayoutSummary';
import { rowTargetIn, type SectionPanelProps } from '../sectionPanel';

export default function PayoutsPanel({ portal }: SectionPanelProps) {
  return (
    <>
      <PayoutSummary />
      <PayoutHistoryTable targetPayoutId={rowTargetIn(portal, 'payouts')} />
    </>
  );
}
