/**
 * The headless core of every table in the library: TanStack Table v9 features, column
 * meta, sorting and client pagination state, the sort announcement and CSV building.
 * No markup here, so hosts can render their own table on the same state (and the
 * `headless` entry point can export it without a widget or CSS).
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
import type { ListQuery } from './shared';
import { useRevampd } from '../provider/RevampdProvider';

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

/** Column definitions of a DataTable, as `columnHelper.columns([...])` returns them. */
export type DataTableColumns<TRow extends RowData> = TableOptions<DataTableFeatures<TRow>, TRow>['columns'];

/** A row of a DataTable. */
export type DataTableRow<TRow extends RowData> = Row<DataTableFeatures<TRow>, TRow>;

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

/** Options of {@link useDataTable}. */
export interface UseDataTableOptions<TRow extends RowData> {
  /** From {@link defineDataTable}, at module scope. */
  features: DataTableFeatures<TRow>;
  /** Stable (module scope or memoised) column definitions. */
  columns: DataTableColumns<TRow>;
  /** Every loaded row, e.g. `ListQuery.items` (stable between changes). */
  data: readonly TRow[];
  /** A row's stable id, so sorting and updates never mix rows up. */
  getRowId: (row: TRow) => string;
  /** The sort shown first. @default [] (the API's order, newest first) */
  initialSorting?: SortingState | undefined;
  /** Rows per page first. @default 10 */
  initialPageSize?: number | undefined;
}

/** The sort of a table as assistive tech names it. */
export interface DataTableSort {
  columnId: string;
  direction: 'ascending' | 'descending';
}

/** Client pagination over the loaded rows. */
export interface DataTablePagination {
  /** 0-based. */
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
export interface DataTableInstance<TRow extends RowData> {
  /** The TanStack table, for anything not covered here. */
  table: ReactTable<DataTableFeatures<TRow>, TRow>;
  /** The rows of the current page, in the current sort. */
  rows: DataTableRow<TRow>[];
  /** Every loaded row in the current sort (what the CSV holds). */
  sortedRows: DataTableRow<TRow>[];
  /** The sorted column, or null for the API's order. */
  sort: DataTableSort | null;
  /** Sorts by a column, flipping the direction when it is already sorted by it. */
  toggleSort: (columnId: string) => void;
  /** The polite announcement of the last sort change (empty before any). */
  announcement: string;
  pagination: DataTablePagination;
  /** The plain-text name of a column (its string header or `meta.label`). */
  columnLabel: (columnId: string) => string;
  /** The loaded rows, in the current sort, as an RFC 4180 CSV document. */
  toCsv: () => string;
}

/**
 * Sorting and client pagination over loaded rows, on TanStack Table v9. Sorting uses the
 * raw accessor values; pages stay put when rows change (a cancelled add-on keeps its
 * page), and the index is clamped when rows shrink.
 */
export function useDataTable<TRow extends RowData>(
  options: UseDataTableOptions<TRow>,
): DataTableInstance<TRow> {
  const { features, columns, data, getRowId, initialSorting, initialPageSize = 10 } = options;
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
      sorting: initialSorting ?? [],
      pagination: { pageIndex: 0, pageSize: initialPageSize },
    },
  });

  const { sorting, pagination } = table.state;
  const first = sorting[0];
  const sort: DataTableSort | null = first
    ? { columnId: first.id, direction: first.desc ? 'descending' : 'ascending' }
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
  const pageCount = Math.max(1, Math.ceil(rowCount / pagination.pageSize));
  // Rows can shrink under the current page (a refetch, a host filter): show the last page.
  const pageIndex = Math.min(pagination.pageIndex, pageCount - 1);
  if (pageIndex !== pagination.pageIndex) table.setPageIndex(pageIndex);

  const sortedRows = table.getPrePaginatedRowModel().rows;
  const rows = table.getRowModel().rows;

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
      pageSize: pagination.pageSize,
      canPrevious: pageIndex > 0,
      canNext: pageIndex < pageCount - 1,
      previous: () => table.setPageIndex((index) => Math.max(0, index - 1)),
      next: () => table.setPageIndex((index) => Math.min(pageCount - 1, index + 1)),
      setPageIndex: (index) => table.setPageIndex(Math.max(0, Math.min(pageCount - 1, index))),
      setPageSize: (size) =>
        table.setPagination((state) => {
          // Keep the first row of the current page in view.
          const firstRow = state.pageIndex * state.pageSize;
          return { pageSize: size, pageIndex: Math.floor(firstRow / size) };
        }),
    }),
    [table, pageIndex, pageCount, pagination.pageSize],
  );

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
