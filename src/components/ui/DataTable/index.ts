/**
 * The shared DataTable: a styled view (`DataTable`) over a headless core
 * (`defineDataTable`, `useDataTable`) on TanStack Table v9. See DataTable.tsx for a usage
 * example; `csvMoney` / `csvInstant` / `moneyCsvHeaders` build export cells.
 */
export {
  DataTable,
  type DataTableCells,
  type DataTableListState,
  type DataTableProps,
  type DataTableRowActions,
} from './DataTable';
export * from '../../../hooks/dataTable';
export { downloadCsv } from './downloadCsv';
export * from './DataTableFilters';
export { csvFileName, csvInstant, csvMoney, escapeCsvCell, toCsv, type CsvCell } from '../../../format/csv';
