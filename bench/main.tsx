/**
 * The benchmark page: each of PayoutHistoryTable (10,000 payouts), WalletTransactionsTable
 * (10,000 transactions) and TicketsTable (1,000 tickets) against a bare TanStack table of the
 * same rows and columns (bench/BareTable.tsx). Driven by scripts/bench.mjs through
 * `window.__bench`, one call per step, timing three things for one side:
 *
 * - load: mount with nothing cached until ten rows are laid out. Ours goes the widget's
 *   whole way: the provider's transport asks the in-memory API below, reads the JSON,
 *   validates it against the contract schemas, strips bidi controls, fills the query cache,
 *   renders. Bare fetches the same JSON with the same `fetch` and `response.json()`.
 * - render: mount over rows already in memory until the table is laid out. Ours' rows were
 *   put in a fresh QueryClient by the real path (a host's `prefetchInfiniteQuery` of the
 *   widget's own query: transport, validation, query layer), outside the timing; bare's were
 *   `JSON.parse`d from the same body. The render must not ask the network (checked).
 * - sort: a click on one column's sort button until the re-sorted table is laid out.
 *
 * Each timed step resolves after the next frame is painted: the wall time it returns stops
 * at "laid out", the main-thread CPU time the script reads around it covers that frame too.
 *
 * The in-memory API answers every row in one page (`nextCursor: null`): the widgets hold
 * all of them, so the figures are for 10,000 rows, not one API page. The rows come from the
 * mock store (mocks/db.ts, `seedLarge`), the same data the stories and tests use.
 */
import { QueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { createMockDb, seedLarge } from '../mocks/db';
import {
  payoutQueries,
  ticketQueries,
  walletQueries,
  type QueryScope,
  type ScopedClient,
} from '../src/api/queries';
import { createTransport } from '../src/api/transport';
import { PayoutHistoryTable } from '../src/components/PayoutHistoryTable/PayoutHistoryTable';
import { TicketsTable } from '../src/components/TicketsTable/TicketsTable';
import { WalletTransactionsTable } from '../src/components/WalletTransactionsTable/WalletTransactionsTable';
import { RevampdProvider } from '../src/provider/RevampdProvider';
import '../src/styles.css';
import {
  BareLoader,
  BareTable,
  payoutColumns,
  ticketColumns,
  walletColumns,
  type BareColumns,
} from './BareTable';

// -------------------------------------------------------------------------------------------------
// Data: the mock store's rows, answered from memory
// -------------------------------------------------------------------------------------------------

const BASE_URL = 'https://api.revampd.bench';
const ORG_ID = 'org_bench';
const LOCALE = 'en-US';
const ZONE = 'America/New_York';

const mockScope = createMockDb().scope(ORG_ID, 'revampd');
seedLarge(mockScope, { payouts: 10_000, tickets: 1_000 });
// 10,000 payouts make fewer wallet credits (only paid ones are credited): a second store
// with more payouts gives the ledger its 10,000 newest transactions, balances intact.
const walletScope = createMockDb().scope(ORG_ID, 'revampd');
seedLarge(walletScope, { payouts: 10_600, tickets: 0 });

const API_ROOT = `${BASE_URL}/v1/orgs/${ORG_ID}/connections/revampd`;

/** The JSON the in-memory API answers for each list path: every row, one page. */
const bodies = new Map<string, string>([
  ['/affiliate/payouts', JSON.stringify({ data: mockScope.payouts.slice(0, 10_000), nextCursor: null })],
  [
    '/wallet/transactions',
    JSON.stringify({ data: walletScope.walletTransactions.slice(0, 10_000), nextCursor: null }),
  ],
  ['/tickets', JSON.stringify({ data: mockScope.tickets.slice(0, 1_000), nextCursor: null })],
]);

/** Requests the in-memory API answered: a render from a warm cache must send none. */
let requests = 0;

/** The in-memory API: the list's JSON for its path (query ignored), 404 for anything else. */
const memoryFetch: typeof fetch = async (input) => {
  requests += 1;
  const url = new URL(input instanceof Request ? input.url : String(input));
  const body = url.pathname.startsWith(new URL(API_ROOT).pathname)
    ? bodies.get(url.pathname.slice(new URL(API_ROOT).pathname.length))
    : undefined;
  if (body === undefined)
    return new Response('{"error":{"code":"not_found","message":"Not found."}}', { status: 404 });
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
};

const scope: QueryScope = { baseUrl: BASE_URL, orgId: ORG_ID, connectionId: 'revampd', userId: null };

// -------------------------------------------------------------------------------------------------
// The three tables
// -------------------------------------------------------------------------------------------------

/** Names `window.__bench.run` takes. */
type TableName = 'payouts' | 'wallet' | 'tickets';

interface BenchTable {
  /** The widget's name, for the report. */
  widget: string;
  /** The list endpoint's path under the API root. */
  path: string;
  /** The widget, as a host renders it. */
  render: () => ReactElement;
  /** Puts the widget's first page in `client` the way a host's prefetch would. */
  prefetch: (client: QueryClient, scoped: ScopedClient) => Promise<void>;
  bareColumns: BareColumns;
  caption: string;
  /** The column whose sort button is clicked, and whose first cell proves the sort. */
  sortColumn: string;
}

const TABLES: Readonly<Record<TableName, BenchTable>> = {
  payouts: {
    widget: 'PayoutHistoryTable',
    path: '/affiliate/payouts',
    render: () => <PayoutHistoryTable />,
    prefetch: (client, scoped) => client.prefetchInfiniteQuery(payoutQueries.list(scoped)),
    bareColumns: payoutColumns,
    caption: 'Payout history',
    sortColumn: 'amount',
  },
  wallet: {
    widget: 'WalletTransactionsTable',
    path: '/wallet/transactions',
    render: () => <WalletTransactionsTable />,
    prefetch: (client, scoped) => client.prefetchInfiniteQuery(walletQueries.transactions(scoped)),
    bareColumns: walletColumns,
    caption: 'Transactions',
    sortColumn: 'amount',
  },
  tickets: {
    widget: 'TicketsTable',
    path: '/tickets',
    render: () => <TicketsTable />,
    prefetch: (client, scoped) => client.prefetchInfiniteQuery(ticketQueries.list(scoped)),
    bareColumns: ticketColumns,
    caption: 'Tickets',
    sortColumn: 'title',
  },
};

// -------------------------------------------------------------------------------------------------
// Running one side, step by step
// -------------------------------------------------------------------------------------------------

type Kind = 'ours' | 'bare';

/** What a side's run showed, checked by the script after its steps. */
interface SideReport {
  /** Rows on the first page (10). */
  rows: number;
  /** "1–10 of 10,000" for ours: proof the widget holds every row, not just one API page. */
  pageOf: string | null;
  /** The sort column's first cell before and after the sort: they differ when it sorted. */
  firstBefore: string;
  firstAfter: string;
  /** Requests sent by the render and the sort (0: the cache was used). */
  renderRequests: number;
}

interface Side extends SideReport {
  kind: Kind;
  bench: BenchTable;
  container: HTMLElement;
  client: QueryClient | null;
  rowsInMemory: readonly { id: string }[];
  requestsBefore: number;
}

const stage = document.getElementById('stage') as HTMLElement;
let root: Root | null = null;
let side: Side | null = null;

/**
 * Runs the page's garbage collector when Chromium exposes it (`--js-flags=--expose-gc`), so
 * a collection of the previous step's garbage does not land inside the next timing.
 */
function collectGarbage(): void {
  (window as unknown as { gc?: () => void }).gc?.();
}

function freshRoot(): HTMLElement {
  root?.unmount();
  stage.replaceChildren();
  const container = document.createElement('div');
  stage.append(container);
  root = createRoot(container);
  return container;
}

function cellsOf(container: HTMLElement, column: string): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(`tbody [data-column="${column}"]`)];
}

async function nextFrame(): Promise<void> {
  await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Ends every timed step: waits until the next frame is painted (a task queued from its
 * `requestAnimationFrame` runs after its style, layout and paint). The wall time a step
 * returns stops before it, at "laid out"; the main thread's CPU time the script reads
 * around the call includes it, so both sides always pay for exactly one painted frame and
 * whatever their change scheduled meanwhile, never "sometimes, if a frame came first".
 */
const painted = nextFrame;

/** Resolves with the time at which `column` has ten cells in the body, after layout. */
function rowsLaidOut(container: HTMLElement, column: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const done = () => {
      if (cellsOf(container, column).length < 10) return false;
      observer.disconnect();
      clearTimeout(timer);
      void container.offsetHeight;
      resolve(performance.now());
      return true;
    };
    const observer = new MutationObserver(done);
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`no rows after 20 s: ${container.textContent?.slice(0, 200) ?? ''}`));
    }, 20_000);
    if (!done()) observer.observe(container, { childList: true, subtree: true, characterData: true });
  });
}

function provider(children: ReactElement, queryClient?: QueryClient): ReactElement {
  return (
    <RevampdProvider
      baseUrl={BASE_URL}
      orgId={ORG_ID}
      getAccessToken={() => 'bench'}
      locale={LOCALE}
      timeZone={ZONE}
      fetch={memoryFetch}
      {...(queryClient ? { queryClient } : {})}
    >
      {children}
    </RevampdProvider>
  );
}

function current(): Side {
  if (!side) throw new Error('no side prepared');
  return side;
}

/** Load, untimed part: an empty root for `kind`'s `table`, garbage collected. */
async function prepareLoad(kind: Kind, name: TableName): Promise<void> {
  const container = freshRoot();
  side = {
    kind,
    bench: TABLES[name],
    container,
    client: null,
    rowsInMemory: [],
    requestsBefore: 0,
    rows: 0,
    pageOf: null,
    firstBefore: '',
    firstAfter: '',
    renderRequests: 0,
  };
  await nextFrame();
  collectGarbage();
}

/**
 * Load, timed: mount with nothing loaded until ten rows are laid out. Resolves with those
 * ms once the next frame is painted (see {@link painted}).
 */
async function load(): Promise<number> {
  const { kind, bench, container } = current();
  const start = performance.now();
  const loaded = rowsLaidOut(container, bench.sortColumn);
  root?.render(
    kind === 'ours' ? (
      provider(bench.render())
    ) : (
      <BareLoader
        url={`${API_ROOT}${bench.path}`}
        fetch={memoryFetch}
        columns={bench.bareColumns}
        caption={bench.caption}
      />
    ),
  );
  const elapsed = (await loaded) - start;
  await painted();
  return elapsed;
}

/**
 * Render, untimed part: the rows in memory as the real path leaves them. Ours: the widget's
 * own query prefetched into a fresh QueryClient through the transport (in-memory API, JSON,
 * contract schemas); bare: the same body `JSON.parse`d.
 */
async function prepareRender(): Promise<void> {
  const state = current();
  state.container = freshRoot();
  if (state.kind === 'ours') {
    state.client = new QueryClient();
    const api = createTransport({
      baseUrl: BASE_URL,
      orgId: ORG_ID,
      getAccessToken: () => 'bench',
      fetch: memoryFetch,
    });
    await state.bench.prefetch(state.client, { api, scope });
  } else {
    state.rowsInMemory = (
      JSON.parse(bodies.get(state.bench.path) ?? '{}') as { data: { id: string }[] }
    ).data;
  }
  await nextFrame();
  collectGarbage();
  state.requestsBefore = requests;
}

/**
 * Render, timed: mount over the rows in memory until the table is laid out. Resolves with
 * those ms once the next frame is painted.
 */
async function render(): Promise<number> {
  const state = current();
  const { bench, container, client } = state;
  const start = performance.now();
  flushSync(() => {
    root?.render(
      client ? (
        provider(bench.render(), client)
      ) : (
        <BareTable data={state.rowsInMemory} columns={bench.bareColumns} caption={bench.caption} />
      ),
    );
  });
  void container.offsetHeight;
  const elapsed = performance.now() - start;
  state.rows = cellsOf(container, bench.sortColumn).length;
  state.pageOf = container.querySelector('.rvp-DataTable-position')?.textContent ?? null;
  state.firstBefore = cellsOf(container, bench.sortColumn)[0]?.textContent ?? '';
  await painted();
  return elapsed;
}

/** Sort, untimed part: a frame after the render, garbage collected. */
async function prepareSort(): Promise<void> {
  await nextFrame();
  collectGarbage();
}

/**
 * Sort, timed: a click on the column's sort button until the table is laid out again.
 * Resolves with those ms once the next frame is painted.
 */
async function sort(): Promise<number> {
  const state = current();
  const { bench, container } = state;
  const button = container.querySelector<HTMLButtonElement>(
    `thead [data-column="${bench.sortColumn}"] button`,
  );
  if (!button) throw new Error(`${state.kind} ${bench.widget}: no sort button for ${bench.sortColumn}`);
  const start = performance.now();
  flushSync(() => button.click());
  void container.offsetHeight;
  const elapsed = performance.now() - start;
  state.firstAfter = cellsOf(container, bench.sortColumn)[0]?.textContent ?? '';
  await painted();
  return elapsed;
}

/** Ends the side: what it showed, then everything unmounted and dropped. */
async function finish(): Promise<SideReport> {
  const state = current();
  await nextFrame();
  state.renderRequests = requests - state.requestsBefore;
  root?.unmount();
  root = null;
  state.client?.clear();
  side = null;
  const { rows, pageOf, firstBefore, firstAfter, renderRequests } = state;
  return { rows, pageOf, firstBefore, firstAfter, renderRequests };
}

/** The page's API for scripts/bench.mjs: each timed step is its own call, so the script can
 * read the main thread's CPU time around exactly that step. */
interface BenchApi {
  tables: Readonly<Record<TableName, { widget: string; rows: number }>>;
  prepareLoad: typeof prepareLoad;
  load: typeof load;
  prepareRender: typeof prepareRender;
  render: typeof render;
  prepareSort: typeof prepareSort;
  sort: typeof sort;
  finish: typeof finish;
  /** An empty step (one painted frame): what measuring a step costs by itself. */
  noop: () => Promise<number>;
}

declare global {
  interface Window {
    __bench: BenchApi;
  }
}

const rowCount = (path: string) =>
  (JSON.parse(bodies.get(path) ?? '{"data":[]}') as { data: unknown[] }).data.length;

window.__bench = {
  tables: {
    payouts: { widget: TABLES.payouts.widget, rows: rowCount(TABLES.payouts.path) },
    wallet: { widget: TABLES.wallet.widget, rows: rowCount(TABLES.wallet.path) },
    tickets: { widget: TABLES.tickets.widget, rows: rowCount(TABLES.tickets.path) },
  },
  prepareLoad,
  load,
  prepareRender,
  render,
  prepareSort,
  sort,
  finish,
  noop: async () => {
    await painted();
    return 0;
  },
};
