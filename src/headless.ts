/**
 * `@revampd/connection-ui/headless`: the provider, hooks, API client, formatters and types.
 * No widgets and no CSS, for hosts that render their own markup.
 */

// Provider
export {
  RevampdProvider,
  useRevampd,
  useSectionMessages,
  type RevampdContextValue,
  type RevampdProviderProps,
} from './provider/RevampdProvider';

// Hooks
export * from './hooks/index';

// API: client, errors, contract, keys and query definitions
export { createRevampdClient, type RevampdClient } from './api/client';
export {
  REVAMPD_CONNECTION_ID,
  type AccessTokenGetter,
  type ConnectionScope,
  type MutationOptions,
  type RequestOptions,
  type RetryPolicy,
  type RevampdClientConfig,
  type Transport,
} from './api/transport';
export {
  isPayableWithWallet,
  type AvailablePhoneNumbersParams,
  type ListParams,
  type PayoutSummaryParams,
  type TicketListParams,
  type UploadOptions,
} from './api/endpoints';
export {
  isAbortError,
  isRevampdError,
  RevampdError,
  type RevampdErrorInit,
  type RevampdErrorKind,
} from './api/errors';
export {
  addOnQueries,
  invoiceQueries,
  PAGE_SIZE,
  payoutQueries,
  planQueries,
  attentionQueries,
  scopeKeys,
  ticketQueries,
  walletQueries,
  type ListQueryMeta,
  type ListQueryOptions,
  type QueryScope,
  type ResourceQueryOptions,
  type ScopedClient,
  type TicketListFilters,
  type InvoiceListFilters,
  type PayoutListFilters,
  type WalletTransactionListFilters,
  attachmentQueries,
  MESSAGE_PAGE_SIZE,
  normalizeTicketListFilters,
  type NormalizedTicketListFilters,
} from './api/queries';
export { PURCHASE_LIMITS, TICKET_LIMITS } from './api/schemas';
export { ATTACHMENT_LIMITS, MESSAGE_LIMITS, SEARCH_LIMITS } from './api/schemas';
export type {
  Attachment,
  Message,
  MessageAuthorKind,
  NewMessage,
  ScanStatus,
  TicketDetail as TicketWithAttachments,
} from './api/schemas';
export type {
  AddOn,
  AddOnKind,
  AddOnPurchase as AddOnPurchaseResult,
  AddOnStatus,
  Attention,
  AvailablePhoneNumber,
  AvailablePhoneNumberList,
  DirectPlan,
  Invoice,
  InvoicePayment,
  InvoiceStatus,
  InvoiceType,
  Money,
  NewTicket,
  Page,
  PartnerRef,
  PaymentMethod,
  Payout,
  PayoutStatus,
  PayoutSummary,
  PhoneNumberType,
  Plan,
  PlanStatus,
  Product,
  ProductCatalog,
  ProductKind,
  PurchaseAddOn,
  Ticket,
  TicketPriority,
  TicketStatus,
  Wallet,
  WalletTransaction,
  WalletTransactionKind,
} from './api/schemas';

// Formatting
export * from './format/index';

// Messages and appearance
export * from './i18n/index';
export {
  appearanceToCustomProperties,
  tokenToCustomProperty,
  type Appearance,
  type AppearanceElement,
  type AppearanceElements,
  type AppearanceVariables,
  type ColorScheme,
} from './theme/appearance';

// Model: section ids, view states, status tones (shared by widgets, hooks and host routers)
export * from './model/index';

// Routing: the portal's location as a URL hash or query parameters (no markup)
export {
  DEFAULT_SECTION_LOCATION,
  formatSectionLocation,
  parseSectionLocation,
  readSearchLocation,
  sameSectionLocation,
  writeSearchLocation,
  useHashLocation,
  useSearchParamLocation,
  type HistoryMode,
  type SearchLocationParams,
  type SectionLocation,
  type TicketLocationFilters,
  type SetSectionLocation,
  type SetSectionLocationOptions,
  type UseHashLocationOptions,
  type UseSearchParamLocationOptions,
} from './routing/index';
