/**
 * The kinds of column that recur across the library's tables, one shape each: an amount of
 * money, an instant, and a code of the API shown as a word. Each sorts on a raw value
 * (minor units, epoch ms, the code's place in its list), shows it formatted for the
 * provider's locale and exports raw values to CSV, so a table's column factory only says
 * what differs: which field, under which header.
 */
import type { RowData } from '@tanstack/react-table';
import type { Money } from '../api/schemas';
import { csvInstant, csvMoney } from '../format/csv';
import type { FormatMoneyOptions } from '../format/money';
import {
  moneyCsvHeaders,
  type DataTableColumnContext,
  type DataTableColumnMeta,
  type DataTableDefinition,
} from './dataTable';
import { enUSCsv } from '../i18n/en-US';

/** The typed column helper of a table's definition (`definition.columnHelper`). */
export type DataTableColumnHelper<TRow extends RowData> = DataTableDefinition<TRow>['columnHelper'];

// -------------------------------------------------------------------------------------------------
// Money
// -------------------------------------------------------------------------------------------------

/** What differs between money columns. */
export interface MoneyColumnOptions<TRow extends RowData, TColumnId extends string> {
  id: TColumnId;
  /** The column's header; the CSV's are `header` and `header (Currency)`. */
  header: string;
  /** The row's amount. */
  money: (row: TRow) => Money;
  /** How the amount reads on screen, e.g. always signed. @default the locale's */
  display?: FormatMoneyOptions;
}

/**
 * A money column: sorts on minor units, shows the amount in the provider's locale, aligned
 * to the end, and exports two CSV cells (the decimal amount and its currency).
 *
 * @example
 * moneyColumn(h, context, { id: 'total', header: m.columns.total, money: (row) => row.total });
 */
export function moneyColumn<TRow extends RowData, TColumnId extends string>(
  h: DataTableColumnHelper<TRow>,
  { sectionMessages, format }: DataTableColumnContext,
  { id, header, money, display }: MoneyColumnOptions<TRow, TColumnId>,
) {
  return h.accessor((row) => money(row).amount, {
    id,
    header,
    sortFn: 'number',
    cell: (info) => format.money(money(info.row.original), display),
    meta: {
      align: 'end',
      csvHeader: moneyCsvHeaders(header, sectionMessages('csv', enUSCsv).currency),
      csv: (row) => csvMoney(money(row)),
    },
  });
}

// -------------------------------------------------------------------------------------------------
// Instants
// -------------------------------------------------------------------------------------------------

/** What differs between date columns; `rowHeader` and `nowrap` go to the column's meta. */
export interface DateColumnOptions<TRow extends RowData, TColumnId extends string>
  extends Pick<DataTableColumnMeta<TRow>, 'rowHeader' | 'nowrap'> {
  id: TColumnId;
  header: string;
  /** The row's ISO instant. */
  instant: (row: TRow) => string;
}

/**
 * A date column: sorts on epoch ms, shows the day in the provider's locale and zone, and
 * exports the ISO instant.
 *
 * @example
 * dateColumn(h, context, { id: 'since', header: m.columns.since, instant: (row) => row.createdAt });
 */
export function dateColumn<TRow extends RowData, TColumnId extends string>(
  h: DataTableColumnHelper<TRow>,
  { format }: DataTableColumnContext,
  { id, header, instant, ...meta }: DateColumnOptions<TRow, TColumnId>,
) {
  return h.accessor((row) => Date.parse(instant(row)), {
    id,
    header,
    sortFn: 'number',
    cell: (info) => format.date(instant(info.row.original)),
    meta: { ...meta, csv: (row) => csvInstant(instant(row)) },
  });
}

// -------------------------------------------------------------------------------------------------
// Codes shown as words
// -------------------------------------------------------------------------------------------------

/** What differs between code columns; `nowrap` goes to the column's meta. */
export interface CodeColumnOptions<TRow extends RowData, TColumnId extends string, TCode extends string>
  extends Pick<DataTableColumnMeta<TRow>, 'nowrap'> {
  id: TColumnId;
  header: string;
  /** The row's code, e.g. its status. */
  code: (row: TRow) => TCode;
  /** Every code, in the order the column sorts them (ascending). */
  order: readonly TCode[];
  /** Each code's word in the provider's language. */
  labels: Readonly<Record<TCode, string>>;
}

/**
 * A code of the API shown as a word (a status, a type): sorts on the code's place in
 * `order`, so the order is the same in every language, and exports the raw code.
 *
 * @example
 * codeColumn(h, { id: 'kind', header: m.columns.kind, code: (row) => row.kind, order: KINDS, labels: m.kind });
 */
export function codeColumn<TRow extends RowData, TColumnId extends string, TCode extends string>(
  h: DataTableColumnHelper<TRow>,
  { id, header, code, order, labels, ...meta }: CodeColumnOptions<TRow, TColumnId, TCode>,
) {
  return h.accessor((row) => order.indexOf(code(row)), {
    id,
    header,
    sortFn: 'number',
    // A word column for people: the first click sorts ascending, as text columns do.
    sortDescFirst: false,
    cell: (info) => labels[code(info.row.original)],
    meta: { ...meta, csv: (row) => code(row) },
  });
}
