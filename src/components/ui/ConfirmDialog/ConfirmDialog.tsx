'use client';
/**
 * ConfirmDialog: "are you sure?" on the native `<dialog>` opened with `showModal()`. The
 * browser makes the rest of the page inert, traps focus, closes on Escape and draws the
 * backdrop, with no inline style or script, so it works under a strict CSP.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useRevampd } from '../../../provider/RevampdProvider';
import { Button } from '../Button';

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
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const bodyId = useId();
  const fallbackRef = useRef(fallbackFocus);
  fallbackRef.current = fallbackFocus;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || !open) return;
    const active = dialog.ownerDocument.activeElement;
    openerRef.current = active instanceof HTMLElement ? active : null;
    if (!dialog.open) {
      // jsdom and very old engines lack showModal(); the `open` attribute still shows it.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    cancelRef.current?.focus();
    return () => {
      if (dialog.open) {
        if (typeof dialog.close === 'function') dialog.close();
        else dialog.removeAttribute('open');
      }
      const opener = openerRef.current;
      const target = opener?.isConnected ? opener : fallbackRef.current?.();
      target?.focus();
    };
  }, [open]);

  // Escape fires `cancel`: keep the dialog controlled by the parent instead of closing
  // it behind React's back.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const handleCancel = (event: Event) => {
      event.preventDefault();
      onCancel();
    };
    dialog.addEventListener('cancel', handleCancel);
    return () => dialog.removeEventListener('cancel', handleCancel);
  }, [onCancel]);

  return (
    <dialog
      ref={dialogRef}
      className={['rvp-ConfirmDialog', 'rvp-widget', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      aria-describedby={children ? bodyId : undefined}
      data-state={open ? 'open' : 'closed'}
      data-busy={busy ? '' : undefined}
    >
      {open && (
        <>
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
        </>
      )}
    </dialog>
  );
}
