/**
 * The MSW request interceptor over the default handlers, for Node test runners.
 * Not exported from `@revampd/connection-ui/mocks`: it pulls in Node-only MSW code.
 */
import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** `server.listen()` before the tests, `server.resetHandlers()` and `db.reset()` after each. */
export const server = setupServer(...handlers);
