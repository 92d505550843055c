/**
 * CSV for spreadsheet export: RFC 4180 quoting, CRLF line ends, and cells that a
 * spreadsheet would run as a formula neutralised. Pure: building the file never touches
 * the DOM (`downloadCsv` in the DataTable does that part).
 */
import { zonedParts } from './dates';
import { moneyToDecimal, normalizeCurrency, type MoneyLike } from './money';

/** One CSV cell before quoting. `null` and `undefined` export as an empty cell. */
export type CsvCell = string | number | null | undefined;

// Spreadsheets (Excel, Sheets, LibreOffice) treat a cell starting with one of these as a
// formula or a DDE call, so text from the API could run there (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes one value safe and well-formed as a CSV field:
 * - a string starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`, so a
 *   spreadsheet shows it as text instead of evaluating it;
 * - a field holding `"`, `,`, CR or LF is quoted, with `"` doubled (RFC 4180).
 *
 * Numbers are written as they are: a negative amount stays a number a spreadsheet can
 * add up. Amounts should come as decimal strings from {@link csvMoney}, which are
 * recognised as numbers and not prefixed.
 */
export function escapeCsvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (typeof value === 'number') {
    text = Number.isFinite(value) ? String(value) : '';
  } else {
    text = value;
    // A plain decimal ("-12.50") is a number, not a formula; anything else that looks
    // like one is defused.
    if (FORMULA_START.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Joins rows of cells into a CSV document: RFC 4180, CRLF after every record. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  return rows.map((row) => row.map(escapeCsvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Money as two CSV cells: the amount as a plain decimal in its currency's units (no
 * grouping, no symbol; `5125 KWD` → `5.125`) and the ISO 4217 code, so a spreadsheet
 * can sum the first column and never mixes currencies unawares.
 */
export function csvMoney(money: MoneyLike): [string, string] {
  return [moneyToDecimal(money), normalizeCurrency(money.currency) ?? money.currency.trim()];
}

/**
 * An instant as ISO 8601 in UTC (`2026-03-01T14:05:00.000Z`): unambiguous for any reader,
 * whatever the org's time zone. `null` and unparseable values export as an empty cell.
 */
export function csvInstant(instant: string | null | undefined): string {
  if (!instant) return '';
  const ms = Date.parse(instant);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : '';
}

/**
 * The export's file name: `<section>-<YYYY-MM-DD>.csv`, dated in the org's time zone
 * (the day a person sees on their invoices, not the browser's). The section is reduced
 * to a safe slug.
 */
export function csvFileName(section: string, now: Date, timeZone: string): string {
  const slug =
    section
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'export';
  let year: number;
  let month: number;
  let day: number;
  try {
    ({ year, month, day } = zonedParts(now, timeZone));
  } catch {
    // An unusable zone must not break the export: fall back to UTC.
    year = now.getUTCFullYear();
    month = now.getUTCMonth() + 1;
    day = now.getUTCDate();
  }
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${slug}-${pad(year, 4)}-${pad(month)}-${pad(day)}.csv`;
}
