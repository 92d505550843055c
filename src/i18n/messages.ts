/**
 * Merging a host's partial messages over a locale, and filling `{name}` placeholders.
 */
import { enUS, type Messages, type MessagesOverride } from './en-US';

type Tree = { readonly [key: string]: string | Tree };

function mergeTree(base: Tree, override: Tree | undefined): Tree {
  if (!override) return base;
  const out: Record<string, string | Tree> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = base[key];
    // Only keys the base knows, with the same kind of value: a typo or a wrong shape in
    // a host's override must not replace a group of strings with `undefined`.
    if (typeof value === 'string' && typeof current === 'string') out[key] = value;
    else if (typeof value === 'object' && value !== null && typeof current === 'object') {
      out[key] = mergeTree(current, value);
    }
  }
  return out;
}

/** A full messages object: `base` (default en-US) with a host's deep-partial overrides. */
export function mergeMessages(override?: MessagesOverride, base: Messages = enUS): Messages {
  return mergeOver(base, override);
}

/**
 * `base` (the whole messages, or one section of them) with a host's deep-partial override
 * of it merged in. The provider uses this rather than {@link mergeMessages}, whose default
 * would bring every section's English into every bundle.
 */
export function mergeOver<T>(base: T, override: unknown): T {
  return mergeTree(base as unknown as Tree, override as Tree | undefined) as unknown as T;
}

/** Values that fill a message's `{name}` placeholders. */
export type MessageValues = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` placeholders in `template`. Values are inserted as text, never parsed,
 * so API text in a message stays inert. An unknown placeholder is left visible, which
 * makes a missing value easy to spot rather than silently blank.
 */
export function formatMessage(template: string, values: MessageValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = values[name];
    return value === undefined ? match : String(value);
  });
}
