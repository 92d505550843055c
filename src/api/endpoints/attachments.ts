/**
 * Attachments: the checks a client makes before uploading, the upload with its progress, and
 * reading an attachment back while its scan runs.
 */
import { ATTACHMENT_LIMITS, Attachment } from '../schemas/tickets';
import type { Attachment as AttachmentT, AttachmentContentType } from '../schemas/tickets';
import type { MutationOptions, RequestOptions, Transport } from '../transport';
import { id } from './shared';

/** Options of {@link uploadAttachment}. */
export interface UploadOptions extends MutationOptions {
  /**
   * Told how many bytes of the request went out so far. `fetch` cannot report upload
   * progress, so with this set the upload goes through `XMLHttpRequest` (where the runtime
   * has one) instead of the global `fetch`; everything else (token, retries, errors,
   * Idempotency-Key) is the same. A client given its own `fetch` sends the upload through
   * it instead, and this is not called: the host's fetch sees every request.
   */
  onProgress?: ((loaded: number, total: number) => void) | undefined;
}

// -------------------------------------------------------------------------------------------------
// Client-side checks and upload progress
// -------------------------------------------------------------------------------------------------

const TYPE_BY_EXTENSION: Readonly<Record<string, AttachmentContentType>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  pdf: 'application/pdf',
  txt: 'text/plain',
  log: 'text/plain',
  csv: 'text/csv',
};

// Browsers give no type, a generic one, or Excel's for a CSV on Windows: then the
// extension decides (the server still checks the bytes).
const VAGUE_TYPES = new Set(['', 'application/octet-stream', 'application/vnd.ms-excel']);

function isAllowedType(type: string): type is AttachmentContentType {
  return (ATTACHMENT_LIMITS.contentTypes as readonly string[]).includes(type);
}

/**
 * The content type a file will be uploaded as, or `null` when api.md refuses its type.
 * The declared type wins when it is an allowed one; a missing or vague one falls back to the
 * file name's extension.
 */
export function attachmentContentType(file: { name?: string; type: string }): AttachmentContentType | null {
  const declared = file.type.split(';')[0]?.trim().toLowerCase() ?? '';
  if (isAllowedType(declared)) return declared;
  if (!VAGUE_TYPES.has(declared)) return null;
  const extension = /\.([A-Za-z0-9]+)$/.exec(file.name ?? '')?.[1]?.toLowerCase() ?? '';
  return TYPE_BY_EXTENSION[extension] ?? null;
}

/** Why a file cannot be attached, with the limit to name to the person. */
export type AttachmentProblem =
  | { code: 'file_too_large'; maxBytes: number }
  | { code: 'unsupported_type'; contentTypes: readonly string[] };

/**
 * The checks of api.md a client can make before uploading (faults.md 28): size and type.
 * `null` when the file may be uploaded; the server still checks the bytes.
 */
export function checkAttachment(file: {
  name?: string;
  size: number;
  type: string;
}): AttachmentProblem | null {
  if (file.size > ATTACHMENT_LIMITS.maxBytes) {
    return { code: 'file_too_large', maxBytes: ATTACHMENT_LIMITS.maxBytes };
  }
  if (attachmentContentType(file) === null) {
    return { code: 'unsupported_type', contentTypes: ATTACHMENT_LIMITS.contentTypes };
  }
  return null;
}

/** The bytes of a `multipart/form-data` body, and its `Content-Type` with the boundary. */
export interface MultipartBody {
  bytes: Uint8Array<ArrayBuffer>;
  contentType: string;
}

/**
 * Encodes one file as a `multipart/form-data` body with one part named `file`, as a browser
 * would (the file name as UTF-8, with `"`, CR and LF percent-encoded). Encoded here rather
 * than left to `FormData` so the same bytes go out through any `fetch` and through
 * `XMLHttpRequest`, in every runtime (test DOMs mix one realm's FormData with another's
 * fetch and lose the file). A file is at most 10 MiB, so holding it in memory is fine.
 */
export async function multipartFileBody(file: Blob, name: string, type: string): Promise<MultipartBody> {
  const random = new Uint8Array(16);
  globalThis.crypto.getRandomValues(random);
  const boundary = `----revampd${[...random].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
  const safeName = name.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const encoder = new TextEncoder();
  const head = encoder.encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${safeName}"\r\nContent-Type: ${type}\r\n\r\n`,
  );
  const tail = encoder.encode(`\r\n--${boundary}--\r\n`);
  const content = new Uint8Array(await file.arrayBuffer());
  const bytes = new Uint8Array(head.length + content.length + tail.length);
  bytes.set(head, 0);
  bytes.set(content, head.length);
  bytes.set(tail, head.length + content.length);
  return { bytes, contentType: `multipart/form-data; boundary=${boundary}` };
}

function parseHeaders(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    try {
      headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
    } catch {
      // A header the Fetch API refuses to hold (forbidden name): nothing reads it.
    }
  }
  return headers;
}

/**
 * A `fetch` over `XMLHttpRequest`, the only browser API that reports upload progress.
 * It behaves like fetch where the transport looks: a network failure rejects with a
 * TypeError, an abort with an AbortError, and any HTTP answer resolves.
 */
function progressFetch(onProgress: (loaded: number, total: number) => void): typeof fetch {
  return (input, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      const { signal } = init;
      const abortError = () => new DOMException('The operation was aborted.', 'AbortError');
      if (signal?.aborted) {
        reject(abortError());
        return;
      }
      const xhr = new XMLHttpRequest();
      let settled = false;
      // Settles once, whichever of load, error and abort comes first.
      const settle = (finish: () => void) => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        finish();
      };
      // Rejects at once rather than waiting for the XHR's own abort event, which some
      // runtimes (and interceptors) never fire for a request that has not been answered.
      const onAbort = () => {
        settle(() => reject(abortError()));
        xhr.abort();
      };
      const url = input instanceof Request ? input.url : String(input);
      xhr.open(init.method ?? 'GET', url);
      // The transport sends `credentials: 'omit'`; the XHR equivalent is no credentials.
      xhr.withCredentials = false;
      new Headers(init.headers).forEach((value, name) => xhr.setRequestHeader(name, value));
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) onProgress(event.loaded, event.total);
      };
      xhr.onload = () =>
        settle(() => {
          const empty = xhr.status === 204 || xhr.status === 205 || xhr.status === 304;
          resolve(
            new Response(empty ? null : xhr.responseText, {
              status: xhr.status,
              statusText: xhr.statusText,
              headers: parseHeaders(xhr.getAllResponseHeaders()),
            }),
          );
        });
      xhr.onerror = () => settle(() => reject(new TypeError('The network request failed.')));
      xhr.ontimeout = xhr.onerror;
      xhr.onabort = () => settle(() => reject(abortError()));
      signal?.addEventListener('abort', onAbort, { once: true });
      xhr.send((init.body ?? null) as XMLHttpRequestBodyInit | null);
    });
}

// -------------------------------------------------------------------------------------------------
// Endpoints
// -------------------------------------------------------------------------------------------------

/**
 * `POST /attachments` as `multipart/form-data` with one part named `file`. A file over
 * 10 MiB or of a refused type is refused before any upload (`file_too_large`,
 * `unsupported_type`, faults.md 28); the server's 413 and 415 come back the same way.
 * A retry of the same upload must reuse its `idempotencyKey` (faults.md 30).
 */
export async function uploadAttachment(
  api: Transport,
  file: Blob & { name?: string },
  options: UploadOptions,
): Promise<AttachmentT> {
  const name = typeof file.name === 'string' && file.name !== '' ? file.name : 'file';
  const problem = checkAttachment({ name, size: file.size, type: file.type });
  if (problem !== null) {
    return api.fail({
      kind: 'refused',
      code: problem.code,
      field: 'file',
      message:
        problem.code === 'file_too_large'
          ? `Files can be at most ${problem.maxBytes} bytes.`
          : `Files must be one of ${problem.contentTypes.join(', ')}.`,
    });
  }
  // A CSV that Windows calls "vnd.ms-excel" goes out as text/csv; the server checks the bytes.
  const type = attachmentContentType({ name, type: file.type }) ?? file.type;
  const body = await multipartFileBody(file, name, type);
  const onProgress = options.onProgress;
  return api.send({
    method: 'POST',
    path: '/attachments',
    schema: Attachment,
    body: body.bytes,
    contentType: body.contentType,
    idempotencyKey: options.idempotencyKey,
    signal: options.signal,
    ...(onProgress !== undefined && typeof XMLHttpRequest !== 'undefined'
      ? { fetch: progressFetch(onProgress) }
      : {}),
  });
}

/** `GET /attachments/{id}`: the attachment as it is now (poll it while `pending`). */
export function getAttachment(
  api: Transport,
  attachmentId: string,
  options: RequestOptions = {},
): Promise<AttachmentT> {
  return api.send({
    method: 'GET',
    path: `/attachments/${id(attachmentId)}`,
    schema: Attachment,
    signal: options.signal,
  });
}
