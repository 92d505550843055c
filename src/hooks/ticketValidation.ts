/**
 * The ticket form's rules as plain functions, with no React: the fields and their values,
 * the api.md limits counted the way the server counts them, validation on submit (GOV.UK:
 * one message per field, in field order) and the server's 422 `fields` mapped onto the
 * form. `useTicketForm` applies them; a host's own form or a server can call them too.
 */
import type { RevampdError } from '../api/errors';
import { TICKET_LIMITS, type TicketPriority } from '../api/schemas';
import type { Messages } from '../i18n/en-US';
import type { MessageValues } from '../i18n/messages';
import { pluralForm } from '../i18n/plural';

// -------------------------------------------------------------------------------------------------
// Fields and values
// -------------------------------------------------------------------------------------------------

/** The fields of the ticket form, in the order they appear (and the error summary lists them). */
export const TICKET_FORM_FIELDS = ['title', 'priority', 'description'] as const;

/** One field of the ticket form. */
export type TicketFormField = (typeof TICKET_FORM_FIELDS)[number];

/** The fields with a length limit and a live count. */
export type TicketCountedField = 'title' | 'description';

/** What a person has typed. Untrimmed: trimming happens when counting and sending. */
export interface TicketFormValues {
  /** The ticket's subject: 1–120 characters once trimmed. */
  title: string;
  /** How urgent the person says it is. */
  priority: TicketPriority;
  /** What happened: 1–5,000 characters once trimmed. */
  description: string;
}

/** A blank form: Medium is the default priority. */
export const EMPTY_TICKET_FORM: Readonly<TicketFormValues> = /*#__PURE__*/ Object.freeze({
  title: '',
  priority: 'medium',
  description: '',
});

/** The priorities a ticket can have, lowest first (the select's order). */
export const TICKET_PRIORITIES: readonly TicketPriority[] = ['low', 'medium', 'high'];

/** Whether `value` (e.g. a select's value or a stored draft's field) is a priority. */
export function isTicketPriority(value: unknown): value is TicketPriority {
  return TICKET_PRIORITIES.some((priority) => priority === value);
}

/** Nothing typed and the default priority: not worth keeping as a draft. */
export function isBlankTicketForm(values: TicketFormValues): boolean {
  return values.title === '' && values.description === '' && values.priority === EMPTY_TICKET_FORM.priority;
}

// -------------------------------------------------------------------------------------------------
// Counting
// -------------------------------------------------------------------------------------------------

/** Length after trimming, in code points: what the person and the server both count. */
export function ticketTextLength(text: string): number {
  return [...text.trim()].length;
}

/** The words the rules need: the form's messages and the provider's `t`. */
export interface TicketFormText {
  messages: Messages['ticketForm'];
  t: (template: string, values?: MessageValues) => string;
  /** Picks the plural form of the counts ("1 character remaining") and formats the number. */
  locale: string;
}

/** The live count of a limited text field. */
export interface CharacterCount {
  /** Characters after trimming, in code points (an emoji is one). */
  count: number;
  /** The field's limit, in code points. */
  max: number;
  /** Negative when over the limit. */
  remaining: number;
  /** `count` is above `max`: the submit is refused until the text is shortened. */
  isOver: boolean;
  /** "N characters remaining" or "N characters too many". */
  message: string;
}

/** The count of `text` against `max`, with its sentence. */
export function characterCount(
  text: string,
  max: number,
  { messages, t, locale }: TicketFormText,
): CharacterCount {
  const count = ticketTextLength(text);
  const remaining = max - count;
  const shown = Math.abs(remaining);
  return {
    count,
    max,
    remaining,
    isOver: remaining < 0,
    message: t(
      pluralForm(remaining >= 0 ? messages.charactersLeft : messages.charactersOver, locale, shown),
      { count: shown },
    ),
  };
}

/** The counts of both limited fields. */
export function ticketCharacterCounts(
  values: Pick<TicketFormValues, TicketCountedField>,
  text: TicketFormText,
): Record<TicketCountedField, CharacterCount> {
  return {
    title: characterCount(values.title, TICKET_LIMITS.title, text),
    description: characterCount(values.description, TICKET_LIMITS.description, text),
  };
}

// -------------------------------------------------------------------------------------------------
// Validation
// -------------------------------------------------------------------------------------------------

/** A problem with one field, as the summary and the field show it. */
export interface TicketFormFieldError {
  /** The field the problem is about; the summary's link moves focus to it. */
  field: TicketFormField;
  /** The problem in words, shown in the error summary and beside the field. */
  message: string;
}

/**
 * The problems of `values`, in field order, one per field: empty after trimming, or longer
 * than the API allows. An empty list means the form may be sent.
 */
export function validateTicketForm(
  values: TicketFormValues,
  { messages, t }: TicketFormText,
): TicketFormFieldError[] {
  const problems: TicketFormFieldError[] = [];
  const title = ticketTextLength(values.title);
  const description = ticketTextLength(values.description);
  if (title === 0) problems.push({ field: 'title', message: t(messages.titleRequired) });
  else if (title > TICKET_LIMITS.title) {
    problems.push({ field: 'title', message: t(messages.titleTooLong, { max: TICKET_LIMITS.title }) });
  }
  if (description === 0) problems.push({ field: 'description', message: t(messages.descriptionRequired) });
  else if (description > TICKET_LIMITS.description) {
    problems.push({
      field: 'description',
      message: t(messages.descriptionTooLong, { max: TICKET_LIMITS.description }),
    });
  }
  return problems;
}

/**
 * The server's refusal of fields (422 `fields`, faults.md 20) as the form's field errors, in
 * field order. Fields the form does not have are left out; any other failure gives none
 * (it is shown at the form level instead).
 */
export function ticketFieldErrorsFromResponse(error: RevampdError | null): TicketFormFieldError[] {
  if (error?.status !== 422 || !error.fields) return [];
  const problems: TicketFormFieldError[] = [];
  for (const field of TICKET_FORM_FIELDS) {
    const message = error.fields[field];
    if (message) problems.push({ field, message });
  }
  return problems;
}
