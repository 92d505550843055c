/** The listFilters section's strings in US English (see `enUS` in ../en-US.ts for how messages work). */
export const enUSListFilters = {
  label: 'Filters',
  all: 'All',
  from: 'From',
  to: 'To',
  search: 'Search',
  clear: 'Clear filters',
  searchTooLong: 'Search for {max} characters or fewer: this text has {count}. Nothing was searched.',
  invalidDate: 'Enter a complete date.',
  toBeforeFrom: '“To” must be on or after “From”.',
};
