/**
 * Role-based queries Testing Library does not have: a description list's values by their
 * term, a table's cells by their column header, the row holding a row header. Tests find
 * things the way a person (or a screen reader) does, never by a widget's class names, so a
 * renamed class cannot make a test pass or fail.
 *
 * Also {@link recordOnChange} and {@link watchText}: what the page showed on every DOM
 * change, for "never shows X" checks that a fixed sleep could only sample.
 */
import { within } from '@testing-library/react';

// -------------------------------------------------------------------------------------------------
// Description lists: term → definitions
// -------------------------------------------------------------------------------------------------

const byDocumentOrder = (a: Element, b: Element): number =>
  a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;

const matches = (text: string, label: string | RegExp): boolean =>
  typeof label === 'string' ? text.trim() === label : label.test(text.trim());

/**
 * The definitions (role `definition`) that follow the term (role `term`) whose text is
 * `label`, up to the next term: what a screen reader reads as the term's value. Works for
 * `<dt>`/`<dd>` pairs whether or not each group is wrapped in a `<div>`.
 *
 * @throws when no term, or more than one, has that text.
 */
export function definitionsOf(container: HTMLElement, label: string | RegExp): HTMLElement[] {
  const scope = within(container);
  const terms = scope.queryAllByRole('term');
  const found = terms.filter((term) => matches(term.textContent ?? '', label));
  if (found.length !== 1) {
    throw new Error(`definitionsOf: ${found.length} terms match ${String(label)}`);
  }
  const [term] = found as [HTMLElement];
  const items = [...terms, ...scope.queryAllByRole('definition')].sort(byDocumentOrder);
  const values: HTMLElement[] = [];
  for (const item of items.slice(items.indexOf(term) + 1)) {
    if (terms.includes(item)) break;
    values.push(item);
  }
  return values;
}

/** The first definition of the term `label`, see {@link definitionsOf}. */
export function definitionOf(container: HTMLElement, label: string | RegExp): HTMLElement {
  const [first] = definitionsOf(container, label);
  if (!first) throw new Error(`definitionOf: the term ${String(label)} has no definition`);
  return first;
}

// -------------------------------------------------------------------------------------------------
// Tables: rows and columns
// -------------------------------------------------------------------------------------------------

/** A row's cells, row headers included, in document order. */
export function cellsOf(row: HTMLElement): HTMLElement[] {
  const scope = within(row);
  return [...scope.queryAllByRole('rowheader'), ...scope.queryAllByRole('cell')].sort(byDocumentOrder);
}

/** The body rows of `table`: every row but those holding column headers. */
export function bodyRowsOf(table: HTMLElement): HTMLElement[] {
  return within(table)
    .getAllByRole('row')
    .filter((row) => within(row).queryAllByRole('columnheader').length === 0);
}

/**
 * The cell of each body row in the column whose header's accessible name matches
 * `header` (its sort button or hidden text included).
 */
export function columnCells(table: HTMLElement, header: string | RegExp): HTMLElement[] {
  const headers = within(table).getAllByRole('columnheader');
  const target = within(table).getByRole('columnheader', { name: header });
  const index = headers.indexOf(target);
  return bodyRowsOf(table).map((row) => {
    const cell = cellsOf(row)[index];
    if (!cell) throw new Error(`columnCells: a row has no cell under ${String(header)}`);
    return cell;
  });
}

/** The row whose row header has the accessible name `name`. */
export function rowWithHeader(container: HTMLElement, name: string | RegExp): HTMLElement {
  const rows = within(container)
    .getAllByRole('row')
    .filter((row) => within(row).queryByRole('rowheader', { name }) !== null);
  if (rows.length !== 1)
    throw new Error(`rowWithHeader: ${rows.length} rows have the header ${String(name)}`);
  return rows[0] as HTMLElement;
}

// -------------------------------------------------------------------------------------------------
// Watching text over time
// -------------------------------------------------------------------------------------------------

/**
 * Calls `read` now and on every DOM change from now on (a MutationObserver), and keeps
 * what it returned: a state that lasts a single render is caught, where polling after a
 * fixed sleep could miss it. Call `stop()` before asserting on `values`.
 */
export function recordOnChange<T>(read: () => T): { values: T[]; stop: () => void } {
  const values: T[] = [];
  const record = () => void values.push(read());
  record();
  const observer = new MutationObserver(record);
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  return {
    values,
    stop: () => {
      observer.disconnect();
      record();
    },
  };
}

/**
 * Every match of `pattern` in the document's text from now on, see {@link recordOnChange}.
 * Call `stop()` before asserting on `seen`.
 */
export function watchText(pattern: RegExp): { seen: string[]; stop: () => void } {
  const seen: string[] = [];
  const recorder = recordOnChange(() => {
    const found = document.body.textContent?.match(pattern);
    if (found) seen.push(found[0]);
  });
  return { seen, stop: recorder.stop };
}
