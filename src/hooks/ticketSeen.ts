/**
 * Which team replies this person has seen, kept on this device (localStorage) per API
 * origin, org, connection and user, so the tickets list can mark a ticket with a reply they
 * have not read ("New reply") and the next person on a shared device starts with their own
 * (faults.md 34). The server knows nothing of it: opening a ticket's conversation marks its
 * newest message as seen. Every hook of the page (and other tabs, through the `storage`
 * event) follows a change at once. A throwing storage is tolerated: nothing is marked.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { Ticket } from '../api/schemas';
import { useRevampd } from '../provider/RevampdProvider';
import { createDraftStorage, draftKey, type DraftStorage } from './draftStorage';

// Module scope: one wrapper is enough, it resolves localStorage at each call.
const defaultStorage = /*#__PURE__*/ createDraftStorage();

/** Tickets remembered at most: the oldest marks go first, so storage never grows without end. */
const MAX_REMEMBERED = 500;

// A change in this page bumps the version; `storage` events bring other tabs' changes.
let version = 0;
const listeners = new Set<() => void>();
function notify(): void {
  version += 1;
  for (const listener of [...listeners]) listener();
}
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1 && typeof window !== 'undefined') window.addEventListener('storage', notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && typeof window !== 'undefined') window.removeEventListener('storage', notify);
  };
}
const getVersion = () => version;

/** Ticket id → the instant of the newest message seen, as stored. */
type SeenMap = Readonly<Record<string, string>>;

function readSeen(storage: DraftStorage, key: string): SeenMap {
  const stored = storage.read(key);
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  const seen: Record<string, string> = {};
  for (const [id, at] of Object.entries(stored as Record<string, unknown>)) {
    if (typeof at === 'string' && Number.isFinite(Date.parse(at))) seen[id] = at;
  }
  return seen;
}

/**
 * Whether `ticket` has a team reply newer than what `seenAt` (the newest message seen on
 * it, or `undefined`) covers. Closed tickets are history: never marked.
 */
export function hasUnseenReply(
  ticket: Pick<Ticket, 'status' | 'lastMessageAt' | 'lastMessageBy'>,
  seenAt: string | undefined,
): boolean {
  if (ticket.status === 'closed' || ticket.lastMessageBy !== 'team' || ticket.lastMessageAt === null) {
    return false;
  }
  if (seenAt === undefined) return true;
  return Date.parse(ticket.lastMessageAt) > Date.parse(seenAt);
}

/** Options of {@link useTicketSeen}. */
export interface UseTicketSeenOptions {
  /** Where the marks live. @default localStorage, failures tolerated */
  storage?: DraftStorage | undefined;
}

/** What {@link useTicketSeen} returns. */
export interface TicketSeen {
  /** The ticket has a team reply this person has not seen ("New reply"). */
  hasUnseenReply: (ticket: Pick<Ticket, 'id' | 'status' | 'lastMessageAt' | 'lastMessageBy'>) => boolean;
  /** Marks everything on `ticketId` up to `lastMessageAt` (an ISO instant) as seen. */
  markSeen: (ticketId: string, lastMessageAt: string) => void;
}

/** This person's seen replies, under the provider's scope; see the module comment. */
export function useTicketSeen(options: UseTicketSeenOptions = {}): TicketSeen {
  const { scope } = useRevampd();
  const storage = options.storage ?? defaultStorage;
  const key = draftKey(scope, 'ticket-seen');
  const current = useSyncExternalStore(subscribe, getVersion, getVersion);
  // Read again when anything was marked (here or in another tab) or the scope changed.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const seen = useMemo(() => readSeen(storage, key), [storage, key, current]);

  const markSeen = useCallback(
    (ticketId: string, lastMessageAt: string) => {
      if (!Number.isFinite(Date.parse(lastMessageAt))) return;
      const stored = readSeen(storage, key);
      const before = stored[ticketId];
      if (before !== undefined && Date.parse(before) >= Date.parse(lastMessageAt)) return;
      // Re-inserted last, so the oldest marks are the first to go past the cap.
      const { [ticketId]: _previous, ...others } = stored;
      const entries = [...Object.entries(others), [ticketId, lastMessageAt] as const];
      storage.write(key, Object.fromEntries(entries.slice(-MAX_REMEMBERED)));
      notify();
    },
    [storage, key],
  );

  const unseen = useCallback(
    (ticket: Pick<Ticket, 'id' | 'status' | 'lastMessageAt' | 'lastMessageBy'>) =>
      hasUnseenReply(ticket, seen[ticket.id]),
    [seen],
  );

  return { hasUnseenReply: unseen, markSeen };
}
