/**
 * The ticket form's draft (faults.md 21, 33, 34): its fields and the files already
 * uploaded for it, saved per API origin, org, connection and user as the person types, put
 * back on the next mount, and removed only after success. The saving itself (throttled,
 * flushed on unmount and page hide, tolerant of a throwing storage) is
 * {@link usePersistentDraft}'s, shared with a ticket's reply.
 */
import { useCallback } from 'react';
import type { Attachment } from '../api/schemas';
import type { IntentStore } from '../model/intents';
import { parseDraftAttachments } from './attachments';
import type { DraftStorage } from './draftStorage';
import { usePersistentDraft } from './persistentDraft';
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

// -------------------------------------------------------------------------------------------------
// useTicketDraft
// -------------------------------------------------------------------------------------------------

/** What the ticket form keeps in its draft: the fields and the files uploaded for it. */
export interface TicketFormDraft {
  values: TicketFormValues;
  /** Uploaded, not yet used attachments (a file being uploaded cannot outlive a reload). */
  attachments: readonly Attachment[];
}

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
  onLoad: (restored: TicketFormDraft | null) => void;
}

/** What {@link useTicketDraft} returns. */
export interface TicketDraft {
  /** Saves the draft now or within `delayMs` (removes it when there is nothing in it). */
  save: (values: TicketFormValues, attachments?: readonly Attachment[]) => void;
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

function parseFormDraft(stored: unknown): TicketFormDraft | null {
  const attachments = parseDraftAttachments(stored);
  const values = parseTicketDraft(stored);
  if (values === null && attachments.length === 0) return null;
  return { values: values ?? { ...EMPTY_TICKET_FORM }, attachments };
}

const isBlankFormDraft = (draft: TicketFormDraft) =>
  isBlankTicketForm(draft.values) && draft.attachments.length === 0;

// The fields by name (never the caller's extra keys), and the files only when there are some.
const serializeFormDraft = ({ values, attachments }: TicketFormDraft) => ({
  title: values.title,
  priority: values.priority,
  description: values.description,
  ...(attachments.length > 0 ? { attachments } : {}),
});

/** The ticket form's draft under the provider's scope; see the module comment. */
export function useTicketDraft(options: UseTicketDraftOptions): TicketDraft {
  const draft = usePersistentDraft<TicketFormDraft>({
    name: 'ticket',
    intentName: 'ticket-submit',
    parse: parseFormDraft,
    isBlank: isBlankFormDraft,
    serialize: serializeFormDraft,
    storage: options.storage,
    persist: options.persist,
    delayMs: options.delayMs,
    onLoad: options.onLoad,
  });
  const { save: saveDraft } = draft;
  const save = useCallback(
    (values: TicketFormValues, attachments: readonly Attachment[] = []) => saveDraft({ values, attachments }),
    [saveDraft],
  );
  return {
    save,
    currentKey: draft.currentKey,
    discard: draft.discard,
    cancel: draft.cancel,
    intents: draft.intents,
  };
}
