// @vitest-environment node
/**
 * `parseContract`, the one way the library checks data against its schemas: it strips what
 * the contract does not name, reports paths as keys and indexes, keeps our own messages, and
 * never quotes the value it received (faults.md 25: a host's `onError` logs the message, and
 * server data must not reach the host's logs through it).
 */
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { createRevampdClient } from '../../src/api/client';
import type { RevampdError } from '../../src/api/errors';
import { parseContract } from '../../src/api/parse';
import { Plan, PayoutPage, PayoutSummary, TicketFilters } from '../../src/api/schemas';
import { exposeError, jsonResponse } from './support';

/** Server data that must never show up in a message: a person's name and e-mail address. */
const PRIVATE = 'Jane Doe <jane.doe@example.test>';

const money = (amount: unknown) => ({ amount, currency: 'USD' });

const PAYOUT = {
  id: 'po_1',
  createdAt: '2026-11-25T15:00:00Z',
  paidAt: null,
  status: 'failed',
  amount: money(1200),
  walletTransactionId: null,
  failureReason: 'Bank account closed',
};

const SUMMARY = {
  ytd: money(1),
  mtd: money(1),
  currentWeek: money(1),
  asOf: '2026-11-25T15:00:00Z',
  byMonth: [{ month: '2026-11', total: money(1) }],
};

/** The private text where each kind of schema expects something else. */
const LEAKS: [what: string, schema: v.GenericSchema, value: unknown][] = [
  ['a picklist', PayoutPage, { data: [{ ...PAYOUT, status: PRIVATE }], nextCursor: null }],
  ['a number', PayoutPage, { data: [{ ...PAYOUT, amount: money(PRIVATE) }], nextCursor: null }],
  [
    'a regex with no message of its own',
    PayoutSummary,
    { ...SUMMARY, byMonth: [{ month: PRIVATE, total: money(1) }] },
  ],
  ['a variant key', Plan, { managedBy: PRIVATE, partner: { id: 'p', name: 'P', contactEmail: null } }],
  ['a literal', TicketFilters, { awaitingCustomer: PRIVATE }],
  ['the root', PayoutPage, PRIVATE],
];

describe('parseContract', () => {
  it('returns the output with the keys the contract does not name stripped', () => {
    const result = parseContract(PayoutPage, {
      data: [{ ...PAYOUT, internalNote: PRIVATE }],
      nextCursor: null,
      debug: 1,
    });
    expect(result).toEqual({ success: true, data: { data: [PAYOUT], nextCursor: null } });
  });

  it('names the part at fault by keys and indexes from the root', () => {
    const body = { data: [PAYOUT, { ...PAYOUT, amount: money(1.5) }], nextCursor: null };
    const result = parseContract(PayoutPage, body);
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.issues.map((issue) => issue.path)).toEqual([
      ['data', 1, 'amount', 'amount'],
    ]);
    expect(parseContract(PayoutPage, null)).toEqual({
      success: false,
      issues: [{ path: [], message: 'Invalid input' }],
    });
  });

  it('keeps the contract’s own messages', () => {
    const body = { data: [{ ...PAYOUT, amount: { amount: 1, currency: PRIVATE } }], nextCursor: null };
    expect(parseContract(PayoutPage, body)).toEqual({
      success: false,
      issues: [{ path: ['data', 0, 'amount', 'currency'], message: 'must be a three-letter ISO 4217 code' }],
    });
  });

  it.each(LEAKS)('never quotes the value it received, in %s', (_what, schema, value) => {
    // The guard is meaningful: valibot's own messages do quote it.
    const unguarded = v.safeParse(schema, value);
    expect(JSON.stringify(unguarded.issues?.map((issue) => issue.message))).toContain('Jane Doe');

    const result = parseContract(schema, value);
    expect(result.success).toBe(false);
    const messages = result.success ? [] : result.issues.map((issue) => issue.message);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message).toBe('Invalid input');
  });

  it('ignores messages a host registered on a shared valibot, which valibot ranks above ours', () => {
    const quoting = (issue: v.BaseIssue<unknown>) => `got ${issue.received}`;
    v.setSpecificMessage(v.picklist, quoting);
    v.setSchemaMessage(quoting);
    v.setGlobalMessage(quoting);
    try {
      // The guard is meaningful: without it, valibot uses the host's messages.
      const unguarded = v.safeParse(LEAKS[0]![1], LEAKS[0]![2], { message: 'Invalid input' });
      expect(JSON.stringify(unguarded.issues?.map((issue) => issue.message))).toContain('Jane Doe');
      for (const [, schema, value] of LEAKS) {
        const result = parseContract(schema, value);
        const messages = result.success ? [] : result.issues.map((issue) => issue.message);
        expect(messages.length).toBeGreaterThan(0);
        for (const message of messages) expect(message).toBe('Invalid input');
      }
    } finally {
      v.deleteSpecificMessage(v.picklist);
      v.deleteSchemaMessage();
      v.deleteGlobalMessage();
    }
  });

  it('a contract violation reaches the host’s onError without the server’s data', async () => {
    const onError = vi.fn<(error: RevampdError) => void>();
    const client = createRevampdClient({
      baseUrl: 'https://api.revampd.test',
      orgId: 'org_parse',
      getAccessToken: () => 'token',
      retry: { retries: 0, baseDelayMs: 1 },
      fetch: () =>
        Promise.resolve(jsonResponse({ data: [{ ...PAYOUT, status: PRIVATE }], nextCursor: null })),
      onError,
    });
    const thrown = await client.listPayouts().catch((error: unknown) => error);
    expect(thrown).toMatchObject({ code: 'contract_violation', field: 'data.0.status' });
    expect((thrown as RevampdError).message).toBe(
      'The server sent an invalid response: field "data.0.status" Invalid input.',
    );
    expect(onError).toHaveBeenCalledTimes(1);
    for (const error of [thrown, onError.mock.calls[0]?.[0]]) {
      expect(exposeError(error)).not.toMatch(/Jane Doe|jane\.doe@example\.test/);
    }
  });
});
