/**
 * Plural forms of messages: a message that depends on a count comes as an object of the
 * CLDR plural categories its language uses, and the locale's `Intl.PluralRules` pick one.
 * English has `one` and `other`; French adds `many` ("1 000 000 de factures"); Japanese
 * has `other` only; Arabic all six. `other` is always there and is the fallback.
 */

/** The CLDR plural categories, as `Intl.PluralRules#select` names them. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * The plural forms of a counted message: `other` always, and each other category the
 * language distinguishes (a locale's completeness test checks exactly those are present).
 */
export interface PluralMessage {
  /** For the `zero` category (e.g. Arabic 0), where the language has one. */
  zero?: string;
  /** For the `one` category, e.g. English 1. */
  one?: string;
  /** For the `two` category (e.g. Arabic 2), where the language has one. */
  two?: string;
  /** For the `few` category (e.g. Arabic 3–10), where the language has one. */
  few?: string;
  /** For the `many` category (e.g. Arabic 11–99, French millions), where the language has one. */
  many?: string;
  /** For every count no other form covers; the only form every language needs. */
  other: string;
}

function pluralRules(locale: string): Intl.PluralRules {
  try {
    return new Intl.PluralRules(locale);
  } catch {
    return new Intl.PluralRules('en-US');
  }
}

/** Which plural category `count` takes in `locale` (a bad locale reads as en-US). */
export function pluralCategory(locale: string, count: number): PluralCategory {
  return pluralRules(locale).select(count);
}

/**
 * The form of `message` that `count` takes in `locale`, placeholders still unfilled; the
 * `other` form when the message lacks the category (e.g. an English override in Arabic).
 */
export function pluralForm(message: PluralMessage, locale: string, count: number): string {
  return message[pluralCategory(locale, count)] ?? message.other;
}
