/**
 * Idempotent mutations through the hooks (faults.md 11, 13, 19, 22): double calls, retries
 * after failures, and the caches they update.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { insufficientFunds, networkError, partnerInvoice } from '../../mocks';
import { setWalletBalance } from '../../mocks/db';
import { db } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { isRevampdError, type RevampdError } from '../../src/api/errors';
import type { Invoice } from '../../src/api/schemas';
import {
  isPayableWithWallet,
  useAddOns,
  useCancelAddOn,
  useInvoices,
  usePayInvoiceWithWallet,
  useSubmitTicket,
  useTickets,
  useWallet,
} from '../../src/headless';
import { switchableWrapper } from './support';

const ORG = 'org_mutations';

async function failure(promise: Promise<unknown>): Promise<RevampdError> {
  try {
    await promise;
  } catch (error) {
    if (isRevampdError(error)) return error;
    throw error;
  }
  throw new Error('expected the mutation to fail');
}

const posts = (harness: ReturnType<typeof switchableWrapper>) =>
  harness.requests.filter((request) => request.method === 'POST');

describe('useSubmitTicket (faults.md 19)', () => {
  const draft = {
    title: 'Dropped calls at noon',
    priority: 'high' as const,
    description: 'One call in ten drops.',
  };

  it('faults 19: mutate twice synchronously sends one POST and creates one ticket', async () => {
    const harness = switchableWrapper({ orgId: ORG });
    const before = db.scope(ORG, 'revampd').tickets.length;
    const { result } = renderHook(() => useSubmitTicket(), { wrapper: harness.wrapper });
    let first: Promise<unknown> = Promise.resolve();
    let second: Promise<unknown> = Promise.resolve();
    act(() => {
      first = result.current.mutate(draft);
      second = result.current.mutate({ ...draft, title: `  ${draft.title} ` }); // same after trimming
    });
    const [a, b] = await Promise.all([first, second]);
    expect(a).toBe(b);
    expect(posts(harness)).toHaveLength(1);
    const tickets = db.scope(ORG, 'revampd').tickets;
    expect(tickets).toHaveLength(before + 1);
    expect(tickets.filter((ticket) => ticket.title === draft.title)).toHaveLength(1);
    await waitFor(() => expect(result.current.status).toBe('success'));
  });

  it('faults 19: after a network failure the same draft reuses the Idempotency-Key; a new draft gets a new one', async () => {
    // Three failures exhaust the provider's two retries.
    server.use(...networkError('tickets', { method: 'POST', times: 3 }));
    const harness = switchableWrapper({ orgId: ORG });
    const before = db.scope(ORG, 'revampd').tickets.length;
    const { result } = renderHook(() => useSubmitTicket(), { wrapper: harness.wrapper });

    const error = await act(() => failure(result.current.mutate(draft)));
    expect(error.kind).toBe('network');
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(posts(harness)).toHaveLength(3);
    expect(db.scope(ORG, 'revampd').tickets).toHaveLength(before);

    const ticket = await act(() => result.current.mutate(draft));
    expect(ticket.title).toBe(draft.title);
    const keys = posts(harness).map((request) => request.headers.get('Idempotency-Key'));
    expect(keys).toHaveLength(4);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(db.scope(ORG, 'revampd').tickets).toHaveLength(before + 1);

    // After success the intent is done: the same draft again is a new ticket with a new key.
    await act(() => result.current.mutate(draft));
    const last = posts(harness).at(-1)?.headers.get('Idempotency-Key');
    expect(last).not.toBe(keys[0]);
    expect(db.scope(ORG, 'revampd').tickets).toHaveLength(before + 2);
  });

  it('faults 19: the new ticket appears first in the cached tickets list', async () => {
    const harness = switchableWrapper({ orgId: ORG });
    const { result } = renderHook(() => ({ tickets: useTickets(), submit: useSubmitTicket() }), {
      wrapper: harness.wrapper,
    });
    await waitFor(() => expect(result.current.tickets.status).toBe('success'));
    const ticket = await act(() => result.current.submit.mutate(draft));
    await waitFor(() => expect(result.current.tickets.items[0]?.id).toBe(ticket.id));
    expect(result.current.tickets.items[0]).toMatchObject({ title: draft.title, status: 'open' });
    expect(result.current.tickets.items.filter((row) => row.id === ticket.id)).toHaveLength(1);
  });

  it('faults 11: two providers keep their idempotency keys apart', async () => {
    const a = switchableWrapper({ orgId: 'org_alpha' });
    const b = switchableWrapper({ orgId: 'org_bravo' });
    const hookA = renderHook(() => useSubmitTicket(), { wrapper: a.wrapper });
    const hookB = renderHook(() => useSubmitTicket(), { wrapper: b.wrapper });
    await act(() => Promise.all([hookA.result.current.mutate(draft), hookB.result.current.mutate(draft)]));
    const keyA = posts(a)[0]?.headers.get('Idempotency-Key');
    const keyB = posts(b)[0]?.headers.get('Idempotency-Key');
    expect(keyA).toBeTruthy();
    expect(keyA).not.toBe(keyB);
    expect(db.scope('org_alpha', 'revampd').tickets.filter((t) => t.title === draft.title)).toHaveLength(1);
    expect(db.scope('org_bravo', 'revampd').tickets.filter((t) => t.title === draft.title)).toHaveLength(1);
  });
});

describe('usePayInvoiceWithWallet (faults.md 13, 22)', () => {
  function renderPayment(harness: ReturnType<typeof switchableWrapper>) {
    return renderHook(
      () => ({ invoices: useInvoices(), wallet: useWallet(), pay: usePayInvoiceWithWallet() }),
      {
        wrapper: harness.wrapper,
      },
    );
  }

  function payable(invoices: readonly Invoice[], balance: number): Invoice {
    const invoice = invoices.find((row) => isPayableWithWallet(row) && row.amountDue.amount <= balance);
    if (invoice === undefined) throw new Error('the seed should have an open invoice the wallet covers');
    return invoice;
  }

  it('faults 22: paying twice at once charges once and updates the wallet in the cache', async () => {
    const harness = switchableWrapper({ orgId: ORG });
    const { result } = renderPayment(harness);
    await waitFor(() => {
      expect(result.current.invoices.status).toBe('success');
      expect(result.current.wallet.status).toBe('success');
    });
    const balance = result.current.wallet.data?.balance.amount ?? 0;
    const invoice = payable(result.current.invoices.items, balance);
    const due = invoice.amountDue.amount;
    expect(due).toBeGreaterThan(0);

    await act(async () => {
      const one = result.current.pay.mutate({ invoice });
      const two = result.current.pay.mutate({ invoice });
      await Promise.all([one, two]);
    });
    expect(posts(harness)).toHaveLength(1);
    const scope = db.scope(ORG, 'revampd');
    expect(
      scope.walletTransactions.filter(
        (row) => row.invoiceId === invoice.id && row.kind === 'invoice_payment' && row.amount.amount === -due,
      ),
    ).toHaveLength(1);
    expect(scope.wallet.balance.amount).toBe(balance - due);
    await waitFor(() => expect(result.current.wallet.data?.balance.amount).toBe(balance - due));
    const row = result.current.invoices.items.find((candidate) => candidate.id === invoice.id);
    expect(row).toMatchObject({ status: 'paid', amountDue: { amount: 0 } });
  });

  it('faults 22: insufficient funds is a clear error; once funded, paying again succeeds', async () => {
    server.use(...insufficientFunds(db));
    const harness = switchableWrapper({ orgId: ORG });
    const { result } = renderPayment(harness);
    await waitFor(() => expect(result.current.invoices.status).toBe('success'));
    const invoice = payable(result.current.invoices.items, Number.POSITIVE_INFINITY);
    const error = await act(() => failure(result.current.pay.mutate({ invoice })));
    expect(error).toMatchObject({ kind: 'http', status: 409, code: 'insufficient_funds' });
    expect(db.scope(ORG, 'revampd').invoices.find((row) => row.id === invoice.id)?.status).toBe('open');

    // The org tops up its wallet; the person clicks Pay again.
    setWalletBalance(db.scope(ORG, 'revampd'), invoice.amountDue.amount + 100);
    const payment = await act(() => result.current.pay.mutate({ invoice }));
    expect(payment.invoice.status).toBe('paid');
    expect(payment.wallet.balance.amount).toBe(100);
    expect(posts(harness)).toHaveLength(2);
  });

  it('faults 13: a Partner-issued invoice is refused by the client with no request', async () => {
    server.use(...partnerInvoice(db));
    const harness = switchableWrapper({ orgId: ORG });
    const { result } = renderPayment(harness);
    await waitFor(() => expect(result.current.invoices.status).toBe('success'));
    const partner = result.current.invoices.items.find((row) => row.issuer === 'partner');
    if (partner === undefined) throw new Error('partnerInvoice should add one');
    expect(partner.status).toBe('open');
    expect(isPayableWithWallet(partner)).toBe(false);
    const balance = db.scope(ORG, 'revampd').wallet.balance.amount;
    const error = await act(() => failure(result.current.pay.mutate({ invoice: partner })));
    expect(error).toMatchObject({ kind: 'refused', code: 'invoice_not_payable' });
    expect(posts(harness)).toHaveLength(0);
    expect(db.scope(ORG, 'revampd').wallet.balance.amount).toBe(balance);
  });
});

describe('useCancelAddOn (faults.md 22)', () => {
  it('faults 22: cancelling twice at once sends one cancel and updates the row', async () => {
    const harness = switchableWrapper({ orgId: ORG });
    const { result } = renderHook(() => ({ addOns: useAddOns(), cancel: useCancelAddOn() }), {
      wrapper: harness.wrapper,
    });
    await waitFor(() => expect(result.current.addOns.status).toBe('success'));
    const active = result.current.addOns.items.find((addOn) => addOn.cancellable);
    if (active === undefined) throw new Error('the seed has active add-ons');

    await act(async () => {
      await Promise.all([
        result.current.cancel.mutate({ addOnId: active.id }),
        result.current.cancel.mutate({ addOnId: active.id }),
      ]);
    });
    expect(posts(harness)).toHaveLength(1);
    expect(posts(harness)[0]?.url.pathname).toBe(
      `/v1/orgs/${ORG}/connections/revampd/add-ons/${active.id}/cancel`,
    );
    expect(db.scope(ORG, 'revampd').addOns.find((row) => row.id === active.id)?.status).toBe('cancelled');
    await waitFor(() =>
      expect(result.current.addOns.items.find((row) => row.id === active.id)?.status).toBe('cancelled'),
    );
  });

  it('faults 22: a cancel retried after a network failure reuses its key and cancels once', async () => {
    server.use(...networkError('addOns', { method: 'POST', times: 3 }));
    const harness = switchableWrapper({ orgId: ORG });
    const { result } = renderHook(() => useCancelAddOn(), { wrapper: harness.wrapper });
    const addOnId = db.scope(ORG, 'revampd').addOns.find((row) => row.cancellable)?.id ?? '';
    expect(addOnId).not.toBe('');
    expect((await act(() => failure(result.current.mutate({ addOnId })))).kind).toBe('network');
    const cancelled = await act(() => result.current.mutate({ addOnId }));
    expect(cancelled.status).toBe('cancelled');
    const keys = posts(harness).map((request) => request.headers.get('Idempotency-Key'));
    expect(keys).toHaveLength(4);
    expect(new Set(keys).size).toBe(1);
  });
});
