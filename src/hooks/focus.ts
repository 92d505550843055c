/**
 * Focus for views that open in place of a list (a ticket's detail instead of the tickets
 * table): where focus goes when the view opens, and where it comes back to when it closes.
 * Headless: they hand out refs and never render, so a host's own markup gets the same
 * keyboard and screen-reader behaviour as the widgets.
 */
import { useCallback, useEffect, useRef, type RefCallback, type RefObject } from 'react';

// -------------------------------------------------------------------------------------------------
// useAutoFocus
// -------------------------------------------------------------------------------------------------

/** Options of {@link useAutoFocus}. */
export interface UseAutoFocusOptions {
  /** Move focus at all; off when the view is part of a page rather than opened. @default true */
  enabled?: boolean | undefined;
  /** What the view shows (e.g. a ticket id): focus moves once per key. */
  key: string;
  /** The target (usually the heading) is rendered; until then the container holds focus. */
  ready: boolean;
}

/** What {@link useAutoFocus} returns: refs for the view's container and its target. */
export interface AutoFocus<TContainer extends HTMLElement, TTarget extends HTMLElement> {
  /** The view's root; give it `tabIndex={-1}` so it can hold focus while loading. */
  containerRef: RefObject<TContainer | null>;
  /** The element focus lands on once `ready` (give it `tabIndex={-1}` if it is a heading). */
  targetRef: RefObject<TTarget | null>;
}

/**
 * Moves focus into a view that just replaced what had it: to its target (the heading) once
 * it is rendered, once per `key`; while it loads, to the container itself, so focus never
 * falls back to the page when the button that opened the view disappears.
 */
export function useAutoFocus<
  TContainer extends HTMLElement = HTMLElement,
  TTarget extends HTMLElement = HTMLHeadingElement,
>({ enabled = true, key, ready }: UseAutoFocusOptions): AutoFocus<TContainer, TTarget> {
  const containerRef = useRef<TContainer | null>(null);
  const targetRef = useRef<TTarget | null>(null);
  const focusedFor = useRef<string | null>(null);

  useEffect(() => {
    if (!enabled) return;
    if (ready) {
      if (focusedFor.current === key) return;
      focusedFor.current = key;
      targetRef.current?.focus();
      return;
    }
    const container = containerRef.current;
    // Only before the first target: a later reload must not pull focus from where the person is.
    if (focusedFor.current === null && container && !container.contains(document.activeElement)) {
      container.focus();
    }
  }, [enabled, ready, key]);

  return { containerRef, targetRef };
}

// -------------------------------------------------------------------------------------------------
// useFocusReturn
// -------------------------------------------------------------------------------------------------

/** Options of {@link useFocusReturn}. */
export interface UseFocusReturnOptions {
  /**
   * The id whose view is shown instead of the list (e.g. the open ticket), or `null` while
   * the list is shown. Focus returns only once it is `null`.
   */
  awayId: string | null;
  /** The list's rows have settled (not loading): a row still missing will not come. */
  settled: boolean;
}

/** What {@link useFocusReturn} returns. */
export interface FocusReturn {
  /** Attach to the list's container: rows are found in it by `data-row-id`. */
  listRef: RefObject<HTMLElement | null>;
  /** Attach to the list's heading (with `tabIndex={-1}`): focus goes there when the row is gone. */
  fallbackRef: RefObject<HTMLHeadingElement | null>;
  /**
   * Attach to the view shown instead of the list. If it goes away while holding focus (a
   * host router's Back, a link), focus goes back to the row of the id it showed.
   */
  awayRef: RefCallback<HTMLElement>;
  /** Puts focus back on `id`'s row once the list shows it (e.g. after a Back button). */
  returnTo: (id: string) => void;
}

/**
 * The element of a row to focus: the button of its row header (the row's own action), as
 * DataTable renders it, or else the first button in the row. Ids are compared as strings
 * rather than put into a selector: they come from the API.
 */
function rowFocusTarget(container: HTMLElement | null, id: string): HTMLElement | null {
  if (!container) return null;
  for (const row of container.querySelectorAll<HTMLElement>('[data-row-id]')) {
    if (row.dataset['rowId'] !== id) continue;
    return row.querySelector<HTMLElement>('[scope="row"] button') ?? row.querySelector<HTMLElement>('button');
  }
  return null;
}

/**
 * Gives focus back to the row a detail was opened from, once the list is shown again (or
 * to the list's heading when the row is gone, e.g. filtered out after a close), whether
 * the detail closed by its Back button or from outside while it held focus. Focus that was
 * elsewhere stays where it is.
 */
export function useFocusReturn({ awayId, settled }: UseFocusReturnOptions): FocusReturn {
  const listRef = useRef<HTMLElement | null>(null);
  const fallbackRef = useRef<HTMLHeadingElement | null>(null);
  const pending = useRef<string | null>(null);

  // The id the page shows now. Read when the away view detaches: React detaches a ref
  // before it removes the element, while focus is still inside and before this commit's
  // effects run, so it still holds the id that view was showing.
  const shownId = useRef(awayId);
  useEffect(() => {
    shownId.current = awayId;
  }, [awayId]);

  const awayElement = useRef<HTMLElement | null>(null);
  const awayRef = useCallback((element: HTMLElement | null) => {
    if (element) {
      awayElement.current = element;
      return;
    }
    const leaving = awayElement.current;
    awayElement.current = null;
    const id = shownId.current;
    if (leaving && id !== null && leaving.contains(leaving.ownerDocument.activeElement)) {
      pending.current = id;
    }
  }, []);

  const returnTo = useCallback((id: string) => {
    pending.current = id;
  }, []);

  // After every render: the row may appear only once its page has loaded.
  useEffect(() => {
    const id = pending.current;
    if (id === null || awayId !== null) return;
    const target = rowFocusTarget(listRef.current, id);
    if (target) {
      pending.current = null;
      target.focus();
    } else if (settled) {
      pending.current = null;
      fallbackRef.current?.focus();
    }
  });

  return { listRef, fallbackRef, awayRef, returnTo };
}
