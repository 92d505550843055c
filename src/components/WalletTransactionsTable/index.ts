export { WalletTransactionsTable, type WalletTransactionsTableProps } from './WalletTransactionsTable';
