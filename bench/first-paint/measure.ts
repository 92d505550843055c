/**
 * When the Plan notice's heading was painted, measured the same way on every first-paint
 * page; each page's entry imports this module first, so it runs before React does.
 *
 * - Element Timing (the primary figure): the moment the heading is inserted, a
 *   MutationObserver (a microtask, so before the next frame) gives it an `elementtiming`
 *   attribute; Chromium then reports a `PerformanceElementTiming` entry whose `renderTime`
 *   is when the frame that first painted its text was presented, in ms since navigation
 *   start (`performance.timeOrigin`).
 * - A frame-based cross-check: a `requestAnimationFrame` after the insertion and a task
 *   queued from it, which runs once that frame's style, layout and paint are done.
 *
 * Results land on `window.__firstPaint` for scripts/first-paint.mjs. A function to call,
 * not a side-effect import: the package declares its modules free of side effects
 * (`sideEffects` in package.json), so a bundler drops `import './measure'` unused.
 */

/** The heading's text in en-US, as the library's messages and the bare page write it. */
export const PLAN_HEADING = 'Revampd Access Managed by Your Partner';

const IDENTIFIER = 'plan-heading';

/** What a page reports: ms since navigation start, or null while not (yet) known. */
export interface FirstPaint {
  /** The page's script began to run (everything before it is download, parse and compile). */
  started: number | null;
  /** The page asked the in-memory API for the plan. */
  requested: number | null;
  /** The heading was inserted into the document. */
  inserted: number | null;
  /** Element Timing's `renderTime` of the heading's text. */
  element: number | null;
  /** After the first frame following the insertion was painted. */
  frame: number | null;
  /** API paths the page asked that the in-memory API did not know. */
  unknownPaths: string[];
}

declare global {
  interface Window {
    __firstPaint: FirstPaint;
  }
}

function findHeading(): HTMLElement | null {
  for (const heading of document.querySelectorAll<HTMLElement>('h1, h2, h3')) {
    if (heading.textContent?.trim() === PLAN_HEADING) return heading;
  }
  return null;
}

/** What this page measured so far; the in-memory API (api.ts) notes its requests here. */
export const firstPaint: FirstPaint = {
  started: null,
  requested: null,
  inserted: null,
  element: null,
  frame: null,
  unknownPaths: [],
};

/** Starts watching for the heading; call it before rendering anything. */
export function measureFirstPaint(): void {
  const result = firstPaint;
  result.started = performance.now();
  window.__firstPaint = result;

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      identifier?: string;
      renderTime?: number;
    })[]) {
      if (entry.identifier === IDENTIFIER && result.element === null) {
        result.element = entry.renderTime || entry.startTime;
      }
    }
  }).observe({ type: 'element', buffered: true });

  const watcher = new MutationObserver(() => {
    const heading = findHeading();
    if (!heading) return;
    watcher.disconnect();
    heading.setAttribute('elementtiming', IDENTIFIER);
    result.inserted = performance.now();
    requestAnimationFrame(() => {
      setTimeout(() => {
        result.frame = performance.now();
      }, 0);
    });
  });
  watcher.observe(document, { childList: true, subtree: true, characterData: true });
}
