'use client';
/**
 * ConfirmDialog: "are you sure?" in a {@link ModalDialog}, the native `<dialog>` opened
 * with `showModal()`: the browser makes the rest of the page inert, traps focus, closes on
 * Escape and draws the backdrop, with no inline style or script (strict CSP).
 */
import { useId, useRef, type ReactNode } from 'react';
import { useRevampd } from '../../../provider/RevampdProvider';
import { Button } from '../Button';
import { ModalDialog } from '../ModalDialog';

// -------------------------------------------------------------------------------------------------
// Props
// -------------------------------------------------------------------------------------------------

/** Props of {@link ConfirmDialog}. */
export interface ConfirmDialogProps {
  /** Shows the dialog (modal) while true. */
  open: boolean;
  /** The question, as the dialog's heading and accessible name. */
  title: string;
  /** What happens if confirmed; also the dialog's description. */
  children?: ReactNode;
  /** Text of the confirm button. */
  confirmLabel: string;
  /** Text of the cancel button. @default messages.common.cancel */
  cancelLabel?: string | undefined;
  /** Confirm button text while `busy`. @default confirmLabel */
  busyLabel?: string | undefined;
  /** The confirmed action is running: the confirm button is busy and ignores clicks. */
  busy?: boolean | undefined;
  /** Colour of the confirm button. @default "primary" */
  tone?: 'primary' | 'danger' | undefined;
  /** A problem to show inside the dialog (announced as an alert), e.g. "insufficient funds". */
  error?: ReactNode | undefined;
  /** Hides the confirm button, e.g. when the error makes confirming pointless. @default false */
  hideConfirm?: boolean | undefined;
  /** Called on the confirm button. Ignored while `busy`. */
  onConfirm: () => void;
  /** Called on the cancel button and on Escape; the parent sets `open` to false. */
  onCancel: () => void;
  /**
   * Where focus goes on close when the element that opened the dialog is gone (e.g. a
   * row's Cancel button removed by the cancellation). @default none: the browser decides
   */
  fallbackFocus?: (() => HTMLElement | null) | undefined;
  /** Classes added to the `<dialog>`, after its own `rvp-ConfirmDialog rvp-widget`. */
  className?: string | undefined;
}

// -------------------------------------------------------------------------------------------------
// ConfirmDialog
// -------------------------------------------------------------------------------------------------

/**
 * A modal confirmation. Focus moves to the cancel button (the safe choice) on open and
 * returns to the opener on close; Escape cancels.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const {
    open,
    title,
    children,
    confirmLabel,
    cancelLabel,
    busyLabel,
    busy = false,
    tone = 'primary',
    error,
    hideConfirm = false,
    onConfirm,
    onCancel,
    fallbackFocus,
    className,
  } = props;
  const { messages } = useRevampd();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  return (
    <ModalDialog
      open={open}
      onCancel={onCancel}
      // The safe choice takes focus.
      initialFocus={() => cancelRef.current}
      fallbackFocus={fallbackFocus}
      className={['rvp-ConfirmDialog', 'rvp-widget', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      aria-describedby={children ? bodyId : undefined}
      data-state={open ? 'open' : 'closed'}
      data-busy={busy ? '' : undefined}
    >
      <h2 id={titleId} className="rvp-ConfirmDialog-title">
        {title}
      </h2>
      {children && (
        <div id={bodyId} className="rvp-ConfirmDialog-body">
          {children}
        </div>
      )}
      {error && (
        <div className="rvp-ConfirmDialog-error" role="alert">
          {error}
        </div>
      )}
      <div className="rvp-ConfirmDialog-actions">
        <Button ref={cancelRef} variant="secondary" onClick={onCancel}>
          {cancelLabel ?? messages.common.cancel}
        </Button>
        {!hideConfirm && (
          <Button variant={tone} busy={busy} onClick={onConfirm}>
            {busy ? (busyLabel ?? confirmLabel) : confirmLabel}
          </Button>
        )}
      </div>
    </ModalDialog>
  );
}
