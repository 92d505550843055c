/**
 * The memory check's page (faults.md 38): mounts ConnectionPortal (inside its provider),
 * waits until the Plan notice is painted and the section's requests have settled, then
 * unmounts it, as many times as `scripts/memory-check.mjs` asks through `window.__memory`.
 *
 * The mock API answers through the provider's `fetch` (msw's `getResponse` over the
 * package's own handlers), so no service worker or network is involved. Timers, intervals
 * and requests are counted by wrappers installed before anything else runs, so the script
 * can tell what is still running after the last unmount.
 */
import { getResponse } from 'msw';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createHandlers, createMockDb } from '../../mocks/index';
import { ConnectionPortal, RevampdProvider } from '../../src/index';
import '../../src/styles.css';

// -------------------------------------------------------------------------------------------------
// What is still running: timers, intervals, requests
// -------------------------------------------------------------------------------------------------

const liveTimeouts = new Set<number>();
const liveIntervals = new Set<number>();
let requestsInFlight = 0;

const nativeSetTimeout = window.setTimeout.bind(window);
const nativeClearTimeout = window.clearTimeout.bind(window);
const nativeSetInterval = window.setInterval.bind(window);
const nativeClearInterval = window.clearInterval.bind(window);

window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
  const id = nativeSetTimeout(
    (...inner: unknown[]) => {
      liveTimeouts.delete(id);
      if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...inner);
    },
    delay,
    ...args,
  );
  liveTimeouts.add(id);
  return id;
}) as typeof window.setTimeout;
window.clearTimeout = ((id?: number) => {
  if (id !== undefined) liveTimeouts.delete(id);
  nativeClearTimeout(id);
}) as typeof window.clearTimeout;
window.setInterval = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
  const id = nativeSetInterval(handler, delay, ...args);
  liveIntervals.add(id);
  return id;
}) as typeof window.setInterval;
window.clearInterval = ((id?: number) => {
  if (id !== undefined) liveIntervals.delete(id);
  nativeClearInterval(id);
}) as typeof window.clearInterval;

// -------------------------------------------------------------------------------------------------
// The mock API, answered in-page
// -------------------------------------------------------------------------------------------------

const handlers = createHandlers(createMockDb());

const mockFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  requestsInFlight += 1;
  try {
    const response = await getResponse(handlers, request);
    return response ?? new Response(null, { status: 404 });
  } finally {
    requestsInFlight -= 1;
  }
};

// -------------------------------------------------------------------------------------------------
// Mount / unmount cycles
// -------------------------------------------------------------------------------------------------

const stage = document.getElementById('stage') as HTMLElement;

function planPainted(): boolean {
  return stage.querySelector('.rvp-PlanManagedNotice[data-state="ready"]') !== null;
}

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new Error('timed out waiting for the Plan notice');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

async function cycle(index: number): Promise<void> {
  const root = createRoot(stage);
  flushSync(() =>
    root.render(
      <RevampdProvider
        baseUrl="https://api.revampd.memory"
        orgId={`org_memory_${index % 3}`}
        getAccessToken={() => 'memory-token'}
        locale="en-US"
        timeZone="America/New_York"
        fetch={mockFetch}
      >
        <ConnectionPortal />
      </RevampdProvider>,
    ),
  );
  await until(planPainted);
  await until(() => requestsInFlight === 0);
  root.unmount();
}

declare global {
  interface Window {
    __memory: {
      run: (cycles: number) => Promise<void>;
      running: () => { timeouts: number; intervals: number; requests: number; nodes: number };
    };
  }
}

let cycles = 0;
window.__memory = {
  async run(count) {
    for (let index = 0; index < count; index++) await cycle(cycles++);
  },
  running: () => ({
    timeouts: liveTimeouts.size,
    intervals: liveIntervals.size,
    requests: requestsInFlight,
    nodes: stage.childNodes.length,
  }),
};
