/**
 * Read hooks under faults (faults.md 1, 2, 5, 10, 11, 12, 18): loading, errors over shown
 * data, isolation of resources, scopes, providers and the host's QueryClient.
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render, renderHook, waitFor } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { networkError, neverAnswers, noAccess } from '../../mocks';
import { db } from '../../mocks/handlers';
import { apiPath } from '../../mocks/handlers/shared';
import { server } from '../../mocks/node';
import { PAGE_SIZE } from '../../src/api/queries';
import type { Ticket, Wallet } from '../../src/api/schemas';
import { draftKey } from '../../src/hooks/draftStorage';
import { useTicketMessages } from '../../src/hooks/ticketMessages';
import { recordingFetch } from '../api/support';
import { RevampdProvider, usePayouts, usePlan, useRevampd, useTickets, useWallet } from '../../src/headless';
import { createWrapper, testProviderProps, TEST_BASE_URL } from '../render';
import { gate, switchableWrapper } from './support';

const ORG_A = 'org_alpha';
const ORG_B = 'org_bravo';

const ticketIds = (orgId: string, connectionId = 'revampd'): Set<string> =>
  new Set(db.scope(orgId, connectionId).tickets.map((ticket) => ticket.id));

/** How many tickets the first page of `orgId` holds, from the store before the action. */
const firstPageOf = (orgId: string): number => Math.min(ticketIds(orgId).size, PAGE_SIZE);

/** A client without retries, so "nothing is fetching" means every answer has landed. */
const quietClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

afterEach(() => {
  vi.useRealTimers();
});

describe('issue 14: the first request leaves before the loading state paints', () => {
  /**
   * Renders `useResource` with a probe after it whose layout effect notes which queries are
   * in flight: React runs layout effects in the commit, in tree order, before the browser
   * paints; `useQuery` alone would only start the request from a passive effect, after it.
   */
  function renderWithProbe(useResource: () => unknown, client = quietClient()) {
    const recorder = recordingFetch();
    const inFlightAtCommit: string[] = [];
    function Resource() {
      useResource();
      return null;
    }
    function Probe() {
      useLayoutEffect(() => {
        for (const query of client.getQueryCache().findAll({ fetchStatus: 'fetching' })) {
          inFlightAtCommit.push(String(query.queryKey.at(-1)));
        }
      }, []);
      return null;
    }
    render(
      <RevampdProvider {...testProviderProps({ orgId: ORG_A, queryClient: client, fetch: recorder.fetch })}>
        <Resource />
        <Probe />
      </RevampdProvider>,
    );
    return { client, requests: recorder.requests, inFlightAtCommit };
  }

  it.each([
    ['a single resource (usePlan)', usePlan, '/plan'],
    ['a list (useTickets)', useTickets, '/tickets'],
  ] as const)('%s: started in the commit, asked once', async (_, useResource, path) => {
    const { client, requests, inFlightAtCommit } = renderWithProbe(useResource);
    expect(inFlightAtCommit).toHaveLength(1);
    await waitFor(() => expect(client.isFetching()).toBe(0));
    // The observer joined the request in flight instead of sending its own.
    expect(requests.filter((request) => new URL(request.url).pathname.endsWith(path))).toHaveLength(1);
  });

  it.each([
    ['by its hook (no ticket open)', () => useTicketMessages(null), quietClient],
    [
      'by the host’s QueryClient defaults',
      usePlan,
      () => new QueryClient({ defaultOptions: { queries: { retry: false, enabled: false } } }),
    ],
  ] as const)('a query turned off %s is not started', async (_, useResource, makeClient) => {
    const { client, requests, inFlightAtCommit } = renderWithProbe(useResource, makeClient());
    expect(inFlightAtCommit).toEqual([]);
    await waitFor(() => expect(client.isFetching()).toBe(0));
    expect(requests).toEqual([]);
  });

  it.each([
    ['cached data', (): void => undefined],
    ['an error', (): void => server.use(...networkError('plan'))],
  ] as const)(
    'after %s, whether to ask again stays the observer’s call (nothing started in the commit)',
    async (_, arrange) => {
      arrange();
      const first = renderWithProbe(usePlan);
      await waitFor(() => expect(first.client.isFetching()).toBe(0));
      server.resetHandlers();
      const again = renderWithProbe(usePlan, first.client);
      expect(again.inFlightAtCommit).toEqual([]);
    },
  );
});

describe('faults.md 1: a failed refetch keeps the data shown', () => {
  it('faults 1: status becomes error, the rows stay, the error is a network error', async () => {
    const { result } = renderHook(() => useTickets(), { wrapper: createWrapper({ orgId: ORG_A }) });
    await waitFor(() => expect(result.current.status).toBe('success'));
    const shown = result.current.items.map((ticket) => ticket.id);
    expect(shown).toHaveLength(firstPageOf(ORG_A));
    const updatedAt = result.current.dataUpdatedAt;

    server.use(...networkError('tickets'));
    act(() => result.current.refetch());
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ kind: 'network', code: 'network_error' });
    expect(result.current.items.map((ticket) => ticket.id)).toEqual(shown);
    expect(result.current.dataUpdatedAt).toBe(updatedAt);
    expect(result.current.isFetching).toBe(false);

    // Retry works once the network is back.
    server.resetHandlers();
    act(() => result.current.refetch());
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.error).toBeNull();
  });

  it('faults 1: a single resource hook keeps its data on a failed refetch too', async () => {
    const { result } = renderHook(() => useWallet(), { wrapper: createWrapper({ orgId: ORG_A }) });
    await waitFor(() => expect(result.current.status).toBe('success'));
    const balance = db.scope(ORG_A, 'revampd').wallet.balance;
    expect(result.current.data?.balance).toEqual(balance);
    server.use(...networkError('wallet'));
    await act(() => result.current.refetch());
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error?.kind).toBe('network');
    expect(result.current.data?.balance).toEqual(balance);
  });
});

describe('faults.md 2: a server that never answers', () => {
  it('faults 2: stays pending, and unmounting aborts the request', async () => {
    // A fake clock that follows real time: a minute can pass at once.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    server.use(...neverAnswers('wallet'));
    const harness = switchableWrapper({ orgId: ORG_A });
    const { result, unmount } = renderHook(() => useWallet(), { wrapper: harness.wrapper });
    await waitFor(() => expect(harness.requests).toHaveLength(1));
    // A minute on: no timeout, no retry, still waiting for the server.
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(result.current.status).toBe('pending');
    expect(result.current.isFetching).toBe(true);
    expect(result.current.data).toBeUndefined();
    const signal = harness.requests[0]?.signal;
    expect(signal?.aborted).toBe(false);
    unmount();
    await waitFor(() => expect(signal?.aborted).toBe(true));
    expect(harness.requests).toHaveLength(1);
  });

  it('faults 2: switching org aborts the old org’s request and asks the new org', async () => {
    server.use(...neverAnswers('tickets'));
    const harness = switchableWrapper({ orgId: ORG_A });
    const { result, rerender } = renderHook(() => useTickets(), { wrapper: harness.wrapper });
    await waitFor(() => expect(harness.requests).toHaveLength(1));
    expect(result.current.status).toBe('pending');
    const first = harness.requests[0];
    expect(first?.url.pathname).toContain(`/orgs/${ORG_A}/`);

    harness.set({ orgId: ORG_B });
    rerender();
    await waitFor(() => expect(first?.signal?.aborted).toBe(true));
    await waitFor(() => expect(harness.requests).toHaveLength(2));
    expect(harness.requests[1]?.url.pathname).toContain(`/orgs/${ORG_B}/`);
    expect(harness.requests[1]?.signal?.aborted).toBe(false);
    expect(result.current.status).toBe('pending');
    expect(result.current.items).toEqual([]);
  });
});

describe('faults.md 5: 403 on one resource', () => {
  it('faults 5: the wallet says no access while tickets and plan render', async () => {
    server.use(...noAccess('wallet'));
    const { result } = renderHook(() => ({ wallet: useWallet(), tickets: useTickets(), plan: usePlan() }), {
      wrapper: createWrapper({ orgId: ORG_A }),
    });
    await waitFor(() => {
      expect(result.current.wallet.status).toBe('error');
      expect(result.current.tickets.status).toBe('success');
      expect(result.current.plan.status).toBe('success');
    });
    expect(result.current.wallet.error?.isNoAccess).toBe(true);
    expect(result.current.wallet.error?.status).toBe(403);
    expect(result.current.tickets.items).toHaveLength(firstPageOf(ORG_A));
    expect(result.current.tickets.error).toBeNull();
    expect(result.current.plan.data).toEqual(db.scope(ORG_A, 'revampd').plan);
  });
});

describe('faults.md 10: switching scope while requests are in flight', () => {
  /** Holds back GET /tickets of `orgId` until released; others pass straight through. */
  function holdTickets(orgId: string) {
    const held = gate();
    server.use(
      http.get(apiPath('/tickets'), async ({ params }) => {
        if (params['orgId'] === orgId) await held.promise;
        return undefined;
      }),
    );
    return held;
  }

  function renderLoggedTickets(harness: ReturnType<typeof switchableWrapper>) {
    const log: { orgId: string; ids: string[] }[] = [];
    const view = renderHook(
      () => {
        const tickets = useTickets();
        const { scope } = useRevampd();
        log.push({ orgId: scope.orgId, ids: tickets.items.map((ticket: Ticket) => ticket.id) });
        return tickets;
      },
      { wrapper: harness.wrapper },
    );
    return { ...view, log };
  }

  function expectNoLeak(log: readonly { orgId: string; ids: string[] }[]): void {
    const idsOfA = ticketIds(ORG_A);
    const underB = log.filter((entry) => entry.orgId === ORG_B);
    expect(underB.length).toBeGreaterThan(0);
    for (const entry of underB) for (const id of entry.ids) expect(idsOfA.has(id)).toBe(false);
  }

  it('faults 10: org A slow, B answers first, then A: B never shows A’s rows', async () => {
    const heldA = holdTickets(ORG_A);
    const queryClient = quietClient();
    const harness = switchableWrapper({ orgId: ORG_A, queryClient });
    const { result, rerender, log } = renderLoggedTickets(harness);
    await waitFor(() => expect(harness.requests).toHaveLength(1));
    harness.set({ orgId: ORG_B });
    rerender();
    await waitFor(() => expect(result.current.status).toBe('success'));
    const idsOfB = ticketIds(ORG_B);
    expect(result.current.items).toHaveLength(firstPageOf(ORG_B));
    expect(result.current.items.every((ticket) => idsOfB.has(ticket.id))).toBe(true);
    heldA.release();
    // A's late answer has landed (or its request was dropped): nothing is fetching.
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    await act(async () => undefined);
    expect(result.current.items).toHaveLength(firstPageOf(ORG_B));
    expect(result.current.items.every((ticket) => idsOfB.has(ticket.id))).toBe(true);
    expectNoLeak(log);
  });

  it('faults 10: org A shown, B slow: B shows nothing (not A’s rows) until its own arrive', async () => {
    const heldB = holdTickets(ORG_B);
    const harness = switchableWrapper({ orgId: ORG_A });
    const { result, rerender, log } = renderLoggedTickets(harness);
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.items[0]?.id).toBe(db.scope(ORG_A, 'revampd').tickets[0]?.id);
    harness.set({ orgId: ORG_B });
    rerender();
    expect(result.current.status).toBe('pending');
    expect(result.current.items).toEqual([]);
    // B's request is out and held: whatever rendered meanwhile is in the log, checked below.
    await waitFor(() => expect(harness.requests).toHaveLength(2));
    await act(async () => undefined);
    expect(result.current.items).toEqual([]);
    heldB.release();
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.items[0]?.id).toBe(db.scope(ORG_B, 'revampd').tickets[0]?.id);
    expectNoLeak(log);
  });

  it('faults 10: both in flight, A answers before B: still nothing of A under B', async () => {
    const heldA = holdTickets(ORG_A);
    const heldB = holdTickets(ORG_B);
    const queryClient = quietClient();
    const harness = switchableWrapper({ orgId: ORG_A, queryClient });
    const { result, rerender, log } = renderLoggedTickets(harness);
    await waitFor(() => expect(harness.requests).toHaveLength(1));
    harness.set({ orgId: ORG_B });
    rerender();
    await waitFor(() => expect(harness.requests).toHaveLength(2));
    heldA.release();
    // A's answer has landed (or its request was dropped); B's is still held.
    const fetchingFor = (orgId: string) =>
      queryClient.isFetching({ predicate: (query) => query.queryKey.includes(orgId) });
    await waitFor(() => expect(fetchingFor(ORG_A)).toBe(0));
    await act(async () => undefined);
    expect(fetchingFor(ORG_B)).toBeGreaterThan(0);
    expect(result.current.items).toEqual([]);
    heldB.release();
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.items.every((ticket) => ticketIds(ORG_B).has(ticket.id))).toBe(true);
    expectNoLeak(log);
  });

  it('faults 10/18: switching connection never shows the revampd wallet under par_acme', async () => {
    const harness = switchableWrapper({ orgId: ORG_A });
    const log: { connectionId: string; wallet: Wallet | undefined }[] = [];
    const { result, rerender } = renderHook(
      () => {
        const wallet = useWallet();
        log.push({ connectionId: useRevampd().scope.connectionId, wallet: wallet.data });
        return wallet;
      },
      { wrapper: harness.wrapper },
    );
    await waitFor(() => expect(result.current.data?.connectionId).toBe('revampd'));
    harness.set({ connectionId: 'par_acme' });
    rerender();
    await waitFor(() => expect(result.current.data?.connectionId).toBe('par_acme'));
    expect(result.current.data?.balance).toEqual(db.scope(ORG_A, 'par_acme').wallet.balance);
    const underPartner = log.filter((entry) => entry.connectionId === 'par_acme');
    expect(underPartner.length).toBeGreaterThan(1);
    for (const entry of underPartner) expect(entry.wallet?.connectionId ?? 'par_acme').toBe('par_acme');
    expect(harness.requests.map((request) => request.url.pathname)).toEqual([
      `/v1/orgs/${ORG_A}/connections/revampd/wallet`,
      `/v1/orgs/${ORG_A}/connections/par_acme/wallet`,
    ]);
  });
});

describe('faults.md 11: two providers for two orgs on one page', () => {
  interface Seen {
    wallet: Wallet | undefined;
    tickets: string[];
    queryClient: QueryClient | undefined;
  }

  it('faults 11: each shows its own org’s data from its own cache', async () => {
    const seen: Record<string, Seen> = {};
    function Probe({ name }: { name: string }) {
      const wallet = useWallet();
      const tickets = useTickets();
      const { queryClient } = useRevampd();
      seen[name] = { wallet: wallet.data, tickets: tickets.items.map((ticket) => ticket.id), queryClient };
      return null;
    }
    render(
      <>
        <RevampdProvider {...testProviderProps({ orgId: ORG_A })}>
          <Probe name="a" />
        </RevampdProvider>
        <RevampdProvider {...testProviderProps({ orgId: ORG_B })}>
          <Probe name="b" />
        </RevampdProvider>
      </>,
    );
    await waitFor(() => {
      expect(seen['a']?.wallet).toBeDefined();
      expect(seen['b']?.wallet).toBeDefined();
      expect(seen['a']?.tickets).toHaveLength(firstPageOf(ORG_A));
      expect(seen['b']?.tickets).toHaveLength(firstPageOf(ORG_B));
    });
    const a = seen['a'];
    const b = seen['b'];
    if (a === undefined || b === undefined) throw new Error('both probes render');
    expect(a.wallet?.balance).toEqual(db.scope(ORG_A, 'revampd').wallet.balance);
    expect(b.wallet?.balance).toEqual(db.scope(ORG_B, 'revampd').wallet.balance);
    expect(a.wallet?.balance.amount).not.toBe(b.wallet?.balance.amount);
    expect(a.tickets.every((id) => ticketIds(ORG_A).has(id))).toBe(true);
    expect(b.tickets.every((id) => ticketIds(ORG_B).has(id))).toBe(true);

    expect(a.queryClient).toBeDefined();
    expect(a.queryClient).not.toBe(b.queryClient);
    const orgsIn = (client: QueryClient | undefined) =>
      new Set(
        client
          ?.getQueryCache()
          .findAll()
          .map((query) => query.queryKey[2]),
      );
    expect(orgsIn(a.queryClient)).toEqual(new Set([ORG_A]));
    expect(orgsIn(b.queryClient)).toEqual(new Set([ORG_B]));
  });

  it('faults 11, 34: drafts are stored under different keys per org, connection, origin and user', () => {
    const scope = { baseUrl: TEST_BASE_URL, orgId: ORG_A, connectionId: 'revampd', userId: null };
    const keys = [
      draftKey(scope, 'ticket'),
      draftKey({ ...scope, orgId: ORG_B }, 'ticket'),
      draftKey({ ...scope, connectionId: 'par_acme' }, 'ticket'),
      draftKey({ ...scope, baseUrl: 'https://other.test' }, 'ticket'),
      draftKey({ ...scope, userId: 'usr_1' }, 'ticket'),
      draftKey({ ...scope, userId: 'usr_2' }, 'ticket'),
      // A "|" inside an id cannot forge another scope's key.
      draftKey({ ...scope, orgId: `${ORG_A}|revampd`, connectionId: '' }, 'ticket'),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('faults.md 12: the host’s own QueryClient', () => {
  it('faults 12: clearing the host’s QueryClient leaves the widgets’ data alone', async () => {
    const host = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const seen: { hostData: string | undefined; wallet: Wallet | undefined; ours: QueryClient | undefined } =
      {
        hostData: undefined,
        wallet: undefined,
        ours: undefined,
      };
    function HostWidget() {
      seen.hostData = useQuery({
        queryKey: ['host', 'greeting'],
        queryFn: () => Promise.resolve('hello'),
      }).data;
      return null;
    }
    function OurWidget() {
      seen.wallet = useWallet().data;
      seen.ours = useRevampd().queryClient;
      return null;
    }
    const harness = switchableWrapper({ orgId: ORG_A });
    const ui = (
      <QueryClientProvider client={host}>
        <HostWidget />
        <harness.wrapper>
          <OurWidget />
        </harness.wrapper>
      </QueryClientProvider>
    );
    const { rerender } = render(ui);
    await waitFor(() => {
      expect(seen.hostData).toBe('hello');
      expect(seen.wallet).toBeDefined();
    });
    expect(seen.ours).not.toBe(host);
    expect(
      host
        .getQueryCache()
        .findAll()
        .map((query) => query.queryKey[0]),
    ).toEqual(['host']);

    act(() => host.clear());
    rerender(ui);
    await waitFor(() => expect(seen.hostData).toBe('hello')); // the host refetched its own
    expect(seen.wallet?.balance).toEqual(db.scope(ORG_A, 'revampd').wallet.balance);
    expect(harness.requests).toHaveLength(1);
  });
});

describe('faults.md 18: connections never mix', () => {
  it('faults 18: a par_ connection’s payouts and wallet never appear in the revampd scope', async () => {
    const seen: Record<string, { wallet: Wallet | undefined; payouts: string[] }> = {};
    function Probe({ name }: { name: string }) {
      seen[name] = { wallet: useWallet().data, payouts: usePayouts().items.map((payout) => payout.id) };
      return null;
    }
    render(
      <>
        <RevampdProvider {...testProviderProps({ orgId: ORG_A })}>
          <Probe name="revampd" />
        </RevampdProvider>
        <RevampdProvider {...testProviderProps({ orgId: ORG_A, connectionId: 'par_acme' })}>
          <Probe name="partner" />
        </RevampdProvider>
      </>,
    );
    await waitFor(() => {
      expect(seen['revampd']?.payouts.length).toBeGreaterThan(0);
      expect(seen['partner']?.payouts.length).toBeGreaterThan(0);
      expect(seen['revampd']?.wallet).toBeDefined();
      expect(seen['partner']?.wallet).toBeDefined();
    });
    const partnerPayouts = new Set(db.scope(ORG_A, 'par_acme').payouts.map((payout) => payout.id));
    const revampdPayouts = seen['revampd']?.payouts ?? [];
    expect(revampdPayouts).toEqual(
      db
        .scope(ORG_A, 'revampd')
        .payouts.slice(0, 100)
        .map((payout) => payout.id),
    );
    for (const id of revampdPayouts) expect(partnerPayouts.has(id)).toBe(false);
    expect(seen['revampd']?.wallet?.connectionId).toBe('revampd');
    expect(seen['partner']?.wallet?.connectionId).toBe('par_acme');
    expect(seen['revampd']?.wallet?.balance).toEqual(db.scope(ORG_A, 'revampd').wallet.balance);
  });
});
