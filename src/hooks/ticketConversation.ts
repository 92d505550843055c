/**
 * Headless state of a ticket's conversation: the description first, then every message
 * oldest first, each with its author in words ("You", or "Maya Okafor, Revampd team"), its
 * time in the org's zone, its plain-text body and its files (a link only for a clean
 * `https:` file, faults.md 29; pending scans polled). It stays live (faults.md 31): new
 * messages appear in place, a team reply is announced politely ("New reply from Maya"),
 * the thread keeps its newest message in view when the person was reading the end, and the
 * ticket's replies are marked seen for the tickets list. TicketConversation renders this;
 * a host can render its own thread on it.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefCallback } from 'react';
import type { Attachment, MessageAuthorKind, TicketDetail } from '../api/schemas';
import { ticketQueries } from '../api/queries';
import { listView, type ResourceView } from '../model/resourceView';
import { useRevampd, useSectionMessages } from '../provider/RevampdProvider';
import { describeAttachment, useAttachmentScans, type AttachmentDisplay } from './attachments';
import { useFormatters } from './formatters';
import { useResourceQuery, type ResourceQuery } from './shared';
import { useTicketMessages, type TicketMessages, type UseTicketMessagesOptions } from './ticketMessages';
import { useTicketSeen } from './ticketSeen';
import { enUSConversation } from '../i18n/en-US';

/** One entry of the thread: the ticket's description, or a message. */
export interface ConversationEntry {
  /** `description` for the ticket's own text, else the message's id. */
  id: string;
  /** `description` for the ticket's own text, `message` for a reply. */
  kind: 'description' | 'message';
  /** Who wrote it: `customer` (this Sub-Org) or `team` (Revampd); our view sets it as `data-author`. */
  authorKind: MessageAuthorKind;
  /** The author's name as the API sent it (untrusted text). */
  authorName: string;
  /** "You", or "{name}, {brandName} team": render as text, isolated (it holds API text). */
  authorLabel: string;
  /** ISO instant, for `<time dateTime>`. */
  createdAt: string;
  /** In the org's time zone and the locale, e.g. `Nov 20, 2026, 9:05 AM`. */
  time: string;
  /** Plain text with its line breaks; never markup. */
  body: string;
  /** Its files, as they are now. */
  attachments: AttachmentDisplay[];
}

/** Options of {@link useTicketConversation}. */
export interface UseTicketConversationOptions extends UseTicketMessagesOptions {
  /** Mark the ticket's replies as seen while it is shown (the tickets list's "New reply"). @default true */
  markSeen?: boolean | undefined;
}

/** What {@link useTicketConversation} returns. */
export interface TicketConversationState {
  /** The ticket (with its own files), once loaded. */
  ticketQuery: ResourceQuery<TicketDetail>;
  /** The ticket with its own files, once loaded. */
  ticket: TicketDetail | undefined;
  /** The messages: loading, errors, Retry, the live check. */
  messages: TicketMessages;
  /**
   * The thread's view: `loading`, `error` / `no-access` (of the messages), `empty` (the
   * description alone: no replies yet) or `ready`.
   */
  view: ResourceView;
  /** The description first, then the messages oldest first (empty until the ticket is loaded). */
  entries: ConversationEntry[];
  /** Polite news for a live region: "New reply from {name}" when a team reply arrives. */
  announcement: string;
  /**
   * Attach to the element that scrolls the thread: the newest message is in view when the
   * thread opens, and stays in view as messages arrive while the person reads the end.
   */
  threadRef: RefCallback<HTMLElement>;
  /** Scrolls the thread to its newest message (after the person sends a reply). */
  scrollToNewest: () => void;
}

// Within this many pixels of the end, the person is reading the newest messages.
const NEAR_END_PX = 64;

/** A ticket's conversation, live; see the module comment. */
export function useTicketConversation(
  ticketId: string,
  options: UseTicketConversationOptions = {},
): TicketConversationState {
  const client = useRevampd();
  const { t, locale } = client;
  const m = useSectionMessages('conversation', enUSConversation);
  const format = useFormatters();
  const ticketQuery = useResourceQuery(ticketQueries.detail(client, ticketId));
  const ticket = ticketQuery.data;
  const messages = useTicketMessages(ticketId, options);
  const { items, isComplete } = messages;
  const view = listView(messages);

  // ----------------------------------------------------------------------------- entries

  const files = useMemo<Attachment[]>(
    () => [...(ticket?.attachments ?? []), ...items.flatMap((message) => message.attachments)],
    [ticket?.attachments, items],
  );
  const latest = useAttachmentScans(files);

  const entries = useMemo<ConversationEntry[]>(() => {
    if (!ticket) return [];
    const authorLabel = (kind: MessageAuthorKind, name: string) =>
      kind === 'customer' ? m.you : t(m.teamAuthor, { name });
    const show = (attachments: readonly Attachment[]) =>
      attachments.map((attachment) => describeAttachment(latest(attachment), { messages: m, locale }));
    return [
      {
        id: 'description',
        kind: 'description',
        authorKind: 'customer',
        authorName: '',
        authorLabel: m.you,
        createdAt: ticket.createdAt,
        time: format.date(ticket.createdAt, 'dateTime'),
        body: ticket.description,
        attachments: show(ticket.attachments ?? []),
      },
      ...items.map(
        (message): ConversationEntry => ({
          id: message.id,
          kind: 'message',
          authorKind: message.author.kind,
          authorName: message.author.name,
          authorLabel: authorLabel(message.author.kind, message.author.name),
          createdAt: message.createdAt,
          time: format.date(message.createdAt, 'dateTime'),
          body: message.body,
          attachments: show(message.attachments),
        }),
      ),
    ];
  }, [ticket, items, m, t, locale, format, latest]);

  // ----------------------------------------------------------------------------- news

  // Messages known when the thread was first complete are not news; later team ones are.
  const known = useRef<{ ticketId: string; ids: Set<string> } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (!isComplete) return;
    if (known.current === null || known.current.ticketId !== ticketId) {
      known.current = { ticketId, ids: new Set(items.map((message) => message.id)) };
      return;
    }
    const ids = known.current.ids;
    const arrived = items.filter((message) => !ids.has(message.id));
    for (const message of arrived) ids.add(message.id);
    const fromTeam = arrived.filter((message) => message.author.kind === 'team');
    const newest = fromTeam[fromTeam.length - 1];
    if (newest) setAnnouncement(t(m.newReplyFrom, { name: newest.author.name }));
  }, [items, isComplete, ticketId, t, m]);

  // ----------------------------------------------------------------------------- in view

  const threadElement = useRef<HTMLElement | null>(null);
  const atEnd = useRef(true);
  const scrolledFor = useRef<string | null>(null);
  // Where this hook last put the thread: the scroll event that move fires is ours, not the
  // person's, and may arrive after the box has already changed size (then it would read as
  // "scrolled away from the end" and stop the thread following it).
  const pinnedTop = useRef<number | null>(null);
  const pinToEnd = useCallback((thread: HTMLElement) => {
    thread.scrollTop = thread.scrollHeight;
    pinnedTop.current = thread.scrollTop;
    atEnd.current = true;
  }, []);
  const scrollToNewest = useCallback(() => {
    if (threadElement.current) pinToEnd(threadElement.current);
  }, [pinToEnd]);

  // Whether the person reads the end is known from their scrolling, before new rows land.
  const onScroll = useCallback((event: Event) => {
    const thread = event.currentTarget as HTMLElement;
    if (thread.scrollTop === pinnedTop.current) return;
    pinnedTop.current = null;
    atEnd.current = thread.scrollHeight - thread.scrollTop - thread.clientHeight <= NEAR_END_PX;
  }, []);
  // Late layout moves the end after the thread was scrolled to it: a Partner's web font
  // arriving, the box's width settling, an entry growing. While the person reads the end,
  // the thread follows it, so the newest message stays in view; once they scroll up, nothing
  // moves under them. jsdom has no ResizeObserver: there nothing lays out anyway.
  const followEnd = useRef<ResizeObserver | null>(null);
  const threadRef = useCallback<RefCallback<HTMLElement>>(
    (element) => {
      threadElement.current?.removeEventListener('scroll', onScroll);
      followEnd.current?.disconnect();
      followEnd.current = null;
      threadElement.current = element;
      if (!element) return;
      element.addEventListener('scroll', onScroll, { passive: true });
      // A thread that appears after its messages (the ticket loaded last) opens at its end.
      if (scrolledFor.current === ticketId) pinToEnd(element);
      if (typeof ResizeObserver === 'function') {
        followEnd.current = new ResizeObserver(() => {
          if (atEnd.current) pinToEnd(element);
        });
        // Border boxes: an entry's padding or border growing moves the end as well.
        followEnd.current.observe(element, { box: 'border-box' });
        for (const entry of element.children) followEnd.current.observe(entry, { box: 'border-box' });
      }
    },
    [onScroll, pinToEnd, ticketId],
  );

  const newestId = entries[entries.length - 1]?.id ?? null;
  // Entries that arrived since are watched too (observing one twice is harmless).
  useEffect(() => {
    const element = threadElement.current;
    if (!element || !followEnd.current) return;
    for (const entry of element.children) followEnd.current.observe(entry, { box: 'border-box' });
  }, [entries]);
  useEffect(() => {
    if (!isComplete || newestId === null) return;
    // On open: the newest message in view, once per ticket. Later: only if the person was at the end.
    if (scrolledFor.current !== ticketId) {
      scrolledFor.current = ticketId;
      scrollToNewest();
    } else if (atEnd.current) {
      scrollToNewest();
    }
  }, [isComplete, newestId, ticketId, scrollToNewest]);

  // ----------------------------------------------------------------------------- seen

  const { markSeen } = useTicketSeen();
  const shouldMark = options.markSeen ?? true;
  const newestAt = useMemo(() => {
    const instants = [ticket?.lastMessageAt, items[items.length - 1]?.createdAt].filter(
      (value): value is string => typeof value === 'string',
    );
    return instants.sort((a, b) => Date.parse(b) - Date.parse(a))[0] ?? null;
  }, [ticket?.lastMessageAt, items]);
  useEffect(() => {
    if (!shouldMark || !isComplete || newestAt === null) return;
    // Read on a visible page only: a reply that arrives in a background tab is still new.
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return;
    markSeen(ticketId, newestAt);
  }, [shouldMark, isComplete, newestAt, ticketId, markSeen]);

  return { ticketQuery, ticket, messages, view, entries, announcement, threadRef, scrollToNewest };
}
