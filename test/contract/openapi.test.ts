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
});
