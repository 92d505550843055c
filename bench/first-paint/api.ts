/**
 * The in-memory API of the first-paint pages (scripts/first-paint.mjs): the same `fetch`
 * for the library's pages and the bare page, answering from strings in this module, so
 * every page waits for the same JSON the same way and nothing touches a network.
 *
 * The bodies are what the mock API (`createHandlers(createMockDb())`, mocks/) answers for
 * the default scope, copied here rather than computed: computing them would put the mock
 * store's code into both bundles and its work before both first paints.
 */

import { firstPaint } from './measure';

/** The API the pages' providers (and the bare page) talk to. */
export const BASE_URL = 'https://api.revampd.first-paint';
export const ORG_ID = 'org_first_paint';
const API_ROOT = `${BASE_URL}/v1/orgs/${ORG_ID}/connections/revampd`;

/** `GET /plan` of the mock API's default scope: a Partner-managed Sub-Org. */
const PLAN_JSON =
  '{"managedBy":"partner","partner":{"id":"par_acme","name":"Acme Agency","contactEmail":"billing@acme.test"}}';

/** `GET /attention`, which the portal's navigation asks for its badges. */
const ATTENTION_JSON =
  '{"openInvoices":{"count":4,"amountDue":{"amount":35500,"currency":"USD"}},' +
  '"overdueInvoices":{"count":4,"amountDue":{"amount":35500,"currency":"USD"}},' +
  '"walletShortfall":null,"ticketsAwaitingCustomer":9,"failedPayouts":1,"asOf":"2026-11-25T15:00:00Z"}';

const BODIES: ReadonlyMap<string, string> = new Map([
  ['/plan', PLAN_JSON],
  ['/attention', ATTENTION_JSON],
]);

/** The plan's URL, for the bare page's own `fetch`. */
export const PLAN_URL = `${API_ROOT}/plan`;

/** Answers a GET of a known path with its JSON, anything else with a 404 error body. */
export const memoryFetch: typeof fetch = async (input) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  const path = url.pathname.startsWith(new URL(API_ROOT).pathname)
    ? url.pathname.slice(new URL(API_ROOT).pathname.length)
    : url.pathname;
  if (path === '/plan') firstPaint.requested ??= performance.now();
  const body = BODIES.get(path);
  if (body === undefined) {
    firstPaint.unknownPaths.push(path);
    return new Response('{"error":{"code":"not_found","message":"Not found."}}', {
      status: 404,
      headers: { 'Content-Type': 'application/json' },
    });
  }
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
};
