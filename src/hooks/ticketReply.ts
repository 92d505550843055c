/**
 * Replying on a ticket, in the same layers as the ticket form:
 *
 * - {@link useReplyToTicket}: `POST /tickets/{id}/messages`, one message per intent
 *   (faults.md 27, 37): the same reply sent twice (double click, held Enter, a retry after
 *   a network error, the ticket left and opened again, a reload mid-send) carries one
 *   Idempotency-Key, kept with the reply's draft, so the server posts it once;
 * - {@link useTicketReply}: the reply box's whole state, with no markup: the text and its
 *   live count (in the locale's plural rules), the attached files
 *   ({@link useAttachmentUploads}), the draft (text and uploaded files, saved per ticket
 *   like the form's), Send refused with a reason while a file is uploading or failed
 *   (faults.md 30), "replying reopens it" on a resolved ticket, and "Reopen to reply" on a
 *   closed one. A host renders its own box on it; TicketConversation renders ours.
 */
import type { InfiniteData } from '@tanstack/react-query';
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type FormEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { replyToTicket } from '../api/endpoints';
import type { RevampdError } from '../api/errors';
import { ticketQueries } from '../api/queries';
import { MESSAGE_LIMITS, type Attachment, type Message, type Page, type Ticket } from '../api/schemas';
import { pluralForm } from '../i18n/plural';
import type { IntentStore } from '../model/intents';
import { useRevampd, useSectionMessages } from '../provider/RevampdProvider';
import { parseDraftAttachments, useAttachmentUploads, type AttachmentUploads } from './attachments';
import type { DraftStorage } from './draftStorage';
import { invalidateAttention } from './attention';
import { useErrorText } from './errorText';
import { usePersistentDraft } from './persistentDraft';
import { isScopeChanged, toRevampdError, useIdempotentMutation, type IdempotentMutation } from './shared';
import { useTicket, useUpdateTicketStatus } from './tickets';
import { enUSConversation } from '../i18n/en-US';

// -------------------------------------------------------------------------------------------------
// useReplyToTicket
// -------------------------------------------------------------------------------------------------

/** What {@link useReplyToTicket}'s `mutate` takes. */
export interface ReplyToTicketVariables {
  /** The ticket replied to; its caches are updated once the message is posted. */
  ticketId: string;
  /** As typed: trimmed before it is counted, compared and sent. */
  body: string;
  /** Uploaded files to attach (at most five). */
  attachmentIds?: readonly string[] | undefined;
}

/** Options of {@link useReplyToTicket}. */
export interface UseReplyToTicketOptions {
  /**
   * Where the reply's Idempotency-Key lives; the reply box keeps it with the reply's draft,
   * so a remount or a reload mid-send reuses it. @default the provider's store
   */
  intents?: IntentStore | undefined;
}

/** Appends `message` to a cached conversation, unless it is there or older pages are still to come. */
function appendMessage(
  data: InfiniteData<Page<Message>, string | null> | undefined,
  message: Message,
): InfiniteData<Page<Message>, string | null> | undefined {
  const last = data?.pages[data.pages.length - 1];
  if (!data || !last || last.nextCursor !== null) return data;
  if (data.pages.some((page) => page.data.some((row) => row.id === message.id))) return data;
  return { ...data, pages: [...data.pages.slice(0, -1), { ...last, data: [...last.data, message] }] };
}

/**
 * Sends a reply on a ticket, once per intent (faults.md 27, 37). It shows at once at the
 * end of the cached conversation; the ticket follows (a resolved ticket is open again,
 * it no longer awaits the customer) and the lists refresh. Refused with `feature_disabled`
 * when the host switched `replyToTickets` off; `409 ticket_closed` on a closed ticket.
 */
export function useReplyToTicket(
  options: UseReplyToTicketOptions = {},
): IdempotentMutation<ReplyToTicketVariables, Message> {
  return useIdempotentMutation({
    intents: options.intents,
    feature: 'replyToTickets',
    intentOf: ({ ticketId, body, attachmentIds }) =>
      `reply:${ticketId}:${JSON.stringify({ body: body.trim(), attachmentIds: [...(attachmentIds ?? [])] })}`,
    send: ({ ticketId, body, attachmentIds }, idempotencyKey, { api }) =>
      replyToTicket(
        api,
        ticketId,
        { body: body.trim(), attachmentIds: attachmentIds ? [...attachmentIds] : undefined },
        { idempotencyKey },
      ),
    onSuccess: async (message, { ticketId }, sender) => {
      const { queryClient, scope } = sender;
      queryClient.setQueryData(ticketQueries.messages(sender, ticketId).queryKey, (data) =>
        appendMessage(data, message),
      );
      queryClient.setQueryData(ticketQueries.detail(sender, ticketId).queryKey, (ticket) =>
        ticket
          ? {
              ...ticket,
              // A reply to a resolved ticket reopens it (api.md).
              status: ticket.status === 'resolved' ? 'open' : ticket.status,
              updatedAt: message.createdAt,
              lastMessageAt: message.createdAt,
              lastMessageBy: 'customer' as const,
              awaitingCustomer: false,
            }
          : ticket,
      );
      // Tickets awaiting your reply (menu badge, alerts): refetched in the sender's scope.
      void invalidateAttention(sender);
      await Promise.all([
        queryClient.invalidateQueries({
          queryKey: ticketQueries.detail(sender, ticketId).queryKey,
          exact: true,
        }),
        queryClient.invalidateQueries({ queryKey: ticketQueries.lists(scope) }),
      ]);
    },
  });
}

// -------------------------------------------------------------------------------------------------
// Counting
// -------------------------------------------------------------------------------------------------

/** Length after trimming, in code points: what the person and the server both count. */
export function replyLength(text: string): number {
  return [...text.trim()].length;
}

/** The live count of a reply. */
export interface ReplyCharacterCount {
  /** Characters after trimming, in code points (an emoji is one). */
  count: number;
  /** The limit, 5,000 characters (api.md). */
  max: number;
  /** Negative when over the limit. */
  remaining: number;
  /** `count` is above `max`: Send is refused until the reply is shortened. */
  isOver: boolean;
  /** "1 character remaining", "12 characters too many", in the locale's plural rules. */
  message: string;
}

// -------------------------------------------------------------------------------------------------
// The reply's draft
// -------------------------------------------------------------------------------------------------

/** A reply's draft: the text and the files already uploaded for it. */
export interface ReplyDraft {
  body: string;
  attachments: readonly Attachment[];
}

/** Turns whatever storage held into a reply draft, or `null` if it is not a usable one. */
export function parseReplyDraft(stored: unknown): ReplyDraft | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const record = stored as Record<string, unknown>;
  const body = typeof record['body'] === 'string' ? record['body'] : '';
  const attachments = parseDraftAttachments(stored);
  return body === '' && attachments.length === 0 ? null : { body, attachments };
}

const isBlankReply = (draft: ReplyDraft) => draft.body === '' && draft.attachments.length === 0;
const serializeReply = ({ body, attachments }: ReplyDraft) => ({
  body,
  ...(attachments.length > 0 ? { attachments } : {}),
});

// -------------------------------------------------------------------------------------------------
// useTicketReply
// -------------------------------------------------------------------------------------------------

/**
 * What the reply box shows: `loading` until the ticket is known, `reply` (the box),
 * `closed` ("Reopen to reply" instead of the box), or `off` when the host switched
 * `replyToTickets` off (nothing is rendered).
 */
export type TicketReplyMode = 'loading' | 'reply' | 'closed' | 'off';

/** Options of {@link useTicketReply}. */
export interface UseTicketReplyOptions {
  /** Called once with each reply sent. */
  onSent?: ((message: Message) => void) | undefined;
  /** Where drafts live. @default localStorage, failures tolerated */
  draftStorage?: DraftStorage | undefined;
  /** Save drafts at all; turn off on shared kiosks. @default true */
  persistDraft?: boolean | undefined;
  /** Longest a change waits before the draft is written. @default 50 */
  draftDelayMs?: number | undefined;
  /** Pause in typing before the count is announced to screen readers. @default 1000 */
  announceDelayMs?: number | undefined;
}

/** The "Reopen to reply" action of a closed ticket. */
export interface TicketReopenAction {
  /** "Reopen to reply" or "Reopening…". */
  label: string;
  /** The reopen request is in flight; show the button busy. */
  isPending: boolean;
  /** The last attempt's failure in plain words, or `null`. */
  errorText: string | null;
  /** Reopens the ticket once, whatever the clicks. */
  run: () => void;
}

/** Element ids of the box's parts, so labels, hints and messages can point at each other. */
export interface TicketReplyIds {
  /** `id` of the `<form>`. */
  form: string;
  /** `id` of the `<textarea>`, for its `<label htmlFor>`. */
  body: string;
  /** `id` of the hint under the label; always in the text area's `aria-describedby`. */
  hint: string;
  /** `id` of the visible character count; always in the text area's `aria-describedby`. */
  count: string;
  /** `id` of the reply's error message, described by the text area while `bodyError` is set. */
  bodyError: string;
  /** `id` of the alert that shows `formErrorText`. */
  formError: string;
  /** `id` of the alert that shows `refusal`, for the Send button's `aria-describedby`. */
  refusal: string;
  /** `id` of the message that shows `attachmentsError`, beside the files. */
  attachmentsError: string;
}

/** Props to spread on the box's `<form>`. */
export interface TicketReplyFormProps {
  /** `ids.form`. */
  id: string;
  /** The hook validates on submit, so the browser's own bubbles stay off. */
  noValidate: true;
  /** Prevents the page load and sends the reply. */
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** Ignores a held Enter's repeats outside the text area, so one press sends once. */
  onKeyDown: (event: KeyboardEvent<HTMLFormElement>) => void;
}

/** Props to spread on the reply's `<textarea>`. */
export interface TicketReplyTextareaProps {
  /** `ids.body`. */
  id: string;
  /** Always `body`, the field's name in the API. */
  name: 'body';
  /** The reply as typed. */
  value: string;
  /** Sets the reply (saves the draft and schedules the count announcement). */
  onChange: (event: ChangeEvent<HTMLTextAreaElement>) => void;
  /** Uploads images pasted into the text area (a screenshot, say); pasted text goes in as usual. */
  onPaste: AttachmentUploads['getPasteProps'] extends () => { onPaste: infer P } ? P : never;
  /** `true` while `bodyError` is set. */
  'aria-invalid': true | undefined;
  /** The hint, then the error and the refusal when shown, then the count. */
  'aria-describedby': string;
}

/** What {@link useTicketReply} returns. */
export interface TicketReplyState {
  /** Which box to render: nothing, the reply box, or "Reopen to reply"; see {@link TicketReplyMode}. */
  mode: TicketReplyMode;
  /** The ticket replied to, once loaded. */
  ticket: Ticket | undefined;
  /** The reply as typed. */
  body: string;
  /** Sets the reply; schedules the draft save and the count announcement. */
  setBody: (body: string) => void;
  /** The live count against api.md's 5,000 characters. */
  count: ReplyCharacterCount;
  /** The count for a polite live region, updated only when typing pauses. */
  countAnnouncement: string;
  /** The "Attach files" control (its `enabled` is false when `attachFiles` is off). */
  uploads: AttachmentUploads;
  /** The ticket is resolved: the box says a reply reopens it. */
  reopensOnReply: boolean;
  /** A reply is being posted; Send is busy and further presses are ignored. */
  isSending: boolean;
  /** The reply's own problem (empty, too long), in words; focus goes to the text area. */
  bodyError: string | null;
  /** The server refused the files (422 `attachmentIds`), in words. */
  attachmentsError: string | null;
  /** A failure that is not about the text (network, 5xx, `ticket_closed`…); nothing typed is lost. */
  formError: RevampdError | null;
  /** What to say about `formError`: a first sentence and, when useful, the reason. */
  formErrorText: { title: string; detail: string | null } | null;
  /** Why Send would be refused now (a file uploading, failed or infected), or `null`. */
  blockedReason: string | null;
  /** The reason the last Send was refused, said when it was pressed; cleared once it goes. */
  refusal: string | null;
  /** Polite news: "Your reply was sent." */
  sentAnnouncement: string;
  /** A saved draft was put back on mount. */
  draftRestored: boolean;
  /** "Reopen to reply" on a closed ticket; `null` when the host switched status changes off. */
  reopen: TicketReopenAction | null;
  /** Sends the reply; resolves with the message, or `null` if nothing was sent. */
  send: () => Promise<Message | null>;
  /** Element ids of the box's parts; the prop getters already use them. */
  ids: TicketReplyIds;
  /** Attach to the text area: focus returns to it after a refused or failed Send. */
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  /** Props for the `<form>`: id, submit and the held-Enter guard. */
  getFormProps: () => TicketReplyFormProps;
  /** Props for the `<textarea>`: id, value, change, paste and its ARIA links. */
  getTextareaProps: () => TicketReplyTextareaProps;
}

/** State and behaviour of a ticket's reply box; see the module comment. */
export function useTicketReply(ticketId: string, options: UseTicketReplyOptions = {}): TicketReplyState {
  const { t, locale, features } = useRevampd();
  const m = useSectionMessages('conversation', enUSConversation);
  const describe = useErrorText();
  const announceDelay = options.announceDelayMs ?? 1000;
  const optionsRef = useRef(options);
  optionsRef.current = options;

  const ticketQuery = useTicket(ticketId);
  const ticket = ticketQuery.data;

  const [body, setBodyState] = useState('');
  const [bodyError, setBodyError] = useState<string | null>(null);
  const [attachmentsError, setAttachmentsError] = useState<string | null>(null);
  const [formError, setFormError] = useState<RevampdError | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [isSending, setIsSending] = useState(false);
  const [draftRestored, setDraftRestored] = useState(false);
  const [countAnnouncement, setCountAnnouncement] = useState('');
  const [sentAnnouncement, setSentAnnouncement] = useState('');
  const [focusRequest, setFocusRequest] = useState(0);
  const bodyRef = useRef(body);
  bodyRef.current = body;
  const inFlight = useRef(false);
  const announceTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const textareaRef = useRef<HTMLTextAreaElement | null>(null);

  const baseId = useId();
  const ids = useMemo<TicketReplyIds>(() => {
    const id = (part: string) => `rvp-reply${baseId.replace(/[^A-Za-z0-9_-]/g, '')}-${part}`;
    return {
      form: id('form'),
      body: id('body'),
      hint: id('hint'),
      count: id('count'),
      bodyError: id('body-error'),
      formError: id('form-error'),
      refusal: id('refusal'),
      attachmentsError: id('attachments-error'),
    };
  }, [baseId]);

  // ----------------------------------------------------------------------------- draft and files

  // The draft and the files feed each other (a restored draft puts files back; a file
  // uploaded is saved with the draft): each reaches the other through a ref.
  const saveRef = useRef<(draft: ReplyDraft) => void>(() => undefined);
  const uploads = useAttachmentUploads({
    onUploadedChange: (attachments) => saveRef.current({ body: bodyRef.current, attachments }),
  });
  const uploadsRef = useRef(uploads);
  uploadsRef.current = uploads;

  const draft = usePersistentDraft<ReplyDraft>({
    name: `ticket-reply:${ticketId}`,
    parse: parseReplyDraft,
    isBlank: isBlankReply,
    serialize: serializeReply,
    storage: options.draftStorage,
    persist: options.persistDraft,
    delayMs: options.draftDelayMs,
    // Every load (mount, another ticket, another scope) starts the box over from that draft.
    onLoad: (restored) => {
      bodyRef.current = restored?.body ?? '';
      setBodyState(bodyRef.current);
      uploadsRef.current.restore(restored?.attachments ?? []);
      setDraftRestored(restored !== null);
      setBodyError(null);
      setAttachmentsError(null);
      setFormError(null);
      setRefusal(null);
    },
  });
  saveRef.current = draft.save;

  // The reply's Idempotency-Key is kept with its draft: a reload mid-send reuses it.
  const reply = useReplyToTicket({ intents: draft.intents });
  const reopenMutation = useUpdateTicketStatus();

  useEffect(
    () => () => {
      if (announceTimer.current !== null) clearTimeout(announceTimer.current);
    },
    [],
  );

  // ----------------------------------------------------------------------------- counting

  const count = useMemo<ReplyCharacterCount>(() => {
    const length = replyLength(body);
    const max = MESSAGE_LIMITS.body;
    const remaining = max - length;
    const shown = Math.abs(remaining);
    const forms = remaining >= 0 ? m.charactersLeft : m.charactersOver;
    return {
      count: length,
      max,
      remaining,
      isOver: remaining < 0,
      message: t(pluralForm(forms, locale, shown), { count: shown }),
    };
  }, [body, m, t, locale]);
  const countRef = useRef(count);
  countRef.current = count;

  // ----------------------------------------------------------------------------- editing

  const { save } = draft;
  const setBody = useCallback(
    (next: string) => {
      bodyRef.current = next;
      setBodyState(next);
      save({ body: next, attachments: uploadsRef.current.uploaded });
      setSentAnnouncement('');
      // Announcing every keystroke would drown a screen reader: wait for a pause (GOV.UK).
      if (announceTimer.current !== null) clearTimeout(announceTimer.current);
      announceTimer.current = setTimeout(() => {
        announceTimer.current = null;
        setCountAnnouncement(countRef.current.message);
      }, announceDelay);
    },
    [save, announceDelay],
  );

  // A refusal said at Send goes once its reason is gone (the files finished or were removed).
  const blockedReason = uploads.blockedReason;
  useEffect(() => {
    if (blockedReason === null) setRefusal(null);
  }, [blockedReason]);

  // Focus returns to the text area after a refused or failed Send, once rendered.
  useEffect(() => {
    if (focusRequest > 0) textareaRef.current?.focus();
  }, [focusRequest]);

  // ----------------------------------------------------------------------------- sending

  const { mutate } = reply;
  const { currentKey, discard } = draft;
  const { refetch: refetchTicket } = ticketQuery;
  const send = useCallback(async (): Promise<Message | null> => {
    // A double click or a second Enter while the first is in flight is the same intent.
    if (inFlight.current) return null;
    const current = uploadsRef.current;
    const text = bodyRef.current;
    setFormError(null);
    setAttachmentsError(null);
    setSentAnnouncement('');
    const length = replyLength(text);
    const problem =
      length === 0
        ? t(m.replyRequired)
        : length > MESSAGE_LIMITS.body
          ? t(m.replyTooLong, { max: MESSAGE_LIMITS.body })
          : null;
    setBodyError(problem);
    // Files come second: a file still uploading is said even with an empty reply.
    setRefusal(current.blockedReason);
    if (problem !== null || current.blockedReason !== null) {
      setFocusRequest((n) => n + 1);
      return null;
    }
    inFlight.current = true;
    setIsSending(true);
    const sentKey = currentKey();
    try {
      // Success is the only thing that ends a draft, also when the scope changed meanwhile.
      const message = await mutate(
        { ticketId, body: text, attachmentIds: current.attachmentIds },
        { onCommitted: () => discard(sentKey) },
      );
      bodyRef.current = '';
      setBodyState('');
      current.clear();
      setDraftRestored(false);
      setCountAnnouncement('');
      setSentAnnouncement(m.sent);
      optionsRef.current.onSent?.(message);
      return message;
    } catch (thrown) {
      if (isScopeChanged(thrown)) return null;
      const error = toRevampdError(thrown);
      if (error?.status === 422 && error.fields) {
        if (error.fields['attachmentIds']) setAttachmentsError(m.attachmentsRefused);
        if (error.fields['body']) setBodyError(error.fields['body']);
        if (!error.fields['attachmentIds'] && !error.fields['body']) setFormError(error);
      } else {
        setFormError(error);
      }
      // Closed meanwhile: the ticket is read again, so the box offers "Reopen to reply".
      if (error?.code === 'ticket_closed') refetchTicket();
      setFocusRequest((n) => n + 1);
      return null;
    } finally {
      inFlight.current = false;
      setIsSending(false);
    }
  }, [mutate, ticketId, currentKey, discard, refetchTicket, t, m]);

  // ----------------------------------------------------------------------------- reopening

  const { mutate: changeStatus, isPending: isReopening } = reopenMutation;
  const runReopen = useCallback(() => {
    if (isReopening) return;
    // Errors are shown from the mutation's state; the rejection needs no handler here.
    changeStatus({ ticketId, status: 'open' }).then(
      () => setFormError(null),
      () => undefined,
    );
  }, [changeStatus, isReopening, ticketId]);
  const reopenError = reopenMutation.status === 'error' ? reopenMutation.error : null;

  // ----------------------------------------------------------------------------- derived

  let mode: TicketReplyMode;
  if (!features.replyToTickets) mode = 'off';
  else if (!ticket) mode = 'loading';
  else if (ticket.status === 'closed') mode = 'closed';
  else mode = 'reply';

  const formErrorText = formError
    ? {
        title: formError.code === 'ticket_closed' ? t(m.closedOnSend) : t(m.sendFailed),
        detail: formError.code === 'ticket_closed' ? null : describe(formError),
      }
    : null;

  const describedBy = [ids.hint, bodyError ? ids.bodyError : null, refusal ? ids.refusal : null, ids.count]
    .filter((part): part is string => part !== null)
    .join(' ');

  return {
    mode,
    ticket,
    body,
    setBody,
    count,
    countAnnouncement,
    uploads,
    reopensOnReply: ticket?.status === 'resolved',
    isSending,
    bodyError,
    attachmentsError,
    formError,
    formErrorText,
    blockedReason,
    refusal,
    sentAnnouncement,
    draftRestored,
    reopen: features.changeTicketStatus
      ? {
          label: isReopening ? m.reopening : m.reopenToReply,
          isPending: isReopening,
          errorText: reopenError ? `${m.reopenFailed} ${describe(reopenError) ?? ''}`.trim() : null,
          run: runReopen,
        }
      : null,
    send,
    ids,
    textareaRef,
    getFormProps: () => ({
      id: ids.form,
      noValidate: true,
      onSubmit: (event) => {
        event.preventDefault();
        void send();
      },
      onKeyDown: (event) => {
        // A held Enter repeats keydown, and each repeat on Send would send again; in the
        // text area a held Enter still types new lines.
        const inText = (event.target as { tagName?: string }).tagName === 'TEXTAREA';
        if (event.key === 'Enter' && event.repeat && !inText) event.preventDefault();
      },
    }),
    getTextareaProps: () => ({
      id: ids.body,
      name: 'body',
      value: body,
      onChange: (event) => setBody(event.target.value),
      onPaste: uploads.getPasteProps().onPaste,
      'aria-invalid': bodyError ? true : undefined,
      'aria-describedby': describedBy,
    }),
  };
}
