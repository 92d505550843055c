export { usePlan } from './plan';
export { useAddOns, useCancelAddOn } from './addOns';
export {
  normalizeNewTicket,
  useSubmitTicket,
  useTicket,
  useTickets,
  useUpdateTicketStatus,
  type TicketFilters,
} from './tickets';
export { isPayableWithWallet, useInvoices, usePayInvoiceWithWallet } from './invoices';
export { useWallet, useWalletTransactions } from './wallet';
export { usePayoutSummary, usePayouts } from './payouts';
export {
  moneyDirection,
  useWalletCardView,
  walletTransactionTarget,
  type MoneyDirection,
  type WalletCardView,
  type WalletCardViewOptions,
  type WalletLinkSection,
  type WalletTransactionLink,
  type WalletTransactionRow,
} from './walletView';
export {
  buildPayoutChart,
  buildPayoutPeriods,
  PAYOUT_CHART_LAYOUT,
  usePayoutSummaryView,
  type PayoutChartBar,
  type PayoutChartView,
  type PayoutPeriodKey,
  type PayoutPeriodView,
  type PayoutSummaryView,
  type PayoutSummaryViewInput,
} from './payoutsView';
export {
  isPayoutCredited,
  payoutDate,
  payoutsTableColumns,
  payoutsTableDefinition,
  usePayoutsTable,
  type PayoutsTable,
  type UsePayoutsTableOptions,
} from './payoutsTable';
export {
  toRevampdError,
  useIdempotentMutation,
  useListQuery,
  type IdempotentMutation,
  type IdempotentMutationOptions,
  type ListQuery,
} from './shared';
export { useFormatters, type Formatters } from './formatters';
export {
  EMPTY_TICKET_FORM,
  parseTicketDraft,
  TICKET_FORM_FIELDS,
  ticketTextLength,
  useTicketForm,
  type CharacterCount,
  type TicketFieldElementProps,
  type TicketFormElementProps,
  type TicketFormField,
  type TicketFormFieldError,
  type TicketFormIds,
  type TicketFormState,
  type TicketFormStatus,
  type TicketFormValues,
  type UseTicketFormOptions,
} from './ticketForm';
export {
  nextTicketStatus,
  TICKET_STATUSES,
  useTicketDetail,
  useTicketsTable,
  type TicketDetailState,
  type TicketsTableColumn,
  type TicketsTableState,
  type TicketStatusAction,
  type TicketStatusFilterOption,
  type UseTicketsTableOptions,
} from './ticketsTable';
export { createDraftStorage, draftKey, type DraftStorage, type DraftStorageBackend } from './draftStorage';
export {
  ADD_ON_STATUS_TONE,
  canCancelAddOn,
  INVOICE_STATUS_TONE,
  safeHttpsUrl,
  useAddOnsTable,
  useInvoicesTable,
  type AddOnCancelFlow,
  type AddOnsTable,
  type InvoicePayFlow,
  type InvoicesTable,
} from './tables';
// The headless core of the shared DataTable, for hosts building their own table markup.
export * from './dataTable';
