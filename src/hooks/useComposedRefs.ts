/**
 * One ref from several: a widget forwards its root to the host (React.forwardRef) and
 * keeps a ref of its own on the same element (focus, direction). Works on React 18 and 19.
 * Internal to the widgets: not part of the headless surface.
 */
import { useCallback, type Ref, type RefCallback } from 'react';

/** Sets every ref in `refs` to `value`: calls callback refs, assigns object refs. */
export function setRefs<T>(refs: ReadonlyArray<Ref<T> | undefined>, value: T | null): void {
  for (const ref of refs) {
    if (typeof ref === 'function') ref(value);
    else if (ref) (ref as { current: T | null }).current = value;
  }
}

/**
 * A callback ref that fills all of `refs`. Its identity changes only when one of them
 * does, so React does not detach and re-attach the element on every render.
 *
 * @example
 * const TicketDetail = forwardRef<HTMLElement, TicketDetailProps>(function TicketDetail(props, ref) {
 *   const rootRef = useRef<HTMLElement>(null);
 *   return <article ref={useComposedRefs(ref, rootRef)} />;
 * });
 */
export function useComposedRefs<T>(...refs: Array<Ref<T> | undefined>): RefCallback<T> {
  // The refs themselves are the dependencies: a new ref object means a new callback.
  return useCallback((value: T | null) => setRefs(refs, value), refs);
}
