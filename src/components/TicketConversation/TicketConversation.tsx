'use client';
/**
 * TicketConversation: a ticket's conversation with the Revampd team, shown under the
 * "Conversation" heading of TicketDetail (or on its own): the description first, then every
 * message oldest first as a list, each with its author, its time in the org's zone, its
 * plain-text body and its files; then the reply box. It stays live: new replies appear in
 * place and are announced politely, while the person's unsent reply is left alone. A view
 * over {@link useTicketConversation} and, for the box, {@link useTicketReply}.
 */
import { forwardRef, useId, type ComponentPropsWithoutRef } from 'react';
import type { Message } from '../../api/schemas';
import type { AttachmentDisplay } from '../../hooks/attachments';
import type { DraftStorage } from '../../hooks/draftStorage';
import { useTicketConversation, type ConversationEntry } from '../../hooks/ticketConversation';
import { useRevampd, useSectionMessages } from '../../provider/RevampdProvider';
import { EmptyState, ErrorState, LoadingState, NoAccessState } from '../ui/ResourceState';
import { withWidgetBoundary } from '../ui/WidgetBoundary';
import { joinClassNames, useElementClass } from '../ui/elementClass';
import { TicketReplyBox } from './TicketReplyBox';
import { enUSConversation, enUSTickets } from '../../i18n/en-US';

/**
 * Props of {@link TicketConversation}. Other attributes (`id`, `aria-*`, `data-*`…) go to
 * the root `<section>`, which the ref points at too.
 */
export interface TicketConversationProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** The ticket whose conversation is shown. */
  ticketId: string;
  /** Look for new messages every 20 s and on focus while the page is visible. @default true */
  live?: boolean | undefined;
  /** Called once with each reply the person sends. */
  onReplySent?: ((message: Message) => void) | undefined;
  /** Where reply drafts are kept. @default localStorage, failures tolerated */
  draftStorage?: DraftStorage | undefined;
  /** The heading's level, to fit the page around it. @default 3 */
  headingLevel?: 2 | 3 | 4 | undefined;
  /** Classes added to the root `<section>`, after its own `rvp-TicketConversation rvp-widget`. */
  className?: string | undefined;
}

// -------------------------------------------------------------------------------------------------
// Parts
// -------------------------------------------------------------------------------------------------

function FileItem({ file }: { file: AttachmentDisplay }) {
  return (
    <li className="rvp-TicketConversation-file" data-scan={file.scanStatus}>
      {file.href ? (
        <a className="rvp-TicketConversation-fileLink" href={file.href} rel="noopener noreferrer">
          <bdi className="rvp-FileName" title={file.name}>
            {file.name}
          </bdi>
        </a>
      ) : (
        <bdi className="rvp-FileName" title={file.name}>
          {file.name}
        </bdi>
      )}
      <span className="rvp-TicketConversation-fileSize">{file.sizeText}</span>
      {file.statusText && (
        <span className="rvp-TicketConversation-fileStatus" data-scan={file.scanStatus}>
          {file.statusText}
        </span>
      )}
    </li>
  );
}

function Entry({ entry }: { entry: ConversationEntry }) {
  const m = useSectionMessages('conversation', enUSConversation);
  const ticketWords = useSectionMessages('tickets', enUSTickets);
  return (
    <li
      className="rvp-TicketConversation-entry"
      data-kind={entry.kind}
      data-author={entry.authorKind}
      data-message-id={entry.kind === 'message' ? entry.id : undefined}
    >
      <div className="rvp-TicketConversation-meta">
        <span className="rvp-TicketConversation-author">
          <bdi>{entry.authorLabel}</bdi>
        </span>
        <time className="rvp-TicketConversation-time" dateTime={entry.createdAt}>
          {entry.time}
        </time>
        {entry.kind === 'description' && (
          <span className="rvp-TicketConversation-label">{ticketWords.description}</span>
        )}
      </div>
      {/* Plain text: React escapes it, and CSS keeps its line breaks (pre-wrap). */}
      <p className="rvp-TicketConversation-body" dir="auto">
        {entry.body}
      </p>
      {entry.attachments.length > 0 && (
        <ul className="rvp-TicketConversation-files" aria-label={m.attachments}>
          {entry.attachments.map((file) => (
            <FileItem key={file.id} file={file} />
          ))}
        </ul>
      )}
    </li>
  );
}

// -------------------------------------------------------------------------------------------------
// TicketConversation
// -------------------------------------------------------------------------------------------------

const TicketConversationView = /*#__PURE__*/ forwardRef<HTMLElement, TicketConversationProps>(
  function TicketConversation(
    { ticketId, live, onReplySent, draftStorage, headingLevel = 3, className, ...rest },
    forwardedRef,
  ) {
    const { t } = useRevampd();
    const m = useSectionMessages('conversation', enUSConversation);
    const conversation = useTicketConversation(ticketId, { live });
    const { view, entries, messages: thread } = conversation;
    const headingId = useId();
    const Heading = `h${headingLevel}` as const;
    const widgetClass = useElementClass('widget');

    return (
      <section
        ref={forwardedRef}
        className={joinClassNames('rvp-TicketConversation', 'rvp-widget', widgetClass, className)}
        aria-labelledby={headingId}
        aria-busy={view.kind === 'loading' || undefined}
        data-state={view.kind}
        {...rest}
      >
        <Heading id={headingId} className="rvp-TicketConversation-heading">
          {m.heading}
        </Heading>
        <div className="rvp-visually-hidden" aria-live="polite" aria-atomic="true">
          {conversation.announcement}
        </div>

        {entries.length > 0 && (
          // The thread scrolls on its own, so its newest message is in view when it opens;
          // focusable so a keyboard can scroll it.
          <ol
            ref={conversation.threadRef}
            className="rvp-TicketConversation-thread"
            aria-labelledby={headingId}
            tabIndex={0}
          >
            {entries.map((entry) => (
              <Entry key={entry.id} entry={entry} />
            ))}
          </ol>
        )}

        {view.kind === 'loading' && <LoadingState label={m.loading} lines={2} />}
        {view.kind === 'no-access' && <NoAccessState />}
        {view.kind === 'error' && (
          <ErrorState error={view.error} onRetry={thread.refetch} retrying={thread.isFetching} />
        )}
        {view.kind === 'empty' && entries.length > 0 && (
          <EmptyState>
            <p>{t(m.empty)}</p>
          </EmptyState>
        )}
        {thread.isFetchingNextPage && (
          <p className="rvp-TicketConversation-more" role="status">
            {m.loadingNewer}
          </p>
        )}

        {entries.length > 0 && (
          <TicketReplyBox
            ticketId={ticketId}
            draftStorage={draftStorage}
            onSent={(message) => {
              conversation.scrollToNewest();
              onReplySent?.(message);
            }}
          />
        )}
      </section>
    );
  },
);

/**
 * A ticket's conversation and reply box; see the module comment.
 *
 * The root carries `data-state`: the thread's view (`loading`, `error`, `no-access`,
 * `empty` when there are no replies yet, or `ready`).
 */
export const TicketConversation = /*#__PURE__*/ withWidgetBoundary(
  'TicketConversation',
  TicketConversationView,
);
