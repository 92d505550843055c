/**
 * The host's extra class names (`appearance.elements`) on the library's parts. Each shared
 * part (SectionShell, Button, DataTable, ModalDialog…) asks for its own, so every widget
 * gets them without code of its own. The library's `rvp-*` classes always come first and
 * stay on: a host's classes are added, never swapped in.
 */
import type { AppearanceElement } from '../../theme/appearance';
import { useRevampd } from '../../provider/RevampdProvider';

/** A class name, or nothing (`false`, `null`, `undefined`, `''`), as {@link joinClassNames} takes. */
export type ClassNamePart = string | false | null | undefined;

/** Joins class names with one space, leaving out the empty ones. */
export function joinClassNames(...names: readonly ClassNamePart[]): string {
  return names.filter(Boolean).join(' ');
}

/**
 * The host's classes for these parts, in order (e.g. `button` then `primaryButton`), or
 * `undefined` when the host set none. A part may be `false` when it does not apply now
 * (`stacked && 'tableCard'`), so the hook is called the same way on every render.
 *
 * @example
 * const hostClass = useElementClass('button', variant === 'primary' && 'primaryButton');
 * <button className={joinClassNames('rvp-Button', hostClass, className)} />
 */
export function useElementClass(
  ...parts: readonly (AppearanceElement | false | null | undefined)[]
): string | undefined {
  const { elements } = useRevampd();
  const classes = joinClassNames(...parts.map((part) => (part ? elements[part] : undefined)));
  return classes === '' ? undefined : classes;
}
