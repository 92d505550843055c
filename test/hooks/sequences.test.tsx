/**
 * Sequences a person or a host produces, at the hook level (faults.md 32, 35, 37): a scope
 * switch while a mutation is in flight, a host QueryClient with hostile defaults, and a
 * widget remounted after its request's answer was lost.
 */
import { keepPreviousData, QueryClient } from '@tanstack/react-query';
import { act, render, renderHook, waitFor } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { failWith, noAccess } from '../../mocks';
import { db } from '../../mocks/handlers';
import { apiPath } from '../../mocks/handlers/shared';
import { server } from '../../mocks/node';
import { isRevampdError, type RevampdError } from '../../src/api/errors';
import { walletQueries } from '../../src/api/queries';
import type { AddOn, Invoice } from '../../src/api/schemas';
import {
  isPayableWithWallet,
  isScopeChanged,
  RevampdProvider,
  type IdempotentMutation,
  useCancelAddOn,
  useInvoices,
  usePayInvoiceWithWallet,
  useRevampd,
  useSubmitTicket,
  useWallet,
  useTickets,
} from '../../src/headless';
import { recordingFetch } from '../api/support';
import { testProviderProps } from '../render';
import { gate, switchableWrapper } from './support';

async function failure(promise: Promise<unknown>): Promise<RevampdError> {
  try {
    await promise;
  } catch (error) {
    if (isRevampdError(error)) return error;
    throw error;
  }
  throw new Error('expected the mutation to fail');
}

describe('faults.md 32: the org changes while a payment is in flight', () => {
  it('writes the result to the org that paid, never to the one on screen, and shows it nowhere', async () => {
    const ORG_A = 'org_seq_pay_a';
    const ORG_B = 'org_seq_pay_b';
    const held = gate();
    server.use(
      http.post(apiPath('/invoices/:invoiceId/pay-with-wallet'), async () => {
        await held.promise; // then fall through to the mock server's own handler
      }),
    );
    const harness = switchableWrapper({ orgId: ORG_A });
    const { result, rerender } = renderHook(
      () => ({
        invoices: useInvoices(),
        wallet: useWallet(),
        pay: usePayInvoiceWithWallet(),
        context: useRevampd(),
      }),
      { wrapper: harness.wrapper },
    );
    await waitFor(() => expect(result.current.wallet.status).toBe('success'));
    await waitFor(() => expect(result.current.invoices.status).toBe('success'));
    const invoice = result.current.invoices.items.find(isPayableWithWallet) as Invoice;
    const contextA = result.current.context;
    const balanceBefore = result.current.wallet.data?.balance.amount ?? 0;

    let payment: Promise<unknown> = Promise.resolve();
    act(() => {
      payment = result.current.pay.mutate({ invoice });
    });
    await waitFor(() => expect(result.current.pay.isPending).toBe(true));

    harness.set({ orgId: ORG_B });
    rerender();
    await waitFor(() => expect(result.current.wallet.status).toBe('success'));
    const walletB = result.current.wallet.data;
    // Org B sees no attempt of org A's: not pending, no result.
    expect(result.current.pay.status).toBe('idle');
    expect(result.current.pay.isPending).toBe(false);

    held.release();
    expect(isScopeChanged(await failure(payment))).toBe(true);
    expect(result.current.pay.data).toBeUndefined();
    expect(result.current.pay.status).toBe('idle');
    // Org B's wallet is untouched; org A's cache holds the new balance.
    expect(result.current.wallet.data).toEqual(walletB);
    const walletA = contextA.queryClient.getQueryData(walletQueries.detail(contextA).queryKey);
    expect(walletA?.balance.amount).toBe(balanceBefore - invoice.amountDue.amount);
  });

  it('a ticket created in org A is never prepended to org B lists', async () => {
    const ORG_A = 'org_seq_ticket_a';
    const ORG_B = 'org_seq_ticket_b';
    const held = gate();
    server.use(
      http.post(apiPath('/tickets'), async () => {
        await held.promise;
      }),
    );
    const harness = switchableWrapper({ orgId: ORG_A });
    const { result, rerender } = renderHook(() => ({ tickets: useTickets() }), {
      wrapper: harness.wrapper,
    });
    await waitFor(() => expect(result.current.tickets.status).toBe('success'));
    // Org A starts a submit through a second hook in the same scope; then the host switches.
    const { result: submitter, rerender: rerenderSubmitter } = renderHook(
      () => ({ submit: useSubmitTicket() }),
      { wrapper: harness.wrapper },
    );
    let sent: Promise<unknown> = Promise.resolve();
    act(() => {
      sent = submitter.current.submit.mutate({
        title: 'Org A only',
        priority: 'low',
        description: 'Never under org B.',
      });
    });
    harness.set({ orgId: ORG_B });
    rerender();
    rerenderSubmitter();
    await waitFor(() => expect(result.current.tickets.status).toBe('success'));
    const idsB = result.current.tickets.items.map((ticket) => ticket.id);
    held.release();
    expect(isScopeChanged(await failure(sent))).toBe(true);
    expect(result.current.tickets.items.map((ticket) => ticket.id)).toEqual(idsB);
    expect(result.current.tickets.items.some((ticket) => ticket.title === 'Org A only')).toBe(false);
    expect(db.scope(ORG_A, 'revampd').tickets.some((ticket) => ticket.title === 'Org A only')).toBe(true);
  });
});

describe('faults.md 37: the answer was lost, then the widget remounted', () => {
  it('a remounted cancel reuses the key, so the server applies it once', async () => {
    const ORG = 'org_seq_lost_cancel';
    let dropped = 0;
    // Every attempt of the first call reaches the server (which commits) and then loses its answer.
    const recorder = recordingFetch(async (input, init) => {
      const response = await globalThis.fetch(input, init);
      if (init?.method === 'POST' && dropped < 3) {
        dropped += 1;
        throw new TypeError('Failed to fetch');
      }
      return response;
    });
    const props = testProviderProps({ orgId: ORG, fetch: recorder.fetch });
    // One provider, the "widget" mounted, unmounted and mounted again under it, as the
    // portal does with its panels: the second instance has none of the first one's state.
    const holder: { cancel: IdempotentMutation<{ addOnId: string }, AddOn> | null } = { cancel: null };
    function Widget() {
      holder.cancel = useCancelAddOn();
      return null;
    }
    const view = render(
      <RevampdProvider {...props}>
        <Widget key="first" />
      </RevampdProvider>,
    );
    const target = db.scope(ORG, 'revampd').addOns.find((addOn) => addOn.cancellable);
    const addOnId = target?.id ?? '';
    expect(addOnId).not.toBe('');

    let first: RevampdError | undefined;
    await act(async () => {
      first = await failure(holder.cancel?.mutate({ addOnId }) ?? Promise.resolve());
    });
    expect(first?.kind).toBe('network');
    // The server did cancel it: only the answer was lost.
    expect(db.scope(ORG, 'revampd').addOns.find((addOn) => addOn.id === addOnId)?.status).toBe('cancelled');

    view.rerender(<RevampdProvider {...props}>{null}</RevampdProvider>);
    view.rerender(
      <RevampdProvider {...props}>
        <Widget key="second" />
      </RevampdProvider>,
    );
    // With a new key the server would answer 409 already_cancelled; the same key replays success.
    let cancelled: AddOn | undefined;
    await act(async () => {
      cancelled = await holder.cancel?.mutate({ addOnId });
    });
    expect(cancelled?.status).toBe('cancelled');
    const posts = recorder.requests.filter((request) => request.method === 'POST');
    expect(posts.length).toBe(4);
    expect(new Set(posts.map((request) => request.headers.get('Idempotency-Key'))).size).toBe(1);
  });

  it('a remounted widget joins the request in flight instead of sending a second one', async () => {
    const ORG = 'org_seq_join';
    const held = gate();
    server.use(
      http.post(apiPath('/add-ons/:addOnId/cancel'), async () => {
        await held.promise;
      }),
    );
    const recorder = recordingFetch();
    const props = testProviderProps({ orgId: ORG, fetch: recorder.fetch });
    const holder: { cancel: IdempotentMutation<{ addOnId: string }, AddOn> | null } = { cancel: null };
    function Widget() {
      holder.cancel = useCancelAddOn();
      return null;
    }
    const view = render(
      <RevampdProvider {...props}>
        <Widget key="first" />
      </RevampdProvider>,
    );
    const addOnId = db.scope(ORG, 'revampd').addOns.find((addOn) => addOn.cancellable)?.id ?? '';
    let first: Promise<unknown> | undefined;
    act(() => {
      first = holder.cancel?.mutate({ addOnId });
    });
    view.rerender(
      <RevampdProvider {...props}>
        <Widget key="second" />
      </RevampdProvider>,
    );
    let second: Promise<unknown> | undefined;
    act(() => {
      second = holder.cancel?.mutate({ addOnId });
    });
    held.release();
    await act(async () => {
      await Promise.all([first, second]);
    });
    expect(recorder.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
  });
});

describe('faults.md 35: a host QueryClient with hostile defaults', () => {
  const hostile = () =>
    new QueryClient({
      defaultOptions: {
        queries: {
          throwOnError: true,
          placeholderData: keepPreviousData,
          staleTime: Infinity,
          retry: 5,
          refetchOnWindowFocus: true,
        },
        mutations: { throwOnError: true, retry: 5 },
      },
    });

  it('a 403 is the hook state, never thrown into the host', async () => {
    server.use(...noAccess('wallet'));
    const harness = switchableWrapper({ orgId: 'org_seq_hostile_403', queryClient: hostile() });
    const { result } = renderHook(() => useWallet(), { wrapper: harness.wrapper });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error?.isNoAccess).toBe(true);
  });

  it('retries only as the transport does, not five more times on top', async () => {
    server.use(...failWith('wallet', 500));
    const harness = switchableWrapper({ orgId: 'org_seq_hostile_500', queryClient: hostile() });
    const { result } = renderHook(() => useWallet(), { wrapper: harness.wrapper });
    await waitFor(() => expect(result.current.status).toBe('error'));
    // testProviderProps allows 2 transport retries: 3 requests, never 3 × 6.
    expect(harness.requests.filter((request) => request.url.pathname.endsWith('/wallet'))).toHaveLength(3);
  });

  it('a new org never shows the previous org rows as placeholder data', async () => {
    const harness = switchableWrapper({ orgId: 'org_seq_hostile_a', queryClient: hostile() });
    const { result, rerender } = renderHook(() => useInvoices(), { wrapper: harness.wrapper });
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.items.length).toBeGreaterThan(0);
    harness.set({ orgId: 'org_seq_hostile_b' });
    rerender();
    expect(result.current.items).toEqual([]);
    expect(result.current.status).toBe('pending');
  });
});
