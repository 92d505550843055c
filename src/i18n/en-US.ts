/**
 * Every visible string of the library, in US English: the default messages and the shape
 * every other locale must fill. `{name}` placeholders are filled by `formatMessage`;
 * `{brandName}` is always available, so a white-label portal renames "Revampd" everywhere
 * by overriding `brandName` alone.
 */
import type { PluralCategory, PluralMessage } from './plural';

export const enUSCommon = {
  loading: 'Loading…',
  retry: 'Try again',
  retrying: 'Trying again…',
  cancel: 'Cancel',
  close: 'Close',
  confirm: 'Confirm',
  back: 'Back',
  none: '—',
  errorTitle: 'Something went wrong',
  networkError: 'We could not reach {brandName}. Check your connection and try again.',
  serverError: '{brandName} is having trouble right now. Please try again in a moment.',
  badResponse: 'We received a response we could not read, so nothing from it is shown.',
  rateLimited: 'Too many requests. You can try again at {time}.',
  signedOut: 'You are signed out. Sign in again to continue.',
  noAccessTitle: 'No access',
  noAccess: 'This organization does not have access to this section.',
  notFound: 'This item could not be found.',
  staleData: 'Showing data from {time}; it may be out of date.',
  renderError: 'This part of the page could not be shown. The rest of the page still works.',
};

export const enUSNav = {
  label: '{brandName} connection',
  plan: 'Plan',
  addOns: 'Add-Ons',
  tickets: 'Tickets',
  submitTicket: 'Submit Ticket',
  invoices: 'Invoices',
  wallet: 'Wallet',
  payouts: 'Affiliate Payouts',
  ticketsBadge: '{count} awaiting your reply',
  invoicesBadge: '{count} open',
};

export const enUSPlan = {
  managedHeading: '{brandName} Access Managed by Your Partner',
  managedBody:
    'Your {brandName} account and plan are managed through your Partner organization. To view or modify your subscription details, please check your Partner connection or contact their administrator directly.',
  partnerLabel: 'Partner',
  contactLabel: 'Contact',
  directHeading: 'Your {brandName} plan',
  directPrice: '{price} per {interval}',
  intervalMonth: 'month',
  intervalYear: 'year',
  renewsAt: 'Renews on {date}',
  status: {
    active: 'Active',
    trialing: 'Trial',
    past_due: 'Past due',
    canceled: 'Canceled',
  },
};

export const enUSTable = {
  sortAscending: 'Sorted by {column}, ascending',
  sortDescending: 'Sorted by {column}, descending',
  sortButton: 'Sort by {column}',
  position: '{first}–{last} of {total}',
  positionMore: '{first}–{last} of {total}+',
  rowsPerPage: 'Rows per page',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  exportCsv: 'Export CSV',
  exporting: 'Exporting…',
  empty: 'Nothing here yet.',
  pagination: 'Pagination',
};

export const enUSAddOns = {
  heading: 'Add-Ons',
  intro:
    'Add-ons issued by {brandName}, such as phone numbers and call credits. They are billed separately from your Partner plan and appear under Invoices.',
  empty: 'You have no {brandName} add-ons yet.',
  columns: {
    name: 'Name',
    detail: 'Detail',
    status: 'Status',
    quantity: 'Quantity',
    price: 'Price',
    since: 'Since',
    actions: 'Actions',
    cadence: 'Billing',
  },
  kind: { phone_number: 'Phone number', call_credits: 'Call credits', other: 'Other' },
  status: { active: 'Active', pending: 'Pending', cancelled: 'Cancelled' },
  perMonth: '{price} / month',
  oneTime: '{price} one-time',
  cancel: 'Cancel',
  cancelTitle: 'Cancel {name}?',
  cancelBody: 'This add-on stops at the end of the current period. This cannot be undone here.',
  cancelConfirm: 'Cancel add-on',
  cancelKeep: 'Keep it',
  cancelling: 'Cancelling…',
  cancelled: '{name} was cancelled.',
  alreadyCancelled: 'This add-on was already cancelled.',
  notCancellable: {
    oneTime: 'One-time purchases cannot be cancelled',
    pending: 'Can be cancelled once active',
    other: 'Cannot be cancelled here',
  },
};

export const enUSAddOnPurchase = {
  open: 'Buy add-on',
  title: 'Buy an add-on',
  close: 'Close',
  progress: 'Step {step} of {count}',
  steps: {
    product: 'What would you like to buy?',
    number: 'Choose a phone number',
    quantity: 'How many packs?',
    payment: 'How would you like to pay?',
    review: 'Check your purchase',
    working: 'Check your purchase',
    done: 'Purchase complete',
  },
  phoneNumbers: 'Phone numbers, billed monthly',
  callCredits: 'Call-credit packs, paid once',
  numberType: { local: 'Local number', toll_free: 'Toll-free number' },
  phoneProduct: '{type}, {country}',
  creditsProduct: '{minutes} minutes',
  perMonth: '{price} per month',
  oneTime: '{price} one-time',
  cadenceMonth: 'per month',
  cadenceOneTime: 'one-time',
  emptyCatalog: 'Nothing is on sale from {brandName} right now.',
  search: 'Search numbers',
  areaCode: 'Area code',
  areaCodeHint: 'Up to 5 digits, for example 415.',
  contains: 'Contains',
  containsHint: 'Digits or letters, for example 2020 or CALL.',
  keypadNote: 'Letters count as the digits of a phone keypad: searching for numbers containing {digits}.',
  searching: 'Searching…',
  searchAgain: 'Search again',
  numbers: 'Available numbers',
  numbersFound: 'Numbers found: {count}',
  noNumbers: 'No numbers match this search. Try another area code or fewer digits.',
  quantity: 'Number of packs',
  quantityHint: 'From 1 to {max}.',
  totalNow: 'Total: {total}',
  payWith: 'Pay with',
  payWallet: 'Wallet credits',
  payInvoice: 'Add to a {brandName} invoice',
  payInvoiceHint: 'A new invoice you can pay later under Invoices.',
  walletLoading: 'Loading your balance…',
  walletUnavailable: 'Your balance could not be loaded.',
  walletBalance: 'Balance {balance}.',
  walletCovers: 'Balance {balance}; {after} left after this purchase.',
  walletShort: 'Balance {balance}: {amount} short of this total.',
  walletOtherCurrency: 'Balance {balance}: your wallet holds another currency than this price.',
  reviewProduct: 'Add-on',
  reviewNumber: 'Number',
  reviewQuantity: 'Packs',
  reviewUnitPrice: 'Unit price',
  reviewCadence: 'Billing',
  reviewTotal: 'Total due now',
  reviewPayWith: 'Pay with',
  reviewWalletAfter: 'Wallet balance after',
  change: 'Change',
  changeLabel: 'Change {item}',
  back: 'Back',
  continue: 'Continue',
  buy: 'Buy',
  buying: 'Buying…',
  workingNote: 'Buying your add-on. This takes a few seconds; you will not be charged twice.',
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  errorProduct: 'Choose what you would like to buy',
  errorPhoneNumber: 'Choose a phone number',
  errorAreaCode: 'Enter an area code of 1 to {max} digits',
  errorContains: 'Enter 1 to {max} digits or letters',
  errorQuantity: 'Enter a number of packs from 1 to {max}',
  errorPayWith: 'Choose how to pay',
  errorWalletCurrency: 'Your wallet cannot pay this price: add it to an invoice instead',
  problemTitle: 'Nothing was charged',
  numberUnavailable:
    '{number} was just taken by someone else. Choose another number; everything else you chose is kept.',
  priceChecking: 'The price has changed. Checking the new total…',
  priceChanged:
    'The price has changed: the total is now {total} (it was {previous}). Check it, then select Buy again.',
  insufficientFunds:
    'Your wallet balance of {balance} is {amount} short of the {total} total. You can add it to a {brandName} invoice instead.',
  insufficientFundsUnknown:
    'Your wallet balance does not cover the {total} total. You can add it to a {brandName} invoice instead.',
  payOnInvoiceInstead: 'Add to a {brandName} invoice instead',
  failedTitle: 'Your purchase was not confirmed',
  retryHint: 'Your choices are kept: select Buy to try again. You will not be charged twice.',
  doneHeading: 'You bought: {name}',
  doneNumberPending: '{number} is being set up and will be active in a few minutes.',
  doneNumberActive: '{number} is active.',
  doneCredits: '{minutes} minutes were added to your account.',
  doneInvoicePaid: 'Invoice {number} was paid with wallet credits.',
  doneInvoiceOpen: 'Invoice {number} for {amount} is open under Invoices.',
  doneWallet: 'Your wallet balance is now {balance}.',
  doneClose: 'Done',
  buyAnother: 'Buy another add-on',
};

export const enUSTickets = {
  heading: 'Tickets',
  intro: 'Support tickets you opened with the {brandName} team. They go to {brandName}, not to your Partner.',
  empty: 'You have not opened any tickets with {brandName}.',
  emptyFiltered: 'No tickets with this status.',
  filterLabel: 'Status',
  filterAll: 'All',
  columns: {
    number: 'Number',
    title: 'Title',
    status: 'Status',
    priority: 'Priority',
    assignee: 'Assigned To',
    updated: 'Last update',
  },
  status: { open: 'Open', in_progress: 'In Progress', resolved: 'Resolved', closed: 'Closed' },
  priority: { low: 'Low', medium: 'Medium', high: 'High' },
  unassigned: 'Unassigned',
  numberLabel: 'Ticket #{number}',
  open: 'Open ticket #{number}',
  detailHeading: 'Ticket #{number}: {title}',
  description: 'Description',
  created: 'Created',
  updated: 'Updated',
  close: 'Close ticket',
  reopen: 'Reopen ticket',
  closing: 'Closing…',
  reopening: 'Reopening…',
  backToList: 'Back to tickets',
  loadingDetail: 'Loading ticket…',
  statusChangeFailed: 'The ticket was not updated.',
  filtersLabel: 'Find tickets',
  searchLabel: 'Search tickets',
  searchHint: 'By number, title or description.',
  searchTooLong: 'Search must be {max} characters or fewer',
  priorityFilterLabel: 'Priority',
  priorityFilterAll: 'All',
  awaitingFilter: 'Awaiting your reply',
  awaitingBadge: 'Awaiting your reply',
  newReplyBadge: 'New reply',
  noMatch: 'No tickets match “{query}”',
  noMatchFilters: 'No tickets match these filters.',
  clearFilters: 'Clear filters',
};

export const enUSTicketForm = {
  heading: 'Submit Ticket',
  intro: 'Open a support ticket with the {brandName} team.',
  title: 'Title',
  priority: 'Priority',
  description: 'Description',
  descriptionHint: 'Tell us what happened and what you expected.',
  charactersLeft: { one: '{count} character remaining', other: '{count} characters remaining' },
  charactersOver: { one: '{count} character too many', other: '{count} characters too many' },
  submit: 'Submit ticket',
  submitting: 'Sending…',
  errorSummaryTitle: 'There is a problem',
  titleRequired: 'Enter a title',
  titleTooLong: 'Title must be {max} characters or fewer',
  descriptionRequired: 'Enter a description',
  descriptionTooLong: 'Description must be {max} characters or fewer',
  submitFailed: 'Your ticket was not sent. Nothing you typed was lost; try again.',
  successHeading: 'Ticket #{number} submitted',
  successBody: 'The {brandName} team will reply on the ticket.',
  viewTicket: 'View ticket #{number}',
  newTicket: 'Submit another ticket',
  draftRestored: 'We restored your unsent draft.',
  errorPrefix: 'Error:',
};

export const enUSConversation = {
  heading: 'Conversation',
  you: 'You',
  teamAuthor: '{name}, {brandName} team',
  loading: 'Loading the conversation…',
  empty: 'No replies yet. The {brandName} team will answer here.',
  loadingNewer: 'Loading newer messages…',
  newReplyFrom: 'New reply from {name}',
  attachments: 'Attachments',
  scanning: 'Scanning…',
  infected: 'Blocked: this file failed a virus scan',
  unavailable: 'Not available to download',
  replyLabel: 'Reply',
  replyHint: 'Plain text. The {brandName} team reads it on this ticket.',
  charactersLeft: { one: '{count} character remaining', other: '{count} characters remaining' },
  charactersOver: { one: '{count} character too many', other: '{count} characters too many' },
  send: 'Send reply',
  sending: 'Sending…',
  sent: 'Your reply was sent.',
  replyRequired: 'Enter a reply',
  replyTooLong: 'Reply must be {max} characters or fewer',
  sendFailed: 'Your reply was not sent. Nothing you typed was lost; try again.',
  closedOnSend: 'This ticket was closed, so your reply was not sent. Reopen it to reply; your text is kept.',
  reopensOnReply: 'This ticket is resolved. Replying will reopen it.',
  closedNotice: 'This ticket is closed. Reopen it to reply.',
  reopenToReply: 'Reopen to reply',
  reopening: 'Reopening…',
  reopenFailed: 'The ticket was not reopened.',
  draftRestored: 'We restored your unsent reply.',
  errorPrefix: 'Error:',
  attachFiles: 'Attach files',
  attachHint:
    'Up to {max} files of {size} each: PNG, JPEG, GIF, WebP, PDF, text or CSV. You can also drop files here or paste an image.',
  dropHere: 'Drop files here to attach them',
  fileList: 'Files',
  uploadProgress: 'Uploading {name}',
  uploaded: 'Attached',
  cancelUpload: 'Cancel',
  cancelUploadLabel: 'Cancel uploading {name}',
  retryUpload: 'Retry',
  retryUploadLabel: 'Retry uploading {name}',
  removeFile: 'Remove',
  removeFileLabel: 'Remove {name}',
  uploadCancelled: 'Upload cancelled.',
  fileTooLarge: '“{name}” is too large: files can be at most {max}.',
  fileTypeRefused:
    '“{name}” is not a type we accept: attach PNG, JPEG, GIF, WebP, PDF, plain text or CSV files.',
  tooManyFiles: '“{name}” was not attached: you can attach at most {max} files.',
  fileEmpty: '“{name}” is empty.',
  uploadFailed: '“{name}” was not uploaded.',
  announceUploaded: '{name} attached.',
  announceFailed: '{name} was not attached.',
  waitForUploads: 'Wait until your files have finished uploading.',
  fixFailedUploads: 'Some files were not attached: try them again or remove them.',
  removeBlockedFiles: 'Remove the files that failed the virus scan.',
  attachmentsRefused: 'A file can no longer be attached. Remove it and attach it again.',
};

export const enUSInvoices = {
  heading: 'Invoices',
  intro: 'Invoices issued by {brandName} for add-ons and services.',
  empty: 'No invoices from {brandName} yet.',
  columns: {
    number: 'Number',
    date: 'Date',
    type: 'Type',
    status: 'Status',
    total: 'Total',
    amountDue: 'Amount due',
    actions: 'Actions',
  },
  type: {
    phone_number: 'Phone number',
    one_time_service: 'One-time service',
    call_credits: 'Call credits',
    other: 'Other',
  },
  status: { draft: 'Draft', open: 'Open', paid: 'Paid', void: 'Void', uncollectible: 'Uncollectible' },
  downloadPdf: 'PDF',
  downloadPdfLabel: 'PDF of invoice {number} (opens in a new tab)',
  payWithWallet: 'Pay with wallet',
  payTitle: 'Pay invoice {number} with wallet credits?',
  payBalanceBefore: 'Wallet balance now',
  payAmount: 'Amount to pay',
  payBalanceAfter: 'Balance after payment',
  payConfirm: 'Pay {amount}',
  paying: 'Paying…',
  paid: 'Invoice {number} was paid with wallet credits.',
  insufficientFunds: 'Your wallet balance is too low to pay this invoice. The invoice is still open.',
  partnerIssued: 'Issued by your Partner: pay it through your Partner.',
  notPayable: 'Only open invoices issued by {brandName} can be paid with wallet credits.',
  overdue: 'Overdue',
  csvOverdue: 'Overdue',
  search: 'Search invoices',
  searchHint: 'By number or description.',
  issuedRange: 'Issue date',
  totalDue: 'Total due',
  openCount: 'Open invoices',
  noResultsSearch: 'No invoices match “{query}”.',
  noResultsFilters: 'No invoices match these filters.',
};

export const enUSWallet = {
  heading: 'Wallet',
  balance: 'Balance',
  updatedAt: 'Updated {time}',
  paysFor:
    'Credits pay for items issued by {brandName}, such as phone numbers, call credits and in-platform services.',
  neverPaysFor:
    'They never pay Partner invoices. Credits from a Partner relationship stay with that connection.',
  negative: 'Your balance is negative; it will be settled from your next credits.',
  transactions: 'Recent transactions',
  emptyTransactions: 'No transactions yet.',
  columns: { date: 'Date', description: 'Description', kind: 'Type', amount: 'Amount' },
  kind: {
    payout_credit: 'Payout credit',
    invoice_payment: 'Invoice payment',
    refund: 'Refund',
    adjustment: 'Adjustment',
  },
  viewPayout: 'View payout',
  viewInvoice: 'View invoice',
  viewAll: 'View all transactions',
  coversOpen: {
    one: 'Covers your open invoice',
    other: 'Covers your {count} open invoices',
  },
  shortOfOpen: '{amount} short of your open invoices',
  ledgerHeading: 'Transactions',
  ledgerIntro: 'Every movement of your wallet, newest first, with the balance after each one.',
  balanceColumn: 'Balance',
  relatedColumn: 'Related',
  createdRange: 'Dates',
  noResultsFilters: 'No transactions match these filters.',
};

export const enUSPayouts = {
  heading: 'Affiliate Payouts',
  ytd: 'YTD Earnings',
  mtd: 'MTD Earnings',
  currentWeek: 'Current Week',
  range: '{start} – {end}',
  chartTitle: 'Paid payouts, last 12 months',
  chartTable: 'Paid payouts by month',
  month: 'Month',
  total: 'Total',
  historyHeading: 'Payout history',
  historyNote: 'Paid payouts are credited to your {brandName} wallet and pay {brandName}-level items only.',
  empty: 'No payouts yet.',
  columns: { date: 'Date', status: 'Status', amount: 'Amount', walletCredit: 'Wallet credit' },
  status: { pending: 'Pending', paid: 'Paid', failed: 'Failed' },
  credited: 'Credited',
  notCredited: 'Not credited',
  failureReason: 'Why it failed:',
  csvFailureReason: 'Failure reason',
  createdRange: 'Dates',
  noResultsFilters: 'No payouts match these filters.',
};

export const enUSListFilters = {
  label: 'Filters',
  all: 'All',
  from: 'From',
  to: 'To',
  search: 'Search',
  clear: 'Clear filters',
  searchTooLong: 'Search for {max} characters or fewer: this text has {count}. Nothing was searched.',
  invalidDate: 'Enter a complete date.',
  toBeforeFrom: '“To” must be on or after “From”.',
};

export const enUSAlerts = {
  label: 'Needs your attention',
  overdue: {
    one: '1 overdue invoice: {amount} due',
    other: '{count} overdue invoices: {amount} due',
  },
  shortfall: 'Your wallet is {amount} short of your open invoices',
  awaiting: {
    one: '1 ticket awaits your reply',
    other: '{count} tickets await your reply',
  },
  failedPayouts: {
    one: '1 payout failed in the last 90 days',
    other: '{count} payouts failed in the last 90 days',
  },
  viewInvoices: 'View invoices',
  viewWallet: 'View wallet',
  viewTickets: 'View tickets',
  viewPayouts: 'View payouts',
};

export const enUSCsv = {
  currency: 'Currency',
};
const BRAND_NAME = 'Revampd';

/**
 * The strings every widget shares (brand, loading, errors): what the provider holds by
 * default. Each section's strings are their own constant above, imported by the widgets
 * that show them, so a host bundle carries only the sections of the widgets it uses.
 */
export const enUSShared = {
  brandName: BRAND_NAME,
  common: enUSCommon,
};

/**
 * Every section in one object: the shape of every locale, and what `baseMessages` takes
 * for a host that reads any section's strings itself (importing it brings all of them).
 */
export const enUS = {
  brandName: BRAND_NAME,
  common: enUSCommon,
  nav: enUSNav,
  plan: enUSPlan,
  table: enUSTable,
  addOns: enUSAddOns,
  addOnPurchase: enUSAddOnPurchase,
  tickets: enUSTickets,
  ticketForm: enUSTicketForm,
  conversation: enUSConversation,
  invoices: enUSInvoices,
  wallet: enUSWallet,
  payouts: enUSPayouts,
  listFilters: enUSListFilters,
  alerts: enUSAlerts,
  csv: enUSCsv,
};

/**
 * Widens the literal types of a messages object to `string`, keeping its shape; a counted
 * message (`{ one, other }` in English) becomes a {@link PluralMessage}, so a language
 * with other plural categories (Arabic's six, Japanese's one) fits the same shape.
 */
type Widen<T> = {
  [K in keyof T]: T[K] extends string ? string : IsPlural<T[K]> extends true ? PluralMessage : Widen<T[K]>;
};
/** `true` for an object of plural categories only (not, say, a map of kinds with an `other` kind). */
type IsPlural<T> = T extends { other: string }
  ? Exclude<keyof T, PluralCategory> extends never
    ? true
    : false
  : false;

/** The full messages object: every visible string, grouped by section. */
export type Messages = Widen<typeof enUS>;

/** A section of {@link Messages} that a widget resolves for itself (all but the shared strings). */
export type MessageSection = Exclude<keyof Messages, keyof typeof enUSShared>;

/**
 * The messages the provider holds: the brand and shared strings always, and a section
 * when `baseMessages` (a full locale) has it; a widget resolves its own section with
 * `sectionMessages`, so it is there whatever the base.
 */
export type ProvidedMessages = Pick<Messages, keyof typeof enUSShared> &
  Partial<Pick<Messages, MessageSection>>;

/** A deep-partial override of {@link Messages}, as the provider's `messages` prop takes. */
export type MessagesOverride = {
  [K in keyof Messages]?: Messages[K] extends string ? string : DeepPartial<Messages[K]>;
};
type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends string
    ? string
    : IsPlural<T[K]> extends true
      ? PluralMessage
      : DeepPartial<T[K]>;
};
