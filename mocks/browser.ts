/**
 * The MSW service worker over the default handlers, for Storybook and local demos.
 * Not exported from `@revampd/connection-ui/mocks`: it pulls in browser-only MSW code.
 * Needs `public/mockServiceWorker.js` (`npx msw init public --save`).
 */
import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

/** Start with `await worker.start({ onUnhandledRequest: 'bypass' })`. */
export const worker = setupWorker(...handlers);
