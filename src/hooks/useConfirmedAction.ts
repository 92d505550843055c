/**
 * The confirm-then-mutate flow every row action shares (cancel an add-on, pay an invoice):
 * a person asks for the action on a row, a confirmation opens, and confirming runs the
 * mutation once, whatever the clicks. State and actions only; the widget draws the dialog.
 */
import { useCallback, useRef, useState } from 'react';
import type { RevampdError } from '../api/errors';
import { useErrorText } from './errorText';
import { toRevampdError, type IdempotentMutation } from './shared';

// -------------------------------------------------------------------------------------------------
// Types
// -------------------------------------------------------------------------------------------------

/** Options of {@link useConfirmedAction}. */
export interface UseConfirmedActionOptions<TItem, TVariables, TResult> {
  /**
   * The rows the target is found in by id (a list's `items`), so the confirmation always
   * shows the row as it is now, and closes if the row goes away.
   */
  items: readonly TItem[];
  /** A row's stable id. */
  getId: (item: TItem) => string;
  /** Whether a row may have the action; `request` ignores the others. @default every row */
  canRun?: ((item: TItem) => boolean) | undefined;
  /** The mutation the confirmation runs (one Idempotency-Key per intent). */
  mutation: Pick<IdempotentMutation<TVariables, TResult>, 'mutate' | 'reset' | 'isPending' | 'error'>;
  /** The mutation's variables for the confirmed row. */
  variables: (item: TItem) => TVariables;
  /** The polite announcement after a success, e.g. "Main line was cancelled." */
  successNotice: (result: TResult, item: TItem) => string;
  /** Told of a failure, e.g. to refetch the list when someone else acted first. */
  onError?: ((error: RevampdError | null, item: TItem) => void) | undefined;
  /**
   * Plain words for the errors this action knows (e.g. `insufficient_funds`); return null
   * or undefined to use the library's sentence for the error.
   */
  describeError?: ((error: RevampdError) => string | null | undefined) | undefined;
}

/** What {@link useConfirmedAction} returns. */
export interface ConfirmedAction<TItem> {
  /** The row whose confirmation is open, or null (the confirmation is closed). */
  target: TItem | null;
  /** Whether a row may have the action (the same test `request` applies). */
  canRun: (item: TItem) => boolean;
  /** Opens the confirmation for a row (ignored for rows `canRun` refuses). */
  request: (item: TItem) => void;
  /** Closes the confirmation without running the action. */
  dismiss: () => void;
  /**
   * Runs the action on the target once, whatever the clicks: a second call while the first
   * runs gets the same promise. Closes the confirmation on success; a failure stays in
   * `error`. Never rejects.
   */
  confirm: () => Promise<void>;
  /** The action is running. */
  isPending: boolean;
  /** The failure of the last attempt, only while its confirmation is open. */
  error: RevampdError | null;
  /** {@link error} in plain words, for the confirmation. */
  errorText: string | null;
  /** The last success in plain words, for a polite live region (empty before any). */
  notice: string;
}

// -------------------------------------------------------------------------------------------------
// useConfirmedAction
// -------------------------------------------------------------------------------------------------

const always = () => true;

/**
 * A row action behind a confirmation: which row is targeted, opening and closing the
 * confirmation, running the mutation once and the success notice.
 *
 * @example
 * const cancel = useConfirmedAction({
 *   items: list.items,
 *   getId: (addOn) => addOn.id,
 *   canRun: canCancelAddOn,
 *   mutation: useCancelAddOn(),
 *   variables: (addOn) => ({ addOnId: addOn.id }),
 *   successNotice: (cancelled) => t(messages.addOns.cancelled, { name: cancelled.name }),
 * });
 */
export function useConfirmedAction<TItem, TVariables, TResult>(
  options: UseConfirmedActionOptions<TItem, TVariables, TResult>,
): ConfirmedAction<TItem> {
  const { items, getId, canRun = always, mutation } = options;
  const describe = useErrorText();
  const [targetId, setTargetId] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const target = targetId === null ? null : (items.find((item) => getId(item) === targetId) ?? null);

  // The latest options, read when a confirmation runs, so the callbacks keep one identity.
  const latest = useRef(options);
  latest.current = options;
  const latestTarget = useRef(target);
  latestTarget.current = target;
  const running = useRef<Promise<void> | null>(null);
  const { mutate, reset } = mutation;

  const request = useCallback(
    (item: TItem) => {
      const { canRun: allowed = always, getId: idOf } = latest.current;
      if (!allowed(item)) return;
      // A failure belongs to the attempt it came from, not to the next row's confirmation.
      reset();
      setTargetId(idOf(item));
    },
    [reset],
  );
  const dismiss = useCallback(() => setTargetId(null), []);

  const confirm = useCallback((): Promise<void> => {
    if (running.current) return running.current;
    const item = latestTarget.current;
    if (item === null) return Promise.resolve();
    const { variables, getId: idOf } = latest.current;
    const id = idOf(item);
    const attempt = (async () => {
      try {
        const result = await mutate(variables(item));
        // Only this row's confirmation closes: another may have been opened meanwhile.
        setTargetId((current) => (current === id ? null : current));
        setNotice(latest.current.successNotice(result, item));
      } catch (error) {
        // The error stays on the mutation and is shown in the confirmation.
        latest.current.onError?.(toRevampdError(error), item);
      } finally {
        running.current = null;
      }
    })();
    running.current = attempt;
    return attempt;
  }, [mutate]);

  const error = targetId === null ? null : mutation.error;
  const errorText = error ? (options.describeError?.(error) ?? describe(error)) : null;

  return {
    target,
    canRun,
    request,
    dismiss,
    confirm,
    isPending: mutation.isPending,
    error,
    errorText,
    notice,
  };
}
