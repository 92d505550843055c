/**
 * The add-ons' contract: the Sub-Org's add-ons, and what buying more needs (the catalog,
 * the phone numbers on offer, the purchase). Conventions: ./common.ts.
 */
import * as v from 'valibot';
import { intFrom, Money, page, Timestamp } from './common';
import { Invoice } from './invoices';
import { Wallet } from './wallet';

/** The schema (valibot) of what an add-on is: `phone_number`, `call_credits` or `other`; parses and checks the API's JSON. */
export const AddOnKind = /*#__PURE__*/ (() => v.picklist(['phone_number', 'call_credits', 'other']))();
/** The schema (valibot) of an add-on's state: `active`, `pending` (bought, not yet provisioned) or `cancelled`; parses and checks the API's JSON. */
export const AddOnStatus = /*#__PURE__*/ (() => v.picklist(['active', 'pending', 'cancelled']))();
/** How often an add-on is billed: every month, or once when bought. */
export const AddOnInterval = /*#__PURE__*/ (() => v.picklist(['month', 'one_time']))();

/** The schema (valibot) of a Revampd-issued add-on such as a phone number or call credits; parses and checks the API's JSON. */
export const AddOn = /*#__PURE__*/ (() =>
  v.object({
    id: v.string(),
    kind: AddOnKind,
    name: v.string(),
    detail: v.nullable(v.string()),
    status: AddOnStatus,
    quantity: intFrom(1),
    unitPrice: Money,
    interval: AddOnInterval,
    createdAt: Timestamp,
    cancelledAt: v.nullable(Timestamp),
    // The server's word on whether a cancel would be accepted now: the UI never guesses it
    // from `interval` and `status`, so a rule change on the server needs no release here.
    cancellable: v.boolean(),
  }))();

/** `GET /add-ons`: one page of add-ons. */
export const AddOnPage = /*#__PURE__*/ (() => page(AddOn))();

// -------------------------------------------------------------------------------------------------
// Buying add-ons
// -------------------------------------------------------------------------------------------------

/** Limits of `GET /phone-numbers/available` and `POST /add-ons` (api.md, "Buying add-ons"). */
export const PURCHASE_LIMITS = {
  /** `areaCode`: 1–5 digits. */
  areaCode: 5,
  /** `contains`: 1–10 digits or letters (letters map to keypad digits). */
  contains: 10,
  /** Numbers one search returns at most. */
  results: 20,
  /** `quantity` of one purchase: 1–100. */
  quantity: 100,
} as const;

/** E.164: `+`, a country code that does not start with 0, at most 15 digits in all. */
const E164 = /^\+[1-9]\d{1,14}$/;

/** A phone number in E.164 form, e.g. `+14155550100`. */
export const PhoneNumberE164 = /*#__PURE__*/ (() =>
  v.pipe(v.string(), v.regex(E164, 'must be an E.164 phone number such as +14155550100')))();

/** What the catalog sells: a phone number per country and type, or a call-credit pack. */
export const ProductKind = /*#__PURE__*/ (() => v.picklist(['phone_number', 'call_credits']))();
/** A phone number's type. */
export const PhoneNumberType = /*#__PURE__*/ (() => v.picklist(['local', 'toll_free']))();

/** One item of `GET /add-ons/catalog`. */
export const Product = /*#__PURE__*/ (() =>
  v.object({
    id: v.string(),
    kind: ProductKind,
    name: v.string(),
    description: v.string(),
    unitPrice: Money,
    interval: AddOnInterval,
    country: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'))),
    numberType: v.nullable(PhoneNumberType),
    minutes: v.nullable(intFrom(1)),
  }))();

/** `GET /add-ons/catalog`: everything on sale, not paged. */
export const ProductCatalog = /*#__PURE__*/ (() => v.object({ data: v.array(Product) }))();

/** One number `GET /phone-numbers/available` offers. */
export const AvailablePhoneNumber = /*#__PURE__*/ (() =>
  v.object({
    number: PhoneNumberE164,
    display: v.string(),
    locality: v.nullable(v.string()),
    region: v.nullable(v.string()),
  }))();

/** `GET /phone-numbers/available`: at most {@link PURCHASE_LIMITS}.results numbers, not paged. */
export const AvailablePhoneNumberList = /*#__PURE__*/ (() =>
  v.object({
    data: v.pipe(v.array(AvailablePhoneNumber), v.maxLength(PURCHASE_LIMITS.results)),
  }))();

/** Where a purchase is paid from. */
export const PaymentMethod = /*#__PURE__*/ (() => v.picklist(['wallet', 'invoice']))();

/**
 * The body of `POST /add-ons`. `expectedTotal` is the first period's total the person
 * confirmed (unit price × quantity): the server refuses with `409 price_changed` rather than
 * charge anything else.
 */
export const PurchaseAddOn = /*#__PURE__*/ (() =>
  v.object({
    productId: v.string(),
    quantity: v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(PURCHASE_LIMITS.quantity)),
    phoneNumber: v.optional(PhoneNumberE164),
    payWith: PaymentMethod,
    expectedTotal: Money,
  }))();

/** Query of `GET /phone-numbers/available`. */
export const AvailablePhoneNumberQuery = /*#__PURE__*/ (() =>
  v.object({
    productId: v.pipe(v.string(), v.minLength(1)),
    areaCode: v.optional(
      v.pipe(v.string(), v.regex(/^\d{1,5}$/, `must be 1 to ${PURCHASE_LIMITS.areaCode} digits`)),
    ),
    contains: v.optional(
      v.pipe(
        v.string(),
        v.regex(/^[0-9A-Za-z]{1,10}$/, `must be 1 to ${PURCHASE_LIMITS.contains} digits or letters`),
      ),
    ),
  }))();

/**
 * `201` of `POST /add-ons`: the add-on (`pending` while a number is provisioned), the
 * Revampd invoice billing its first period (already `paid` when paid from the wallet), and
 * the wallet as it is now.
 */
export const AddOnPurchase = /*#__PURE__*/ (() =>
  v.object({ addOn: AddOn, invoice: Invoice, wallet: Wallet }))();

// -------------------------------------------------------------------------------------------------
// Types
// -------------------------------------------------------------------------------------------------

/** A Revampd-issued add-on such as a phone number or call credits. */
export type AddOn = v.InferOutput<typeof AddOn>;
/** What an add-on is: `phone_number`, `call_credits` or `other`. */
export type AddOnKind = v.InferOutput<typeof AddOnKind>;
/** An add-on's state: `active`, `pending` (bought, not yet provisioned) or `cancelled`. */
export type AddOnStatus = v.InferOutput<typeof AddOnStatus>;
/** `month` or `one_time`. */
export type AddOnInterval = v.InferOutput<typeof AddOnInterval>;
/** Something the Sub-Org can buy: a phone number or a call-credit pack. */
export type Product = v.InferOutput<typeof Product>;
/** What the catalog sells: a phone number or a call-credit pack. */
export type ProductKind = v.InferOutput<typeof ProductKind>;
/** `local` or `toll_free`. */
export type PhoneNumberType = v.InferOutput<typeof PhoneNumberType>;
/** `GET /add-ons/catalog`. */
export type ProductCatalog = v.InferOutput<typeof ProductCatalog>;
/** A number on offer from `GET /phone-numbers/available`. */
export type AvailablePhoneNumber = v.InferOutput<typeof AvailablePhoneNumber>;
/** `GET /phone-numbers/available`. */
export type AvailablePhoneNumberList = v.InferOutput<typeof AvailablePhoneNumberList>;
/** Query of `GET /phone-numbers/available`. */
export type AvailablePhoneNumberQuery = v.InferOutput<typeof AvailablePhoneNumberQuery>;
/** `wallet` or `invoice`. */
export type PaymentMethod = v.InferOutput<typeof PaymentMethod>;
/** The body of `POST /add-ons`. */
export type PurchaseAddOn = v.InferOutput<typeof PurchaseAddOn>;
/** The answer of `POST /add-ons`. */
export type AddOnPurchase = v.InferOutput<typeof AddOnPurchase>;
