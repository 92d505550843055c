/** The table section's strings in US English (see `enUS` in ../en-US.ts for how messages work). */
export const enUSTable = {
  sortAscending: 'Sorted by {column}, ascending',
  sortDescending: 'Sorted by {column}, descending',
  sortButton: 'Sort by {column}',
  /** Shown above the sort buttons when the rows are drawn as cards (no header row to read). */
  sortBy: 'Sort by',
  position: '{first}–{last} of {total}',
  positionMore: '{first}–{last} of {total}+',
  rowsPerPage: 'Rows per page',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  exportCsv: 'Export CSV',
  exporting: 'Exporting…',
  empty: 'Nothing here yet.',
  pagination: 'Pagination',
};
