/** The add-ons' endpoints: the Sub-Org's add-ons, cancelling one, and buying more. */
import {
  AddOn,
  AddOnPage,
  AddOnPurchase,
  AvailablePhoneNumberList,
  AvailablePhoneNumberQuery,
  ProductCatalog,
} from '../schemas/addOns';
import type {
  AddOn as AddOnT,
  AddOnPurchase as AddOnPurchaseT,
  AvailablePhoneNumberList as AvailablePhoneNumberListT,
  ProductCatalog as ProductCatalogT,
  PurchaseAddOn,
} from '../schemas/addOns';
import type { Page } from '../schemas/common';
import type { MutationOptions, RequestOptions, Transport } from '../transport';
import { filterQuery, id, paging, textFilter, type ListParams } from './shared';

/** Query of `GET /phone-numbers/available`. */
export interface AvailablePhoneNumbersParams {
  /** A phone-number product of the catalog. */
  productId: string;
  /** 1–5 digits; spaces, dashes, dots and brackets are dropped first. */
  areaCode?: string | null | undefined;
  /** 1–10 digits or letters (letters map to keypad digits); separators dropped first. */
  contains?: string | null | undefined;
}

/** `GET /add-ons`. */
export function listAddOns(
  api: Transport,
  params: ListParams = {},
  options: RequestOptions = {},
): Promise<Page<AddOnT>> {
  return api.send({
    method: 'GET',
    path: '/add-ons',
    schema: AddOnPage,
    query: paging(params),
    signal: options.signal,
  });
}

/** `POST /add-ons/{id}/cancel`: `409 already_cancelled`, `422 not_cancellable`. */
export function cancelAddOn(api: Transport, addOnId: string, options: MutationOptions): Promise<AddOnT> {
  return api.send({
    method: 'POST',
    path: `/add-ons/${id(addOnId)}/cancel`,
    schema: AddOn,
    body: {},
    idempotencyKey: options.idempotencyKey,
    signal: options.signal,
  });
}

/** `GET /add-ons/catalog`: what the Sub-Org can buy from Revampd directly (not paged). */
export function getAddOnCatalog(api: Transport, options: RequestOptions = {}): Promise<ProductCatalogT> {
  return api.send({
    method: 'GET',
    path: '/add-ons/catalog',
    schema: ProductCatalog,
    signal: options.signal,
  });
}

/** Separators a person types in a phone number; the API wants digits (and letters) only. */
const PHONE_SEPARATORS = /[\s().+-]/g;

/**
 * `GET /phone-numbers/available`: at most 20 numbers of a phone-number product. A query
 * the server would refuse (`areaCode` not 1–5 digits, `contains` not 1–10 digits or
 * letters) is refused before any request.
 */
export async function listAvailablePhoneNumbers(
  api: Transport,
  params: AvailablePhoneNumbersParams,
  options: RequestOptions = {},
): Promise<AvailablePhoneNumberListT> {
  const query = filterQuery(api, AvailablePhoneNumberQuery, {
    productId: params.productId,
    areaCode: textFilter(params.areaCode?.replace(PHONE_SEPARATORS, '')),
    contains: textFilter(params.contains?.replace(PHONE_SEPARATORS, '')),
  });
  return api.send({
    method: 'GET',
    path: '/phone-numbers/available',
    schema: AvailablePhoneNumberList,
    query,
    signal: options.signal,
  });
}

/**
 * `POST /add-ons`: buys a product. `409 price_changed`, `409 number_unavailable` and
 * `409 insufficient_funds` charge nothing. Only the contract's fields are sent.
 */
export function purchaseAddOn(
  api: Transport,
  purchase: PurchaseAddOn,
  options: MutationOptions,
): Promise<AddOnPurchaseT> {
  return api.send({
    method: 'POST',
    path: '/add-ons',
    schema: AddOnPurchase,
    body: {
      productId: purchase.productId,
      quantity: purchase.quantity,
      ...(purchase.phoneNumber === undefined ? {} : { phoneNumber: purchase.phoneNumber }),
      payWith: purchase.payWith,
      expectedTotal: { amount: purchase.expectedTotal.amount, currency: purchase.expectedTotal.currency },
    },
    idempotencyKey: options.idempotencyKey,
    signal: options.signal,
  });
}
