/**
 * The ticket form's draft (faults.md 21, 33, 34): saved per API origin, org, connection and
 * user as the person types, put back on the next mount, and removed only after success. A
 * throwing storage is tolerated: the form then simply has no draft.
 *
 * No keystroke is more than a moment from storage, even for someone who never pauses: the
 * first change after a quiet spell is written at once and later ones at most `delayMs` after
 * (a throttle, not a debounce that restarts on every key). What is still pending is written
 * on unmount, on a scope change, and when the page is hidden or unloaded (`pagehide`,
 * `visibilitychange`), which a reload fires but React's cleanup does not see.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useRevampd } from '../provider/RevampdProvider';
import type { IntentStore } from '../model/intents';
import { createDraftStorage, createPersistentIntentStore, draftKey, type DraftStorage } from './draftStorage';
import {
  EMPTY_TICKET_FORM,
  isBlankTicketForm,
  isTicketPriority,
  type TicketFormValues,
} from './ticketValidation';

// -------------------------------------------------------------------------------------------------
// Pure helpers
// -------------------------------------------------------------------------------------------------

/** Turns whatever storage held into form values, or `null` if it is not a usable draft. */
export function parseTicketDraft(stored: unknown): TicketFormValues | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const record = stored as Record<string, unknown>;
  const title = typeof record['title'] === 'string' ? record['title'] : '';
  const description = typeof record['description'] === 'string' ? record['description'] : '';
  const priority = isTicketPriority(record['priority']) ? record['priority'] : EMPTY_TICKET_FORM.priority;
  const values = { title, priority, description };
  return isBlankTicketForm(values) ? null : values;
}

// Module scope: one wrapper is enough, it resolves localStorage at each call.
const defaultDraftStorage = /*#__PURE__*/ createDraftStorage();

// -------------------------------------------------------------------------------------------------
// useTicketDraft
// -------------------------------------------------------------------------------------------------

/** Options of {@link useTicketDraft}. */
export interface UseTicketDraftOptions {
  /** Where drafts live. @default localStorage, failures tolerated */
  storage?: DraftStorage | undefined;
  /** Save drafts at all; turn off on shared kiosks. @default true */
  persist?: boolean | undefined;
  /** Longest a change waits before it is written (changes in between are written together). @default 50 */
  delayMs?: number | undefined;
  /**
   * Called after mount and after every scope change with that scope's draft (`null` when
   * there is none, or when drafts are off): the form starts over from it.
   */
  onLoad: (restored: TicketFormValues | null) => void;
}

/** What {@link useTicketDraft} returns. */
export interface TicketDraft {
  /** Saves `values` now or within `delayMs` (removes the draft when they are blank). */
  save: (values: TicketFormValues) => void;
  /** The storage key of the draft the form's values belong to; `null` before the first load. */
  currentKey: () => string | null;
  /** Drops the pending save and forgets the draft under `key` (after a success). */
  discard: (key: string | null) => void;
  /** Drops the pending save only (the form was blanked on purpose). */
  cancel: () => void;
  /**
   * Where the submit's Idempotency-Key lives: beside this draft, so a reload mid-submit
   * reuses it. Pass it to `useSubmitTicket({ intents })`.
   */
  intents: IntentStore;
}

/** The ticket form's draft under the provider's scope; see the module comment. */
export function useTicketDraft(options: UseTicketDraftOptions): TicketDraft {
  const { scope, intents: memoryIntents } = useRevampd();
  const persist = options.persist ?? true;
  const delay = options.delayMs ?? 50;
  const key = draftKey(scope, 'ticket');
  const intentKey = draftKey(scope, 'ticket-submit');

  // Refs, so a host passing a new storage object or callback per render does not reload the draft.
  const storageRef = useRef(options.storage ?? defaultDraftStorage);
  storageRef.current = options.storage ?? defaultDraftStorage;
  const onLoadRef = useRef(options.onLoad);
  onLoadRef.current = options.onLoad;

  // The key the values in the form belong to: a save never writes one org's text under another.
  const loadedKey = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<TicketFormValues | null>(null);

  const write = useCallback((target: string, values: TicketFormValues) => {
    if (isBlankTicketForm(values)) storageRef.current.remove(target);
    else {
      storageRef.current.write(target, {
        title: values.title,
        priority: values.priority,
        description: values.description,
      });
    }
  }, []);

  const cancel = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
  }, []);

  // Load the scope's draft on mount and whenever the scope changes; an unmount or a scope
  // change first writes what is still pending.
  useEffect(() => {
    const restored = persist ? parseTicketDraft(storageRef.current.read(key)) : null;
    loadedKey.current = key;
    onLoadRef.current(restored);
    return () => {
      const values = pending.current;
      const target = loadedKey.current;
      cancel();
      if (persist && values && target !== null) write(target, values);
      loadedKey.current = null;
    };
  }, [key, persist, cancel, write]);

  // Writes what is pending now (a throttle's trailing edge, or a page about to go away).
  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const target = loadedKey.current;
    const latest = pending.current;
    pending.current = null;
    if (target !== null && latest) write(target, latest);
  }, [write]);

  const save = useCallback(
    (values: TicketFormValues) => {
      if (!persist) return;
      pending.current = values;
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
      if (target !== null) storageRef.current.remove(target);
    },
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
