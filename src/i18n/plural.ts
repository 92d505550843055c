/**
 * Plural forms of messages: a message that depends on a count comes as `{ one, other }`,
 * and the locale's plural rules pick one (French says "1 facture" and "0 facture" alike,
 * English "1 invoice" and "0 invoices").
 */

/** The two plural forms of a counted message. */
export interface PluralMessage {
  one: string;
  other: string;
}

/** `one` or `other`: which plural form `count` takes in `locale` (a bad locale reads as en-US). */
export function pluralCategory(locale: string, count: number): keyof PluralMessage {
  let rules: Intl.PluralRules;
  try {
    rules = new Intl.PluralRules(locale);
  } catch {
    rules = new Intl.PluralRules('en-US');
  }
  return rules.select(count) === 'one' ? 'one' : 'other';
}

/** The form of `message` that `count` takes in `locale`, placeholders still unfilled. */
export function pluralForm(message: PluralMessage, locale: string, count: number): string {
  return message[pluralCategory(locale, count)];
}
