/**
 * Files on tickets and replies (api.md "Attachments", faults.md 28–30), in three layers a
 * host can take separately:
 *
 * - {@link useUploadAttachment}: `POST /attachments` for one file, once per intent (a
 *   retry of the same file keeps its Idempotency-Key), with upload progress (XMLHttpRequest
 *   through the endpoint's `onProgress`) and cancel (an AbortSignal);
 * - {@link useAttachment}: one attachment as it is now, polled while its virus scan is
 *   `pending`;
 * - {@link useAttachmentUploads}: the "Attach files" control's whole state: the file input,
 *   drag-and-drop and pasted images, at most five files each checked for size and type
 *   before any upload (with a message naming the file and the limit), progress, Cancel,
 *   Retry and Remove per file, the server's 413 and 415 on the file they are about, and the
 *   reason a message cannot be sent yet (a file uploading, failed or infected).
 *
 * Plus the pure parts every view of a file needs: its size in words, and whether it may be
 * a link ({@link describeAttachment}: only a clean file with an `https:` URL, faults.md 29).
 */
import { useQueries, type UseQueryOptions } from '@tanstack/react-query';
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type ClipboardEvent,
  type DragEvent,
} from 'react';
import { checkAttachment, uploadAttachment } from '../api/endpoints';
import { isAbortError, RevampdError } from '../api/errors';
import { parseContract } from '../api/parse';
import { attachmentQueries } from '../api/queries';
import { Attachment as AttachmentSchema, ATTACHMENT_LIMITS } from '../api/schemas';
import type { Attachment, ScanStatus } from '../api/schemas';
import type { Messages } from '../i18n/en-US';
import type { MessageValues } from '../i18n/messages';
import { useRevampd, useSectionMessages } from '../provider/RevampdProvider';
import { useErrorText } from './errorText';
import { safeHttpsUrl } from './invoicesTable';
import { useIdempotentMutation, type IdempotentMutation } from './shared';
import { enUSConversation } from '../i18n/en-US';
import { cachedNumberFormat } from '../format/numbers';

// -------------------------------------------------------------------------------------------------
// Pure helpers
// -------------------------------------------------------------------------------------------------

const SIZE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/**
 * A file size for people, in the locale's words and digits: `512 bytes`, `18.5 kB`,
 * `10 MB`. Binary steps (1 MB = 1,048,576 bytes), as file pickers count, so api.md's
 * 10 MiB limit reads "10 MB". Rounded up, never down: a file one byte over the limit
 * reads "10.1 MB", not "10 MB" beside "files can be at most 10 MB".
 */
export function formatFileSize(bytes: number, locale: string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < SIZE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const step = 10 ** digits;
  // Up at the shown precision, after a tolerance for the float error of the divisions.
  value = Math.ceil(value * step - 1e-9) / step;
  const options: Intl.NumberFormatOptions = {
    style: 'unit',
    unit: SIZE_UNITS[unit] ?? 'byte',
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: digits,
  };
  return cachedNumberFormat(locale, options, `size|${unit}|${digits}`).format(value);
}

/** How a file is shown: its name and size, and a link only when it is safe to offer one. */
export interface AttachmentDisplay {
  /** The attachment's id, as the API gave it. */
  id: string;
  /** Untrusted text: render it as text, never as markup. */
  name: string;
  /** The size in the locale's words, e.g. `278 kB`. */
  sizeText: string;
  /** The MIME type the server recorded, e.g. `image/png`, to pick an icon. */
  contentType: string;
  /** Where its virus scan stands; only `clean` may get a link. */
  scanStatus: ScanStatus;
  /** The download link: only for a `clean` file whose URL is `https:` (faults.md 29). */
  href: string | null;
  /**
   * Why there is no link, said to the person: "Scanning…", "Blocked: this file failed a
   * virus scan", or "Not available to download" (a clean file without a safe URL).
   */
  statusText: string | null;
}

/** The words {@link describeAttachment} needs: the conversation's messages and the locale. */
export interface AttachmentText {
  /** The conversation's messages (the scan and availability words). */
  messages: Messages['conversation'];
  /** BCP 47 tag the size is formatted in, e.g. `en-US`. */
  locale: string;
}

/** A file as a view shows it; see {@link AttachmentDisplay}. */
export function describeAttachment(
  attachment: Attachment,
  { messages, locale }: AttachmentText,
): AttachmentDisplay {
  const href = attachment.scanStatus === 'clean' ? safeHttpsUrl(attachment.downloadUrl) : null;
  let statusText: string | null = null;
  if (attachment.scanStatus === 'pending') statusText = messages.scanning;
  else if (attachment.scanStatus === 'infected') statusText = messages.infected;
  else if (href === null) statusText = messages.unavailable;
  return {
    id: attachment.id,
    name: attachment.name,
    sizeText: formatFileSize(attachment.size, locale),
    contentType: attachment.contentType,
    scanStatus: attachment.scanStatus,
    href,
    statusText,
  };
}

/**
 * The uploaded files a stored draft holds (its `attachments`), each checked against the
 * contract; anything else is dropped, and never more than api.md allows on one message.
 */
export function parseDraftAttachments(stored: unknown): Attachment[] {
  if (typeof stored !== 'object' || stored === null) return [];
  const list = (stored as Record<string, unknown>)['attachments'];
  if (!Array.isArray(list)) return [];
  const attachments: Attachment[] = [];
  for (const item of list as unknown[]) {
    const parsed = parseContract(AttachmentSchema, item);
    if (parsed.success && !attachments.some((known) => known.id === parsed.data.id)) {
      attachments.push(parsed.data);
    }
  }
  return attachments.slice(0, ATTACHMENT_LIMITS.maxPerMessage);
}

// -------------------------------------------------------------------------------------------------
// useUploadAttachment
// -------------------------------------------------------------------------------------------------

/** What {@link useUploadAttachment}'s `mutate` takes. */
export interface UploadAttachmentVariables {
  /**
   * What makes two calls the same upload: the same id (a Retry) sends the same
   * Idempotency-Key, so a file the server already stored is not stored twice.
   */
  uploadId: string;
  /** The file; checked for size and type before any byte goes out. */
  file: Blob & { name?: string };
  /** Told how many bytes went out so far (the request then goes through XMLHttpRequest). */
  onProgress?: ((loaded: number, total: number) => void) | undefined;
  /** Aborts the upload (Cancel); the key is kept for a Retry. */
  signal?: AbortSignal | undefined;
}

/**
 * `POST /attachments`, once per `uploadId` (faults.md 30): a Retry of a cancelled or
 * failed upload sends its Idempotency-Key again. Refused with `feature_disabled` when the
 * host switched `attachFiles` off.
 */
export function useUploadAttachment(): IdempotentMutation<UploadAttachmentVariables, Attachment> {
  return useIdempotentMutation({
    feature: 'attachFiles',
    intentOf: ({ uploadId }) => `upload:${uploadId}`,
    send: ({ file, onProgress, signal }, idempotencyKey, { api }) =>
      uploadAttachment(api, file, {
        idempotencyKey,
        ...(onProgress ? { onProgress } : {}),
        ...(signal ? { signal } : {}),
      }),
  });
}

// -------------------------------------------------------------------------------------------------
// useAttachment: the scan, polled while pending
// -------------------------------------------------------------------------------------------------

/** How often a `pending` attachment is asked for again. */
export const ATTACHMENT_POLL_MS = 1500;

type AttachmentQueryOptions = UseQueryOptions<Attachment, RevampdError, Attachment, readonly unknown[]>;

/** The attachment query of `attachment`, polling while its scan is pending. */
function scanQuery(
  client: Parameters<typeof attachmentQueries.detail>[0],
  attachment: Attachment,
): AttachmentQueryOptions {
  return {
    ...attachmentQueries.detail(client, attachment.id),
    // What the caller already has is shown at once; the first poll comes after the interval.
    initialData: attachment,
    initialDataUpdatedAt: Date.now(),
    // Only while pending: a scan ends once, and a failed poll (the file is gone) stops it.
    refetchInterval: (query) =>
      query.state.status !== 'error' && query.state.data?.scanStatus === 'pending'
        ? ATTACHMENT_POLL_MS
        : false,
  };
}

/**
 * Attachments as they are now: each one whose virus scan is `pending` is asked for again
 * (`GET /attachments/{id}`) every {@link ATTACHMENT_POLL_MS}, not while the page is hidden
 * and never after unmount, until it is `clean` (with its link) or `infected`. Returns a
 * lookup from what the caller has to what is known now; files that are not pending cost
 * no request.
 *
 * @example
 * const latest = useAttachmentScans(message.attachments);
 * message.attachments.map((file) => describeAttachment(latest(file), text));
 */
export function useAttachmentScans(
  attachments: readonly Attachment[],
): (attachment: Attachment) => Attachment {
  const client = useRevampd();
  const pending = attachments.filter(
    (attachment, index) =>
      attachment.scanStatus === 'pending' &&
      attachments.findIndex((other) => other.id === attachment.id) === index,
  );
  const scans = useQueries(
    { queries: pending.map((attachment) => scanQuery(client, attachment)) },
    client.queryClient,
  );
  const latest = new Map<string, Attachment>();
  pending.forEach((attachment, index) => {
    const data = scans[index]?.data;
    if (data && data.id === attachment.id) latest.set(attachment.id, data);
  });
  const key = [...latest.values()].map((attachment) => `${attachment.id}:${attachment.scanStatus}`).join('|');
  // One identity while nothing changed, so views can memoise on it.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useCallback((attachment: Attachment) => latest.get(attachment.id) ?? attachment, [key]);
}

/** One attachment as it is now, polled while its scan is pending; see {@link useAttachmentScans}. */
export function useAttachment(attachment: Attachment): Attachment {
  return useAttachmentScans([attachment])(attachment);
}

// -------------------------------------------------------------------------------------------------
// useAttachmentUploads: the "Attach files" control
// -------------------------------------------------------------------------------------------------

/** Where one chosen file is. */
export type AttachmentUploadStatus =
  /** Its bytes are going out; `progress` says how far. */
  | 'uploading'
  /** The server has it (its scan may still be pending); it will go with the message. */
  | 'uploaded'
  /** Cancelled, or the upload failed: Retry (when it may succeed) or Remove. */
  | 'failed'
  /** Refused before any upload (size, type, too many, empty) or by the server (413, 415): Remove. */
  | 'refused';

/** One file of the control, with its actions. */
export interface AttachmentUpload {
  /** This choice of a file (not the attachment's id). */
  id: string;
  /** The file's name as chosen: untrusted text. */
  name: string;
  /** The file's size in bytes. */
  size: number;
  /** The size in the locale's words. */
  sizeText: string;
  /** Where the file is: uploading, uploaded, failed or refused. */
  status: AttachmentUploadStatus;
  /** 0–1 while uploading. */
  progress: number;
  /** The stored attachment once uploaded, as it is now (the scan is polled while pending). */
  attachment: Attachment | null;
  /** The uploaded file as the view shows it (scan status, no link while pending). */
  display: AttachmentDisplay | null;
  /** Why the file is not attached, naming it (and the limit it broke), else `null`. */
  problem: string | null;
  /** The failure behind `problem`, when the server or the network said something. */
  error: RevampdError | null;
  /** The file is still uploading, so Cancel can stop it. */
  canCancel: boolean;
  /** The upload failed and the file is still at hand, so Retry may succeed. */
  canRetry: boolean;
  /** Accessible names of the file's buttons, naming it: "Cancel uploading a.png", … */
  labels: { cancel: string; retry: string; remove: string; progress: string };
  /** Aborts the upload; the file stays, as `failed`, for Retry or Remove. */
  cancel: () => void;
  /** Uploads a failed file again; does nothing in any other status. */
  retry: () => void;
  /** Drops the file from the control, aborting its upload if one is running. */
  remove: () => void;
}

/** Options of {@link useAttachmentUploads}. */
export interface UseAttachmentUploadsOptions {
  /** Files one message may carry. @default 5 (api.md) */
  max?: number | undefined;
  /** Told whenever the uploaded files change (e.g. to save them with a draft). */
  onUploadedChange?: ((attachments: readonly Attachment[]) => void) | undefined;
}

/** Props for the control's `<input type="file">`. */
export interface AttachmentInputProps {
  /** `ids.input`, for the control's `<label htmlFor>`. */
  id: string;
  /** Always `file`. */
  type: 'file';
  /** Several files may be chosen at once. */
  multiple: true;
  /** The content types the API accepts, comma-separated, so the picker offers only those. */
  accept: string;
  /** Adds the chosen files, then empties the input so the same file can be chosen again. */
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  /** `ids.hint`: the limits, read with the control's name. */
  'aria-describedby': string;
}

/** Props for the element files may be dropped on. */
export interface AttachmentDropZoneProps {
  /** Counts a drag of files entering (nested elements fire their own), for `isDragging`. */
  onDragEnter: (event: DragEvent<HTMLElement>) => void;
  /** Accepts a drag of files, so the browser does not open the file in place of the page. */
  onDragOver: (event: DragEvent<HTMLElement>) => void;
  /** Counts a drag of files leaving; `isDragging` ends when none is left. */
  onDragLeave: (event: DragEvent<HTMLElement>) => void;
  /** Adds the dropped files. */
  onDrop: (event: DragEvent<HTMLElement>) => void;
  /** Present (empty) while files are dragged over, for styling; absent otherwise. */
  'data-dragging'?: '';
}

/** What {@link useAttachmentUploads} returns. */
export interface AttachmentUploads {
  /** `false` when the host switched `attachFiles` off: render no control. */
  enabled: boolean;
  /** Every chosen file, in the order chosen. */
  items: AttachmentUpload[];
  /** Adds files from an input, a drop or a paste; each is checked, then uploaded. */
  add: (files: Iterable<File> | ArrayLike<File> | null | undefined) => void;
  /** The ids to send with the message: uploaded files that did not fail the scan. */
  attachmentIds: string[];
  /** The uploaded files, for a draft. */
  uploaded: Attachment[];
  /** A file is still uploading. */
  isUploading: boolean;
  /**
   * Why the message cannot be sent now, or `null`: a file still uploading, one that failed
   * or was refused, or one that failed the virus scan (faults.md 30).
   */
  blockedReason: string | null;
  /** The limit in words for a hint: "Up to 5 files of 10 MB each…". */
  hint: string;
  /** Polite news for a live region: "a.png attached.", "b.pdf was not attached." */
  announcement: string;
  /** Files are being dragged over the drop zone. */
  isDragging: boolean;
  /**
   * Element ids: `input` for the file input (and the error summary's link), `hint` for the limits,
   * `list` for the list of files.
   */
  ids: { input: string; hint: string; list: string };
  /** Puts uploaded files back (from a draft) in place of the current ones. */
  restore: (attachments: readonly Attachment[]) => void;
  /** Forgets every file (after the message was sent); uploads in flight are aborted. */
  clear: () => void;
  /** Props for the `<input type="file">`. */
  getInputProps: () => AttachmentInputProps;
  /** Props for the element files may be dropped on, usually the whole form. */
  getDropZoneProps: () => AttachmentDropZoneProps;
  /** Spread on the message's text area: a pasted image is attached, pasted text is not touched. */
  getPasteProps: () => { onPaste: (event: ClipboardEvent<HTMLElement>) => void };
}

type Refusal = 'too_large' | 'type' | 'too_many' | 'empty' | 'cancelled' | 'failed';

interface Entry {
  id: string;
  file: (Blob & { name?: string }) | null;
  name: string;
  size: number;
  status: AttachmentUploadStatus;
  loaded: number;
  total: number;
  attachment: Attachment | null;
  refusal: Refusal | null;
  error: RevampdError | null;
}

/** A file name as a person would call it: pasted images often come without one. */
function nameOf(file: Blob & { name?: string }): string {
  return typeof file.name === 'string' && file.name !== '' ? file.name : 'file';
}

function toArray(files: Iterable<File> | ArrayLike<File> | null | undefined): File[] {
  if (!files) return [];
  return Array.from(files as ArrayLike<File>);
}

/** The server's answer about the file itself (too large, wrong bytes): retrying cannot help. */
function refusalOf(error: RevampdError): Refusal | null {
  if (error.status === 413 || error.code === 'file_too_large') return 'too_large';
  if (error.status === 415 || error.code === 'unsupported_type') return 'type';
  if (error.status === 422) return 'empty';
  return null;
}

/**
 * The "Attach files" control's state; see the module comment. Uploads start as soon as a
 * file is chosen and are aborted on unmount (nothing keeps running, faults.md 38).
 *
 * @example
 * const uploads = useAttachmentUploads();
 * <input {...uploads.getInputProps()} />
 * <textarea {...uploads.getPasteProps()} />
 * send({ body, attachmentIds: uploads.attachmentIds }) // once uploads.blockedReason is null
 */
export function useAttachmentUploads(options: UseAttachmentUploadsOptions = {}): AttachmentUploads {
  const { t, locale, features } = useRevampd();
  const m = useSectionMessages('conversation', enUSConversation);
  const describe = useErrorText();
  const max = options.max ?? ATTACHMENT_LIMITS.maxPerMessage;
  const enabled = features.attachFiles;
  const upload = useUploadAttachment();

  const [entries, setEntries] = useState<Entry[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [dragDepth, setDragDepth] = useState(0);
  const entriesRef = useRef(entries);
  entriesRef.current = entries;
  const controllers = useRef(new Map<string, AbortController>());
  const mounted = useRef(true);
  const optionsRef = useRef(options);
  optionsRef.current = options;

  const baseId = useId();
  const idPrefix = `rvp-attach${baseId.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const counter = useRef(0);
  const nextId = () => {
    counter.current += 1;
    return `${idPrefix}-${counter.current}-${globalThis.crypto.randomUUID()}`;
  };

  const update = useCallback((id: string, patch: Partial<Entry>) => {
    if (!mounted.current) return;
    setEntries((current) => current.map((entry) => (entry.id === id ? { ...entry, ...patch } : entry)));
  }, []);

  // Aborting on unmount: an upload nobody can see any more must not keep running.
  useEffect(() => {
    mounted.current = true;
    const running = controllers.current;
    return () => {
      mounted.current = false;
      for (const controller of running.values()) controller.abort();
      running.clear();
    };
  }, []);

  const { mutate } = upload;
  const start = useCallback(
    (entry: Entry) => {
      const file = entry.file;
      if (file === null) return;
      const controller = new AbortController();
      controllers.current.get(entry.id)?.abort();
      controllers.current.set(entry.id, controller);
      mutate({
        uploadId: entry.id,
        file,
        signal: controller.signal,
        onProgress: (loaded, total) => update(entry.id, { loaded, total }),
      }).then(
        (attachment) => {
          controllers.current.delete(entry.id);
          update(entry.id, { status: 'uploaded', attachment, loaded: entry.size, total: entry.size });
          if (mounted.current) setAnnouncement(t(m.announceUploaded, { name: entry.name }));
        },
        (thrown: unknown) => {
          if (controllers.current.get(entry.id) === controller) controllers.current.delete(entry.id);
          if (isAbortError(thrown)) {
            update(entry.id, { status: 'failed', refusal: 'cancelled', error: null });
            return;
          }
          const error =
            thrown instanceof RevampdError
              ? thrown
              : new RevampdError({
                  kind: 'invalid_response',
                  code: 'unexpected',
                  message: 'Unexpected error.',
                });
          const refusal = refusalOf(error);
          update(entry.id, {
            status: refusal === null ? 'failed' : 'refused',
            refusal: refusal ?? 'failed',
            error,
          });
          if (mounted.current) setAnnouncement(t(m.announceFailed, { name: entry.name }));
        },
      );
    },
    [mutate, update, t, m],
  );

  const add = useCallback(
    (files: Iterable<File> | ArrayLike<File> | null | undefined) => {
      if (!enabled) return;
      const chosen = toArray(files);
      if (chosen.length === 0) return;
      // Counted against what is already there, refused files aside: they will not be sent.
      let kept = entriesRef.current.filter((entry) => entry.status !== 'refused').length;
      const added: Entry[] = chosen.map((file) => {
        const name = nameOf(file);
        const base: Entry = {
          id: nextId(),
          file,
          name,
          size: file.size,
          status: 'uploading',
          loaded: 0,
          total: file.size,
          attachment: null,
          refusal: null,
          error: null,
        };
        const problem = checkAttachment({ name, size: file.size, type: file.type });
        let refusal: Refusal | null = null;
        if (kept >= max) refusal = 'too_many';
        else if (problem?.code === 'file_too_large') refusal = 'too_large';
        else if (problem?.code === 'unsupported_type') refusal = 'type';
        else if (file.size === 0) refusal = 'empty';
        if (refusal !== null) return { ...base, status: 'refused', refusal };
        kept += 1;
        return base;
      });
      // The ref too, so a second add before the next render counts these files.
      entriesRef.current = [...entriesRef.current, ...added];
      setEntries((current) => [...current, ...added]);
      const refused = added.filter((entry) => entry.status === 'refused');
      if (refused.length > 0)
        setAnnouncement(refused.map((entry) => t(m.announceFailed, { name: entry.name })).join(' '));
      for (const entry of added) if (entry.status === 'uploading') start(entry);
    },
    // nextId reads refs only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [enabled, max, start, t, m],
  );

  const cancel = useCallback((id: string) => {
    controllers.current.get(id)?.abort();
  }, []);

  const retry = useCallback(
    (id: string) => {
      const entry = entriesRef.current.find((candidate) => candidate.id === id);
      if (!entry || entry.status !== 'failed' || entry.file === null) return;
      const again: Entry = { ...entry, status: 'uploading', loaded: 0, refusal: null, error: null };
      update(id, again);
      start(again);
    },
    [start, update],
  );

  const remove = useCallback((id: string) => {
    controllers.current.get(id)?.abort();
    controllers.current.delete(id);
    setEntries((current) => current.filter((entry) => entry.id !== id));
  }, []);

  const clear = useCallback(() => {
    for (const controller of controllers.current.values()) controller.abort();
    controllers.current.clear();
    setEntries([]);
  }, []);

  const restore = useCallback(
    (attachments: readonly Attachment[]) => {
      for (const controller of controllers.current.values()) controller.abort();
      controllers.current.clear();
      setEntries(
        attachments.slice(0, max).map((attachment) => ({
          id: nextId(),
          file: null,
          name: attachment.name,
          size: attachment.size,
          status: 'uploaded',
          loaded: attachment.size,
          total: attachment.size,
          attachment,
          refusal: null,
          error: null,
        })),
      );
    },
    // nextId reads refs only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [max],
  );

  // ----------------------------------------------------------------------------- scans

  // Every uploaded file whose scan is pending is polled; the answers replace what the
  // upload returned, so "Scanning…" turns into a name (or "Blocked") without a reload.
  const latest = useAttachmentScans(
    entries.map((entry) => entry.attachment).filter((file): file is Attachment => file !== null),
  );

  // ----------------------------------------------------------------------------- derived

  const items: AttachmentUpload[] = entries.map((entry) => {
    const attachment = entry.attachment ? latest(entry.attachment) : null;
    const sizeText = formatFileSize(entry.size, locale);
    let problem: string | null = null;
    switch (entry.refusal) {
      case 'too_large':
        problem = t(m.fileTooLarge, {
          name: entry.name,
          max: formatFileSize(ATTACHMENT_LIMITS.maxBytes, locale),
        });
        break;
      case 'type':
        problem = t(m.fileTypeRefused, { name: entry.name });
        break;
      case 'too_many':
        problem = t(m.tooManyFiles, { name: entry.name, max });
        break;
      case 'empty':
        problem = t(m.fileEmpty, { name: entry.name });
        break;
      case 'cancelled':
        problem = m.uploadCancelled;
        break;
      case 'failed':
        problem = [t(m.uploadFailed, { name: entry.name }), describe(entry.error)].filter(Boolean).join(' ');
        break;
      case null:
        if (attachment?.scanStatus === 'infected') problem = m.infected;
    }
    const labelValues: MessageValues = { name: entry.name };
    return {
      id: entry.id,
      name: entry.name,
      size: entry.size,
      sizeText,
      status: entry.status,
      progress:
        entry.status === 'uploaded' ? 1 : entry.total > 0 ? Math.min(1, entry.loaded / entry.total) : 0,
      attachment,
      display: attachment ? describeAttachment(attachment, { messages: m, locale }) : null,
      problem,
      error: entry.error,
      canCancel: entry.status === 'uploading',
      canRetry: entry.status === 'failed' && entry.file !== null,
      labels: {
        cancel: t(m.cancelUploadLabel, labelValues),
        retry: t(m.retryUploadLabel, labelValues),
        remove: t(m.removeFileLabel, labelValues),
        progress: t(m.uploadProgress, labelValues),
      },
      cancel: () => cancel(entry.id),
      retry: () => retry(entry.id),
      remove: () => remove(entry.id),
    };
  });

  const uploaded = items
    .map((item) => (item.status === 'uploaded' ? item.attachment : null))
    .filter((attachment): attachment is Attachment => attachment !== null);
  const attachmentIds = uploaded.filter((file) => file.scanStatus !== 'infected').map((file) => file.id);
  const isUploading = items.some((item) => item.status === 'uploading');
  let blockedReason: string | null = null;
  if (isUploading) blockedReason = m.waitForUploads;
  else if (items.some((item) => item.status === 'failed' || item.status === 'refused'))
    blockedReason = m.fixFailedUploads;
  else if (uploaded.some((file) => file.scanStatus === 'infected')) blockedReason = m.removeBlockedFiles;

  // The uploaded files by id, so a draft is saved when they change, not on every render.
  const uploadedKey = uploaded.map((file) => `${file.id}:${file.scanStatus}`).join('|');
  const uploadedRef = useRef(uploaded);
  uploadedRef.current = uploaded;
  const reportedKey = useRef<string | null>(null);
  useEffect(() => {
    if (reportedKey.current === null) {
      // Nothing to report before the first change: the caller gave (or restored) these.
      reportedKey.current = uploadedKey;
      return;
    }
    if (reportedKey.current === uploadedKey) return;
    reportedKey.current = uploadedKey;
    optionsRef.current.onUploadedChange?.(uploadedRef.current);
  }, [uploadedKey]);

  const ids = useMemo(
    () => ({ input: `${idPrefix}-input`, hint: `${idPrefix}-hint`, list: `${idPrefix}-list` }),
    [idPrefix],
  );

  const hasFiles = (event: DragEvent<HTMLElement>) =>
    Array.from(event.dataTransfer?.types ?? []).includes('Files');

  return {
    enabled,
    items,
    add,
    attachmentIds,
    uploaded,
    isUploading,
    blockedReason,
    hint: t(m.attachHint, { max, size: formatFileSize(ATTACHMENT_LIMITS.maxBytes, locale) }),
    announcement,
    isDragging: dragDepth > 0,
    ids,
    restore,
    clear,
    getInputProps: () => ({
      id: ids.input,
      type: 'file',
      multiple: true,
      accept: ATTACHMENT_LIMITS.contentTypes.join(','),
      onChange: (event) => {
        add(event.currentTarget.files);
        // The same file may be chosen again (after Remove): the input must forget it.
        event.currentTarget.value = '';
      },
      'aria-describedby': ids.hint,
    }),
    getDropZoneProps: () => ({
      onDragEnter: (event) => {
        if (!enabled || !hasFiles(event)) return;
        event.preventDefault();
        setDragDepth((depth) => depth + 1);
      },
      onDragOver: (event) => {
        if (!enabled || !hasFiles(event)) return;
        // Without this the browser opens the dropped file in place of the host's page.
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      },
      onDragLeave: (event) => {
        if (!enabled || !hasFiles(event)) return;
        setDragDepth((depth) => Math.max(0, depth - 1));
      },
      onDrop: (event) => {
        if (!enabled) return;
        setDragDepth(0);
        const dropped = event.dataTransfer?.files;
        if (!dropped || dropped.length === 0) return;
        event.preventDefault();
        add(dropped);
      },
      ...(dragDepth > 0 ? { 'data-dragging': '' as const } : {}),
    }),
    getPasteProps: () => ({
      onPaste: (event) => {
        if (!enabled) return;
        const data = event.clipboardData;
        const images = Array.from(data?.files ?? []).filter((file) => file.type.startsWith('image/'));
        if (images.length === 0) return;
        // A copy from a document may carry its text too: then the text is pasted as well.
        if (!data?.types.includes('text/plain')) event.preventDefault();
        add(images);
      },
    }),
  };
}
