/**
 * Draft persistence that can never break a form. `localStorage` throws in more places than
 * people expect: reading the property itself in sandboxed iframes and some private modes,
 * `setItem` when the quota is full, `getItem` when a host or extension replaced it. Every
 * access goes through here and every failure degrades to "no draft" (faults.md 21).
 *
 * Nothing here runs during render, so SSR hosts never touch `window`.
 */
import type { QueryScope } from '../api/queries';
import type { IntentStore } from '../model/intents';

/** The part of the Web Storage API a draft needs; `localStorage` by default. */
export interface DraftStorageBackend {
  /** The text stored under `key`, or `null`. May throw: a failure reads as no draft. */
  getItem(key: string): string | null;
  /** Stores `value` under `key`. May throw (a full quota): the draft is then not saved. */
  setItem(key: string, value: string): void;
  /** Forgets `key`, once the draft was sent or emptied. May throw. */
  removeItem(key: string): void;
}

/** Reads, writes and forgets JSON drafts; every method swallows storage failures. */
export interface DraftStorage {
  /** The parsed draft under `key`, or `null` when absent, unreadable or not JSON. */
  read(key: string): unknown;
  /** Saves `value` as JSON; returns whether it was stored. */
  write(key: string, value: unknown): boolean;
  /** Forgets the draft; returns whether storage accepted the removal. */
  remove(key: string): boolean;
}

const KEY_PREFIX = 'rvp:draft:v2';

/**
 * The storage key of one draft. The API origin, org, connection and the token's owner
 * (`userId`, when the host names it) are all in it, so one org's draft never appears under
 * another (faults.md 11) and the next person on a shared device never sees the previous
 * one's (faults.md 34). `encodeURIComponent` keeps a `|` inside an id from forging a key.
 */
export function draftKey(
  scope: Pick<QueryScope, 'baseUrl' | 'orgId' | 'connectionId' | 'userId'>,
  name: string,
): string {
  return [KEY_PREFIX, name, scope.baseUrl, scope.orgId, scope.connectionId, scope.userId ?? '']
    .map(encodeURIComponent)
    .join('|');
}

function defaultBackend(): DraftStorageBackend | null {
  try {
    // Even reading `window.localStorage` can throw (SecurityError in sandboxed frames).
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/**
 * A {@link DraftStorage} over `backend`, or over `localStorage` resolved lazily at each call
 * (so a storage that appears, disappears or starts throwing later is handled too).
 */
export function createDraftStorage(backend?: DraftStorageBackend | null): DraftStorage {
  const resolve = (): DraftStorageBackend | null => (backend === undefined ? defaultBackend() : backend);
  return {
    read(key) {
      try {
        const text = resolve()?.getItem(key);
        return typeof text === 'string' ? (JSON.parse(text) as unknown) : null;
      } catch {
        return null;
      }
    },
    write(key, value) {
      try {
        const store = resolve();
        if (!store) return false;
        store.setItem(key, JSON.stringify(value));
        return true;
      } catch {
        return false;
      }
    },
    remove(key) {
      try {
        const store = resolve();
        if (!store) return false;
        store.removeItem(key);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/**
 * An {@link IntentStore} whose keys live in draft storage under `storageKey`, beside the
 * draft they belong to, so a reload in the middle of a submit sends the same
 * Idempotency-Key again and the server replays its answer (faults.md 19, 33, 37). Requests
 * in flight are still joined in memory, through `memory` (the provider's store).
 */
export function createPersistentIntentStore(
  storage: DraftStorage,
  storageKey: string,
  memory: IntentStore,
): IntentStore {
  const readStored = (): { intent: string; key: string } | null => {
    const stored = storage.read(storageKey);
    if (typeof stored !== 'object' || stored === null) return null;
    const { intent, key } = stored as Record<string, unknown>;
    return typeof intent === 'string' && typeof key === 'string' && key !== '' ? { intent, key } : null;
  };
  return {
    keyFor(intent) {
      const stored = readStored();
      if (stored?.intent === intent) return stored.key;
      // A new intent replaces the old one: only the latest draft can be pending.
      const key = memory.keyFor(intent);
      storage.write(storageKey, { intent, key });
      return key;
    },
    settle(intent) {
      memory.settle(intent);
      if (readStored()?.intent === intent) storage.remove(storageKey);
    },
    running: (intent) => memory.running(intent),
    track: (intent, promise) => memory.track(intent, promise),
  };
}
