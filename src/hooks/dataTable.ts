/**
 * The headless core of every table in the library: TanStack Table v9 features, column
 * meta and column factories, sorting, one paging model over cursor-paged lists ("Next
 * page" fetches the server's next page when the loaded rows run out; "1–10 of 30+"), the
 * sort announcement, CSV building and exporting every page. No markup here, so hosts can
 * render their own table on the same state (and the `headless` entry point can export it
 * without a widget or CSS).
 */
import {
  constructRow,
  constructSortFn,
  createColumnHelper,
  createSortedRowModel,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type Column,
  type ColumnHelper,
  type ReactTable,
  type Row,
  type RowData,
  type SortingState,
  type TableOptions,
} from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { RevampdError } from '../api/errors';
import { toCsv, type CsvCell } from '../format/csv';
import { cachedNumberFormat } from '../format/numbers';
import type { ProvidedMessages } from '../i18n/en-US';
import type { MessageValues } from '../i18n/messages';
import { featureDisabledError } from '../model/features';
import { useRevampd, useSectionMessages, type RevampdContextValue } from '../provider/RevampdProvider';
import { useFormatters, type Formatters } from './formatters';
import type { ListQuery } from './shared';
import { enUSTable } from '../i18n/en-US';

// -------------------------------------------------------------------------------------------------
// Column meta
// -------------------------------------------------------------------------------------------------

/** Per-column settings a DataTable reads from `columnDef.meta`. */
export interface DataTableColumnMeta<TRow extends RowData> {
  /**
   * The column's CSV cell(s) for a row: raw values (decimal amounts from `csvMoney`, ISO
   * instants from `csvInstant`), never the formatted text on screen. A column without it
   * is left out of the export (e.g. an actions column).
   */
  csv?: (row: TRow) => CsvCell | readonly CsvCell[];
  /**
   * The CSV header(s), one per cell `csv` returns.
   * @default the column's `header` when it is a string, else its id
   */
  csvHeader?: string | readonly string[];
  /** Renders this column's cells as `<th scope="row">`: the cell that names its row. */
  rowHeader?: boolean;
  /** Cell alignment; amounts read best aligned to the end. @default "start" */
  align?: 'start' | 'end';
  /**
   * Keeps the cell on one line (dates, amounts, badges), so a neighbour's very long text
   * cannot squeeze "$15.00" into "$15.0 / 0". End-aligned columns never wrap.
   */
  nowrap?: boolean;
  /** Plain-text name of the column when `header` is not a string (sort announcements). */
  label?: string;
}

/**
 * CSV headers of a money column: the amount and its currency, e.g.
 * `["Total", "Total (Currency)"]`, matching the two cells of `csvMoney`.
 */
export function moneyCsvHeaders(label: string, currencyWord: string): [string, string] {
  return [label, `${label} (${currencyWord})`];
}

// -------------------------------------------------------------------------------------------------
// Features
// -------------------------------------------------------------------------------------------------

const collator = /*#__PURE__*/ new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/**
 * Sort functions by name, for `sortFn` in column definitions. Columns sort on raw
 * accessor values: minor units and epoch milliseconds (`Date.parse`) with `number`,
 * never formatted text.
 */
export const dataTableSortFns = {
  /** Ascending numbers (minor units, epoch ms). */
  number: /*#__PURE__*/ constructSortFn({
    sort: (a: unknown, b: unknown) => (typeof a === 'number' ? a : 0) - (typeof b === 'number' ? b : 0),
  }),
  /** Natural, case- and accent-insensitive text ("item2" before "item10"). */
  text: /*#__PURE__*/ constructSortFn({
    sort: (a: unknown, b: unknown) => collator.compare(String(a ?? ''), String(b ?? '')),
  }),
};

function buildFeatures<TRow extends RowData>() {
  // No TanStack pagination: pages are cut from the sorted rows by useDataTable's own paging
  // model, which knows about the server's pages as well as the loaded rows.
  return tableFeatures({
    rowSortingFeature,
    sortedRowModel: createSortedRowModel(),
    sortFns: dataTableSortFns,
    columnMeta: metaHelper<DataTableColumnMeta<TRow>>(),
  });
}

/** The TanStack Table features of a DataTable over rows of type `TRow`. */
export type DataTableFeatures<TRow extends RowData> = ReturnType<typeof buildFeatures<TRow>>;

/**
 * Column definitions of a DataTable, as `columnHelper.columns([...])` returns them.
 * `TColumnId` names the columns' ids (e.g. `'name' | 'status'`): it is carried to the
 * table instance so typed cell overrides (`cells`) accept only those ids.
 */
export type DataTableColumns<TRow extends RowData, TColumnId extends string = string> = TableOptions<
  DataTableFeatures<TRow>,
  TRow
>['columns'] & {
  /** Type-only: the ids of these columns. Never set at runtime. */
  readonly '~columnIds'?: TColumnId;
};

/** A row of a DataTable. */
export type DataTableRow<TRow extends RowData> = Row<DataTableFeatures<TRow>, TRow>;

/**
 * What a column factory (`addOnsColumns`, `ticketsColumns`…) needs to name and format its
 * columns: the provider's messages and `t`, and the formatters of its locale and zone.
 */
export interface DataTableColumnContext {
  /** The provider's shared messages (brand, common words). */
  messages: ProvidedMessages;
  /** One section's messages, for column headers and cell words (the provider's `sectionMessages`). */
  sectionMessages: RevampdContextValue['sectionMessages'];
  /** The provider's `t`: fills a message's `{placeholders}`. */
  t: (template: string, values?: MessageValues) => string;
  /** Money, date and number formatters of the provider's locale and zone. */
  format: Formatters;
  /** The org's IANA time zone, for columns that read a calendar day (e.g. "overdue"). */
  timeZone: string;
}

/** A column factory: the columns of one resource, for the provider's messages and locale. */
export type DataTableColumnFactory<TRow extends RowData, TColumnId extends string = string> = (
  context: DataTableColumnContext,
) => DataTableColumns<TRow, TColumnId>;

/**
 * The columns a factory builds for the provider's messages, locale and zone, rebuilt only
 * when those change (TanStack Table needs stable column definitions).
 *
 * @example
 * const columns = useDataTableColumns(invoicesColumns);
 */
export function useDataTableColumns<TRow extends RowData, TColumnId extends string>(
  factory: DataTableColumnFactory<TRow, TColumnId>,
): DataTableColumns<TRow, TColumnId> {
  const { messages, sectionMessages, t, timeZone } = useRevampd();
  const format = useFormatters();
  return useMemo(
    () => factory({ messages, sectionMessages, t, format, timeZone }),
    [factory, messages, sectionMessages, t, format, timeZone],
  );
}

/** What {@link defineDataTable} returns. */
export interface DataTableDefinition<TRow extends RowData> {
  /** Sorting and column meta for `TRow`; pass it to {@link useDataTable} as is, so its identity holds. */
  features: DataTableFeatures<TRow>;
  /** Builds typed column definitions over `TRow`, e.g. `columnHelper.accessor('status', …)`. */
  columnHelper: ColumnHelper<DataTableFeatures<TRow>, TRow>;
}

/**
 * The features and a typed column helper for one kind of row. Call it once at module
 * scope: TanStack Table needs `features` to keep its identity between renders. Keep the
 * result whole there (`export const ticketsTableDefinition = defineDataTable<Ticket>()`),
 * read its parts inside functions: a destructuring or a property read at module scope is
 * kept by bundlers even when the call is pure, and with it the table code.
 *
 * @example
 * const { features, columnHelper } = defineDataTable<Ticket>();
 */
export function defineDataTable<TRow extends RowData>(): DataTableDefinition<TRow> {
  return {
    features: buildFeatures<TRow>(),
    columnHelper: createColumnHelper<DataTableFeatures<TRow>, TRow>(),
  };
}

// -------------------------------------------------------------------------------------------------
// useDataTable
// -------------------------------------------------------------------------------------------------

/** Page sizes offered by default. */
export const DATA_TABLE_PAGE_SIZES: readonly number[] = [10, 25, 50];

/**
 * The parts of a cursor-paged list {@link useDataTable} reads to page past the loaded rows
 * and to export every row: a `ListQuery` of the same rows fits.
 */
export type DataTableListSource<TRow extends RowData> = Pick<
  ListQuery<TRow>,
  'items' | 'error' | 'hasNextPage' | 'isFetchingNextPage' | 'fetchNextPage'
>;

/** The options of {@link useDataTable} whatever the rows come from. */
export interface UseDataTableBaseOptions<TRow extends RowData, TColumnId extends string = string> {
  /** From {@link defineDataTable}, at module scope. */
  features: DataTableFeatures<TRow>;
  /** Stable (module scope or memoised) column definitions, e.g. from a column factory. */
  columns: DataTableColumns<TRow, TColumnId>;
  /** A row's stable id, so sorting and updates never mix rows up. */
  getRowId: (row: TRow) => string;
  /** The sort shown first. @default [] (the API's order, newest first) */
  defaultSorting?: SortingState | undefined;
  /** Rows per page first. @default 10 */
  defaultPageSize?: number | undefined;
  /** The old name of `defaultSorting`, still read when that is unset. @deprecated Use `defaultSorting`. */
  initialSorting?: SortingState | undefined;
  /** The old name of `defaultPageSize`, still read when that is unset. @deprecated Use `defaultPageSize`. */
  initialPageSize?: number | undefined;
}

/**
 * Options of {@link useDataTable}: the rows come from `list` (whose next server page
 * "Next page" fetches when the loaded rows run out), or from `data` alone.
 */
export type UseDataTableOptions<
  TRow extends RowData,
  TColumnId extends string = string,
> = UseDataTableBaseOptions<TRow, TColumnId> &
  (
    | {
        /**
         * The cursor-paged list the rows come from (`ListQuery`): its `items` are the rows,
         * and "Next page" past the last loaded row fetches its next server page.
         */
        list: DataTableListSource<TRow>;
        /** Rows other than `list.items` (e.g. filtered by the host). @default list.items */
        data?: readonly TRow[] | undefined;
      }
    | {
        list?: undefined;
        /** Every loaded row (stable between changes). */
        data: readonly TRow[];
      }
  );

/** The sort of a table as assistive tech names it. */
export interface DataTableSort<TColumnId extends string = string> {
  /** The id of the sorted column. */
  columnId: TColumnId;
  /** The sort's direction, in the words of `aria-sort`. */
  direction: 'ascending' | 'descending';
}

/**
 * One paging model over a cursor-paged list: pages of `pageSize` rows, where "Next page"
 * past the last loaded row fetches the next server page and shows it once it arrives. The
 * position reads "1–10 of 30+" while the server has more and "21–27 of 27" when it has
 * not. The page goes back to the first when the sort changes, or when the rows change other
 * than by a next page arriving (a filter, a refetch that brought new rows); a row updated in
 * place (a cancelled add-on, a paid invoice) keeps its page.
 */
export interface DataTablePagination {
  /** 0-based, always within the loaded rows (rows can change under a page). */
  pageIndex: number;
  /** Rows per page. */
  pageSize: number;
  /**
   * Pages of the rows loaded so far, at least 1. Not a total while `hasMore`: the server
   * has rows not loaded yet.
   */
  pageCount: number;
  /** 1-based position of the page's first row; 0 when there are no rows. */
  firstRow: number;
  /** 1-based position of the page's last row; 0 when there are no rows. */
  lastRow: number;
  /** Rows loaded so far. */
  rowCount: number;
  /** The server has rows not loaded yet (its `nextCursor` was not null). */
  hasMore: boolean;
  /**
   * The position as a person reads it, in the provider's language and number format:
   * "1–10 of 30+" while the server has more, "21–27 of 27" when it has not.
   */
  position: string;
  /** The current page is not the first. */
  canPrevious: boolean;
  /** A next page is loaded, or the server has more rows to fetch for it. */
  canNext: boolean;
  /** "Next page" is waiting for the server's next page (a view shows it as busy). */
  loadingNext: boolean;
  /** The previous page; does nothing on the first. */
  previous: () => void;
  /** The next page; past the last loaded row, fetches the server's next page first. */
  next: () => void;
  /** Shows a page of the loaded rows (clamped to them). */
  setPageIndex: (pageIndex: number) => void;
  /** Changes the page size, keeping the current page's first row in view. */
  setPageSize: (pageSize: number) => void;
}

/** What {@link useDataTable} returns: state and actions, no markup. */
export interface DataTableInstance<TRow extends RowData, TColumnId extends string = string> {
  /** The TanStack table, for anything not covered here. */
  table: ReactTable<DataTableFeatures<TRow>, TRow>;
  /**
   * The rows of the current page, in the current sort. Compare rows by `id` (or
   * `original`), not by identity: sorted or not, these are built for the page alone and are
   * other `Row` objects than `sortedRows`' and `table.getRowModel()`'s, with the same `id`,
   * `original` and `index` (the position in the rows given, not in the sort).
   */
  rows: DataTableRow<TRow>[];
  /**
   * Every loaded row in the current sort: TanStack's row model (`table.getRowModel().rows`),
   * built and sorted by TanStack when first read, so read it only when it is needed (the
   * table itself never does: a table that no one reads it from never builds a `Row` for
   * each of 10,000 loaded rows). Its rows are not the objects in `rows` (same `id`,
   * `original` and `index`). To find a row's place, {@link DataTableInstance.indexOfRow}
   * builds none.
   */
  sortedRows: DataTableRow<TRow>[];
  /**
   * The 0-based position of a loaded row in the current sort, by its id (`getRowId`), or -1
   * when no loaded row has it. Builds no `Row`: its page is `Math.floor(index / pageSize)`.
   */
  indexOfRow: (rowId: string) => number;
  /** The sorted column, or null for the API's order. */
  sort: DataTableSort<TColumnId> | null;
  /** Sorts by a column, flipping the direction when it is already sorted by it. */
  toggleSort: (columnId: string) => void;
  /** The polite announcement of the last sort change (empty before any). */
  announcement: string;
  /** Paging over the sorted rows, past the loaded ones into the server's next pages. */
  pagination: DataTablePagination;
  /** The plain-text name of a column (its string header or `meta.label`). */
  columnLabel: (columnId: string) => string;
  /** The loaded rows, in the current sort, as an RFC 4180 CSV document. */
  toCsv: () => string;
  /**
   * Whether the host allows CSV exports (the provider's `features.exportCsv`): a view shows
   * no export control when it is false.
   */
  canExportCsv: boolean;
  /**
   * Every row of the list as CSV: fetches the server's remaining pages first (with the
   * list's filters), then resolves with the document, in the current sort. Rejects with
   * `feature_disabled` when exports are switched off (nothing is fetched), with the failed
   * page's error, or with `export_interrupted` when the rows changed meanwhile (a filter).
   */
  exportCsv: () => Promise<string>;
  /** An export is fetching the remaining pages. */
  exporting: boolean;
}

// One empty array, so a table without rows keeps stable `data` between renders.
const EMPTY_ROWS: readonly never[] = [];
const NO_SORTING: SortingState = [];

/**
 * Whether `next` is `previous` plus rows after them (a next page arrived, or nothing
 * changed but the rows' contents): only then does the page stay where it is.
 */
function continues<TRow>(
  previous: readonly TRow[],
  next: readonly TRow[],
  getRowId: (row: TRow) => string,
): boolean {
  if (next.length < previous.length) return false;
  for (let index = 0; index < previous.length; index += 1) {
    const before = previous[index] as TRow;
    const after = next[index] as TRow;
    if (before !== after && getRowId(before) !== getRowId(after)) return false;
  }
  return true;
}

/** The rows a page was chosen over: a new generation starts when they change other than by growing. */
interface RowsSeen<TRow> {
  data: readonly TRow[];
  generation: number;
}

/** The page the person chose, and over which rows' generation. */
interface PageChoice {
  /** Index of the page's first row in the sorted rows. */
  offset: number;
  size: number;
  generation: number;
  /**
   * "Next page" is waiting for the server: the offset to show once a full page after it
   * is loaded (or the server has no more). `null` when not waiting.
   */
  nextOffset: number | null;
  /** Rows loaded when the last server page was asked for: one request per page. */
  requestedAt: number;
  /** The list's error when that page was asked for: only a new one means it failed. */
  errorBefore: unknown;
}

/** An export waiting for the remaining pages. */
interface ExportRun {
  generation: number;
  /** Rows loaded when the last page was requested: one request per page, however many renders. */
  requestedAt: number;
  /** The list's error when that page was requested: only a new one means it failed. */
  errorBefore: unknown;
  resolve: (csv: string) => void;
  reject: (error: unknown) => void;
}

/** The error an export rejects with when its rows changed (a filter) before it finished. */
function exportInterruptedError(): RevampdError {
  return new RevampdError({
    kind: 'refused',
    code: 'export_interrupted',
    message: 'The rows changed before every page was loaded; export again.',
  });
}

/** A sort function's value-level parts, as `constructSortFn` attaches them (every one of ours). */
interface ValueSortFn {
  sort?: (a: unknown, b: unknown) => number;
  resolveDataValue?: (value: unknown) => unknown;
}

/**
 * The order of `data` in `sorting`: indexes into `data`, or `null` when it is the rows' own
 * order (unsorted, or the column cannot sort).
 *
 * Why not TanStack's sorted row model (issue 14, `npm run bench`): it sorts `Row` objects,
 * so it first builds the core row model, a `Row` and a `rowsById` entry for every loaded
 * row, to show ten of them. Here the accessor runs once per row and an array of indexes is
 * sorted; the page's rows are then built alone. The comparison is TanStack's own
 * (table-core's `createSortedRowModel`): the column's value-level `sort` from
 * `constructSortFn` (after its `resolveDataValue`), `sortUndefined` (default 1: missing
 * values last, first when descending), `desc`, `invertSorting`, and ties in the rows' own
 * order (the engine's sort is stable, so a tie, or a NaN answer, which TanStack hands the
 * engine as is, keeps it). Tests compare the two for every column of the real tables.
 *
 * TanStack's row model, built whole as before, still sorts what this does not: a column
 * whose sort function compares rows rather than values, or is left to `auto` (TanStack
 * picks it from the model's first rows), and a sort by several columns (only a host's
 * `defaultSorting` can ask for one: `enableMultiSort` is off).
 */
function sortedOrder<TRow extends RowData>(
  table: ReactTable<DataTableFeatures<TRow>, TRow>,
  data: readonly TRow[],
  sorting: SortingState,
): number[] | null {
  const modelOrder = () => table.getRowModel().rows.map((row) => row.index);
  if (sorting.length > 1) return modelOrder();
  const [entry] = sorting;
  const column = entry && table.getColumn(entry.id);
  if (!entry || !column?.getCanSort()) return null;
  const { sortFn: named, sortUndefined, invertSorting } = column.columnDef;
  const sortFn = named === 'auto' ? undefined : (column.getSortFn() as ValueSortFn);
  const compare = sortFn?.sort;
  if (!compare || compare.length > 2) return modelOrder();
  const values = data.map((original, index) => column.accessorFn?.(original, index));
  const resolve = sortFn.resolveDataValue;
  const sortValues = resolve ? values.map((value) => resolve(value)) : values;
  const sign = (entry.desc ? -1 : 1) * (invertSorting ? -1 : 1);
  return Array.from(data, (_, index) => index).sort((a, b) => {
    const aUndefined = values[a] === undefined;
    let result = 0;
    if (sortUndefined && aUndefined !== (values[b] === undefined)) {
      // One value missing: 'first' and 'last' hold whatever the direction, a number flips.
      if (typeof sortUndefined !== 'number') return aUndefined === (sortUndefined === 'first') ? -1 : 1;
      result = aUndefined ? sortUndefined : -sortUndefined;
    } else if (!(sortUndefined && aUndefined)) {
      // Both values there (or `sortUndefined: false`); both missing is a tie.
      result = compare(sortValues[a], sortValues[b]);
    }
    return result * sign || a - b;
  });
}

/**
 * Whether a first sort by `column` is descending, as TanStack's `getNextSortingOrder` decides
 * it: the column's `sortDescFirst`, else the table's, else descending unless the first value
 * that is not null among the first ten rows is a string. TanStack reads those ten from its
 * row model, building a `Row` for every loaded row (issue 14): here they are read from `data`.
 */
function firstSortDescending<TRow extends RowData>(
  column: Column<DataTableFeatures<TRow>, TRow>,
  data: readonly TRow[],
): boolean {
  const chosen = column.columnDef.sortDescFirst ?? column.table.options.sortDescFirst;
  if (chosen != null) return chosen;
  for (let index = 0; index < Math.min(10, data.length); index += 1) {
    const value = column.accessorFn?.(data[index] as TRow, index);
    if (value != null) return typeof value !== 'string';
  }
  return true;
}

/**
 * Sorting and one paging model over cursor-paged rows, on TanStack Table v9. Sorting uses
 * the raw accessor values. "Next page" past the last loaded row fetches the list's next
 * server page and shows it once it arrives; the position says whether the server has more.
 * The page shown never lies past the loaded rows, and goes back to the first when the sort
 * or the rows change (other than by growing): see {@link DataTablePagination}.
 *
 * @example
 * const list = useInvoices(filters);
 * const columns = useDataTableColumns(invoicesColumns);
 * const table = useDataTable({ features, columns, list, getRowId: (row) => row.id });
 */
export function useDataTable<TRow extends RowData, TColumnId extends string = string>(
  options: UseDataTableOptions<TRow, TColumnId>,
): DataTableInstance<TRow, TColumnId> {
  const { features, columns, list, getRowId } = options;
  const defaultSorting = options.defaultSorting ?? options.initialSorting ?? NO_SORTING;
  const defaultPageSize = options.defaultPageSize ?? options.initialPageSize ?? 10;
  const data = options.data ?? list?.items ?? EMPTY_ROWS;
  const { t, locale, features: switches } = useRevampd();
  const m = useSectionMessages('table', enUSTable);
  const [announcement, setAnnouncement] = useState('');

  const table = useTable({
    features,
    columns,
    data,
    getRowId: (row) => getRowId(row),
    enableSortingRemoval: false,
    enableMultiSort: false,
    initialState: { sorting: defaultSorting },
  });

  // Which rows the page was chosen over, compared while rendering so the very render in
  // which a filter's rows replace the old ones already shows the first page. A ref, not
  // state: a host may pass a new but equal `data` array every render, and setting state for
  // each would never settle. Rendering the same rows twice (Strict Mode, a discarded
  // render) gives the same generation, so nothing else depends on when it runs.
  const rowsSeen = useRef<RowsSeen<TRow>>({ data, generation: 0 });
  if (rowsSeen.current.data !== data) {
    const previous = rowsSeen.current;
    rowsSeen.current = {
      data,
      generation: continues(previous.data, data, getRowId) ? previous.generation : previous.generation + 1,
    };
  }
  const generation = rowsSeen.current.generation;

  const [choice, setChoice] = useState<PageChoice>({
    offset: 0,
    size: defaultPageSize,
    generation: 0,
    nextOffset: null,
    requestedAt: -1,
    errorBefore: null,
  });
  // A choice made over other rows (before a filter, a refetch) no longer holds: first page.
  const current: PageChoice =
    choice.generation === generation
      ? choice
      : { ...choice, offset: 0, generation, nextOffset: null, requestedAt: -1, errorBefore: null };
  const pageSize = current.size;

  const { sorting } = table.state;
  const first = sorting[0];
  const sort: DataTableSort<TColumnId> | null = first
    ? // TanStack keeps ids as strings; these are the ids of `columns`.
      { columnId: first.id as TColumnId, direction: first.desc ? 'descending' : 'ascending' }
    : null;

  const columnLabel = useCallback(
    (columnId: string): string => {
      const column = table.getColumn(columnId);
      if (!column) return columnId;
      const header = column.columnDef.header;
      return column.columnDef.meta?.label ?? (typeof header === 'string' ? header : columnId);
    },
    [table],
  );

  const toggleSort = useCallback(
    (columnId: string) => {
      const column = table.getColumn(columnId);
      if (!column || !column.getCanSort()) return;
      // Flips a sorted column (no "unsorted" step: `enableSortingRemoval: false`). Not
      // `column.toggleSorting()`: it asks `getNextSortingOrder()`, which builds every row.
      const sorted = column.getIsSorted();
      const desc = sorted ? sorted === 'asc' : firstSortDescending(column, data);
      table.setSorting([{ id: column.id, desc }]);
      setChoice((chosen) => ({ ...chosen, offset: 0, generation, nextOffset: null }));
      const template = desc ? m.sortDescending : m.sortAscending;
      setAnnouncement(t(template, { column: columnLabel(columnId) }));
    },
    [table, data, m, t, columnLabel, generation],
  );

  const rowCount = data.length;
  const pageCount = Math.max(1, Math.ceil(rowCount / pageSize));
  const hasMore = list?.hasNextPage ?? false;
  const isFetchingNextPage = list?.isFetchingNextPage ?? false;
  const listError = list?.error ?? null;
  const fetchNextPage = list?.fetchNextPage;

  // Derived, never written while rendering: where the page starts now. Within one
  // generation the rows only grow, so the offset stays within them; "Next page" waiting for
  // the server shows its page once a full one is loaded, or the last rows when no more come.
  const { nextOffset } = current;
  const serverDone = !hasMore && !isFetchingNextPage;
  const nextReady =
    nextOffset !== null && (rowCount - nextOffset >= pageSize || (serverDone && rowCount > nextOffset));
  const offset = nextReady ? (nextOffset as number) : Math.min(current.offset, Math.max(0, rowCount - 1));
  const loadingNext = nextOffset !== null && !nextReady;

  // "Next page" bookkeeping, after the render that showed its result: settle a page that
  // arrived, ask again while the loaded rows still do not fill it (a short server page), and
  // give up on a failure or when the server had no more.
  useEffect(() => {
    if (nextOffset === null) return;
    if (nextReady) {
      setChoice({ ...current, offset: nextOffset, nextOffset: null });
      return;
    }
    const failed = listError !== null && listError !== current.errorBefore && !isFetchingNextPage;
    if (serverDone || failed || !fetchNextPage) {
      setChoice({ ...current, nextOffset: null });
      return;
    }
    // The list's own "fetching" flag can lag a render behind the request; the row count
    // cannot, so a page is asked for once per count.
    if (isFetchingNextPage || current.requestedAt === rowCount) return;
    setChoice({ ...current, requestedAt: rowCount, errorBefore: listError });
    fetchNextPage();
  }, [current, nextOffset, nextReady, serverDone, listError, isFetchingNextPage, fetchNextPage, rowCount]);

  // The sorted order is ours, the rows TanStack's (issue 14, `npm run bench`): the order is
  // sorted over `data` once per sort or rows (not per page), and only the page's rows are
  // built, where TanStack's row model builds a `Row` for each loaded row. `columns` stands
  // for the table's columns (`table` is a new object every render; its columns are not).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const order = useMemo(() => sortedOrder(table, data, sorting), [data, sorting, columns]);
  // The table rows are made over (`useTable` hands out a new copy of it every render, with
  // the host's options rather than the resolved ones); a table without columns has none.
  const rowTable = table.getAllLeafColumns()[0]?.table;
  const modelRows = rowTable ? undefined : table.getRowModel().rows;
  const rows = useMemo(() => {
    if (!rowTable) return (modelRows ?? []).slice(offset, offset + pageSize);
    const page: DataTableRow<TRow>[] = [];
    for (let position = offset; position < Math.min(offset + pageSize, data.length); position += 1) {
      // The row's `index` is its place in `data`, as in TanStack's model, sorted or not.
      const index = order ? (order[position] as number) : position;
      const original = data[index] as TRow;
      page.push(constructRow(rowTable, rowTable.getRowId(original, index), original, index, 0));
    }
    return page;
  }, [rowTable, modelRows, order, data, offset, pageSize]);

  // The latest list, read by callbacks that keep one identity.
  const latestList = useRef(list);
  latestList.current = list;
  const latestGetRowId = useRef(getRowId);
  latestGetRowId.current = getRowId;

  const indexOfRow = useCallback(
    (rowId: string): number => {
      const index = data.findIndex((row) => latestGetRowId.current(row) === rowId);
      return index < 0 || !order ? index : order.indexOf(index);
    },
    [data, order],
  );

  const numberFormat = cachedNumberFormat(locale, {}, 'count');
  const firstRow = rowCount === 0 ? 0 : offset + 1;
  const lastRow = Math.min(offset + pageSize, rowCount);
  const position = t(hasMore ? m.positionMore : m.position, {
    first: numberFormat.format(firstRow),
    last: numberFormat.format(lastRow),
    total: numberFormat.format(rowCount),
  });
  // Pages start at multiples of the size, except after "Next page" from a page the server's
  // page cut short (rows 21–25, then 26–35): no row is ever skipped.
  const pageIndex = Math.floor(offset / pageSize);

  const paginationApi = useMemo<DataTablePagination>(() => {
    const show = (start: number) => setChoice({ ...current, offset: Math.max(0, start), nextOffset: null });
    const lastStart = (pageCount - 1) * pageSize;
    return {
      pageIndex,
      pageSize,
      pageCount,
      firstRow,
      lastRow,
      rowCount,
      hasMore,
      position,
      canPrevious: offset > 0,
      canNext: lastRow < rowCount || hasMore,
      loadingNext,
      previous: () => show(Math.max(0, offset - pageSize)),
      next: () => {
        const end = lastRow;
        // A full page is loaded after this one, or the last rows when the server has no more.
        if (rowCount - end >= pageSize || (!hasMore && end < rowCount)) {
          show(end);
          return;
        }
        const source = latestList.current;
        if (!source?.hasNextPage) return;
        // Past the loaded rows: the server's next page first; the page shows once it arrives.
        if (!source.isFetchingNextPage) source.fetchNextPage();
        setChoice({ ...current, offset, nextOffset: end, requestedAt: rowCount, errorBefore: source.error });
      },
      setPageIndex: (index) => show(Math.min(Math.max(0, index) * pageSize, lastStart)),
      // The page holding the current first row, in the new size.
      setPageSize: (size) =>
        setChoice({ ...current, size, offset: Math.floor(offset / size) * size, nextOffset: null }),
    };
  }, [
    current,
    offset,
    pageIndex,
    pageSize,
    pageCount,
    firstRow,
    lastRow,
    rowCount,
    hasMore,
    position,
    loadingNext,
  ]);

  const toCsvDocument = useCallback((): string => {
    const exported = table.getAllLeafColumns().filter((column) => column.columnDef.meta?.csv);
    const header: CsvCell[] = exported.flatMap((column) => {
      const meta = column.columnDef.meta;
      const names = meta?.csvHeader ?? columnLabel(column.id);
      return typeof names === 'string' ? [names] : [...names];
    });
    // Straight from `data` in the sorted order: no `Row` needed for a CSV.
    const sorted = order ? order.map((index) => data[index] as TRow) : data;
    const body = sorted.map((original) =>
      exported.flatMap((column): CsvCell[] => {
        const value = column.columnDef.meta?.csv?.(original);
        return Array.isArray(value) ? [...(value as readonly CsvCell[])] : [value as CsvCell];
      }),
    );
    return toCsv([header, ...body]);
  }, [table, columnLabel, order, data]);

  // -----------------------------------------------------------------------------------------------
  // Export: every page of the list, then the CSV
  // -----------------------------------------------------------------------------------------------

  const canExportCsv = switches.exportCsv;
  const [exportRun, setExportRun] = useState<ExportRun | null>(null);
  const exportCsv = useCallback((): Promise<string> => {
    if (!canExportCsv) return Promise.reject(featureDisabledError('exportCsv'));
    return new Promise<string>((resolve, reject) => {
      setExportRun((running) => {
        // A second click while one runs joins it.
        if (running) {
          return {
            ...running,
            resolve: (csv) => (running.resolve(csv), resolve(csv)),
            reject: (error) => (running.reject(error), reject(error)),
          };
        }
        return {
          generation,
          requestedAt: -1,
          errorBefore: latestList.current?.error ?? null,
          resolve,
          reject,
        };
      });
    });
  }, [canExportCsv, generation]);

  useEffect(() => {
    if (!exportRun) return;
    if (exportRun.generation !== generation) {
      exportRun.reject(exportInterruptedError());
      setExportRun(null);
      return;
    }
    if (hasMore && fetchNextPage) {
      if (listError !== null && listError !== exportRun.errorBefore && !isFetchingNextPage) {
        exportRun.reject(listError);
        setExportRun(null);
        return;
      }
      // The list's own "fetching" flag can lag a render behind the request; the row count
      // cannot, so a page is asked for once per count.
      if (isFetchingNextPage || exportRun.requestedAt === rowCount) return;
      setExportRun({ ...exportRun, requestedAt: rowCount, errorBefore: listError });
      fetchNextPage();
      return;
    }
    if (isFetchingNextPage) return;
    exportRun.resolve(toCsvDocument());
    setExportRun(null);
  }, [exportRun, generation, hasMore, fetchNextPage, listError, isFetchingNextPage, rowCount, toCsvDocument]);

  return {
    table,
    rows,
    // Built on first read (TanStack memoises it on `data` and the sort): see `rows` above.
    get sortedRows() {
      return table.getRowModel().rows;
    },
    indexOfRow,
    sort,
    toggleSort,
    announcement,
    pagination: paginationApi,
    columnLabel,
    toCsv: toCsvDocument,
    canExportCsv,
    exportCsv,
    exporting: exportRun !== null,
  };
}

// -------------------------------------------------------------------------------------------------
// A table over one resource list
// -------------------------------------------------------------------------------------------------

/**
 * What every table hook over one resource list returns first (`useAddOnsTable`,
 * `useInvoicesTable`…): the list and the table over its rows.
 */
export interface ListTable<TRow extends RowData, TColumnId extends string = string> {
  /** The cursor-paged list (loading, errors, the server's pages) the rows come from. */
  list: ListQuery<TRow>;
  /** Sort, pages over the list's loaded and server pages, and CSV of every row of the list. */
  table: DataTableInstance<TRow, TColumnId>;
}

/** The options every table hook over one resource list takes. */
export interface ListTableOptions {
  /** Rows per page first. @default 10 */
  defaultPageSize?: number | undefined;
}

/** The row id of every table over the API's resources: the resource's own id. */
const resourceId = (row: { id: string }) => row.id;

/**
 * The DataTable over one resource list: the columns `columnFactory` builds for the
 * provider's messages, locale and zone, over `list`'s rows, each row known by its `id`.
 * What a table hook adds is only what differs: its definition, its columns, its list.
 *
 * @example
 * const list = useAddOns();
 * const table = useListDataTable(addOnsTableDefinition, addOnsColumns, list);
 */
export function useListDataTable<TRow extends { id: string }, TColumnId extends string>(
  definition: DataTableDefinition<TRow>,
  columnFactory: DataTableColumnFactory<TRow, TColumnId>,
  list: DataTableListSource<TRow>,
  options: ListTableOptions = {},
): DataTableInstance<TRow, TColumnId> {
  const columns = useDataTableColumns(columnFactory);
  return useDataTable({
    features: definition.features,
    columns,
    list,
    getRowId: resourceId,
    defaultPageSize: options.defaultPageSize,
  });
}

// -------------------------------------------------------------------------------------------------
// useDataTableRowTarget
// -------------------------------------------------------------------------------------------------

/** How many more API pages a row target loads, at most, before it gives up. */
export const DATA_TABLE_TARGET_MAX_PAGES = 20;

/** The parts of a list {@link useDataTableRowTarget} reads: enough to load more pages. */
export type DataTableTargetList = Pick<
  ListQuery<unknown>,
  'items' | 'status' | 'error' | 'hasNextPage' | 'isFetchingNextPage' | 'fetchNextPage'
>;

/** Options of {@link useDataTableRowTarget}. */
export interface UseDataTableRowTargetOptions {
  /**
   * How many more API pages to load while the row is not among the loaded ones. A bound,
   * so an id that does not exist (a stale link) cannot load a long history page by page.
   * @default 20
   */
  maxPages?: number | undefined;
}

/** What {@link useDataTableRowTarget} returns. */
export interface DataTableRowTarget {
  /** The targeted row's id once it is loaded (its page is then shown), else `null`. */
  rowId: string | null;
  /**
   * `idle` without a target; `searching` while pages load to find it; `found`; or
   * `not-found` once the list ended, failed or the page bound was reached without it.
   */
  status: 'idle' | 'searching' | 'found' | 'not-found';
}

interface TargetSearch {
  rowId: string | null;
  /** Pages requested for this target. */
  requested: number;
  /** Rows loaded when the last page was requested: one request per page, however many renders. */
  atLength: number;
}

/**
 * Brings one row into view by id, e.g. the invoice a link is about: loads more pages of
 * `list` until the row is loaded (at most `maxPages`), then shows the page that holds it in
 * the current sort, once per target so a person can page away afterwards. Markup (marking,
 * scrolling, focus) is the view's part; DataTable does it for `targetRowId`.
 *
 * @example
 * const target = useDataTableRowTarget(table, list, invoiceIdFromUrl);
 * // target.rowId === invoiceIdFromUrl once its page is shown
 */
export function useDataTableRowTarget<TRow extends RowData>(
  instance: DataTableInstance<TRow>,
  list: DataTableTargetList,
  targetRowId: string | null | undefined,
  options: UseDataTableRowTargetOptions = {},
): DataTableRowTarget {
  const target = targetRowId ?? null;
  const maxPages = options.maxPages ?? DATA_TABLE_TARGET_MAX_PAGES;
  const { pagination } = instance;
  // By id in the sorted order, never `sortedRows`: that builds every loaded row (issue 14).
  const { indexOfRow } = instance;
  const index = useMemo(() => (target === null ? -1 : indexOfRow(target)), [indexOfRow, target]);
  const found = index >= 0;
  const loaded = list.items.length;

  const [stored, setSearch] = useState<TargetSearch>({ rowId: null, requested: 0, atLength: -1 });
  const search: TargetSearch =
    stored.rowId === target ? stored : { rowId: target, requested: 0, atLength: -1 };
  const { status, error, hasNextPage, isFetchingNextPage, fetchNextPage } = list;

  useEffect(() => {
    if (target === null || found) return;
    if (status !== 'success' || error !== null || !hasNextPage || isFetchingNextPage) return;
    // The list's own "fetching" flag can lag a render behind the request; the row count
    // cannot, so a page is asked for once per count.
    if (search.requested >= maxPages || search.atLength === loaded) return;
    setSearch({ rowId: target, requested: search.requested + 1, atLength: loaded });
    fetchNextPage();
  }, [
    target,
    found,
    status,
    error,
    hasNextPage,
    isFetchingNextPage,
    fetchNextPage,
    loaded,
    search.requested,
    search.atLength,
    maxPages,
  ]);

  // Once per target: after that the page is the person's to change.
  const pagedFor = useRef<string | null>(null);
  const { pageSize, setPageIndex } = pagination;
  useEffect(() => {
    if (target === null) pagedFor.current = null;
    if (target === null || !found || pagedFor.current === target) return;
    pagedFor.current = target;
    setPageIndex(Math.floor(index / pageSize));
  }, [target, found, index, pageSize, setPageIndex]);

  let targetStatus: DataTableRowTarget['status'];
  if (target === null) targetStatus = 'idle';
  else if (found) targetStatus = 'found';
  else if (
    status === 'pending' ||
    isFetchingNextPage ||
    (status === 'success' && error === null && hasNextPage && search.requested < maxPages)
  )
    targetStatus = 'searching';
  else targetStatus = 'not-found';

  return { rowId: found ? target : null, status: targetStatus };
}
