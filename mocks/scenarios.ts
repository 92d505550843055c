/**
 * Scenario factories shared by stories and tests. Each returns handlers to PREPEND before
 * the default ones (`server.use(...scenario)`, `parameters.msw.handlers: [...scenario,
 * ...handlers]`): MSW answers with the first handler that returns a response, and a
 * handler that returns nothing lets the request fall through to the next.
 *
 * Two kinds:
 * - canned answers (`failWith`, `emptyList`, `contractBreak`, …) that replace what the db
 *   would say for one resource;
 * - data edits (`partnerInvoice(db)`, `large(db)`, …) that change a scope of the db the
 *   first time a request reaches it, then fall through so the normal handlers answer from
 *   the edited data (and stay stateful). After `db.reset()` they apply again.
 */
import { HttpResponse, delay, http } from 'msw';
import type { HttpHandler, JsonBodyType } from 'msw';
import type { AddOn, Attention, DirectPlan, Invoice, Plan, Ticket } from '../src/api/schemas';
import {
  MOCK_NOW,
  addAttachment,
  addTicketMessage,
  createMockDb,
  mintId,
  seedLarge,
  setPayouts,
  setWalletBalance,
  syncTicketActivity,
} from './db';
import type { LargeSeed, MockDb, MockScope, PayoutInput } from './db';
import { summarizePayouts, readSummaryQuery } from './handlers/payouts';
import { API_PREFIX, apiPath, errorResponse, isRecord, isoNow } from './handlers/shared';
import type { ScopeParams } from './handlers/shared';
import {
  addOnView,
  attachmentView,
  attentionOf,
  ledgerView,
  messageView,
  payoutView,
  ticketView,
} from './handlers/views';

// -------------------------------------------------------------------------------------------------
// Resources
// -------------------------------------------------------------------------------------------------

/** A resource a scenario can target: one widget's data, with all of its endpoints. */
export type MockResource =
  | 'plan'
  | 'addOns'
  | 'addOnCatalog'
  | 'phoneNumbers'
  | 'tickets'
  | 'ticketMessages'
  | 'attachments'
  | 'invoices'
  | 'wallet'
  | 'walletTransactions'
  | 'payouts'
  | 'payoutSummary'
  | 'attention';

/** Resources served as `{ data, nextCursor }` lists. */
export type ListResource =
  | 'addOns'
  | 'tickets'
  | 'ticketMessages'
  | 'invoices'
  | 'walletTransactions'
  | 'payouts';

/** Every resource, e.g. to fail them all in one go. */
export const MOCK_RESOURCES: readonly MockResource[] = [
  'plan',
  'addOns',
  'addOnCatalog',
  'phoneNumbers',
  'tickets',
  'ticketMessages',
  'attachments',
  'invoices',
  'wallet',
  'walletTransactions',
  'payouts',
  'payoutSummary',
  'attention',
];

// Mutation paths belong to their resource, so `failWith('tickets', 500)` also fails
// creating a ticket unless `method` narrows it, and `failWith('addOns', 500)` fails buying
// one. The first path of each is the one its `GET` (and `contractBreak`) answers.
const RESOURCE_PATHS: Record<MockResource, readonly string[]> = {
  plan: ['/plan'],
  addOns: ['/add-ons', '/add-ons/:addOnId/cancel'],
  addOnCatalog: ['/add-ons/catalog'],
  phoneNumbers: ['/phone-numbers/available'],
  tickets: ['/tickets', '/tickets/:ticketId'],
  ticketMessages: ['/tickets/:ticketId/messages'],
  attachments: ['/attachments/:attachmentId', '/attachments'],
  invoices: ['/invoices', '/invoices/:invoiceId/pay-with-wallet'],
  wallet: ['/wallet'],
  walletTransactions: ['/wallet/transactions'],
  payouts: ['/affiliate/payouts'],
  payoutSummary: ['/affiliate/summary'],
  attention: ['/attention'],
};

/** Which requests a canned scenario answers. */
export interface ScenarioOptions {
  /** Only this method; other methods fall through. @default every method */
  method?: 'GET' | 'POST' | 'PATCH';
  /**
   * Answer only the first `times` matching requests, then fall through (e.g. fail twice,
   * then let the retry succeed). @default Infinity
   */
  times?: number;
}

/**
 * The building block of every canned scenario: `answer` each matching request of
 * `resource` (subject to `options`), let everything else fall through.
 */
export function intercept(
  resource: MockResource,
  answer: (request: Request) => Response | Promise<Response>,
  options: ScenarioOptions = {},
): HttpHandler[] {
  // Shared by all of the resource's paths: "times" counts requests to the resource.
  let remaining = options.times ?? Infinity;
  return RESOURCE_PATHS[resource].map((path) =>
    http.all(apiPath(path), ({ request }) => {
      if (options.method !== undefined && request.method !== options.method) return undefined;
      if (remaining <= 0) return undefined;
      remaining -= 1;
      return answer(request);
    }),
  );
}

// -------------------------------------------------------------------------------------------------
// Empty lists
// -------------------------------------------------------------------------------------------------

/** `GET` of a list answers `{ data: [], nextCursor: null }`. */
export function emptyList(
  resource: ListResource,
  options: Omit<ScenarioOptions, 'method'> = {},
): HttpHandler[] {
  return intercept(resource, () => HttpResponse.json({ data: [], nextCursor: null }), {
    ...options,
    method: 'GET',
  });
}

/** No add-ons. */
export function addOnsEmpty(): HttpHandler[] {
  return emptyList('addOns');
}

/** No tickets. */
export function ticketsEmpty(): HttpHandler[] {
  return emptyList('tickets');
}

/** No invoices. */
export function invoicesEmpty(): HttpHandler[] {
  return emptyList('invoices');
}

/** No wallet transactions. */
export function walletTransactionsEmpty(): HttpHandler[] {
  return emptyList('walletTransactions');
}

/** Every ticket's conversation is empty: the description alone. */
export function ticketMessagesEmpty(): HttpHandler[] {
  return emptyList('ticketMessages');
}

/** Nothing on sale: `GET /add-ons/catalog` answers `{ data: [] }`. */
export function addOnCatalogEmpty(): HttpHandler[] {
  return intercept('addOnCatalog', () => HttpResponse.json({ data: [] }), { method: 'GET' });
}

/** No number matches any search: `GET /phone-numbers/available` answers `{ data: [] }`. */
export function phoneNumbersEmpty(options: Omit<ScenarioOptions, 'method'> = {}): HttpHandler[] {
  return intercept('phoneNumbers', () => HttpResponse.json({ data: [] }), { ...options, method: 'GET' });
}

/**
 * All is well: `/attention` counts nothing (no open or overdue invoice, no shortfall, no
 * ticket awaiting a reply, no failed payout).
 */
export function attentionClear(options: { now?: () => Date; currency?: string } = {}): HttpHandler[] {
  const now = options.now ?? (() => new Date(MOCK_NOW.getTime()));
  const currency = options.currency ?? 'USD';
  return intercept(
    'attention',
    () => {
      const none = { count: 0, amountDue: { amount: 0, currency } };
      const body: Attention = {
        openInvoices: none,
        overdueInvoices: none,
        walletShortfall: null,
        ticketsAwaitingCustomer: 0,
        failedPayouts: 0,
        asOf: isoNow(now()),
      };
      return HttpResponse.json(body);
    },
    { method: 'GET' },
  );
}

/**
 * No payouts yet: an empty list and an all-zero summary (12 zero months in the requested
 * zone), so the two widgets agree.
 */
export function payoutsEmpty(options: { now?: () => Date; currency?: string } = {}): HttpHandler[] {
  const now = options.now ?? (() => new Date(MOCK_NOW.getTime()));
  return [
    ...emptyList('payouts'),
    ...intercept(
      'payoutSummary',
      (request) => {
        const query = readSummaryQuery(new URL(request.url));
        if (!query.ok) return errorResponse(400, query.code, query.message);
        return HttpResponse.json(
          summarizePayouts([], {
            now: now(),
            timeZone: query.timeZone,
            weekStartsOn: query.weekStartsOn,
            currency: options.currency ?? 'USD',
          }),
        );
      },
      { method: 'GET' },
    ),
  ];
}

// -------------------------------------------------------------------------------------------------
// Errors and faults
// -------------------------------------------------------------------------------------------------

/** Options of {@link failWith}. */
export interface FailOptions extends ScenarioOptions {
  /**
   * Seconds for `Retry-After`. With 429 it defaults to 1, as the contract promises the
   * header; `null` leaves it out to mimic a misbehaving server. Any other status sends it
   * only when given.
   */
  retryAfter?: number | null;
  /** Answer with a proxy's HTML page instead of a JSON error body (typical of 502/503). */
  html?: boolean;
  /** The error's `message`. */
  message?: string;
  /** The error's `fields` (meaningful with 422). */
  fields?: Record<string, string>;
}

const DEFAULT_CODES: Readonly<Record<number, string>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  422: 'validation_failed',
  429: 'rate_limited',
  500: 'internal_error',
  502: 'bad_gateway',
  503: 'service_unavailable',
  504: 'gateway_timeout',
};

/** The error code `failWith` uses when none is given. */
export function defaultErrorCode(status: number): string {
  return DEFAULT_CODES[status] ?? `http_${status}`;
}

function proxyPage(status: number): string {
  return `<!DOCTYPE html>\n<html><head><title>${status} Error</title></head><body><center><h1>${status} Error</h1></center><hr><center>nginx</center></body></html>\n`;
}

/**
 * Every request of `resource` answers `status` with a contract-shaped error body
 * (`{ error: { code, message, fields? } }`), or an HTML page with `{ html: true }`.
 *
 * @example failWith('tickets', 500, undefined, { method: 'POST' }) // only creating fails
 * @example failWith('invoices', 429, undefined, { retryAfter: 30 })
 * @example failWith('wallet', 502, undefined, { html: true })
 */
export function failWith(
  resource: MockResource,
  status: number,
  code?: string,
  options: FailOptions = {},
): HttpHandler[] {
  const headers: Record<string, string> = {};
  const retryAfter = options.retryAfter === undefined ? (status === 429 ? 1 : null) : options.retryAfter;
  if (retryAfter !== null) headers['Retry-After'] = String(retryAfter);
  return intercept(
    resource,
    () => {
      if (options.html === true) return HttpResponse.html(proxyPage(status), { status, headers });
      const error = {
        code: code ?? defaultErrorCode(status),
        message: options.message ?? `The mock server answered ${status}.`,
        ...(options.fields === undefined ? {} : { fields: options.fields }),
      };
      return HttpResponse.json({ error }, { status, headers });
    },
    options,
  );
}

/** `failWith('plan', …)`. */
export function planFail(status: number, code?: string, options?: FailOptions): HttpHandler[] {
  return failWith('plan', status, code, options);
}
/** `failWith('addOns', …)`. */
export function addOnsFail(status: number, code?: string, options?: FailOptions): HttpHandler[] {
  return failWith('addOns', status, code, options);
}
/** `failWith('tickets', …)`. */
export function ticketsFail(status: number, code?: string, options?: FailOptions): HttpHandler[] {
  return failWith('tickets', status, code, options);
}
/** `failWith('invoices', …)`. */
export function invoicesFail(status: number, code?: string, options?: FailOptions): HttpHandler[] {
  return failWith('invoices', status, code, options);
}
/** `failWith('wallet', …)`. */
export function walletFail(status: number, code?: string, options?: FailOptions): HttpHandler[] {
  return failWith('wallet', status, code, options);
}
/** `failWith('walletTransactions', …)`. */
export function walletTransactionsFail(status: number, code?: string, options?: FailOptions): HttpHandler[] {
  return failWith('walletTransactions', status, code, options);
}
/** `failWith('payouts', …)`. */
export function payoutsFail(status: number, code?: string, options?: FailOptions): HttpHandler[] {
  return failWith('payouts', status, code, options);
}
/** `failWith('payoutSummary', …)`. */
export function payoutSummaryFail(status: number, code?: string, options?: FailOptions): HttpHandler[] {
  return failWith('payoutSummary', status, code, options);
}
/** `failWith('ticketMessages', …)`: reading and replying. */
export function ticketMessagesFail(status: number, code?: string, options?: FailOptions): HttpHandler[] {
  return failWith('ticketMessages', status, code, options);
}
/** `failWith('attachments', …)`: uploading and polling. */
export function attachmentsFail(status: number, code?: string, options?: FailOptions): HttpHandler[] {
  return failWith('attachments', status, code, options);
}
/** `failWith('attention', …)`. */
export function attentionFail(status: number, code?: string, options?: FailOptions): HttpHandler[] {
  return failWith('attention', status, code, options);
}
/** `failWith('addOnCatalog', …)`. */
export function addOnCatalogFail(status: number, code?: string, options?: FailOptions): HttpHandler[] {
  return failWith('addOnCatalog', status, code, options);
}
/** `failWith('phoneNumbers', …)`. */
export function phoneNumbersFail(status: number, code?: string, options?: FailOptions): HttpHandler[] {
  return failWith('phoneNumbers', status, code, options);
}

/** 403 `forbidden`: this org has no access to the resource (faults.md 5). */
export function noAccess(resource: MockResource, options: ScenarioOptions = {}): HttpHandler[] {
  return failWith(resource, 403, 'forbidden', {
    ...options,
    message: 'This organization has no access to this resource.',
  });
}

/** The request fails at the network level (`TypeError: Failed to fetch`). */
export function networkError(resource: MockResource, options: ScenarioOptions = {}): HttpHandler[] {
  return intercept(resource, () => HttpResponse.error(), options);
}

/** 200 with JSON cut off mid-way, as from a dropped connection or a buggy proxy. */
export function malformedJson(resource: MockResource, options: ScenarioOptions = {}): HttpHandler[] {
  return intercept(
    resource,
    () =>
      new HttpResponse('{"data":[{"id":', {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      }),
    options,
  );
}

/** 200 with an HTML page, as from a captive portal or a misrouted proxy. */
export function htmlBody(resource: MockResource, options: ScenarioOptions = {}): HttpHandler[] {
  return intercept(
    resource,
    () =>
      HttpResponse.html(
        '<!DOCTYPE html><html><head><title>Sign in</title></head><body><h1>Please sign in to the network</h1><script>window.hijacked = true</script></body></html>',
      ),
    options,
  );
}

/** The request is never answered (until the client aborts it). */
export function neverAnswers(resource: MockResource, options: ScenarioOptions = {}): HttpHandler[] {
  return intercept(
    resource,
    async () => {
      await delay('infinite');
      return HttpResponse.error(); // unreachable: `delay('infinite')` never settles
    },
    options,
  );
}

/**
 * Delays every API request by `ms`, then lets the next handler answer (a resolver that
 * returns nothing falls through in MSW 2). Prepend it before other scenarios to delay
 * those too.
 */
export function withLatency(ms: number): HttpHandler[] {
  return [
    http.all(`${API_PREFIX}/*`, async () => {
      await delay(ms);
      return undefined;
    }),
  ];
}

/**
 * The first API request (of any resource) gets 401 `unauthorized`; every later one falls
 * through. Drives "ask getAccessToken() again once and replay once" (faults.md 4).
 */
export function unauthorizedOnce(): HttpHandler[] {
  let used = false;
  return [
    http.all(`${API_PREFIX}/*`, () => {
      if (used) return undefined;
      used = true;
      return errorResponse(401, 'unauthorized', 'The access token has expired.');
    }),
  ];
}

/** Every API request gets 401: the token is never accepted, so the client must give up. */
export function unauthorized(): HttpHandler[] {
  return [
    http.all(`${API_PREFIX}/*`, () => errorResponse(401, 'unauthorized', 'The access token has expired.')),
  ];
}

// -------------------------------------------------------------------------------------------------
// Contract breaks
// -------------------------------------------------------------------------------------------------

/** Ways a 200 body can break the contract (faults.md 8). */
export type ContractBreakKind =
  | 'floatAmount'
  | 'stringAmount'
  | 'missingCurrency'
  | 'unknownStatus'
  | 'badDate';

/**
 * The breaks that make sense per resource (tickets carry no money; wallets no status; a
 * message's "status" is its author's kind, an attachment's its scan status, a product's its
 * kind; available numbers carry none of these).
 */
export interface ContractBreakKinds {
  /** Every break; the body is a direct Revampd plan, the only plan form with money and a date. */
  plan: ContractBreakKind;
  /** Every break, in the first add-on's unit price, status or creation date. */
  addOns: ContractBreakKind;
  /** Money and status breaks in the first product (its `kind` is the status); products carry no date. */
  addOnCatalog: Exclude<ContractBreakKind, 'badDate'>;
  /** None: available numbers carry no money, status or date. */
  phoneNumbers: never;
  /** Status and date breaks in the first ticket; tickets carry no money. */
  tickets: 'unknownStatus' | 'badDate';
  /** An unknown author kind or a bad date in the first message; messages carry no money. */
  ticketMessages: 'unknownStatus' | 'badDate';
  /** An unknown scan status or a bad date; attachments carry no money. */
  attachments: 'unknownStatus' | 'badDate';
  /** Every break, in the first invoice's total, status or issue date. */
  invoices: ContractBreakKind;
  /** Money and date breaks in the balance and `updatedAt`; a wallet has no status. */
  wallet: Exclude<ContractBreakKind, 'unknownStatus'>;
  /** Every break in the first entry; its `kind` stands in for a status. */
  walletTransactions: ContractBreakKind;
  /** Every break, in the first payout's amount, status or creation date. */
  payouts: ContractBreakKind;
  /** Money and date breaks in `ytd` and `asOf`; a summary has no status. */
  payoutSummary: Exclude<ContractBreakKind, 'unknownStatus'>;
  /** Money and date breaks in the open invoices' amount due and `asOf`; no status. */
  attention: Exclude<ContractBreakKind, 'unknownStatus'>;
}

/** Keys and indexes from the root of a JSON body to one value, as `parseContract` reports issue paths. */
export type JsonPath = readonly (string | number)[];

// Where each break lands: the first row of a list, or the object itself.
const MONEY_PATHS: Partial<Record<MockResource, JsonPath>> = {
  plan: ['plan', 'price'],
  addOns: ['data', 0, 'unitPrice'],
  invoices: ['data', 0, 'total'],
  wallet: ['balance'],
  walletTransactions: ['data', 0, 'amount'],
  payouts: ['data', 0, 'amount'],
  payoutSummary: ['ytd'],
  addOnCatalog: ['data', 0, 'unitPrice'],
  attention: ['openInvoices', 'amountDue'],
};
const STATUS_PATHS: Partial<Record<MockResource, JsonPath>> = {
  plan: ['plan', 'status'],
  addOns: ['data', 0, 'status'],
  tickets: ['data', 0, 'status'],
  invoices: ['data', 0, 'status'],
  walletTransactions: ['data', 0, 'kind'],
  payouts: ['data', 0, 'status'],
  addOnCatalog: ['data', 0, 'kind'],
  ticketMessages: ['data', 0, 'author', 'kind'],
  attachments: ['scanStatus'],
};
const DATE_PATHS: Partial<Record<MockResource, JsonPath>> = {
  plan: ['plan', 'renewsAt'],
  addOns: ['data', 0, 'createdAt'],
  tickets: ['data', 0, 'createdAt'],
  invoices: ['data', 0, 'issuedAt'],
  wallet: ['updatedAt'],
  walletTransactions: ['data', 0, 'createdAt'],
  payouts: ['data', 0, 'createdAt'],
  payoutSummary: ['asOf'],
  ticketMessages: ['data', 0, 'createdAt'],
  attachments: ['createdAt'],
  attention: ['asOf'],
};

/** Where in a resource's body `contractBreak(resource, kind)` puts the break. */
export function contractBreakPath(resource: MockResource, kind: ContractBreakKind): JsonPath {
  switch (kind) {
    case 'floatAmount':
    case 'stringAmount':
      return [...(MONEY_PATHS[resource] ?? []), 'amount'];
    case 'missingCurrency':
      return [...(MONEY_PATHS[resource] ?? []), 'currency'];
    case 'unknownStatus':
      return STATUS_PATHS[resource] ?? [];
    case 'badDate':
      return DATE_PATHS[resource] ?? [];
  }
}

/** Replaces (or with `undefined`, deletes) the value at `path` inside plain JSON. */
function editJson(root: unknown, path: JsonPath, value: unknown): void {
  let node: unknown = root;
  for (const step of path.slice(0, -1)) {
    if (Array.isArray(node)) {
      const items: readonly unknown[] = node;
      node = items[Number(step)];
    } else {
      node = isRecord(node) ? node[String(step)] : undefined;
    }
  }
  const last = path[path.length - 1];
  if (!isRecord(node) || last === undefined) return;
  if (value === undefined) delete node[String(last)];
  else node[String(last)] = value;
}

/** A direct Revampd plan: the only plan form with money, a status and a date to break. */
const SAMPLE_DIRECT_PLAN_DETAILS: DirectPlan = {
  name: 'Pro',
  status: 'active',
  price: { amount: 4900, currency: 'USD' },
  interval: 'month',
  renewsAt: '2026-12-01T00:00:00Z',
};
const SAMPLE_DIRECT_PLAN: Plan = { managedBy: 'revampd', plan: SAMPLE_DIRECT_PLAN_DETAILS };

function validBody(db: MockDb, resource: MockResource, params: ScopeParams): JsonBodyType {
  const scope = db.scope(params.orgId, params.connectionId);
  const page = <T>(items: readonly T[]) => ({ data: items.slice(0, 3), nextCursor: null });
  switch (resource) {
    case 'plan':
      return SAMPLE_DIRECT_PLAN;
    case 'addOns':
      return page(scope.addOns.map(addOnView));
    case 'addOnCatalog':
      return { data: scope.catalog };
    case 'phoneNumbers':
      return { data: [] };
    case 'tickets':
      return page(scope.tickets.map((ticket) => ticketView(scope, ticket)));
    case 'ticketMessages': {
      // The requested ticket's conversation, or any conversation when it has none.
      const own = scope.messages[params['ticketId'] ?? ''] ?? [];
      const messages =
        own.length > 0 ? own : (Object.values(scope.messages).find((list) => list.length > 0) ?? []);
      return page(messages.map((message) => messageView(db, scope, message)));
    }
    case 'attachments': {
      const attachment =
        scope.attachments.find((candidate) => candidate.id === params['attachmentId']) ??
        scope.attachments[0];
      return attachment === undefined ? {} : attachmentView(db, attachment);
    }
    case 'invoices':
      return page(scope.invoices);
    case 'wallet':
      return scope.wallet;
    case 'walletTransactions':
      return page(ledgerView(scope));
    case 'payouts':
      return page(scope.payouts.map(payoutView));
    case 'payoutSummary':
      return summarizePayouts(scope.payouts, {
        now: db.now(),
        timeZone: 'UTC',
        weekStartsOn: 1,
        currency: scope.wallet.balance.currency,
      });
    case 'attention':
      return attentionOf(scope, db.now());
  }
}

const BREAK_VALUES: Record<ContractBreakKind, unknown> = {
  floatAmount: 1999.5,
  stringAmount: '1999',
  missingCurrency: undefined,
  unknownStatus: 'suspended',
  // Matches nothing a date parser accepts: never "Invalid Date" on screen.
  badDate: '2026-13-45T25:61:00Z',
};

/**
 * A 200 whose body is valid except for one field: a float or string amount, a missing
 * currency, an unknown status (for wallet transactions: `kind`) or an unparseable date,
 * in the first row of a list or in the object itself. `plan` answers a direct Revampd plan,
 * the only plan form with money and a status. Rows come from a private default db for the
 * requested scope, so a real response is otherwise mimicked exactly.
 */
export function contractBreak<R extends MockResource>(
  resource: R,
  kind: ContractBreakKinds[R],
  options: Omit<ScenarioOptions, 'method'> = {},
): HttpHandler[] {
  // Built on first use: most test files never need the sample rows.
  let sampleDb: MockDb | undefined;
  let remaining = options.times ?? Infinity;
  // The first path of every resource is its GET; mutations are not "read" breaks.
  const readPath = RESOURCE_PATHS[resource][0] ?? '/';
  return [
    http.get<ScopeParams>(apiPath(readPath), ({ params }) => {
      if (remaining <= 0) return undefined;
      remaining -= 1;
      sampleDb ??= createMockDb();
      const body = structuredClone(validBody(sampleDb, resource, params));
      editJson(body, contractBreakPath(resource, kind), BREAK_VALUES[kind]);
      return HttpResponse.json(body);
    }),
  ];
}

// -------------------------------------------------------------------------------------------------
// Data edits
// -------------------------------------------------------------------------------------------------

/** Which scopes a data edit applies to; unset fields match everything. */
export interface ScopeFilter {
  /** Only scopes of this org. @default every org */
  orgId?: string;
  /** Only scopes of this connection. @default every connection */
  connectionId?: string;
}

/**
 * Applies `edit` to each matching scope of `db` once, the first time a request reaches
 * this handler, then falls through so the db's handlers answer from the edited data.
 * After `db.reset()` the fresh scopes are edited again.
 */
export function editScope(
  db: MockDb,
  edit: (scope: MockScope) => void,
  where: ScopeFilter = {},
): HttpHandler[] {
  const edited = new WeakSet<MockScope>();
  return [
    http.all<ScopeParams>(`${API_PREFIX}/*`, ({ params }) => {
      if (where.orgId !== undefined && params.orgId !== where.orgId) return undefined;
      if (where.connectionId !== undefined && params.connectionId !== where.connectionId) return undefined;
      const scope = db.scope(params.orgId, params.connectionId);
      if (!edited.has(scope)) {
        edited.add(scope);
        edit(scope);
      }
      return undefined;
    }),
  ];
}

/**
 * Adds an open, Partner-issued invoice as the newest invoice of `scope` (faults.md 13).
 * Returns it; its id is `inv_<tag>_partner`.
 */
export function addPartnerInvoice(scope: MockScope): Invoice {
  const id = `inv_${scope.tag}_partner`;
  const issued = scope.seededAt - 2 * 3_600_000;
  const invoice: Invoice = {
    id,
    number: 'ACME-2026-0042',
    issuedAt: new Date(issued).toISOString().replace('.000Z', 'Z'),
    dueAt: new Date(issued + 14 * 86_400_000).toISOString().replace('.000Z', 'Z'),
    status: 'open',
    type: 'other',
    description: 'Acme Agency — marketing retainer',
    total: { amount: 45_000, currency: 'USD' },
    amountDue: { amount: 45_000, currency: 'USD' },
    issuer: 'partner',
    pdfUrl: `https://files.revampd.example/invoices/${id}.pdf`,
  };
  scope.invoices = [invoice, ...scope.invoices.filter((existing) => existing.id !== id)];
  return invoice;
}

/** A Partner-issued open invoice appears on the `revampd` connection of every org. */
export function partnerInvoice(db: MockDb): HttpHandler[] {
  return editScope(db, (scope) => addPartnerInvoice(scope), { connectionId: 'revampd' });
}

/** 10,000 payouts and 1,000 tickets (or `sizes`) in every scope. */
export function large(db: MockDb, sizes?: LargeSeed): HttpHandler[] {
  return editScope(db, (scope) => seedLarge(scope, sizes));
}

/** The wallet balance is 0 (through an adjustment, so the history still adds up). */
export function insufficientFunds(db: MockDb): HttpHandler[] {
  return editScope(db, (scope) => setWalletBalance(scope, 0));
}

/** Every scope's plan is a direct Revampd plan instead of a Partner-managed one. */
export function directPlan(db: MockDb, plan: Partial<DirectPlan> = {}): HttpHandler[] {
  return editScope(db, (scope) => {
    scope.plan = { managedBy: 'revampd', plan: { ...SAMPLE_DIRECT_PLAN_DETAILS, ...plan } };
  });
}

/** Strings that must render as inert text (faults.md 23). */
export const HOSTILE_STRINGS = {
  imgOnerror: '<img src=x onerror=alert(1)>',
  script: '<script>alert(1)</script>',
  /** U+202E RIGHT-TO-LEFT OVERRIDE: renders as "Invoice exe.pdf" if not isolated. */
  rtlOverride: 'Invoice \u202Efdp.exe',
  /** 500 characters with no break opportunity. */
  unbroken: 'W'.repeat(500),
} as const;

const HOSTILE_LIST = [
  HOSTILE_STRINGS.imgOnerror,
  HOSTILE_STRINGS.script,
  HOSTILE_STRINGS.rtlOverride,
  HOSTILE_STRINGS.unbroken,
] as const;

/** File names that must render as inert text, cut with an ellipsis (faults.md 29). */
export const HOSTILE_FILE_NAMES = {
  html: '<img src=x onerror=alert(1)>.png',
  /** 255 characters with no break opportunity: the longest name the server keeps. */
  long: `${'N'.repeat(251)}.pdf`,
  /** What a path would leave after the server keeps the last segment. */
  dotted: '..%2F..%2Fetc%2Fpasswd.txt',
} as const;

/** `downloadUrl`s no link may be rendered for (faults.md 29), as for PDFs. */
export const UNSAFE_DOWNLOAD_URLS = [
  'javascript:alert(1)',
  'http://insecure.test/file.png',
  '//evil.test/file.png',
] as const;

/**
 * Adds four tickets, four add-ons and four invoices (newest) whose titles, descriptions
 * and names are the {@link HOSTILE_STRINGS}; the newest hostile ticket gets a conversation
 * of hostile bodies and author names, with files named {@link HOSTILE_FILE_NAMES} (one
 * infected, one still pending) and clean files served with {@link UNSAFE_DOWNLOAD_URLS};
 * and a failed payout gives a hostile `failureReason`.
 */
export function seedHostileContent(scope: MockScope): void {
  const at = (minutesAgo: number): string =>
    new Date(scope.seededAt - minutesAgo * 60_000).toISOString().replace('.000Z', 'Z');
  const nextNumber = scope.tickets.reduce((max, ticket) => Math.max(max, ticket.number), 0) + 1;
  const tickets = HOSTILE_LIST.map(
    (text, index): Ticket => ({
      id: mintId(scope, 'tkt'),
      number: nextNumber + (HOSTILE_LIST.length - 1 - index),
      title: text,
      description: `${text}\n${HOSTILE_LIST[(index + 1) % HOSTILE_LIST.length] ?? ''}`,
      status: 'open',
      priority: 'high',
      assignee: index % 2 === 0 ? null : { id: 'usr_hostile', name: text },
      createdAt: at(10 + index),
      updatedAt: at(10 + index),
      messageCount: 0,
      lastMessageAt: null,
      lastMessageBy: null,
      awaitingCustomer: false,
    }),
  );
  scope.tickets = [...tickets, ...scope.tickets];

  const [conversation] = tickets;
  if (conversation !== undefined) {
    const files = [
      addAttachment(scope, {
        name: HOSTILE_FILE_NAMES.html,
        contentType: 'image/png',
        size: 2048,
        createdAt: at(9),
      }),
      addAttachment(scope, {
        name: HOSTILE_FILE_NAMES.long,
        contentType: 'application/pdf',
        size: 4096,
        createdAt: at(9),
      }),
      addAttachment(scope, {
        name: HOSTILE_FILE_NAMES.dotted,
        contentType: 'text/plain',
        size: 64,
        createdAt: at(9),
        verdict: 'infected',
      }),
      // Never scanned: stays pending whatever the clock says.
      addAttachment(scope, {
        name: HOSTILE_STRINGS.script,
        contentType: 'text/plain',
        size: 12,
        createdAt: at(9),
        scannedAt: Number.MAX_SAFE_INTEGER,
      }),
      ...UNSAFE_DOWNLOAD_URLS.map((url, index) =>
        addAttachment(scope, {
          name: `unsafe-link-${index + 1}.png`,
          contentType: 'image/png',
          size: 100,
          url,
          createdAt: at(9),
        }),
      ),
    ];
    HOSTILE_LIST.forEach((text, index) => {
      const team = index % 2 === 1;
      addTicketMessage(scope, conversation.id, {
        author: team
          ? { kind: 'team', name: text }
          : { kind: 'customer', name: HOSTILE_LIST[(index + 1) % 4] ?? text },
        body: `${text}\n${HOSTILE_STRINGS.unbroken}`,
        createdAt: at(8 - index),
        attachmentIds:
          index === 0
            ? files.slice(0, 4).map((file) => file.id)
            : index === 2
              ? files.slice(4).map((file) => file.id)
              : [],
      });
    });
    syncTicketActivity(scope, conversation.id);
  }

  scope.addOns = [
    ...HOSTILE_LIST.map(
      (text, index): AddOn => ({
        id: mintId(scope, 'add'),
        kind: 'other',
        name: text,
        detail: HOSTILE_LIST[(index + 1) % HOSTILE_LIST.length] ?? null,
        status: 'active',
        quantity: 1,
        unitPrice: { amount: 100, currency: 'USD' },
        interval: 'month',
        createdAt: at(10 + index),
        cancelledAt: null,
        cancellable: true,
      }),
    ),
    ...scope.addOns,
  ];
  scope.invoices = [
    ...HOSTILE_LIST.map((text, index): Invoice => {
      const id = mintId(scope, 'inv');
      return {
        id,
        number: index === 2 ? text : `HOSTILE-${index + 1}`,
        issuedAt: at(10 + index),
        dueAt: at(10 + index - 14 * 24 * 60),
        status: 'open',
        type: 'other',
        description: text,
        total: { amount: 100, currency: 'USD' },
        amountDue: { amount: 100, currency: 'USD' },
        issuer: 'revampd',
        pdfUrl: `https://files.revampd.example/invoices/${id}.pdf`,
      };
    }),
    ...scope.invoices,
  ];
  // A failed payout moves no money, so the wallet stays as it was.
  scope.payouts = [
    {
      id: mintId(scope, 'po'),
      createdAt: at(10),
      paidAt: null,
      status: 'failed',
      amount: { amount: 1000, currency: 'USD' },
      walletTransactionId: null,
      failureReason: `${HOSTILE_STRINGS.imgOnerror} ${HOSTILE_STRINGS.rtlOverride} ${HOSTILE_STRINGS.unbroken}`,
    },
    ...scope.payouts,
  ];
}

/** Hostile text in tickets, conversations, files, add-ons, invoices and payouts of every scope. */
export function hostileContent(db: MockDb): HttpHandler[] {
  return editScope(db, seedHostileContent);
}

/** `pdfUrl`s no link may be rendered for (faults.md 24). */
export const UNSAFE_PDF_URLS = [
  'javascript:alert(1)',
  'data:text/html,x',
  '//evil.test/x.pdf',
  'http://insecure.test/x.pdf',
] as const;

/** Gives the four newest invoices of `scope` the {@link UNSAFE_PDF_URLS}. */
export function seedUnsafePdfUrls(scope: MockScope): void {
  scope.invoices = scope.invoices.map((invoice, index) => {
    const pdfUrl = UNSAFE_PDF_URLS[index];
    return pdfUrl === undefined ? invoice : { ...invoice, pdfUrl };
  });
}

/** Unsafe `pdfUrl`s on the newest invoices of every scope. */
export function unsafePdfUrls(db: MockDb): HttpHandler[] {
  return editScope(db, seedUnsafePdfUrls);
}

/**
 * Every scope's payouts become `payouts` (the wallet's payout credits follow; see
 * `setPayouts`), e.g. for summary edge cases in stories.
 */
export function withPayouts(db: MockDb, payouts: readonly PayoutInput[]): HttpHandler[] {
  return editScope(db, (scope) => setPayouts(scope, payouts));
}

// -------------------------------------------------------------------------------------------------
// Lost responses (faults.md 37)
// -------------------------------------------------------------------------------------------------

/** The mutations {@link lostResponse} can lose the answer of, by endpoint function name. */
export type MutationRoute =
  | 'createTicket'
  | 'updateTicketStatus'
  | 'replyToTicket'
  | 'uploadAttachment'
  | 'payInvoiceWithWallet'
  | 'cancelAddOn'
  | 'purchaseAddOn';

const MUTATION_ROUTES: Readonly<Record<MutationRoute, { method: 'POST' | 'PATCH'; path: string }>> = {
  createTicket: { method: 'POST', path: '/tickets' },
  updateTicketStatus: { method: 'PATCH', path: '/tickets/:ticketId' },
  replyToTicket: { method: 'POST', path: '/tickets/:ticketId/messages' },
  uploadAttachment: { method: 'POST', path: '/attachments' },
  payInvoiceWithWallet: { method: 'POST', path: '/invoices/:invoiceId/pay-with-wallet' },
  cancelAddOn: { method: 'POST', path: '/add-ons/:addOnId/cancel' },
  purchaseAddOn: { method: 'POST', path: '/add-ons' },
};

/** Marks the inner request of `lostResponse`, so the scenario lets it through once. */
const PASS_THROUGH_HEADER = 'X-Revampd-Mock-Pass-Through';

/**
 * The server commits the mutation and its response is lost: the request goes through the
 * handlers after this scenario (so the db applies it and stores the finished result under
 * its Idempotency-Key, exactly as without the scenario), then the client sees a network
 * error. A retry with the same key gets the stored result, so one ticket, message, charge,
 * cancel or purchase. Works with any db: the inner request is sent through `fetch`, which
 * MSW intercepts like any other.
 *
 * @param times how many requests lose their response, then the rest pass. @default 1
 * @example server.use(...lostResponse('replyToTicket'))
 */
export function lostResponse(
  route: MutationRoute,
  options: Omit<ScenarioOptions, 'method'> = {},
): HttpHandler[] {
  const { method, path } = MUTATION_ROUTES[route];
  let remaining = options.times ?? 1;
  return [
    http.all(apiPath(path), async ({ request }) => {
      if (request.method !== method || request.headers.has(PASS_THROUGH_HEADER) || remaining <= 0) {
        return undefined;
      }
      remaining -= 1;
      const headers = new Headers(request.headers);
      headers.set(PASS_THROUGH_HEADER, '1');
      const body = await request.clone().arrayBuffer();
      const committed = await fetch(new Request(request.url, { method, headers, body }));
      await committed.arrayBuffer();
      return HttpResponse.error();
    }),
  ];
}

// -------------------------------------------------------------------------------------------------
// Buying (faults.md 41–43)
// -------------------------------------------------------------------------------------------------

/**
 * Someone else takes the chosen number between the search and the purchase: the first
 * `POST /add-ons` for a phone number in each scope (or `times` of them) marks that number
 * taken just before the db handles it, so the purchase is `409 number_unavailable` with
 * nothing charged, and no later search offers the number.
 */
export function numberTakenOnPurchase(
  db: MockDb,
  options: Omit<ScenarioOptions, 'method'> = {},
): HttpHandler[] {
  const counts = new WeakMap<MockScope, number>();
  return [
    http.post<ScopeParams>(apiPath('/add-ons'), async ({ request, params }) => {
      const scope = db.scope(params.orgId, params.connectionId);
      const used = counts.get(scope) ?? 0;
      if (used >= (options.times ?? 1)) return undefined;
      let body: unknown;
      try {
        body = await request.clone().json();
      } catch {
        return undefined;
      }
      const phoneNumber = isRecord(body) ? body['phoneNumber'] : undefined;
      if (typeof phoneNumber !== 'string') return undefined;
      counts.set(scope, used + 1);
      db.takenPhoneNumbers.add(phoneNumber);
      return undefined;
    }),
  ];
}

/** Options of {@link priceChanged}. */
export interface PriceChangeOptions {
  /** Percent added to each price (rounded to a whole minor unit). @default 20 */
  percent?: number;
  /** Only this product's price changes. @default every product */
  productId?: string;
}

/**
 * The price changes between the review and "Buy": the first `POST /add-ons` in each scope
 * raises the catalog's prices just before the db handles it, so that purchase is
 * `409 price_changed` (nothing charged), `GET /add-ons/catalog` shows the new prices, and a
 * purchase confirmed at the new total goes through.
 */
export function priceChanged(db: MockDb, options: PriceChangeOptions = {}): HttpHandler[] {
  const changed = new WeakSet<MockScope>();
  const factor = 1 + (options.percent ?? 20) / 100;
  return [
    http.post<ScopeParams>(apiPath('/add-ons'), ({ params }) => {
      const scope = db.scope(params.orgId, params.connectionId);
      if (changed.has(scope)) return undefined;
      changed.add(scope);
      scope.catalog = scope.catalog.map((product) =>
        options.productId !== undefined && product.id !== options.productId
          ? product
          : {
              ...product,
              unitPrice: { ...product.unitPrice, amount: Math.round(product.unitPrice.amount * factor) },
            },
      );
      return undefined;
    }),
  ];
}
