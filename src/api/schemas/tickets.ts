/**
 * The support tickets' contract: tickets, their conversations and attachments, and the
 * limits the forms share with the client and the mock. Conventions: ./common.ts.
 */
import * as v from 'valibot';
import { int, intFrom, page, SearchText, Timestamp } from './common';

/** The schema (valibot) of a ticket's state: `open`, `in_progress`, `resolved` or `closed`; parses and checks the API's JSON. */
export const TicketStatus = /*#__PURE__*/ (() => v.picklist(['open', 'in_progress', 'resolved', 'closed']))();
/** The schema (valibot) of a ticket's priority: `low`, `medium` or `high`; parses and checks the API's JSON. */
export const TicketPriority = /*#__PURE__*/ (() => v.picklist(['low', 'medium', 'high']))();

/** Who wrote a message: the Sub-Org's people, or the Revampd team. */
export const MessageAuthorKind = /*#__PURE__*/ (() => v.picklist(['customer', 'team']))();

/** The schema (valibot) of a support ticket opened with Revampd; parses and checks the API's JSON. */
export const Ticket = /*#__PURE__*/ (() =>
  v.object({
    id: v.string(),
    number: int(),
    title: v.string(),
    description: v.string(),
    status: TicketStatus,
    priority: TicketPriority,
    assignee: v.nullable(v.object({ id: v.string(), name: v.string() })),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    /** Replies after the description. */
    messageCount: intFrom(0),
    lastMessageAt: v.nullable(Timestamp),
    lastMessageBy: v.nullable(MessageAuthorKind),
    /** The team wrote last and the ticket is not closed. */
    awaitingCustomer: v.boolean(),
  }))();

/** Limits from api.md, counted after trimming; shared by the form, the client and the mock. */
export const TICKET_LIMITS = { title: 120, description: 5000 } as const;

/** A reply's body: 1–5000 characters after trimming (api.md), like a ticket's description. */
export const MESSAGE_LIMITS = { body: 5000 } as const;

/**
 * What `POST /attachments` accepts (api.md). The server checks the bytes, not only the
 * declared type; the client checks size and type first so a person hears about a refused
 * file before any upload (faults.md 28).
 */
export const ATTACHMENT_LIMITS = {
  /** 10 MiB. */
  maxBytes: 10_485_760,
  contentTypes: [
    'image/png',
    'image/jpeg',
    'image/gif',
    'image/webp',
    'application/pdf',
    'text/plain',
    'text/csv',
  ],
  /** Attachments on one new ticket or one reply. */
  maxPerMessage: 5,
  /** The server cuts a file name to this many characters. */
  maxNameLength: 255,
} as const;

/** One of {@link ATTACHMENT_LIMITS}.contentTypes. */
export type AttachmentContentType = (typeof ATTACHMENT_LIMITS.contentTypes)[number];

/** Where an attachment's virus scan stands; only a `clean` file has a `downloadUrl`. */
export const ScanStatus = /*#__PURE__*/ (() => v.picklist(['pending', 'clean', 'infected']))();

/**
 * A file on a ticket or a reply. `name` is untrusted text even after the server's clean-up;
 * `downloadUrl` is a link only when it is `https:` (anything else is not a link).
 */
export const Attachment = /*#__PURE__*/ (() =>
  v.object({
    id: v.string(),
    name: v.string(),
    size: intFrom(0),
    contentType: v.string(),
    createdAt: Timestamp,
    scanStatus: ScanStatus,
    downloadUrl: v.nullable(v.string()),
  }))();

/**
 * `GET /tickets/{id}`: a ticket with its own attachments (lists leave them out). valibot has
 * no `extend`: the ticket's entries are spread into a new object schema.
 */
export const TicketDetail = /*#__PURE__*/ (() =>
  v.object({ ...Ticket.entries, attachments: v.array(Attachment) }))();

/** One message of a ticket's conversation; `body` is plain text with line breaks, never HTML. */
export const Message = /*#__PURE__*/ (() =>
  v.object({
    id: v.string(),
    ticketId: v.string(),
    author: v.object({ kind: MessageAuthorKind, name: v.string() }),
    body: v.string(),
    createdAt: Timestamp,
    attachments: v.array(Attachment),
  }))();

/** Ids from `POST /attachments` of this scope, not used yet: at most five. */
const AttachmentIds = /*#__PURE__*/ (() =>
  v.optional(v.pipe(v.array(v.string()), v.maxLength(ATTACHMENT_LIMITS.maxPerMessage))))();

/** The schema (valibot) of the body of `POST /tickets`; parses and checks the API's JSON. */
export const NewTicket = /*#__PURE__*/ (() =>
  v.object({
    title: v.string(),
    priority: TicketPriority,
    description: v.string(),
    attachmentIds: AttachmentIds,
  }))();

/** The body of `POST /tickets/{id}/messages`. */
export const NewMessage = /*#__PURE__*/ (() =>
  v.object({
    body: v.string(),
    attachmentIds: AttachmentIds,
  }))();

/** The body of `PATCH /tickets/{id}`: close a ticket or reopen it. */
export const TicketStatusChange = /*#__PURE__*/ (() =>
  v.object({
    status: v.picklist(['open', 'closed']),
  }))();

/** Filters of `GET /tickets`. `awaitingCustomer` is only ever `true` on the wire. */
export const TicketFilters = /*#__PURE__*/ (() =>
  v.object({
    status: v.optional(TicketStatus),
    priority: v.optional(TicketPriority),
    awaitingCustomer: v.optional(v.literal(true)),
    q: v.optional(SearchText),
  }))();

/** `GET /tickets`: one page of tickets (without attachments). */
export const TicketPage = /*#__PURE__*/ (() => page(Ticket))();
/** `GET /tickets/{id}/messages`: one page of a conversation, oldest first. */
export const MessagePage = /*#__PURE__*/ (() => page(Message))();

// -------------------------------------------------------------------------------------------------
// Types
// -------------------------------------------------------------------------------------------------

/** A support ticket opened with Revampd. */
export type Ticket = v.InferOutput<typeof Ticket>;
/** A ticket's state: `open`, `in_progress`, `resolved` or `closed`. */
export type TicketStatus = v.InferOutput<typeof TicketStatus>;
/** A ticket's priority: `low`, `medium` or `high`. */
export type TicketPriority = v.InferOutput<typeof TicketPriority>;
/** `GET /tickets/{id}`: a ticket with its own attachments. */
export type TicketDetail = v.InferOutput<typeof TicketDetail>;
/** The body of `POST /tickets`. */
export type NewTicket = v.InferOutput<typeof NewTicket>;
/** `customer` or `team`. */
export type MessageAuthorKind = v.InferOutput<typeof MessageAuthorKind>;
/** One message of a ticket's conversation. */
export type Message = v.InferOutput<typeof Message>;
/** The body of `POST /tickets/{id}/messages`. */
export type NewMessage = v.InferOutput<typeof NewMessage>;
/** A file on a ticket or a reply. */
export type Attachment = v.InferOutput<typeof Attachment>;
/** `pending`, `clean` or `infected`. */
export type ScanStatus = v.InferOutput<typeof ScanStatus>;
/** Filters of `GET /tickets`. */
export type TicketFilters = v.InferOutput<typeof TicketFilters>;
