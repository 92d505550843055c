/**
 * The headless core of every table in the library: TanStack Table v9 features, column
 * meta and column factories, sorting and client pagination state, "Load more" (showing
 * the first new row's page), the sort announcement and CSV building. No markup here, so
 * hosts can render their own table on the same state (and the `headless` entry point can
 * export it without a widget or CSS).
 */
import {
  constructSortFn,
  createColumnHelper,
  createPaginatedRowModel,
  createSortedRowModel,
  metaHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnHelper,
  type ReactTable,
  type Row,
  type RowData,
  type SortingState,
  type TableOptions,
} from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { toCsv, type CsvCell } from '../format/csv';
import type { Messages } from '../i18n/en-US';
import type { MessageValues } from '../i18n/messages';
import { useRevampd } from '../provider/RevampdProvider';
import { useFormatters, type Formatters } from './formatters';
import type { ListQuery } from './shared';

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
  return tableFeatures({
    rowSortingFeature,
    rowPaginationFeature,
    sortedRowModel: createSortedRowModel(),
    paginatedRowModel: createPaginatedRowModel(),
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
  messages: Messages;
  /** The provider's `t`: fills a message's `{placeholders}`. */
  t: (template: string, values?: MessageValues) => string;
  format: Formatters;
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
  const { messages, t } = useRevampd();
  const format = useFormatters();
  return useMemo(() => factory({ messages, t, format }), [factory, messages, t, format]);
}

/** What {@link defineDataTable} returns. */
export interface DataTableDefinition<TRow extends RowData> {
  features: DataTableFeatures<TRow>;
  columnHelper: ColumnHelper<DataTableFeatures<TRow>, TRow>;
}

/**
 * The features and a typed column helper for one kind of row. Call it once at module
 * scope: TanStack Table needs `features` to keep its identity between renders.
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
 * The parts of a cursor-paged list {@link useDataTable} reads to load more rows: a
 * `ListQuery` of the same rows fits.
 */
export type DataTableListSource<TRow extends RowData> = Pick<
  ListQuery<TRow>,
  'items' | 'hasNextPage' | 'isFetchingNextPage' | 'fetchNextPage'
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
  /** @deprecated Use `defaultSorting`. */
  initialSorting?: SortingState | undefined;
  /** @deprecated Use `defaultPageSize`. */
  initialPageSize?: number | undefined;
}

/**
 * Options of {@link useDataTable}: the rows come from `list` (which also gives
 * {@link DataTableInstance.loadMore}), or from `data` alone.
 */
export type UseDataTableOptions<
  TRow extends RowData,
  TColumnId extends string = string,
> = UseDataTableBaseOptions<TRow, TColumnId> &
  (
    | {
        /**
         * The cursor-paged list the rows come from (`ListQuery`): its `items` are the rows,
         * and `loadMore` loads its next page and shows the page holding the first new row.
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
  columnId: TColumnId;
  direction: 'ascending' | 'descending';
}

/** Client pagination over the loaded rows. */
export interface DataTablePagination {
  /** 0-based, always within the pages there are (rows can shrink under a page). */
  pageIndex: number;
  /** At least 1, also when there are no rows. */
  pageCount: number;
  pageSize: number;
  canPrevious: boolean;
  canNext: boolean;
  previous: () => void;
  next: () => void;
  setPageIndex: (pageIndex: number) => void;
  setPageSize: (pageSize: number) => void;
}

/** What {@link useDataTable} returns: state and actions, no markup. */
export interface DataTableInstance<TRow extends RowData, TColumnId extends string = string> {
  /** The TanStack table, for anything not covered here. */
  table: ReactTable<DataTableFeatures<TRow>, TRow>;
  /** The rows of the current page, in the current sort. */
  rows: DataTableRow<TRow>[];
  /** Every loaded row in the current sort (what the CSV holds). */
  sortedRows: DataTableRow<TRow>[];
  /** The sorted column, or null for the API's order. */
  sort: DataTableSort<TColumnId> | null;
  /** Sorts by a column, flipping the direction when it is already sorted by it. */
  toggleSort: (columnId: string) => void;
  /** The polite announcement of the last sort change (empty before any). */
  announcement: string;
  pagination: DataTablePagination;
  /** The plain-text name of a column (its string header or `meta.label`). */
  columnLabel: (columnId: string) => string;
  /** The loaded rows, in the current sort, as an RFC 4180 CSV document. */
  toCsv: () => string;
  /**
   * Loads the list's next page, then shows the page that holds the first new row (so the
   * person sees what arrived). Ignored while a page loads or when there is none. `null`
   * when the table was built from `data` without a `list`.
   */
  loadMore: (() => void) | null;
}

// One empty array, so a table without rows keeps stable `data` between renders.
const EMPTY_ROWS: readonly never[] = [];
const NO_SORTING: SortingState = [];

const clampIndex = (index: number, pageCount: number) => Math.max(0, Math.min(pageCount - 1, index));

/**
 * Sorting and client pagination over loaded rows, on TanStack Table v9. Sorting uses the
 * raw accessor values; pages stay put when rows change (a cancelled add-on keeps its
 * page), and the page shown never lies past the last one when rows shrink. With a `list`,
 * `loadMore` loads its next page and shows the first new row's page.
 *
 * @example
 * const list = useInvoices();
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
  const { messages, t } = useRevampd();
  const [announcement, setAnnouncement] = useState('');

  const table = useTable({
    features,
    columns,
    data,
    getRowId: (row) => getRowId(row),
    enableSortingRemoval: false,
    enableMultiSort: false,
    autoResetPageIndex: false,
    initialState: {
      sorting: defaultSorting,
      pagination: { pageIndex: 0, pageSize: defaultPageSize },
    },
  });

  const { sorting, pagination } = table.state;
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
      const next = column.getNextSortingOrder();
      if (next === false) return;
      column.toggleSorting(next === 'desc', false);
      table.setPageIndex(0);
      const template = next === 'asc' ? messages.table.sortAscending : messages.table.sortDescending;
      setAnnouncement(t(template, { column: columnLabel(columnId) }));
    },
    [table, messages, t, columnLabel],
  );

  const rowCount = data.length;
  const { pageSize } = pagination;
  const pageCount = Math.max(1, Math.ceil(rowCount / pageSize));
  // Rows can shrink under the current page (a refetch, a host filter): the last page is
  // shown. Derived here, never written to the table while rendering.
  const pageIndex = clampIndex(pagination.pageIndex, pageCount);
  useEffect(() => {
    // Keep the stored index where the person sees it, so rows growing back do not jump.
    if (pagination.pageIndex > pageIndex) table.setPageIndex(pageIndex);
  }, [table, pagination.pageIndex, pageIndex]);

  const sortedRows = table.getPrePaginatedRowModel().rows;
  // The page is cut from the sorted rows at the derived index, so it is right in the very
  // render the rows shrank (the table's own paginated model still has the stored index).
  const rows = useMemo(
    () => sortedRows.slice(pageIndex * pageSize, (pageIndex + 1) * pageSize),
    [sortedRows, pageIndex, pageSize],
  );

  const toCsvDocument = useCallback((): string => {
    const exported = table.getAllLeafColumns().filter((column) => column.columnDef.meta?.csv);
    const header: CsvCell[] = exported.flatMap((column) => {
      const meta = column.columnDef.meta;
      const names = meta?.csvHeader ?? columnLabel(column.id);
      return typeof names === 'string' ? [names] : [...names];
    });
    const body = table.getPrePaginatedRowModel().rows.map((row) =>
      exported.flatMap((column): CsvCell[] => {
        const value = column.columnDef.meta?.csv?.(row.original);
        return Array.isArray(value) ? [...(value as readonly CsvCell[])] : [value as CsvCell];
      }),
    );
    return toCsv([header, ...body]);
  }, [table, columnLabel]);

  const paginationApi = useMemo<DataTablePagination>(
    () => ({
      pageIndex,
      pageCount,
      pageSize,
      canPrevious: pageIndex > 0,
      canNext: pageIndex < pageCount - 1,
      // From the stored index clamped first: it can lie past the last page for a render.
      previous: () => table.setPageIndex((index) => clampIndex(clampIndex(index, pageCount) - 1, pageCount)),
      next: () => table.setPageIndex((index) => clampIndex(clampIndex(index, pageCount) + 1, pageCount)),
      setPageIndex: (index) => table.setPageIndex(clampIndex(index, pageCount)),
      setPageSize: (size) =>
        table.setPagination((state) => {
          // Keep the first row of the current page in view.
          const firstRow = clampIndex(state.pageIndex, pageCount) * state.pageSize;
          return { pageSize: size, pageIndex: Math.floor(firstRow / size) };
        }),
    }),
    [table, pageIndex, pageCount, pageSize],
  );

  // "Load more": remember how many rows there were; once the page has arrived, show the
  // page holding the first new one. The latest list is read through a ref so `loadMore`
  // keeps one identity.
  const latestList = useRef(list);
  latestList.current = list;
  const rowsBeforeLoadMore = useRef<number | null>(null);
  const hasList = list !== undefined;
  const loadMore = useCallback(() => {
    const source = latestList.current;
    if (!source || !source.hasNextPage || source.isFetchingNextPage) return;
    rowsBeforeLoadMore.current = source.items.length;
    source.fetchNextPage();
  }, []);
  const isFetchingNextPage = list?.isFetchingNextPage ?? false;
  const setPageIndex = paginationApi.setPageIndex;
  useEffect(() => {
    const before = rowsBeforeLoadMore.current;
    if (before === null || isFetchingNextPage) return;
    rowsBeforeLoadMore.current = null;
    if (rowCount > before) setPageIndex(Math.floor(before / pageSize));
  }, [rowCount, isFetchingNextPage, pageSize, setPageIndex]);

  return {
    table,
    rows,
    sortedRows,
    sort,
    toggleSort,
    announcement,
    pagination: paginationApi,
    columnLabel,
    toCsv: toCsvDocument,
    loadMore: hasList ? loadMore : null,
  };
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
  const { sortedRows, pagination } = instance;
  const index = target === null ? -1 : sortedRows.findIndex((row) => row.id === target);
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
