/**
 * The mocks' in-memory "backend": a seeded, deterministic, stateful store of everything
 * the Revampd connection API serves, one lazily seeded state per org + connection.
 *
 * Determinism matters more than realism here: stories, screenshots and tests must see the
 * same rows on every run, so every value comes from a small PRNG seeded by the db's `seed`
 * and a hash of the scope, and the clock is injected (`MOCK_NOW` by default). What the server
 * does on its own over time (virus scans, number provisioning) runs on a second injectable
 * clock (`delayClock`), so a test decides exactly when a scan or a number finishes.
 *
 * Fields api.md has the server compute (a ticket's conversation fields, `cancellable`,
 * `balanceAfter`) are kept in step by the helpers below and derived again when served
 * (handlers/views.ts), so rows a test writes by hand are still served on contract.
 */
import type { JsonBodyType } from 'msw';
import type {
  AddOn,
  Invoice,
  InvoiceStatus,
  InvoiceType,
  Message,
  Payout,
  Plan,
  Product,
  Ticket,
  TicketPriority,
  TicketStatus,
  Wallet,
  WalletTransaction,
} from '../src/api/schemas';
import { CATALOG } from './catalog';
import { customerNameOf, seedConversations } from './conversations';
import {
  DAY,
  HOUR,
  MINUTE,
  hash,
  integer,
  iso,
  monthName,
  newestFirst,
  pad,
  pick,
  randomFor,
  usd,
} from './random';

// -------------------------------------------------------------------------------------------------
// Public types
// -------------------------------------------------------------------------------------------------

/**
 * The instant the default mock clock is frozen at, so relative dates ("3 days ago"), period
 * totals and overdue badges never drift between runs. Treat as read-only.
 */
export const MOCK_NOW: Date = new Date('2026-11-25T15:00:00Z');

const MOCK_NOW_MS = MOCK_NOW.getTime();

/** Options of {@link createMockDb}. */
export interface MockDbOptions {
  /**
   * The mock server's clock: anchors the seeded history and stamps every mutation.
   * Stories that want "today" pass `() => new Date()`.
   * @default () => MOCK_NOW
   */
  now?: () => Date;
  /**
   * Mixed with each scope's hash to seed its data; change it to get a different but still
   * deterministic world.
   * @default 1
   */
  seed?: number;
  /**
   * How long the server's background work takes, in ms of `delayClock`: an upload's virus
   * scan (`pending` → `clean`/`infected`) and a bought number's provisioning (`pending` →
   * `active`). 0 makes it instant.
   * @default { scanMs: 2000, provisionMs: 5000 }
   */
  delays?: Partial<MockDelays>;
  /**
   * The clock `delays` run on, in ms. Real time by default, so a frozen `now` (the default
   * clock) still sees a scan finish; tests pass a clock they move by hand.
   * @default Date.now
   */
  delayClock?: () => number;
}

/** See {@link MockDbOptions.delays}. */
export interface MockDelays {
  /** How long an upload's virus scan stays `pending` before its verdict, in ms of the delay clock. */
  scanMs: number;
  /** How long a bought add-on stays `pending` before it turns `active`, in ms of the delay clock. */
  provisionMs: number;
}

/** A ticket message as the mock stores it: attachments by id, resolved when served. */
export interface MockMessage extends Omit<Message, 'attachments'> {
  /** Ids of the scope's {@link MockAttachment}s sent with this message, in upload order. */
  attachmentIds: string[];
}

/**
 * An uploaded (or seeded) file as the mock stores it. `scanStatus` and `downloadUrl` are
 * derived when it is served: `pending` until `scannedAt` on the db's delay clock, then
 * `verdict`; the `url` only while clean.
 */
export interface MockAttachment {
  /** The attachment's id, unique across scopes (it carries the scope's `tag`). */
  id: string;
  /** Already sanitised (last path segment, no control or bidi characters, ≤ 255). */
  name: string;
  /** Size in bytes. */
  size: number;
  /** The MIME type the upload declared, e.g. `image/png`. */
  contentType: string;
  /** When it was uploaded (ISO 8601, UTC). */
  createdAt: string;
  /** What the virus scan ends with once `scannedAt` has passed; until then it is served as `pending`. */
  verdict: 'clean' | 'infected';
  /** When the scan is done, in ms of the db's delay clock (0: long ago). */
  scannedAt: number;
  /** The link served once clean (hostile seeds carry unsafe ones on purpose). */
  url: string;
  /** The ticket it was attached to; `null` while unused (deleted after 24 h). */
  ticketId: string | null;
  /** The message it was attached to; `null` for a ticket's own file or while unused. */
  messageId: string | null;
}

/**
 * Everything one org + connection sees. Arrays are kept newest first, the order every list
 * endpoint returns. Mutable on purpose: tests and scenarios edit it in place.
 */
export interface MockScope {
  /** The org this scope belongs to, as in the request path. */
  readonly orgId: string;
  /** The connection this scope belongs to, as in the request path. */
  readonly connectionId: string;
  /** Short scope-derived tag inside every id, so ids never collide across scopes. */
  readonly tag: string;
  /** The PRNG seed of this scope (db seed mixed with the scope hash). */
  readonly seed: number;
  /** The clock reading the history was generated around (epoch ms). */
  readonly seededAt: number;
  /** The connection's plan, served by `GET /plan`. */
  plan: Plan;
  /** Add-ons bought for the connection, newest first. */
  addOns: AddOn[];
  /** Support tickets, newest first; their messages live in `messages`. */
  tickets: Ticket[];
  /** Invoices, newest first. */
  invoices: Invoice[];
  /**
   * The wallet; its balance is the sum of `walletTransactions` (call {@link syncWalletBalance}
   * after a direct edit).
   */
  wallet: Wallet;
  /** Wallet ledger entries, newest first. */
  walletTransactions: WalletTransaction[];
  /** Payouts, newest first; the payout summary is computed from them. */
  payouts: Payout[];
  /** Each ticket's messages by ticket id, oldest first. */
  messages: Record<string, MockMessage[]>;
  /** Every file of this scope: seeded, uploaded, used or not. */
  attachments: MockAttachment[];
  /** What this scope can buy (`priceChanged` edits it). */
  catalog: Product[];
  /** Add-ons being provisioned: id → ms of the delay clock when they become `active`. */
  provisioning: Record<string, number>;
  /** Who writes this Sub-Org's replies (the `customer` author's name). */
  customerName: string;
  /** Counter for ids minted after seeding (new tickets, payments, adjustments). */
  sequence: number;
}

/** A finished mutation result kept for `Idempotency-Key` replays. */
export interface StoredResult {
  /** Method, path and canonical body of the request that produced it. */
  fingerprint: string;
  /** The HTTP status that was answered, repeated on every replay. */
  status: number;
  /** A deep copy, so later edits to live rows never change a replay. */
  body: JsonBodyType;
}

/** Results of mutations by idempotency key (already namespaced by the caller). */
export interface IdempotencyStore {
  /** The stored result for `key`, or `undefined` if no finished request used it. */
  get(key: string): StoredResult | undefined;
  /** Keeps `result` for `key`, replacing any earlier one. */
  set(key: string, result: StoredResult): void;
  /** Forgets every stored result, so old keys act again. */
  clear(): void;
  /** How many results are stored, e.g. to check that a retry reused its key. */
  readonly size: number;
}

/** The store behind the mock handlers. Create one per test file or story for isolation. */
export interface MockDb {
  /** The mock server's clock. */
  readonly now: () => Date;
  /** The seed given to {@link createMockDb} (default 1), mixed into every scope's seed. */
  readonly seed: number;
  /** How long scans and provisioning take, on {@link MockDb.delayClock}. */
  readonly delays: Readonly<MockDelays>;
  /** The clock of `delays`, in ms. */
  readonly delayClock: () => number;
  /**
   * Phone numbers (E.164) taken outside any scope's seed: bought through the API, or by
   * "someone else" (`numberTakenOnPurchase`). Numbers are shared: taken for every scope.
   */
  readonly takenPhoneNumbers: Set<string>;
  /** The state of `orgId` + `connectionId`, seeded on first use. */
  scope(orgId: string, connectionId: string): MockScope;
  /** The scopes seeded so far. */
  scopes(): MockScope[];
  /** Forgets every scope, stored idempotent result and taken number; the next access reseeds. */
  reset(): void;
  /**
   * Finished mutation results by `Idempotency-Key`, namespaced per org + connection; cleared by
   * `reset()`.
   */
  readonly idempotency: IdempotencyStore;
}

// -------------------------------------------------------------------------------------------------
// Small helpers
// -------------------------------------------------------------------------------------------------

/** A fresh id for a row created after seeding. */
export function mintId(scope: MockScope, prefix: string): string {
  scope.sequence += 1;
  return `${prefix}_${scope.tag}_n${pad(scope.sequence, 4)}`;
}

// -------------------------------------------------------------------------------------------------
// Reference data
// -------------------------------------------------------------------------------------------------

type TeamMember = NonNullable<Ticket['assignee']>;

/** Revampd support staff who pick up tickets. */
const TEAM: readonly [TeamMember, ...TeamMember[]] = [
  { id: 'usr_maya_okafor', name: 'Maya Okafor' },
  { id: 'usr_daniel_reyes', name: 'Daniel Reyes' },
  { id: 'usr_priya_natarajan', name: 'Priya Natarajan' },
  { id: 'usr_tomas_herrera', name: 'Tomás Herrera' },
  { id: 'usr_hannah_kowalski', name: 'Hannah Kowalski' },
];

/** 555-01xx numbers are reserved for fiction, so seeded numbers can never ring anyone. */
const AREA_CODES = ['415', '212', '312', '646', '206', '512', '617'] as const satisfies readonly [
  string,
  ...string[],
];

const PARTNER_NAMES = [
  'Northwind Digital',
  'Bluebird Marketing',
  'Summit Growth Partners',
] as const satisfies readonly [string, ...string[]];

interface TicketTemplate {
  title: string;
  description: string;
}

// `{phone}` and `{month}` are filled per ticket so two orgs' lists read differently.
const TICKET_TEMPLATES: readonly [TicketTemplate, ...TicketTemplate[]] = [
  {
    title: 'Calls to {phone} go straight to voicemail',
    description:
      'Since this morning every inbound call to {phone} goes to voicemail without ringing any desk. Our opening hours are set correctly. Could you check the routing?',
  },
  {
    title: 'Port {phone} from our previous carrier',
    description:
      'We would like to move {phone} to Revampd. The letter of authorisation is signed; let us know what else you need and the expected porting date.',
  },
  {
    title: 'Invoice for {month} shows the wrong amount',
    description:
      'The {month} invoice charges for four phone numbers but we only have three active. Please correct it or issue a credit note.',
  },
  {
    title: 'Call recordings missing since {month}',
    description:
      'Recordings for calls after the start of {month} are not in the dashboard. Older ones are still there. We need them for quality reviews.',
  },
  {
    title: 'Caller ID shows the agency name instead of ours',
    description:
      'Outbound calls from {phone} display "Acme Agency" to customers. It should show our business name.',
  },
  {
    title: 'SMS delivery delays to UK numbers',
    description:
      'Text messages to +44 numbers arrive 10–20 minutes late. US numbers are fine. This started around {month}.',
  },
  {
    title: 'IVR option 3 plays the wrong message',
    description: 'Pressing 3 in the main menu plays the holiday greeting instead of connecting to billing.',
  },
  {
    title: 'Missed-call webhook stopped firing',
    description:
      'Our CRM has not received a missed-call event since {month}. The endpoint is up and returns 200 to manual tests.',
  },
  {
    title: 'Call credits not applied after purchase',
    description:
      'We bought 1,000 minutes of call credits yesterday; the balance in the dashboard did not change.',
  },
  {
    title: 'Dropped calls during peak hours',
    description: 'Between 11:00 and 13:00 roughly one call in ten on {phone} drops after about a minute.',
  },
  {
    title: 'Business-hours routing for public holidays',
    description: 'Can we set holiday closures in advance so {phone} plays the closed message on those days?',
  },
  {
    title: 'Voicemail transcripts come out in Spanish',
    description: 'Transcriptions for {phone} are produced in Spanish although callers speak English.',
  },
  {
    title: 'Porting request stuck in pending',
    description: 'The porting request for {phone} has shown "pending" for two weeks. Any update?',
  },
  {
    title: 'Wallet balance did not update after a payout',
    description:
      'The {month} affiliate payout shows as paid but the wallet balance looked unchanged for a day.',
  },
  {
    title: 'Cannot download the invoice PDF',
    description: 'Clicking "Download" on the {month} invoice opens an empty tab.',
  },
  {
    title: 'Echo on outbound calls from desk phones',
    description: 'Callers hear their own voice on outbound calls from {phone}. Headsets do not change it.',
  },
  {
    title: 'Add a second ring group for the sales team',
    description: 'Please add a ring group "Sales" behind {phone} with the same hours as support.',
  },
  {
    title: 'Two-factor codes not arriving by SMS',
    description: 'Some staff do not receive login codes by text; email codes work.',
  },
];

function phoneNumber(areaCode: string, index: number): string {
  return `+1 ${areaCode} 555 ${pad(100 + index, 4)}`;
}

// -------------------------------------------------------------------------------------------------
// Generators
// -------------------------------------------------------------------------------------------------

function seedPlan(scope: MockScope): Plan {
  if (scope.connectionId.startsWith('par_') && scope.connectionId !== 'par_acme') {
    // A Partner connection shows that Partner, never Acme's rows.
    const name = pick(randomFor(scope, 'plan'), PARTNER_NAMES);
    const slug = name.toLowerCase().replace(/[^a-z]+/g, '-');
    return {
      managedBy: 'partner',
      partner: { id: scope.connectionId, name, contactEmail: `billing@${slug}.test` },
    };
  }
  return {
    managedBy: 'partner',
    partner: { id: 'par_acme', name: 'Acme Agency', contactEmail: 'billing@acme.test' },
  };
}

function areaCodeOf(scope: MockScope): string {
  return pick(randomFor(scope, 'area-code'), AREA_CODES);
}

function seedAddOns(scope: MockScope): AddOn[] {
  const random = randomFor(scope, 'add-ons');
  const now = scope.seededAt;
  const area = areaCodeOf(scope);
  const first = integer(random, 0, 40);
  const at = (daysAgo: number): string => iso(now - daysAgo * DAY - integer(random, 0, 600) * MINUTE);
  const id = (n: number): string => `add_${scope.tag}_${pad(n, 2)}`;
  const addOns: AddOn[] = [
    ...[430, 270, 150].map(
      (daysAgo, index): AddOn => ({
        id: id(index + 1),
        kind: 'phone_number',
        name: index === 0 ? 'Main line' : 'Local phone number',
        detail: phoneNumber(area, first + index),
        status: 'active',
        quantity: 1,
        unitPrice: usd(1500),
        interval: 'month',
        createdAt: at(daysAgo + integer(random, 0, 20)),
        cancelledAt: null,
        cancellable: true,
      }),
    ),
    {
      id: id(4),
      kind: 'call_credits',
      name: 'Call credits',
      detail: '1,000 minutes per pack',
      status: 'active',
      quantity: integer(random, 2, 5),
      unitPrice: usd(5000),
      interval: 'one_time',
      createdAt: at(integer(random, 30, 90)),
      cancelledAt: null,
      cancellable: false,
    },
    {
      id: id(5),
      kind: 'phone_number',
      name: 'Toll-free number',
      detail: phoneNumber('800', integer(random, 10, 99)),
      status: 'pending',
      quantity: 1,
      unitPrice: usd(2500),
      interval: 'month',
      createdAt: at(integer(random, 1, 6)),
      cancelledAt: null,
      cancellable: false,
    },
  ];
  const storageCreated = now - integer(random, 300, 360) * DAY;
  addOns.push({
    id: id(6),
    kind: 'other',
    name: 'Call recording storage',
    detail: '50 GB',
    status: 'cancelled',
    quantity: 1,
    unitPrice: usd(900),
    interval: 'month',
    createdAt: iso(storageCreated),
    cancelledAt: iso(storageCreated + integer(random, 60, 200) * DAY),
    cancellable: false,
  });
  return newestFirst(addOns, (addOn) => addOn.createdAt);
}

/** `count` tickets over roughly the last `spanDays`, numbered 1… from the oldest. */
function generateTickets(scope: MockScope, count: number, spanDays: number): Ticket[] {
  const random = randomFor(scope, `tickets:${count}`);
  const now = scope.seededAt;
  const area = areaCodeOf(scope);
  const offsets = Array.from({ length: count }, () => integer(random, 60, spanDays * 24 * 60) * MINUTE).sort(
    (a, b) => b - a,
  ); // oldest first
  const tickets = offsets.map((ageMs, index): Ticket => {
    const created = now - ageMs;
    // Age decides the status: old tickets are settled, fresh ones are still being worked.
    const age = ageMs / (spanDays * DAY);
    const roll = random();
    const status: TicketStatus =
      age < 0.12
        ? roll < 0.55
          ? 'open'
          : 'in_progress'
        : age < 0.3
          ? roll < 0.2
            ? 'open'
            : roll < 0.55
              ? 'in_progress'
              : 'resolved'
          : roll < 0.45
            ? 'resolved'
            : 'closed';
    const priorityRoll = random();
    const priority: TicketPriority = priorityRoll < 0.3 ? 'low' : priorityRoll < 0.8 ? 'medium' : 'high';
    const unassigned = status === 'open' ? random() < 0.5 : random() < 0.08;
    const template = pick(random, TICKET_TEMPLATES);
    const fill = (text: string): string =>
      text
        .replaceAll('{phone}', phoneNumber(area, integer(random, 0, 60)))
        .replaceAll('{month}', monthName(created - integer(random, 0, 40) * DAY));
    const worked =
      status === 'open' ? integer(random, 0, 30) * MINUTE : integer(random, 20, 14 * 24 * 60) * MINUTE;
    return {
      id: `tkt_${scope.tag}_${pad(index + 1, 4)}`,
      number: index + 1,
      title: fill(template.title),
      description: fill(template.description),
      status,
      priority,
      assignee: unassigned ? null : pick(random, TEAM),
      createdAt: iso(created),
      updatedAt: iso(Math.min(created + worked, now)),
      // Filled from the conversation by syncTicketActivity once messages are seeded.
      messageCount: 0,
      lastMessageAt: null,
      lastMessageBy: null,
      awaitingCustomer: false,
    };
  });
  // Guarantee every status in any seed: fresh work at the top, settled work at the bottom.
  const forced: readonly [number, TicketStatus][] = [
    [count - 1, 'open'],
    [count - 2, 'in_progress'],
    [1, 'resolved'],
    [0, 'closed'],
  ];
  for (const [index, status] of forced) {
    const ticket = tickets[index];
    if (ticket === undefined || tickets.some((other) => other.status === status)) continue;
    ticket.status = status;
    if (status !== 'open') ticket.assignee ??= pick(random, TEAM);
  }
  return tickets.reverse();
}

interface InvoiceDraft {
  invoice: Invoice;
  /** When a paid invoice was settled (card or wallet). */
  paidAt: number | null;
}

// Newest first. Fixed so every seeded scope shows every status; amounts/types/dates vary.
const INVOICE_STATUSES: readonly InvoiceStatus[] = [
  'draft',
  'draft',
  'open',
  'open',
  'paid',
  'open',
  'paid',
  'paid',
  'open',
  'void',
  'paid',
  'paid',
  'uncollectible',
  'paid',
  'paid',
  'paid',
  'void',
  'paid',
  'paid',
  'paid',
  'paid',
  'paid',
  'paid',
  'uncollectible',
  'paid',
  'paid',
  'paid',
  'void',
  'paid',
  'paid',
];

// Index → type, forced so all four types appear; the rest are drawn at random.
const INVOICE_TYPES_FORCED: ReadonlyMap<number, InvoiceType> = new Map<number, InvoiceType>([
  [2, 'phone_number'],
  [3, 'call_credits'],
  [4, 'one_time_service'],
  [6, 'other'],
]);

function seedInvoices(scope: MockScope): InvoiceDraft[] {
  const random = randomFor(scope, 'invoices');
  const now = scope.seededAt;
  const prefix = scope.tag.toUpperCase();
  const count = INVOICE_STATUSES.length;
  let issued = now - integer(random, 1, 3) * DAY;
  const drafts: InvoiceDraft[] = [];
  for (let index = 0; index < count; index++) {
    const status = INVOICE_STATUSES[index] ?? 'paid';
    const typeRoll = random();
    const type: InvoiceType =
      INVOICE_TYPES_FORCED.get(index) ??
      (typeRoll < 0.5
        ? 'phone_number'
        : typeRoll < 0.72
          ? 'call_credits'
          : typeRoll < 0.87
            ? 'one_time_service'
            : 'other');
    const issuedAt = issued - integer(random, 0, 8 * 60) * MINUTE;
    let total: number;
    let description: string;
    switch (type) {
      case 'phone_number': {
        const numbers = integer(random, 2, 4);
        total = numbers * 1500;
        description = `Phone numbers (${numbers}) — ${monthName(issuedAt)}`;
        break;
      }
      case 'call_credits': {
        const packs = integer(random, 1, 4);
        total = packs * 5000;
        description = `Call credits — ${packs * 1000} minutes`;
        break;
      }
      case 'one_time_service':
        [total, description] = pick<readonly [number, string]>(random, [
          [24900, 'Number porting (3 numbers)'],
          [15000, 'IVR and call-flow setup'],
          [9900, 'Onboarding session'],
        ]);
        break;
      case 'other':
        [total, description] = pick<readonly [number, string]>(random, [
          [900, `Call recording storage — ${monthName(issuedAt)}`],
          [4900, `Premium support — ${monthName(issuedAt)}`],
          [1275, 'SMS bundle overage'],
        ]);
        break;
    }
    const id = `inv_${scope.tag}_${pad(count - index, 4)}`;
    const amountDue =
      status === 'open'
        ? index === 2
          ? total - Math.min(total - 100, 2000)
          : total // one partly paid
        : status === 'uncollectible'
          ? total
          : 0;
    const paidAt = status === 'paid' ? Math.min(issuedAt + integer(random, 1, 12) * DAY, now - HOUR) : null;
    drafts.push({
      invoice: {
        id,
        number: `${prefix}-${pad(count - index, 4)}`,
        issuedAt: iso(issuedAt),
        dueAt: status === 'draft' ? null : iso(issuedAt + 14 * DAY),
        status,
        type,
        description,
        total: usd(total),
        amountDue: usd(amountDue),
        issuer: 'revampd',
        pdfUrl: status === 'draft' ? null : `https://files.revampd.example/invoices/${id}.pdf`,
      },
      paidAt,
    });
    // Roughly monthly billing over two and a half years.
    issued -= integer(random, 18, 34) * DAY;
  }
  return drafts;
}

interface PayoutPlan {
  count: number;
  /** Time between payouts. */
  every: number;
  /** Time from a payout's creation until it is paid. */
  payDelay: number;
  /** Amounts are drawn from [min, max] minor units. */
  min: number;
  max: number;
}

/** Payouts newest first; those whose payment date has not come yet are `pending`. */
function generatePayouts(scope: MockScope, plan: PayoutPlan): Payout[] {
  const random = randomFor(scope, `payouts:${plan.count}`);
  const now = scope.seededAt;
  // Anchor on the latest Monday 09:00 UTC so weekly payouts fall on the same weekday.
  const today = new Date(now);
  const monday =
    Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 9) -
    ((today.getUTCDay() + 6) % 7) * DAY;
  const anchor = monday > now ? monday - 7 * DAY : monday;
  const payouts: Payout[] = [];
  for (let index = 0; index < plan.count; index++) {
    const created = anchor - index * plan.every - (plan.every >= DAY ? integer(random, 0, 90) * MINUTE : 0);
    const due = created + plan.payDelay + integer(random, 0, 6 * 60) * MINUTE;
    const failed = random() < 0.03;
    const status = due > now ? 'pending' : failed ? 'failed' : 'paid';
    // Older payouts were smaller: the affiliate programme grows over time.
    const growth = 1 - Math.min(index / Math.max(plan.count, 1), 1) * 0.5;
    const amount = Math.round(integer(random, plan.min, plan.max) * growth);
    payouts.push({
      id: `po_${scope.tag}_${pad(plan.count - index, 5)}`,
      createdAt: iso(created),
      paidAt: status === 'paid' ? iso(due) : null,
      status,
      amount: usd(Math.max(amount, 100)),
      walletTransactionId: null,
      // Picked by position, not by the PRNG, so adding reasons left every amount unchanged.
      failureReason: status === 'failed' ? failureReason(index) : null,
    });
  }
  const settled = payouts.filter((payout) => payout.status !== 'pending');
  const fail = (payout: Payout | undefined): void => {
    if (payout === undefined) return;
    payout.status = 'failed';
    payout.paidAt = null;
    payout.failureReason = failureReason(payouts.indexOf(payout));
  };
  // At least one failure in any long history, so the "failed" state is always on show.
  if (settled.length > 20 && !settled.some((payout) => payout.status === 'failed')) {
    fail(settled[Math.min(20, settled.length - 1)]);
  }
  // …and one recent enough to count on `/attention` (failed payouts of the last 90 days).
  const recent = (payout: Payout): boolean => now - Date.parse(payout.createdAt) <= RECENT_FAILURE_DAYS * DAY;
  if (settled.length > 3 && !settled.some((payout) => payout.status === 'failed' && recent(payout))) {
    const candidate = settled[3];
    if (candidate !== undefined && recent(candidate)) fail(candidate);
  }
  return payouts;
}

/** Why a payout failed: text for people, as a payment provider words it. */
const FAILURE_REASONS = [
  'The bank rejected the transfer: the account is closed.',
  'The payout account could not be verified. Check the bank details in your affiliate settings.',
  'The receiving bank returned the transfer (invalid account number).',
] as const satisfies readonly [string, ...string[]];

function failureReason(index: number): string {
  return FAILURE_REASONS[index % FAILURE_REASONS.length] ?? FAILURE_REASONS[0];
}

/** The window of `/attention`'s `failedPayouts`, used here so the seed always has one. */
const RECENT_FAILURE_DAYS = 60;

const WEEKLY_PAYOUTS: PayoutPlan = {
  count: 105,
  every: 7 * DAY,
  payDelay: 8 * DAY,
  min: 800,
  max: 3500,
};

/**
 * Builds the wallet's history from payouts and paid invoices, in time order, so the
 * balance never dips below zero and always equals the sum of the transactions.
 */
function seedWallet(scope: MockScope, invoices: InvoiceDraft[]): void {
  const random = randomFor(scope, 'wallet');
  const now = scope.seededAt;
  const credits = scope.payouts.filter((payout) => payout.status === 'paid');
  const totalCredits = credits.reduce((sum, payout) => sum + payout.amount.amount, 0);
  // Leave enough to pay an open invoice from the wallet in stories and tests.
  const reserve = 12_500;

  type Event =
    | { at: number; kind: 'payout'; payout: Payout }
    | { at: number; kind: 'invoice'; invoice: Invoice };
  const events: Event[] = [
    ...credits.map(
      (payout): Event => ({ at: Date.parse(payout.paidAt ?? payout.createdAt), kind: 'payout', payout }),
    ),
    ...invoices.flatMap(({ invoice, paidAt }): Event[] =>
      paidAt === null ? [] : [{ at: paidAt, kind: 'invoice', invoice }],
    ),
  ].sort((a, b) => a.at - b.at);

  const transactions: WalletTransaction[] = [];
  let sequence = 0;
  const nextId = (): string => `wtx_${scope.tag}_${pad(++sequence, 5)}`;
  let balance = 0;
  let spent = 0;
  let walletPaid: Invoice | undefined;
  for (const event of events) {
    if (event.kind === 'payout') {
      const id = nextId();
      event.payout.walletTransactionId = id;
      balance += event.payout.amount.amount;
      transactions.push({
        id,
        createdAt: iso(event.at),
        kind: 'payout_credit',
        amount: event.payout.amount,
        balanceAfter: usd(0),
        description: `Affiliate payout ${event.payout.id}`,
        invoiceId: null,
        payoutId: event.payout.id,
      });
      continue;
    }
    const total = event.invoice.total.amount;
    // Invoices the wallet cannot cover were paid by card: no wallet transaction.
    if (balance < total || totalCredits - spent - total < reserve) continue;
    balance -= total;
    spent += total;
    walletPaid = event.invoice;
    transactions.push({
      id: nextId(),
      createdAt: iso(event.at),
      kind: 'invoice_payment',
      amount: usd(-total),
      balanceAfter: usd(0),
      description: `Payment of invoice ${event.invoice.number}`,
      invoiceId: event.invoice.id,
      payoutId: null,
    });
  }
  // One refund and one goodwill adjustment, so every transaction kind appears.
  if (walletPaid !== undefined) {
    const refund = Math.max(Math.round(walletPaid.total.amount / 4), 100);
    const at = Math.min(Date.parse(walletPaid.issuedAt) + 20 * DAY, now - DAY);
    transactions.push({
      id: nextId(),
      createdAt: iso(at),
      kind: 'refund',
      amount: usd(refund),
      balanceAfter: usd(0),
      description: `Partial refund of invoice ${walletPaid.number}`,
      invoiceId: walletPaid.id,
      payoutId: null,
    });
  }
  transactions.push({
    id: nextId(),
    createdAt: iso(now - integer(random, 40, 200) * DAY),
    kind: 'adjustment',
    amount: usd(2500),
    balanceAfter: usd(0),
    description: 'Goodwill credit for a service interruption',
    invoiceId: null,
    payoutId: null,
  });
  scope.walletTransactions = newestFirst(transactions, (transaction) => transaction.createdAt);
  scope.wallet = {
    connectionId: scope.connectionId,
    balance: usd(0),
    updatedAt: iso(now),
  };
  syncWalletBalance(scope);
}

function seedScope(db: Pick<MockDb, 'seed' | 'now'>, orgId: string, connectionId: string): MockScope {
  const scopeHash = hash(`${orgId}\u0000${connectionId}`);
  const seed = (db.seed ^ scopeHash) >>> 0;
  const scope: MockScope = {
    orgId,
    connectionId,
    tag: scopeHash.toString(36).padStart(7, '0'),
    seed,
    seededAt: db.now().getTime(),
    // Placeholders: the generators below need the finished tag and seed to fill these.
    plan: { managedBy: 'partner', partner: { id: '', name: '', contactEmail: null } },
    addOns: [],
    tickets: [],
    invoices: [],
    wallet: { connectionId, balance: usd(0), updatedAt: iso(0) },
    walletTransactions: [],
    payouts: [],
    messages: {},
    attachments: [],
    catalog: CATALOG.map((product) => structuredClone(product)),
    provisioning: {},
    customerName: '',
    sequence: 0,
  };
  scope.plan = seedPlan(scope);
  scope.addOns = seedAddOns(scope);
  scope.tickets = generateTickets(scope, 40, 300);
  scope.customerName = customerNameOf(scope);
  seedConversations(scope, scope.customerName);
  syncTicketActivity(scope);
  const invoices = seedInvoices(scope);
  scope.invoices = invoices.map(({ invoice }) => invoice);
  scope.payouts = generatePayouts(scope, WEEKLY_PAYOUTS);
  seedWallet(scope, invoices);
  return scope;
}

// -------------------------------------------------------------------------------------------------
// Derived fields: what the server computes rather than stores
// -------------------------------------------------------------------------------------------------

/**
 * Whether a cancel would be accepted now (api.md): only `active` add-ons billed monthly.
 * Call credits already issued cannot be taken back; pending and cancelled ones cannot be
 * cancelled.
 */
export function isCancellable(addOn: Pick<AddOn, 'status' | 'interval'>): boolean {
  return addOn.status === 'active' && addOn.interval !== 'one_time';
}

/** A ticket's conversation fields, from its messages and status (api.md). */
export function ticketActivity(
  scope: Pick<MockScope, 'messages'>,
  ticket: Pick<Ticket, 'id' | 'status'>,
): Pick<Ticket, 'messageCount' | 'lastMessageAt' | 'lastMessageBy' | 'awaitingCustomer'> {
  const messages = scope.messages[ticket.id] ?? [];
  const last = messages[messages.length - 1];
  const lastMessageBy = last?.author.kind ?? null;
  return {
    messageCount: messages.length,
    lastMessageAt: last?.createdAt ?? null,
    lastMessageBy,
    awaitingCustomer: lastMessageBy === 'team' && ticket.status !== 'closed',
  };
}

/**
 * Brings the stored conversation fields of one ticket (or all, without `ticketId`) in line
 * with its messages and status; `updatedAt` never trails the last message.
 */
export function syncTicketActivity(scope: MockScope, ticketId?: string): void {
  scope.tickets = scope.tickets.map((ticket) => {
    if (ticketId !== undefined && ticket.id !== ticketId) return ticket;
    const activity = ticketActivity(scope, ticket);
    const updatedAt =
      activity.lastMessageAt !== null && Date.parse(activity.lastMessageAt) > Date.parse(ticket.updatedAt)
        ? activity.lastMessageAt
        : ticket.updatedAt;
    return { ...ticket, ...activity, updatedAt };
  });
}

/**
 * The ledger oldest first with each transaction's balance right after it: the list order
 * (newest first, ties by id) reversed, so `balanceAfter` agrees with any page of the list.
 */
function withBalances(transactions: readonly WalletTransaction[], currency: string): WalletTransaction[] {
  let balance = 0;
  const ledger = [...transactions].reverse().map((transaction) => {
    balance += transaction.amount.amount;
    return { ...transaction, balanceAfter: { amount: balance, currency } };
  });
  return ledger.reverse();
}

// -------------------------------------------------------------------------------------------------
// Scope helpers for tests and scenarios
// -------------------------------------------------------------------------------------------------

/**
 * Sets the wallet balance to the sum of its transactions, the invariant every helper here
 * keeps, recomputes every transaction's `balanceAfter` in list order, and stamps
 * `updatedAt` with the newest transaction.
 */
export function syncWalletBalance(scope: MockScope): void {
  const currency = scope.wallet.balance.currency;
  scope.walletTransactions = withBalances(
    newestFirst(scope.walletTransactions, (transaction) => transaction.createdAt),
    currency,
  );
  const newest = scope.walletTransactions[0];
  scope.wallet = {
    ...scope.wallet,
    balance: { amount: newest?.balanceAfter.amount ?? 0, currency },
    updatedAt: newest === undefined ? scope.wallet.updatedAt : newest.createdAt,
  };
}

/** A payout for {@link setPayouts}: `failureReason` may be left out (null). */
export type PayoutInput = Omit<Payout, 'failureReason'> & Partial<Pick<Payout, 'failureReason'>>;

/**
 * Replaces the scope's payouts (any order; stored newest first) and keeps the wallet
 * consistent: the old `payout_credit` transactions go, each `paid` payout gets one
 * (reusing its `walletTransactionId` when set), and the balance is recomputed — so it can
 * go negative if the new credits no longer cover past invoice payments.
 * The given objects are copied, not mutated.
 */
export function setPayouts(scope: MockScope, payouts: readonly PayoutInput[]): void {
  const copies: Payout[] = payouts.map((payout) => ({
    ...payout,
    amount: { ...payout.amount },
    failureReason: payout.failureReason ?? null,
  }));
  const credits: WalletTransaction[] = [];
  for (const payout of copies) {
    if (payout.status !== 'paid') {
      payout.walletTransactionId = null;
      continue;
    }
    payout.walletTransactionId ??= mintId(scope, 'wtx');
    credits.push({
      id: payout.walletTransactionId,
      createdAt: payout.paidAt ?? payout.createdAt,
      kind: 'payout_credit',
      amount: { ...payout.amount },
      balanceAfter: { amount: 0, currency: payout.amount.currency },
      description: `Affiliate payout ${payout.id}`,
      invoiceId: null,
      payoutId: payout.id,
    });
  }
  scope.payouts = newestFirst(copies, (payout) => payout.createdAt);
  scope.walletTransactions = [
    ...scope.walletTransactions.filter((transaction) => transaction.kind !== 'payout_credit'),
    ...credits,
  ];
  syncWalletBalance(scope);
}

/**
 * Sets the balance through an `adjustment` transaction, so the history still adds up.
 */
export function setWalletBalance(
  scope: MockScope,
  amount: number,
  at: Date = new Date(scope.seededAt),
): void {
  const delta = amount - scope.wallet.balance.amount;
  if (delta === 0) return;
  scope.walletTransactions.unshift({
    id: mintId(scope, 'wtx'),
    createdAt: iso(at.getTime()),
    kind: 'adjustment',
    amount: { amount: delta, currency: scope.wallet.balance.currency },
    balanceAfter: { amount, currency: scope.wallet.balance.currency },
    description: 'Balance adjustment',
    invoiceId: null,
    payoutId: null,
  });
  syncWalletBalance(scope);
}

/** What {@link addTicketMessage} needs; the rest is filled in. */
export interface NewMockMessage {
  /** Who wrote it: `kind` `customer` (the Sub-Org) or `team` (Revampd), and the name shown. */
  author: Message['author'];
  /** The message text, as the person typed it. */
  body: string;
  /** @default the scope's seeding instant */
  createdAt?: string;
  /** Ids of this scope's unused attachments, which become the message's. */
  attachmentIds?: readonly string[];
}

/**
 * Appends a message to a ticket's conversation as the server would (a team reply arriving
 * while a person reads, faults.md 31) and keeps the ticket's conversation fields in step.
 * No status change: a customer reply through the API reopens a resolved ticket, this helper
 * does only what it is told. Returns the stored message.
 */
export function addTicketMessage(scope: MockScope, ticketId: string, input: NewMockMessage): MockMessage {
  const message: MockMessage = {
    id: mintId(scope, 'msg'),
    ticketId,
    author: { ...input.author },
    body: input.body,
    createdAt: input.createdAt ?? iso(scope.seededAt),
    attachmentIds: [...(input.attachmentIds ?? [])],
  };
  for (const attachment of scope.attachments) {
    if (!message.attachmentIds.includes(attachment.id)) continue;
    attachment.ticketId = ticketId;
    attachment.messageId = message.id;
  }
  (scope.messages[ticketId] ??= []).push(message);
  syncTicketActivity(scope, ticketId);
  return message;
}

/** What {@link addAttachment} needs; the rest is filled in. */
export interface NewMockAttachment {
  /** The file name; stored as given, so pass an already safe one. */
  name: string;
  /** The MIME type, e.g. `application/pdf`. */
  contentType: string;
  /** Size in bytes. */
  size: number;
  /** @default 'clean' */
  verdict?: 'clean' | 'infected';
  /** @default the seeding instant */
  createdAt?: string;
  /** Delay-clock ms when the scan is done. @default 0 (already scanned) */
  scannedAt?: number;
  /** The link served once clean. @default an https link on files.revampd.example */
  url?: string;
  /** The ticket it belongs to. @default null (an unused upload) */
  ticketId?: string | null;
  /** The message it belongs to; `null` for a ticket's own file. @default null */
  messageId?: string | null;
}

/** Adds a file to the scope as if uploaded (unused unless `ticketId` says otherwise). */
export function addAttachment(scope: MockScope, input: NewMockAttachment): MockAttachment {
  const id = mintId(scope, 'att');
  const attachment: MockAttachment = {
    id,
    name: input.name,
    size: input.size,
    contentType: input.contentType,
    createdAt: input.createdAt ?? iso(scope.seededAt),
    verdict: input.verdict ?? 'clean',
    scannedAt: input.scannedAt ?? 0,
    url: input.url ?? `https://files.revampd.example/attachments/${id}/${encodeURIComponent(input.name)}`,
    ticketId: input.ticketId ?? null,
    messageId: input.messageId ?? null,
  };
  scope.attachments.push(attachment);
  return attachment;
}

/** Sizes for {@link seedLarge}. */
export interface LargeSeed {
  /** @default 10000 */
  payouts?: number;
  /** @default 1000 */
  tickets?: number;
}

/**
 * Replaces the scope's payouts and tickets with many deterministic rows, for pagination,
 * virtualisation and performance checks. Payouts come every 4 hours (10,000 ≈ 4½ years)
 * and the wallet stays consistent with them; the tickets get conversations of their own.
 */
export function seedLarge(scope: MockScope, sizes: LargeSeed = {}): void {
  const payoutCount = sizes.payouts ?? 10_000;
  const ticketCount = sizes.tickets ?? 1_000;
  const payouts = generatePayouts(scope, {
    count: payoutCount,
    every: 4 * HOUR,
    payDelay: DAY,
    min: 500,
    max: 4000,
  });
  // Ids from the generator are reused as-is; credits are rebuilt by setPayouts.
  setPayouts(scope, payouts);
  scope.tickets = generateTickets(scope, ticketCount, Math.max(ticketCount * 1.5, 30));
  // Keep files that no ticket holds yet (uploads in progress); the rest go with their tickets.
  const unused = scope.attachments.filter((attachment) => attachment.ticketId === null);
  seedConversations(scope, scope.customerName);
  scope.attachments.push(...unused);
  syncTicketActivity(scope);
}

// -------------------------------------------------------------------------------------------------
// Background work
// -------------------------------------------------------------------------------------------------

/** An unused attachment is deleted after this long (api.md). */
export const UNUSED_ATTACHMENT_TTL_MS = DAY;

/**
 * What the server does on its own as time passes, applied lazily whenever a scope is read:
 * bought numbers finish provisioning (`pending` → `active`) on the delay clock, and
 * attachments nobody used within 24 hours of the business clock are deleted.
 */
function settle(scope: MockScope, nowMs: number, delayNow: number): void {
  for (const [addOnId, readyAt] of Object.entries(scope.provisioning)) {
    if (delayNow < readyAt) continue;
    delete scope.provisioning[addOnId];
    scope.addOns = scope.addOns.map((addOn) =>
      addOn.id === addOnId && addOn.status === 'pending'
        ? { ...addOn, status: 'active', cancellable: isCancellable({ ...addOn, status: 'active' }) }
        : addOn,
    );
  }
  if (scope.attachments.some((attachment) => isExpired(attachment, nowMs))) {
    scope.attachments = scope.attachments.filter((attachment) => !isExpired(attachment, nowMs));
  }
}

function isExpired(attachment: MockAttachment, nowMs: number): boolean {
  return attachment.ticketId === null && Date.parse(attachment.createdAt) + UNUSED_ATTACHMENT_TTL_MS <= nowMs;
}

// -------------------------------------------------------------------------------------------------
// The db
// -------------------------------------------------------------------------------------------------

function createIdempotencyStore(): IdempotencyStore {
  const results = new Map<string, StoredResult>();
  return {
    get: (key) => results.get(key),
    set: (key, result) => {
      results.set(key, result);
    },
    clear: () => results.clear(),
    get size() {
      return results.size;
    },
  };
}

/** See {@link MockDbOptions.delays}. */
export const DEFAULT_MOCK_DELAYS: Readonly<MockDelays> = { scanMs: 2000, provisionMs: 5000 };

/**
 * Creates an isolated mock backend. Each org + connection gets its own data, seeded
 * deterministically on first access; `reset()` brings back exactly that seed.
 *
 * @example
 * const db = createMockDb({ now: () => new Date() }); // a story that wants "today"
 * const server = setupServer(...createHandlers(db));
 * @example
 * let ms = 0; // a test that decides when scans and provisioning finish
 * const db = createMockDb({ delayClock: () => ms });
 */
export function createMockDb(options: MockDbOptions = {}): MockDb {
  const now = options.now ?? (() => new Date(MOCK_NOW_MS));
  const seed = options.seed ?? 1;
  const delays: MockDelays = { ...DEFAULT_MOCK_DELAYS, ...options.delays };
  const delayClock = options.delayClock ?? (() => Date.now());
  const scopes = new Map<string, MockScope>();
  const idempotency = createIdempotencyStore();
  const takenPhoneNumbers = new Set<string>();
  const db: MockDb = {
    now,
    seed,
    delays,
    delayClock,
    takenPhoneNumbers,
    scope(orgId, connectionId) {
      const key = `${orgId}\u0000${connectionId}`;
      let scope = scopes.get(key);
      if (scope === undefined) {
        scope = seedScope(db, orgId, connectionId);
        scopes.set(key, scope);
      }
      settle(scope, now().getTime(), delayClock());
      return scope;
    },
    scopes: () => [...scopes.values()],
    reset() {
      scopes.clear();
      idempotency.clear();
      takenPhoneNumbers.clear();
    },
    idempotency,
  };
  return db;
}
