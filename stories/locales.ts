/**
 * The languages of Storybook's toolbar. One entry per locale the library ships: adding a
 * language is one line here (its messages from src/locales), and the toolbar, the
 * decorator and the Introduction's list follow.
 */
import { enUS, type Messages, type RevampdProviderProps } from '../src/index';
import { ar } from '../src/locales/ar';
import { deDE } from '../src/locales/de-DE';
import { esES } from '../src/locales/es-ES';
import { frFR } from '../src/locales/fr-FR';
import { jaJP } from '../src/locales/ja-JP';
import { ptBR } from '../src/locales/pt-BR';

/** One toolbar language: what the provider gets when it is picked. */
export interface StoryLocale {
  /** The toolbar's label, in the language itself. */
  readonly title: string;
  /** The full messages, passed as `baseMessages`. */
  readonly messages: Messages;
  /** Text direction, for right-to-left languages. @default "ltr" */
  readonly dir?: 'ltr' | 'rtl';
}

/** Every language of the toolbar, by BCP 47 tag; the first is the default. */
export const STORY_LOCALES = {
  'en-US': { title: 'English (US)', messages: enUS },
  'fr-FR': { title: 'Français (France)', messages: frFR },
  'es-ES': { title: 'Español (España)', messages: esES },
  'de-DE': { title: 'Deutsch (Deutschland)', messages: deDE },
  'pt-BR': { title: 'Português (Brasil)', messages: ptBR },
  'ja-JP': { title: '日本語', messages: jaJP },
  ar: { title: 'العربية', messages: ar, dir: 'rtl' },
} satisfies Record<string, StoryLocale>;

/** A toolbar language's tag. */
export type StoryLocaleTag = keyof typeof STORY_LOCALES;

/** The language stories start in. */
export const DEFAULT_STORY_LOCALE: StoryLocaleTag = 'en-US';

/**
 * The provider props of a toolbar language. The time zone stays the stories' own, so
 * switching language changes texts, numbers and dates' format, never which day a date is.
 */
export function localeProps(tag: string): Pick<RevampdProviderProps, 'locale' | 'baseMessages' | 'dir'> {
  const entry: StoryLocale =
    (STORY_LOCALES as Record<string, StoryLocale>)[tag] ?? STORY_LOCALES[DEFAULT_STORY_LOCALE];
  const resolvedTag = tag in STORY_LOCALES ? tag : DEFAULT_STORY_LOCALE;
  return { locale: resolvedTag, baseMessages: entry.messages, ...(entry.dir ? { dir: entry.dir } : {}) };
}
