// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildOpenApiDocument } from '../../src/api/openapi';

const committed = () => readFileSync(resolve(__dirname, '../../openapi.json'), 'utf8');

describe('openapi.json', () => {
  it('is up to date with src/api/schemas.ts (run `npm run openapi` when this fails)', () => {
    expect(committed()).toBe(`${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
  });

  it('describes every endpoint of api.md', () => {
    const document = JSON.parse(committed()) as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual(
      [
        'GET /plan',
        'GET /add-ons',
        'POST /add-ons/{addOnId}/cancel',
        'GET /tickets',
        'POST /tickets',
        'GET /tickets/{ticketId}',
        'PATCH /tickets/{ticketId}',
        'GET /invoices',
        'POST /invoices/{invoiceId}/pay-with-wallet',
        'GET /wallet',
        'GET /wallet/transactions',
        'GET /affiliate/payouts',
        'GET /affiliate/summary',
        'GET /add-ons/catalog',
        'GET /phone-numbers/available',
        'POST /add-ons',
        'GET /tickets/{ticketId}/messages',
        'POST /tickets/{ticketId}/messages',
        'POST /attachments',
        'GET /attachments/{attachmentId}',
        'GET /attention',
      ].sort(),
    );
  });

  it('keeps money as integer minor units', () => {
    const document = JSON.parse(committed()) as {
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    const wallet = JSON.stringify(document.components.schemas['Wallet']);
    expect(wallet).toContain('"amount":{"type":"integer"');
  });

  it('lists every filter of api.md as a query parameter', () => {
    const document = JSON.parse(committed()) as {
      paths: Record<string, { get?: { parameters?: { name: string; in: string }[] } }>;
    };
    const query = (path: string) =>
      (document.paths[path]?.get?.parameters ?? [])
        .filter((parameter) => parameter.in === 'query')
        .map((parameter) => parameter.name)
        .sort();
    expect(query('/tickets')).toEqual(['awaitingCustomer', 'cursor', 'limit', 'priority', 'q', 'status']);
    expect(query('/invoices')).toEqual(['cursor', 'issuedFrom', 'issuedTo', 'limit', 'q', 'status', 'type']);
    expect(query('/wallet/transactions')).toEqual(['createdFrom', 'createdTo', 'cursor', 'kind', 'limit']);
    expect(query('/affiliate/payouts')).toEqual(['createdFrom', 'createdTo', 'cursor', 'limit', 'status']);
    expect(query('/phone-numbers/available')).toEqual(['areaCode', 'contains', 'productId']);
    expect(query('/tickets/{ticketId}/messages')).toEqual(['cursor', 'limit']);
  });

  it('uploads attachments as multipart/form-data with one part named file', () => {
    const document = JSON.parse(committed()) as {
      paths: Record<string, { post?: { requestBody?: { content: Record<string, { schema: unknown }> } } }>;
    };
    const content = document.paths['/attachments']?.post?.requestBody?.content ?? {};
    expect(Object.keys(content)).toEqual(['multipart/form-data']);
    expect(content['multipart/form-data']?.schema).toMatchObject({
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary', maxLength: 10_485_760 } },
    });
  });

  it('describes the new fields as the contract says', () => {
    const document = JSON.parse(committed()) as {
      components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
    };
    const { schemas } = document.components;
    const ticket = JSON.stringify(schemas['TicketDetail']);
    for (const field of [
      'messageCount',
      'lastMessageAt',
      'lastMessageBy',
      'awaitingCustomer',
      'attachments',
    ]) {
      expect(schemas['TicketDetail']?.required).toContain(field);
    }
    expect(ticket).toContain('"scanStatus":{"type":"string","enum":["pending","clean","infected"]}');
    expect(JSON.stringify(schemas['TicketPage'])).not.toContain('"attachments"');
    expect(JSON.stringify(schemas['WalletTransactionPage'])).toContain('"balanceAfter"');
    expect(JSON.stringify(schemas['PayoutPage'])).toContain('"failureReason"');
    expect(schemas['AddOn']?.required).toContain('cancellable');
    expect(schemas['Attention']?.required?.sort()).toEqual(
      [
        'asOf',
        'failedPayouts',
        'openInvoices',
        'overdueInvoices',
        'ticketsAwaitingCustomer',
        'walletShortfall',
      ].sort(),
    );
    expect(JSON.stringify(schemas['PurchaseAddOn'])).toContain('"maximum":100');
  });
});
