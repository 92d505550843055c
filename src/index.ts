/**
 * `@revampd/connection-ui`: the provider, every widget, every hook and the types.
 * Styles are separate: `import '@revampd/connection-ui/styles.css'`.
 */
export * from './headless';

// Widgets
export { ConnectionNav, type ConnectionNavProps } from './components/ConnectionNav/index';
export { ConnectionPortal, type ConnectionPortalProps } from './components/ConnectionPortal/index';
export { PlanManagedNotice, type PlanManagedNoticeProps } from './components/PlanManagedNotice/index';
export { AddOnsTable, type AddOnsTableProps } from './components/AddOnsTable/index';
export { AddOnPurchase, type AddOnPurchaseProps } from './components/AddOnPurchase/index';
export { InvoicesTable, type InvoicesTableProps } from './components/InvoicesTable/index';
export { WalletCard, type WalletCardProps } from './components/WalletCard/index';
export {
  WalletTransactionsTable,
  type WalletTransactionsTableProps,
} from './components/WalletTransactionsTable/index';
export { ConnectionAlerts, type ConnectionAlertsProps } from './components/ConnectionAlerts/index';
export { PayoutSummary, type PayoutSummaryProps } from './components/PayoutSummary/index';
export { PayoutHistoryTable, type PayoutHistoryTableProps } from './components/PayoutHistoryTable/index';
export { TicketForm, type TicketFormProps } from './components/TicketForm/index';
export { TicketDetail, type TicketDetailProps } from './components/TicketDetail/index';
export {
  AttachFiles,
  TicketConversation,
  TicketReplyBox,
  type AttachFilesProps,
  type TicketConversationProps,
  type TicketReplyBoxProps,
} from './components/TicketConversation/index';
export { TicketsTable, type TicketsTableProps } from './components/TicketsTable/index';

// Shared styled parts, for hosts composing their own sections in the same look
export { Button, type ButtonProps } from './components/ui/Button';
export { DataTable, type DataTableListState, type DataTableProps } from './components/ui/DataTable/DataTable';
export {
  FilterBar,
  FilterDateRange,
  FilterNoResults,
  FilterSearch,
  FilterSelect,
  type FilterBarProps,
  type FilterDateRangeProps,
  type FilterNoResultsProps,
  type FilterSearchProps,
  type FilterSelectProps,
} from './components/ui/DataTable/DataTableFilters';
export { ConfirmDialog, type ConfirmDialogProps } from './components/ui/ConfirmDialog/index';
export { StatusBadge, type StatusBadgeProps } from './components/ui/StatusBadge';
export {
  EmptyState,
  ErrorState,
  LoadingState,
  NoAccessState,
  StaleNotice,
  type EmptyStateProps,
  type ErrorStateProps,
  type LoadingStateProps,
  type StaleNoticeProps,
} from './components/ui/ResourceState';
