/**
 * `POST /attachments` and `GET /attachments/{id}` on the mock server (api.md,
 * Attachments; faults.md 28–30): limits checked on the bytes, the file name cleaned, the
 * scan moving from `pending` to `clean` or `infected` on an injectable clock, a link only
 * when clean, attachments used once, and unused ones deleted after 24 hours.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_LIMITS, Attachment, TicketDetail, TicketPage } from '../../src/api/schemas';
import { DEFAULT_MOCK_DELAYS, EICAR_SIGNATURE, MOCK_NOW, lostResponse } from '../../mocks';
import {
  ORG_A,
  ORG_B,
  REVAMPD,
  SAMPLE_FILES,
  call,
  errorCode,
  errorFields,
  newKey,
  upload,
  useMockServer,
  walk,
} from './helpers';
import type { UploadFile } from './helpers';

// The business clock (timestamps, the 24-hour rule) and the delay clock (scans) both move
// only when a test moves them.
let now = MOCK_NOW.getTime();
let delayMs = 1_000_000;
const { db, server } = useMockServer({ now: () => new Date(now), delayClock: () => delayMs });

beforeEach(() => {
  now = MOCK_NOW.getTime();
  delayMs = 1_000_000;
});

const HOUR = 3_600_000;
const scanDone = () => {
  delayMs += DEFAULT_MOCK_DELAYS.scanMs;
};

async function uploaded(file: UploadFile, orgId = ORG_A): Promise<Attachment> {
  const result = await upload(file, { idempotencyKey: newKey(), orgId });
  expect(result.status, result.text).toBe(201);
  return v.parse(Attachment, result.json);
}

describe('POST /attachments', () => {
  it.each(Object.entries(SAMPLE_FILES))(
    'accepts %s, checked on its bytes, pending until scanned',
    async (_, file) => {
      const result = await upload(file, { idempotencyKey: newKey() });
      expect(result.status).toBe(201);
      const attachment = v.parse(Attachment, result.json);
      const size =
        typeof file.bytes === 'string' ? new TextEncoder().encode(file.bytes).length : file.bytes.length;
      expect(attachment).toMatchObject({
        name: file.name,
        size,
        contentType: file.type,
        createdAt: '2026-11-25T15:00:00Z',
        scanStatus: 'pending',
        downloadUrl: null,
      });
    },
  );

  it('scanStatus moves to clean after the scan delay, and only then has an https link', async () => {
    const attachment = await uploaded(SAMPLE_FILES.png);
    const path = `/attachments/${attachment.id}`;
    delayMs += DEFAULT_MOCK_DELAYS.scanMs - 1;
    expect((await call(path)).json).toMatchObject({ scanStatus: 'pending', downloadUrl: null });
    delayMs += 1;
    const clean = v.parse(Attachment, (await call(path)).json);
    expect(clean.scanStatus).toBe('clean');
    expect(clean.downloadUrl).toMatch(/^https:\/\/files\.revampd\.example\/attachments\//);
    expect(new URL(clean.downloadUrl ?? '').protocol).toBe('https:');
  });

  it('a file carrying the EICAR test signature ends infected, never with a link', async () => {
    const attachment = await uploaded({ name: 'eicar.txt', type: 'text/plain', bytes: EICAR_SIGNATURE });
    expect(attachment.scanStatus).toBe('pending');
    scanDone();
    const scanned = v.parse(Attachment, (await call(`/attachments/${attachment.id}`)).json);
    expect(scanned).toMatchObject({ scanStatus: 'infected', downloadUrl: null });
  });

  it('413 file_too_large above 10 MiB; exactly 10 MiB is accepted', async () => {
    const limit = ATTACHMENT_LIMITS.maxBytes;
    const big = new Uint8Array(limit + 1).fill(0x61);
    const refused = await upload(
      { name: 'big.txt', type: 'text/plain', bytes: big },
      { idempotencyKey: newKey() },
    );
    expect(refused.status).toBe(413);
    expect(errorCode(refused.json)).toBe('file_too_large');
    const exact = await upload(
      { name: 'exact.txt', type: 'text/plain', bytes: big.subarray(0, limit) },
      { idempotencyKey: newKey() },
    );
    expect(exact.status).toBe(201);
    expect(exact.json).toMatchObject({ size: limit });
  });

  const refused: [string, UploadFile][] = [
    ['a PDF declared as PNG', { name: 'x.png', type: 'image/png', bytes: SAMPLE_FILES.pdf.bytes }],
    [
      'an executable declared as text',
      { name: 'x.txt', type: 'text/plain', bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0]) },
    ],
    ['a PNG declared as CSV', { name: 'x.csv', type: 'text/csv', bytes: SAMPLE_FILES.png.bytes }],
    ['a ZIP', { name: 'x.zip', type: 'application/zip', bytes: new Uint8Array([0x50, 0x4b, 3, 4]) }],
    ['HTML, even as text', { name: 'x.html', type: 'text/html', bytes: '<script>alert(1)</script>' }],
    ['an SVG', { name: 'x.svg', type: 'image/svg+xml', bytes: '<svg xmlns="http://www.w3.org/2000/svg"/>' }],
    ['untyped binary', { name: 'x.bin', type: '', bytes: new Uint8Array([0, 1, 2, 3]) }],
    ['untyped text without a known extension', { name: 'README', type: '', bytes: 'hello' }],
    ['invalid UTF-8 as text', { name: 'x.txt', type: 'text/plain', bytes: new Uint8Array([0xc3, 0x28]) }],
  ];
  it.each(refused)('415 unsupported_type for %s', async (_, file) => {
    const result = await upload(file, { idempotencyKey: newKey() });
    expect(result.status).toBe(415);
    expect(errorCode(result.json)).toBe('unsupported_type');
  });

  it('without a declared type, the bytes (and for text, the extension) decide', async () => {
    expect(
      (await uploaded({ name: 'shot', type: 'application/octet-stream', bytes: SAMPLE_FILES.png.bytes }))
        .contentType,
    ).toBe('image/png');
    expect((await uploaded({ name: 'calls.csv', type: '', bytes: 'a,b\n1,2\n' })).contentType).toBe(
      'text/csv',
    );
    expect((await uploaded({ name: 'notes.txt', type: '', bytes: 'hello' })).contentType).toBe('text/plain');
  });

  it('keeps the last path segment, drops control and bidi characters, cuts to 255 characters', async () => {
    const cases: [string, string][] = [
      ['C:\\Users\\ada\\Desktop\\report.pdf', 'report.pdf'],
      ['../../etc/passwd.pdf', 'passwd.pdf'],
      ['in\u202Efdp.exe.pdf', 'infdp.exe.pdf'],
      ['a\u0000b\u0007c\u200Fd\u2066e.pdf', 'abcde.pdf'],
      ['<img src=x onerror=alert(1)>.pdf', '<img src=x onerror=alert(1)>.pdf'],
      [`${'n'.repeat(300)}.pdf`, 'n'.repeat(255)],
      [`${'😀'.repeat(300)}.pdf`, '😀'.repeat(255)],
      ['folder/', 'file'],
      // Quotes and line breaks survive the part header (percent-encoded, as browsers do); the
      // line break is then dropped as a control character.
      ['report "final"\r\nv2.pdf', 'report "final"v2.pdf'],
    ];
    for (const [name, kept] of cases) {
      const attachment = await uploaded({ name, type: 'application/pdf', bytes: SAMPLE_FILES.pdf.bytes });
      expect(attachment.name, name).toBe(kept);
      expect([...attachment.name].length).toBeLessThanOrEqual(ATTACHMENT_LIMITS.maxNameLength);
    }
  });

  it('422 without a part named file, or for an empty file', async () => {
    const none = await upload(null, { idempotencyKey: newKey() });
    expect(none.status).toBe(422);
    expect(errorFields(none.json)).toHaveProperty('file');
    const empty = await upload(
      { name: 'x.txt', type: 'text/plain', bytes: '' },
      { idempotencyKey: newKey() },
    );
    expect(empty.status).toBe(422);
    expect(errorFields(empty.json)).toHaveProperty('file');
    const json = await call('/attachments', {
      method: 'POST',
      idempotencyKey: newKey(),
      body: { file: 'x' },
    });
    expect(json.status).toBe(422);
  });

  it('needs a token and an Idempotency-Key', async () => {
    expect((await upload(SAMPLE_FILES.png, { idempotencyKey: newKey(), authorization: null })).status).toBe(
      401,
    );
    const keyless = await upload(SAMPLE_FILES.png);
    expect(keyless.status).toBe(400);
    expect(errorCode(keyless.json)).toBe('idempotency_key_required');
    expect(db.scope(ORG_A, REVAMPD).attachments.every((attachment) => attachment.ticketId !== null)).toBe(
      true,
    );
  });

  it('faults 30: a retry of the same upload with its key is one attachment; another file with it is 409', async () => {
    const key = newKey();
    const first = await upload(SAMPLE_FILES.jpeg, { idempotencyKey: key });
    const again = await upload(SAMPLE_FILES.jpeg, { idempotencyKey: key });
    expect(again.status).toBe(201);
    expect(again.json).toEqual(first.json);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    const unused = db.scope(ORG_A, REVAMPD).attachments.filter((attachment) => attachment.ticketId === null);
    expect(unused).toHaveLength(1);
    const other = await upload(SAMPLE_FILES.gif, { idempotencyKey: key });
    expect(other.status).toBe(409);
    expect(errorCode(other.json)).toBe('idempotency_key_reused');
  });

  it('faults 37: an upload committed with its response lost is found again by its key', async () => {
    server.use(...lostResponse('uploadAttachment'));
    const key = newKey();
    await expect(upload(SAMPLE_FILES.pdf, { idempotencyKey: key })).rejects.toThrow(TypeError);
    const retry = await upload(SAMPLE_FILES.pdf, { idempotencyKey: key });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    expect(
      db.scope(ORG_A, REVAMPD).attachments.filter((attachment) => attachment.ticketId === null),
    ).toHaveLength(1);
  });
});

describe('GET /attachments/{id}', () => {
  it('404 for an unknown id and for another org’s upload', async () => {
    expect((await call('/attachments/att_nope')).status).toBe(404);
    const foreign = await uploaded(SAMPLE_FILES.png, ORG_B);
    const result = await call(`/attachments/${foreign.id}`);
    expect(result.status).toBe(404);
    expect(errorCode(result.json)).toBe('not_found');
  });

  it('serves the seeded files as they are: clean ones linked, the infected one not', async () => {
    for (const stored of db.scope(ORG_A, REVAMPD).attachments) {
      const attachment = v.parse(Attachment, (await call(`/attachments/${stored.id}`)).json);
      expect(attachment.scanStatus).toBe(stored.verdict);
      expect(attachment.downloadUrl === null).toBe(stored.verdict === 'infected');
    }
  });
});

describe('attachments on tickets', () => {
  it('a new ticket’s attachmentIds become its own, listed on the detail only', async () => {
    const files = [await uploaded(SAMPLE_FILES.png), await uploaded(SAMPLE_FILES.csv)];
    const created = await call('/tickets', {
      method: 'POST',
      idempotencyKey: newKey(),
      body: {
        title: 'Screens',
        priority: 'low',
        description: 'See files',
        attachmentIds: files.map((file) => file.id),
      },
    });
    expect(created.status).toBe(201);
    const id = String((created.json as { id: string }).id);
    const detail = v.parse(TicketDetail, (await call(`/tickets/${id}`)).json);
    expect(detail.attachments.map((attachment) => attachment.id)).toEqual(files.map((file) => file.id));
    const { pages } = await walk('/tickets', 100);
    for (const page of pages) {
      expect(v.safeParse(TicketPage, page).success).toBe(true);
      expect(JSON.stringify(page)).not.toContain('"attachments"');
    }
    // Used once: neither another ticket nor a reply may take them again.
    const reuse = await call('/tickets', {
      method: 'POST',
      idempotencyKey: newKey(),
      body: { title: 'Again', priority: 'low', description: 'x', attachmentIds: [files[0]?.id] },
    });
    expect(reuse.status).toBe(422);
    expect(Object.keys(errorFields(reuse.json))).toEqual(['attachmentIds']);
  });

  it('422 on a new ticket for six files, naming attachmentIds beside the other fields', async () => {
    const files = await Promise.all(Array.from({ length: 6 }, () => uploaded(SAMPLE_FILES.text)));
    const result = await call('/tickets', {
      method: 'POST',
      idempotencyKey: newKey(),
      body: { title: '', priority: 'low', description: 'x', attachmentIds: files.map((file) => file.id) },
    });
    expect(result.status).toBe(422);
    expect(Object.keys(errorFields(result.json)).sort()).toEqual(['attachmentIds', 'title']);
    expect(
      db.scope(ORG_A, REVAMPD).attachments.filter((attachment) => attachment.ticketId === null),
    ).toHaveLength(6);
  });

  it('a pending upload may be attached; it stays pending until scanned', async () => {
    const file = await uploaded(SAMPLE_FILES.webp);
    const ticket = db.scope(ORG_A, REVAMPD).tickets.find((candidate) => candidate.status === 'in_progress');
    const reply = await call(`/tickets/${ticket?.id ?? ''}/messages`, {
      method: 'POST',
      idempotencyKey: newKey(),
      body: { body: 'Screenshot', attachmentIds: [file.id] },
    });
    expect(reply.status).toBe(201);
    expect(reply.json).toMatchObject({
      attachments: [{ id: file.id, scanStatus: 'pending', downloadUrl: null }],
    });
    scanDone();
    const { rows } = await walk(`/tickets/${ticket?.id ?? ''}/messages`, 100);
    expect(rows.at(-1)).toMatchObject({ attachments: [{ id: file.id, scanStatus: 'clean' }] });
  });

  it('an unused upload is deleted after 24 hours; a used one stays', async () => {
    const unused = await uploaded(SAMPLE_FILES.png);
    const used = await uploaded(SAMPLE_FILES.gif);
    const ticket = db.scope(ORG_A, REVAMPD).tickets.find((candidate) => candidate.status === 'in_progress');
    await call(`/tickets/${ticket?.id ?? ''}/messages`, {
      method: 'POST',
      idempotencyKey: newKey(),
      body: { body: 'gif', attachmentIds: [used.id] },
    });
    now += 24 * HOUR - 1;
    expect((await call(`/attachments/${unused.id}`)).status).toBe(200);
    now += 1;
    expect((await call(`/attachments/${unused.id}`)).status).toBe(404);
    expect((await call(`/attachments/${used.id}`)).status).toBe(200);
    const late = await call(`/tickets/${ticket?.id ?? ''}/messages`, {
      method: 'POST',
      idempotencyKey: newKey(),
      body: { body: 'png', attachmentIds: [unused.id] },
    });
    expect(late.status).toBe(422);
    expect(errorFields(late.json)).toHaveProperty('attachmentIds');
  });
});
