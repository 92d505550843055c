import { useId, type ReactNode, type RefObject } from 'react';

/** Props of {@link SectionShell}. */
export interface SectionShellProps {
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
 * announces and labels itself the same way.
 */
export function SectionShell(props: SectionShellProps) {
  const headingId = useId();
  return (
    <section
      className={[props.widgetClassName, 'rvp-widget', props.className].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      aria-busy={props.busy || undefined}
    >
      <h2 id={headingId} ref={props.headingRef} tabIndex={-1} className="rvp-Section-heading">
        {props.heading}
      </h2>
      {props.intro !== undefined && <p className="rvp-Section-intro">{props.intro}</p>}
      {props.notice !== undefined && (
        <div className="rvp-visually-hidden" role="status">
          {props.notice}
        </div>
      )}
      {props.children}
    </section>
  );
}
