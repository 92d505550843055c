/**
 * One way to be controlled or uncontrolled, as Radix does it: a widget takes `value`,
 * `defaultValue` and `onValueChange` (named for what they hold: `openTicketId`,
 * `defaultOpenTicketId`, `onOpenTicketChange`), and this hook decides which one wins.
 */
import { useCallback, useRef, useState } from 'react';

/** Options of {@link useControllableState}. */
export interface UseControllableStateOptions<T> {
  /** The controlled value; `undefined` means uncontrolled. */
  prop?: T | undefined;
  /** The first value when uncontrolled. */
  defaultProp: T;
  /** Told of every change a person or the widget asks for, controlled or not. */
  onChange?: ((value: T) => void) | undefined;
}

/**
 * A value a host may control. Controlled, a change only calls `onChange` (the host decides);
 * uncontrolled, it is kept here too. A change to the value already shown is not reported.
 *
 * @example
 * const [openTicketId, setOpenTicketId] = useControllableState({
 *   prop: props.openTicketId,
 *   defaultProp: props.defaultOpenTicketId ?? null,
 *   onChange: props.onOpenTicketChange,
 * });
 */
export function useControllableState<T>({
  prop,
  defaultProp,
  onChange,
}: UseControllableStateOptions<T>): [T, (next: T) => void] {
  const [uncontrolled, setUncontrolled] = useState<T>(defaultProp);
  const controlled = prop !== undefined;
  const value = controlled ? prop : uncontrolled;
  // The latest value and callback, so the setter keeps one identity across renders.
  const latest = useRef({ value, controlled, onChange });
  latest.current = { value, controlled, onChange };

  const setValue = useCallback((next: T) => {
    const current = latest.current;
    if (Object.is(next, current.value)) return;
    if (!current.controlled) setUncontrolled(next);
    current.onChange?.(next);
  }, []);

  return [value, setValue];
}
