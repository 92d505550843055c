/**
 * A ticket's conversation (`GET /tickets/{id}/messages`), oldest first, kept live
 * (faults.md 31): every page up to the newest message is loaded (a conversation is read to
 * its end, so a long thread pages from the server until it is complete), and while the
 * ticket is open and the page visible the newest page is asked for again every 20 s and
 * whenever the window gets focus. Nothing runs while the page is hidden, and nothing after
 * unmount (faults.md 38).
 */
import type { InfiniteData } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { listTicketMessages } from '../api/endpoints';
import { isAbortError, isRevampdError } from '../api/errors';
import { MESSAGE_PAGE_SIZE, ticketQueries } from '../api/queries';
import type { Message, Page } from '../api/schemas';
import { useRevampd } from '../provider/RevampdProvider';
import { useListQuery, type ListQuery } from './shared';

/** How often an open conversation looks for new messages. */
export const TICKET_MESSAGES_POLL_MS = 20_000;

/** Pages loaded on their own, at most, to reach the newest message of a long thread. */
export const TICKET_MESSAGES_MAX_PAGES = 20;

// Focus and "visible again" often come together: one check is enough for both.
const MIN_CHECK_GAP_MS = 2_000;

/** Options of {@link useTicketMessages}. */
export interface UseTicketMessagesOptions {
  /**
   * Look for new messages while mounted and the page is visible: every `intervalMs`, when
   * the window gets focus and when the page becomes visible again. @default true
   */
  live?: boolean | undefined;
  /** @default 20000 */
  intervalMs?: number | undefined;
  /** Pages loaded on their own to reach the newest message. @default 20 */
  maxPages?: number | undefined;
}

/** What {@link useTicketMessages} returns: the list, oldest first, and its live parts. */
export interface TicketMessages extends ListQuery<Message> {
  /** Every message up to the newest is loaded (or the page bound was reached). */
  isComplete: boolean;
  /**
   * Asks for messages newer than the last one loaded, now (what the 20 s check does). New
   * messages appear in place; the ticket and the lists are refreshed when some arrived.
   */
  checkForNew: () => void;
}

type MessagePages = InfiniteData<Page<Message>, string | null>;

function sameIds(a: readonly Message[], b: readonly Message[]): boolean {
  return a.length === b.length && a.every((message, index) => message.id === b[index]?.id);
}

/**
 * One ticket's messages, oldest first, loaded to the newest and kept live; off (no
 * request) while `ticketId` is null. See the module comment.
 */
export function useTicketMessages(
  ticketId: string | null,
  options: UseTicketMessagesOptions = {},
): TicketMessages {
  const client = useRevampd();
  const { api, scope, queryClient } = client;
  const live = options.live ?? true;
  const intervalMs = options.intervalMs ?? TICKET_MESSAGES_POLL_MS;
  const maxPages = options.maxPages ?? TICKET_MESSAGES_MAX_PAGES;

  const query = ticketQueries.messages(client, ticketId ?? '');
  const list = useListQuery<Message>({ ...query, enabled: ticketId !== null });
  const { queryKey } = query;

  // ----------------------------------------------------------------------------- to the newest

  // A conversation reads to its end: follow `nextCursor` until there is none (bounded, so a
  // runaway thread cannot load forever). Once per row count, however many renders.
  const followed = useRef<{ key: string; pages: number; atLength: number }>({
    key: '',
    pages: 0,
    atLength: -1,
  });
  const threadKey = JSON.stringify(queryKey);
  if (followed.current.key !== threadKey) followed.current = { key: threadKey, pages: 0, atLength: -1 };
  const { status, error, hasNextPage, isFetchingNextPage, fetchNextPage, items } = list;
  useEffect(() => {
    const state = followed.current;
    if (status !== 'success' || error !== null || !hasNextPage || isFetchingNextPage) return;
    if (state.pages >= maxPages || state.atLength === items.length) return;
    followed.current = { ...state, pages: state.pages + 1, atLength: items.length };
    fetchNextPage();
  }, [status, error, hasNextPage, isFetchingNextPage, fetchNextPage, items.length, maxPages]);
  const isComplete = status === 'success' && (!hasNextPage || followed.current.pages >= maxPages);

  // ----------------------------------------------------------------------------- live

  const lastCheck = useRef(0);
  const running = useRef<AbortController | null>(null);
  const latest = useRef({ api, scope, queryClient, queryKey, ticketId });
  latest.current = { api, scope, queryClient, queryKey, ticketId };

  const checkForNew = useCallback(() => {
    const { api: transport, queryClient: cache, queryKey: key, ticketId: id } = latest.current;
    const sender = latest.current;
    if (id === null || running.current !== null) return;
    const data = cache.getQueryData<MessagePages>(key);
    const last = (data?.pages.length ?? 0) - 1;
    const lastPage = data?.pages[last];
    // Nothing loaded yet, or the query itself is loading: it will bring the newest anyway.
    if (!data || !lastPage || cache.isFetching({ queryKey: key, exact: true }) > 0) return;
    lastCheck.current = Date.now();
    const cursor = data.pageParams[last] ?? null;
    const controller = new AbortController();
    running.current = controller;
    // Only the newest page is asked for again: a long thread costs one request, not one per page.
    listTicketMessages(transport, id, { cursor, limit: MESSAGE_PAGE_SIZE }, { signal: controller.signal })
      .then(
        (page) => {
          let arrived = false;
          cache.setQueryData<MessagePages>(key, (current) => {
            // The thread changed meanwhile (refetched, more pages): this answer is stale.
            if (!current || current.pages.length !== last + 1 || current.pageParams[last] !== cursor) {
              return current;
            }
            const previous = current.pages[last];
            if (previous && sameIds(previous.data, page.data) && previous.nextCursor === page.nextCursor) {
              return current;
            }
            arrived = page.data.length > (previous?.data.length ?? 0) || page.nextCursor !== null;
            return { pages: [...current.pages.slice(0, last), page], pageParams: current.pageParams };
          });
          if (!arrived) return;
          // A reply changes the ticket too (awaiting you, status, last update): in the scope that asked.
          const sentFrom = { api: sender.api, scope: sender.scope };
          void cache.invalidateQueries({
            queryKey: ticketQueries.detail(sentFrom, id).queryKey,
            exact: true,
          });
          void cache.invalidateQueries({ queryKey: ticketQueries.lists(sender.scope) });
        },
        (thrown: unknown) => {
          if (isAbortError(thrown)) return;
          // A cursor the server no longer takes: read the whole thread again instead.
          if (isRevampdError(thrown) && thrown.code === 'invalid_cursor') {
            void cache.invalidateQueries({ queryKey: key, exact: true });
          }
          // Anything else: the thread on screen stays as it is; the next check tries again.
        },
      )
      .finally(() => {
        if (running.current === controller) running.current = null;
      });
  }, []);

  useEffect(() => {
    if (!live || ticketId === null || typeof document === 'undefined') return;
    let timer: ReturnType<typeof setInterval> | null = null;
    const visible = () => document.visibilityState !== 'hidden';
    const stop = () => {
      if (timer !== null) clearInterval(timer);
      timer = null;
    };
    const begin = () => {
      stop();
      if (visible()) timer = setInterval(checkForNew, intervalMs);
    };
    const checkSoon = () => {
      if (visible() && Date.now() - lastCheck.current >= MIN_CHECK_GAP_MS) checkForNew();
    };
    const onVisibility = () => {
      // Hidden: nothing polls. Visible again: look now, then every interval.
      if (visible()) checkSoon();
      begin();
    };
    begin();
    window.addEventListener('focus', checkSoon);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stop();
      window.removeEventListener('focus', checkSoon);
      document.removeEventListener('visibilitychange', onVisibility);
      running.current?.abort();
      running.current = null;
    };
  }, [live, ticketId, intervalMs, checkForNew]);

  return { ...list, isComplete, checkForNew };
}
