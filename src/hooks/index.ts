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
export { useAddOns, useCancelAddOn } from './addOns';
export { useSubmitTicket, useTicket, useTickets, useUpdateTicketStatus, type TicketFilters } from './tickets';
export type { UseSubmitTicketOptions } from './tickets';
export { isPayableWithWallet, useInvoices, usePayInvoiceWithWallet } from './invoices';
export { useWallet, useWalletTransactions } from './wallet';
export { usePayoutSummary, usePayouts } from './payouts';

// -------------------------------------------------------------------------------------------------
// Widgets' state: each widget is a view over one of these
// -------------------------------------------------------------------------------------------------

export {
  useConnectionNav,
  type ConnectionNavItem,
  type ConnectionNavState,
  type UseConnectionNavOptions,
} from './connectionNav';
export {
  usePlanNotice,
  type DirectPlanView,
  type PartnerManagedView,
  type PlanNoticeState,
} from './planView';
export {
  canCancelAddOn,
  useAddOnsTable,
  type AddOnCancelFlow,
  type AddOnsTable,
  type AddOnsTableColumnId,
} from './addOnsTable';
export {
  ALL_TICKET_STATUSES,
  TICKET_STATUSES,
  useTicketsTable,
  type TicketsTableState,
  type TicketStatusFilterOption,
  type UseTicketsTableOptions,
} from './ticketsTable';
export type { TicketsTableColumnId } from './ticketsColumns';
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
  safeHttpsUrl,
  useInvoicesTable,
  type InvoicePayFlow,
  type InvoicesTable,
  type InvoicesTableColumnId,
} from './invoicesTable';
export {
  useWalletCardView,
  type MoneyDirection,
  type WalletCardView,
  type WalletCardViewOptions,
  type WalletLinkSection,
  type WalletTransactionLink,
  type WalletTransactionRow,
} from './walletView';
export {
  usePayoutSummaryView,
  type PayoutChartBar,
  type PayoutChartView,
  type PayoutPeriodKey,
  type PayoutPeriodView,
  type PayoutSummaryView,
} from './payoutsView';
export {
  payoutDate,
  usePayoutsTable,
  type PayoutsTable,
  type PayoutsTableColumnId,
  type UsePayoutsTableOptions,
} from './payoutsTable';

// -------------------------------------------------------------------------------------------------
// Tables: the headless core every table (ours or a host's) is built on
// -------------------------------------------------------------------------------------------------

export { addOnsColumns, addOnsTableDefinition } from './addOnsTable';
export { invoicesColumns, invoicesTableDefinition } from './invoicesTable';
export { payoutsColumns, payoutsTableDefinition } from './payoutsTable';
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
