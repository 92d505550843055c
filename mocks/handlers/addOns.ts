/**
 * `GET /add-ons`, `POST /add-ons/{id}/cancel`, and buying: `GET /add-ons/catalog`,
 * `GET /phone-numbers/available` and `POST /add-ons`.
 */
import { http } from 'msw';
import type { HttpHandler } from 'msw';
import { PURCHASE_LIMITS } from '../../src/api/schemas';
import type { AddOn, Invoice, PaymentMethod, Product, WalletTransaction } from '../../src/api/schemas';
import { findPoolNumber, keypadDigits, numberPool } from '../catalog';
import type { PoolNumber } from '../catalog';
import { isCancellable, mintId, syncWalletBalance } from '../db';
import type { MockDb, MockScope } from '../db';
import { DAY, monthName, pad } from '../random';
import { apiError, apiPath, isRecord, isoNow, listPage, mutate, ok, read } from './shared';
import type { MockResult, ScopeParams } from './shared';
import { addOnView } from './views';

// -------------------------------------------------------------------------------------------------
// Phone numbers on offer
// -------------------------------------------------------------------------------------------------

/**
 * Whether `number` is free: not taken through the API or by "someone else" (the db's
 * `takenPhoneNumbers`), and not held by a live add-on of any seeded scope.
 */
function isNumberFree(db: MockDb, number: PoolNumber): boolean {
  if (db.takenPhoneNumbers.has(number.number)) return false;
  return !db
    .scopes()
    .some((scope) =>
      scope.addOns.some(
        (addOn) =>
          addOn.kind === 'phone_number' &&
          addOn.status !== 'cancelled' &&
          (addOn.detail === number.display || addOn.detail === number.number),
      ),
    );
}

function phoneProduct(scope: MockScope, productId: string | null): Product | undefined {
  return scope.catalog.find((product) => product.id === productId && product.kind === 'phone_number');
}

function searchNumbers(db: MockDb, scope: MockScope, url: URL): MockResult {
  const query = url.searchParams;
  for (const name of ['productId', 'areaCode', 'contains']) {
    if (query.getAll(name).length > 1) return apiError(400, 'invalid_filter', `${name} may be given once.`);
  }
  const product = phoneProduct(scope, query.get('productId'));
  if (product === undefined) {
    return apiError(400, 'invalid_filter', 'productId must name a phone-number product of the catalog.');
  }
  const areaCode = query.get('areaCode');
  if (areaCode !== null && !/^\d{1,5}$/.test(areaCode)) {
    return apiError(400, 'invalid_filter', `areaCode must be 1 to ${PURCHASE_LIMITS.areaCode} digits.`);
  }
  const contains = query.get('contains');
  if (contains !== null && !/^[0-9A-Za-z]{1,10}$/.test(contains)) {
    return apiError(
      400,
      'invalid_filter',
      `contains must be 1 to ${PURCHASE_LIMITS.contains} digits or letters.`,
    );
  }
  // Letters are what a person reads on a keypad ("FLOWERS"): search their digits.
  const digits = contains === null ? null : keypadDigits(contains);
  const data = numberPool(product.id, db.seed)
    .filter(
      (number) =>
        (areaCode === null || number.national.startsWith(areaCode)) &&
        (digits === null || number.national.includes(digits)) &&
        isNumberFree(db, number),
    )
    .slice(0, PURCHASE_LIMITS.results)
    .map(({ number, display, locality, region }) => ({ number, display, locality, region }));
  return ok({ data });
}

// -------------------------------------------------------------------------------------------------
// Purchase
// -------------------------------------------------------------------------------------------------

interface PurchaseInput {
  product: Product;
  quantity: number;
  phoneNumber: string | undefined;
  payWith: PaymentMethod;
  expectedTotal: { amount: number; currency: string };
}

const E164 = /^\+[1-9]\d{1,14}$/;

/** The body of `POST /add-ons`, or the 422 naming every bad field. */
function readPurchase(scope: MockScope, body: unknown): PurchaseInput | MockResult {
  const input = isRecord(body) ? body : {};
  const fields: Record<string, string> = {};
  const productId = input['productId'];
  const product = scope.catalog.find((candidate) => candidate.id === productId);
  if (typeof productId !== 'string' || productId === '') fields['productId'] = 'Choose a product.';
  else if (product === undefined) fields['productId'] = 'This product is not in the catalog.';

  const quantity = input['quantity'];
  const quantityOk =
    typeof quantity === 'number' &&
    Number.isInteger(quantity) &&
    quantity >= 1 &&
    quantity <= PURCHASE_LIMITS.quantity;
  if (!quantityOk) fields['quantity'] = `Enter a whole number from 1 to ${PURCHASE_LIMITS.quantity}.`;

  const phoneNumber = input['phoneNumber'];
  if (product?.kind === 'phone_number') {
    if (typeof phoneNumber !== 'string' || phoneNumber === '')
      fields['phoneNumber'] = 'Choose a phone number.';
    else if (!E164.test(phoneNumber))
      fields['phoneNumber'] = 'Send the number in E.164 form, e.g. +14155550100.';
    if (quantityOk && quantity !== 1) fields['quantity'] = 'Phone numbers are bought one at a time.';
  } else if (product !== undefined && phoneNumber !== undefined) {
    fields['phoneNumber'] = 'Only phone-number products take a phone number.';
  }

  const payWith = input['payWith'];
  if (payWith !== 'wallet' && payWith !== 'invoice') fields['payWith'] = 'Choose "wallet" or "invoice".';

  const expected = input['expectedTotal'];
  const expectedOk =
    isRecord(expected) &&
    typeof expected['amount'] === 'number' &&
    Number.isInteger(expected['amount']) &&
    typeof expected['currency'] === 'string' &&
    /^[A-Za-z]{3}$/.test(expected['currency']);
  if (!expectedOk) {
    fields['expectedTotal'] = 'Send the total you confirmed as { amount (integer minor units), currency }.';
  }

  if (
    Object.keys(fields).length > 0 ||
    product === undefined ||
    typeof quantity !== 'number' ||
    (payWith !== 'wallet' && payWith !== 'invoice') ||
    !isRecord(expected)
  ) {
    return apiError(422, 'validation_failed', 'Some fields need attention.', fields);
  }
  return {
    product,
    quantity,
    phoneNumber: typeof phoneNumber === 'string' ? phoneNumber : undefined,
    payWith,
    expectedTotal: { amount: Number(expected['amount']), currency: String(expected['currency']) },
  };
}

function nextInvoiceNumber(scope: MockScope): string {
  const prefix = scope.tag.toUpperCase();
  const highest = scope.invoices.reduce((max, invoice) => {
    const match = /-(\d+)$/.exec(invoice.number);
    return invoice.number.startsWith(`${prefix}-`) && match !== null ? Math.max(max, Number(match[1])) : max;
  }, 0);
  return `${prefix}-${pad(highest + 1, 4)}`;
}

/**
 * `POST /add-ons` (api.md). Every refusal comes before anything changes, so nothing is
 * charged on any of them: 422 for a bad body, `409 price_changed` when `expectedTotal` is not
 * what the server would charge now, `409 number_unavailable` for a number that is not on
 * offer (taken meanwhile), `409 insufficient_funds` when the wallet cannot pay.
 */
function purchase(db: MockDb, scope: MockScope, body: unknown, now: Date): MockResult {
  const input = readPurchase(scope, body);
  if ('status' in input) return input;
  const { product, quantity, payWith } = input;
  const currency = product.unitPrice.currency;
  const total = product.unitPrice.amount * quantity;
  if (input.expectedTotal.amount !== total || input.expectedTotal.currency.toUpperCase() !== currency) {
    return apiError(
      409,
      'price_changed',
      'The price has changed since you confirmed it. Review the new total.',
    );
  }
  let number: PoolNumber | undefined;
  if (product.kind === 'phone_number') {
    number = findPoolNumber(product.id, db.seed, input.phoneNumber ?? '');
    if (number === undefined || !isNumberFree(db, number)) {
      return apiError(409, 'number_unavailable', 'This number is no longer available. Search again.');
    }
  }
  const { wallet } = scope;
  if (payWith === 'wallet') {
    if (wallet.balance.currency.toUpperCase() !== currency) {
      return apiError(422, 'validation_failed', 'The wallet holds another currency.', {
        payWith: 'Pay this on an invoice instead.',
      });
    }
    if (wallet.balance.amount < total) {
      return apiError(409, 'insufficient_funds', 'The wallet balance does not cover the total.');
    }
  }

  const at = isoNow(now);
  const minutes = (product.minutes ?? 0).toLocaleString('en-US');
  const addOn: AddOn = {
    id: mintId(scope, 'add'),
    kind: product.kind,
    name: product.name,
    detail: number !== undefined ? number.display : `${minutes} minutes per pack`,
    // A number is live only once the carrier has provisioned it.
    status: number !== undefined ? 'pending' : 'active',
    quantity,
    unitPrice: { ...product.unitPrice },
    interval: product.interval,
    createdAt: at,
    cancelledAt: null,
    cancellable: false,
  };
  addOn.cancellable = isCancellable(addOn);
  const invoiceNumber = nextInvoiceNumber(scope);
  const invoiceId = mintId(scope, 'inv');
  const paid = payWith === 'wallet';
  const invoice: Invoice = {
    id: invoiceId,
    number: invoiceNumber,
    issuedAt: at,
    dueAt: new Date(now.getTime() + 14 * DAY).toISOString().replace('.000Z', 'Z'),
    status: paid ? 'paid' : 'open',
    type: product.kind === 'phone_number' ? 'phone_number' : 'call_credits',
    description:
      number !== undefined
        ? `${product.name} ${number.display} — ${monthName(now.getTime())}`
        : `Call credits — ${((product.minutes ?? 0) * quantity).toLocaleString('en-US')} minutes`,
    total: { amount: total, currency },
    amountDue: { amount: paid ? 0 : total, currency },
    issuer: 'revampd',
    pdfUrl: `https://files.revampd.example/invoices/${invoiceId}.pdf`,
  };
  if (paid) {
    const transaction: WalletTransaction = {
      id: mintId(scope, 'wtx'),
      createdAt: at,
      kind: 'invoice_payment',
      amount: { amount: -total, currency },
      balanceAfter: { amount: wallet.balance.amount - total, currency },
      description: `Payment of invoice ${invoiceNumber}`,
      invoiceId,
      payoutId: null,
    };
    scope.walletTransactions.unshift(transaction);
    syncWalletBalance(scope);
  }
  if (number !== undefined) {
    db.takenPhoneNumbers.add(number.number);
    scope.provisioning[addOn.id] = db.delayClock() + db.delays.provisionMs;
  }
  scope.addOns.unshift(addOn);
  scope.invoices.unshift(invoice);
  return ok({ addOn: addOnView(addOn), invoice, wallet: scope.wallet }, 201);
}

// -------------------------------------------------------------------------------------------------
// Handlers
// -------------------------------------------------------------------------------------------------

/** Handlers for the add-ons resource, its catalog and the numbers on offer. */
export function addOnHandlers(db: MockDb): HttpHandler[] {
  return [
    http.get<ScopeParams>(apiPath('/add-ons'), ({ request, params }) =>
      read(db, request, params, ({ scope, url }) => listPage(scope.addOns.map(addOnView), url)),
    ),

    http.get<ScopeParams>(apiPath('/add-ons/catalog'), ({ request, params }) =>
      read(db, request, params, ({ scope }) => ok({ data: scope.catalog })),
    ),

    http.get<ScopeParams>(apiPath('/phone-numbers/available'), ({ request, params }) =>
      read(db, request, params, ({ scope, url }) => searchNumbers(db, scope, url)),
    ),

    http.post<ScopeParams>(apiPath('/add-ons'), ({ request, params }) =>
      mutate(db, request, params, ({ scope, body, now }) => purchase(db, scope, body, now)),
    ),

    http.post<ScopeParams>(apiPath('/add-ons/:addOnId/cancel'), ({ request, params }) =>
      mutate(db, request, params, ({ scope, now }) => {
        const index = scope.addOns.findIndex((addOn) => addOn.id === params['addOnId']);
        const addOn = scope.addOns[index];
        if (addOn === undefined) return apiError(404, 'not_found', 'No such add-on.');
        if (addOn.status === 'cancelled') {
          return apiError(409, 'already_cancelled', 'This add-on is already cancelled.');
        }
        if (!isCancellable(addOn)) {
          return apiError(
            422,
            'not_cancellable',
            addOn.interval === 'one_time'
              ? 'One-time purchases cannot be cancelled.'
              : 'This add-on cannot be cancelled until it is active.',
          );
        }
        const cancelled: AddOn = {
          ...addOn,
          status: 'cancelled',
          cancelledAt: isoNow(now),
          cancellable: false,
        };
        scope.addOns[index] = cancelled;
        return ok(addOnView(cancelled));
      }),
    ),
  ];
}
