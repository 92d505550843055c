'use client';
/**
 * Keeps a {@link SectionLocation} in the address bar, for hosts without a router of their
 * own: in the hash (`#tickets/tkt_123`) or in query parameters (`?section=tickets&ticket=…`).
 * A host that has a router should keep the location in that router instead, so the two
 * never fight over `history`.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import {
  formatSectionLocation,
  normalizeSectionLocation,
  parseSectionLocation,
  readSearchLocation,
  sameSectionLocation,
  writeSearchLocation,
  type SectionLocation,
} from './location';

/** How a new location enters the browser's history. */
export type HistoryMode = 'push' | 'replace';

/** Options of a location setter call. */
export interface SetSectionLocationOptions {
  /** Replace the current history entry instead of adding one. @default the hook's `history` */
  replace?: boolean | undefined;
}

/** Moves to `location`; a location equal to the current one adds no history entry. */
export type SetSectionLocation = (location: SectionLocation, options?: SetSectionLocationOptions) => void;

/** Options of {@link useHashLocation}. */
export interface UseHashLocationOptions {
  /** `push`: Back returns to the previous section; `replace`: sections add no entries. @default "push" */
  history?: HistoryMode | undefined;
}

/** Options of {@link useSearchParamLocation}. */
export interface UseSearchParamLocationOptions extends UseHashLocationOptions {
  /** The query parameter holding the open ticket's id. @default "ticket" */
  ticketParamName?: string | undefined;
}

// -------------------------------------------------------------------------------------------------
// The address bar as an external store
// -------------------------------------------------------------------------------------------------

// pushState and replaceState fire no event, so every hook of the page is told directly;
// Back, Forward and a typed hash arrive as popstate / hashchange.
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('hashchange', listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('hashchange', listener);
    window.removeEventListener('popstate', listener);
  };
}

function writeUrl(url: string, mode: HistoryMode): void {
  // The host's history.state is kept: routers store their own keys there.
  if (mode === 'replace') window.history.replaceState(window.history.state, '', url);
  else window.history.pushState(window.history.state, '', url);
  for (const listener of [...listeners]) listener();
}

/**
 * How a move enters history: a change of the Tickets list's filters alone (a search being
 * typed, a filter picked) replaces the entry, so Back leaves the list instead of stepping
 * through every keystroke; any other move follows the hook's mode.
 */
function historyModeOf(current: SectionLocation, next: SectionLocation, mode: HistoryMode): HistoryMode {
  const from = normalizeSectionLocation(current);
  const to = normalizeSectionLocation(next);
  return from.section === to.section && from.ticketId === to.ticketId ? 'replace' : mode;
}

const readHash = () => window.location.hash;
const readSearch = () => window.location.search;
// On the server and during hydration there is no address bar: the first paint is the
// default section, the same markup the server sent, then the real location follows.
const serverSnapshot = () => '';

// -------------------------------------------------------------------------------------------------
// Hooks
// -------------------------------------------------------------------------------------------------

/**
 * The portal's location kept in the URL hash: `#tickets/tkt_123`, `#wallet`. An empty or
 * unknown hash (including a host's own anchors such as `#main`) reads as Plan. Safe under
 * SSR: nothing reads `window` during a server render.
 *
 * @example
 * const [location, setLocation] = useHashLocation();
 * <ConnectionPortal location={location} onLocationChange={setLocation} />
 */
export function useHashLocation(
  options: UseHashLocationOptions = {},
): readonly [SectionLocation, SetSectionLocation] {
  const mode = options.history ?? 'push';
  const hash = useSyncExternalStore(subscribe, readHash, serverSnapshot);
  const location = useMemo(() => parseSectionLocation(hash), [hash]);
  const setLocation = useCallback<SetSectionLocation>(
    (next, call = {}) => {
      const current = parseSectionLocation(window.location.hash);
      if (sameSectionLocation(current, next)) return;
      const { pathname, search } = window.location;
      writeUrl(
        `${pathname}${search}#${formatSectionLocation(next)}`,
        call.replace ? 'replace' : historyModeOf(current, next, mode),
      );
    },
    [mode],
  );
  return [location, setLocation] as const;
}

/**
 * The portal's location kept in query parameters: `?section=tickets&ticket=tkt_123`. The
 * host's other parameters and hash are left alone; a missing or unknown section reads as
 * Plan. Safe under SSR.
 *
 * @param paramName the parameter holding the section. @default "section"
 * @example
 * const [location, setLocation] = useSearchParamLocation('tab');
 * <ConnectionPortal location={location} onLocationChange={setLocation} />
 */
export function useSearchParamLocation(
  paramName = 'section',
  options: UseSearchParamLocationOptions = {},
): readonly [SectionLocation, SetSectionLocation] {
  const mode = options.history ?? 'push';
  const ticketParamName = options.ticketParamName ?? 'ticket';
  const search = useSyncExternalStore(subscribe, readSearch, serverSnapshot);
  const location = useMemo(
    () => readSearchLocation(search, { section: paramName, ticket: ticketParamName }),
    [search, paramName, ticketParamName],
  );
  const setLocation = useCallback<SetSectionLocation>(
    (next, call = {}) => {
      const params = { section: paramName, ticket: ticketParamName };
      const { pathname, search: currentSearch, hash } = window.location;
      const current = readSearchLocation(currentSearch, params);
      if (sameSectionLocation(current, next)) return;
      writeUrl(
        `${pathname}${writeSearchLocation(currentSearch, next, params)}${hash}`,
        call.replace ? 'replace' : historyModeOf(current, next, mode),
      );
    },
    [mode, paramName, ticketParamName],
  );
  return [location, setLocation] as const;
}
