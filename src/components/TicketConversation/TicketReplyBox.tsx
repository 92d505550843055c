'use client';
/**
 * TicketReplyBox: the reply form under a ticket's conversation, a view over
 * {@link useTicketReply}: the text and its live count, "Attach files", "Send reply"
 * (refused with a reason while a file is uploading or failed), a note that a reply reopens a
 * resolved ticket, and "Reopen to reply" on a closed one.
 */
import type { Message } from '../../api/schemas';
import type { DraftStorage } from '../../hooks/draftStorage';
import { useTicketReply } from '../../hooks/ticketReply';
import { useRevampd, useSectionMessages } from '../../provider/RevampdProvider';
import { Button } from '../ui/Button';
import { joinClassNames, useElementClass } from '../ui/elementClass';
import { AttachFiles } from './AttachFiles';
import { enUSConversation } from '../../i18n/en-US';

/** Props of {@link TicketReplyBox}. */
export interface TicketReplyBoxProps {
  /** The ticket to reply to; the reply's draft is saved per ticket. */
  ticketId: string;
  /** Called once with each reply sent. */
  onSent?: ((message: Message) => void) | undefined;
  /** Where drafts are kept. @default localStorage, failures tolerated */
  draftStorage?: DraftStorage | undefined;
}

/** The reply box of one ticket; renders nothing when the host switched `replyToTickets` off. */
export function TicketReplyBox({ ticketId, onSent, draftStorage }: TicketReplyBoxProps) {
  const { t } = useRevampd();
  const m = useSectionMessages('conversation', enUSConversation);
  const reply = useTicketReply(ticketId, { onSent, draftStorage });
  const { uploads, ids } = reply;
  const inputClass = useElementClass('input');

  if (reply.mode === 'off' || reply.mode === 'loading') return null;

  const formError = reply.formErrorText && (
    <div
      id={ids.formError}
      className="rvp-TicketReply-formError"
      role="alert"
      data-error-code={reply.formError?.code}
    >
      <p className="rvp-TicketReply-formErrorTitle">{reply.formErrorText.title}</p>
      {reply.formErrorText.detail && <p>{reply.formErrorText.detail}</p>}
    </div>
  );

  if (reply.mode === 'closed') {
    return (
      <div className="rvp-TicketReply" data-mode="closed">
        {formError}
        <p className="rvp-TicketReply-note">{m.closedNotice}</p>
        {reply.reopen && (
          <div className="rvp-TicketReply-actions">
            {reply.reopen.errorText && (
              <p className="rvp-TicketReply-refusal" role="alert">
                {reply.reopen.errorText}
              </p>
            )}
            <Button variant="primary" busy={reply.reopen.isPending} onClick={reply.reopen.run}>
              {reply.reopen.label}
            </Button>
          </div>
        )}
      </div>
    );
  }

  return (
    <form
      {...reply.getFormProps()}
      {...uploads.getDropZoneProps()}
      className="rvp-TicketReply"
      data-mode="reply"
      aria-busy={reply.isSending || undefined}
    >
      {reply.draftRestored && (
        <p className="rvp-TicketReply-draftNote" role="status">
          {m.draftRestored}
        </p>
      )}
      {formError}
      {reply.reopensOnReply && <p className="rvp-TicketReply-note">{m.reopensOnReply}</p>}

      <div className="rvp-Field" data-invalid={reply.bodyError ? '' : undefined}>
        <label className="rvp-Field-label" htmlFor={ids.body}>
          {m.replyLabel}
        </label>
        <p id={ids.hint} className="rvp-Field-hint">
          {t(m.replyHint)}
        </p>
        {reply.bodyError && (
          <p id={ids.bodyError} className="rvp-Field-error">
            <span className="rvp-visually-hidden">{m.errorPrefix}</span> {reply.bodyError}
          </p>
        )}
        <textarea
          ref={reply.textareaRef}
          className={joinClassNames('rvp-Field-textarea', inputClass)}
          rows={5}
          spellCheck
          {...reply.getTextareaProps()}
        />
        <p id={ids.count} className="rvp-Field-count" data-over={reply.count.isOver ? '' : undefined}>
          {reply.count.message}
        </p>
      </div>

      <AttachFiles uploads={uploads} error={reply.attachmentsError} errorId={ids.attachmentsError} />

      {/* The count, announced politely once typing pauses; the visible one above is silent. */}
      <div className="rvp-visually-hidden" aria-live="polite" aria-atomic="true">
        {reply.countAnnouncement}
      </div>
      <div className="rvp-visually-hidden" aria-live="polite" aria-atomic="true">
        {reply.sentAnnouncement}
      </div>

      <div className="rvp-TicketReply-actions">
        {reply.refusal && (
          <p id={ids.refusal} className="rvp-TicketReply-refusal" role="alert">
            {reply.refusal}
          </p>
        )}
        <Button
          type="submit"
          variant="primary"
          busy={reply.isSending}
          aria-describedby={reply.refusal ? ids.refusal : undefined}
        >
          {reply.isSending ? m.sending : m.send}
        </Button>
      </div>
    </form>
  );
}
