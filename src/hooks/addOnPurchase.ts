/**
 * Buying add-ons (api.md "Buying add-ons", faults.md 41–43): the catalog, the phone numbers
 * on offer, the purchase itself, and the purchase flow `AddOnPurchase` is a view over.
 *
 * The flow is headless: it holds the steps, the person's choices, the totals (integer minor
 * units until formatted), what each refusal means in plain words, and where focus goes; a
 * host renders its own steps on it. Whatever happens (a double click, a lost answer and a
 * retry, the dialog closed and opened again mid-purchase, the flow mounted again) the same
 * choices are the same intent, so they share one Idempotency-Key in the provider's store and
 * buy once.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import { purchaseAddOn, type AvailablePhoneNumbersParams } from '../api/endpoints';
import type { RevampdError } from '../api/errors';
import { addOnQueries, invoiceQueries, scopeKeys, walletQueries } from '../api/queries';
import {
  PURCHASE_LIMITS,
  type AddOnPurchase,
  type AvailablePhoneNumber,
  type AvailablePhoneNumberList,
  type Money,
  type PaymentMethod,
  type Product,
  type ProductCatalog,
  type PurchaseAddOn,
} from '../api/schemas';
import type { IntentStore } from '../model/intents';
import { resourceView, type ResourceView } from '../model/resourceView';
import { useRevampd, useSectionMessages } from '../provider/RevampdProvider';
import { useErrorText } from './errorText';
import { useFormatters } from './formatters';
import { formatCount } from '../format/numbers';
import {
  isScopeChanged,
  toRevampdError,
  useIdempotentMutation,
  useResourceQuery,
  type IdempotentMutation,
  type ResourceQuery,
} from './shared';
import { invalidateAttention } from './attention';
import { useControllableState } from './useControllableState';
import { enUSAddOnPurchase } from '../i18n/en-US';

// -------------------------------------------------------------------------------------------------
// The catalog
// -------------------------------------------------------------------------------------------------

/** Options of {@link useAddOnCatalog}. */
export interface UseAddOnCatalogOptions {
  /** Load it at all, e.g. only while a purchase dialog is open. @default true */
  enabled?: boolean | undefined;
}

/** What the Sub-Org can buy from Revampd directly: phone numbers and call-credit packs. */
export function useAddOnCatalog(options: UseAddOnCatalogOptions = {}): ResourceQuery<ProductCatalog> {
  return useResourceQuery({ ...addOnQueries.catalog(useRevampd()), enabled: options.enabled ?? true });
}

// -------------------------------------------------------------------------------------------------
// Phone numbers on offer
// -------------------------------------------------------------------------------------------------

/** The letters on each key of a phone keypad (ITU E.161), as a person reads "1-800-FLOWERS". */
const KEYPAD: Readonly<Record<string, string>> = {
  abc: '2',
  def: '3',
  ghi: '4',
  jkl: '5',
  mno: '6',
  pqrs: '7',
  tuv: '8',
  wxyz: '9',
};
const KEYPAD_DIGIT: ReadonlyMap<string, string> = /*#__PURE__*/ new Map(
  Object.entries(KEYPAD).flatMap(([letters, digit]) =>
    [...letters].map((letter) => [letter, digit] as const),
  ),
);

/** What a person types between digits of a phone number; never part of a search. */
const SEPARATORS = /[\s().+\-/]/g;

/**
 * The digits a person means by `text`: separators dropped, letters turned into the digit of
 * their keypad key ("call-ME" → "225563"). Anything else is kept, so a check can refuse it.
 */
export function keypadDigits(text: string): string {
  return [...text.replace(SEPARATORS, '').toLowerCase()]
    .map((char) => KEYPAD_DIGIT.get(char) ?? char)
    .join('');
}

/** A field of the number search. */
export type PhoneNumberSearchField = 'areaCode' | 'contains';

/** Options of {@link useAvailablePhoneNumbers}. */
export interface UseAvailablePhoneNumbersOptions {
  /** The phone-number product to search; no search while null. */
  productId: string | null;
  /** The area code as typed (separators are dropped): 1–5 digits, or empty for any. */
  areaCode?: string | undefined;
  /** Digits or letters the number contains, as typed (letters become keypad digits): 1–10, or empty. */
  contains?: string | undefined;
  /** How long typing must pause before a search is sent. @default 300 */
  debounceMs?: number | undefined;
  /** Search at all, e.g. only while a purchase dialog is open. @default true */
  enabled?: boolean | undefined;
}

/** What {@link useAvailablePhoneNumbers} returns. */
export interface AvailablePhoneNumbers extends ResourceQuery<AvailablePhoneNumberList> {
  /** The numbers of the last answered search (at most 20). */
  numbers: AvailablePhoneNumber[];
  /** The search sent (digits only), or null while there is none. */
  search: AvailablePhoneNumbersParams | null;
  /** The digits the typed text stands for, e.g. `{ areaCode: '415', contains: '3569377' }`. */
  digits: { areaCode: string; contains: string };
  /** Typing has not paused yet: the shown numbers are the previous search's. */
  isDebouncing: boolean;
  /** Fields whose text the API would refuse; no search is sent while there is one. */
  invalidFields: PhoneNumberSearchField[];
  /** Sends the typed search now, without waiting, or sends it again ("Search again"). */
  searchNow: () => void;
}

function searchParams(
  productId: string | null,
  areaCode: string,
  contains: string,
): { params: AvailablePhoneNumbersParams | null; invalid: PhoneNumberSearchField[] } {
  const invalid: PhoneNumberSearchField[] = [];
  if (areaCode !== '' && !new RegExp(`^\\d{1,${PURCHASE_LIMITS.areaCode}}$`).test(areaCode)) {
    invalid.push('areaCode');
  }
  if (contains !== '' && !new RegExp(`^\\d{1,${PURCHASE_LIMITS.contains}}$`).test(contains)) {
    invalid.push('contains');
  }
  if (productId === null || invalid.length > 0) return { params: null, invalid };
  return {
    params: {
      productId,
      areaCode: areaCode === '' ? null : areaCode,
      contains: contains === '' ? null : contains,
    },
    invalid,
  };
}

const sameSearch = (a: AvailablePhoneNumbersParams | null, b: AvailablePhoneNumbersParams | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.productId === b.productId &&
    (a.areaCode ?? null) === (b.areaCode ?? null) &&
    (a.contains ?? null) === (b.contains ?? null));

/**
 * The phone numbers on offer for a product, searched as the person types: the search is
 * sent once typing pauses, a new search aborts the one still in flight (so an old answer
 * never lands under a new search), and text the API would refuse is never sent.
 */
export function useAvailablePhoneNumbers(options: UseAvailablePhoneNumbersOptions): AvailablePhoneNumbers {
  const { productId, debounceMs = 300, enabled = true } = options;
  const client = useRevampd();
  const areaCode = (options.areaCode ?? '').replace(SEPARATORS, '');
  const contains = keypadDigits(options.contains ?? '');
  const typed = searchParams(productId, areaCode, contains);
  const typedParams = typed.params;

  const [sent, setSent] = useState<AvailablePhoneNumbersParams | null>(typedParams);
  const isDebouncing = !sameSearch(sent, typedParams) && typedParams !== null;
  useEffect(() => {
    if (!isDebouncing) return;
    // A new product is a new list at once; only typing waits for a pause.
    const wait = sent?.productId === typedParams?.productId ? debounceMs : 0;
    const timer = setTimeout(() => setSent(typedParams), wait);
    return () => clearTimeout(timer);
    // The search's parts, not its object: a new object each render is not a new search.
  }, [isDebouncing, typedParams?.productId, typedParams?.areaCode, typedParams?.contains, debounceMs]);

  const query = useResourceQuery({ ...addOnQueries.availableNumbers(client, sent), enabled });
  const { refetch } = query;
  const latestTyped = useRef(typedParams);
  latestTyped.current = typedParams;
  const latestSent = useRef(sent);
  latestSent.current = sent;
  const searchNow = useCallback(() => {
    const next = latestTyped.current;
    if (next === null) return;
    if (sameSearch(latestSent.current, next)) refetch();
    else setSent(next);
  }, [refetch]);

  return {
    ...query,
    numbers: query.data?.data ?? [],
    search: sent,
    digits: { areaCode, contains },
    isDebouncing,
    invalidFields: typed.invalid,
    searchNow,
  };
}

// -------------------------------------------------------------------------------------------------
// The purchase
// -------------------------------------------------------------------------------------------------

/**
 * What makes two purchases the same intent: the whole body. The same choices at the same
 * total reuse one Idempotency-Key (one charge, whatever the retries); a different body is a
 * different purchase (the same key with another body would be `409 idempotency_key_reused`).
 */
export function purchaseIntent(purchase: PurchaseAddOn): string {
  const { productId, quantity, phoneNumber, payWith, expectedTotal } = purchase;
  const total = `${expectedTotal.amount} ${expectedTotal.currency.toUpperCase()}`;
  return `buy-add-on:${productId}|${quantity}|${phoneNumber ?? ''}|${payWith}|${total}`;
}

/**
 * Buys a product once, whatever the clicks, retries and remounts (faults.md 41). Refused
 * before any request when `buyAddOns` is switched off. On success, in the scope that SENT
 * it: the wallet takes the answer's balance, and the add-ons, invoices, wallet transactions,
 * numbers on offer and what needs attention (`/attention`) are fetched again.
 */
export function usePurchaseAddOn(): IdempotentMutation<PurchaseAddOn, AddOnPurchase> {
  return useIdempotentMutation({
    feature: 'buyAddOns',
    intentOf: purchaseIntent,
    send: (purchase, idempotencyKey, { api }) => purchaseAddOn(api, purchase, { idempotencyKey }),
    onSuccess: async (result, _purchase, client) => {
      const { queryClient, scope } = client;
      queryClient.setQueryData(walletQueries.detail(client).queryKey, result.wallet);
      // Not awaited: a slow summary must not hold the confirmation back.
      void invalidateAttention(client);
      // Refetched, not patched: lists may be filtered or sorted in ways only the server
      // knows. Awaited, so the confirmation shows once the new rows are on screen.
      await Promise.all(
        [
          addOnQueries.lists(scope),
          addOnQueries.availableNumberSearches(scope),
          invoiceQueries.lists(scope),
          walletQueries.transactionLists(scope),
        ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
    },
  });
}

// -------------------------------------------------------------------------------------------------
// The purchase flow: types
// -------------------------------------------------------------------------------------------------

/**
 * Where the flow is: choose a product, then a number (phone numbers) or a quantity (call
 * credits), then how to pay, then the review; `working` while "Buy" runs, `done` after.
 */
export type AddOnPurchaseStep = 'product' | 'number' | 'quantity' | 'payment' | 'review' | 'working' | 'done';

/** A choice of the flow a step can ask for, and an error can name. */
export type AddOnPurchaseField = 'product' | 'phoneNumber' | 'areaCode' | 'contains' | 'quantity' | 'payWith';

/** A product of the catalog, ready to show. */
export interface AddOnProductOption {
  /** The product's id, what `chooseProduct` takes. */
  id: string;
  /** The product as the API sent it (raw minor units). */
  product: Product;
  /** "Local number, United States" or "500 minutes", in the provider's language. */
  label: string;
  /** The API's description of it (text for people, untrusted: render as text). */
  description: string;
  /** "$15.00 per month" or "$27.50 one-time". */
  price: string;
}

/** A number on offer, ready to show. */
export interface AddOnPhoneNumberOption {
  /** E.164, what is sent: `+14155550142`. */
  number: string;
  /** For people: `+1 415 555 0142`. */
  display: string;
  /** "San Francisco, CA", or empty when the API gives none (toll-free numbers). */
  place: string;
  /** The number as the API sent it. */
  phoneNumber: AvailablePhoneNumber;
}

/** One line of the review: a term and its value, with the step that changes it. */
export interface AddOnPurchaseReviewLine {
  /** Which term the line is, stable across locales: a key for rendering and tests. */
  id: 'product' | 'number' | 'quantity' | 'unitPrice' | 'cadence' | 'total' | 'payWith' | 'walletAfter';
  /** The term, e.g. "Quantity", in the provider's language. */
  label: string;
  /** Its value, formatted for people, e.g. "$27.50 one-time". */
  value: string;
  /** The step a "Change" button goes back to; null for what follows from other choices. */
  changeStep: 'product' | 'number' | 'quantity' | 'payment' | null;
}

/** How paying from the wallet would go, as far as the client knows before "Buy". */
export interface AddOnPurchaseWallet {
  /** The wallet's state (403 there is no-access). */
  view: ResourceView;
  /** The balance, formatted; null until loaded. */
  balance: string | null;
  /**
   * What the option says under "Wallet credits": the balance and what remains after this
   * purchase, how much is missing, or that it could not be loaded.
   */
  hint: string;
  /** The balance after this purchase, formatted; null until both are known. */
  after: string | null;
  /** Whether the balance covers the total; null while either is unknown. */
  covers: boolean | null;
  /**
   * Whether the wallet can pay this at all: false when it holds another currency than the
   * product's price (the server would refuse). The wallet option is then unavailable.
   */
  usable: boolean;
}

/**
 * A refusal or failure of "Buy", in plain words (`title`, then `text`), with what the person
 * can do.
 */
export type AddOnPurchaseProblem = { title: string } & (
  | {
      /** Someone else took the number meanwhile: nothing was charged; choose another. */
      code: 'number_unavailable';
      text: string;
      /** The number that was taken, for people. */
      number: string;
    }
  | {
      /** The price changed since the review: nothing was charged; the review shows the new total. */
      code: 'price_changed';
      text: string;
      /** The total the person had confirmed. */
      previousTotal: Money;
      /** The new total once the catalog is fetched again; null while it loads. */
      total: Money | null;
    }
  | {
      /** The wallet does not cover the total: nothing was charged; pay on an invoice instead. */
      code: 'insufficient_funds';
      text: string;
      /** How much is missing, once the wallet is fetched again; null while unknown. */
      shortfall: Money | null;
    }
  | {
      /**
       * Anything else (network, server, bad answer). The purchase may have gone through: the
       * choices are kept, and "Buy" again sends the same intent, so at most one charge.
       */
      code: 'failed';
      text: string;
      error: RevampdError | null;
    }
);

/** A field's error, as the review's error summary and the field itself show it. */
export interface AddOnPurchaseFieldError {
  /** The field the error is about; `focusField` takes it there. */
  field: AddOnPurchaseField;
  /** The error in plain words, in the provider's language. */
  message: string;
}

/** Where the flow asks focus to go (the flow moves it itself when the element is attached). */
export type AddOnPurchaseFocusTarget = 'heading' | 'errors' | 'problem';

/** The ids of the flow's parts, for labels, `aria-describedby` and error-summary links. */
export interface AddOnPurchaseIds {
  /** `id` of the flow's title ("Buy an add-on"), for the dialog's `aria-labelledby`. */
  title: string;
  /** `id` of the step's heading, for `aria-labelledby` of the step's form and choice groups. */
  heading: string;
  /** `id` of the error summary, which takes focus when "Continue" finds errors. */
  errorSummary: string;
  /** `id` of the box that says why "Buy" was refused. */
  problem: string;
  /** `id` of the product choices' group (and their radios' `name`); its error is `<id>-error`. */
  product: string;
  /** `id` of the number choices' group (and their radios' `name`); its error is `<id>-error`. */
  phoneNumber: string;
  /** `id` of the area-code search input; its hint, note and error add `-hint`, `-note`, `-error`. */
  areaCode: string;
  /** `id` of the "contains" search input; its hint, note and error add `-hint`, `-note`, `-error`. */
  contains: string;
  /** `id` of the quantity input; its error is `<id>-error`. */
  quantity: string;
  /** `id` of the payment choices' group (and their radios' `name`); its error is `<id>-error`. */
  payWith: string;
}

/** The result of a purchase, ready to show. */
export interface AddOnPurchaseDone {
  /** The API's answer: the add-on, its invoice and the wallet now. */
  purchase: AddOnPurchase;
  /** "You bought Local number, United States". */
  heading: string;
  /** What was bought and its state, the invoice, the wallet: one sentence each. */
  lines: string[];
}

/** Options of {@link useAddOnPurchaseFlow}. */
export interface UseAddOnPurchaseFlowOptions {
  /** Whether the flow is shown (controlled). */
  open?: boolean | undefined;
  /** Whether the flow is shown at first (uncontrolled). @default false */
  defaultOpen?: boolean | undefined;
  /** Told when the flow asks to be shown or closed. */
  onOpenChange?: ((open: boolean) => void) | undefined;
  /** How long typing in the number search must pause before a search. @default 300 */
  searchDebounceMs?: number | undefined;
}

/** The purchase flow: state, choices, totals, actions and focus, without markup. */
export interface AddOnPurchaseFlow {
  /** Whether the flow is shown (never while `buyAddOns` is switched off). Queries run only while it is. */
  open: boolean;
  /** Shows or closes the flow. Closing forgets the choices, except mid-purchase (see {@link step}). */
  setOpen: (open: boolean) => void;

  /** The current step. */
  step: AddOnPurchaseStep;
  /** The step's heading, e.g. "Choose a phone number". */
  stepTitle: string;
  /** "Step 2 of 4" during the choices and the review; null on the confirmation. */
  progress: string | null;

  /** The catalog, as options grouped by kind. */
  catalog: {
    view: ResourceView;
    phoneNumbers: AddOnProductOption[];
    callCredits: AddOnProductOption[];
    retry: () => void;
    isFetching: boolean;
    updatedAt: number;
  };
  /** The chosen product, or null. */
  product: AddOnProductOption | null;
  /** Chooses a product by id; a different product drops the chosen number (the search text stays). */
  chooseProduct: (productId: string) => void;

  /** The number search (phone-number products). */
  numbers: {
    areaCode: string;
    contains: string;
    setAreaCode: (text: string) => void;
    setContains: (text: string) => void;
    /** The digits `contains` stands for when letters were typed ("Searching for 3569377"), else null. */
    keypadNote: string | null;
    /**
     * What is wrong with the typed search, as it is typed (the search is live, so the person
     * learns at once why nothing new is listed); nothing is sent while a field is wrong.
     */
    fieldErrors: Readonly<Record<PhoneNumberSearchField, string | null>>;
    view: ResourceView;
    /** The numbers on offer, the chosen one first if a new search no longer lists it. */
    options: AddOnPhoneNumberOption[];
    /** A search is waiting for typing to pause or for its answer. */
    isSearching: boolean;
    /** "12 numbers found", "No numbers match …", or "Searching…", for a polite live region. */
    status: string;
    /** Sends the search again for fresh numbers. */
    searchAgain: () => void;
    /** When the shown numbers were fetched (epoch ms), for "may be out of date" notes. */
    updatedAt: number;
    /** Sends the typed search now (Enter in a search field). */
    searchNow: () => void;
    retry: () => void;
  };
  /** The chosen number, or null. */
  phoneNumber: AddOnPhoneNumberOption | null;
  /** Chooses a number on offer by its E.164 form; a number not listed is ignored. */
  choosePhoneNumber: (number: string) => void;

  /** How many packs, as typed (call credits; always "1" for a number). */
  quantity: string;
  /** Sets the quantity as typed; it is checked on "Continue", not while typing. */
  setQuantity: (text: string) => void;
  /** {@link quantity} as a whole number in 1–100, or null. */
  quantityValue: number | null;

  /** How the person pays, or null until chosen. */
  payWith: PaymentMethod | null;
  /** Chooses how to pay: wallet credits or an invoice. */
  choosePayWith: (method: PaymentMethod) => void;
  /** The wallet, for the "Wallet credits" option: its balance and whether it covers the total. */
  wallet: AddOnPurchaseWallet;

  /** The unit price, the total due now (unit price × quantity) and the cadence, formatted. */
  totals: {
    unitPrice: Money | null;
    total: Money | null;
    unitPriceText: string | null;
    totalText: string | null;
    /** "per month" or "one-time". */
    cadence: string | null;
  };
  /** The review's lines, in order. */
  review: AddOnPurchaseReviewLine[];

  /** Checks the current step; moves on when it is complete, else shows its errors. */
  next: () => void;
  /** Goes to the previous step (from the review: how to pay). */
  back: () => void;
  /** Goes to a step from the review ("Change"); "Continue" there comes back to the review. */
  edit: (step: 'product' | 'number' | 'quantity' | 'payment') => void;
  /**
   * Buys what the review shows, once: a second call while the first runs joins it, and the
   * same choices after a failure reuse its Idempotency-Key. Never rejects.
   */
  buy: () => Promise<void>;
  /** "Buy" would do something now (on the review, and not while a new price loads). */
  canBuy: boolean;
  /** After `insufficient_funds`: switch to paying on an invoice and stay on the review. */
  payOnInvoiceInstead: () => void;
  /** Starts again from the product ("Buy another add-on"). */
  reset: () => void;

  /** The current step's errors, after "Continue" (GOV.UK: checked on submit, never cleared by typing). */
  errors: AddOnPurchaseFieldError[];
  /** The error of one field, if any. */
  errorOf: (field: AddOnPurchaseField) => string | null;
  /** Why the last "Buy" did not go through, in plain words; null otherwise. */
  problem: AddOnPurchaseProblem | null;
  /** "Buy" is running. */
  isWorking: boolean;
  /** What was bought, on the confirmation. */
  done: AddOnPurchaseDone | null;

  /** Ids for the parts a view renders. */
  ids: AddOnPurchaseIds;
  /** Attach to the step's heading (with `tabIndex={-1}`): focus lands there on each new step. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Attach to the error summary (with `tabIndex={-1}`): it takes focus when "Continue" finds errors. */
  errorSummaryRef: RefObject<HTMLElement | null>;
  /** Attach to the problem's box (with `tabIndex={-1}`): it takes focus when "Buy" is refused. */
  problemRef: RefObject<HTMLElement | null>;
  /** Puts focus on a field (error-summary links). */
  focusField: (field: AddOnPurchaseField) => void;
}

// -------------------------------------------------------------------------------------------------
// The purchase flow: pure helpers
// -------------------------------------------------------------------------------------------------

/** The steps of a product's path, in order; phone numbers pick a number, packs a quantity. */
function pathOf(product: Product | null): readonly AddOnPurchaseStep[] {
  return product?.kind === 'call_credits'
    ? ['product', 'quantity', 'payment', 'review']
    : ['product', 'number', 'payment', 'review'];
}

/** A whole number of packs in the API's range, or null. */
function parseQuantity(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= 1 && value <= PURCHASE_LIMITS.quantity ? value : null;
}

/** A country's name in `locale` ("United States", "États-Unis"), or its code. */
function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const moneyTimes = (money: Money, times: number): Money => ({
  amount: money.amount * times,
  currency: money.currency,
});

const sameCurrency = (a: Money, b: Money): boolean => a.currency.toUpperCase() === b.currency.toUpperCase();

/** The choices a flow starts from. */
interface Choices {
  productId: string | null;
  areaCode: string;
  contains: string;
  phoneNumber: AvailablePhoneNumber | null;
  quantity: string;
  payWith: PaymentMethod | null;
}

const NO_CHOICES: Choices = {
  productId: null,
  areaCode: '',
  contains: '',
  phoneNumber: null,
  quantity: '1',
  payWith: null,
};

/** A refusal as the flow keeps it: its texts are written at render, from fresh data. */
type ProblemState =
  | { code: 'number_unavailable'; number: string }
  | { code: 'price_changed'; previousTotal: Money }
  | { code: 'insufficient_funds'; total: Money }
  | { code: 'failed'; error: RevampdError | null };

// -------------------------------------------------------------------------------------------------
// A purchase whose outcome is not known, kept past the flow that sent it
// -------------------------------------------------------------------------------------------------

/**
 * A purchase sent and not yet answered, or whose answer was lost (network, 5xx): it may have
 * been applied. Kept from "Buy" until it succeeds or is refused, so a flow mounted meanwhile
 * (the portal switched section and back) shows the same choices and "Buy" sends the same
 * intent: the provider's store still holds its Idempotency-Key, so the server replays the
 * purchase instead of making a second (faults.md 41). The choices themselves matter: a phone
 * number bought by a lost purchase is no longer offered, so it could not be picked again.
 */
interface UnconfirmedPurchase {
  choices: Choices;
  takenNumbers: readonly string[];
  purchase: PurchaseAddOn;
  /** Still waiting for the answer; otherwise the transient failure it ended with. */
  inFlight: boolean;
  error: RevampdError | null;
}

// Per provider (its intent store lives exactly as long, and a WeakMap lets both go together),
// then per scope: another org's unconfirmed purchase is not this one's.
const unconfirmedPurchases = new WeakMap<IntentStore, Map<string, UnconfirmedPurchase>>();

function unconfirmedIn(intents: IntentStore): Map<string, UnconfirmedPurchase> {
  let byScope = unconfirmedPurchases.get(intents);
  if (!byScope) {
    byScope = new Map();
    unconfirmedPurchases.set(intents, byScope);
  }
  return byScope;
}

// -------------------------------------------------------------------------------------------------
// useAddOnPurchaseFlow
// -------------------------------------------------------------------------------------------------

/**
 * The purchase flow `AddOnPurchase` renders, for hosts rendering their own steps: choose a
 * product → a number (search, pick) or a quantity → how to pay (wallet credits with the
 * balance and what remains, or a Revampd invoice) → review (unit price, cadence, total due
 * now, wallet after) → "Buy" → confirmation. A taken number, a price change or a wallet
 * that falls short (faults.md 42–43) come back to the step that fixes them with every other
 * choice kept; nothing was charged on any of them.
 */
export function useAddOnPurchaseFlow(options: UseAddOnPurchaseFlowOptions = {}): AddOnPurchaseFlow {
  const client = useRevampd();
  const { messages, t, locale, scope, queryClient, features } = client;
  const m = useSectionMessages('addOnPurchase', enUSAddOnPurchase);
  const format = useFormatters();
  const errorText = useErrorText();

  const [openState, setOpenState] = useControllableState({
    prop: options.open,
    defaultProp: options.defaultOpen ?? false,
    onChange: options.onOpenChange,
  });
  // Switched off, the flow is never shown (nothing to open, nothing fetched).
  const open = openState && features.buyAddOns;

  // ---- State ---------------------------------------------------------------------------------
  const scopeKey = JSON.stringify(scopeKeys.all(scope));
  // A purchase this scope sent from an earlier mount and never heard the end of: start on its
  // review with its choices (see UnconfirmedPurchase), as closing and opening the dialog does.
  const [unconfirmed] = useState(() => unconfirmedIn(client.intents).get(scopeKey) ?? null);
  const [choices, setChoices] = useState<Choices>(unconfirmed?.choices ?? NO_CHOICES);
  const [step, setStep] = useState<AddOnPurchaseStep>(unconfirmed ? 'review' : 'product');
  const [visitedReview, setVisitedReview] = useState(unconfirmed !== null);
  const [errors, setErrors] = useState<AddOnPurchaseFieldError[]>([]);
  const [problem, setProblem] = useState<ProblemState | null>(
    unconfirmed && !unconfirmed.inFlight ? { code: 'failed', error: unconfirmed.error } : null,
  );
  const [result, setResult] = useState<AddOnPurchase | null>(null);
  /** Numbers "Buy" found taken: hidden even before the fresh search answers. */
  const [takenNumbers, setTakenNumbers] = useState<readonly string[]>(unconfirmed?.takenNumbers ?? []);
  const [focusRequest, setFocusRequest] = useState<{ target: AddOnPurchaseFocusTarget; seq: number }>({
    target: 'heading',
    seq: 0,
  });
  const requestFocus = useCallback(
    (target: AddOnPurchaseFocusTarget) => setFocusRequest((current) => ({ target, seq: current.seq + 1 })),
    [],
  );

  const reset = useCallback(() => {
    setChoices(NO_CHOICES);
    setStep('product');
    setVisitedReview(false);
    setErrors([]);
    setProblem(null);
    setResult(null);
    setTakenNumbers([]);
    requestFocus('heading');
  }, [requestFocus]);

  // ---- Data ----------------------------------------------------------------------------------
  const catalogQuery = useAddOnCatalog({ enabled: open });
  const walletQuery = useResourceQuery({ ...walletQueries.detail(client), enabled: open });
  const products = catalogQuery.data?.data;
  const product = useMemo(
    () => products?.find((candidate) => candidate.id === choices.productId) ?? null,
    [products, choices.productId],
  );
  const isPhone = product?.kind === 'phone_number';
  const numbersQuery = useAvailablePhoneNumbers({
    productId: isPhone ? product.id : null,
    areaCode: choices.areaCode,
    contains: choices.contains,
    debounceMs: options.searchDebounceMs,
    enabled: open && isPhone,
  });
  const mutation = usePurchaseAddOn();

  // ---- Totals --------------------------------------------------------------------------------
  const quantityValue = isPhone ? 1 : parseQuantity(choices.quantity);
  const unitPrice = product?.unitPrice ?? null;
  const total = unitPrice !== null && quantityValue !== null ? moneyTimes(unitPrice, quantityValue) : null;
  const cadence = product === null ? null : product.interval === 'month' ? m.cadenceMonth : m.cadenceOneTime;

  const productOption = useCallback(
    (candidate: Product): AddOnProductOption => {
      const label =
        candidate.kind === 'phone_number'
          ? t(m.phoneProduct, {
              type: m.numberType[candidate.numberType ?? 'local'],
              country: candidate.country === null ? '' : countryName(candidate.country, locale),
            })
          : t(m.creditsProduct, {
              minutes: candidate.minutes ?? 0,
            });
      const price = format.money(candidate.unitPrice);
      return {
        id: candidate.id,
        product: candidate,
        label,
        description: candidate.description,
        price: t(candidate.interval === 'month' ? m.perMonth : m.oneTime, { price }),
      };
    },
    [t, m, locale, format],
  );

  const catalogOptions = useMemo(() => {
    const all = (products ?? []).map(productOption);
    return {
      phoneNumbers: all.filter((option) => option.product.kind === 'phone_number'),
      callCredits: all.filter((option) => option.product.kind === 'call_credits'),
    };
  }, [products, productOption]);

  // ---- Wallet --------------------------------------------------------------------------------
  const walletData = walletQuery.data;
  const walletUsable = walletData === undefined || total === null || sameCurrency(walletData.balance, total);
  const walletAfter =
    walletData !== undefined && total !== null && walletUsable
      ? { amount: walletData.balance.amount - total.amount, currency: walletData.balance.currency }
      : null;
  const wallet: AddOnPurchaseWallet = {
    view: resourceView(walletQuery, walletData !== undefined),
    balance: walletData ? format.money(walletData.balance) : null,
    after: walletAfter ? format.money(walletAfter) : null,
    covers: walletAfter === null ? null : walletAfter.amount >= 0,
    usable: walletUsable,
    hint: (() => {
      if (walletData === undefined) {
        return walletQuery.status === 'error' ? m.walletUnavailable : m.walletLoading;
      }
      const balance = format.money(walletData.balance);
      if (!walletUsable) return t(m.walletOtherCurrency, { balance });
      if (walletAfter === null) return t(m.walletBalance, { balance });
      if (walletAfter.amount < 0) {
        return t(m.walletShort, {
          balance,
          amount: format.money({ ...walletAfter, amount: -walletAfter.amount }),
        });
      }
      return t(m.walletCovers, { balance, after: format.money(walletAfter) });
    })(),
  };

  // ---- Numbers -------------------------------------------------------------------------------
  const picked = choices.phoneNumber;
  const { numberOptions, offeredCount } = useMemo(() => {
    const toOption = (phoneNumber: AvailablePhoneNumber): AddOnPhoneNumberOption => ({
      number: phoneNumber.number,
      display: phoneNumber.display,
      place: [phoneNumber.locality, phoneNumber.region].filter(Boolean).join(', '),
      phoneNumber,
    });
    const offered = numbersQuery.numbers.filter((candidate) => !takenNumbers.includes(candidate.number));
    // Never drop the person's choice because a new search does not list it.
    const chosenFirst =
      picked !== null && !offered.some((candidate) => candidate.number === picked.number)
        ? [picked, ...offered]
        : offered;
    return { numberOptions: chosenFirst.map(toOption), offeredCount: offered.length };
  }, [numbersQuery.numbers, takenNumbers, picked]);
  const numbersSearching = numbersQuery.isDebouncing || numbersQuery.isFetching;
  const numbersStatus = numbersSearching
    ? m.searching
    : numbersQuery.status === 'success'
      ? offeredCount === 0
        ? m.noNumbers
        : t(m.numbersFound, { count: offeredCount })
      : '';
  const numberFieldErrors = {
    areaCode: numbersQuery.invalidFields.includes('areaCode')
      ? t(m.errorAreaCode, { max: PURCHASE_LIMITS.areaCode })
      : null,
    contains: numbersQuery.invalidFields.includes('contains')
      ? t(m.errorContains, { max: PURCHASE_LIMITS.contains })
      : null,
  };
  const keypadNote =
    /[a-z]/i.test(choices.contains) && numbersQuery.digits.contains !== ''
      ? t(m.keypadNote, { digits: numbersQuery.digits.contains })
      : null;

  // ---- Purchase ------------------------------------------------------------------------------
  const purchase: PurchaseAddOn | null =
    product !== null && total !== null && choices.payWith !== null && (!isPhone || picked !== null)
      ? {
          productId: product.id,
          quantity: quantityValue ?? 1,
          ...(isPhone && picked !== null ? { phoneNumber: picked.number } : {}),
          payWith: choices.payWith,
          expectedTotal: total,
        }
      : null;

  // ---- Step checks ---------------------------------------------------------------------------
  const path = pathOf(product);
  const checkStep = useCallback(
    (at: AddOnPurchaseStep): AddOnPurchaseFieldError[] => {
      switch (at) {
        case 'product':
          return product === null ? [{ field: 'product', message: m.errorProduct }] : [];
        case 'number':
          return picked === null ? [{ field: 'phoneNumber', message: m.errorPhoneNumber }] : [];
        case 'quantity':
          return quantityValue === null
            ? [{ field: 'quantity', message: t(m.errorQuantity, { max: PURCHASE_LIMITS.quantity }) }]
            : [];
        case 'payment':
          if (choices.payWith === null) return [{ field: 'payWith', message: m.errorPayWith }];
          if (choices.payWith === 'wallet' && !walletUsable)
            return [{ field: 'payWith', message: m.errorWalletCurrency }];
          return [];
        default:
          return [];
      }
    },
    [product, picked, quantityValue, choices.payWith, walletUsable, m, t],
  );

  const goTo = useCallback(
    (next: AddOnPurchaseStep) => {
      setErrors([]);
      setStep(next);
      requestFocus('heading');
    },
    [requestFocus],
  );

  const next = useCallback(() => {
    const found = checkStep(step);
    if (found.length > 0) {
      setErrors(found);
      requestFocus('errors');
      return;
    }
    const index = path.indexOf(step);
    if (index < 0 || index >= path.length - 1) return;
    // Back from "Change" on the review: straight to the review once everything is chosen.
    const incomplete = path.slice(0, -1).find((candidate) => checkStep(candidate).length > 0);
    const target = visitedReview ? (incomplete ?? 'review') : (path[index + 1] ?? 'review');
    if (target === 'review') setVisitedReview(true);
    setProblem((current) => (current?.code === 'number_unavailable' && target !== 'number' ? null : current));
    goTo(target);
  }, [checkStep, step, path, visitedReview, goTo, requestFocus]);

  const back = useCallback(() => {
    const index = path.indexOf(step);
    if (index > 0) goTo(path[index - 1] ?? 'product');
  }, [path, step, goTo]);

  const edit = useCallback(
    (target: 'product' | 'number' | 'quantity' | 'payment') => {
      setProblem(null);
      goTo(target);
    },
    [goTo],
  );

  // The latest values, read by `buy` after its await.
  const canBuy =
    step === 'review' && purchase !== null && !(problem?.code === 'price_changed' && catalogQuery.isFetching);
  const latest = useRef({ purchase, canBuy, choices, takenNumbers });
  latest.current = { purchase, canBuy, choices, takenNumbers };
  const running = useRef<Promise<void> | null>(null);
  const { mutate } = mutation;
  const { refetch: refetchCatalog } = catalogQuery;
  const { refetch: refetchWallet } = walletQuery;
  const { intents } = client;

  /** Sends `sending` (or joins it while it runs) and moves the flow on with its answer. */
  const send = useCallback(
    (sending: PurchaseAddOn, kept: Pick<UnconfirmedPurchase, 'choices' | 'takenNumbers'>): Promise<void> => {
      if (running.current) return running.current;
      setProblem(null);
      setStep('working');
      // Held until the answer says what happened, even if this flow unmounts meanwhile.
      const held = unconfirmedIn(intents);
      const hold = (inFlight: boolean, error: RevampdError | null) =>
        held.set(scopeKey, { ...kept, purchase: sending, inFlight, error });
      hold(true, null);
      let committed = false;
      const attempt = (async () => {
        try {
          const bought = await mutate(sending, {
            // Even when the scope changed meanwhile: bought, so never to be replayed.
            onCommitted: () => {
              committed = true;
              held.delete(scopeKey);
            },
          });
          setResult(bought);
          setStep('done');
          requestFocus('heading');
        } catch (thrown) {
          const error = toRevampdError(thrown);
          // The org, connection or user changed: the flow is reset for the new scope; the
          // purchase stays unconfirmed for the scope that sent it, unless it was bought.
          if (isScopeChanged(error)) {
            if (!committed) hold(false, null);
            return;
          }
          // A refusal (409, 422) is final and charged nothing; anything else may have been applied.
          if (error?.isTransient === false) held.delete(scopeKey);
          else hold(false, error);
          switch (error?.code) {
            case 'number_unavailable': {
              const taken = sending.phoneNumber;
              if (taken !== undefined) setTakenNumbers((current) => [...current, taken]);
              setChoices((current) => ({ ...current, phoneNumber: null }));
              setProblem({ code: 'number_unavailable', number: kept.choices.phoneNumber?.display ?? '' });
              setStep('number');
              void queryClient.invalidateQueries({ queryKey: addOnQueries.availableNumberSearches(scope) });
              break;
            }
            case 'price_changed':
              setProblem({ code: 'price_changed', previousTotal: sending.expectedTotal });
              setStep('review');
              refetchCatalog();
              break;
            case 'insufficient_funds':
              setProblem({ code: 'insufficient_funds', total: sending.expectedTotal });
              setStep('review');
              refetchWallet();
              break;
            default:
              setProblem({ code: 'failed', error });
              setStep('review');
          }
          requestFocus('problem');
        } finally {
          running.current = null;
        }
      })();
      running.current = attempt;
      return attempt;
    },
    [mutate, requestFocus, queryClient, scope, scopeKey, intents, refetchCatalog, refetchWallet],
  );

  const buy = useCallback((): Promise<void> => {
    const { purchase: sending, canBuy: ready, choices: chosen, takenNumbers: taken } = latest.current;
    if (running.current) return running.current;
    if (sending === null || !ready) return Promise.resolve();
    return send(sending, { choices: chosen, takenNumbers: taken });
  }, [send]);

  // Mounted while an earlier mount's purchase was still waiting for its answer: wait for it
  // too (the same intent joins the request in flight; nothing is sent twice). Read again
  // here, not from the render: the answer may have come in between.
  useEffect(() => {
    if (!unconfirmed?.inFlight) return;
    const now = unconfirmedIn(intents).get(scopeKey);
    if (now?.inFlight) void send(now.purchase, now);
    else if (now) setProblem({ code: 'failed', error: now.error });
    else reset();
    // Once, for the purchase this mount started from.
  }, []);

  const payOnInvoiceInstead = useCallback(() => {
    setChoices((current) => ({ ...current, payWith: 'invoice' }));
    setProblem(null);
    requestFocus('heading');
  }, [requestFocus]);

  // ---- Choices -------------------------------------------------------------------------------
  const chooseProduct = useCallback((productId: string) => {
    setChoices((current) =>
      current.productId === productId
        ? current
        : // Numbers belong to one product: a new product needs a new pick (the search text stays).
          { ...current, productId, phoneNumber: null },
    );
  }, []);
  const choosePhoneNumber = useCallback(
    (number: string) => {
      const found =
        numbersQuery.numbers.find((candidate) => candidate.number === number) ??
        (picked?.number === number ? picked : undefined);
      if (found) setChoices((current) => ({ ...current, phoneNumber: found }));
    },
    [numbersQuery.numbers, picked],
  );
  const setAreaCode = useCallback(
    (areaCode: string) => setChoices((current) => ({ ...current, areaCode })),
    [],
  );
  const setContains = useCallback(
    (contains: string) => setChoices((current) => ({ ...current, contains })),
    [],
  );
  const setQuantity = useCallback(
    (quantity: string) => setChoices((current) => ({ ...current, quantity })),
    [],
  );
  const choosePayWith = useCallback(
    (payWith: PaymentMethod) => setChoices((current) => ({ ...current, payWith })),
    [],
  );

  // ---- Opening, closing, scope ---------------------------------------------------------------
  const isWorking = step === 'working';
  // A failure that may have been applied (network, 5xx): keep the choices through a close,
  // so "Buy" again sends the same intent and the server replays the purchase, not a second.
  const uncertain = problem?.code === 'failed' && problem.error?.isTransient !== false;
  const keepOnClose = useRef(false);
  keepOnClose.current = isWorking || uncertain;

  const setOpen = useCallback((next: boolean) => setOpenState(next), [setOpenState]);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open && !keepOnClose.current) reset();
    if (!wasOpen.current && open)
      requestFocus(keepOnClose.current && problem !== null ? 'problem' : 'heading');
    wasOpen.current = open;
    // Only the transition matters; what to keep was decided by the render that closed it.
  }, [open]);

  const shownScope = useRef(scopeKey);
  useEffect(() => {
    if (shownScope.current === scopeKey) return;
    shownScope.current = scopeKey;
    // Another org's catalog, wallet and numbers: nothing chosen here applies there.
    reset();
  }, [scopeKey, reset]);

  // A product the catalog no longer offers (after a refetch) cannot be bought: choose again.
  useEffect(() => {
    if (choices.productId !== null && products !== undefined && product === null && step !== 'product') {
      setChoices((current) => ({ ...current, productId: null, phoneNumber: null }));
      goTo('product');
    }
  }, [choices.productId, products, product, step, goTo]);

  // ---- Problem texts (from fresh data: the new price, the wallet as it is now) ----------------
  const problemView: AddOnPurchaseProblem | null = (() => {
    if (problem === null) return null;
    // The 409s come before anything is charged (api.md); any other failure may not have.
    const title = problem.code === 'failed' ? m.failedTitle : m.problemTitle;
    switch (problem.code) {
      case 'number_unavailable':
        return { ...problem, title, text: t(m.numberUnavailable, { number: problem.number }) };
      case 'price_changed': {
        const fresh = catalogQuery.isFetching ? null : total;
        return {
          ...problem,
          title,
          total: fresh,
          text:
            fresh === null
              ? m.priceChecking
              : t(m.priceChanged, {
                  total: format.money(fresh),
                  previous: format.money(problem.previousTotal),
                }),
        };
      }
      case 'insufficient_funds': {
        const balance = walletData?.balance;
        const shortfall =
          balance !== undefined &&
          sameCurrency(balance, problem.total) &&
          balance.amount < problem.total.amount
            ? { amount: problem.total.amount - balance.amount, currency: problem.total.currency }
            : null;
        return {
          ...problem,
          title,
          shortfall,
          text:
            shortfall !== null && balance !== undefined
              ? t(m.insufficientFunds, {
                  balance: format.money(balance),
                  amount: format.money(shortfall),
                  total: format.money(problem.total),
                })
              : t(m.insufficientFundsUnknown, { total: format.money(problem.total) }),
        };
      }
      case 'failed':
        return { ...problem, title, text: `${errorText(problem.error) ?? ''} ${m.retryHint}`.trim() };
    }
  })();

  // ---- Review --------------------------------------------------------------------------------
  const review: AddOnPurchaseReviewLine[] = [];
  if (product !== null) {
    review.push({
      id: 'product',
      label: m.reviewProduct,
      value: productOption(product).label,
      changeStep: 'product',
    });
    if (isPhone) {
      review.push({
        id: 'number',
        label: m.reviewNumber,
        value: picked === null ? messages.common.none : picked.display,
        changeStep: 'number',
      });
    } else {
      review.push({
        id: 'quantity',
        label: m.reviewQuantity,
        value: quantityValue === null ? messages.common.none : formatCount(quantityValue, locale),
        changeStep: 'quantity',
      });
    }
    review.push({
      id: 'unitPrice',
      label: m.reviewUnitPrice,
      value: format.money(product.unitPrice),
      changeStep: null,
    });
    review.push({ id: 'cadence', label: m.reviewCadence, value: cadence ?? '', changeStep: null });
    review.push({
      id: 'total',
      label: m.reviewTotal,
      value: total === null ? messages.common.none : format.money(total),
      changeStep: null,
    });
    review.push({
      id: 'payWith',
      label: m.reviewPayWith,
      value:
        choices.payWith === null
          ? messages.common.none
          : t(choices.payWith === 'wallet' ? m.payWallet : m.payInvoice),
      changeStep: 'payment',
    });
    if (choices.payWith === 'wallet') {
      review.push({
        id: 'walletAfter',
        label: m.reviewWalletAfter,
        value: wallet.after ?? messages.common.none,
        changeStep: null,
      });
    }
  }

  // ---- Confirmation --------------------------------------------------------------------------
  const done: AddOnPurchaseDone | null = (() => {
    if (result === null) return null;
    const { addOn, invoice } = result;
    const bought = products?.find((candidate) => candidate.id === choices.productId);
    const name = bought ? productOption(bought).label : addOn.name;
    const lines: string[] = [];
    if (addOn.kind === 'phone_number') {
      const number = addOn.detail ?? '';
      lines.push(t(addOn.status === 'pending' ? m.doneNumberPending : m.doneNumberActive, { number }));
    } else if (bought?.minutes != null) {
      lines.push(t(m.doneCredits, { minutes: bought.minutes * addOn.quantity }));
    }
    lines.push(
      invoice.status === 'paid'
        ? t(m.doneInvoicePaid, { number: invoice.number })
        : t(m.doneInvoiceOpen, { number: invoice.number, amount: format.money(invoice.amountDue) }),
    );
    if (invoice.status === 'paid')
      lines.push(t(m.doneWallet, { balance: format.money(result.wallet.balance) }));
    return { purchase: result, heading: t(m.doneHeading, { name }), lines };
  })();

  // ---- Focus ---------------------------------------------------------------------------------
  const baseId = useId();
  const ids: AddOnPurchaseIds = useMemo(
    () => ({
      title: `${baseId}-title`,
      heading: `${baseId}-heading`,
      errorSummary: `${baseId}-errors`,
      problem: `${baseId}-problem`,
      product: `${baseId}-product`,
      phoneNumber: `${baseId}-phone-number`,
      areaCode: `${baseId}-area-code`,
      contains: `${baseId}-contains`,
      quantity: `${baseId}-quantity`,
      payWith: `${baseId}-pay-with`,
    }),
    [baseId],
  );
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const errorSummaryRef = useRef<HTMLElement | null>(null);
  const problemRef = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (!open) return;
    const target =
      focusRequest.target === 'errors'
        ? errorSummaryRef.current
        : focusRequest.target === 'problem'
          ? (problemRef.current ?? headingRef.current)
          : headingRef.current;
    target?.focus();
  }, [focusRequest, open]);

  const focusField = useCallback(
    (field: AddOnPurchaseField) => {
      const root = headingRef.current?.ownerDocument ?? (typeof document === 'undefined' ? null : document);
      const id = ids[field];
      // A group (radios) focuses its checked option, or its first.
      const element = root?.getElementById(id);
      const target =
        element instanceof HTMLInputElement || element instanceof HTMLSelectElement
          ? element
          : (element?.querySelector<HTMLInputElement>('input:checked') ??
            element?.querySelector<HTMLInputElement>('input'));
      target?.focus();
    },
    [ids],
  );

  const stepIndex = path.indexOf(step === 'working' ? 'review' : step);
  const errorOf = useCallback(
    (field: AddOnPurchaseField) => errors.find((error) => error.field === field)?.message ?? null,
    [errors],
  );

  return {
    open,
    setOpen,
    step,
    stepTitle: m.steps[step],
    progress: stepIndex < 0 ? null : t(m.progress, { step: stepIndex + 1, count: path.length }),
    catalog: {
      view: resourceView({ ...catalogQuery, isEmpty: (products ?? []).length === 0 }, products !== undefined),
      phoneNumbers: catalogOptions.phoneNumbers,
      callCredits: catalogOptions.callCredits,
      retry: catalogQuery.refetch,
      isFetching: catalogQuery.isFetching,
      updatedAt: catalogQuery.dataUpdatedAt,
    },
    product: product === null ? null : productOption(product),
    chooseProduct,
    numbers: {
      areaCode: choices.areaCode,
      contains: choices.contains,
      setAreaCode,
      setContains,
      keypadNote,
      fieldErrors: numberFieldErrors,
      view: resourceView(
        { ...numbersQuery, isEmpty: false },
        numbersQuery.data !== undefined || numbersQuery.search === null,
      ),
      options: numberOptions,
      isSearching: numbersSearching,
      status: numbersStatus,
      searchAgain: numbersQuery.searchNow,
      updatedAt: numbersQuery.dataUpdatedAt,
      searchNow: numbersQuery.searchNow,
      retry: numbersQuery.refetch,
    },
    phoneNumber: numberOptions.find((option) => option.number === picked?.number) ?? null,
    choosePhoneNumber,
    quantity: isPhone ? '1' : choices.quantity,
    setQuantity,
    quantityValue,
    payWith: choices.payWith,
    choosePayWith,
    wallet,
    totals: {
      unitPrice,
      total,
      unitPriceText: unitPrice === null ? null : format.money(unitPrice),
      totalText: total === null ? null : format.money(total),
      cadence,
    },
    review,
    next,
    back,
    edit,
    buy,
    canBuy,
    payOnInvoiceInstead,
    reset,
    errors,
    errorOf,
    problem: problemView,
    isWorking,
    done,
    ids,
    headingRef,
    errorSummaryRef,
    problemRef,
    focusField,
  };
}
