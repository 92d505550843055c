'use client';
/**
 * AttachFiles: the "Attach files" control of a reply and of a new ticket. A view over
 * {@link useAttachmentUploads}: a real file input (reached with Tab, opened with Enter),
 * each chosen file with its name, size, upload progress, Cancel, Retry and Remove, and
 * what went wrong said on the file it is about. Dropping files and pasting images are the
 * hook's too: its drop-zone props go on the surrounding form.
 */
import type { AttachmentUpload, AttachmentUploads } from '../../hooks/attachments';
import { useRevampd, useSectionMessages } from '../../provider/RevampdProvider';
import { Button } from '../ui/Button';
import { enUSConversation } from '../../i18n/en-US';

/** Props of {@link AttachFiles}. */
export interface AttachFilesProps {
  /** From `useAttachmentUploads` (or a hook that holds one, such as `useTicketReply`). */
  uploads: AttachmentUploads;
  /** A problem with the files as a whole (e.g. the server refused one), shown on the control. */
  error?: string | null | undefined;
  /** Element id of that problem, so a form's error summary can point at it. */
  errorId?: string | undefined;
  /** Say the problem as an alert when it appears; off when an error summary already does. @default true */
  announceError?: boolean | undefined;
}

function percentOf(progress: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(progress);
  } catch {
    return `${Math.round(progress * 100)}%`;
  }
}

function FileRow({ item }: { item: AttachmentUpload }) {
  const { locale } = useRevampd();
  const m = useSectionMessages('conversation', enUSConversation);
  const scanText = item.status === 'uploaded' ? (item.display?.statusText ?? m.uploaded) : null;
  return (
    <li
      className="rvp-AttachFiles-file"
      data-status={item.status}
      data-scan={item.attachment?.scanStatus}
      data-problem={item.problem ? '' : undefined}
    >
      <div className="rvp-AttachFiles-fileMain">
        {/* Untrusted text, isolated and cut with an ellipsis; the full name is still read. */}
        <bdi className="rvp-FileName" title={item.name}>
          {item.name}
        </bdi>
        <span className="rvp-AttachFiles-size">{item.sizeText}</span>
        {scanText && <span className="rvp-AttachFiles-state">{scanText}</span>}
      </div>
      {item.status === 'uploading' && (
        <div className="rvp-AttachFiles-progress">
          <progress max={1} value={item.progress} aria-label={item.labels.progress} />
          <span aria-hidden="true">{percentOf(item.progress, locale)}</span>
        </div>
      )}
      {item.problem && <p className="rvp-AttachFiles-problem">{item.problem}</p>}
      <div className="rvp-AttachFiles-actions">
        {item.canCancel && (
          <Button variant="ghost" aria-label={item.labels.cancel} onClick={item.cancel}>
            {m.cancelUpload}
          </Button>
        )}
        {item.canRetry && (
          <Button aria-label={item.labels.retry} onClick={item.retry}>
            {m.retryUpload}
          </Button>
        )}
        {!item.canCancel && (
          <Button variant="ghost" aria-label={item.labels.remove} onClick={item.remove}>
            {m.removeFile}
          </Button>
        )}
      </div>
    </li>
  );
}

/** The "Attach files" control; renders nothing when the host switched `attachFiles` off. */
export function AttachFiles({ uploads, error, errorId, announceError = true }: AttachFilesProps) {
  const m = useSectionMessages('conversation', enUSConversation);
  if (!uploads.enabled) return null;
  return (
    <div className="rvp-AttachFiles" data-invalid={error ? '' : undefined}>
      {/* The real input stays in the tab order; the label beside it is what is seen. */}
      <input className="rvp-AttachFiles-input rvp-visually-hidden" {...uploads.getInputProps()} />
      <label
        htmlFor={uploads.ids.input}
        className="rvp-Button rvp-AttachFiles-button"
        data-variant="secondary"
      >
        {m.attachFiles}
      </label>
      <p id={uploads.ids.hint} className="rvp-Field-hint">
        {uploads.hint}
      </p>
      {error && (
        <p id={errorId} className="rvp-Field-error" role={announceError ? 'alert' : undefined}>
          <span className="rvp-visually-hidden">{m.errorPrefix}</span> {error}
        </p>
      )}
      {uploads.items.length > 0 && (
        <ul id={uploads.ids.list} className="rvp-AttachFiles-list" aria-label={m.fileList}>
          {uploads.items.map((item) => (
            <FileRow key={item.id} item={item} />
          ))}
        </ul>
      )}
      {uploads.isDragging && (
        <p className="rvp-AttachFiles-drop" aria-hidden="true">
          {m.dropHere}
        </p>
      )}
      <div className="rvp-visually-hidden" aria-live="polite">
        {uploads.announcement}
      </div>
    </div>
  );
}
