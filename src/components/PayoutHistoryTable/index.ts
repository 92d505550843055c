export { PayoutHistoryTable, type PayoutHistoryTableProps } from './PayoutHistoryTable';
