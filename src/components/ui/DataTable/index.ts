/**
 * The shared DataTable: a styled view (`DataTable`) over a headless core
 * (`defineDataTable`, `useDataTable`) on TanStack Table v9. See DataTable.tsx for a usage
 * example; `csvMoney` / `csvInstant` / `moneyCsvHeaders` build export cells.
 */
export { DataTable, type DataTableListState, type DataTableProps } from './DataTable';
export {
  DATA_TABLE_PAGE_SIZES,
  DATA_TABLE_TARGET_MAX_PAGES,
  dataTableSortFns,
  defineDataTable,
  moneyCsvHeaders,
  useDataTable,
  useDataTableRowTarget,
  type DataTableColumnMeta,
  type DataTableColumns,
  type DataTableDefinition,
  type DataTableFeatures,
  type DataTableInstance,
  type DataTablePagination,
  type DataTableRow,
  type DataTableRowTarget,
  type DataTableSort,
  type DataTableTargetList,
  type UseDataTableOptions,
  type UseDataTableRowTargetOptions,
} from './useDataTable';
export { downloadCsv } from './downloadCsv';
export { csvFileName, csvInstant, csvMoney, escapeCsvCell, toCsv, type CsvCell } from '../../../format/csv';
