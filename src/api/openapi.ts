/**
 * The OpenAPI 3.1 document of api.md, derived from the contract schemas. Not part of the
 * published bundle (nothing in src/index.ts imports it); `npm run openapi` writes it, which
 * is why @valibot/to-json-schema is only a dev dependency.
 */
import { toJsonSchema, type ConversionConfig } from '@valibot/to-json-schema';
import type * as v from 'valibot';
import * as s from './schemas';

type JsonSchema = Record<string, unknown>;

/**
 * The converter's options that describe the contract exactly as the document always has
 * (it was first generated with zod), so a consumer's generated client does not change.
 * `openapi.json` and test/contract/openapi.test.ts hold it to the byte; the measurement is in
 * docs/performance/schema-library.md.
 */
const CONVERSION: ConversionConfig = {
  target: 'draft-2020-12',
  typeMode: 'output',
  // A refinement (`v.check`) is code, not a JSON Schema keyword: the document leaves it out
  // rather than fail. The few that matter (`q`'s length) are written out by hand below.
  ignoreActions: ['check'],
  overrideAction({ valibotAction, jsonSchema }) {
    // The timestamp is a plain regex to valibot; to a reader of the API it is a date-time.
    if (
      valibotAction.type === 'regex' &&
      'requirement' in valibotAction &&
      valibotAction.requirement === s.TIMESTAMP_REGEX
    ) {
      const { pattern, ...rest } = jsonSchema;
      return { ...rest, format: 'date-time', pattern };
    }
    // Key order only: the document has always written an array's bound before its type.
    if (valibotAction.type === 'max_length' && jsonSchema.type === 'array') {
      const { maxItems, ...rest } = jsonSchema;
      return { maxItems, ...rest };
    }
    return undefined;
  },
  overrideSchema({ valibotSchema, jsonSchema }) {
    // `v.object` strips unknown keys, so its output holds only the keys it names.
    if (valibotSchema.type === 'object') return { ...jsonSchema, additionalProperties: false };
    // A literal names its type beside its value.
    if (valibotSchema.type === 'literal') {
      const { const: value, ...rest } = jsonSchema;
      const type = typeof value;
      if (type === 'string' || type === 'number' || type === 'boolean') {
        return { type, const: value, ...rest };
      }
    }
    // Every picklist of the contract is a list of strings.
    if (valibotSchema.type === 'picklist') return { type: 'string', enum: jsonSchema.enum };
    // `T | null` of a bare type is written `type: [T, "null"]`, not an `anyOf`.
    if (valibotSchema.type === 'nullable') {
      const [inner] = jsonSchema.anyOf ?? [];
      if (typeof inner === 'object' && Object.keys(inner).length === 1 && typeof inner.type === 'string') {
        return { type: [inner.type, 'null'] };
      }
    }
    return undefined;
  },
};

const components: Record<string, JsonSchema> = {};

/** Registers a schema under `components.schemas` and returns a `$ref` to it. */
function ref(name: string, schema: v.GenericSchema): JsonSchema {
  components[name] ??= inline(schema);
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

/** The JSON Schema of one contract schema, inline (no `$schema`). */
function inline(schema: v.GenericSchema): JsonSchema {
  const { $schema: _ignored, ...json } = toJsonSchema(schema, CONVERSION);
  return json;
}

interface ObjectSchema {
  entries: Record<string, v.GenericSchema>;
}

/**
 * One optional query parameter per field of a filter schema. `q` counts characters (code
 * points) in a refinement JSON Schema cannot express, so its bounds are written out.
 */
function filterParams(schema: ObjectSchema, descriptions: Record<string, string> = {}): JsonSchema[] {
  return Object.entries(schema.entries).map(([name, field]) => {
    const json =
      name === 'q' ? { type: 'string', minLength: 1, maxLength: s.SEARCH_LIMITS.q } : inline(field);
    const description = descriptions[name];
    return {
      name,
      in: 'query',
      schema: json,
      ...(description === undefined ? {} : { description }),
    };
  });
}

const DATE_RANGE = {
  from: 'ISO 8601 instant, inclusive.',
  to: 'ISO 8601 instant, exclusive.',
};

const pathParam = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });

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
      post: {
        operationId: 'purchaseAddOn',
        parameters: [idempotencyKey],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: ref('PurchaseAddOn', s.PurchaseAddOn) } },
        },
        responses: {
          201: json(ref('AddOnPurchase', s.AddOnPurchase), 'Created'),
          ...errors(409, 422, ...common),
        },
      },
    },
    '/add-ons/{addOnId}/cancel': {
      post: {
        operationId: 'cancelAddOn',
        parameters: [pathParam('addOnId'), idempotencyKey],
        responses: { 200: json(ref('AddOn', s.AddOn)), ...errors(404, 409, 422, ...common) },
      },
    },
    '/add-ons/catalog': {
      get: {
        operationId: 'getAddOnCatalog',
        responses: { 200: json(ref('ProductCatalog', s.ProductCatalog)), ...errors(...common) },
      },
    },
    '/phone-numbers/available': {
      get: {
        operationId: 'listAvailablePhoneNumbers',
        parameters: filterParams(s.AvailablePhoneNumberQuery, {
          productId: 'A phone-number product of the catalog.',
          contains: 'Letters map to keypad digits.',
        }).map((parameter) =>
          parameter['name'] === 'productId' ? { ...parameter, required: true } : parameter,
        ),
        responses: {
          200: json(ref('AvailablePhoneNumberList', s.AvailablePhoneNumberList)),
          ...errors(400, ...common),
        },
      },
    },
    '/tickets': {
      get: {
        operationId: 'listTickets',
        parameters: [
          ...listParams,
          ...filterParams(s.TicketFilters, {
            awaitingCustomer: 'Only tickets whose latest message is the team’s and that are not closed.',
            q: 'Matched case-insensitively against the number, title and description.',
          }),
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
        parameters: [pathParam('ticketId')],
        responses: { 200: json(ref('TicketDetail', s.TicketDetail)), ...errors(404, ...common) },
      },
      patch: {
        operationId: 'updateTicketStatus',
        parameters: [pathParam('ticketId'), idempotencyKey],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: ref('TicketStatusChange', s.TicketStatusChange) } },
        },
        responses: { 200: json(ref('Ticket', s.Ticket)), ...errors(404, 409, 422, ...common) },
      },
    },
    '/tickets/{ticketId}/messages': {
      get: {
        operationId: 'listTicketMessages',
        description: 'Oldest first: a conversation reads top down.',
        parameters: [pathParam('ticketId'), ...listParams],
        responses: { 200: json(ref('MessagePage', s.MessagePage)), ...errors(400, 404, ...common) },
      },
      post: {
        operationId: 'replyToTicket',
        description: 'Reopens a resolved ticket; a closed one is 409 ticket_closed.',
        parameters: [pathParam('ticketId'), idempotencyKey],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: ref('NewMessage', s.NewMessage) } },
        },
        responses: { 201: json(ref('Message', s.Message), 'Created'), ...errors(404, 409, 422, ...common) },
      },
    },
    '/attachments': {
      post: {
        operationId: 'uploadAttachment',
        parameters: [idempotencyKey],
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['file'],
                properties: {
                  file: {
                    type: 'string',
                    format: 'binary',
                    maxLength: s.ATTACHMENT_LIMITS.maxBytes,
                    description: `One of ${s.ATTACHMENT_LIMITS.contentTypes.join(', ')}; the bytes are checked.`,
                  },
                },
              },
            },
          },
        },
        responses: {
          201: json(ref('Attachment', s.Attachment), 'Created'),
          ...errors(409, 413, 415, 422, ...common),
        },
      },
    },
    '/attachments/{attachmentId}': {
      get: {
        operationId: 'getAttachment',
        description: 'The attachment as it is now; poll it while scanStatus is pending.',
        parameters: [pathParam('attachmentId')],
        responses: { 200: json(ref('Attachment', s.Attachment)), ...errors(404, ...common) },
      },
    },
    '/invoices': {
      get: {
        operationId: 'listInvoices',
        parameters: [
          ...listParams,
          ...filterParams(s.InvoiceFilters, {
            issuedFrom: DATE_RANGE.from,
            issuedTo: DATE_RANGE.to,
            q: 'Matched case-insensitively against the number and description.',
          }),
        ],
        responses: { 200: json(ref('InvoicePage', s.InvoicePage)), ...errors(400, ...common) },
      },
    },
    '/invoices/{invoiceId}/pay-with-wallet': {
      post: {
        operationId: 'payInvoiceWithWallet',
        parameters: [pathParam('invoiceId'), idempotencyKey],
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
        parameters: [
          ...listParams,
          ...filterParams(s.WalletTransactionFilters, {
            createdFrom: DATE_RANGE.from,
            createdTo: DATE_RANGE.to,
          }),
        ],
        responses: {
          200: json(ref('WalletTransactionPage', s.WalletTransactionPage)),
          ...errors(400, ...common),
        },
      },
    },
    '/affiliate/payouts': {
      get: {
        operationId: 'listPayouts',
        parameters: [
          ...listParams,
          ...filterParams(s.PayoutFilters, { createdFrom: DATE_RANGE.from, createdTo: DATE_RANGE.to }),
        ],
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
    '/attention': {
      get: {
        operationId: 'getAttention',
        responses: { 200: json(ref('Attention', s.Attention)), ...errors(...common) },
      },
    },
  };

  const errorBody = ref('Error', s.ApiErrorBody);
  const statusText: Record<number, string> = {
    400: 'Bad request (invalid_filter, invalid_cursor, invalid_limit, …)',
    401: 'Token missing or expired',
    403: 'No access to this org or connection',
    404: 'Not found',
    409: 'Conflict (already cancelled, insufficient funds, ticket closed, price changed, number unavailable, idempotency key reused)',
    413: 'File too large (file_too_large)',
    415: 'Unsupported file type (unsupported_type); the bytes are checked',
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
