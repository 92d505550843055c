/**
 * Money in depth on the mock server (api.md; issue 11): add-on `cancellable` and
 * `422 not_cancellable`, failed payouts with a reason, and `GET /attention` computed from
 * the same store as the lists and following every change.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { AddOnPage, Attention } from '../../src/api/schemas';
import type { Invoice } from '../../src/api/schemas';
import { MOCK_NOW, addTicketMessage, attentionClear, setWalletBalance } from '../../mocks';
import { ORG_A, REVAMPD, call, errorCode, newKey, useMockServer, walk } from './helpers';

const { db, server } = useMockServer();

const DAY = 86_400_000;
const scope = () => db.scope(ORG_A, REVAMPD);

async function attention(): Promise<Attention> {
  const result = await call('/attention');
  expect(result.status).toBe(200);
  return v.parse(Attention, result.json);
}

describe('add-ons: cancellable', () => {
  it('is true only for active monthly add-ons, as served', async () => {
    const { rows, pages } = await walk('/add-ons', 100);
    for (const page of pages) expect(v.safeParse(AddOnPage, page).success).toBe(true);
    expect(new Set(rows.map((row) => row['cancellable']))).toEqual(new Set([true, false]));
    for (const row of rows) {
      expect(row['cancellable'], String(row['name'])).toBe(
        row['status'] === 'active' && row['interval'] === 'month',
      );
    }
  });

  it.each([
    ['a one-time purchase', (addOn: { interval: string; status: string }) => addOn.interval === 'one_time'],
    ['a pending add-on', (addOn: { interval: string; status: string }) => addOn.status === 'pending'],
  ])('422 not_cancellable for %s, and nothing changes', async (_, which) => {
    const addOn = scope().addOns.find(which);
    if (addOn === undefined) throw new Error('the seed has one');
    const result = await call(`/add-ons/${addOn.id}/cancel`, { method: 'POST', idempotencyKey: newKey() });
    expect(result.status).toBe(422);
    expect(errorCode(result.json)).toBe('not_cancellable');
    expect(scope().addOns.find((candidate) => candidate.id === addOn.id)).toEqual(addOn);
  });

  it('a cancelled add-on is 409 already_cancelled, not 422', async () => {
    const addOn = scope().addOns.find((candidate) => candidate.status === 'cancelled');
    const result = await call(`/add-ons/${addOn?.id ?? ''}/cancel`, {
      method: 'POST',
      idempotencyKey: newKey(),
    });
    expect(result.status).toBe(409);
    expect(errorCode(result.json)).toBe('already_cancelled');
  });

  it('is computed when served, whatever a row written into the db says', async () => {
    const [first] = scope().addOns;
    if (first === undefined) throw new Error('no add-ons');
    scope().addOns[0] = { ...first, status: 'active', interval: 'one_time', cancellable: true };
    const { rows } = await walk('/add-ons', 100);
    expect(rows.find((row) => row['id'] === first.id)).toMatchObject({ cancellable: false });
  });
});

describe('payouts', () => {
  it('the seed has a failed payout in the last 90 days, with a reason; no other payout has one', () => {
    const now = MOCK_NOW.getTime();
    const failed = scope().payouts.filter((payout) => payout.status === 'failed');
    expect(failed.some((payout) => now - Date.parse(payout.createdAt) <= 90 * DAY)).toBe(true);
    for (const payout of scope().payouts) {
      if (payout.status === 'failed') expect(payout.failureReason).toMatch(/\w{4,}/);
      else expect(payout.failureReason).toBeNull();
    }
  });
});

describe('GET /attention', () => {
  it('is computed from the same rows the lists serve', async () => {
    const body = await attention();
    const open = (await walk('/invoices?status=open', 100)).rows as unknown as Invoice[];
    const revampdOpen = open.filter((invoice) => invoice.issuer === 'revampd');
    const due = (invoices: Invoice[]) => invoices.reduce((sum, invoice) => sum + invoice.amountDue.amount, 0);
    const now = MOCK_NOW.getTime();
    const overdue = revampdOpen.filter(
      (invoice) => invoice.dueAt !== null && Date.parse(invoice.dueAt) < now,
    );
    expect(body.openInvoices).toEqual({
      count: revampdOpen.length,
      amountDue: { amount: due(revampdOpen), currency: 'USD' },
    });
    expect(body.overdueInvoices).toEqual({
      count: overdue.length,
      amountDue: { amount: due(overdue), currency: 'USD' },
    });
    expect(body.overdueInvoices.count).toBeGreaterThan(0);
    const wallet = (await call('/wallet')).json as { balance: { amount: number } };
    const short = due(revampdOpen) - wallet.balance.amount;
    expect(body.walletShortfall).toEqual(short > 0 ? { amount: short, currency: 'USD' } : null);
    const awaiting = await walk('/tickets?awaitingCustomer=true', 100);
    expect(body.ticketsAwaitingCustomer).toBe(awaiting.rows.length);
    expect(body.ticketsAwaitingCustomer).toBeGreaterThan(0);
    const failed = (await walk('/affiliate/payouts?status=failed', 100)).rows.filter(
      (row) => Date.parse(String(row['createdAt'])) >= now - 90 * DAY,
    );
    expect(body.failedPayouts).toBe(failed.length);
    expect(body.failedPayouts).toBeGreaterThan(0);
    expect(body.asOf).toBe('2026-11-25T15:00:00Z');
  });

  it('an open invoice not yet due is open but not overdue; a Partner invoice counts for neither', async () => {
    const before = await attention();
    const template = scope().invoices.find((invoice) => invoice.status === 'open');
    if (template === undefined) throw new Error('no open invoice');
    const fresh: Invoice = {
      ...template,
      id: 'inv_fresh',
      number: 'FRESH-1',
      dueAt: new Date(MOCK_NOW.getTime() + 7 * DAY).toISOString(),
      amountDue: { amount: 1234, currency: 'USD' },
    };
    const partner: Invoice = { ...fresh, id: 'inv_partner', number: 'P-1', issuer: 'partner' };
    scope().invoices.unshift(fresh, partner);
    const after = await attention();
    expect(after.openInvoices.count).toBe(before.openInvoices.count + 1);
    expect(after.openInvoices.amountDue.amount).toBe(before.openInvoices.amountDue.amount + 1234);
    expect(after.overdueInvoices).toEqual(before.overdueInvoices);
  });

  it('walletShortfall is null when the wallet covers the open invoices, the gap when it does not', async () => {
    const { openInvoices } = await attention();
    setWalletBalance(scope(), openInvoices.amountDue.amount, MOCK_NOW);
    expect((await attention()).walletShortfall).toBeNull();
    setWalletBalance(scope(), openInvoices.amountDue.amount - 250, MOCK_NOW);
    expect((await attention()).walletShortfall).toEqual({ amount: 250, currency: 'USD' });
  });

  it('follows a payment, a reply and a cancel', async () => {
    const before = await attention();
    setWalletBalance(scope(), 10_000_000, MOCK_NOW);
    const invoice = scope().invoices.find((candidate) => candidate.status === 'open');
    await call(`/invoices/${invoice?.id ?? ''}/pay-with-wallet`, {
      method: 'POST',
      idempotencyKey: newKey(),
    });
    const paid = await attention();
    expect(paid.openInvoices.count).toBe(before.openInvoices.count - 1);

    const ticket = scope().tickets.find(
      (candidate) => candidate.awaitingCustomer && candidate.status !== 'resolved',
    );
    await call(`/tickets/${ticket?.id ?? ''}/messages`, {
      method: 'POST',
      idempotencyKey: newKey(),
      body: { body: 'Thanks' },
    });
    expect((await attention()).ticketsAwaitingCustomer).toBe(before.ticketsAwaitingCustomer - 1);
    addTicketMessage(scope(), ticket?.id ?? '', {
      author: { kind: 'team', name: 'Maya Okafor' },
      body: 'Great',
    });
    expect((await attention()).ticketsAwaitingCustomer).toBe(before.ticketsAwaitingCustomer);
  });

  it('failed payouts older than 90 days do not count', async () => {
    const failed = scope().payouts.filter((payout) => payout.status === 'failed');
    const recent = failed.filter((payout) => MOCK_NOW.getTime() - Date.parse(payout.createdAt) <= 90 * DAY);
    expect((await attention()).failedPayouts).toBe(recent.length);
    expect(recent.length).toBeLessThan(failed.length);
  });

  it('attentionClear() answers all is well', async () => {
    server.use(...attentionClear());
    expect(await attention()).toEqual({
      openInvoices: { count: 0, amountDue: { amount: 0, currency: 'USD' } },
      overdueInvoices: { count: 0, amountDue: { amount: 0, currency: 'USD' } },
      walletShortfall: null,
      ticketsAwaitingCustomer: 0,
      failedPayouts: 0,
      asOf: '2026-11-25T15:00:00Z',
    });
  });

  it('needs a token and is scoped', async () => {
    expect((await call('/attention', { authorization: null })).status).toBe(401);
    expect((await call('/attention', { orgId: 'org_other' })).json).not.toEqual(
      (await call('/attention')).json,
    );
  });
});
