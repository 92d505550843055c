export { PayoutSummary, type PayoutSummaryProps } from './PayoutSummary';
