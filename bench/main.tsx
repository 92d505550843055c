/**
 * The benchmark page: renders PayoutHistoryTable (ours) or the bare TanStack table over the
 * same 10,000 payouts, then sorts by Amount, and reports both durations. Driven by
 * scripts/bench.mjs through `window.__bench`.
 *
 * Ours gets all 10,000 rows up front: the payouts query is pre-populated in a fresh
 * QueryClient (what a host's prefetch would leave), so the timing is the widget's render
 * and sort, not the network or the contract parsing.
 */
import { QueryClient } from '@tanstack/react-query';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { createMockDb, seedLarge } from '../mocks/db';
import { payoutQueries, type QueryScope } from '../src/api/queries';
import { createTransport } from '../src/api/transport';
import type { Payout } from '../src/api/schemas';
import { PayoutHistoryTable } from '../src/components/PayoutHistoryTable/PayoutHistoryTable';
import { RevampdProvider } from '../src/provider/RevampdProvider';
import '../src/styles.css';
import { BareTable } from './BareTable';

const BASE_URL = 'https://api.revampd.bench';
const ORG_ID = 'org_bench';
const ROWS = 10_000;

const mockScope = createMockDb().scope(ORG_ID, 'revampd');
seedLarge(mockScope, { payouts: ROWS, tickets: 0 });
const payouts: Payout[] = mockScope.payouts;

const scope: QueryScope = { baseUrl: BASE_URL, orgId: ORG_ID, connectionId: 'revampd', userId: null };

/** A fallback that answers one big page, should anything ask the network. */
const fetchAll: typeof fetch = async () =>
  new Response(JSON.stringify({ data: payouts, nextCursor: null }), {
    headers: { 'Content-Type': 'application/json' },
  });

function preloadedClient(): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  const api = createTransport({
    baseUrl: BASE_URL,
    orgId: ORG_ID,
    getAccessToken: () => 'bench',
    fetch: fetchAll,
  });
  client.setQueryData(payoutQueries.list({ api, scope }).queryKey, {
    pages: [{ data: payouts, nextCursor: null }],
    pageParams: [null],
  });
  return client;
}

type Kind = 'ours' | 'bare';

interface Timing {
  render: number;
  /** The render's React part alone, before style and layout. */
  renderCommit: number;
  sort: number;
  rows: number;
  /** "1–10 of 10,000" for ours: proof the widget holds every row, not just one API page. */
  pageOf: string | null;
  firstAmountBefore: string;
  firstAmountAfter: string;
}

const stage = document.getElementById('stage') as HTMLElement;
let root: Root | null = null;

function amountCells(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('tbody [data-column="amount"]')];
}

async function nextFrame(): Promise<void> {
  await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

async function run(kind: Kind): Promise<Timing> {
  root?.unmount();
  stage.replaceChildren();
  const container = document.createElement('div');
  stage.append(container);
  root = createRoot(container);
  const client = kind === 'ours' ? preloadedClient() : null;
  await nextFrame();

  // Render: from the call to a committed and laid-out table.
  const renderStart = performance.now();
  flushSync(() => {
    root?.render(
      client ? (
        <RevampdProvider
          baseUrl={BASE_URL}
          orgId={ORG_ID}
          getAccessToken={() => 'bench'}
          locale="en-US"
          timeZone="America/New_York"
          queryClient={client}
          fetch={fetchAll}
        >
          <PayoutHistoryTable />
        </RevampdProvider>
      ) : (
        <BareTable data={payouts} />
      ),
    );
  });
  const renderCommit = performance.now() - renderStart;
  void container.offsetHeight;
  const render = performance.now() - renderStart;
  const rows = amountCells(container).length;
  const pageOf = container.querySelector('.rvp-DataTable-position')?.textContent ?? null;
  const firstAmountBefore = amountCells(container)[0]?.textContent ?? '';
  await nextFrame();

  // Sort: from the click on "Amount" to the re-sorted, laid-out table.
  const button = container.querySelector<HTMLButtonElement>('thead [data-column="amount"] button');
  if (!button) throw new Error(`${kind}: no Amount sort button`);
  const sortStart = performance.now();
  flushSync(() => button.click());
  void container.offsetHeight;
  const sort = performance.now() - sortStart;
  const firstAmountAfter = amountCells(container)[0]?.textContent ?? '';
  return { render, renderCommit, sort, rows, pageOf, firstAmountBefore, firstAmountAfter };
}

declare global {
  interface Window {
    __bench: { rows: number; run: (kind: Kind) => Promise<Timing> };
  }
}

window.__bench = { rows: payouts.length, run };
