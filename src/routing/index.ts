export {
  DEFAULT_SECTION_LOCATION,
  formatSectionLocation,
  normalizeSectionLocation,
  normalizeTicketLocationFilters,
  parseSectionLocation,
  readSearchLocation,
  readTicketId,
  sameSectionLocation,
  writeSearchLocation,
  type SearchLocationParams,
  type SectionLocation,
  type TicketLocationFilters,
} from './location';
export {
  useHashLocation,
  useSearchParamLocation,
  type HistoryMode,
  type SetSectionLocation,
  type SetSectionLocationOptions,
  type UseHashLocationOptions,
  type UseSearchParamLocationOptions,
} from './useUrlLocation';
