/**
 * useTicketForm: everything the Submit Ticket form does, with no markup, so a host can
 * render its own form on the same behaviour (React Aria's state/behaviour split). It puts
 * together three parts that each stand alone:
 *
 * - the rules (ticketValidation.ts, pure): validated on submit the GOV.UK way, nothing
 *   cleared, the api.md limits counted after trimming in code points like the server, and
 *   422 `fields` landing on their fields (faults.md 20);
 * - the draft (ticketDraft.ts): saved per API origin, org and connection as the person
 *   types, restored on the next mount, cleared only after success (faults.md 21);
 * - this hook: values, one ticket per intent (a second submit while one is in flight is
 *   ignored, a held Enter never resubmits, a retry of the same values reuses the attempt's
 *   Idempotency-Key, faults.md 19), the error summary and success heading taking focus,
 *   a live count announced politely once typing pauses, and the "Attach files" control
 *   ({@link useAttachmentUploads}): the uploaded files go as `attachmentIds`, and the form
 *   is not sent while a file is uploading or failed.
 */
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
import type { RevampdError } from '../api/errors';
import type { Ticket } from '../api/schemas';
import { errorMessage } from '../i18n/errorMessage';
import { useRevampd, useSectionMessages } from '../provider/RevampdProvider';
import { useAttachmentUploads, type AttachmentUploads } from './attachments';
import type { DraftStorage } from './draftStorage';
import { isScopeChanged, toRevampdError } from './shared';
import { useTicketDraft, type TicketDraft } from './ticketDraft';
import { useSubmitTicket } from './tickets';
import {
  EMPTY_TICKET_FORM,
  isTicketPriority,
  ticketCharacterCounts,
  ticketFieldErrorsFromResponse,
  validateTicketForm,
  type CharacterCount,
  type TicketCountedField,
  type TicketFormField,
  type TicketFormFieldError,
  type TicketFormValues,
} from './ticketValidation';
import { enUSConversation, enUSTicketForm } from '../i18n/en-US';

// -------------------------------------------------------------------------------------------------
// Types
// -------------------------------------------------------------------------------------------------

/** Where the form is. */
export type TicketFormStatus = 'editing' | 'submitting' | 'submitted';

/** Options of {@link useTicketForm}. */
export interface UseTicketFormOptions {
  /** Called once with the created ticket. */
  onSubmitted?: ((ticket: Ticket) => void) | undefined;
  /** Where drafts live. @default localStorage, failures tolerated */
  draftStorage?: DraftStorage | undefined;
  /** Save drafts at all; turn off on shared kiosks. @default true */
  persistDraft?: boolean | undefined;
  /** Longest a change waits before the draft is written. @default 50 */
  draftDelayMs?: number | undefined;
  /** Pause in typing before the count is announced to screen readers. @default 1000 */
  announceDelayMs?: number | undefined;
}

/** Props to spread on the `<form>`. */
export interface TicketFormElementProps {
  /** `ids.form`. */
  id: string;
  /** The hook validates on submit, so the browser's own bubbles stay off. */
  noValidate: true;
  /** Prevents the page load and runs `submit()`. */
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** Ignores a held Enter's repeats, so one press submits once. */
  onKeyDown: (event: KeyboardEvent<HTMLFormElement>) => void;
  /** `ids.formError` while a form error is shown; absent otherwise. */
  'aria-describedby'?: string;
}

/** Props to spread on a field's `<input>`, `<select>` or `<textarea>`. */
export interface TicketFieldElementProps {
  /** The field's id from `ids` (`ids.title`, `ids.priority` or `ids.description`). */
  id: string;
  /** The field's name, as in {@link TicketFormValues}. */
  name: TicketFormField;
  /** The field's value as typed (untrimmed). */
  value: string;
  /** Sets the field; a priority outside the known ones is ignored. */
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => void;
  /** `true` while the field has a problem from the last submit. */
  'aria-invalid': true | undefined;
  /** The field's hint, error and count ids that are shown, space-separated; `undefined` when none. */
  'aria-describedby': string | undefined;
}

/** Element ids the form's parts use, so labels, hints and messages can point at each other. */
export interface TicketFormIds {
  /** `id` of the `<form>`. */
  form: string;
  /** `id` of the error summary that takes focus after a failed submit. */
  errorSummary: string;
  /** `id` of the error summary's title, for its `aria-labelledby`. */
  errorSummaryTitle: string;
  /** `id` of the alert that shows `formErrorMessage`, for the form's `aria-describedby`. */
  formError: string;
  /** `id` of the heading shown once the ticket is created; it takes focus. */
  successHeading: string;
  /** `id` of the title `<input>`, for its `<label htmlFor>`. */
  title: string;
  /** `id` of the priority `<select>`, for its `<label htmlFor>`. */
  priority: string;
  /** `id` of the description `<textarea>`, for its `<label htmlFor>`. */
  description: string;
  /** `<id>-error` of each field's message. */
  error: Record<TicketFormField, string>;
  /** `<id>-count` of each limited field's visible count. */
  count: Record<TicketCountedField, string>;
  /** `id` of the description's hint, in the description's `aria-describedby`. */
  descriptionHint: string;
}

/** Everything {@link useTicketForm} returns. */
export interface TicketFormState {
  /** What the person has typed, untrimmed. */
  values: TicketFormValues;
  /** Sets one field; schedules the draft save and the count announcement. */
  setValue: <F extends TicketFormField>(field: F, value: TicketFormValues[F]) => void;
  /** `editing`, `submitting` while the ticket is being created, or `submitted` once it is. */
  status: TicketFormStatus;
  /** `status === 'submitting'`: show Submit busy; further submits are ignored. */
  isSubmitting: boolean;
  /** Field problems from the last submit (client validation or a 422), in field order. */
  errors: TicketFormFieldError[];
  /** The problem of one field, if any. */
  errorFor: (field: TicketFormField) => string | undefined;
  /** A failure that is not about a field (network, 5xx, 403…); every value is kept. */
  formError: RevampdError | null;
  /** The sentence to show for `formError`. */
  formErrorMessage: string | null;
  /** The ticket created by the last successful submit. */
  submittedTicket: Ticket | null;
  /** Live counts of the limited fields. */
  counts: Record<TicketCountedField, CharacterCount>;
  /** The count text for a polite live region, updated only when typing pauses. */
  announcement: string;
  /** A saved draft was put back into the form on mount. */
  draftRestored: boolean;
  /** The "Attach files" control (its `enabled` is false when the host switched `attachFiles` off). */
  uploads: AttachmentUploads;
  /**
   * Why the files stop the submit (one uploading, failed or infected; or the server
   * refused them), for the error summary and the control; `null` otherwise.
   */
  attachmentsProblem: string | null;
  /** Element ids of the form's parts; the prop getters already use them. */
  ids: TicketFormIds;
  /** Attach to the error summary: it receives focus after a failed submit. */
  errorSummaryRef: RefObject<HTMLDivElement | null>;
  /** Attach to the success heading: it receives focus after success. */
  successHeadingRef: RefObject<HTMLHeadingElement | null>;
  /** Validates and sends; resolves with the ticket, or `null` if nothing was created. */
  submit: () => Promise<Ticket | null>;
  /** Moves focus to a field (the error summary's links use it). */
  focusField: (field: TicketFormField) => void;
  /** Back to a blank form for another ticket. */
  reset: () => void;
  /** Props for the `<form>`: id, submit, the held-Enter guard and the form error's link. */
  getFormProps: () => TicketFormElementProps;
  /** Props for one field's control: id, name, value, change and its ARIA links. */
  getFieldProps: (field: TicketFormField) => TicketFieldElementProps;
}

// -------------------------------------------------------------------------------------------------
// useTicketForm
// -------------------------------------------------------------------------------------------------

/** State and behaviour of the Submit Ticket form; see the module comment. */
export function useTicketForm(options: UseTicketFormOptions = {}): TicketFormState {
  const { messages, t, locale, timeZone } = useRevampd();
  const m = useSectionMessages('ticketForm', enUSTicketForm);
  const conversationWords = useSectionMessages('conversation', enUSConversation);
  const text = useMemo(() => ({ messages: m, t, locale }), [m, t, locale]);

  const announceDelay = options.announceDelayMs ?? 1000;

  const [values, setValues] = useState<TicketFormValues>(EMPTY_TICKET_FORM);
  const [status, setStatus] = useState<TicketFormStatus>('editing');
  const [errors, setErrors] = useState<TicketFormFieldError[]>([]);
  const [formError, setFormError] = useState<RevampdError | null>(null);
  const [submittedTicket, setSubmittedTicket] = useState<Ticket | null>(null);
  const [draftRestored, setDraftRestored] = useState(false);
  const [attachmentsProblem, setAttachmentsProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // Bumped to ask an effect to move focus once the DOM shows the new state.
  const [focusRequest, setFocusRequest] = useState<{
    target: 'summary' | 'success' | 'title';
    n: number;
  } | null>(null);
  const requestFocus = useCallback(
    (target: 'summary' | 'success' | 'title') =>
      setFocusRequest((previous) => ({ target, n: (previous?.n ?? 0) + 1 })),
    [],
  );

  // Refs give the stable callbacks the latest values without re-creating them per keystroke.
  const valuesRef = useRef(values);
  valuesRef.current = values;
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const inFlight = useRef(false);
  const announceTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const errorSummaryRef = useRef<HTMLDivElement | null>(null);
  const successHeadingRef = useRef<HTMLHeadingElement | null>(null);

  const baseId = useId();
  const ids = useMemo<TicketFormIds>(() => {
    const id = (part: string) => `rvp-ticket-form${baseId.replace(/[^A-Za-z0-9_-]/g, '')}-${part}`;
    return {
      form: id('form'),
      errorSummary: id('error-summary'),
      errorSummaryTitle: id('error-summary-title'),
      formError: id('form-error'),
      successHeading: id('success-heading'),
      title: id('title'),
      priority: id('priority'),
      description: id('description'),
      error: {
        title: id('title-error'),
        priority: id('priority-error'),
        description: id('description-error'),
      },
      count: { title: id('title-count'), description: id('description-count') },
      descriptionHint: id('description-hint'),
    };
  }, [baseId]);

  // ----------------------------------------------------------------------------- draft

  // The files and the draft feed each other (a restored draft puts files back; an uploaded
  // file is saved with the draft): each reaches the other through a ref.
  const saveRef = useRef<TicketDraft['save']>(() => undefined);
  const uploads = useAttachmentUploads({
    onUploadedChange: (attachments) => saveRef.current(valuesRef.current, attachments),
  });
  const uploadsRef = useRef(uploads);
  uploadsRef.current = uploads;

  // Every load (mount, scope change) starts the form over from that scope's draft.
  const draft = useTicketDraft({
    storage: options.draftStorage,
    persist: options.persistDraft,
    delayMs: options.draftDelayMs,
    onLoad: (restored) => {
      const restoredValues = restored?.values ?? EMPTY_TICKET_FORM;
      valuesRef.current = restoredValues;
      setValues(restoredValues);
      uploadsRef.current.restore(restored?.attachments ?? []);
      setDraftRestored(restored !== null);
      setErrors([]);
      setAttachmentsProblem(null);
      setFormError(null);
      setSubmittedTicket(null);
      setStatus('editing');
    },
  });
  saveRef.current = draft.save;

  // The files' problem goes once its cause does: the uploads finished, or a file was removed.
  const fileCount = uploads.items.length;
  const blockedReason = uploads.blockedReason;
  useEffect(() => {
    if (blockedReason === null) setAttachmentsProblem(null);
  }, [blockedReason, fileCount]);

  // The submit's Idempotency-Key is kept with the draft, so a reload mid-submit reuses it.
  const submission = useSubmitTicket({ intents: draft.intents });

  useEffect(
    () => () => {
      if (announceTimer.current !== null) clearTimeout(announceTimer.current);
    },
    [],
  );

  // ----------------------------------------------------------------------------- counts

  const counts = useMemo(
    () => ticketCharacterCounts({ title: values.title, description: values.description }, text),
    [values.title, values.description, text],
  );
  const countsRef = useRef(counts);
  countsRef.current = counts;

  // ----------------------------------------------------------------------------- editing

  const { save: saveDraft } = draft;
  const setValue = useCallback(
    <F extends TicketFormField>(field: F, value: TicketFormValues[F]) => {
      const next = { ...valuesRef.current, [field]: value };
      valuesRef.current = next;
      setValues(next);
      saveDraft(next, uploadsRef.current.uploaded);
      if (field === 'title' || field === 'description') {
        // Announcing every keystroke would drown a screen reader: wait for a pause (GOV.UK).
        if (announceTimer.current !== null) clearTimeout(announceTimer.current);
        announceTimer.current = setTimeout(() => {
          announceTimer.current = null;
          setAnnouncement(countsRef.current[field as TicketCountedField].message);
        }, announceDelay);
      }
    },
    [saveDraft, announceDelay],
  );

  // ----------------------------------------------------------------------------- submit

  const { mutate } = submission;
  const { currentKey, discard } = draft;
  const submit = useCallback(async (): Promise<Ticket | null> => {
    // A double click or a second Enter while the first is in flight is the same intent.
    if (inFlight.current) return null;
    const sent = valuesRef.current;
    const files = uploadsRef.current;
    const problems = validateTicketForm(sent, text);
    setFormError(null);
    setErrors(problems);
    // A file still uploading (or failed) would be left out without a word: say so instead.
    setAttachmentsProblem(files.blockedReason);
    if (problems.length > 0 || files.blockedReason !== null) {
      requestFocus('summary');
      return null;
    }
    inFlight.current = true;
    setStatus('submitting');
    const submittedKey = currentKey();
    try {
      // Success is the only thing that ends a draft (faults.md 21), also when the host
      // switched org meanwhile: the draft it belonged to was committed.
      const ticket = await mutate(
        { ...sent, attachmentIds: files.attachmentIds },
        { onCommitted: () => discard(submittedKey) },
      );
      files.clear();
      setSubmittedTicket(ticket);
      setDraftRestored(false);
      setStatus('submitted');
      requestFocus('success');
      optionsRef.current.onSubmitted?.(ticket);
      return ticket;
    } catch (thrown) {
      // The answer belongs to a scope no longer on screen: nothing of it is shown here.
      if (isScopeChanged(thrown)) return null;
      const error = toRevampdError(thrown);
      const fieldProblems = ticketFieldErrorsFromResponse(error);
      // The server refused a file (gone after 24 hours, used elsewhere, infected).
      const filesRefused = error?.status === 422 && error.fields?.['attachmentIds'] !== undefined;
      setStatus('editing');
      if (filesRefused) setAttachmentsProblem(conversationWords.attachmentsRefused);
      if (fieldProblems.length > 0 || filesRefused) {
        setErrors(fieldProblems);
        requestFocus('summary');
      } else {
        setFormError(error);
      }
      return null;
    } finally {
      inFlight.current = false;
    }
  }, [mutate, text, currentKey, discard, requestFocus, conversationWords]);

  const { reset: resetMutation } = submission;
  const { cancel: cancelDraftSave } = draft;
  const { clear: clearUploads } = uploads;
  const reset = useCallback(() => {
    cancelDraftSave();
    clearUploads();
    valuesRef.current = EMPTY_TICKET_FORM;
    setValues(EMPTY_TICKET_FORM);
    setErrors([]);
    setAttachmentsProblem(null);
    setFormError(null);
    setSubmittedTicket(null);
    setDraftRestored(false);
    setAnnouncement('');
    setStatus('editing');
    resetMutation();
    requestFocus('title');
  }, [resetMutation, cancelDraftSave, clearUploads, requestFocus]);

  const focusField = useCallback(
    (field: TicketFormField) => {
      if (typeof document === 'undefined') return;
      const element = document.getElementById(ids[field]);
      element?.focus();
    },
    [ids],
  );

  // Focus moves only after React has rendered the summary / confirmation / blank form.
  useEffect(() => {
    if (!focusRequest) return;
    if (focusRequest.target === 'summary') errorSummaryRef.current?.focus();
    else if (focusRequest.target === 'success') successHeadingRef.current?.focus();
    else focusField('title');
  }, [focusRequest, focusField]);

  // ----------------------------------------------------------------------------- props

  const errorFor = useCallback(
    (field: TicketFormField) => errors.find((problem) => problem.field === field)?.message,
    [errors],
  );

  const getFormProps = (): TicketFormElementProps => ({
    id: ids.form,
    noValidate: true,
    onSubmit: (event) => {
      event.preventDefault();
      void submit();
    },
    onKeyDown: (event) => {
      // A held Enter repeats keydown, and each repeat would submit the form again.
      if (event.key === 'Enter' && event.repeat) event.preventDefault();
    },
    ...(formError ? { 'aria-describedby': ids.formError } : {}),
  });

  const getFieldProps = (field: TicketFormField): TicketFieldElementProps => {
    const error = errorFor(field);
    const describedBy = [
      field === 'description' ? ids.descriptionHint : null,
      error ? ids.error[field] : null,
      field === 'title' || field === 'description' ? ids.count[field] : null,
    ].filter((part): part is string => part !== null);
    return {
      id: ids[field],
      name: field,
      value: values[field],
      onChange: (event) => {
        const next = event.target.value;
        if (field === 'priority') {
          if (isTicketPriority(next)) setValue('priority', next);
        } else {
          setValue(field, next);
        }
      },
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy.length > 0 ? describedBy.join(' ') : undefined,
    };
  };

  const formErrorMessage = formError ? errorMessage(formError, { messages, t, locale, timeZone }) : null;

  return {
    values,
    setValue,
    status,
    isSubmitting: status === 'submitting',
    errors,
    errorFor,
    formError,
    formErrorMessage,
    submittedTicket,
    counts,
    announcement,
    draftRestored,
    uploads,
    attachmentsProblem,
    ids,
    errorSummaryRef,
    successHeadingRef,
    submit,
    focusField,
    reset,
    getFormProps,
    getFieldProps,
  };
}
