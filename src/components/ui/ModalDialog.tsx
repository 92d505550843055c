'use client';
/**
 * ModalDialog: the native `<dialog>` opened with `showModal()`, the one frame of the
 * library's dialogs (ConfirmDialog, AddOnPurchase's purchase dialog). The browser makes the
 * rest of the page inert, traps focus, closes on Escape and draws the backdrop, with no
 * inline style or script, so it works under a strict CSP. This part adds what the browser
 * leaves to the page: opening and closing with a controlled `open`, Escape asking the
 * parent instead of closing behind React's back, and focus given back to the opener.
 */
import { useEffect, useRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { joinClassNames, useElementClass } from './elementClass';
import { useIsomorphicLayoutEffect } from '../../provider/isomorphicLayoutEffect';

// -------------------------------------------------------------------------------------------------
// Props
// -------------------------------------------------------------------------------------------------

/**
 * Props of {@link ModalDialog}. Other attributes (`className`, `aria-labelledby`, `data-*`…)
 * go to the `<dialog>`.
 */
export interface ModalDialogProps extends Omit<ComponentPropsWithoutRef<'dialog'>, 'open' | 'onCancel'> {
  /** Shows the dialog (modal) while true; its children are rendered only then. */
  open: boolean;
  /** Escape (the dialog's `cancel` event): the parent sets `open` to false. */
  onCancel: () => void;
  /**
   * Where focus goes once the dialog shows. @default the browser's choice (the first
   * focusable element), which the content may move on from in its own effects
   */
  initialFocus?: (() => HTMLElement | null) | undefined;
  /**
   * Where focus goes on close when the element that opened the dialog is gone (e.g. a
   * row's Cancel button removed by the cancellation). @default none: the browser decides
   */
  fallbackFocus?: (() => HTMLElement | null) | undefined;
  children?: ReactNode;
}

// -------------------------------------------------------------------------------------------------
// ModalDialog
// -------------------------------------------------------------------------------------------------

/**
 * A modal `<dialog>` controlled by `open`: shown with `showModal()` before the content's own
 * effects run (they may move focus inside it), closed when `open` turns false or it
 * unmounts, with focus back on the element that had it before (or `fallbackFocus`).
 */
export function ModalDialog({
  open,
  onCancel,
  initialFocus,
  fallbackFocus,
  className,
  children,
  ...rest
}: ModalDialogProps) {
  const hostClass = useElementClass('dialog');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  // The latest callbacks, read when the dialog opens, closes or is cancelled.
  const callbacks = useRef({ onCancel, initialFocus, fallbackFocus });
  callbacks.current = { onCancel, initialFocus, fallbackFocus };

  // A layout effect: the dialog is shown before any effect of its content puts focus in it.
  useIsomorphicLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || !open) return;
    const active = dialog.ownerDocument.activeElement;
    openerRef.current = active instanceof HTMLElement && !dialog.contains(active) ? active : null;
    if (!dialog.open) {
      // jsdom and very old engines lack showModal(); the `open` attribute still shows it.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    callbacks.current.initialFocus?.()?.focus();
    return () => {
      if (dialog.open) {
        if (typeof dialog.close === 'function') dialog.close();
        else dialog.removeAttribute('open');
      }
      const opener = openerRef.current;
      const target = opener?.isConnected ? opener : callbacks.current.fallbackFocus?.();
      target?.focus();
    };
  }, [open]);

  // Escape fires `cancel`: keep the dialog controlled by the parent instead of closing it
  // behind React's back.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const handleCancel = (event: Event) => {
      event.preventDefault();
      callbacks.current.onCancel();
    };
    dialog.addEventListener('cancel', handleCancel);
    return () => dialog.removeEventListener('cancel', handleCancel);
  }, []);

  return (
    // The dialog's own classes first, then the host's `appearance.elements.dialog`.
    <dialog {...rest} ref={dialogRef} className={joinClassNames(className, hostClass) || undefined}>
      {open && children}
    </dialog>
  );
}
