/**
 * Every shipped locale is complete (issue 13, item 3 "Seven complete languages"): each
 * module of `src/locales` is found by a glob, so a new language is checked the day it lands
 * without editing this file. For each one: the keys of en-US, the plural categories its
 * language has, the same `{placeholders}`, nothing empty or left in English by accident,
 * its own entry point, and money, dates and the week start following its tag.
 */
/// <reference types="vite/types/importMeta.d.ts" />
// ↑ The types of `import.meta.glob` (Vitest runs on Vite), without the rest of vite/client.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiPath } from '../../mocks/handlers/shared';
import { server } from '../../mocks/node';
import { WalletCard } from '../../src/components/WalletCard/WalletCard';
import { weekStartForLocale } from '../../src/format/periods';
import { characterCount } from '../../src/hooks/ticketValidation';
import { enUS, type Messages } from '../../src/i18n/en-US';
import { formatMessage } from '../../src/i18n/messages';
import { pluralForm, type PluralCategory, type PluralMessage } from '../../src/i18n/plural';
import { ar } from '../../src/locales/ar';
import { definitionOf } from '../queries';
import { renderWithProvider } from '../render';

// -------------------------------------------------------------------------------------------------
// The shipped locales
// -------------------------------------------------------------------------------------------------

interface ShippedLocale {
  /** The BCP 47 tag: the module's file name (`src/locales/fr-FR.ts` → `fr-FR`). */
  tag: string;
  messages: Messages;
}

// Each locale module re-exports one messages object, whatever its name (`frFR`, `ar`, …).
const modules = import.meta.glob<Record<string, unknown>>('../../src/locales/*.ts', { eager: true });

const LOCALES: ShippedLocale[] = Object.entries(modules)
  .map(([file, exports]) => {
    const values = Object.values(exports);
    if (values.length !== 1) {
      throw new Error(
        `${file} must export one messages object; it exports ${Object.keys(exports).join(', ')}`,
      );
    }
    return { tag: path.basename(file, '.ts'), messages: values[0] as Messages };
  })
  .sort((a, b) => a.tag.localeCompare(b.tag));

/**
 * Messages equal to the English ones on purpose (a brand, a dash, a word both languages
 * share); anything else equal to en-US is a string someone forgot. `SAME_IN_EVERY_LANGUAGE`
 * applies to all; add a language's own keys to its set, with the reason if not obvious.
 */
const SAME_IN_EVERY_LANGUAGE: ReadonlySet<string> = new Set(['brandName', 'common.none']);
const SAME_AS_ENGLISH: Readonly<Record<string, ReadonlySet<string>>> = {
  // Words French shares with English.
  'fr-FR': new Set([
    'nav.tickets',
    'plan.contactLabel',
    'plan.directPrice',
    'table.pagination',
    'addOns.columns.actions',
    'addOns.status.active',
    'tickets.heading',
    'tickets.description',
    'ticketForm.description',
    'invoices.columns.date',
    'invoices.columns.type',
    'invoices.columns.total',
    'invoices.columns.actions',
    'invoices.downloadPdf',
    'wallet.columns.date',
    'wallet.columns.description',
    'wallet.columns.kind',
    'payouts.range',
    'payouts.total',
    'payouts.columns.date',
  ]),
  // Arabic: nothing beyond the shared keys.
  ar: new Set([]),
  // German shares "Ticket", "Partner", "Status" and "PDF" with English; ranges are "{start} – {end}".
  'de-DE': new Set([
    'nav.tickets',
    'plan.partnerLabel',
    'addOns.columns.status',
    'tickets.heading',
    'tickets.filterLabel',
    'tickets.columns.status',
    'invoices.columns.status',
    'invoices.downloadPdf',
    'payouts.range',
    'payouts.columns.status',
  ]),
  // Spanish shares "Plan", "Tickets", "Partner", "Total", "Error:" and "PDF".
  'es-ES': new Set([
    'nav.plan',
    'nav.tickets',
    'plan.partnerLabel',
    'addOnPurchase.totalNow',
    'addOnPurchase.errorPrefix',
    'tickets.heading',
    'ticketForm.errorPrefix',
    'conversation.errorPrefix',
    'invoices.columns.total',
    'invoices.downloadPdf',
    'payouts.range',
    'payouts.total',
  ]),
  // Japanese keeps the "PDF" of the download's name.
  'ja-JP': new Set(['invoices.downloadPdf']),
  // Brazilian Portuguese uses "Status" and "Total" as Brazilian SaaS interfaces do.
  'pt-BR': new Set([
    'addOns.columns.status',
    'addOnPurchase.totalNow',
    'tickets.filterLabel',
    'tickets.columns.status',
    'invoices.columns.status',
    'invoices.columns.total',
    'invoices.downloadPdf',
    'payouts.range',
    'payouts.total',
    'payouts.columns.status',
  ]),
};

/** Languages written right to left: their portal renders with `dir="rtl"`. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur']);
const isRightToLeft = (tag: string): boolean => RIGHT_TO_LEFT.has(new Intl.Locale(tag).language);

// -------------------------------------------------------------------------------------------------
// Reading messages
// -------------------------------------------------------------------------------------------------

type Tree = { readonly [key: string]: string | Tree };
type PluralForms = Partial<Record<PluralCategory, string>>;
/** One message: a string, or the forms of a counted message. */
type Message = string | PluralForms;

const CATEGORIES: ReadonlySet<string> = new Set<PluralCategory>([
  'zero',
  'one',
  'two',
  'few',
  'many',
  'other',
]);

/**
 * A counted message: an object whose keys are all plural categories, `other` among them.
 * `addOns.kind` has an `other` too, but also `phone_number`: a group, not plural forms.
 */
function isCounted(value: Tree): boolean {
  const keys = Object.keys(value);
  return (
    keys.includes('other') &&
    keys.every((key) => CATEGORIES.has(key)) &&
    Object.values(value).every((form) => typeof form === 'string')
  );
}

/** Every message of a messages object as `path → message`; a counted message is one entry. */
function messagesOf(tree: Tree, prefix = ''): Map<string, Message> {
  const out = new Map<string, Message>();
  for (const [key, value] of Object.entries(tree)) {
    const at = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string' || isCounted(value)) out.set(at, value as Message);
    else for (const [inner, message] of messagesOf(value, at)) out.set(inner, message);
  }
  return out;
}

const asTree = (messages: Messages): Tree => messages as unknown as Tree;

/** A message's texts: the string, or each plural form with its category. */
const textsOf = (message: Message): [PluralCategory | null, string][] =>
  typeof message === 'string' ? [[null, message]] : (Object.entries(message) as [PluralCategory, string][]);

const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''))].sort();

/** The placeholders of an English message: of all its forms together. */
const englishPlaceholders = (message: Message): string[] =>
  [...new Set(textsOf(message).flatMap(([, text]) => placeholders(text)))].sort();

const categoriesOf = (tag: string): string[] =>
  [...new Intl.PluralRules(tag).resolvedOptions().pluralCategories].sort();

/**
 * The plural categories of `tag` that stand for one number, so a form may say it in words
 * ("1 facture", "فاتورتان") instead of showing `{count}`: Arabic `zero` (0), `one` (1) and
 * `two` (2), English `one` (1). French and Portuguese `one` also covers 0; it counts as one
 * number because every counted message that leaves `{count}` out (alerts, the wallet's
 * coverage) is shown only from 1 up, and the ones that can show 0 (the character counts)
 * keep `{count}`. A category that covers several numbers (Russian `one`: 1, 21, 31…,
 * French `many`: 1 000 000, 2 000 000…) must show `{count}` in every form.
 */
function categoriesNamingOneNumber(tag: string): Set<string> {
  const rules = new Intl.PluralRules(tag);
  const numbers = new Map<string, number[]>();
  for (let n = 0; n <= 1000; n += 1) {
    const category = rules.select(n);
    numbers.set(category, [...(numbers.get(category) ?? []), n]);
  }
  const naming = new Set<string>();
  for (const [category, found] of numbers) {
    const positive = found.filter((n) => n > 0);
    if (positive.length === 1 || (found.length === 1 && found[0] === 0)) naming.add(category);
  }
  return naming;
}

// -------------------------------------------------------------------------------------------------
// What src imports
// -------------------------------------------------------------------------------------------------

const SRC = path.resolve(__dirname, '../../src');

/** The source files of `src` outside `src/locales`, tests excluded, with their text. */
function sourcesOutsideLocales(): { file: string; text: string }[] {
  const found: { file: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) {
        if (file !== path.join(SRC, 'locales')) walk(file);
      } else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) {
        found.push({ file: path.relative(SRC, file), text: readFileSync(file, 'utf8') });
      }
    }
  };
  walk(SRC);
  return found;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// -------------------------------------------------------------------------------------------------
// Money and dates
// -------------------------------------------------------------------------------------------------

const BALANCE = { amount: 123_456, currency: 'EUR' };
const UPDATED_AT = '2024-04-01T03:30:00Z';
const PAID_AT = '2024-03-31T22:30:00Z';

function mockWallet() {
  server.use(
    http.get(apiPath('/wallet'), () =>
      HttpResponse.json({ connectionId: 'revampd', balance: BALANCE, updatedAt: UPDATED_AT }),
    ),
    http.get(apiPath('/wallet/transactions'), () =>
      HttpResponse.json({
        data: [
          {
            id: 'wtx_1',
            createdAt: PAID_AT,
            kind: 'invoice_payment',
            amount: { amount: -4_000, currency: 'EUR' },
            balanceAfter: BALANCE,
            description: 'INV-7',
            invoiceId: 'inv_7',
            payoutId: null,
          },
        ],
        nextCursor: null,
      }),
    ),
  );
}

/** The first day of the week `Intl` gives for `tag` (1 = Monday … 7 = Sunday), if it can. */
function intlFirstDay(tag: string): number | undefined {
  const locale = new Intl.Locale(tag) as Intl.Locale & {
    getWeekInfo?: () => { firstDay: number };
    weekInfo?: { firstDay: number };
  };
  return (locale.getWeekInfo?.() ?? locale.weekInfo)?.firstDay;
}

/** The week start each language's main region uses, as a check on `Intl` itself. */
const WEEK_START_BY_LANGUAGE: Readonly<Record<string, number>> = {
  de: 1,
  es: 1,
  fr: 1,
  en: 7,
  pt: 7,
  ja: 7,
  ar: 6,
};

// -------------------------------------------------------------------------------------------------
// Tests
// -------------------------------------------------------------------------------------------------

const english = messagesOf(asTree(enUS));

it('finds the shipped locales', () => {
  expect(LOCALES.map(({ tag }) => tag)).toEqual(expect.arrayContaining(['ar', 'fr-FR']));
});

describe.each(LOCALES)('$tag messages', ({ tag, messages }) => {
  const translated = messagesOf(asTree(messages));

  it('has exactly the keys of en-US, a counted message as one key', () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it(`gives every counted message exactly the plural categories of ${tag}`, () => {
    const categories = categoriesOf(tag);
    const wrong = [...english]
      .filter(([, message]) => typeof message !== 'string')
      .flatMap(([key]) => {
        const message = translated.get(key);
        const found = typeof message === 'object' ? Object.keys(message).sort() : [];
        return found.join() === categories.join() ? [] : [`${key}: ${found.join() || 'not counted'}`];
      });
    expect(wrong).toEqual([]);
    // Only en-US's counted messages are counted here.
    const extra = [...translated]
      .filter(([key, message]) => typeof message !== 'string' && typeof english.get(key) === 'string')
      .map(([key]) => key);
    expect(extra).toEqual([]);
  });

  it('keeps every {placeholder} of en-US in every message and plural form, and adds none', () => {
    const naming = categoriesNamingOneNumber(tag);
    const mismatches = [...english].flatMap(([key, source]) => {
      const expected = englishPlaceholders(source);
      const withoutCount = expected.filter((name) => name !== 'count');
      const message = translated.get(key);
      if (message === undefined) return [];
      return textsOf(message).flatMap(([category, text]) => {
        const found = placeholders(text).join();
        const allowed =
          found === expected.join() ||
          (category !== null && naming.has(category) && found === withoutCount.join());
        return allowed ? [] : [`${category ? `${key}.${category}` : key}: {${found}}`];
      });
    });
    expect(mismatches).toEqual([]);
  });

  it('leaves no text empty, and none in English unless listed on purpose', () => {
    const empty = [...translated].flatMap(([key, message]) =>
      textsOf(message)
        .filter(([, text]) => text.trim() === '')
        .map(([category]) => (category ? `${key}.${category}` : key)),
    );
    expect(empty).toEqual([]);

    const allowed = SAME_AS_ENGLISH[tag] ?? new Set<string>();
    const untranslated = [...translated].flatMap(([key, message]) => {
      if (SAME_IN_EVERY_LANGUAGE.has(key) || allowed.has(key)) return [];
      const source = english.get(key);
      if (source === undefined) return [];
      if (typeof message === 'string' || typeof source === 'string') return message === source ? [key] : [];
      // A counted message: a form equal to the English form of the same category.
      return textsOf(message)
        .filter(([category, text]) => category !== null && source[category] === text)
        .map(([category]) => `${key}.${String(category)}`);
    });
    expect(untranslated).toEqual([]);
  });

  it('is imported by nothing in src outside src/locales (its own subpath entry)', () => {
    // Statements only: JSDoc examples may show the subpath import.
    const specifier = `['"][^'"]*/${escapeRegExp(tag)}(?:\\.[jt]sx?)?['"]`;
    const statement = new RegExp(
      `^(?:import|export)\\b[^;]*from ${specifier}|\\bimport\\(\\s*${specifier}`,
      'm',
    );
    const importers = sourcesOutsideLocales()
      .filter(({ text }) => statement.test(text))
      .map(({ file }) => file);
    expect(importers).toEqual([]);
  });

  it(`formats money and dates the ${tag} way (WalletCard)`, async () => {
    mockWallet();
    renderWithProvider(<WalletCard />, {
      locale: tag,
      timeZone: 'UTC',
      baseMessages: messages,
      ...(isRightToLeft(tag) ? { dir: 'rtl' as const } : {}),
    });
    const card = await screen.findByRole('region', { name: messages.wallet.heading });
    const table = await within(card).findByRole('table', { name: messages.wallet.transactions });

    const money = new Intl.NumberFormat(tag, { style: 'currency', currency: BALANCE.currency });
    // Exact text: Intl's own spaces (U+00A0, U+202F) included.
    expect(definitionOf(card, messages.wallet.balance).textContent).toBe(money.format(1234.56));
    const dateTime = new Intl.DateTimeFormat(tag, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'UTC',
    });
    expect(
      within(card).getByText(
        formatMessage(messages.wallet.updatedAt, { time: dateTime.format(new Date(UPDATED_AT)) }),
        {
          normalizer: (text) => text,
        },
      ),
    ).toBeInTheDocument();
    const date = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
    const [, row] = within(table).getAllByRole('row');
    expect(
      within(row as HTMLElement).getByText(date.format(new Date(PAID_AT)), { normalizer: (text) => text }),
    ).toBeInTheDocument();
    expect(within(row as HTMLElement).getByText(messages.wallet.kind.invoice_payment)).toBeInTheDocument();

    expect(card.closest('[lang]')).toHaveAttribute('lang', tag);
    if (isRightToLeft(tag)) expect(card.closest('[dir]')).toHaveAttribute('dir', 'rtl');
  });

  it(`starts the week on the day Intl gives for ${tag}`, () => {
    const fromIntl = intlFirstDay(tag);
    if (fromIntl !== undefined) expect(weekStartForLocale(tag)).toBe(fromIntl);
    const expected = WEEK_START_BY_LANGUAGE[new Intl.Locale(tag).language];
    if (expected !== undefined) expect(weekStartForLocale(tag)).toBe(expected);
  });
});

describe('plural forms', () => {
  const SIX: Required<PluralMessage> = {
    zero: 'zero',
    one: 'one',
    two: 'two',
    few: 'few',
    many: 'many',
    other: 'other',
  };

  it("picks each of Arabic's six forms", () => {
    expect([0, 1, 2, 3, 11, 100].map((count) => pluralForm(SIX, 'ar', count))).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
    expect([3, 11, 100].map((count) => pluralForm(ar.alerts.awaiting, 'ar', count))).toEqual([
      '{count} تذاكر بانتظار ردك',
      '{count} تذكرة بانتظار ردك',
      '{count} تذكرة بانتظار ردك',
    ]);
  });

  it('falls back to `other` for a category the message lacks (an English override in Arabic)', () => {
    const englishOnly: PluralMessage = { one: 'one', other: 'other' };
    expect([0, 1, 2, 3, 11].map((count) => pluralForm(englishOnly, 'ar', count))).toEqual([
      'other',
      'one',
      'other',
      'other',
      'other',
    ]);
  });

  it('counts the characters left in the words of the language ("1 character remaining")', () => {
    const count = (messages: Messages, locale: string, text: string, max: number) =>
      characterCount(text, max, {
        messages: messages.ticketForm,
        t: (template, values) => formatMessage(template, values),
        locale,
      }).message;
    // Issue 13: English said "1 characters remaining".
    expect(count(enUS, 'en-US', 'abcd', 5)).toBe('1 character remaining');
    expect(count(enUS, 'en-US', 'abc', 5)).toBe('2 characters remaining');
    expect(count(enUS, 'en-US', 'abcdef', 5)).toBe('1 character too many');
    expect(count(ar, 'ar', 'abcd', 5)).toBe('يتبقى حرف واحد');
    expect(count(ar, 'ar', 'abc', 5)).toBe('يتبقى حرفان');
    expect(count(ar, 'ar', 'ab', 5)).toBe(`يتبقى ${new Intl.NumberFormat('ar').format(3)} أحرف`);
    expect(count(ar, 'ar', 'a', 12)).toBe(`يتبقى ${new Intl.NumberFormat('ar').format(11)} حرفًا`);
    expect(count(ar, 'ar', 'abcde', 5)).toBe('لم يتبقَّ أي حرف');
    expect(count(ar, 'ar', 'abcdef', 5)).toBe('حرف واحد زائد عن الحد');
  });
});
