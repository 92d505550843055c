import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import './console';
import { db } from '../../mocks/handlers';
import { server } from '../../mocks/node';

// Any request without a handler is a bug in the test, not a silent pass.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  db.reset();
});
afterAll(() => server.close());

// findBy… and waitFor wait for a condition; 1 s (the default) is a duration a loaded CI
// machine exceeds while a correct widget is still fetching. One generous budget for every
// test instead of ad-hoc `{ timeout }`s: a broken behaviour still fails, only later.
configure({ asyncUtilTimeout: 15_000 });
