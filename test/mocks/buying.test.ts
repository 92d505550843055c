/**
 * Buying add-ons on the mock server (api.md, "Buying add-ons"; faults.md 41–43; issue 12):
 * the catalog, numbers on offer per country and area code, `POST /add-ons` with its
 * refusals that charge nothing, idempotent replays, provisioning, and what a purchase
 * creates (the add-on, the invoice, the wallet debit linked to it).
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  AddOnPurchase,
  AvailablePhoneNumberList,
  PURCHASE_LIMITS,
  ProductCatalog,
  type AvailablePhoneNumber,
  type Product,
} from '../../src/api/schemas';
import {
  DEFAULT_MOCK_DELAYS,
  MOCK_CATALOG,
  lostResponse,
  numberTakenOnPurchase,
  priceChanged,
  setWalletBalance,
} from '../../mocks';
import { ORG_A, ORG_B, REVAMPD, call, errorCode, errorFields, newKey, useMockServer, walk } from './helpers';

let delayMs = 0;
const { db, server } = useMockServer({ delayClock: () => delayMs });
beforeEach(() => {
  delayMs = 0;
});

const scope = (orgId = ORG_A) => db.scope(orgId, REVAMPD);

function product(id: string): Product {
  const found = MOCK_CATALOG.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no product ${id}`);
  return found;
}

async function numbers(query: string, orgId = ORG_A): Promise<AvailablePhoneNumber[]> {
  const result = await call(`/phone-numbers/available?${query}`, { orgId });
  expect(result.status, result.text).toBe(200);
  return v.parse(AvailablePhoneNumberList, result.json).data;
}

const buy = (body: unknown, key = newKey(), orgId = ORG_A) =>
  call('/add-ons', { method: 'POST', idempotencyKey: key, body, orgId });

function numberBody(number: string, payWith: 'wallet' | 'invoice' = 'wallet') {
  const local = product('prd_us_local');
  return { productId: local.id, quantity: 1, phoneNumber: number, payWith, expectedTotal: local.unitPrice };
}

function creditsBody(quantity: number, payWith: 'wallet' | 'invoice' = 'invoice') {
  const pack = product('prd_credits_1000');
  return {
    productId: pack.id,
    quantity,
    payWith,
    expectedTotal: { amount: pack.unitPrice.amount * quantity, currency: 'USD' },
  };
}

/** What a refused purchase must leave untouched. */
function ledger(orgId = ORG_A) {
  const current = scope(orgId);
  return JSON.stringify([current.wallet, current.walletTransactions, current.invoices, current.addOns]);
}

describe('GET /add-ons/catalog', () => {
  it('lists monthly phone numbers per country and type, and one-time call-credit packs', async () => {
    const catalog = v.parse(ProductCatalog, (await call('/add-ons/catalog')).json);
    expect(catalog.data).toEqual(MOCK_CATALOG);
    for (const item of catalog.data) {
      if (item.kind === 'phone_number') {
        expect(item).toMatchObject({ interval: 'month', minutes: null });
        expect(item.country).toMatch(/^[A-Z]{2}$/);
        expect(['local', 'toll_free']).toContain(item.numberType);
      } else {
        expect(item).toMatchObject({ interval: 'one_time', country: null, numberType: null });
        expect(item.minutes).toBeGreaterThan(0);
      }
    }
    expect(new Set(catalog.data.map((item) => item.numberType))).toEqual(
      new Set(['local', 'toll_free', null]),
    );
  });
});

describe('GET /phone-numbers/available', () => {
  it('offers at most 20 numbers of the product, sorted, with locality; the same for every run', async () => {
    const all = await numbers('productId=prd_us_local');
    expect(all).toHaveLength(PURCHASE_LIMITS.results);
    expect(all.map((number) => number.number)).toEqual([...all.map((number) => number.number)].sort());
    for (const number of all) {
      expect(number.number).toMatch(/^\+1\d{10}$/);
      expect(number.display).toMatch(/^\+1 \d{3} 555 01\d{2}$/);
      expect(number.locality).not.toBeNull();
    }
    expect(await numbers('productId=prd_us_local')).toEqual(all);
  });

  it('by area code, per country and type', async () => {
    const sanFrancisco = await numbers('productId=prd_us_local&areaCode=415');
    expect(sanFrancisco.length).toBeGreaterThan(0);
    expect(
      sanFrancisco.every(
        (number) => number.number.startsWith('+1415') && number.locality === 'San Francisco',
      ),
    ).toBe(true);
    const tollFree = await numbers('productId=prd_us_toll_free&areaCode=800');
    expect(tollFree.every((number) => number.number.startsWith('+1800') && number.locality === null)).toBe(
      true,
    );
    const london = await numbers('productId=prd_gb_local&areaCode=20');
    expect(london.length).toBeGreaterThan(0);
    expect(
      london.every(
        (number) => number.number.startsWith('+44207946') && number.display.startsWith('+44 20 7946'),
      ),
    ).toBe(true);
    expect(await numbers('productId=prd_ca_local&areaCode=212')).toEqual([]);
  });

  it('contains matches digits, and letters as a keypad dials them', async () => {
    const [first] = await numbers('productId=prd_us_local&areaCode=617');
    const tail = first?.number.slice(-4) ?? '';
    const byDigits = await numbers(`productId=prd_us_local&contains=${tail}`);
    expect(byDigits.map((number) => number.number)).toContain(first?.number);
    expect(byDigits.every((number) => number.number.slice(2).includes(tail))).toBe(true);
    // J, K, L are 5 on a keypad: "JKL" finds what "555" finds.
    expect(await numbers('productId=prd_us_local&contains=JKL')).toEqual(
      await numbers('productId=prd_us_local&contains=555'),
    );
    expect(await numbers('productId=prd_us_local&contains=jKl')).toEqual(
      await numbers('productId=prd_us_local&contains=555'),
    );
  });

  it('never offers a number an add-on of any scope holds', async () => {
    const held = new Set(
      [...scope().addOns, ...scope(ORG_B).addOns]
        .filter((addOn) => addOn.kind === 'phone_number' && addOn.status !== 'cancelled')
        .map((addOn) => addOn.detail),
    );
    for (const areaCode of ['206', '212', '312', '415', '512', '617', '646']) {
      const offered = await numbers(`productId=prd_us_local&areaCode=${areaCode}`);
      expect(offered.some((number) => held.has(number.display))).toBe(false);
    }
  });

  it.each([
    '',
    'productId=prd_nope',
    'productId=prd_credits_1000',
    'productId=prd_us_local&areaCode=41a',
    'productId=prd_us_local&areaCode=123456',
    'productId=prd_us_local&areaCode=',
    'productId=prd_us_local&contains=12345678901',
    'productId=prd_us_local&contains=55-5',
    'productId=prd_us_local&contains=',
    'productId=prd_us_local&contains=%F0%9F%98%80',
    'productId=prd_us_local&areaCode=415&areaCode=212',
  ])('400 invalid_filter for %j', async (query) => {
    const result = await call(`/phone-numbers/available?${query}`);
    expect(result.status).toBe(400);
    expect(errorCode(result.json)).toBe('invalid_filter');
  });
});

describe('POST /add-ons', () => {
  it('a number paid from the wallet: pending add-on, paid invoice, linked debit; active a few seconds later', async () => {
    const [choice] = await numbers('productId=prd_us_local&areaCode=312');
    if (choice === undefined) throw new Error('no numbers');
    const balance = scope().wallet.balance.amount;
    const result = await buy(numberBody(choice.number));
    expect(result.status).toBe(201);
    const { addOn, invoice, wallet } = v.parse(AddOnPurchase, result.json);
    expect(addOn).toMatchObject({
      kind: 'phone_number',
      name: 'US local number',
      detail: choice.display,
      status: 'pending',
      cancellable: false,
      quantity: 1,
      unitPrice: { amount: 1500, currency: 'USD' },
      interval: 'month',
      createdAt: '2026-11-25T15:00:00Z',
      cancelledAt: null,
    });
    expect(invoice).toMatchObject({
      status: 'paid',
      type: 'phone_number',
      issuer: 'revampd',
      total: { amount: 1500, currency: 'USD' },
      amountDue: { amount: 0, currency: 'USD' },
      issuedAt: '2026-11-25T15:00:00Z',
    });
    expect(invoice.pdfUrl).toMatch(/^https:\/\//);
    expect(wallet.balance.amount).toBe(balance - 1500);
    expect((await call('/wallet')).json).toEqual(wallet);
    const [debit] = (await walk('/wallet/transactions?limit=1', 1)).rows;
    expect(debit).toMatchObject({
      kind: 'invoice_payment',
      amount: { amount: -1500, currency: 'USD' },
      balanceAfter: wallet.balance,
      invoiceId: invoice.id,
      payoutId: null,
    });
    const invoices = await walk('/invoices', 100);
    expect(invoices.rows[0]).toEqual(invoice);
    const addOns = await walk('/add-ons', 100);
    expect(addOns.rows[0]).toEqual(addOn);

    // Provisioning finishes on the delay clock: then active and cancellable.
    delayMs += DEFAULT_MOCK_DELAYS.provisionMs - 1;
    expect((await walk('/add-ons', 100)).rows[0]).toMatchObject({ status: 'pending' });
    delayMs += 1;
    expect((await walk('/add-ons', 100)).rows[0]).toMatchObject({ status: 'active', cancellable: true });

    // The number is gone for everyone.
    for (const orgId of [ORG_A, ORG_B]) {
      const offered = await numbers('productId=prd_us_local&areaCode=312', orgId);
      expect(offered.some((number) => number.number === choice.number)).toBe(false);
    }
    const again = await buy(numberBody(choice.number), newKey(), ORG_B);
    expect(again.status).toBe(409);
    expect(errorCode(again.json)).toBe('number_unavailable');
  });

  it('call credits on an invoice: active at once, not cancellable, an open invoice, the wallet untouched', async () => {
    const wallet = JSON.stringify(scope().wallet);
    const openBefore = scope().invoices.filter((invoice) => invoice.status === 'open').length;
    const result = await buy(creditsBody(3, 'invoice'));
    expect(result.status).toBe(201);
    const purchase = v.parse(AddOnPurchase, result.json);
    expect(purchase.addOn).toMatchObject({
      kind: 'call_credits',
      status: 'active',
      cancellable: false,
      quantity: 3,
      interval: 'one_time',
      detail: '1,000 minutes per pack',
    });
    expect(purchase.invoice).toMatchObject({
      status: 'open',
      type: 'call_credits',
      total: { amount: 15_000, currency: 'USD' },
      amountDue: { amount: 15_000, currency: 'USD' },
      description: 'Call credits — 3,000 minutes',
    });
    expect(Date.parse(purchase.invoice.dueAt ?? '')).toBeGreaterThan(Date.parse(purchase.invoice.issuedAt));
    expect(JSON.stringify(scope().wallet)).toBe(wallet);
    expect(JSON.stringify(purchase.wallet)).toBe(wallet);
    expect(scope().invoices.filter((invoice) => invoice.status === 'open')).toHaveLength(openBefore + 1);
    // A one-time purchase cannot be cancelled.
    const cancel = await call(`/add-ons/${purchase.addOn.id}/cancel`, {
      method: 'POST',
      idempotencyKey: newKey(),
    });
    expect(errorCode(cancel.json)).toBe('not_cancellable');
  });

  it('invoice numbers continue the scope’s sequence', async () => {
    const numbersBefore = scope().invoices.map((invoice) => invoice.number);
    const { invoice } = v.parse(AddOnPurchase, (await buy(creditsBody(1))).json);
    expect(numbersBefore).not.toContain(invoice.number);
    const prefix = scope().tag.toUpperCase();
    expect(invoice.number).toBe(`${prefix}-${String(numbersBefore.length + 1).padStart(4, '0')}`);
  });

  it('faults 42: 409 price_changed when expectedTotal is not what the server charges now; nothing charged', async () => {
    const before = ledger();
    for (const expectedTotal of [
      { amount: 14_999, currency: 'USD' },
      { amount: 15_000, currency: 'EUR' },
    ]) {
      const result = await buy({ ...creditsBody(3, 'wallet'), expectedTotal });
      expect(result.status).toBe(409);
      expect(errorCode(result.json)).toBe('price_changed');
    }
    expect(ledger()).toBe(before);
  });

  it('faults 43: 409 insufficient_funds from the wallet; nothing charged; on an invoice it goes through', async () => {
    setWalletBalance(scope(), 4999);
    const before = ledger();
    const result = await buy(creditsBody(1, 'wallet'));
    expect(result.status).toBe(409);
    expect(errorCode(result.json)).toBe('insufficient_funds');
    expect(ledger()).toBe(before);
    expect((await buy(creditsBody(1, 'invoice'))).status).toBe(201);
  });

  it('422 naming every bad field, and nothing charged', async () => {
    const before = ledger();
    const [choice] = await numbers('productId=prd_us_local');
    const number = choice?.number ?? '';
    const cases: [unknown, string[]][] = [
      [{}, ['expectedTotal', 'payWith', 'productId', 'quantity']],
      [{ ...creditsBody(1), productId: 'prd_nope' }, ['productId']],
      [{ ...creditsBody(1), quantity: 0 }, ['quantity']],
      [{ ...creditsBody(1), quantity: PURCHASE_LIMITS.quantity + 1 }, ['quantity']],
      [{ ...creditsBody(1), quantity: 1.5 }, ['quantity']],
      [{ ...creditsBody(1), quantity: '1' }, ['quantity']],
      [{ ...creditsBody(1), payWith: 'card' }, ['payWith']],
      [{ ...creditsBody(1), expectedTotal: { amount: 50.5, currency: 'USD' } }, ['expectedTotal']],
      [{ ...creditsBody(1), expectedTotal: { amount: '5000', currency: 'USD' } }, ['expectedTotal']],
      [{ ...creditsBody(1), expectedTotal: { amount: 5000 } }, ['expectedTotal']],
      [{ ...creditsBody(1), phoneNumber: number }, ['phoneNumber']],
      [{ ...numberBody(number), phoneNumber: undefined }, ['phoneNumber']],
      [{ ...numberBody(number), phoneNumber: '415 555 0100' }, ['phoneNumber']],
      [
        { ...numberBody(number), quantity: 2, expectedTotal: { amount: 3000, currency: 'USD' } },
        ['quantity'],
      ],
    ];
    for (const [body, fields] of cases) {
      const result = await buy(body);
      expect(result.status, JSON.stringify(body)).toBe(422);
      expect(errorCode(result.json)).toBe('validation_failed');
      expect(Object.keys(errorFields(result.json)).sort(), JSON.stringify(body)).toEqual(fields);
    }
    expect(ledger()).toBe(before);
  });

  it('409 number_unavailable for a number not on offer for that product', async () => {
    const before = ledger();
    const [london] = await numbers('productId=prd_gb_local');
    for (const number of ['+14155559999', london?.number ?? '']) {
      const result = await buy(numberBody(number));
      expect(result.status).toBe(409);
      expect(errorCode(result.json)).toBe('number_unavailable');
    }
    expect(ledger()).toBe(before);
  });

  it('faults 41: a double click and a replay buy once; the same key with another body is 409', async () => {
    const [choice] = await numbers('productId=prd_us_local&areaCode=206');
    const body = numberBody(choice?.number ?? '');
    const key = newKey();
    const balance = scope().wallet.balance.amount;
    const results = await Promise.all([buy(body, key), buy(body, key)]);
    expect(results.map((result) => result.status)).toEqual([201, 201]);
    expect(results[0]?.json).toEqual(results[1]?.json);
    const replay = await buy(body, key);
    expect(replay.json).toEqual(results[0]?.json);
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    expect(scope().wallet.balance.amount).toBe(balance - 1500);
    expect(scope().addOns.filter((addOn) => addOn.detail === choice?.display)).toHaveLength(1);
    expect((await buy({ ...body, payWith: 'invoice' }, key)).status).toBe(409);
  });

  it('faults 37/41: the purchase was committed and its response lost; the retry gets it; one charge', async () => {
    server.use(...lostResponse('purchaseAddOn'));
    const balance = scope().wallet.balance.amount;
    const key = newKey();
    await expect(buy(creditsBody(2, 'wallet'), key)).rejects.toThrow(TypeError);
    expect(scope().wallet.balance.amount).toBe(balance - 10_000);
    const retry = await buy(creditsBody(2, 'wallet'), key);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    expect(v.parse(AddOnPurchase, retry.json).wallet.balance.amount).toBe(balance - 10_000);
    expect(scope().wallet.balance.amount).toBe(balance - 10_000);
    expect(
      scope().addOns.filter((addOn) => addOn.kind === 'call_credits' && addOn.quantity === 2),
    ).toHaveLength(1);
  });

  it('faults 42: numberTakenOnPurchase(db): the number goes to someone else; nothing charged; search again', async () => {
    server.use(...numberTakenOnPurchase(db));
    const [choice, other] = await numbers('productId=prd_us_local&areaCode=512');
    const before = ledger();
    const taken = await buy(numberBody(choice?.number ?? ''));
    expect(taken.status).toBe(409);
    expect(errorCode(taken.json)).toBe('number_unavailable');
    expect(ledger()).toBe(before);
    const offered = await numbers('productId=prd_us_local&areaCode=512');
    expect(offered.some((number) => number.number === choice?.number)).toBe(false);
    expect((await buy(numberBody(other?.number ?? ''))).status).toBe(201);
  });

  it('faults 42: priceChanged(db): 409 with nothing charged, the catalog shows the new price, confirming it buys', async () => {
    server.use(...priceChanged(db, { percent: 10 }));
    const before = ledger();
    const first = await buy(creditsBody(2, 'wallet'));
    expect(first.status).toBe(409);
    expect(errorCode(first.json)).toBe('price_changed');
    expect(ledger()).toBe(before);
    const catalog = v.parse(ProductCatalog, (await call('/add-ons/catalog')).json);
    const pack = catalog.data.find((item) => item.id === 'prd_credits_1000');
    expect(pack?.unitPrice).toEqual({ amount: 5500, currency: 'USD' });
    const confirmed = await buy({
      ...creditsBody(2, 'wallet'),
      expectedTotal: { amount: 11_000, currency: 'USD' },
    });
    expect(confirmed.status).toBe(201);
    expect(v.parse(AddOnPurchase, confirmed.json).invoice.total.amount).toBe(11_000);
    // Another org still sees the old price.
    const otherCatalog = v.parse(ProductCatalog, (await call('/add-ons/catalog', { orgId: ORG_B })).json);
    expect(otherCatalog.data).toEqual(MOCK_CATALOG);
  });

  it('/attention follows a purchase on an invoice', async () => {
    const before = (await call('/attention')).json as {
      openInvoices: { count: number; amountDue: { amount: number } };
    };
    await buy(creditsBody(1, 'invoice'));
    const after = (await call('/attention')).json as {
      openInvoices: { count: number; amountDue: { amount: number } };
    };
    expect(after.openInvoices.count).toBe(before.openInvoices.count + 1);
    expect(after.openInvoices.amountDue.amount).toBe(before.openInvoices.amountDue.amount + 5000);
  });
});
