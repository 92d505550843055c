/**
 * Each scenario does what its name says, for stories and tests alike.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  AddOnPage,
  ApiErrorBody,
  Attachment,
  Attention,
  AvailablePhoneNumberList,
  InvoicePage,
  MessagePage,
  Plan,
  PayoutPage,
  PayoutSummary,
  ProductCatalog,
  TicketPage,
  Wallet,
  WalletTransactionPage,
} from '../../src/api/schemas';
import { parseContract } from '../../src/api/parse';
import {
  HOSTILE_STRINGS,
  MOCK_RESOURCES,
  UNSAFE_PDF_URLS,
  HOSTILE_FILE_NAMES,
  UNSAFE_DOWNLOAD_URLS,
  addOnCatalogEmpty,
  addOnCatalogFail,
  addOnsEmpty,
  attachmentsFail,
  attentionFail,
  contractBreak,
  contractBreakPath,
  directPlan,
  editScope,
  emptyList,
  failWith,
  hostileContent,
  htmlBody,
  insufficientFunds,
  invoicesEmpty,
  invoicesFail,
  large,
  lostResponse,
  malformedJson,
  networkError,
  neverAnswers,
  noAccess,
  partnerInvoice,
  payoutsEmpty,
  phoneNumbersEmpty,
  phoneNumbersFail,
  ticketMessagesEmpty,
  ticketMessagesFail,
  ticketsEmpty,
  ticketsFail,
  unauthorized,
  unauthorizedOnce,
  unsafePdfUrls,
  walletTransactionsEmpty,
  withLatency,
  withPayouts,
} from '../../mocks';
import type {
  ContractBreakKind,
  ContractBreakKinds,
  ListResource,
  MockResource,
  MutationRoute,
} from '../../mocks';
import {
  ORG_A,
  ORG_B,
  PARTNER_CONNECTION,
  REVAMPD,
  apiUrl,
  call,
  errorCode,
  isObject,
  newKey,
  useMockServer,
  walk,
} from './helpers';

const { db, server, replaceScenario } = useMockServer();

// Paths with an id read it from the seed when the test runs (the db is reseeded per test).
/** A GET path for each resource, and the schema its 200 body must satisfy. */
const READ: Record<MockResource, { readonly path: string; schema: v.GenericSchema }> = {
  plan: { path: '/plan', schema: Plan },
  addOns: { path: '/add-ons', schema: AddOnPage },
  addOnCatalog: { path: '/add-ons/catalog', schema: ProductCatalog },
  phoneNumbers: { path: '/phone-numbers/available?productId=prd_us_local', schema: AvailablePhoneNumberList },
  tickets: { path: '/tickets', schema: TicketPage },
  ticketMessages: {
    get path() {
      const ticket = db.scope(ORG_A, REVAMPD).tickets.find((candidate) => candidate.messageCount > 0);
      return `/tickets/${ticket?.id ?? 'none'}/messages`;
    },
    schema: MessagePage,
  },
  attachments: {
    get path() {
      return `/attachments/${db.scope(ORG_A, REVAMPD).attachments[0]?.id ?? 'none'}`;
    },
    schema: Attachment,
  },
  invoices: { path: '/invoices', schema: InvoicePage },
  wallet: { path: '/wallet', schema: Wallet },
  walletTransactions: { path: '/wallet/transactions', schema: WalletTransactionPage },
  payouts: { path: '/affiliate/payouts', schema: PayoutPage },
  payoutSummary: { path: '/affiliate/summary', schema: PayoutSummary },
  attention: { path: '/attention', schema: Attention },
};

const LIST_RESOURCES: readonly ListResource[] = [
  'addOns',
  'tickets',
  'ticketMessages',
  'invoices',
  'walletTransactions',
  'payouts',
];

async function othersStillWork(except: MockResource): Promise<void> {
  for (const resource of MOCK_RESOURCES) {
    if (resource === except) continue;
    const result = await call(READ[resource].path);
    expect(result.status, resource).toBe(200);
    expect(v.safeParse(READ[resource].schema, result.json).success, resource).toBe(true);
  }
}

describe('empty lists', () => {
  it.each(LIST_RESOURCES)('emptyList(%s) empties only that list', async (resource) => {
    server.use(...emptyList(resource));
    const result = await call(READ[resource].path);
    expect(result.status).toBe(200);
    expect(result.json).toEqual({ data: [], nextCursor: null });
    await othersStillWork(resource);
  });

  it('named empties', async () => {
    server.use(...addOnsEmpty(), ...ticketsEmpty(), ...invoicesEmpty(), ...walletTransactionsEmpty());
    for (const path of ['/add-ons', '/tickets', '/invoices', '/wallet/transactions']) {
      expect((await call(path)).json).toEqual({ data: [], nextCursor: null });
    }
  });

  it('ticketsEmpty() leaves creating a ticket alone', async () => {
    server.use(...ticketsEmpty());
    const created = await call('/tickets', {
      method: 'POST',
      idempotencyKey: newKey(),
      body: { title: 'First', priority: 'low', description: 'ever' },
    });
    expect(created.status).toBe(201);
  });

  it('payoutsEmpty() empties the list and zeroes the summary in the requested zone', async () => {
    server.use(...payoutsEmpty());
    expect((await call('/affiliate/payouts')).json).toEqual({ data: [], nextCursor: null });
    const result = await call('/affiliate/summary?timeZone=Pacific/Auckland&weekStartsOn=7');
    const summary = v.parse(PayoutSummary, result.json);
    expect(summary.ytd.amount + summary.mtd.amount + summary.currentWeek.amount).toBe(0);
    expect(summary.byMonth).toHaveLength(12);
    expect(summary.byMonth.at(-1)?.month).toBe('2026-11');
    expect(summary.byMonth.every((entry) => entry.total.amount === 0)).toBe(true);
    expect((await call('/affiliate/summary?timeZone=Nowhere/Else')).status).toBe(400);
  });
});

describe('failWith', () => {
  it.each(MOCK_RESOURCES)(
    'failWith(%s, 500) fails that resource only, with a contract error body',
    async (resource) => {
      server.use(...failWith(resource, 500));
      const result = await call(READ[resource].path);
      expect(result.status).toBe(500);
      expect(v.safeParse(ApiErrorBody, result.json).success).toBe(true);
      expect(errorCode(result.json)).toBe('internal_error');
      await othersStillWork(resource);
    },
  );

  it('any status, with default or given codes, message and fields', async () => {
    for (const [status, code] of [
      [400, 'bad_request'],
      [404, 'not_found'],
      [409, 'conflict'],
      [418, 'http_418'],
      [503, 'service_unavailable'],
    ] as const) {
      replaceScenario(...failWith('wallet', status));
      const result = await call('/wallet');
      expect(result.status).toBe(status);
      expect(errorCode(result.json)).toBe(code);
    }
    replaceScenario(
      ...failWith('tickets', 422, 'validation_failed', { message: 'Nope', fields: { title: 'Too long' } }),
    );
    expect((await call('/tickets')).json).toEqual({
      error: { code: 'validation_failed', message: 'Nope', fields: { title: 'Too long' } },
    });
  });

  it('429 sends Retry-After (1 s by default, or as given, or none)', async () => {
    server.use(...failWith('invoices', 429));
    let result = await call('/invoices');
    expect(result.status).toBe(429);
    expect(errorCode(result.json)).toBe('rate_limited');
    expect(result.headers.get('Retry-After')).toBe('1');
    replaceScenario(...failWith('invoices', 429, undefined, { retryAfter: 30 }));
    result = await call('/invoices');
    expect(result.headers.get('Retry-After')).toBe('30');
    replaceScenario(...failWith('invoices', 429, undefined, { retryAfter: null }));
    result = await call('/invoices');
    expect(result.headers.get('Retry-After')).toBeNull();
  });

  it.each([502, 503])('%i with an HTML body, as from a proxy', async (status) => {
    server.use(...failWith('plan', status, undefined, { html: true }));
    const result = await call('/plan');
    expect(result.status).toBe(status);
    expect(result.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(result.json).toBeUndefined();
    expect(result.text).toContain(`${status}`);
  });

  it('method narrows it: only creating a ticket fails', async () => {
    server.use(...ticketsFail(500, undefined, { method: 'POST' }));
    expect((await call('/tickets')).status).toBe(200);
    const created = await call('/tickets', {
      method: 'POST',
      idempotencyKey: newKey(),
      body: { title: 'x', priority: 'low', description: 'y' },
    });
    expect(created.status).toBe(500);
  });

  it('times: fails the first N requests, then the db answers', async () => {
    server.use(...invoicesFail(503, undefined, { times: 2 }));
    expect((await call('/invoices')).status).toBe(503);
    expect((await call('/invoices')).status).toBe(503);
    expect((await call('/invoices')).status).toBe(200);
  });

  // This scenario answers before the db (and its idempotency store) is reached, so this shows
  // the scenario leaves the key free; that the store itself never keeps a 5xx is tested in
  // endpoints.test.ts ("what the storing code keeps").
  it('ticketsFail(500) answers before the db: the same key is processed as new afterwards', async () => {
    const key = newKey();
    const body = { title: 'Retry after 500', priority: 'low', description: 'x' };
    server.use(...ticketsFail(500, undefined, { method: 'POST', times: 1 }));
    expect((await call('/tickets', { method: 'POST', idempotencyKey: key, body })).status).toBe(500);
    expect((await call('/tickets', { method: 'POST', idempotencyKey: key, body })).status).toBe(201);
    expect((await call('/tickets', { method: 'POST', idempotencyKey: key, body })).status).toBe(201);
    expect(db.scope(ORG_A, REVAMPD).tickets.filter((ticket) => ticket.title === body.title)).toHaveLength(1);
  });

  it('noAccess(resource) is 403 forbidden for that resource only', async () => {
    server.use(...noAccess('payouts'));
    const result = await call('/affiliate/payouts');
    expect(result.status).toBe(403);
    expect(errorCode(result.json)).toBe('forbidden');
    await othersStillWork('payouts');
  });
});

describe('transport faults', () => {
  it('networkError(resource) rejects fetch', async () => {
    server.use(...networkError('tickets'));
    await expect(call('/tickets')).rejects.toThrow(TypeError);
    await othersStillWork('tickets');
  });

  it('malformedJson(resource) is a 200 with cut-off JSON', async () => {
    server.use(...malformedJson('wallet'));
    const response = await fetch(apiUrl('/wallet'), { headers: { Authorization: 'Bearer t' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    await expect(response.json()).rejects.toThrow(SyntaxError);
  });

  it('htmlBody(resource) is a 200 text/html page', async () => {
    server.use(...htmlBody('invoices'));
    const result = await call('/invoices');
    expect(result.status).toBe(200);
    expect(result.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(result.json).toBeUndefined();
    expect(result.text).toMatch(/^<!DOCTYPE html>/);
  });

  it('neverAnswers(resource) hangs until the client aborts', async () => {
    server.use(...neverAnswers('plan'));
    const started = Date.now();
    await expect(call('/plan', { signal: AbortSignal.timeout(150) })).rejects.toMatchObject({
      name: 'TimeoutError',
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    await othersStillWork('plan');
  });

  it('withLatency(ms) delays every request, then the normal handlers answer', async () => {
    server.use(...withLatency(120));
    const started = Date.now();
    const result = await call('/tickets?limit=3');
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
    expect(v.safeParse(TicketPage, result.json).success).toBe(true);
  });

  it('withLatency(ms) also delays the scenarios after it', async () => {
    server.use(...withLatency(100), ...ticketsEmpty());
    const started = Date.now();
    expect((await call('/tickets')).json).toEqual({ data: [], nextCursor: null });
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
  });

  it('unauthorizedOnce(): the first request of any resource is 401, then all pass', async () => {
    server.use(...unauthorizedOnce());
    const first = await call('/wallet');
    expect(first.status).toBe(401);
    expect(errorCode(first.json)).toBe('unauthorized');
    expect((await call('/wallet')).status).toBe(200);
    expect((await call('/plan')).status).toBe(200);
  });

  it('unauthorized(): every request is 401', async () => {
    server.use(...unauthorized());
    expect((await call('/wallet')).status).toBe(401);
    expect((await call('/wallet')).status).toBe(401);
  });
});

describe('contractBreak', () => {
  const cases: [MockResource, ContractBreakKind][] = [];
  const allKinds: ContractBreakKind[] = [
    'floatAmount',
    'stringAmount',
    'missingCurrency',
    'unknownStatus',
    'badDate',
  ];
  const kindsFor: { [R in MockResource]: readonly ContractBreakKinds[R][] } = {
    plan: allKinds,
    addOns: allKinds,
    addOnCatalog: ['floatAmount', 'stringAmount', 'missingCurrency', 'unknownStatus'],
    phoneNumbers: [],
    tickets: ['unknownStatus', 'badDate'],
    ticketMessages: ['unknownStatus', 'badDate'],
    attachments: ['unknownStatus', 'badDate'],
    attention: ['floatAmount', 'stringAmount', 'missingCurrency', 'badDate'],
    invoices: allKinds,
    wallet: ['floatAmount', 'stringAmount', 'missingCurrency', 'badDate'],
    walletTransactions: allKinds,
    payouts: allKinds,
    payoutSummary: ['floatAmount', 'stringAmount', 'missingCurrency', 'badDate'],
  };
  for (const resource of MOCK_RESOURCES) for (const kind of kindsFor[resource]) cases.push([resource, kind]);

  it.each(cases)('contractBreak(%s, %s) breaks exactly that field', async (resource, kind) => {
    server.use(...contractBreak<MockResource>(resource, kind));
    const result = await call(READ[resource].path);
    expect(result.status).toBe(200);
    const parsed = parseContract(READ[resource].schema, result.json);
    expect(parsed.success).toBe(false);
    const paths = parsed.success ? [] : parsed.issues.map((issue) => issue.path);
    expect(paths).toContainEqual(contractBreakPath(resource, kind));
  });

  it('the rest of the body is a faithful response', async () => {
    server.use(...contractBreak('invoices', 'floatAmount'));
    const broken = await call('/invoices');
    replaceScenario();
    const real = v.parse(InvoicePage, (await call('/invoices?limit=3')).json);
    const [first, ...rest] = real.data;
    expect(broken.json).toEqual({
      data: [{ ...first, total: { ...first?.total, amount: 1999.5 } }, ...rest],
      nextCursor: null,
    });
  });
});

describe('data edits', () => {
  it('partnerInvoice(db): an open Partner-issued invoice on revampd that the wallet refuses', async () => {
    server.use(...partnerInvoice(db));
    const { rows } = await walk('/invoices', 100);
    const partner = rows.filter((row) => row['issuer'] === 'partner');
    expect(partner).toHaveLength(1);
    expect(partner[0]).toMatchObject({ status: 'open' });
    expect(v.safeParse(InvoicePage, { data: partner, nextCursor: null }).success).toBe(true);
    const pay = await call(`/invoices/${String(partner[0]?.['id'])}/pay-with-wallet`, {
      method: 'POST',
      idempotencyKey: newKey(),
    });
    expect(pay.status).toBe(422);
    expect(errorCode(pay.json)).toBe('invoice_not_payable');
    // Only on the revampd connection, and again after a reset.
    const other = await walk('/invoices', 100, { connectionId: PARTNER_CONNECTION });
    expect(other.rows.some((row) => String(row['id']).endsWith('_partner'))).toBe(false);
    db.reset();
    const again = await walk('/invoices', 100);
    expect(again.rows.filter((row) => row['issuer'] === 'partner')).toHaveLength(1);
  });

  it('the default data has no Partner-issued invoice', async () => {
    const { rows } = await walk('/invoices', 100);
    expect(rows.every((row) => row['issuer'] === 'revampd')).toBe(true);
  });

  it('large(db): 10,000 payouts and 1,000 tickets', async () => {
    server.use(...large(db));
    expect((await walk('/affiliate/payouts', 100)).rows).toHaveLength(10_000);
    expect((await walk('/tickets', 100)).rows).toHaveLength(1_000);
  });

  it('insufficientFunds(db): balance 0, payment refused with 409, invoice stays open', async () => {
    server.use(...insufficientFunds(db));
    expect((await call('/wallet')).json).toMatchObject({ balance: { amount: 0, currency: 'USD' } });
    const open = db.scope(ORG_A, REVAMPD).invoices.find((invoice) => invoice.status === 'open');
    const pay = await call(`/invoices/${open?.id ?? ''}/pay-with-wallet`, {
      method: 'POST',
      idempotencyKey: newKey(),
    });
    expect(pay.status).toBe(409);
    expect(errorCode(pay.json)).toBe('insufficient_funds');
    expect(db.scope(ORG_A, REVAMPD).invoices.find((invoice) => invoice.id === open?.id)?.status).toBe('open');
    const history = await walk('/wallet/transactions', 100);
    expect(
      history.rows.reduce(
        (sum, row) => sum + Number(isObject(row['amount']) ? row['amount']['amount'] : NaN),
        0,
      ),
    ).toBe(0);
  });

  it('hostileContent(db): a hostile conversation, files, links and a failure reason, still on contract', async () => {
    server.use(...hostileContent(db));
    const tickets = await walk('/tickets', 100);
    const hostile = tickets.rows.find((row) => row['title'] === HOSTILE_STRINGS.imgOnerror);
    const id = String(hostile?.['id']);
    expect(hostile).toMatchObject({ messageCount: 4, awaitingCustomer: true });
    const messages = await walk(`/tickets/${id}/messages`, 100);
    for (const page of messages.pages) expect(v.safeParse(MessagePage, page).success).toBe(true);
    const bodies = messages.rows.map((row) => String(row['body']));
    for (const text of Object.values(HOSTILE_STRINGS))
      expect(bodies.some((body) => body.includes(text))).toBe(true);
    const files = messages.rows.flatMap((row) =>
      Array.isArray(row['attachments']) ? row['attachments'] : [],
    );
    const names = files.map((file) => (isObject(file) ? file['name'] : undefined));
    for (const name of Object.values(HOSTILE_FILE_NAMES)) expect(names).toContain(name);
    expect(files.map((file) => (isObject(file) ? file['scanStatus'] : undefined))).toEqual(
      expect.arrayContaining(['clean', 'infected', 'pending']),
    );
    const urls = files.map((file) => (isObject(file) ? file['downloadUrl'] : undefined));
    for (const url of UNSAFE_DOWNLOAD_URLS) expect(urls).toContain(url);
    const payouts = await walk('/affiliate/payouts?status=failed', 100);
    expect(
      payouts.rows.some((row) => String(row['failureReason']).includes(HOSTILE_STRINGS.imgOnerror)),
    ).toBe(true);
    for (const page of payouts.pages) expect(v.safeParse(PayoutPage, page).success).toBe(true);
  });

  it('hostileContent(db): hostile strings in tickets, add-ons and invoices, still on contract', async () => {
    server.use(...hostileContent(db));
    const tickets = await walk('/tickets', 100);
    const addOns = await walk('/add-ons', 100);
    const invoices = await walk('/invoices', 100);
    for (const text of Object.values(HOSTILE_STRINGS)) {
      expect(tickets.rows.some((row) => row['title'] === text)).toBe(true);
      expect(tickets.rows.some((row) => String(row['description']).includes(text))).toBe(true);
      expect(addOns.rows.some((row) => row['name'] === text)).toBe(true);
      expect(invoices.rows.some((row) => row['description'] === text)).toBe(true);
    }
    expect(HOSTILE_STRINGS.unbroken).toHaveLength(500);
    expect(HOSTILE_STRINGS.rtlOverride).toContain('\u202E');
    for (const page of tickets.pages) expect(v.safeParse(TicketPage, page).success).toBe(true);
    for (const page of addOns.pages) expect(v.safeParse(AddOnPage, page).success).toBe(true);
    for (const page of invoices.pages) expect(v.safeParse(InvoicePage, page).success).toBe(true);
    const numbers = tickets.rows.map((row) => row['number']);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('unsafePdfUrls(db): the four unsafe pdfUrls are served', async () => {
    server.use(...unsafePdfUrls(db));
    const { rows } = await walk('/invoices', 100);
    const urls = rows.map((row) => row['pdfUrl']);
    for (const url of UNSAFE_PDF_URLS) expect(urls).toContain(url);
  });

  it('directPlan(db): a direct Revampd plan', async () => {
    server.use(...directPlan(db, { status: 'past_due' }));
    const plan = v.parse(Plan, (await call('/plan')).json);
    expect(plan).toMatchObject({ managedBy: 'revampd', plan: { status: 'past_due', name: 'Pro' } });
  });

  it('withPayouts(db, payouts): replaces the payouts and keeps the wallet consistent', async () => {
    server.use(
      ...withPayouts(db, [
        {
          id: 'po_only',
          createdAt: '2026-11-20T09:00:00Z',
          paidAt: '2026-11-24T09:00:00Z',
          status: 'paid',
          amount: { amount: 777, currency: 'USD' },
          walletTransactionId: null,
        },
      ]),
    );
    const payouts = await walk('/affiliate/payouts', 100);
    expect(payouts.rows).toHaveLength(1);
    const credit = (await walk('/wallet/transactions', 100)).rows.filter(
      (row) => row['kind'] === 'payout_credit',
    );
    expect(credit).toHaveLength(1);
    expect(credit[0]).toMatchObject({ payoutId: 'po_only', id: payouts.rows[0]?.['walletTransactionId'] });
    expect(v.parse(PayoutSummary, (await call('/affiliate/summary')).json).currentWeek.amount).toBe(777);
  });

  it('editScope(db, edit, where) only touches matching scopes, once per scope', async () => {
    let calls = 0;
    server.use(
      ...editScope(
        db,
        (scope) => {
          calls += 1;
          scope.tickets = scope.tickets.slice(0, 2);
        },
        { orgId: ORG_B },
      ),
    );
    expect((await walk('/tickets', 100, { orgId: ORG_B })).rows).toHaveLength(2);
    expect((await walk('/tickets', 100, { orgId: ORG_B })).rows).toHaveLength(2);
    expect((await walk('/tickets', 100, { orgId: ORG_A })).rows.length).toBeGreaterThan(2);
    expect(calls).toBe(1);
  });
});

describe('new resources', () => {
  it('named empties: no messages, nothing on sale, no numbers', async () => {
    server.use(...ticketMessagesEmpty(), ...addOnCatalogEmpty(), ...phoneNumbersEmpty());
    const ticket = db.scope(ORG_A, REVAMPD).tickets.find((candidate) => candidate.messageCount > 0);
    expect((await call(`/tickets/${ticket?.id ?? ''}/messages`)).json).toEqual({
      data: [],
      nextCursor: null,
    });
    expect((await call('/add-ons/catalog')).json).toEqual({ data: [] });
    expect((await call('/phone-numbers/available?productId=prd_us_local')).json).toEqual({ data: [] });
    expect(v.safeParse(ProductCatalog, { data: [] }).success).toBe(true);
  });

  it('ticketMessagesEmpty() leaves replying alone', async () => {
    server.use(...ticketMessagesEmpty());
    const ticket = db.scope(ORG_A, REVAMPD).tickets.find((candidate) => candidate.status === 'in_progress');
    const reply = await call(`/tickets/${ticket?.id ?? ''}/messages`, {
      method: 'POST',
      idempotencyKey: newKey(),
      body: { body: 'Hi' },
    });
    expect(reply.status).toBe(201);
  });

  it.each([
    ['ticketMessagesFail', ticketMessagesFail, 'ticketMessages'],
    ['attachmentsFail', attachmentsFail, 'attachments'],
    ['attentionFail', attentionFail, 'attention'],
    ['addOnCatalogFail', addOnCatalogFail, 'addOnCatalog'],
    ['phoneNumbersFail', phoneNumbersFail, 'phoneNumbers'],
  ] as const)('%s(503) fails that resource only', async (_, fail, resource) => {
    server.use(...fail(503));
    const result = await call(READ[resource].path);
    expect(result.status).toBe(503);
    expect(errorCode(result.json)).toBe('service_unavailable');
    await othersStillWork(resource);
  });

  it('attachmentsFail(413, …, { method: "POST" }) fails uploads only', async () => {
    server.use(...attachmentsFail(413, 'file_too_large', { method: 'POST' }));
    expect((await call(READ.attachments.path)).status).toBe(200);
    const upload = await call('/attachments', { method: 'POST', idempotencyKey: newKey(), body: {} });
    expect(upload.status).toBe(413);
    expect(errorCode(upload.json)).toBe('file_too_large');
  });

  it('noAccess on a new resource is 403 for it alone', async () => {
    server.use(...noAccess('attention'), ...noAccess('ticketMessages'));
    expect((await call('/attention')).status).toBe(403);
    expect((await call(READ.ticketMessages.path)).status).toBe(403);
    expect((await call('/tickets')).status).toBe(200);
  });

  it('failWith("addOns") also fails buying, unless the method narrows it', async () => {
    server.use(...failWith('addOns', 500, undefined, { method: 'GET' }));
    expect((await call('/add-ons')).status).toBe(500);
    expect((await call('/add-ons/catalog')).status).toBe(200);
    replaceScenario(...failWith('addOns', 500, undefined, { method: 'POST' }));
    expect((await call('/add-ons')).status).toBe(200);
    expect((await call('/add-ons', { method: 'POST', idempotencyKey: newKey(), body: {} })).status).toBe(500);
  });
});

describe('lostResponse(route) (faults.md 37)', () => {
  interface Case {
    route: MutationRoute;
    /** Sends the mutation with `key`; the same call is the retry. */
    send: (key: string) => Promise<unknown>;
    /** How many times the effect happened, read from the db. */
    effects: () => number;
  }
  const scope = () => db.scope(ORG_A, REVAMPD);
  const post =
    (path: string, body: unknown, method: 'POST' | 'PATCH' = 'POST') =>
    (key: string) =>
      call(path, { method, idempotencyKey: key, body });
  const cases = (): Case[] => {
    const ticket = scope().tickets.find((candidate) => candidate.status === 'in_progress');
    const closing = scope().tickets.find((candidate) => candidate.status === 'open');
    const invoice = scope().invoices.find(
      (candidate) =>
        candidate.status === 'open' && candidate.amountDue.amount <= scope().wallet.balance.amount,
    );
    const addOn = scope().addOns.find((candidate) => candidate.cancellable);
    return [
      {
        route: 'createTicket',
        send: post('/tickets', { title: 'Lost', priority: 'low', description: 'Once' }),
        effects: () => scope().tickets.filter((candidate) => candidate.title === 'Lost').length,
      },
      {
        route: 'updateTicketStatus',
        send: post(`/tickets/${closing?.id ?? ''}`, { status: 'closed' }, 'PATCH'),
        effects: () =>
          scope().tickets.filter((candidate) => candidate.id === closing?.id && candidate.status === 'closed')
            .length,
      },
      {
        route: 'replyToTicket',
        send: post(`/tickets/${ticket?.id ?? ''}/messages`, { body: 'Lost reply' }),
        effects: () =>
          (scope().messages[ticket?.id ?? ''] ?? []).filter((message) => message.body === 'Lost reply')
            .length,
      },
      {
        route: 'payInvoiceWithWallet',
        send: post(`/invoices/${invoice?.id ?? ''}/pay-with-wallet`, {}),
        effects: () =>
          scope().walletTransactions.filter(
            (transaction) =>
              transaction.invoiceId === invoice?.id && transaction.createdAt === '2026-11-25T15:00:00Z',
          ).length,
      },
      {
        route: 'cancelAddOn',
        send: post(`/add-ons/${addOn?.id ?? ''}/cancel`, {}),
        effects: () =>
          scope().addOns.filter((candidate) => candidate.id === addOn?.id && candidate.status === 'cancelled')
            .length,
      },
      {
        route: 'purchaseAddOn',
        send: post('/add-ons', {
          productId: 'prd_credits_500',
          quantity: 1,
          payWith: 'wallet',
          expectedTotal: { amount: 2750, currency: 'USD' },
        }),
        effects: () =>
          scope().addOns.filter((candidate) => candidate.name === 'Call credits — 500 minutes').length,
      },
    ];
  };

  it.each([
    'createTicket',
    'updateTicketStatus',
    'replyToTicket',
    'payInvoiceWithWallet',
    'cancelAddOn',
    'purchaseAddOn',
  ] as const)(
    '%s: committed, then a network error; the retry with the key replays it; one effect',
    async (route) => {
      const { send, effects } = cases().find((candidate) => candidate.route === route) as Case;
      server.use(...lostResponse(route));
      const key = newKey();
      await expect(send(key)).rejects.toThrow(TypeError);
      expect(effects()).toBe(1);
      expect(db.idempotency.size).toBe(1);
      const retry = (await send(key)) as Awaited<ReturnType<typeof call>>;
      expect(retry.status).toBeLessThan(300);
      expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
      expect(effects()).toBe(1);
      // A new key is a new intent, and only the first request lost its answer.
      const again = (await send(newKey())) as Awaited<ReturnType<typeof call>>;
      expect(again.headers.get('Idempotent-Replayed')).toBeNull();
    },
  );

  it('a lost response to a refused request still stores the refusal (a finished 4xx)', async () => {
    server.use(...lostResponse('createTicket'));
    const key = newKey();
    await expect(
      call('/tickets', { method: 'POST', idempotencyKey: key, body: { title: '' } }),
    ).rejects.toThrow(TypeError);
    const retry = await call('/tickets', { method: 'POST', idempotencyKey: key, body: { title: '' } });
    expect(retry.status).toBe(422);
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
  });

  it('only the route named loses its response; times: 2 loses two', async () => {
    server.use(...lostResponse('replyToTicket', { times: 2 }));
    expect(
      (
        await call('/tickets', {
          method: 'POST',
          idempotencyKey: newKey(),
          body: { title: 'x', priority: 'low', description: 'y' },
        })
      ).status,
    ).toBe(201);
    const ticket = db.scope(ORG_A, REVAMPD).tickets.find((candidate) => candidate.status === 'in_progress');
    const reply = (key: string) =>
      call(`/tickets/${ticket?.id ?? ''}/messages`, {
        method: 'POST',
        idempotencyKey: key,
        body: { body: 'x' },
      });
    await expect(reply(newKey())).rejects.toThrow(TypeError);
    await expect(reply(newKey())).rejects.toThrow(TypeError);
    expect((await reply(newKey())).status).toBe(201);
  });
});
