// @vitest-environment node
/**
 * The contract's new schemas (api.md, "Changes") accept what the mock serves and reject a
 * body that breaks them — a float or string amount, an unknown status, a date that does not
 * parse, a missing field — naming the field (faults.md 8), and the limits are the ones
 * api.md states.
 */
import type * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  ATTACHMENT_LIMITS,
  AddOn,
  AddOnPurchase,
  Attachment,
  Attention,
  AvailablePhoneNumber,
  AvailablePhoneNumberList,
  AvailablePhoneNumberQuery,
  InvoiceFilters,
  MESSAGE_LIMITS,
  Message,
  MessagePage,
  NewMessage,
  NewTicket,
  PURCHASE_LIMITS,
  Payout,
  PayoutFilters,
  Product,
  PurchaseAddOn,
  SEARCH_LIMITS,
  TICKET_LIMITS,
  Ticket,
  TicketDetail,
  TicketFilters,
  WalletTransaction,
  WalletTransactionFilters,
} from '../../src/api/schemas';
import { parseContract } from '../../src/api/parse';

/** The paths the contract names for `value` (each once), or [] when it is valid. */
function issuePaths(schema: v.GenericSchema, value: unknown): string[] {
  const result = parseContract(schema, value);
  return result.success ? [] : [...new Set(result.issues.map((issue) => issue.path.map(String).join('.')))];
}

/** `base` with the value at the dotted `path` replaced (or removed with `undefined`). */
function broken<T>(base: T, path: string, value: unknown): unknown {
  const copy = structuredClone(base) as unknown;
  const keys = path.split('.');
  let node = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys.at(-1) ?? '';
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

const money = (amount: number) => ({ amount, currency: 'USD' });

const ATTACHMENT = {
  id: 'att_1',
  name: 'screen.png',
  size: 1024,
  contentType: 'image/png',
  createdAt: '2026-11-25T15:00:00Z',
  scanStatus: 'clean',
  downloadUrl: 'https://files.revampd.example/a/screen.png',
};

const TICKET = {
  id: 'tkt_1',
  number: 7,
  title: 'Calls drop',
  description: 'Since Monday',
  status: 'open',
  priority: 'high',
  assignee: null,
  createdAt: '2026-11-20T10:00:00Z',
  updatedAt: '2026-11-21T10:00:00Z',
  messageCount: 2,
  lastMessageAt: '2026-11-21T10:00:00Z',
  lastMessageBy: 'team',
  awaitingCustomer: true,
};

const MESSAGE = {
  id: 'msg_1',
  ticketId: 'tkt_1',
  author: { kind: 'team', name: 'Maya Okafor' },
  body: 'Line one\nLine two',
  createdAt: '2026-11-21T10:00:00Z',
  attachments: [ATTACHMENT],
};

const ADD_ON = {
  id: 'add_1',
  kind: 'phone_number',
  name: 'Main line',
  detail: '+1 415 555 0100',
  status: 'active',
  quantity: 1,
  unitPrice: money(1500),
  interval: 'month',
  createdAt: '2026-01-01T00:00:00Z',
  cancelledAt: null,
  cancellable: true,
};

const PRODUCT = {
  id: 'prd_us_local',
  kind: 'phone_number',
  name: 'US local number',
  description: 'A local number',
  unitPrice: money(1500),
  interval: 'month',
  country: 'US',
  numberType: 'local',
  minutes: null,
};

const NUMBER = {
  number: '+14155550142',
  display: '+1 415 555 0142',
  locality: 'San Francisco',
  region: 'CA',
};

const INVOICE = {
  id: 'inv_1',
  number: 'ABC-0031',
  issuedAt: '2026-11-25T15:00:00Z',
  dueAt: '2026-12-09T15:00:00Z',
  status: 'paid',
  type: 'phone_number',
  description: 'US local number',
  total: money(1500),
  amountDue: money(0),
  issuer: 'revampd',
  pdfUrl: 'https://files.revampd.example/invoices/inv_1.pdf',
};

const WALLET = { connectionId: 'revampd', balance: money(8500), updatedAt: '2026-11-25T15:00:00Z' };

const TRANSACTION = {
  id: 'wtx_1',
  createdAt: '2026-11-25T15:00:00Z',
  kind: 'invoice_payment',
  amount: money(-1500),
  balanceAfter: money(8500),
  description: 'Payment of invoice ABC-0031',
  invoiceId: 'inv_1',
  payoutId: null,
};

const PAYOUT = {
  id: 'po_1',
  createdAt: '2026-11-01T09:00:00Z',
  paidAt: null,
  status: 'failed',
  amount: money(2500),
  walletTransactionId: null,
  failureReason: 'The bank rejected the transfer.',
};

const ATTENTION = {
  openInvoices: { count: 2, amountDue: money(4000) },
  overdueInvoices: { count: 1, amountDue: money(1000) },
  walletShortfall: null,
  ticketsAwaitingCustomer: 3,
  failedPayouts: 1,
  asOf: '2026-11-25T15:00:00Z',
};

const cases: [string, v.GenericSchema, unknown, [path: string, value: unknown][]][] = [
  [
    'Ticket',
    Ticket,
    TICKET,
    [
      ['messageCount', 1.5],
      ['messageCount', -1],
      ['messageCount', '2'],
      ['messageCount', undefined],
      ['lastMessageAt', '2026-02-31T10:00:00Z'],
      ['lastMessageAt', 'yesterday'],
      ['lastMessageBy', 'bot'],
      ['awaitingCustomer', 'true'],
      ['awaitingCustomer', undefined],
      ['status', 'suspended'],
    ],
  ],
  [
    'TicketDetail',
    TicketDetail,
    { ...TICKET, attachments: [ATTACHMENT] },
    [
      ['attachments', undefined],
      ['attachments.0.size', 10.5],
      ['attachments.0.scanStatus', 'quarantined'],
    ],
  ],
  [
    'Attachment',
    Attachment,
    ATTACHMENT,
    [
      ['size', 1024.5],
      ['size', '1024'],
      ['size', -1],
      ['scanStatus', 'unknown'],
      ['createdAt', '2026-13-45T25:61:00Z'],
      ['downloadUrl', undefined],
      ['name', 42],
    ],
  ],
  [
    'Message',
    Message,
    MESSAGE,
    [
      ['author.kind', 'system'],
      ['author.name', undefined],
      ['createdAt', 'not a date'],
      ['body', null],
      ['attachments.0.scanStatus', 'scanning'],
      ['attachments', undefined],
    ],
  ],
  ['MessagePage', MessagePage, { data: [MESSAGE], nextCursor: null }, [['data.0.createdAt', '2026-11-21']]],
  [
    'AddOn',
    AddOn,
    ADD_ON,
    [
      ['cancellable', undefined],
      ['cancellable', 'yes'],
      ['unitPrice.amount', 15.5],
      ['unitPrice.amount', '1500'],
      ['status', 'suspended'],
    ],
  ],
  [
    'WalletTransaction',
    WalletTransaction,
    TRANSACTION,
    [
      ['balanceAfter', undefined],
      ['balanceAfter.amount', 85.5],
      ['balanceAfter.amount', '8500'],
      ['balanceAfter.currency', undefined],
      ['kind', 'purchase'],
    ],
  ],
  [
    'Payout',
    Payout,
    PAYOUT,
    [
      ['failureReason', undefined],
      ['failureReason', 42],
      ['status', 'returned'],
      ['amount.amount', 25.5],
    ],
  ],
  [
    'Product',
    Product,
    PRODUCT,
    [
      ['kind', 'other'],
      ['interval', 'year'],
      ['unitPrice.amount', 14.99],
      ['unitPrice.currency', undefined],
      ['country', 'us'],
      ['country', 'USA'],
      ['numberType', 'mobile'],
      ['minutes', 1.5],
      ['minutes', '500'],
    ],
  ],
  [
    'AvailablePhoneNumber',
    AvailablePhoneNumber,
    NUMBER,
    [
      ['number', '415 555 0142'],
      ['number', '+0415550142'],
      ['number', '+1415555014212345'],
      ['locality', undefined],
    ],
  ],
  [
    'AddOnPurchase',
    AddOnPurchase,
    { addOn: ADD_ON, invoice: INVOICE, wallet: WALLET },
    [
      ['addOn.status', 'provisioning'],
      ['invoice.total.amount', 15.0001],
      ['invoice.issuedAt', '25/11/2026'],
      ['wallet.balance.amount', '85.00'],
      ['wallet', undefined],
    ],
  ],
  [
    'Attention',
    Attention,
    ATTENTION,
    [
      ['openInvoices.count', 2.5],
      ['openInvoices.amountDue.amount', 40.5],
      ['overdueInvoices.amountDue.currency', undefined],
      ['walletShortfall', { amount: '12', currency: 'USD' }],
      ['ticketsAwaitingCustomer', -1],
      ['failedPayouts', '1'],
      ['asOf', '2026-11-25'],
      ['asOf', undefined],
    ],
  ],
];

describe.each(cases)('%s', (_, schema, valid, breaks) => {
  it('accepts a body on contract', () => {
    expect(issuePaths(schema, valid)).toEqual([]);
  });

  it.each(breaks)('rejects %s = %j, naming the field', (path, value) => {
    const paths = issuePaths(schema, broken(valid, path, value));
    expect(paths.length).toBeGreaterThan(0);
    expect(
      paths.some((named) => named === path || named.startsWith(`${path}.`) || path.startsWith(named)),
    ).toBe(true);
    expect(paths[0]).not.toBe('');
  });
});

describe('list limits', () => {
  it('at most 20 available numbers', () => {
    const many = Array.from({ length: PURCHASE_LIMITS.results + 1 }, () => NUMBER);
    expect(issuePaths(AvailablePhoneNumberList, { data: many.slice(0, 20) })).toEqual([]);
    expect(issuePaths(AvailablePhoneNumberList, { data: many })).toEqual(['data']);
  });
});

describe('request bodies', () => {
  it('NewTicket and NewMessage take at most five attachmentIds', () => {
    const ids = (count: number) => Array.from({ length: count }, (_, index) => `att_${index}`);
    expect(issuePaths(NewTicket, { title: 't', priority: 'low', description: 'd' })).toEqual([]);
    expect(
      issuePaths(NewTicket, { title: 't', priority: 'low', description: 'd', attachmentIds: ids(5) }),
    ).toEqual([]);
    expect(
      issuePaths(NewTicket, { title: 't', priority: 'low', description: 'd', attachmentIds: ids(6) }),
    ).toEqual(['attachmentIds']);
    expect(issuePaths(NewMessage, { body: 'b', attachmentIds: ids(6) })).toEqual(['attachmentIds']);
    expect(issuePaths(NewMessage, { body: 'b', attachmentIds: [1] })).toEqual(['attachmentIds.0']);
    expect(issuePaths(NewMessage, {})).toEqual(['body']);
  });

  it('PurchaseAddOn: integer quantity 1–100, E.164 number, wallet or invoice, integer expected total', () => {
    const valid = {
      productId: 'prd_us_local',
      quantity: 1,
      phoneNumber: '+14155550142',
      payWith: 'wallet',
      expectedTotal: money(1500),
    };
    expect(issuePaths(PurchaseAddOn, valid)).toEqual([]);
    expect(issuePaths(PurchaseAddOn, { ...valid, phoneNumber: undefined })).toEqual([]);
    for (const [path, value] of [
      ['quantity', 0],
      ['quantity', 101],
      ['quantity', 1.5],
      ['phoneNumber', '4155550142'],
      ['payWith', 'card'],
      ['expectedTotal.amount', 15.0],
      ['expectedTotal.amount', '1500'],
    ] as const) {
      const paths = issuePaths(PurchaseAddOn, broken(valid, path, value));
      if (path === 'expectedTotal.amount' && value === 15.0) {
        // 15.0 is the integer 15 in JSON: valid (and a 409 price_changed on the server).
        expect(paths).toEqual([]);
        continue;
      }
      expect(paths, `${path}=${String(value)}`).toContain(path);
    }
  });
});

describe('filters', () => {
  it('TicketFilters: known values, awaitingCustomer only true, q 1–100 characters', () => {
    expect(
      issuePaths(TicketFilters, { status: 'open', priority: 'high', awaitingCustomer: true, q: 'x' }),
    ).toEqual([]);
    expect(issuePaths(TicketFilters, { status: 'pending' })).toEqual(['status']);
    expect(issuePaths(TicketFilters, { priority: 'urgent' })).toEqual(['priority']);
    expect(issuePaths(TicketFilters, { awaitingCustomer: false })).toEqual(['awaitingCustomer']);
    expect(issuePaths(TicketFilters, { q: '' })).toEqual(['q']);
    expect(issuePaths(TicketFilters, { q: 'x'.repeat(SEARCH_LIMITS.q) })).toEqual([]);
    expect(issuePaths(TicketFilters, { q: '😀'.repeat(SEARCH_LIMITS.q) })).toEqual([]);
    expect(issuePaths(TicketFilters, { q: 'x'.repeat(SEARCH_LIMITS.q + 1) })).toEqual(['q']);
  });

  it('date ranges are instants with an offset that parse', () => {
    expect(
      issuePaths(InvoiceFilters, {
        issuedFrom: '2026-03-01T05:00:00Z',
        issuedTo: '2026-04-01T04:00:00-00:00',
      }),
    ).toEqual([]);
    expect(issuePaths(InvoiceFilters, { issuedFrom: '2026-03-01' })).toEqual(['issuedFrom']);
    expect(issuePaths(InvoiceFilters, { issuedTo: '2026-02-30T00:00:00Z' })).toEqual(['issuedTo']);
    expect(issuePaths(InvoiceFilters, { type: 'subscription' })).toEqual(['type']);
    expect(issuePaths(WalletTransactionFilters, { createdFrom: '2026-03-01T00:00:00' })).toEqual([
      'createdFrom',
    ]);
    expect(issuePaths(WalletTransactionFilters, { kind: 'credit' })).toEqual(['kind']);
    expect(issuePaths(PayoutFilters, { status: 'refunded' })).toEqual(['status']);
    expect(issuePaths(PayoutFilters, { createdTo: 'Invalid Date' })).toEqual(['createdTo']);
  });

  it('available-number queries: area code 1–5 digits, contains 1–10 digits or letters', () => {
    expect(
      issuePaths(AvailablePhoneNumberQuery, { productId: 'p', areaCode: '415', contains: 'FLOWERS1' }),
    ).toEqual([]);
    expect(issuePaths(AvailablePhoneNumberQuery, { productId: 'p', areaCode: '123456' })).toEqual([
      'areaCode',
    ]);
    expect(issuePaths(AvailablePhoneNumberQuery, { productId: 'p', areaCode: '41a' })).toEqual(['areaCode']);
    expect(issuePaths(AvailablePhoneNumberQuery, { productId: 'p', contains: '12345678901' })).toEqual([
      'contains',
    ]);
    expect(issuePaths(AvailablePhoneNumberQuery, { productId: 'p', contains: '55-5' })).toEqual(['contains']);
    expect(issuePaths(AvailablePhoneNumberQuery, {})).toEqual(['productId']);
  });
});

describe('limits are api.md’s', () => {
  it('as constants', () => {
    expect(ATTACHMENT_LIMITS).toEqual({
      maxBytes: 10 * 1024 * 1024,
      contentTypes: [
        'image/png',
        'image/jpeg',
        'image/gif',
        'image/webp',
        'application/pdf',
        'text/plain',
        'text/csv',
      ],
      maxPerMessage: 5,
      maxNameLength: 255,
    });
    expect(MESSAGE_LIMITS).toEqual({ body: 5000 });
    expect(TICKET_LIMITS).toEqual({ title: 120, description: 5000 });
    expect(SEARCH_LIMITS).toEqual({ q: 100 });
    expect(PURCHASE_LIMITS).toEqual({ areaCode: 5, contains: 10, results: 20, quantity: 100 });
  });
});
