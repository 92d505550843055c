/**
 * The public hooks, on purpose (issue 8): what a host needs to render its own markup on
 * the widgets' behaviour, and nothing of how the widgets are put together. Modules keep
 * their internals (pure helpers the hooks compose, focus plumbing, draft storage keys)
 * unexported from here; the API report (api-report/) shows every change to this list.
 */

// -------------------------------------------------------------------------------------------------
// Resources: one query or mutation per endpoint
// -------------------------------------------------------------------------------------------------

export { usePlan } from './plan';
export { ADD_ON_POLL_MS, useAddOns, useCancelAddOn } from './addOns';
export {
  keypadDigits,
  purchaseIntent,
  useAddOnCatalog,
  useAvailablePhoneNumbers,
  usePurchaseAddOn,
  type AvailablePhoneNumbers,
  type PhoneNumberSearchField,
  type UseAddOnCatalogOptions,
  type UseAvailablePhoneNumbersOptions,
} from './addOnPurchase';
export {
  ticketMatchesFilters,
  useSubmitTicket,
  useTicket,
  useTickets,
  useUpdateTicketStatus,
  type TicketFilters,
} from './tickets';
export type { UseSubmitTicketOptions } from './tickets';
export {
  TICKET_MESSAGES_MAX_PAGES,
  TICKET_MESSAGES_POLL_MS,
  useTicketMessages,
  type TicketMessages,
  type UseTicketMessagesOptions,
} from './ticketMessages';
export { useReplyToTicket, type ReplyToTicketVariables, type UseReplyToTicketOptions } from './ticketReply';
export {
  ATTACHMENT_POLL_MS,
  describeAttachment,
  formatFileSize,
  useAttachment,
  useAttachmentScans,
  useUploadAttachment,
  type AttachmentDisplay,
  type AttachmentText,
  type UploadAttachmentVariables,
} from './attachments';
export { isPayableWithWallet, useInvoices, usePayInvoiceWithWallet, type InvoiceFilters } from './invoices';
export { useWallet, useWalletTransactions, type WalletTransactionFilters } from './wallet';
export { usePayoutSummary, usePayouts, type PayoutFilters } from './payouts';
export { invalidateAttention, useAttention } from './attention';

// -------------------------------------------------------------------------------------------------
// Widgets' state: each widget is a view over one of these
// -------------------------------------------------------------------------------------------------

export {
  useConnectionNav,
  useConnectionNavItems,
  type ConnectionNavBadge,
  type ConnectionNavContext,
  type ConnectionNavItem,
  type ConnectionNavState,
  type UseConnectionNavOptions,
} from './connectionNav';
export {
  PortalNavigationContext,
  useConnectionPortal,
  usePortalNavigation,
  type ConnectionPortalPanelProps,
  type ConnectionPortalState,
  type PortalNavigation,
  type PortalNavigationContextValue,
  type PortalRowTarget,
  type PortalTarget,
  type UseConnectionPortalOptions,
} from './connectionPortal';
export {
  usePlanNotice,
  type DirectPlanView,
  type PartnerManagedView,
  type PlanNoticeState,
} from './planView';
export {
  addOnNotCancellableReason,
  canCancelAddOn,
  useAddOnsTable,
  type AddOnNotCancellableReason,
  type AddOnCancelFlow,
  type AddOnsTable,
  type AddOnsTableColumnId,
} from './addOnsTable';
export {
  useAddOnPurchaseFlow,
  type AddOnPhoneNumberOption,
  type AddOnProductOption,
  type AddOnPurchaseDone,
  type AddOnPurchaseField,
  type AddOnPurchaseFieldError,
  type AddOnPurchaseFlow,
  type AddOnPurchaseFocusTarget,
  type AddOnPurchaseIds,
  type AddOnPurchaseProblem,
  type AddOnPurchaseReviewLine,
  type AddOnPurchaseStep,
  type AddOnPurchaseWallet,
  type UseAddOnPurchaseFlowOptions,
} from './addOnPurchase';
export {
  ALL_TICKET_STATUSES,
  TICKET_SEARCH_DELAY_MS,
  TICKET_STATUSES,
  useTicketsTable,
  type TicketBadge,
  type TicketPriorityFilterOption,
  type TicketsTableFilters,
  type TicketsTableState,
  type TicketStatusFilterOption,
  type UseTicketsTableOptions,
} from './ticketsTable';
export type { TicketsTableColumnId } from './ticketsColumns';
export { hasUnseenReply, useTicketSeen, type TicketSeen, type UseTicketSeenOptions } from './ticketSeen';
export {
  useTicketConversation,
  type ConversationEntry,
  type TicketConversationState,
  type UseTicketConversationOptions,
} from './ticketConversation';
export {
  replyLength,
  useTicketReply,
  type ReplyCharacterCount,
  type TicketReopenAction,
  type TicketReplyFormProps,
  type TicketReplyIds,
  type TicketReplyMode,
  type TicketReplyState,
  type TicketReplyTextareaProps,
  type UseTicketReplyOptions,
} from './ticketReply';
export {
  useAttachmentUploads,
  type AttachmentDropZoneProps,
  type AttachmentInputProps,
  type AttachmentUpload,
  type AttachmentUploads,
  type AttachmentUploadStatus,
  type UseAttachmentUploadsOptions,
} from './attachments';
export {
  useTicketDetail,
  type TicketDetailState,
  type TicketStatusAction,
  type TicketStatusActionClick,
} from './ticketDetail';
export {
  useTicketForm,
  type TicketFieldElementProps,
  type TicketFormElementProps,
  type TicketFormIds,
  type TicketFormState,
  type TicketFormStatus,
  type UseTicketFormOptions,
} from './ticketForm';
export {
  EMPTY_TICKET_FORM,
  TICKET_FORM_FIELDS,
  TICKET_PRIORITIES,
  type CharacterCount,
  type TicketCountedField,
  type TicketFormField,
  type TicketFormFieldError,
  type TicketFormValues,
} from './ticketValidation';
export {
  INVOICE_STATUSES,
  INVOICE_TYPES,
  isInvoiceOverdue,
  safeHttpsUrl,
  useInvoicesTable,
  type InvoicePayFlow,
  type InvoicesTable,
  type InvoicesTableColumnId,
  type InvoicesTableFilters,
  type InvoicesTotalDue,
} from './invoicesTable';
export {
  useWalletCardView,
  type MoneyDirection,
  type WalletCardView,
  type WalletCardViewOptions,
  type WalletCoverage,
  type WalletLinkSection,
  type WalletTransactionLink,
  type WalletTransactionRow,
} from './walletView';
export {
  WALLET_TRANSACTION_KINDS,
  useWalletTransactionsTable,
  type UseWalletTransactionsTableOptions,
  type WalletTransactionsTable,
  type WalletTransactionsTableColumnId,
  type WalletTransactionsTableFilters,
} from './walletTransactionsTable';
export {
  useConnectionAlerts,
  type ConnectionAlert,
  type ConnectionAlertKind,
  type ConnectionAlertsState,
} from './connectionAlerts';
export {
  usePayoutSummaryView,
  type PayoutChartBar,
  type PayoutChartView,
  type PayoutPeriodKey,
  type PayoutPeriodView,
  type PayoutSummaryView,
} from './payoutsView';
export {
  PAYOUT_STATUSES,
  payoutDate,
  payoutFailureReason,
  usePayoutsTable,
  type PayoutsTable,
  type PayoutsTableColumnId,
  type PayoutsTableFilters,
  type UsePayoutsTableOptions,
} from './payoutsTable';

// -------------------------------------------------------------------------------------------------
// Tables: the headless core every table (ours or a host's) is built on
// -------------------------------------------------------------------------------------------------

export { addOnsColumns, addOnsTableDefinition } from './addOnsTable';
export { invoicesColumns, invoicesTableDefinition } from './invoicesTable';
export { payoutsColumns, payoutsTableDefinition } from './payoutsTable';
export { walletTransactionsColumns, walletTransactionsTableDefinition } from './walletTransactionsTable';
export { ticketsColumns, ticketsTableDefinition } from './ticketsColumns';
export {
  DATA_TABLE_PAGE_SIZES,
  dataTableSortFns,
  defineDataTable,
  moneyCsvHeaders,
  useDataTable,
  useDataTableColumns,
  useDataTableRowTarget,
  type DataTableColumnContext,
  type DataTableColumnFactory,
  type DataTableColumnMeta,
  type DataTableColumns,
  type DataTableDefinition,
  type DataTableFeatures,
  type DataTableInstance,
  type DataTableListSource,
  type DataTablePagination,
  type DataTableRow,
  type DataTableRowTarget,
  type DataTableSort,
  type DataTableTargetList,
  type ListTable,
  type ListTableOptions,
  type UseDataTableBaseOptions,
  type UseDataTableOptions,
  type UseDataTableRowTargetOptions,
} from './dataTable';

// -------------------------------------------------------------------------------------------------
// Building blocks, for hosts extending the library the way its own hooks are written
// -------------------------------------------------------------------------------------------------

export {
  isScopeChanged,
  useIdempotentMutation,
  useListQuery,
  useResourceQuery,
  type IdempotentMutation,
  type IdempotentMutationOptions,
  type ListQuery,
  type MutateCallbacks,
  type MutationContext,
  type ResourceQuery,
} from './shared';
export {
  useConfirmedAction,
  type ConfirmedAction,
  type UseConfirmedActionOptions,
} from './useConfirmedAction';
export { useControllableState, type UseControllableStateOptions } from './useControllableState';
export {
  ALL_FILTER_VALUE,
  useChoiceFilter,
  useDateRangeFilter,
  useSearchFilter,
  type ChoiceFilter,
  type ChoiceFilterOption,
  type DateRangeFilter,
  type ListFiltersSummary,
  type SearchFilter,
} from './listFilters';
export { useErrorText } from './errorText';
export {
  useAutoFocus,
  useFocusReturn,
  type AutoFocus,
  type FocusReturn,
  type UseAutoFocusOptions,
  type UseFocusReturnOptions,
} from './focus';
export { useFormatters, type Formatters } from './formatters';
export { createDraftStorage, type DraftStorage, type DraftStorageBackend } from './draftStorage';
