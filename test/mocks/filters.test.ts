/**
 * List filters on the mock server (api.md, Conventions; faults.md 39–40): each filter
 * narrows exactly, an unknown value is `400 invalid_filter`, date ranges are instants with
 * `From` inclusive and `To` exclusive, free text is 1–100 characters matched
 * case-insensitively, and a cursor only works with the filters it was made with.
 */
import { describe, expect, it } from 'vitest';
import { SEARCH_LIMITS } from '../../src/api/schemas';
import { addTicketMessage } from '../../mocks';
import { ORG_A, REVAMPD, call, errorCode, isObject, useMockServer, walk } from './helpers';

const { db } = useMockServer();

const scope = () => db.scope(ORG_A, REVAMPD);
const q = (text: string) => encodeURIComponent(text);

/** Every row of `path` (with its query), across all pages. */
const all = async (path: string) => (await walk(path, 100)).rows;

async function expectInvalidFilter(path: string): Promise<void> {
  const result = await call(path);
  expect(result.status, path).toBe(400);
  expect(errorCode(result.json), path).toBe('invalid_filter');
}

describe('GET /tickets filters', () => {
  it('priority narrows to that priority, and the priorities add up', async () => {
    const everything = await all('/tickets');
    let total = 0;
    for (const priority of ['low', 'medium', 'high']) {
      const rows = await all(`/tickets?priority=${priority}`);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row) => row['priority'] === priority)).toBe(true);
      total += rows.length;
    }
    expect(total).toBe(everything.length);
  });

  it('awaitingCustomer=true is exactly the non-closed tickets whose last message is the team’s', async () => {
    const expected = scope()
      .tickets.filter((ticket) => {
        const last = scope().messages[ticket.id]?.at(-1);
        return last?.author.kind === 'team' && ticket.status !== 'closed';
      })
      .map((ticket) => ticket.id);
    expect(expected.length).toBeGreaterThan(0);
    const rows = await all('/tickets?awaitingCustomer=true');
    expect(rows.map((row) => row['id'])).toEqual(expected);
    expect(rows.every((row) => row['awaitingCustomer'] === true)).toBe(true);
  });

  it('filters combine', async () => {
    const rows = await all('/tickets?status=in_progress&awaitingCustomer=true');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row['status'] === 'in_progress' && row['awaitingCustomer'] === true)).toBe(
      true,
    );
  });

  it('q matches title, description and number, case-insensitively', async () => {
    const [ticket] = scope().tickets;
    if (ticket === undefined) throw new Error('no tickets');
    const word = ticket.title.split(' ').find((part) => part.length > 4) ?? ticket.title;
    const byTitle = await all(`/tickets?q=${q(word.toUpperCase())}`);
    expect(byTitle.map((row) => row['id'])).toContain(ticket.id);
    for (const row of byTitle) {
      const haystack = `${String(row['title'])} ${String(row['description'])} ${String(row['number'])}`;
      expect(haystack.toLowerCase()).toContain(word.toLowerCase());
    }
    const byNumber = await all(`/tickets?q=${q(`#${ticket.number}`)}`);
    expect(byNumber.map((row) => row['id'])).toEqual([ticket.id]);
    const byDescription = await all(`/tickets?q=${q(ticket.description.slice(10, 30))}`);
    expect(byDescription.map((row) => row['id'])).toContain(ticket.id);
  });

  it('faults 39: hostile search text arrives intact when encoded and finds only what contains it', async () => {
    const [first] = scope().tickets;
    if (first === undefined) throw new Error('no tickets');
    const hostile = `50% & #1 "quoted" 'single' <script>alert(1)</script> 😀`;
    scope().tickets[0] = { ...first, title: `Billing ${hostile}` };
    for (const text of [hostile, '%', '&', '#1 "', '"quoted"', "'single'", '<script>', '😀']) {
      const rows = await all(`/tickets?q=${q(text)}`);
      expect(
        rows.map((row) => row['id']),
        text,
      ).toEqual([first.id]);
    }
    // "#" alone is how people write ticket numbers: it matches them all, and breaks nothing.
    expect((await call(`/tickets?q=${q('#')}`)).status).toBe(200);
    // A hundred emoji are a hundred characters: allowed.
    expect((await call(`/tickets?q=${q('😀'.repeat(SEARCH_LIMITS.q))}`)).status).toBe(200);
  });

  it('no match is an empty page, not an error', async () => {
    expect((await call('/tickets?q=zzzz-no-such-ticket')).json).toEqual({ data: [], nextCursor: null });
  });

  it.each([
    'status=pending',
    'status=OPEN',
    'status=',
    'priority=urgent',
    'priority=',
    'awaitingCustomer=false',
    'awaitingCustomer=1',
    'awaitingCustomer=',
    'q=',
    `q=${'x'.repeat(SEARCH_LIMITS.q + 1)}`,
    `q=${'x'.repeat(1000)}`,
    'status=open&status=closed',
  ])('400 invalid_filter for %s', async (query) => {
    await expectInvalidFilter(`/tickets?${query}`);
  });

  it('ignores query parameters it does not know', async () => {
    expect((await call('/tickets?color=blue&limit=5')).status).toBe(200);
  });
});

describe('GET /invoices filters', () => {
  it('status and type narrow exactly', async () => {
    for (const status of ['draft', 'open', 'paid', 'void', 'uncollectible']) {
      const rows = await all(`/invoices?status=${status}`);
      expect(rows.length).toBe(scope().invoices.filter((invoice) => invoice.status === status).length);
      expect(rows.every((row) => row['status'] === status)).toBe(true);
    }
    for (const type of ['phone_number', 'one_time_service', 'call_credits', 'other']) {
      const rows = await all(`/invoices?type=${type}`);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row) => row['type'] === type)).toBe(true);
    }
  });

  it('issuedFrom is inclusive and issuedTo exclusive, as instants', async () => {
    const invoice = scope().invoices[5];
    if (invoice === undefined) throw new Error('no invoices');
    const at = invoice.issuedAt;
    const ids = async (query: string) => (await all(`/invoices?${query}`)).map((row) => row['id']);
    expect(await ids(`issuedFrom=${q(at)}`)).toContain(invoice.id);
    expect(await ids(`issuedTo=${q(at)}`)).not.toContain(invoice.id);
    const later = new Date(Date.parse(at) + 1000).toISOString();
    expect(await ids(`issuedFrom=${q(at)}&issuedTo=${q(later)}`)).toEqual([invoice.id]);
    // The same instant written with another offset is the same bound.
    const shifted = new Date(Date.parse(at));
    const withOffset = `${new Date(shifted.getTime() - 5 * 3_600_000).toISOString().slice(0, 19)}-05:00`;
    expect(await ids(`issuedFrom=${q(withOffset)}&issuedTo=${q(later)}`)).toEqual([invoice.id]);
    const everything = await all('/invoices');
    const before = await ids(`issuedTo=${q(at)}`);
    const after = await ids(`issuedFrom=${q(at)}`);
    expect(before.length + after.length).toBe(everything.length);
  });

  it('q matches the number and the description, case-insensitively', async () => {
    const invoice = scope().invoices[3];
    if (invoice === undefined) throw new Error('no invoices');
    expect((await all(`/invoices?q=${q(invoice.number.toLowerCase())}`)).map((row) => row['id'])).toEqual([
      invoice.id,
    ]);
    const rows = await all(`/invoices?q=${q(invoice.description.slice(0, 8).toUpperCase())}`);
    expect(rows.map((row) => row['id'])).toContain(invoice.id);
  });

  it.each([
    'status=overdue',
    'type=subscription',
    'issuedFrom=2026-03-01',
    'issuedFrom=2026-03-01T00:00:00',
    'issuedTo=yesterday',
    'issuedFrom=2026-02-31T00:00:00Z',
    'issuedFrom=2026-04-01T00:00:00Z&issuedTo=2026-03-01T00:00:00Z',
    'q=',
  ])('400 invalid_filter for %s', async (query) => {
    await expectInvalidFilter(`/invoices?${query}`);
  });
});

describe('GET /wallet/transactions filters and balanceAfter', () => {
  it('balanceAfter is the running balance in list order, ending at the wallet’s balance', async () => {
    const { rows, pages } = await walk('/wallet/transactions', 7);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    const amount = (row: Record<string, unknown>, key: string) =>
      Number(isObject(row[key]) ? (row[key] as { amount: unknown }).amount : NaN);
    const wallet = (await call('/wallet')).json as { balance: { amount: number } };
    expect(amount(rows[0] ?? {}, 'balanceAfter')).toBe(wallet.balance.amount);
    for (let index = 0; index < rows.length - 1; index++) {
      const row = rows[index] ?? {};
      const older = rows[index + 1] ?? {};
      expect(amount(row, 'balanceAfter') - amount(row, 'amount')).toBe(amount(older, 'balanceAfter'));
    }
    expect(amount(rows.at(-1) ?? {}, 'balanceAfter')).toBe(amount(rows.at(-1) ?? {}, 'amount'));
  });

  it('a filtered page keeps each row’s real balanceAfter', async () => {
    const everything = new Map(
      (await all('/wallet/transactions')).map((row) => [row['id'], row['balanceAfter']]),
    );
    const refunds = await all('/wallet/transactions?kind=invoice_payment');
    expect(refunds.length).toBeGreaterThan(0);
    for (const row of refunds) {
      expect(row['kind']).toBe('invoice_payment');
      expect(row['balanceAfter']).toEqual(everything.get(row['id']));
    }
  });

  it('balanceAfter follows a payment', async () => {
    const open = scope().invoices.find(
      (invoice) => invoice.status === 'open' && invoice.amountDue.amount <= scope().wallet.balance.amount,
    );
    const before = scope().wallet.balance.amount;
    await call(`/invoices/${open?.id ?? ''}/pay-with-wallet`, { method: 'POST', idempotencyKey: 'k-pay-1' });
    const [newest] = await all('/wallet/transactions?limit=1');
    expect(newest).toMatchObject({
      kind: 'invoice_payment',
      balanceAfter: { amount: before - (open?.amountDue.amount ?? 0), currency: 'USD' },
    });
  });

  it('createdFrom / createdTo and kind', async () => {
    const transaction = scope().walletTransactions[10];
    if (transaction === undefined) throw new Error('no transactions');
    const at = transaction.createdAt;
    const later = new Date(Date.parse(at) + 1000).toISOString();
    const rows = await all(`/wallet/transactions?createdFrom=${q(at)}&createdTo=${q(later)}`);
    expect(rows.map((row) => row['id'])).toContain(transaction.id);
    expect(rows.every((row) => Date.parse(String(row['createdAt'])) === Date.parse(at))).toBe(true);
    expect((await all(`/wallet/transactions?createdTo=${q(at)}`)).map((row) => row['id'])).not.toContain(
      transaction.id,
    );
    for (const kind of ['payout_credit', 'invoice_payment', 'refund', 'adjustment']) {
      const filtered = await all(`/wallet/transactions?kind=${kind}`);
      expect(filtered.length).toBeGreaterThan(0);
      expect(filtered.every((row) => row['kind'] === kind)).toBe(true);
    }
  });

  it.each(['kind=credit', 'createdFrom=2026-13-01T00:00:00Z', 'createdTo=1700000000'])(
    '400 invalid_filter for %s',
    async (query) => {
      await expectInvalidFilter(`/wallet/transactions?${query}`);
    },
  );
});

describe('GET /affiliate/payouts filters', () => {
  it('status narrows; failed payouts say why, the others have no reason', async () => {
    const failed = await all('/affiliate/payouts?status=failed');
    expect(failed.length).toBeGreaterThan(0);
    for (const row of failed) {
      expect(row['status']).toBe('failed');
      expect(typeof row['failureReason']).toBe('string');
      expect(String(row['failureReason']).length).toBeGreaterThan(10);
    }
    for (const status of ['paid', 'pending']) {
      const rows = await all(`/affiliate/payouts?status=${status}`);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row) => row['status'] === status && row['failureReason'] === null)).toBe(true);
    }
  });

  it('createdFrom is inclusive and createdTo exclusive', async () => {
    const payout = scope().payouts[4];
    if (payout === undefined) throw new Error('no payouts');
    const ids = async (query: string) => (await all(`/affiliate/payouts?${query}`)).map((row) => row['id']);
    expect(await ids(`createdFrom=${q(payout.createdAt)}`)).toContain(payout.id);
    expect(await ids(`createdTo=${q(payout.createdAt)}`)).not.toContain(payout.id);
    expect(
      (await ids(`createdFrom=${q(payout.createdAt)}`)).length +
        (await ids(`createdTo=${q(payout.createdAt)}`)).length,
    ).toBe(scope().payouts.length);
  });

  it.each(['status=refunded', 'createdFrom=last-week'])('400 invalid_filter for %s', async (query) => {
    await expectInvalidFilter(`/affiliate/payouts?${query}`);
  });
});

describe('cursors belong to their filters (faults.md 40)', () => {
  const lists: [string, string, string][] = [
    ['/tickets', 'status=resolved', 'status=closed'],
    ['/tickets', 'priority=medium', 'q=calls'],
    ['/invoices', 'status=paid', 'type=phone_number'],
    ['/wallet/transactions', 'kind=payout_credit', 'kind=invoice_payment'],
    ['/affiliate/payouts', 'status=paid', 'createdFrom=2025-01-01T00:00:00Z'],
  ];

  it.each(lists)(
    '%s: a cursor of %s is 400 invalid_cursor with %s or with no filter',
    async (path, made, other) => {
      const first = await call(`${path}?${made}&limit=2`);
      const cursor = isObject(first.json) ? first.json['nextCursor'] : null;
      expect(typeof cursor).toBe('string');
      const next = encodeURIComponent(String(cursor));
      expect((await call(`${path}?${made}&limit=2&cursor=${next}`)).status).toBe(200);
      // The limit is not a filter: a cursor survives a new page size.
      expect((await call(`${path}?${made}&limit=5&cursor=${next}`)).status).toBe(200);
      for (const query of [`${other}&`, '']) {
        const result = await call(`${path}?${query}limit=2&cursor=${next}`);
        expect(result.status, query).toBe(400);
        expect(errorCode(result.json)).toBe('invalid_cursor');
      }
    },
  );

  it('an unfiltered cursor is refused once a filter is added', async () => {
    const first = await call('/tickets?limit=2');
    const cursor = encodeURIComponent(String(isObject(first.json) ? first.json['nextCursor'] : ''));
    const result = await call(`/tickets?awaitingCustomer=true&limit=2&cursor=${cursor}`);
    expect(errorCode(result.json)).toBe('invalid_cursor');
  });

  it('the same filters written in another order keep the cursor', async () => {
    const first = await call('/tickets?status=closed&q=the&limit=1');
    const next = isObject(first.json) ? first.json['nextCursor'] : null;
    expect(typeof next).toBe('string');
    const cursor = encodeURIComponent(String(next));
    expect((await call(`/tickets?q=the&limit=1&status=closed&cursor=${cursor}`)).status).toBe(200);
  });

  it('a team reply added mid-walk does not break the walk of a filter', async () => {
    const ticket = scope().tickets.find(
      (candidate) => candidate.status === 'open' && !candidate.awaitingCustomer,
    );
    const first = await call('/tickets?status=open&limit=1');
    addTicketMessage(scope(), ticket?.id ?? '', {
      author: { kind: 'team', name: 'Maya Okafor' },
      body: 'Hi',
    });
    const cursor = encodeURIComponent(String(isObject(first.json) ? first.json['nextCursor'] : ''));
    expect((await call(`/tickets?status=open&limit=1&cursor=${cursor}`)).status).toBe(200);
  });
});
