import { forwardRef, useId, type HTMLAttributes, type ReactNode, type RefObject } from 'react';
import { joinClassNames, useElementClass } from './elementClass';

/** Props of {@link SectionShell}. */
export interface SectionShellProps extends Omit<HTMLAttributes<HTMLElement>, 'children' | 'className'> {
  /** The widget's own class, e.g. `rvp-AddOnsTable`. */
  widgetClassName: string;
  /** A host's extra class. */
  className?: string | undefined;
  heading: string;
  intro?: ReactNode;
  /** The section's first load is in flight. */
  busy: boolean;
  /** Polite announcement of the section's last action (e.g. "Invoice 12 was paid"). */
  notice?: string | null | undefined;
  /** Focus target after a dialog whose opener is gone (the heading is focusable by script). */
  headingRef?: RefObject<HTMLHeadingElement | null> | undefined;
  children: ReactNode;
}

/**
 * The frame every table section shares: a section named by its heading, the intro line, a
 * polite live region for action results, then the content. One place, so every section
 * announces and labels itself the same way. The ref is the `<section>`'s, and a widget's
 * other props (`id`, `aria-*`, `data-*`) go on it.
 */
export const SectionShell = /*#__PURE__*/ forwardRef<HTMLElement, SectionShellProps>(function SectionShell(
  { widgetClassName, className, heading, intro, busy, notice, headingRef, children, ...rest },
  ref,
) {
  const headingId = useId();
  const widgetClass = useElementClass('widget');
  const headingClass = useElementClass('sectionHeading');
  return (
    <section
      aria-labelledby={headingId}
      aria-busy={busy || undefined}
      {...rest}
      ref={ref}
      className={joinClassNames(widgetClassName, 'rvp-widget', widgetClass, className)}
    >
      <h2
        id={headingId}
        ref={headingRef}
        tabIndex={-1}
        className={joinClassNames('rvp-Section-heading', headingClass)}
      >
        {heading}
      </h2>
      {intro !== undefined && <p className="rvp-Section-intro">{intro}</p>}
      {notice !== undefined && (
        <div className="rvp-visually-hidden" role="status">
          {notice}
        </div>
      )}
      {children}
    </section>
  );
});
