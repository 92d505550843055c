/**
 * Ticket conversations on the mock server (api.md, Tickets; issue 10): messages oldest
 * first and paged, replies by the customer, a reply reopening a resolved ticket,
 * `409 ticket_closed`, the conversation fields of a ticket, and the seeded conversations.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { MESSAGE_LIMITS, Message, MessagePage, Ticket, TicketDetail } from '../../src/api/schemas';
import { addAttachment, addTicketMessage, createMockDb, lostResponse } from '../../mocks';
import type { MockScope } from '../../mocks';
import {
  ORG_A,
  ORG_B,
  REVAMPD,
  call,
  errorCode,
  errorFields,
  isObject,
  newKey,
  useMockServer,
  walk,
} from './helpers';

const { db, server } = useMockServer();

const NOW_ISO = '2026-11-25T15:00:00Z';
const scope = (): MockScope => db.scope(ORG_A, REVAMPD);

function ticketWhere(predicate: (ticket: Ticket) => boolean): Ticket {
  const ticket = scope().tickets.find(predicate);
  if (ticket === undefined) throw new Error('the seed has no such ticket');
  return ticket;
}

const replyTo = (ticketId: string, body: unknown, key = newKey(), orgId = ORG_A) =>
  call(`/tickets/${ticketId}/messages`, { method: 'POST', idempotencyKey: key, body, orgId });

const messagesOf = async (ticketId: string, limit = 100) =>
  (await walk(`/tickets/${ticketId}/messages`, limit)).rows;

describe('the seeded conversations', () => {
  it('have several replies each way, by the assignee and the customer, oldest first', () => {
    const { tickets, messages } = scope();
    const threads = tickets.filter((ticket) => (messages[ticket.id]?.length ?? 0) >= 4);
    expect(threads.length).toBeGreaterThanOrEqual(5);
    for (const ticket of tickets) {
      const thread = messages[ticket.id] ?? [];
      if (ticket.assignee === null) expect(thread).toHaveLength(0);
      const stamps = thread.map((message) => Date.parse(message.createdAt));
      expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
      for (const message of thread) {
        expect(Date.parse(message.createdAt)).toBeGreaterThanOrEqual(Date.parse(ticket.createdAt));
        expect(Date.parse(message.createdAt)).toBeLessThanOrEqual(Date.parse(NOW_ISO));
        if (message.author.kind === 'team') expect(message.author.name).toBe(ticket.assignee?.name);
        else expect(message.author.name).toBe(scope().customerName);
      }
      const kinds = new Set(thread.map((message) => message.author.kind));
      if (thread.length >= 2) expect(kinds).toEqual(new Set(['team', 'customer']));
    }
  });

  it('include a ticket awaiting the customer that is still being worked, and a long thread', () => {
    const awaiting = scope().tickets.filter((ticket) => ticket.awaitingCustomer);
    expect(awaiting.some((ticket) => ticket.status === 'in_progress' || ticket.status === 'open')).toBe(true);
    expect(Math.max(...scope().tickets.map((ticket) => ticket.messageCount))).toBeGreaterThanOrEqual(12);
  });

  it('carry files of every accepted type, one infected, on tickets and messages', () => {
    const { attachments } = scope();
    expect(new Set(attachments.map((attachment) => attachment.contentType))).toEqual(
      new Set([
        'image/png',
        'image/jpeg',
        'image/gif',
        'image/webp',
        'application/pdf',
        'text/plain',
        'text/csv',
      ]),
    );
    expect(attachments.filter((attachment) => attachment.verdict === 'infected')).toHaveLength(1);
    expect(
      attachments.some((attachment) => attachment.messageId === null && attachment.ticketId !== null),
    ).toBe(true);
    expect(attachments.every((attachment) => attachment.ticketId !== null)).toBe(true);
  });

  it('agree with every ticket’s conversation fields', () => {
    for (const ticket of scope().tickets) {
      const thread = scope().messages[ticket.id] ?? [];
      const last = thread.at(-1);
      expect(ticket).toMatchObject({
        messageCount: thread.length,
        lastMessageAt: last?.createdAt ?? null,
        lastMessageBy: last?.author.kind ?? null,
        awaitingCustomer: last?.author.kind === 'team' && ticket.status !== 'closed',
      });
      if (last !== undefined)
        expect(Date.parse(ticket.updatedAt)).toBeGreaterThanOrEqual(Date.parse(last.createdAt));
    }
  });

  it('are deterministic', () => {
    const again = createMockDb().scope(ORG_A, REVAMPD);
    expect(JSON.stringify(again.messages)).toBe(JSON.stringify(scope().messages));
    expect(JSON.stringify(again.attachments)).toBe(JSON.stringify(scope().attachments));
  });
});

describe('GET /tickets/{id}/messages', () => {
  it('serves the conversation oldest first, on contract, with resolved attachments', async () => {
    const ticket = ticketWhere((candidate) => candidate.messageCount >= 12);
    const { rows, pages } = await walk(`/tickets/${ticket.id}/messages`, 5);
    expect(pages).toHaveLength(Math.ceil(ticket.messageCount / 5));
    for (const page of pages) expect(v.safeParse(MessagePage, page).success).toBe(true);
    expect(rows.map((row) => row['id'])).toEqual(scope().messages[ticket.id]?.map((message) => message.id));
    const stamps = rows.map((row) => Date.parse(String(row['createdAt'])));
    expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
    const withFiles = rows.filter(
      (row) => Array.isArray(row['attachments']) && row['attachments'].length > 0,
    );
    expect(withFiles.length).toBeGreaterThan(0);
  });

  it('pages the same rows whatever the page size', async () => {
    const ticket = ticketWhere((candidate) => candidate.messageCount >= 7);
    const all = await messagesOf(ticket.id, 100);
    for (const limit of [1, 2, 3]) expect(await messagesOf(ticket.id, limit)).toEqual(all);
  });

  it('is empty for a ticket without replies, 404 for an unknown or another org’s ticket', async () => {
    const quiet = ticketWhere((candidate) => candidate.messageCount === 0);
    expect((await call(`/tickets/${quiet.id}/messages`)).json).toEqual({ data: [], nextCursor: null });
    expect((await call('/tickets/tkt_nope/messages')).status).toBe(404);
    const other = db.scope(ORG_B, REVAMPD).tickets[0];
    const result = await call(`/tickets/${other?.id ?? ''}/messages`);
    expect(result.status).toBe(404);
    expect(errorCode(result.json)).toBe('not_found');
  });

  it('a cursor of one ticket’s conversation is 400 invalid_cursor on another’s', async () => {
    const [first, second] = scope().tickets.filter((ticket) => ticket.messageCount >= 3);
    const page = await call(`/tickets/${first?.id ?? ''}/messages?limit=1`);
    const cursor = String(isObject(page.json) ? page.json['nextCursor'] : '');
    const result = await call(
      `/tickets/${second?.id ?? ''}/messages?limit=1&cursor=${encodeURIComponent(cursor)}`,
    );
    expect(result.status).toBe(400);
    expect(errorCode(result.json)).toBe('invalid_cursor');
    expect((await call(`/tickets/${first?.id ?? ''}/messages?limit=1&cursor=${cursor}`)).status).toBe(200);
  });
});

describe('POST /tickets/{id}/messages', () => {
  it('adds the customer’s reply last, trimmed, and the ticket’s fields follow', async () => {
    const ticket = ticketWhere(
      (candidate) => candidate.status === 'in_progress' && candidate.awaitingCustomer,
    );
    const result = await replyTo(ticket.id, { body: '  Line one\nLine two  ' });
    expect(result.status).toBe(201);
    const message = v.parse(Message, result.json);
    expect(message).toMatchObject({
      ticketId: ticket.id,
      author: { kind: 'customer', name: scope().customerName },
      body: 'Line one\nLine two',
      createdAt: NOW_ISO,
      attachments: [],
    });
    const thread = await messagesOf(ticket.id);
    expect(thread.at(-1)).toEqual(result.json);
    expect(thread).toHaveLength(ticket.messageCount + 1);
    const detail = v.parse(TicketDetail, (await call(`/tickets/${ticket.id}`)).json);
    expect(detail).toMatchObject({
      status: 'in_progress',
      updatedAt: NOW_ISO,
      messageCount: ticket.messageCount + 1,
      lastMessageAt: NOW_ISO,
      lastMessageBy: 'customer',
      awaitingCustomer: false,
    });
    const listed = (await walk('/tickets', 100)).rows.find((row) => row['id'] === ticket.id);
    expect(listed).toMatchObject({ messageCount: ticket.messageCount + 1, awaitingCustomer: false });
  });

  it('a reply to a resolved ticket reopens it', async () => {
    const ticket = ticketWhere((candidate) => candidate.status === 'resolved');
    expect((await replyTo(ticket.id, { body: 'It is back.' })).status).toBe(201);
    expect((await call(`/tickets/${ticket.id}`)).json).toMatchObject({ status: 'open', updatedAt: NOW_ISO });
  });

  it('a reply to a closed ticket is 409 ticket_closed and adds nothing; reopened, it goes through', async () => {
    const ticket = ticketWhere((candidate) => candidate.status === 'closed');
    const before = scope().messages[ticket.id]?.length ?? 0;
    const refused = await replyTo(ticket.id, { body: 'Hello?' });
    expect(refused.status).toBe(409);
    expect(errorCode(refused.json)).toBe('ticket_closed');
    expect(scope().messages[ticket.id]?.length ?? 0).toBe(before);
    expect(scope().tickets.find((candidate) => candidate.id === ticket.id)).toEqual(ticket);
    await call(`/tickets/${ticket.id}`, {
      method: 'PATCH',
      idempotencyKey: newKey(),
      body: { status: 'open' },
    });
    expect((await replyTo(ticket.id, { body: 'Hello?' })).status).toBe(201);
    expect(scope().messages[ticket.id]).toHaveLength(before + 1);
  });

  it('404 for an unknown or another org’s ticket', async () => {
    expect((await replyTo('tkt_nope', { body: 'x' })).status).toBe(404);
    const other = db.scope(ORG_B, REVAMPD).tickets[0];
    expect((await replyTo(other?.id ?? '', { body: 'x' })).status).toBe(404);
  });

  it('422 validation_failed naming each bad field, and nothing is added', async () => {
    const ticket = ticketWhere((candidate) => candidate.status === 'in_progress');
    const before = scope().messages[ticket.id]?.length ?? 0;
    const used = scope().attachments.find((attachment) => attachment.ticketId !== null);
    const infected = addAttachment(scope(), {
      name: 'x.pdf',
      contentType: 'application/pdf',
      size: 9,
      verdict: 'infected',
    });
    const fresh = Array.from({ length: 6 }, (_, index) =>
      addAttachment(scope(), { name: `f${index}.png`, contentType: 'image/png', size: 9 }),
    );
    const cases: [unknown, string[]][] = [
      [{ body: '   \n ' }, ['body']],
      [{ body: 'x'.repeat(MESSAGE_LIMITS.body + 1) }, ['body']],
      [{ body: 42 }, ['body']],
      [{}, ['body']],
      [[], ['body']],
      [{ body: 'ok', attachmentIds: 'att_1' }, ['attachmentIds']],
      [{ body: 'ok', attachmentIds: [1] }, ['attachmentIds']],
      [{ body: 'ok', attachmentIds: fresh.map((attachment) => attachment.id) }, ['attachmentIds']],
      [{ body: 'ok', attachmentIds: ['att_nope'] }, ['attachmentIds']],
      [{ body: 'ok', attachmentIds: [used?.id] }, ['attachmentIds']],
      [{ body: 'ok', attachmentIds: [infected.id] }, ['attachmentIds']],
      [{ body: 'ok', attachmentIds: [fresh[0]?.id, fresh[0]?.id] }, ['attachmentIds']],
      [{ body: '', attachmentIds: ['att_nope'] }, ['attachmentIds', 'body']],
    ];
    for (const [body, fields] of cases) {
      const result = await replyTo(ticket.id, body);
      expect(result.status, JSON.stringify(body).slice(0, 80)).toBe(422);
      expect(errorCode(result.json)).toBe('validation_failed');
      expect(Object.keys(errorFields(result.json)).sort()).toEqual(fields);
    }
    expect(scope().messages[ticket.id]?.length ?? 0).toBe(before);
    expect(fresh.every((attachment) => attachment.ticketId === null)).toBe(true);
  });

  it('counts the body’s characters after trimming, as a person does (an emoji is one)', async () => {
    const ticket = ticketWhere((candidate) => candidate.status === 'in_progress');
    expect((await replyTo(ticket.id, { body: ` ${'😀'.repeat(MESSAGE_LIMITS.body)} ` })).status).toBe(201);
    expect((await replyTo(ticket.id, { body: 'x'.repeat(MESSAGE_LIMITS.body) })).status).toBe(201);
  });

  it('attaches up to five unused uploads, which then belong to that message', async () => {
    const ticket = ticketWhere((candidate) => candidate.status === 'in_progress');
    const files = Array.from({ length: 5 }, (_, index) =>
      addAttachment(scope(), { name: `shot-${index}.png`, contentType: 'image/png', size: 100 + index }),
    );
    const result = await replyTo(ticket.id, { body: 'Screens', attachmentIds: files.map((file) => file.id) });
    expect(result.status).toBe(201);
    const message = v.parse(Message, result.json);
    expect(message.attachments.map((attachment) => attachment.id)).toEqual(files.map((file) => file.id));
    expect(files.every((file) => file.ticketId === ticket.id && file.messageId === message.id)).toBe(true);
    // The ticket's own attachments are the description's, not a reply's.
    const detail = v.parse(TicketDetail, (await call(`/tickets/${ticket.id}`)).json);
    expect(detail.attachments.some((attachment) => files.some((file) => file.id === attachment.id))).toBe(
      false,
    );
    const again = await replyTo(ticket.id, { body: 'Again', attachmentIds: [files[0]?.id] });
    expect(errorFields(again.json)).toHaveProperty('attachmentIds');
  });

  it('another scope’s upload cannot be attached', async () => {
    const foreign = addAttachment(db.scope(ORG_B, REVAMPD), {
      name: 'x.png',
      contentType: 'image/png',
      size: 9,
    });
    const ticket = ticketWhere((candidate) => candidate.status === 'in_progress');
    const result = await replyTo(ticket.id, { body: 'x', attachmentIds: [foreign.id] });
    expect(result.status).toBe(422);
    expect(foreign.ticketId).toBeNull();
  });

  it('one message per key: a double submit and a replay post once', async () => {
    const ticket = ticketWhere((candidate) => candidate.status === 'in_progress');
    const before = scope().messages[ticket.id]?.length ?? 0;
    const key = newKey();
    const results = await Promise.all([
      replyTo(ticket.id, { body: 'Once' }, key),
      replyTo(ticket.id, { body: 'Once' }, key),
    ]);
    expect(results.map((result) => result.status)).toEqual([201, 201]);
    expect(results[0]?.json).toEqual(results[1]?.json);
    expect(scope().messages[ticket.id]).toHaveLength(before + 1);
    const changed = await replyTo(ticket.id, { body: 'Twice' }, key);
    expect(errorCode(changed.json)).toBe('idempotency_key_reused');
  });

  it('faults 37: the reply was committed and its response lost; the retry gets it, one message', async () => {
    const ticket = ticketWhere((candidate) => candidate.status === 'resolved');
    const before = scope().messages[ticket.id]?.length ?? 0;
    server.use(...lostResponse('replyToTicket'));
    const key = newKey();
    await expect(replyTo(ticket.id, { body: 'Still broken' }, key)).rejects.toThrow(TypeError);
    expect(scope().messages[ticket.id]).toHaveLength(before + 1);
    expect(scope().tickets.find((candidate) => candidate.id === ticket.id)?.status).toBe('open');
    const retry = await replyTo(ticket.id, { body: 'Still broken' }, key);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    expect(retry.json).toMatchObject({ id: scope().messages[ticket.id]?.at(-1)?.id, body: 'Still broken' });
    expect(scope().messages[ticket.id]).toHaveLength(before + 1);
  });
});

describe('awaitingCustomer', () => {
  it('is true when the team wrote last and the ticket is not closed, and follows closing and reopening', async () => {
    const ticket = ticketWhere(
      (candidate) => candidate.status === 'in_progress' && !candidate.awaitingCustomer,
    );
    addTicketMessage(scope(), ticket.id, {
      author: { kind: 'team', name: 'Maya Okafor' },
      body: 'Could you try again?',
      createdAt: NOW_ISO,
    });
    const path = `/tickets/${ticket.id}`;
    expect((await call(path)).json).toMatchObject({ awaitingCustomer: true, lastMessageBy: 'team' });
    const closed = await call(path, {
      method: 'PATCH',
      idempotencyKey: newKey(),
      body: { status: 'closed' },
    });
    expect(closed.json).toMatchObject({ status: 'closed', awaitingCustomer: false, lastMessageBy: 'team' });
    const reopened = await call(path, {
      method: 'PATCH',
      idempotencyKey: newKey(),
      body: { status: 'open' },
    });
    expect(reopened.json).toMatchObject({ status: 'open', awaitingCustomer: true });
    await replyTo(ticket.id, { body: 'Works now.' });
    expect((await call(path)).json).toMatchObject({ awaitingCustomer: false, lastMessageBy: 'customer' });
  });

  it('is served from the conversation even for rows written straight into the db', async () => {
    const [first] = scope().tickets;
    if (first === undefined) throw new Error('no tickets');
    scope().tickets[0] = { ...first, status: 'open', messageCount: 99, awaitingCustomer: false };
    scope().messages[first.id] = [];
    addTicketMessage(scope(), first.id, { author: { kind: 'team', name: 'Daniel Reyes' }, body: 'Hi' });
    scope().tickets[0] = { ...(scope().tickets[0] ?? first), messageCount: 99, awaitingCustomer: false };
    const row = (await walk('/tickets', 100)).rows.find((candidate) => candidate['id'] === first.id);
    expect(row).toMatchObject({ messageCount: 1, awaitingCustomer: true, lastMessageBy: 'team' });
  });

  it('a new ticket has no replies and awaits nobody', async () => {
    const created = await call('/tickets', {
      method: 'POST',
      idempotencyKey: newKey(),
      body: { title: 'New', priority: 'low', description: 'Help' },
    });
    expect(created.json).toMatchObject({
      messageCount: 0,
      lastMessageAt: null,
      lastMessageBy: null,
      awaitingCustomer: false,
    });
    expect(v.safeParse(Ticket, created.json).success).toBe(true);
    expect(isObject(created.json) && 'attachments' in created.json).toBe(false);
  });
});
