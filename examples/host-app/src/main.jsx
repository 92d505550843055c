/**
 * A Partner's portal ("Acme Voice") embedding the Revampd connection page.
 *
 * Everything comes from the installed package, exactly as a host would use it:
 * - `@revampd/connection-ui`            the provider and ConnectionPortal;
 * - `@revampd/connection-ui/styles.css` the widgets' stylesheet (one import);
 * - `@revampd/connection-ui/mocks`      the stand-in API, served by MSW's service worker,
 *                                       so the demo runs with no backend.
 */
import { createHandlers, createMockDb } from '@revampd/connection-ui/mocks';
import '@revampd/connection-ui/styles.css';
import { setupWorker } from 'msw/browser';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.jsx';
import './host.css';

async function startMockApi() {
  // The demo's own seeded store: each host makes one (the package exports no singleton).
  const worker = setupWorker(...createHandlers(createMockDb()));
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    quiet: true,
    // The app's own files go to the server; an API call the mocks do not know is a bug.
    onUnhandledRequest(request, print) {
      if (new URL(request.url).pathname.startsWith('/v1/')) print.error();
    },
  });
}

// Start the worker before the first render, so the widgets' first requests are mocked.
startMockApi().then(() => {
  createRoot(document.getElementById('root')).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
