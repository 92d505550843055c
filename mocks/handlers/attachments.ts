/**
 * `POST /attachments` (multipart) and `GET /attachments/{id}`, and the rules for using
 * uploads on a new ticket or a reply (`attachmentIds`).
 */
import { http } from 'msw';
import type { HttpHandler } from 'msw';
import { ATTACHMENT_LIMITS } from '../../src/api/schemas';
import { mintId } from '../db';
import type { MockAttachment, MockDb, MockScope } from '../db';
import { detectContentType, sanitizeFileName, scanVerdict } from '../files';
import { attachmentUrl } from '../conversations';
import { apiError, apiPath, isoNow, mutate, ok, read } from './shared';
import type { MutationContext, MockResult, ScopeParams } from './shared';
import { attachmentView } from './views';

// -------------------------------------------------------------------------------------------------
// Using uploads
// -------------------------------------------------------------------------------------------------

/** The attachments an `attachmentIds` names, or the 422 message for `fields.attachmentIds`. */
export type Claim = { ok: true; attachments: MockAttachment[] } | { ok: false; message: string };

/**
 * Checks an `attachmentIds` value (api.md): absent, or at most five distinct ids of files
 * uploaded in this scope, not deleted, not used yet, and not infected. Claims nothing: the
 * caller attaches them once the whole request is valid.
 */
export function checkAttachmentIds(scope: MockScope, value: unknown): Claim {
  if (value === undefined) return { ok: true, attachments: [] };
  if (!Array.isArray(value) || !value.every((id): id is string => typeof id === 'string')) {
    return { ok: false, message: 'attachmentIds must be a list of attachment ids.' };
  }
  if (value.length > ATTACHMENT_LIMITS.maxPerMessage) {
    return { ok: false, message: `Attach at most ${ATTACHMENT_LIMITS.maxPerMessage} files.` };
  }
  if (new Set(value).size !== value.length) {
    return { ok: false, message: 'Each file can be attached once.' };
  }
  const attachments: MockAttachment[] = [];
  for (const id of value) {
    // Another scope's upload is "not found" here, so ids cannot be probed across orgs.
    const attachment = scope.attachments.find((candidate) => candidate.id === id);
    if (attachment === undefined) {
      return {
        ok: false,
        message: 'A file was not found (unused uploads are deleted after 24 hours); upload it again.',
      };
    }
    if (attachment.ticketId !== null) return { ok: false, message: 'A file is already attached elsewhere.' };
    if (attachment.verdict === 'infected') return { ok: false, message: 'A file failed the virus scan.' };
    attachments.push(attachment);
  }
  return { ok: true, attachments };
}

/** Makes checked attachments a ticket's own (`messageId` null) or a message's. */
export function claimAttachments(
  attachments: readonly MockAttachment[],
  ticketId: string,
  messageId: string | null,
): void {
  for (const attachment of attachments) {
    attachment.ticketId = ticketId;
    attachment.messageId = messageId;
  }
}

// -------------------------------------------------------------------------------------------------
// Upload
// -------------------------------------------------------------------------------------------------

function upload(db: MockDb, { scope, file, now }: MutationContext): MockResult {
  if (file === null) {
    return apiError(422, 'validation_failed', 'Send one file in a part named "file".', {
      file: 'Choose a file to upload.',
    });
  }
  // Size first: a real server refuses an oversized body before reading what it is.
  if (file.size > ATTACHMENT_LIMITS.maxBytes) {
    return apiError(
      413,
      'file_too_large',
      `Files can be at most 10 MiB (${ATTACHMENT_LIMITS.maxBytes} bytes).`,
    );
  }
  if (file.size === 0) {
    return apiError(422, 'validation_failed', 'The file is empty.', { file: 'The file is empty.' });
  }
  const name = sanitizeFileName(file.name);
  const contentType = detectContentType(file.type, name, file.bytes);
  if (contentType === null) {
    return apiError(
      415,
      'unsupported_type',
      `Files must be PNG, JPEG, GIF, WebP, PDF, plain text or CSV, and their contents must match.`,
    );
  }
  const id = mintId(scope, 'att');
  const attachment: MockAttachment = {
    id,
    name,
    size: file.size,
    contentType,
    createdAt: isoNow(now),
    verdict: scanVerdict(file.bytes),
    scannedAt: db.delayClock() + db.delays.scanMs,
    url: attachmentUrl(id, name),
    ticketId: null,
    messageId: null,
  };
  scope.attachments.push(attachment);
  return ok(attachmentView(db, attachment), 201);
}

/** Handlers for attachments. */
export function attachmentHandlers(db: MockDb): HttpHandler[] {
  return [
    http.post<ScopeParams>(apiPath('/attachments'), ({ request, params }) =>
      mutate(db, request, params, (context) => upload(db, context)),
    ),

    http.get<ScopeParams>(apiPath('/attachments/:attachmentId'), ({ request, params }) =>
      read(db, request, params, ({ scope }) => {
        const attachment = scope.attachments.find((candidate) => candidate.id === params['attachmentId']);
        return attachment === undefined
          ? apiError(404, 'not_found', 'No such attachment.')
          : ok(attachmentView(db, attachment));
      }),
    ),
  ];
}
