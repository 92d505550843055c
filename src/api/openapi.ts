/**
 * The OpenAPI 3.1 document of api.md, derived from the contract schemas. Not part of the
 * published bundle (nothing in src/index.ts imports it); `npm run openapi` writes it.
 */
import * as z from 'zod/mini';
import * as s from './schemas';

type JsonSchema = Record<string, unknown>;

const components: Record<string, JsonSchema> = {};

/** Registers a schema under `components.schemas` and returns a `$ref` to it. */
function ref(name: string, schema: z.core.$ZodType): JsonSchema {
  if (!components[name]) {
    const { $schema: _ignored, ...json } = z.toJSONSchema(schema, {
      io: 'output',
      unrepresentable: 'any',
    }) as JsonSchema;
    components[name] = json;
  }
  return { $ref: `#/components/schemas/${name}` };
}

const json = (schema: JsonSchema, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});

const errors = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [String(status), { $ref: `#/components/responses/Error${status}` }]),
  );

const listParams = [
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 25 } },
  { name: 'cursor', in: 'query', schema: { type: 'string' } },
];
const idempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  required: true,
  description: 'A UUID made before the first attempt and reused for every retry of that attempt.',
  schema: { type: 'string', format: 'uuid' },
};
const common = [401, 403, 429, 500];

/** Builds the document. Deterministic: the same schemas give the same bytes. */
export function buildOpenApiDocument(): Record<string, unknown> {
  const paths = {
    '/plan': {
      get: { operationId: 'getPlan', responses: { 200: json(ref('Plan', s.Plan)), ...errors(...common) } },
    },
    '/add-ons': {
      get: {
        operationId: 'listAddOns',
        parameters: listParams,
        responses: { 200: json(ref('AddOnPage', s.AddOnPage)), ...errors(400, ...common) },
      },
    },
    '/add-ons/{addOnId}/cancel': {
      post: {
        operationId: 'cancelAddOn',
        parameters: [
          { name: 'addOnId', in: 'path', required: true, schema: { type: 'string' } },
          idempotencyKey,
        ],
        responses: { 200: json(ref('AddOn', s.AddOn)), ...errors(404, 409, ...common) },
      },
    },
    '/tickets': {
      get: {
        operationId: 'listTickets',
        parameters: [
          ...listParams,
          { name: 'status', in: 'query', schema: ref('TicketStatus', s.TicketStatus) },
        ],
        responses: { 200: json(ref('TicketPage', s.TicketPage)), ...errors(400, ...common) },
      },
      post: {
        operationId: 'createTicket',
        parameters: [idempotencyKey],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: ref('NewTicket', s.NewTicket) } },
        },
        responses: { 201: json(ref('Ticket', s.Ticket), 'Created'), ...errors(409, 422, ...common) },
      },
    },
    '/tickets/{ticketId}': {
      get: {
        operationId: 'getTicket',
        parameters: [{ name: 'ticketId', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 200: json(ref('Ticket', s.Ticket)), ...errors(404, ...common) },
      },
      patch: {
        operationId: 'updateTicketStatus',
        parameters: [
          { name: 'ticketId', in: 'path', required: true, schema: { type: 'string' } },
          idempotencyKey,
        ],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: ref('TicketStatusChange', s.TicketStatusChange) } },
        },
        responses: { 200: json(ref('Ticket', s.Ticket)), ...errors(404, 409, 422, ...common) },
      },
    },
    '/invoices': {
      get: {
        operationId: 'listInvoices',
        parameters: listParams,
        responses: { 200: json(ref('InvoicePage', s.InvoicePage)), ...errors(400, ...common) },
      },
    },
    '/invoices/{invoiceId}/pay-with-wallet': {
      post: {
        operationId: 'payInvoiceWithWallet',
        parameters: [
          { name: 'invoiceId', in: 'path', required: true, schema: { type: 'string' } },
          idempotencyKey,
        ],
        responses: {
          200: json(ref('InvoicePayment', s.InvoicePayment)),
          ...errors(404, 409, 422, ...common),
        },
      },
    },
    '/wallet': {
      get: {
        operationId: 'getWallet',
        responses: { 200: json(ref('Wallet', s.Wallet)), ...errors(...common) },
      },
    },
    '/wallet/transactions': {
      get: {
        operationId: 'listWalletTransactions',
        parameters: listParams,
        responses: {
          200: json(ref('WalletTransactionPage', s.WalletTransactionPage)),
          ...errors(400, ...common),
        },
      },
    },
    '/affiliate/payouts': {
      get: {
        operationId: 'listPayouts',
        parameters: listParams,
        responses: { 200: json(ref('PayoutPage', s.PayoutPage)), ...errors(400, ...common) },
      },
    },
    '/affiliate/summary': {
      get: {
        operationId: 'getPayoutSummary',
        parameters: [
          {
            name: 'timeZone',
            in: 'query',
            required: true,
            schema: { type: 'string', description: 'IANA time zone' },
          },
          {
            name: 'weekStartsOn',
            in: 'query',
            required: true,
            schema: { type: 'integer', minimum: 1, maximum: 7 },
          },
        ],
        responses: { 200: json(ref('PayoutSummary', s.PayoutSummary)), ...errors(400, ...common) },
      },
    },
  };

  const errorBody = ref('Error', s.ApiErrorBody);
  const statusText: Record<number, string> = {
    400: 'Bad request',
    401: 'Token missing or expired',
    403: 'No access to this org or connection',
    404: 'Not found',
    409: 'Conflict (already cancelled, insufficient funds, idempotency key reused)',
    422: 'Validation failed; `fields` names each invalid field',
    429: 'Too many requests; see Retry-After',
    500: 'Server error',
  };
  const responses = Object.fromEntries(
    Object.entries(statusText).map(([status, description]) => [
      `Error${status}`,
      {
        ...json(errorBody, description),
        ...(status === '429'
          ? { headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait' } } }
          : {}),
      },
    ]),
  );

  return {
    openapi: '3.1.0',
    info: {
      title: 'Revampd connection API',
      version: '1.0.0',
      description: 'Generated from src/api/schemas.ts by `npm run openapi`. The prose is shared/spec/api.md.',
    },
    servers: [
      {
        url: '{baseUrl}/v1/orgs/{orgId}/connections/{connectionId}',
        variables: {
          baseUrl: { default: 'https://api.revampd.example' },
          orgId: { default: 'org_123' },
          connectionId: { default: 'revampd' },
        },
      },
    ],
    security: [{ bearer: [] }],
    paths,
    components: {
      schemas: components,
      responses,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
