/**
 * useTicketForm: everything the Submit Ticket form does, with no markup, so a host can
 * render its own form on the same behaviour (React Aria's state/behaviour split):
 *
 * - values, validated on submit the GOV.UK way (nothing cleared, an error summary that
 *   takes focus, a message per field tied by `aria-describedby`);
 * - the api.md limits counted after trimming, in code points like the server, with a live
 *   count announced politely and only once typing pauses;
 * - one ticket per intent: a second submit while one is in flight is ignored, a held Enter
 *   never resubmits, and a retry of the same values reuses the attempt's Idempotency-Key
 *   (useSubmitTicket), so the server creates one ticket (faults.md 19);
 * - failures keep every value; 422 `fields` land on their fields (faults.md 20);
 * - the draft is saved per API origin, org and connection as the person types, restored on
 *   the next mount and cleared only after success; a throwing storage is tolerated
 *   (faults.md 21).
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
import { TICKET_LIMITS, type Ticket, type TicketPriority } from '../api/schemas';
import { errorMessage } from '../i18n/errorMessage';
import { useRevampd } from '../provider/RevampdProvider';
import { createDraftStorage, draftKey, type DraftStorage } from './draftStorage';
import { toRevampdError } from './shared';
import { useSubmitTicket } from './tickets';

// -------------------------------------------------------------------------------------------------
// Types
// -------------------------------------------------------------------------------------------------

/** The fields of the ticket form, in the order they appear (and the error summary lists them). */
export const TICKET_FORM_FIELDS = ['title', 'priority', 'description'] as const;

/** One field of the ticket form. */
export type TicketFormField = (typeof TICKET_FORM_FIELDS)[number];

/** What a person has typed. Untrimmed: trimming happens when counting and sending. */
export interface TicketFormValues {
  title: string;
  priority: TicketPriority;
  description: string;
}

/** A blank form: Medium is the default priority. */
export const EMPTY_TICKET_FORM: Readonly<TicketFormValues> = /*#__PURE__*/ Object.freeze({
  title: '',
  priority: 'medium',
  description: '',
});

/** A problem with one field, as the summary and the field show it. */
export interface TicketFormFieldError {
  field: TicketFormField;
  message: string;
}

/** The live count of a limited text field. */
export interface CharacterCount {
  /** Characters after trimming, in code points (an emoji is one). */
  count: number;
  max: number;
  /** Negative when over the limit. */
  remaining: number;
  isOver: boolean;
  /** "N characters remaining" or "N characters too many". */
  message: string;
}

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
  /** Pause in typing before the draft is saved. @default 300 */
  draftDelayMs?: number | undefined;
  /** Pause in typing before the count is announced to screen readers. @default 1000 */
  announceDelayMs?: number | undefined;
}

/** Props to spread on the `<form>`. */
export interface TicketFormElementProps {
  id: string;
  noValidate: true;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLFormElement>) => void;
  'aria-describedby'?: string;
}

/** Props to spread on a field's `<input>`, `<select>` or `<textarea>`. */
export interface TicketFieldElementProps {
  id: string;
  name: TicketFormField;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => void;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** Element ids the form's parts use, so labels, hints and messages can point at each other. */
export interface TicketFormIds {
  form: string;
  errorSummary: string;
  errorSummaryTitle: string;
  formError: string;
  successHeading: string;
  title: string;
  priority: string;
  description: string;
  /** `<id>-error` of each field's message. */
  error: Record<TicketFormField, string>;
  /** `<id>-count` of each limited field's visible count. */
  count: Record<'title' | 'description', string>;
  descriptionHint: string;
}

/** Everything {@link useTicketForm} returns. */
export interface TicketFormState {
  values: TicketFormValues;
  /** Sets one field; schedules the draft save and the count announcement. */
  setValue: <F extends TicketFormField>(field: F, value: TicketFormValues[F]) => void;
  status: TicketFormStatus;
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
  counts: Record<'title' | 'description', CharacterCount>;
  /** The count text for a polite live region, updated only when typing pauses. */
  announcement: string;
  /** A saved draft was put back into the form on mount. */
  draftRestored: boolean;
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
  getFormProps: () => TicketFormElementProps;
  getFieldProps: (field: TicketFormField) => TicketFieldElementProps;
}

// -------------------------------------------------------------------------------------------------
// Pure helpers
// -------------------------------------------------------------------------------------------------

const PRIORITIES: readonly TicketPriority[] = ['low', 'medium', 'high'];

function isPriority(value: unknown): value is TicketPriority {
  return PRIORITIES.some((priority) => priority === value);
}

/** Length after trimming, in code points: what the person and the server both count. */
export function ticketTextLength(text: string): number {
  return [...text.trim()].length;
}

/** Turns whatever storage held into form values, or `null` if it is not a usable draft. */
export function parseTicketDraft(stored: unknown): TicketFormValues | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const record = stored as Record<string, unknown>;
  const title = typeof record['title'] === 'string' ? record['title'] : '';
  const description = typeof record['description'] === 'string' ? record['description'] : '';
  const priority = isPriority(record['priority']) ? record['priority'] : EMPTY_TICKET_FORM.priority;
  const values = { title, priority, description };
  return isBlank(values) ? null : values;
}

function isBlank(values: TicketFormValues): boolean {
  return values.title === '' && values.description === '' && values.priority === EMPTY_TICKET_FORM.priority;
}

// Module scope: one wrapper is enough, it resolves localStorage at each call.
const defaultDraftStorage = /*#__PURE__*/ createDraftStorage();

// -------------------------------------------------------------------------------------------------
// useTicketForm
// -------------------------------------------------------------------------------------------------

/** State and behaviour of the Submit Ticket form; see the module comment. */
export function useTicketForm(options: UseTicketFormOptions = {}): TicketFormState {
  const { messages, t, scope, locale, timeZone } = useRevampd();
  const m = messages.ticketForm;
  const submission = useSubmitTicket();
  const storage = options.draftStorage ?? defaultDraftStorage;
  const persist = options.persistDraft ?? true;
  const draftDelay = options.draftDelayMs ?? 300;
  const announceDelay = options.announceDelayMs ?? 1000;
  const key = draftKey(scope, 'ticket');

  const [values, setValues] = useState<TicketFormValues>(EMPTY_TICKET_FORM);
  const [status, setStatus] = useState<TicketFormStatus>('editing');
  const [errors, setErrors] = useState<TicketFormFieldError[]>([]);
  const [formError, setFormError] = useState<RevampdError | null>(null);
  const [submittedTicket, setSubmittedTicket] = useState<Ticket | null>(null);
  const [draftRestored, setDraftRestored] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  // Bumped to ask an effect to move focus once the DOM shows the new state.
  const [focusRequest, setFocusRequest] = useState<{
    target: 'summary' | 'success' | 'title';
    n: number;
  } | null>(null);

  // Refs give the stable callbacks the latest values without re-creating them per keystroke.
  const valuesRef = useRef(values);
  valuesRef.current = values;
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const inFlight = useRef(false);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const announceTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The key the values in the form belong to: a save never writes one org's text under another.
  const loadedKey = useRef<string | null>(null);

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

  // A ref, so a host passing a new storage object per render does not reload the draft.
  const storageRef = useRef(storage);
  storageRef.current = storage;

  const saveNow = useCallback((draftKeyToUse: string, draft: TicketFormValues) => {
    if (isBlank(draft)) storageRef.current.remove(draftKeyToUse);
    else {
      storageRef.current.write(draftKeyToUse, {
        title: draft.title,
        priority: draft.priority,
        description: draft.description,
      });
    }
  }, []);

  const flushPendingSave = useCallback(() => {
    if (saveTimer.current === null) return;
    clearTimeout(saveTimer.current);
    saveTimer.current = null;
    if (persist && loadedKey.current !== null) saveNow(loadedKey.current, valuesRef.current);
  }, [persist, saveNow]);

  const cancelPendingSave = () => {
    if (saveTimer.current !== null) clearTimeout(saveTimer.current);
    saveTimer.current = null;
  };

  // Load the scope's draft on mount and whenever the scope changes; an unmount or a scope
  // change first writes what is still pending, so nothing typed is lost to the debounce.
  useEffect(() => {
    const restored = persist ? parseTicketDraft(storageRef.current.read(key)) : null;
    loadedKey.current = key;
    setValues(restored ?? EMPTY_TICKET_FORM);
    setDraftRestored(restored !== null);
    setErrors([]);
    setFormError(null);
    setSubmittedTicket(null);
    setStatus('editing');
    return () => {
      flushPendingSave();
      loadedKey.current = null;
    };
  }, [key, persist, flushPendingSave]);

  useEffect(
    () => () => {
      if (announceTimer.current !== null) clearTimeout(announceTimer.current);
    },
    [],
  );

  // ----------------------------------------------------------------------------- counts

  const counts = useMemo(() => {
    const countOf = (text: string, max: number): CharacterCount => {
      const count = ticketTextLength(text);
      const remaining = max - count;
      return {
        count,
        max,
        remaining,
        isOver: remaining < 0,
        message:
          remaining >= 0
            ? t(m.charactersLeft, { count: remaining })
            : t(m.charactersOver, { count: -remaining }),
      };
    };
    return {
      title: countOf(values.title, TICKET_LIMITS.title),
      description: countOf(values.description, TICKET_LIMITS.description),
    };
  }, [values.title, values.description, t, m.charactersLeft, m.charactersOver]);

  const countsRef = useRef(counts);
  countsRef.current = counts;

  // ----------------------------------------------------------------------------- editing

  const setValue = useCallback(
    <F extends TicketFormField>(field: F, value: TicketFormValues[F]) => {
      const next = { ...valuesRef.current, [field]: value };
      valuesRef.current = next;
      setValues(next);
      if (persist) {
        if (saveTimer.current !== null) clearTimeout(saveTimer.current);
        saveTimer.current = setTimeout(() => {
          saveTimer.current = null;
          if (loadedKey.current !== null) saveNow(loadedKey.current, valuesRef.current);
        }, draftDelay);
      }
      if (field === 'title' || field === 'description') {
        // Announcing every keystroke would drown a screen reader: wait for a pause (GOV.UK).
        if (announceTimer.current !== null) clearTimeout(announceTimer.current);
        announceTimer.current = setTimeout(() => {
          announceTimer.current = null;
          setAnnouncement(countsRef.current[field as 'title' | 'description'].message);
        }, announceDelay);
      }
    },
    [persist, saveNow, draftDelay, announceDelay],
  );

  // ----------------------------------------------------------------------------- validation

  const validate = useCallback(
    (draft: TicketFormValues): TicketFormFieldError[] => {
      const problems: TicketFormFieldError[] = [];
      const title = ticketTextLength(draft.title);
      const description = ticketTextLength(draft.description);
      if (title === 0) problems.push({ field: 'title', message: t(m.titleRequired) });
      else if (title > TICKET_LIMITS.title) {
        problems.push({ field: 'title', message: t(m.titleTooLong, { max: TICKET_LIMITS.title }) });
      }
      if (description === 0) problems.push({ field: 'description', message: t(m.descriptionRequired) });
      else if (description > TICKET_LIMITS.description) {
        problems.push({
          field: 'description',
          message: t(m.descriptionTooLong, { max: TICKET_LIMITS.description }),
        });
      }
      return problems;
    },
    [t, m],
  );

  // ----------------------------------------------------------------------------- submit

  const { mutate } = submission;
  const submit = useCallback(async (): Promise<Ticket | null> => {
    // A double click or a second Enter while the first is in flight is the same intent.
    if (inFlight.current) return null;
    const draft = valuesRef.current;
    const problems = validate(draft);
    setFormError(null);
    setErrors(problems);
    if (problems.length > 0) {
      setFocusRequest((previous) => ({ target: 'summary', n: (previous?.n ?? 0) + 1 }));
      return null;
    }
    inFlight.current = true;
    setStatus('submitting');
    const submittedKey = loadedKey.current;
    try {
      const ticket = await mutate(draft);
      // Success is the only thing that ends a draft (faults.md 21).
      cancelPendingSave();
      if (submittedKey !== null) storageRef.current.remove(submittedKey);
      setSubmittedTicket(ticket);
      setDraftRestored(false);
      setStatus('submitted');
      setFocusRequest((previous) => ({ target: 'success', n: (previous?.n ?? 0) + 1 }));
      optionsRef.current.onSubmitted?.(ticket);
      return ticket;
    } catch (thrown) {
      const error = toRevampdError(thrown);
      const fieldProblems: TicketFormFieldError[] = [];
      if (error?.status === 422 && error.fields) {
        for (const field of TICKET_FORM_FIELDS) {
          const message = error.fields[field];
          if (message) fieldProblems.push({ field, message });
        }
      }
      setStatus('editing');
      if (fieldProblems.length > 0) {
        setErrors(fieldProblems);
        setFocusRequest((previous) => ({ target: 'summary', n: (previous?.n ?? 0) + 1 }));
      } else {
        setFormError(error);
      }
      return null;
    } finally {
      inFlight.current = false;
    }
  }, [mutate, validate]);

  const { reset: resetMutation } = submission;
  const reset = useCallback(() => {
    cancelPendingSave();
    valuesRef.current = EMPTY_TICKET_FORM;
    setValues(EMPTY_TICKET_FORM);
    setErrors([]);
    setFormError(null);
    setSubmittedTicket(null);
    setDraftRestored(false);
    setAnnouncement('');
    setStatus('editing');
    resetMutation();
    setFocusRequest((previous) => ({ target: 'title', n: (previous?.n ?? 0) + 1 }));
  }, [resetMutation]);

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
          if (isPriority(next)) setValue('priority', next);
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
