'use client';
/**
 * The host's client-side providers. A server component cannot pass functions to a client
 * component, so `RevampdProvider` and everything that needs a function (the token getter,
 * here a `fetch` that waits for the mock API) sit in this client file; the page passes only
 * children.
 *
 * Rendered on the server too: nothing here may touch `window` while rendering, and the
 * locale and time zone are fixed so the server's HTML and the browser's first render match.
 */
import { RevampdProvider } from '@revampd/connection-ui';

// -------------------------------------------------------------------------------------------------
// The mock API (demo only: a real host passes its Revampd API origin and no `fetch`)
// -------------------------------------------------------------------------------------------------

let mockApiReady;

/**
 * Starts MSW's service worker with the package's mock handlers, once. Loaded with dynamic
 * imports so neither msw/browser nor the mocks are evaluated on the server.
 */
function startMockApi() {
  mockApiReady ??= Promise.all([import('msw/browser'), import('@revampd/connection-ui/mocks')]).then(
    async ([{ setupWorker }, { createHandlers, createMockDb }]) => {
      // The demo's own seeded store: each host makes one (the package exports no singleton).
      const worker = setupWorker(...createHandlers(createMockDb()));
      await worker.start({
        serviceWorker: { url: '/mockServiceWorker.js' },
        quiet: true,
        // Next.js's own requests go to the server; an API call the mocks do not know is a bug.
        onUnhandledRequest(request, print) {
          if (new URL(request.url).pathname.startsWith('/v1/')) print.error();
        },
      });
    },
  );
  return mockApiReady;
}

// Start as soon as the browser loads this module, not at the first request.
if (typeof window !== 'undefined') void startMockApi();

/**
 * The widgets' requests wait for the worker, so the server can render the portal (in its
 * loading state) without waiting for anything, and the first request after hydration is
 * already answered by the mocks.
 */
function fetchThroughMockApi(input, init) {
  return startMockApi().then(() => fetch(input, init));
}

// -------------------------------------------------------------------------------------------------
// Providers
// -------------------------------------------------------------------------------------------------

/** The Partner's brand colours; the provider maps them to the widgets' `--rvp-*` tokens. */
const appearance = {
  colorScheme: 'light',
  variables: {
    colorPrimary: '#1d4ed8',
    colorPrimaryText: '#ffffff',
    colorFocus: '#1d4ed8',
    borderRadius: '8px',
  },
};

export function HostProviders({ children }) {
  return (
    <RevampdProvider
      // Any origin: the mock handlers answer every one. A real host passes its API origin.
      baseUrl="https://api.revampd.example"
      orgId="org_northwind_demo"
      getAccessToken={() => 'demo-token'}
      fetch={fetchThroughMockApi}
      locale="en-US"
      timeZone="America/New_York"
      appearance={appearance}
    >
      {children}
    </RevampdProvider>
  );
}
