/**
 * The ticket form's rules without React (issue 8): validation on submit, counting as the
 * server counts, 422 `fields` mapped onto the form (faults.md 20), and reading a stored
 * draft (faults.md 21).
 */
import { describe, expect, it } from 'vitest';
import { RevampdError } from '../../src/api/errors';
import { TICKET_LIMITS } from '../../src/api/schemas';
import { enUS } from '../../src/i18n/en-US';
import { formatMessage } from '../../src/i18n/messages';
import { parseTicketDraft } from '../../src/hooks/ticketDraft';
import {
  characterCount,
  EMPTY_TICKET_FORM,
  isBlankTicketForm,
  isTicketPriority,
  ticketFieldErrorsFromResponse,
  ticketTextLength,
  validateTicketForm,
  type TicketFormText,
} from '../../src/hooks/ticketValidation';

const text: TicketFormText = {
  messages: enUS.ticketForm,
  t: (template, values) => formatMessage(template, values),
  locale: 'en-US',
};

const form = (title: string, description: string) => ({ title, priority: 'medium' as const, description });

describe('validateTicketForm', () => {
  it('accepts a title and a description within the limits', () => {
    expect(validateTicketForm(form('Phones down', 'Since 9am'), text)).toEqual([]);
  });

  it('asks for both fields, in field order, when they are blank after trimming', () => {
    expect(validateTicketForm(form('   ', '\n\t'), text)).toEqual([
      { field: 'title', message: 'Enter a title' },
      { field: 'description', message: 'Enter a description' },
    ]);
  });

  it('refuses more characters than the API allows, counted after trimming', () => {
    const atLimit = `  ${'x'.repeat(TICKET_LIMITS.title)}  `;
    expect(validateTicketForm(form(atLimit, 'Body'), text)).toEqual([]);
    expect(validateTicketForm(form(`${atLimit}y`, 'x'.repeat(TICKET_LIMITS.description + 1)), text)).toEqual([
      { field: 'title', message: `Title must be ${TICKET_LIMITS.title} characters or fewer` },
      {
        field: 'description',
        message: `Description must be ${TICKET_LIMITS.description} characters or fewer`,
      },
    ]);
  });
});

describe('counting', () => {
  it('counts code points after trimming, as the server does (an emoji is one)', () => {
    expect(ticketTextLength('  Hello  ')).toBe(5);
    expect(ticketTextLength('👍🏽 ok')).toBe(5);
  });

  it('says how many are left, or how many too many', () => {
    expect(characterCount('abc', 5, text)).toEqual({
      count: 3,
      max: 5,
      remaining: 2,
      isOver: false,
      message: '2 characters remaining',
    });
    expect(characterCount('abcdefg', 5, text)).toMatchObject({
      remaining: -2,
      isOver: true,
      message: '2 characters too many',
    });
  });
});

describe('ticketFieldErrorsFromResponse', () => {
  const refusal = (status: number, fields?: Record<string, string>) =>
    new RevampdError({
      kind: 'http',
      code: 'validation_failed',
      message: 'x',
      status,
      ...(fields ? { fields } : {}),
    });

  it('puts 422 field messages on the form’s fields, in field order, leaving out unknown fields', () => {
    expect(
      ticketFieldErrorsFromResponse(
        refusal(422, { description: 'Add more detail.', title: 'Not allowed.', attachments: 'Too big.' }),
      ),
    ).toEqual([
      { field: 'title', message: 'Not allowed.' },
      { field: 'description', message: 'Add more detail.' },
    ]);
  });

  it('gives nothing for other failures, so they are shown at the form level', () => {
    expect(ticketFieldErrorsFromResponse(null)).toEqual([]);
    expect(ticketFieldErrorsFromResponse(refusal(422))).toEqual([]);
    expect(ticketFieldErrorsFromResponse(refusal(400, { title: 'Bad.' }))).toEqual([]);
  });
});

describe('parseTicketDraft', () => {
  it('reads a stored draft', () => {
    expect(parseTicketDraft({ title: 'Half', priority: 'high', description: 'Typed' })).toEqual({
      title: 'Half',
      priority: 'high',
      description: 'Typed',
    });
  });

  it('keeps the usable parts of a damaged draft', () => {
    expect(parseTicketDraft({ title: 'Half', priority: 'urgent', description: 42 })).toEqual({
      title: 'Half',
      priority: 'medium',
      description: '',
    });
  });

  it.each([null, undefined, 'text', 7, [], {}, { title: 5 }, { ...EMPTY_TICKET_FORM }])(
    'finds no draft in %j',
    (stored) => {
      expect(parseTicketDraft(stored)).toBeNull();
    },
  );

  it('treats a form with nothing typed as blank', () => {
    expect(isBlankTicketForm(EMPTY_TICKET_FORM)).toBe(true);
    expect(isBlankTicketForm({ ...EMPTY_TICKET_FORM, priority: 'high' })).toBe(false);
    expect(isTicketPriority('urgent')).toBe(false);
  });
});
