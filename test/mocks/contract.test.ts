/**
 * Every endpoint of the mock answers what src/api/schemas.ts says, for several scopes and
 * for a large seed, and the seeded world is deterministic, scoped and self-consistent.
 */
import type * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  AddOn,
  AddOnPage,
  ApiErrorBody,
  Invoice,
  InvoicePage,
  InvoicePayment,
  Payout,
  PayoutPage,
  PayoutSummary,
  Plan,
  Ticket,
  TicketDetail,
  TicketPage,
  Wallet,
  WalletTransaction,
  WalletTransactionPage,
} from '../../src/api/schemas';
import { parseContract } from '../../src/api/parse';
import { MOCK_NOW, createMockDb, seedLarge } from '../../mocks';
import type { MockScope } from '../../mocks';
import {
  ORG_A,
  ORG_B,
  PARTNER_CONNECTION,
  REVAMPD,
  call,
  isObject,
  newKey,
  useMockServer,
  walk,
} from './helpers';

/** Fails with the contract's issues (path and message), so a contract drift names its field. */
function expectValid(schema: v.GenericSchema, value: unknown, what: string): void {
  const result = parseContract(schema, value);
  if (!result.success) {
    expect.fail(`${what} does not match the contract: ${JSON.stringify(result.issues).slice(0, 800)}`);
  }
}

const { db } = useMockServer();

const LISTS = [
  { path: '/add-ons', page: AddOnPage, row: AddOn },
  { path: '/tickets', page: TicketPage, row: Ticket },
  { path: '/invoices', page: InvoicePage, row: Invoice },
  { path: '/wallet/transactions', page: WalletTransactionPage, row: WalletTransaction },
  { path: '/affiliate/payouts', page: PayoutPage, row: Payout },
] as const;

const SCOPES = [
  [ORG_A, REVAMPD],
  [ORG_B, REVAMPD],
  [ORG_A, PARTNER_CONNECTION],
] as const;

describe.each(SCOPES)('reads for %s / %s match the contract', (orgId, connectionId) => {
  const scope = { orgId, connectionId };

  it('GET /plan', async () => {
    const result = await call('/plan', scope);
    expect(result.status).toBe(200);
    expectValid(Plan, result.json, 'plan');
  });

  it('GET /wallet', async () => {
    const result = await call('/wallet', scope);
    expect(result.status).toBe(200);
    expectValid(Wallet, result.json, 'wallet');
    expect(result.json).toMatchObject({ connectionId });
  });

  it('GET /affiliate/summary', async () => {
    const result = await call('/affiliate/summary?timeZone=America/New_York&weekStartsOn=7', scope);
    expect(result.status).toBe(200);
    expectValid(PayoutSummary, result.json, 'summary');
  });

  it.each(LISTS)('GET $path: every page and every row', async ({ path, page, row }) => {
    const { rows, pages } = await walk(path, 10, scope);
    expect(rows.length).toBeGreaterThan(0);
    for (const [index, body] of pages.entries()) expectValid(page, body, `${path} page ${index}`);
    for (const item of rows) expectValid(row, item, `${path} row`);
  });

  it('GET /tickets/{id} is the list row plus its own attachments', async () => {
    const { rows } = await walk('/tickets', 100, scope);
    for (const row of rows) {
      const result = await call(`/tickets/${String(row['id'])}`, scope);
      expect(result.status).toBe(200);
      expectValid(TicketDetail, result.json, 'ticket detail');
      const { attachments, ...ticket } = isObject(result.json) ? result.json : {};
      expect(ticket).toEqual(row);
      expect(Array.isArray(attachments)).toBe(true);
    }
  });
});

describe('mutations match the contract', () => {
  it('POST /tickets → 201 Ticket', async () => {
    const result = await call('/tickets', {
      method: 'POST',
      idempotencyKey: newKey(),
      body: { title: 'Help', priority: 'low', description: 'Please.' },
    });
    expect(result.status).toBe(201);
    expectValid(Ticket, result.json, 'created ticket');
  });

  it('PATCH /tickets/{id} → Ticket', async () => {
    const ticket = db.scope(ORG_A, REVAMPD).tickets.find((candidate) => candidate.status !== 'closed');
    const result = await call(`/tickets/${ticket?.id ?? ''}`, {
      method: 'PATCH',
      idempotencyKey: newKey(),
      body: { status: 'closed' },
    });
    expect(result.status).toBe(200);
    expectValid(Ticket, result.json, 'patched ticket');
  });

  it('POST /add-ons/{id}/cancel → AddOn', async () => {
    const addOn = db.scope(ORG_A, REVAMPD).addOns.find((candidate) => candidate.cancellable);
    const result = await call(`/add-ons/${addOn?.id ?? ''}/cancel`, {
      method: 'POST',
      idempotencyKey: newKey(),
    });
    expect(result.status).toBe(200);
    expectValid(AddOn, result.json, 'cancelled add-on');
  });

  it('POST /invoices/{id}/pay-with-wallet → { invoice, wallet }', async () => {
    const scope = db.scope(ORG_A, REVAMPD);
    const invoice = scope.invoices.find(
      (candidate) => candidate.status === 'open' && candidate.amountDue.amount <= scope.wallet.balance.amount,
    );
    expect(invoice).toBeDefined();
    const result = await call(`/invoices/${invoice?.id ?? ''}/pay-with-wallet`, {
      method: 'POST',
      idempotencyKey: newKey(),
    });
    expect(result.status).toBe(200);
    expectValid(InvoicePayment, result.json, 'payment');
  });

  it('errors carry { error: { code, message } }', async () => {
    for (const result of [
      await call('/plan', { authorization: null }),
      await call('/tickets?limit=0'),
      await call('/tickets/nope'),
      await call('/tickets', { method: 'POST', idempotencyKey: newKey(), body: {} }),
    ]) {
      expectValid(ApiErrorBody, result.json, `error ${result.status}`);
    }
  });
});

describe('a large seed matches the contract', () => {
  it('10,000 payouts and 1,000 tickets, every row valid', async () => {
    seedLarge(db.scope(ORG_A, REVAMPD));
    const payouts = await walk('/affiliate/payouts', 100);
    expect(payouts.rows).toHaveLength(10_000);
    for (const page of payouts.pages) expectValid(PayoutPage, page, 'payout page');
    const tickets = await walk('/tickets', 100);
    expect(tickets.rows).toHaveLength(1_000);
    for (const page of tickets.pages) expectValid(TicketPage, page, 'ticket page');
    const transactions = await walk('/wallet/transactions', 100);
    for (const page of transactions.pages) expectValid(WalletTransactionPage, page, 'transaction page');
    const summary = await call('/affiliate/summary?timeZone=Asia/Kolkata');
    expectValid(PayoutSummary, summary.json, 'summary');
    const wallet = await call('/wallet');
    expectValid(Wallet, wallet.json, 'wallet');
    // 200 page requests through MSW: a correctness check, not a timing one, so it gets room
    // on a loaded CI machine instead of Vitest's 5 s default.
  }, 60_000);
});

describe('scoping', () => {
  it('two orgs see different rows', async () => {
    for (const { path } of LISTS) {
      const a = await walk(path, 100, { orgId: ORG_A });
      const b = await walk(path, 100, { orgId: ORG_B });
      const idsOfA = new Set(a.rows.map((row) => row['id']));
      expect(
        b.rows.some((row) => idsOfA.has(row['id'])),
        path,
      ).toBe(false);
      expect(JSON.stringify(a.rows.map(({ id: _id, ...rest }) => rest))).not.toBe(
        JSON.stringify(b.rows.map(({ id: _id, ...rest }) => rest)),
      );
    }
  });

  it('a par_… connection never shares the revampd connection’s rows', async () => {
    for (const { path } of LISTS) {
      const direct = await walk(path, 100);
      const partner = await walk(path, 100, { connectionId: PARTNER_CONNECTION });
      const ids = new Set(direct.rows.map((row) => row['id']));
      expect(
        partner.rows.some((row) => ids.has(row['id'])),
        path,
      ).toBe(false);
    }
  });

  it('a change in one scope is invisible in the others', async () => {
    await call('/tickets', {
      method: 'POST',
      idempotencyKey: newKey(),
      body: { title: 'Only in A', priority: 'low', description: 'x' },
    });
    const other = await walk('/tickets', 100, { orgId: ORG_B });
    const partner = await walk('/tickets', 100, { connectionId: PARTNER_CONNECTION });
    expect([...other.rows, ...partner.rows].some((row) => row['title'] === 'Only in A')).toBe(false);
  });
});

describe('seeded data', () => {
  const scope = (): MockScope => db.scope(ORG_A, REVAMPD);

  it('is deterministic for a seed and differs for another seed', () => {
    const again = createMockDb().scope(ORG_A, REVAMPD);
    expect(JSON.stringify(again)).toBe(JSON.stringify(scope()));
    const other = createMockDb({ seed: 2 }).scope(ORG_A, REVAMPD);
    expect(JSON.stringify(other.tickets)).not.toBe(JSON.stringify(scope().tickets));
  });

  it('is a Partner-managed Sub-Org with Acme as partner', () => {
    expect(scope().plan).toEqual({
      managedBy: 'partner',
      partner: { id: 'par_acme', name: 'Acme Agency', contactEmail: 'billing@acme.test' },
    });
  });

  it('has the add-ons a Sub-Org would have', () => {
    const { addOns } = scope();
    const phones = addOns.filter((addOn) => addOn.kind === 'phone_number' && addOn.status === 'active');
    expect(phones).toHaveLength(3);
    for (const phone of phones) {
      expect(phone.detail).toMatch(/^\+1 \d{3} 555 01\d{2}$/);
      expect(phone.interval).toBe('month');
    }
    expect(addOns.some((addOn) => addOn.kind === 'call_credits' && addOn.interval === 'one_time')).toBe(true);
    expect(addOns.filter((addOn) => addOn.status === 'pending')).toHaveLength(1);
    const cancelled = addOns.filter((addOn) => addOn.status === 'cancelled');
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]?.cancelledAt).not.toBeNull();
  });

  it('has ~40 tickets in every status and priority, some unassigned', () => {
    const { tickets } = scope();
    expect(tickets.length).toBeGreaterThanOrEqual(35);
    expect(new Set(tickets.map((ticket) => ticket.status))).toEqual(
      new Set(['open', 'in_progress', 'resolved', 'closed']),
    );
    expect(new Set(tickets.map((ticket) => ticket.priority))).toEqual(new Set(['low', 'medium', 'high']));
    expect(tickets.some((ticket) => ticket.assignee === null)).toBe(true);
    expect(tickets.some((ticket) => ticket.assignee !== null)).toBe(true);
  });

  it('has ~30 invoices of every type and status, Revampd-issued, with https PDFs except drafts', () => {
    const { invoices } = scope();
    expect(invoices.length).toBeGreaterThanOrEqual(25);
    expect(new Set(invoices.map((invoice) => invoice.type))).toEqual(
      new Set(['phone_number', 'one_time_service', 'call_credits', 'other']),
    );
    expect(new Set(invoices.map((invoice) => invoice.status))).toEqual(
      new Set(['draft', 'open', 'paid', 'void', 'uncollectible']),
    );
    expect(invoices.every((invoice) => invoice.issuer === 'revampd')).toBe(true);
    for (const invoice of invoices) {
      if (invoice.status === 'draft') expect(invoice.pdfUrl).toBeNull();
      else expect(invoice.pdfUrl).toBe(`https://files.revampd.example/invoices/${invoice.id}.pdf`);
      if (invoice.status === 'open') expect(invoice.amountDue.amount).toBeGreaterThan(0);
      if (invoice.status === 'paid' || invoice.status === 'void') expect(invoice.amountDue.amount).toBe(0);
      expect(invoice.amountDue.amount).toBeLessThanOrEqual(invoice.total.amount);
    }
  });

  it('has two years of weekly payouts, newest first, mostly paid', () => {
    const { payouts } = scope();
    expect(payouts.length).toBeGreaterThanOrEqual(104);
    const oldest = payouts.at(-1);
    expect(MOCK_NOW.getTime() - Date.parse(oldest?.createdAt ?? '')).toBeGreaterThan(2 * 364 * 86_400_000);
    expect(payouts[0]?.status).toBe('pending');
    expect(payouts.some((payout) => payout.status === 'failed')).toBe(true);
    expect(payouts.filter((payout) => payout.status === 'paid').length).toBeGreaterThan(payouts.length * 0.9);
    for (const payout of payouts) {
      expect(payout.paidAt === null).toBe(payout.status !== 'paid');
      expect(Date.parse(payout.paidAt ?? payout.createdAt)).toBeLessThanOrEqual(MOCK_NOW.getTime());
    }
  });

  it('keeps the wallet consistent with payouts and invoice payments', () => {
    const { wallet, walletTransactions, payouts, invoices } = scope();
    const sum = walletTransactions.reduce((total, transaction) => total + transaction.amount.amount, 0);
    expect(wallet.balance).toEqual({ amount: sum, currency: 'USD' });
    expect(wallet.balance.amount).toBeGreaterThan(0);
    const byId = new Map(walletTransactions.map((transaction) => [transaction.id, transaction]));
    for (const payout of payouts) {
      if (payout.status !== 'paid') {
        expect(payout.walletTransactionId).toBeNull();
        continue;
      }
      const credit = byId.get(payout.walletTransactionId ?? '');
      expect(credit).toMatchObject({
        kind: 'payout_credit',
        payoutId: payout.id,
        amount: payout.amount,
        createdAt: payout.paidAt,
      });
    }
    const credits = walletTransactions.filter((transaction) => transaction.kind === 'payout_credit');
    expect(credits).toHaveLength(payouts.filter((payout) => payout.status === 'paid').length);
    const payments = walletTransactions.filter((transaction) => transaction.kind === 'invoice_payment');
    expect(payments.length).toBeGreaterThan(0);
    for (const payment of payments) {
      const invoice = invoices.find((candidate) => candidate.id === payment.invoiceId);
      expect(invoice?.status).toBe('paid');
      expect(payment.amount.amount).toBe(-(invoice?.total.amount ?? 0));
    }
    // Never overdrawn at any point in its history.
    let running = 0;
    for (const transaction of [...walletTransactions].reverse()) {
      running += transaction.amount.amount;
      expect(running).toBeGreaterThanOrEqual(0);
    }
  });

  it('lists are newest first', () => {
    const { tickets, invoices, payouts, walletTransactions, addOns } = scope();
    const descending = (stamps: string[]) =>
      stamps.every((stamp, index) => index === 0 || Date.parse(stamps[index - 1] ?? '') >= Date.parse(stamp));
    expect(descending(tickets.map((row) => row.createdAt))).toBe(true);
    expect(descending(invoices.map((row) => row.issuedAt))).toBe(true);
    expect(descending(payouts.map((row) => row.createdAt))).toBe(true);
    expect(descending(walletTransactions.map((row) => row.createdAt))).toBe(true);
    expect(descending(addOns.map((row) => row.createdAt))).toBe(true);
  });

  it('a large seed keeps the wallet consistent too', () => {
    const large = createMockDb().scope(ORG_B, REVAMPD);
    seedLarge(large, { payouts: 10_000, tickets: 1_000 });
    expect(large.payouts).toHaveLength(10_000);
    expect(large.tickets).toHaveLength(1_000);
    expect(new Set(large.payouts.map((payout) => payout.id)).size).toBe(10_000);
    const sum = large.walletTransactions.reduce((total, transaction) => total + transaction.amount.amount, 0);
    expect(large.wallet.balance.amount).toBe(sum);
    const paid = large.payouts.filter((payout) => payout.status === 'paid');
    expect(
      large.walletTransactions.filter((transaction) => transaction.kind === 'payout_credit'),
    ).toHaveLength(paid.length);
  });

  it('reset() restores the seed', async () => {
    const before = JSON.stringify(scope());
    await call('/tickets', {
      method: 'POST',
      idempotencyKey: newKey(),
      body: { title: 'x', priority: 'low', description: 'y' },
    });
    expect(JSON.stringify(scope())).not.toBe(before);
    expect(db.idempotency.size).toBe(1);
    db.reset();
    expect(db.idempotency.size).toBe(0);
    expect(JSON.stringify(scope())).toBe(before);
    expect(isObject((await call('/tickets?limit=1')).json)).toBe(true);
  });
});
