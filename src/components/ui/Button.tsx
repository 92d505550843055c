import { forwardRef, type ButtonHTMLAttributes } from 'react';
import type { AppearanceElement } from '../../theme/appearance';
import { joinClassNames, useElementClass } from './elementClass';

/** Props of {@link Button}. */
export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** @default "secondary" */
  variant?: 'primary' | 'secondary' | 'danger' | 'ghost';
  /** Shows the button as busy; it stays focusable but ignores clicks. */
  busy?: boolean;
}

// The `appearance.elements` part of each variant, added after `button`'s.
const VARIANT_ELEMENT = {
  primary: 'primaryButton',
  secondary: 'secondaryButton',
  danger: 'dangerButton',
  ghost: 'ghostButton',
} as const satisfies Record<NonNullable<ButtonProps['variant']>, AppearanceElement>;

/**
 * The library's button. A busy button keeps focus (a disabled one would drop it to the
 * page) and swallows clicks, so a double click cannot fire its action twice.
 */
export const Button = /*#__PURE__*/ forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'secondary', busy = false, className, onClick, type = 'button', ...rest },
  ref,
) {
  const hostClass = useElementClass('button', VARIANT_ELEMENT[variant]);
  return (
    <button
      ref={ref}
      type={type}
      className={joinClassNames('rvp-Button', hostClass, className)}
      data-variant={variant}
      data-busy={busy ? '' : undefined}
      aria-disabled={busy || undefined}
      onClick={(event) => {
        if (busy) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
      {...rest}
    />
  );
});
