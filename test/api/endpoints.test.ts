/**
 * The new endpoint functions through the public client against the mock API: filters
 * sent encoded (faults.md 39) and refused before sending when the server would refuse
 * them, conversations and replies, the multipart upload (with progress, abort, retries
 * under one key, client-side limits; faults.md 28–30), buying, `/attention`, and contract
 * breaks in the new bodies named by field (faults.md 8).
 */
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EICAR_SIGNATURE, attachmentsFail, lostResponse, neverAnswers, unauthorizedOnce } from '../../mocks';
import { db } from '../../mocks/handlers';
import { apiPath } from '../../mocks/handlers/shared';
import { server } from '../../mocks/node';
import { createRevampdClient, type RevampdClient } from '../../src/api/client';
import { attachmentContentType, checkAttachment } from '../../src/api/endpoints';
import { RevampdError, isRevampdError } from '../../src/api/errors';
import { ATTACHMENT_LIMITS, SEARCH_LIMITS } from '../../src/api/schemas';
import type { AccessTokenGetter, RevampdClientConfig } from '../../src/api/transport';
import { isBrokenBearer, recordingFetch, useNetworkLog } from './support';

const BASE_URL = 'https://api.revampd.test';
const ORG = 'org_endpoints';

const network = useNetworkLog();

afterEach(() => {
  for (const request of network.requests) expect(isBrokenBearer(request.authorization)).toBe(false);
});

/** A client over the recording fetch; `ownFetch: false` leaves it on the global fetch. */
function setup(overrides: Partial<RevampdClientConfig> = {}, { ownFetch = true } = {}) {
  const recorder = recordingFetch();
  const onError = vi.fn<(error: RevampdError) => void>();
  const client: RevampdClient = createRevampdClient({
    baseUrl: BASE_URL,
    orgId: ORG,
    getAccessToken: () => 'tok_endpoints',
    retry: { retries: 2, baseDelayMs: 1 },
    ...(ownFetch ? { fetch: recorder.fetch } : {}),
    onError,
    ...overrides,
  });
  return { client, requests: recorder.requests, onError };
}

async function revampdError(promise: Promise<unknown>): Promise<RevampdError> {
  try {
    await promise;
  } catch (error) {
    if (isRevampdError(error)) return error;
    throw error;
  }
  throw new Error('expected a RevampdError');
}

const scope = () => db.scope(ORG, 'revampd');
const HOSTILE_QUERY = `50% & #1 "quoted" 'single' <script>alert(1)</script> 😀 +plus`;

// -------------------------------------------------------------------------------------------------
// Filters
// -------------------------------------------------------------------------------------------------

describe('filters are sent encoded (faults.md 39)', () => {
  it('listTickets: every filter, URL-encoded; hostile text reaches the server intact', async () => {
    const [first] = scope().tickets;
    if (first === undefined) throw new Error('no tickets');
    scope().tickets[0] = { ...first, title: `Report ${HOSTILE_QUERY}` };
    const { client, requests } = setup();
    const page = await client.listTickets({ q: HOSTILE_QUERY, limit: 10 });
    expect(page.data.map((ticket) => ticket.id)).toEqual([first.id]);
    const url = requests[0]?.url;
    expect(url?.searchParams.get('q')).toBe(HOSTILE_QUERY);
    expect(url?.hash).toBe('');
    expect(url?.search).toContain('%25');
    expect(url?.search).toContain('%26');
    expect(url?.search).toContain('%23');
    expect(url?.search).not.toMatch(/[ "<>#]/);
    await client.listTickets({ status: 'in_progress', priority: 'high', awaitingCustomer: true });
    expect(Object.fromEntries(requests[1]?.url.searchParams ?? [])).toEqual({
      status: 'in_progress',
      priority: 'high',
      awaitingCustomer: 'true',
    });
  });

  it('unset filters send nothing: null, "", false', async () => {
    const { client, requests } = setup();
    await client.listTickets({ status: null, priority: null, awaitingCustomer: false, q: '', cursor: null });
    expect([...(requests[0]?.url.searchParams.keys() ?? [])]).toEqual([]);
  });

  it('q over 100 characters is refused before any request, naming the filter; 100 emoji go out', async () => {
    const { client, requests, onError } = setup();
    const error = await revampdError(client.listTickets({ q: 'x'.repeat(1000) }));
    expect(error).toMatchObject({ kind: 'refused', code: 'invalid_filter', field: 'q' });
    expect(requests).toHaveLength(0);
    expect(onError).toHaveBeenCalledWith(error);
    await client.listTickets({ q: '😀'.repeat(SEARCH_LIMITS.q) });
    expect(requests).toHaveLength(1);
    await revampdError(client.listInvoices({ q: 'y'.repeat(SEARCH_LIMITS.q + 1) }));
    expect(requests).toHaveLength(1);
  });

  it('an unknown value from an untyped caller is refused before any request', async () => {
    const { client, requests } = setup();
    const cases: Promise<unknown>[] = [
      client.listTickets({ status: 'pending' as never }),
      client.listInvoices({ type: 'subscription' as never }),
      client.listWalletTransactions({ kind: 'credit' as never }),
      client.listPayouts({ status: 'refunded' as never }),
    ];
    for (const pending of cases)
      expect(await revampdError(pending)).toMatchObject({ code: 'invalid_filter' });
    expect(requests).toHaveLength(0);
  });

  it('listInvoices: date bounds as ISO instants (Date or string), From inclusive, To exclusive', async () => {
    const invoice = scope().invoices[4];
    if (invoice === undefined) throw new Error('no invoices');
    const { client, requests } = setup();
    const from = new Date(invoice.issuedAt);
    const to = new Date(Date.parse(invoice.issuedAt) + 1000);
    const page = await client.listInvoices({
      issuedFrom: from,
      issuedTo: to.toISOString(),
      status: invoice.status,
    });
    expect(page.data.map((row) => row.id)).toEqual([invoice.id]);
    expect(requests[0]?.url.searchParams.get('issuedFrom')).toBe(from.toISOString());
    expect(requests[0]?.url.searchParams.get('issuedTo')).toBe(to.toISOString());
    expect(requests[0]?.url.searchParams.get('status')).toBe(invoice.status);
  });

  it('a date bound that is not an instant is refused before any request, naming it', async () => {
    const { client, requests } = setup();
    expect(await revampdError(client.listInvoices({ issuedFrom: new Date('nope') }))).toMatchObject({
      code: 'invalid_filter',
      field: 'issuedFrom',
    });
    expect(await revampdError(client.listWalletTransactions({ createdTo: '2026-03-01' }))).toMatchObject({
      field: 'createdTo',
    });
    expect(await revampdError(client.listPayouts({ createdFrom: '2026-02-30T00:00:00Z' }))).toMatchObject({
      field: 'createdFrom',
    });
    expect(requests).toHaveLength(0);
  });

  it('wallet transactions carry balanceAfter; payouts filter by status with a failure reason', async () => {
    const { client, requests } = setup();
    const transactions = await client.listWalletTransactions({ kind: 'payout_credit', limit: 5 });
    expect(transactions.data.every((row) => row.kind === 'payout_credit')).toBe(true);
    expect(transactions.data[0]?.balanceAfter.currency).toBe('USD');
    const failed = await client.listPayouts({ status: 'failed', createdFrom: '2020-01-01T00:00:00Z' });
    expect(failed.data.length).toBeGreaterThan(0);
    expect(
      failed.data.every((payout) => payout.status === 'failed' && typeof payout.failureReason === 'string'),
    ).toBe(true);
    expect(requests[1]?.url.searchParams.get('createdFrom')).toBe('2020-01-01T00:00:00Z');
  });

  it('paging keeps the filters it was made with', async () => {
    const { client } = setup();
    const first = await client.listTickets({ status: 'closed', limit: 2 });
    const second = await client.listTickets({ status: 'closed', limit: 2, cursor: first.nextCursor });
    expect(second.data.every((ticket) => ticket.status === 'closed')).toBe(true);
    const mixed = await revampdError(
      client.listTickets({ status: 'open', limit: 2, cursor: first.nextCursor }),
    );
    expect(mixed).toMatchObject({ kind: 'http', status: 400, code: 'invalid_cursor' });
  });
});

// -------------------------------------------------------------------------------------------------
// Conversations
// -------------------------------------------------------------------------------------------------

describe('conversations', () => {
  it('getTicket has the ticket’s own attachments; listTicketMessages is oldest first', async () => {
    const ticket = scope().tickets.find((candidate) => candidate.messageCount >= 7);
    if (ticket === undefined) throw new Error('no conversation');
    const { client } = setup();
    const detail = await client.getTicket(ticket.id);
    expect(Array.isArray(detail.attachments)).toBe(true);
    const first = await client.listTicketMessages(ticket.id, { limit: 3 });
    const rest = await client.listTicketMessages(ticket.id, { limit: 100, cursor: first.nextCursor });
    const all = [...first.data, ...rest.data];
    expect(all).toHaveLength(ticket.messageCount);
    const stamps = all.map((message) => Date.parse(message.createdAt));
    expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
  });

  it('replyToTicket sends only the contract’s fields, under the key, and gets the customer’s message', async () => {
    const ticket = scope().tickets.find((candidate) => candidate.status === 'in_progress');
    const { client, requests } = setup();
    const extra = { body: 'Thanks!', attachmentIds: [], author: 'admin', html: '<b>x</b>' };
    const message = await client.replyToTicket(ticket?.id ?? '', extra, { idempotencyKey: 'key-reply-1' });
    expect(message).toMatchObject({ ticketId: ticket?.id, body: 'Thanks!', author: { kind: 'customer' } });
    expect(JSON.parse(requests[0]?.body ?? '{}')).toEqual({ body: 'Thanks!' });
    expect(requests[0]?.headers.get('Idempotency-Key')).toBe('key-reply-1');
    expect(requests[0]?.headers.get('Content-Type')).toBe('application/json');
  });

  it('createTicket sends attachmentIds only when there are some', async () => {
    const { client, requests } = setup();
    const attachment = await client.uploadAttachment(
      new File(['a,b\n1,2\n'], 'calls.csv', { type: 'text/csv' }),
      {
        idempotencyKey: 'key-upload-csv',
      },
    );
    await client.createTicket(
      { title: 'With file', priority: 'low', description: 'See file', attachmentIds: [attachment.id] },
      { idempotencyKey: 'key-ticket-1' },
    );
    await client.createTicket(
      { title: 'Plain', priority: 'low', description: 'x' },
      { idempotencyKey: 'key-ticket-2' },
    );
    expect(JSON.parse(requests[1]?.body ?? '{}')).toEqual({
      title: 'With file',
      priority: 'low',
      description: 'See file',
      attachmentIds: [attachment.id],
    });
    expect(JSON.parse(requests[2]?.body ?? '{}')).toEqual({
      title: 'Plain',
      priority: 'low',
      description: 'x',
    });
    const created = scope().tickets.find((ticket) => ticket.title === 'With file');
    expect((await client.getTicket(created?.id ?? '')).attachments.map((file) => file.id)).toEqual([
      attachment.id,
    ]);
  });

  it('faults 37: a reply whose response was lost is retried by the transport with its key: one message', async () => {
    const ticket = scope().tickets.find((candidate) => candidate.status === 'in_progress');
    const before = scope().messages[ticket?.id ?? '']?.length ?? 0;
    server.use(...lostResponse('replyToTicket'));
    const { client, requests, onError } = setup();
    const message = await client.replyToTicket(
      ticket?.id ?? '',
      { body: 'Once' },
      { idempotencyKey: 'key-lost' },
    );
    expect(requests).toHaveLength(2);
    expect(requests.map((request) => request.headers.get('Idempotency-Key'))).toEqual([
      'key-lost',
      'key-lost',
    ]);
    expect(scope().messages[ticket?.id ?? '']).toHaveLength(before + 1);
    expect(message.id).toBe(scope().messages[ticket?.id ?? '']?.at(-1)?.id);
    expect(onError).not.toHaveBeenCalled();
  });

  it('a closed ticket’s reply is http 409 ticket_closed', async () => {
    const ticket = scope().tickets.find((candidate) => candidate.status === 'closed');
    const { client } = setup();
    const error = await revampdError(
      client.replyToTicket(ticket?.id ?? '', { body: 'x' }, { idempotencyKey: 'k' }),
    );
    expect(error).toMatchObject({ kind: 'http', status: 409, code: 'ticket_closed' });
    expect(error.isTransient).toBe(false);
  });

  it('bidi controls in bodies, names and reasons never reach the caller (faults.md 23, 29)', async () => {
    server.use(
      http.get(apiPath('/tickets/:ticketId/messages'), () =>
        HttpResponse.json({
          data: [
            {
              id: 'msg_x',
              ticketId: 'tkt_x',
              author: { kind: 'team', name: 'Maya \u202EakaM' },
              body: 'See \u2066file\u2069',
              createdAt: '2026-11-25T15:00:00Z',
              attachments: [
                {
                  id: 'att_x',
                  name: 'invoice\u202Efdp.exe',
                  size: 10,
                  contentType: 'application/pdf',
                  createdAt: '2026-11-25T15:00:00Z',
                  scanStatus: 'clean',
                  downloadUrl: 'https://files.revampd.example/x',
                },
              ],
            },
          ],
          nextCursor: null,
        }),
      ),
    );
    const { client } = setup();
    const [message] = (await client.listTicketMessages('tkt_x')).data;
    expect(message?.author.name).toBe('Maya akaM');
    expect(message?.body).toBe('See file');
    expect(message?.attachments[0]?.name).toBe('invoicefdp.exe');
  });
});

// -------------------------------------------------------------------------------------------------
// Attachments
// -------------------------------------------------------------------------------------------------

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('uploadAttachment', () => {
  it('sends one multipart part named file, with the key and the token, and gets a pending attachment', async () => {
    const { client, requests } = setup();
    const attachment = await client.uploadAttachment(
      new File([PNG], 'C:\\shots\\screen.png', { type: 'image/png' }),
      {
        idempotencyKey: 'key-upload-1',
      },
    );
    expect(attachment).toMatchObject({
      name: 'screen.png',
      size: PNG.length,
      contentType: 'image/png',
      scanStatus: 'pending',
      downloadUrl: null,
    });
    const [request] = requests;
    expect(request?.method).toBe('POST');
    expect(request?.url.pathname).toBe(`/v1/orgs/${ORG}/connections/revampd/attachments`);
    expect(request?.headers.get('Content-Type')).toMatch(
      /^multipart\/form-data; boundary=-+revampd[0-9a-f]{32}$/,
    );
    expect(request?.headers.get('Idempotency-Key')).toBe('key-upload-1');
    expect(request?.headers.get('Authorization')).toBe('Bearer tok_endpoints');
    const text = new TextDecoder('latin1').decode(request?.rawBody as Uint8Array);
    expect(text).toContain('Content-Disposition: form-data; name="file"; filename="C:\\shots\\screen.png"');
    expect(text).toContain('Content-Type: image/png');
  });

  it("goes through the client's own fetch even when progress is asked for (a host's fetch sees every request)", async () => {
    // jsdom has XMLHttpRequest, so before this the upload went around the host's fetch.
    expect(typeof XMLHttpRequest).toBe('function');
    const { client, requests } = setup();
    const onProgress = vi.fn();
    const attachment = await client.uploadAttachment(new File([PNG], 'a.png', { type: 'image/png' }), {
      idempotencyKey: 'key-host-fetch',
      onProgress,
    });
    expect(attachment.name).toBe('a.png');
    // No progress in between through a fetch: the host's fetch cannot report it.
    expect(onProgress).not.toHaveBeenCalled();
    expect(requests.map((request) => `${request.method} ${request.url.pathname}`)).toEqual([
      `POST /v1/orgs/${ORG}/connections/revampd/attachments`,
    ]);
  });

  it('faults 30: a retry after a 503 reuses the key; one attachment is created', async () => {
    server.use(...attachmentsFail(503, undefined, { method: 'POST', times: 1 }));
    const { client, requests } = setup();
    await client.uploadAttachment(new File([PNG], 'a.png', { type: 'image/png' }), {
      idempotencyKey: 'key-503',
    });
    expect(requests.map((request) => request.headers.get('Idempotency-Key'))).toEqual(['key-503', 'key-503']);
    expect(scope().attachments.filter((attachment) => attachment.ticketId === null)).toHaveLength(1);
  });

  it('faults 28: a file over 10 MiB or of a refused type is refused before any upload, naming the file', async () => {
    const { client, requests, onError } = setup();
    const big = new File([new Uint8Array(ATTACHMENT_LIMITS.maxBytes + 1)], 'big.pdf', {
      type: 'application/pdf',
    });
    expect(await revampdError(client.uploadAttachment(big, { idempotencyKey: 'k1' }))).toMatchObject({
      kind: 'refused',
      code: 'file_too_large',
      field: 'file',
    });
    const zip = new File([new Uint8Array([0x50, 0x4b])], 'x.zip', { type: 'application/zip' });
    expect(await revampdError(client.uploadAttachment(zip, { idempotencyKey: 'k2' }))).toMatchObject({
      kind: 'refused',
      code: 'unsupported_type',
    });
    expect(requests).toHaveLength(0);
    expect(onError).toHaveBeenCalledTimes(2);
  });

  it('faults 28: the server’s 413 and 415 come back as such (it checks the bytes)', async () => {
    const { client } = setup();
    const fake = new File(['%PDF-1.7 not a png'], 'fake.png', { type: 'image/png' });
    expect(await revampdError(client.uploadAttachment(fake, { idempotencyKey: 'k-415' }))).toMatchObject({
      kind: 'http',
      status: 415,
      code: 'unsupported_type',
    });
    server.use(...attachmentsFail(413, 'file_too_large', { method: 'POST' }));
    expect(
      await revampdError(
        client.uploadAttachment(new File([PNG], 'a.png', { type: 'image/png' }), { idempotencyKey: 'k-413' }),
      ),
    ).toMatchObject({ kind: 'http', status: 413, code: 'file_too_large' });
  });

  it('a CSV that the OS calls vnd.ms-excel goes out as text/csv', async () => {
    const { client } = setup();
    const csv = new File(['a,b\n1,2\n'], 'export.csv', { type: 'application/vnd.ms-excel' });
    expect((await client.uploadAttachment(csv, { idempotencyKey: 'k-csv' })).contentType).toBe('text/csv');
  });

  it('faults 30: with onProgress the upload goes through XMLHttpRequest and reports its bytes', async () => {
    const { client } = setup({}, { ownFetch: false });
    const progress: [number, number][] = [];
    const attachment = await client.uploadAttachment(new File([PNG], 'p.png', { type: 'image/png' }), {
      idempotencyKey: 'key-progress',
      onProgress: (loaded, total) => progress.push([loaded, total]),
    });
    expect(attachment.contentType).toBe('image/png');
    expect(progress.length).toBeGreaterThan(0);
    const [loaded, total] = progress.at(-1) ?? [0, 0];
    expect(total).toBeGreaterThan(PNG.length);
    expect(loaded).toBe(total);
    // Progress was reported, which only the XMLHttpRequest path does; the same key and
    // token reached the server as through fetch.
    const seen = network.requests.filter((request) => request.url.endsWith('/attachments'));
    expect(seen.map((request) => [request.idempotencyKey, request.authorization])).toEqual([
      ['key-progress', 'Bearer tok_endpoints'],
    ]);
  });

  it('the XMLHttpRequest path keeps the transport’s policy: a 401 asks for a token again and replays', async () => {
    server.use(...unauthorizedOnce());
    const getAccessToken = vi
      .fn<AccessTokenGetter>()
      .mockReturnValueOnce('tok_old')
      .mockReturnValue('tok_new');
    const { client } = setup({ getAccessToken }, { ownFetch: false });
    await client.uploadAttachment(new File([PNG], 'p.png', { type: 'image/png' }), {
      idempotencyKey: 'key-401',
      onProgress: () => undefined,
    });
    expect(getAccessToken).toHaveBeenCalledTimes(2);
    const seen = network.requests.filter((request) => request.url.endsWith('/attachments'));
    expect(seen.map((request) => request.authorization)).toEqual(['Bearer tok_old', 'Bearer tok_new']);
    expect(new Set(seen.map((request) => request.idempotencyKey))).toEqual(new Set(['key-401']));
  });

  it.each([false, true])(
    'faults 30: cancelling an upload (progress: %s) rejects with AbortError, unreported',
    async (withProgress) => {
      server.use(...neverAnswers('attachments', { method: 'POST' }));
      const { client, onError } = setup({}, { ownFetch: !withProgress });
      const controller = new AbortController();
      const pending = client.uploadAttachment(new File([PNG], 'p.png', { type: 'image/png' }), {
        idempotencyKey: 'key-abort',
        signal: controller.signal,
        ...(withProgress ? { onProgress: () => undefined } : {}),
      });
      await vi.waitFor(() =>
        expect(network.requests.some((request) => request.url.endsWith('/attachments'))).toBe(true),
      );
      controller.abort();
      await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
      expect(onError).not.toHaveBeenCalled();
    },
  );

  it('getAttachment polls the attachment as it is now', async () => {
    const { client } = setup();
    const uploaded = await client.uploadAttachment(
      new File([EICAR_SIGNATURE], 'eicar.txt', { type: 'text/plain' }),
      {
        idempotencyKey: 'key-eicar',
      },
    );
    const stored = scope().attachments.find((attachment) => attachment.id === uploaded.id);
    if (stored === undefined) throw new Error('not stored');
    stored.scannedAt = 0; // the scan is done
    expect(await client.getAttachment(uploaded.id)).toMatchObject({
      scanStatus: 'infected',
      downloadUrl: null,
    });
  });
});

describe('checkAttachment and attachmentContentType', () => {
  it('size and type per api.md, the extension deciding only for a missing or vague type', () => {
    expect(
      checkAttachment({ name: 'a.png', size: ATTACHMENT_LIMITS.maxBytes, type: 'image/png' }),
    ).toBeNull();
    expect(
      checkAttachment({ name: 'a.png', size: ATTACHMENT_LIMITS.maxBytes + 1, type: 'image/png' }),
    ).toEqual({
      code: 'file_too_large',
      maxBytes: ATTACHMENT_LIMITS.maxBytes,
    });
    expect(checkAttachment({ name: 'a.svg', size: 10, type: 'image/svg+xml' })).toMatchObject({
      code: 'unsupported_type',
    });
    expect(attachmentContentType({ name: 'a.JPG', type: '' })).toBe('image/jpeg');
    expect(attachmentContentType({ name: 'a.log', type: 'application/octet-stream' })).toBe('text/plain');
    expect(attachmentContentType({ name: 'a.csv', type: 'text/csv; charset=utf-8' })).toBe('text/csv');
    expect(attachmentContentType({ name: 'a.png', type: 'text/html' })).toBeNull();
    expect(attachmentContentType({ name: 'noextension', type: '' })).toBeNull();
  });
});

// -------------------------------------------------------------------------------------------------
// Buying and attention
// -------------------------------------------------------------------------------------------------

describe('buying', () => {
  it('catalog, numbers (separators dropped, letters kept), purchase with only the contract’s fields', async () => {
    const { client, requests } = setup();
    const catalog = await client.getAddOnCatalog();
    const local = catalog.data.find((product) => product.id === 'prd_us_local');
    if (local === undefined) throw new Error('no local numbers');
    const numbers = await client.listAvailablePhoneNumbers({
      productId: local.id,
      areaCode: '(415)',
      contains: 'J-K L',
    });
    expect(Object.fromEntries(requests[1]?.url.searchParams ?? [])).toEqual({
      productId: 'prd_us_local',
      areaCode: '415',
      contains: 'JKL',
    });
    const [choice] = numbers.data;
    if (choice === undefined) throw new Error('no numbers');
    const purchase = await client.purchaseAddOn(
      {
        productId: local.id,
        quantity: 1,
        phoneNumber: choice.number,
        payWith: 'wallet',
        expectedTotal: local.unitPrice,
        ...({ coupon: 'FREE' } as object),
      },
      { idempotencyKey: 'key-buy-1' },
    );
    expect(purchase.addOn).toMatchObject({ status: 'pending', detail: choice.display });
    expect(purchase.invoice.status).toBe('paid');
    expect(JSON.parse(requests[2]?.body ?? '{}')).toEqual({
      productId: local.id,
      quantity: 1,
      phoneNumber: choice.number,
      payWith: 'wallet',
      expectedTotal: local.unitPrice,
    });
    await client.purchaseAddOn(
      {
        productId: 'prd_credits_500',
        quantity: 1,
        payWith: 'invoice',
        expectedTotal: { amount: 2750, currency: 'USD' },
      },
      { idempotencyKey: 'key-buy-2' },
    );
    expect(JSON.parse(requests[3]?.body ?? '{}')).not.toHaveProperty('phoneNumber');
  });

  it('a search the server would refuse is refused before any request', async () => {
    const { client, requests } = setup();
    for (const params of [
      { productId: 'prd_us_local', areaCode: '123456' },
      { productId: 'prd_us_local', areaCode: 'abc' },
      { productId: 'prd_us_local', contains: 'ABCDEFGHIJK' },
      { productId: '' },
    ]) {
      expect(await revampdError(client.listAvailablePhoneNumbers(params))).toMatchObject({
        kind: 'refused',
        code: 'invalid_filter',
      });
    }
    expect(requests).toHaveLength(0);
  });

  it('409 price_changed, number_unavailable and insufficient_funds are http errors, not transient', async () => {
    const { client } = setup();
    const error = await revampdError(
      client.purchaseAddOn(
        {
          productId: 'prd_credits_500',
          quantity: 1,
          payWith: 'wallet',
          expectedTotal: { amount: 1, currency: 'USD' },
        },
        { idempotencyKey: 'key-price' },
      ),
    );
    expect(error).toMatchObject({ kind: 'http', status: 409, code: 'price_changed' });
    expect(error.isTransient).toBe(false);
  });

  it('getAttention parses the summary', async () => {
    const { client } = setup();
    const attention = await client.getAttention();
    expect(attention.openInvoices.count).toBeGreaterThan(0);
    expect(attention.asOf).toBe('2026-11-25T15:00:00Z');
  });
});

// -------------------------------------------------------------------------------------------------
// Contract breaks in the new bodies (faults.md 8)
// -------------------------------------------------------------------------------------------------

describe('contract breaks name the field', () => {
  const cases: [string, string, unknown, (client: RevampdClient) => Promise<unknown>, string][] = [
    [
      'a float attachment size in a message',
      '/tickets/:ticketId/messages',
      {
        data: [
          {
            id: 'm',
            ticketId: 't',
            author: { kind: 'team', name: 'x' },
            body: 'x',
            createdAt: '2026-11-25T15:00:00Z',
            attachments: [
              {
                id: 'a',
                name: 'a',
                size: 1.5,
                contentType: 'image/png',
                createdAt: '2026-11-25T15:00:00Z',
                scanStatus: 'clean',
                downloadUrl: null,
              },
            ],
          },
        ],
        nextCursor: null,
      },
      (client) => client.listTicketMessages('t'),
      'data.0.attachments.0.size',
    ],
    [
      'an unknown scan status',
      '/attachments/:attachmentId',
      {
        id: 'a',
        name: 'a',
        size: 1,
        contentType: 'image/png',
        createdAt: '2026-11-25T15:00:00Z',
        scanStatus: 'quarantined',
        downloadUrl: null,
      },
      (client) => client.getAttachment('a'),
      'scanStatus',
    ],
    [
      'a string amount in /attention',
      '/attention',
      {
        openInvoices: { count: 1, amountDue: { amount: '10.00', currency: 'USD' } },
        overdueInvoices: { count: 0, amountDue: { amount: 0, currency: 'USD' } },
        walletShortfall: null,
        ticketsAwaitingCustomer: 0,
        failedPayouts: 0,
        asOf: '2026-11-25T15:00:00Z',
      },
      (client) => client.getAttention(),
      'openInvoices.amountDue.amount',
    ],
    [
      'a date that does not parse in a product-less purchase answer',
      '/add-ons/catalog',
      {
        data: [
          {
            id: 'p',
            kind: 'call_credits',
            name: 'x',
            description: 'x',
            unitPrice: { amount: 9.99, currency: 'USD' },
            interval: 'one_time',
            country: null,
            numberType: null,
            minutes: 100,
          },
        ],
      },
      (client) => client.getAddOnCatalog(),
      'data.0.unitPrice.amount',
    ],
    [
      'a missing messageCount on a ticket',
      '/tickets/:ticketId',
      {
        id: 't',
        number: 1,
        title: 'x',
        description: 'x',
        status: 'open',
        priority: 'low',
        assignee: null,
        createdAt: '2026-11-25T15:00:00Z',
        updatedAt: '2026-11-25T15:00:00Z',
        lastMessageAt: null,
        lastMessageBy: null,
        awaitingCustomer: false,
        attachments: [],
      },
      (client) => client.getTicket('t'),
      'messageCount',
    ],
  ];

  it.each(cases)('%s', async (_, path, body, read, field) => {
    server.use(http.get(apiPath(path), () => HttpResponse.json(body as Record<string, unknown>)));
    const { client } = setup();
    const error = await revampdError(read(client));
    expect(error).toMatchObject({ kind: 'invalid_response', code: 'contract_violation', field });
    expect(error.message).toContain(field);
  });
});
