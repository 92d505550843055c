/**
 * A draft kept in storage as a person types (faults.md 21, 33, 34), whatever it holds: the
 * ticket form's fields, or one ticket's reply and its uploaded files. Saved per API origin,
 * org, connection and user under a name, put back on the next mount, removed only when the
 * caller says (after success). A throwing storage is tolerated: there is then no draft.
 *
 * No keystroke is more than a moment from storage, even for someone who never pauses: the
 * first change after a quiet spell is written at once and later ones at most `delayMs` after
 * (a throttle, not a debounce that restarts on every key). What is still pending is written
 * on unmount, on a scope or name change, and when the page is hidden or unloaded
 * (`pagehide`, `visibilitychange`), which a reload fires but React's cleanup does not see.
 *
 * The draft's Idempotency-Key lives beside it (`intents`), so a reload in the middle of a
 * send sends the same key again and the server replays its answer instead of acting twice.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { IntentStore } from '../model/intents';
import { useRevampd } from '../provider/RevampdProvider';
import { createDraftStorage, createPersistentIntentStore, draftKey, type DraftStorage } from './draftStorage';

// Module scope: one wrapper is enough, it resolves localStorage at each call.
const defaultDraftStorage = /*#__PURE__*/ createDraftStorage();

/** Options of {@link usePersistentDraft}. */
export interface UsePersistentDraftOptions<T> {
  /**
   * What the draft is, e.g. `ticket` or `ticket-reply:tkt_1`: part of its storage key, with
   * the scope. A new name loads that draft (after writing what is pending under the old one).
   */
  name: string;
  /** The storage name of the Idempotency-Key kept beside the draft. @default `${name}:submit` */
  intentName?: string | undefined;
  /** Turns whatever storage held into a draft, or `null` if it is not a usable one. */
  parse: (stored: unknown) => T | null;
  /** Nothing worth keeping: a blank draft is removed rather than written. */
  isBlank: (values: T) => boolean;
  /** What is written to storage. @default the values themselves */
  serialize?: ((values: T) => unknown) | undefined;
  /** Where drafts live. @default localStorage, failures tolerated */
  storage?: DraftStorage | undefined;
  /** Save drafts at all; turn off on shared kiosks. @default true */
  persist?: boolean | undefined;
  /** Longest a change waits before it is written (changes in between are written together). @default 50 */
  delayMs?: number | undefined;
  /**
   * Called after mount and after every scope or name change with that draft (`null` when
   * there is none, or when drafts are off): the caller starts over from it.
   */
  onLoad: (restored: T | null) => void;
}

/** What {@link usePersistentDraft} returns. */
export interface PersistentDraft<T> {
  /** Saves `values` now or within `delayMs` (removes the draft when they are blank). */
  save: (values: T) => void;
  /** The storage key the caller's values belong to; `null` before the first load. */
  currentKey: () => string | null;
  /** Drops the pending save and forgets the draft under `key` (after a success). */
  discard: (key: string | null) => void;
  /** Drops the pending save only (the values were blanked on purpose). */
  cancel: () => void;
  /** Where the send's Idempotency-Key lives: beside this draft, so a reload mid-send reuses it. */
  intents: IntentStore;
}

/** A draft under the provider's scope and `name`; see the module comment. */
export function usePersistentDraft<T>(options: UsePersistentDraftOptions<T>): PersistentDraft<T> {
  const { scope, intents: memoryIntents } = useRevampd();
  const persist = options.persist ?? true;
  const delay = options.delayMs ?? 50;
  const key = draftKey(scope, options.name);
  const intentKey = draftKey(scope, options.intentName ?? `${options.name}:submit`);

  // Refs, so a caller passing new functions or storage per render does not reload the draft.
  const latest = useRef(options);
  latest.current = options;
  const storageOf = () => latest.current.storage ?? defaultDraftStorage;

  // The key the caller's values belong to: a save never writes one org's text under another.
  const loadedKey = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<{ values: T } | null>(null);

  const write = useCallback((target: string, values: T) => {
    const { isBlank, serialize } = latest.current;
    const storage = latest.current.storage ?? defaultDraftStorage;
    if (isBlank(values)) storage.remove(target);
    else storage.write(target, serialize ? serialize(values) : values);
  }, []);

  const cancel = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
  }, []);

  // Load the draft on mount and whenever the scope or name changes; an unmount or a change
  // first writes what is still pending, under the key it belongs to.
  useEffect(() => {
    const restored = persist ? latest.current.parse(storageOf().read(key)) : null;
    loadedKey.current = key;
    latest.current.onLoad(restored);
    return () => {
      const waiting = pending.current;
      const target = loadedKey.current;
      cancel();
      if (persist && waiting && target !== null) write(target, waiting.values);
      loadedKey.current = null;
    };
    // storageOf reads a ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, persist, cancel, write]);

  // Writes what is pending now (a throttle's trailing edge, or a page about to go away).
  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const target = loadedKey.current;
    const waiting = pending.current;
    pending.current = null;
    if (target !== null && waiting) write(target, waiting.values);
  }, [write]);

  const save = useCallback(
    (values: T) => {
      if (!persist) return;
      pending.current = { values };
      // Leading edge: a change after a quiet spell is written at once.
      if (timer.current === null) {
        flush();
        // Later changes within `delay` wait for the trailing edge, never longer.
        timer.current = setTimeout(flush, delay);
      }
    },
    [persist, delay, flush],
  );

  // A reload or a closed tab runs no React cleanup; these events do fire first.
  useEffect(() => {
    if (!persist || typeof window === 'undefined') return;
    const onHide = () => flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [persist, flush]);

  const currentKey = useCallback(() => loadedKey.current, []);

  const discard = useCallback(
    (target: string | null) => {
      cancel();
      if (target !== null) storageOf().remove(target);
    },
    // storageOf reads a ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [cancel],
  );

  const storageForIntents = options.storage ?? defaultDraftStorage;
  const intents = useMemo(
    () =>
      persist ? createPersistentIntentStore(storageForIntents, intentKey, memoryIntents) : memoryIntents,
    [persist, storageForIntents, intentKey, memoryIntents],
  );

  return { save, currentKey, discard, cancel, intents };
}
