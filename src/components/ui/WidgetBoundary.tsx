'use client';
/**
 * A widget that throws while rendering (a bug, a host's bad prop) must not take the host
 * page down (faults.md 36): each widget renders inside its own boundary, which shows that
 * widget's error state with Retry, tells the host's `onError` (kind `render`, no payload:
 * an exception's message can hold rendered text), and leaves every other widget working.
 */
import {
  Component,
  forwardRef,
  type ErrorInfo,
  type ForwardRefExoticComponent,
  type ReactNode,
  type RefAttributes,
} from 'react';
import { RevampdError } from '../../api/errors';
import { useRevampd } from '../../provider/RevampdProvider';
import { joinClassNames, useElementClass } from './elementClass';
import { ErrorState } from './ResourceState';

interface BoundaryProps {
  /** The widget's name, reported as the error's code (`render:WalletCard`). */
  name: string;
  report: (error: RevampdError) => void;
  /** The error state's classes: the widget's own, `rvp-widget`, then the host's `widget` ones. */
  className: string;
  children: ReactNode;
}

interface BoundaryState {
  failed: RevampdError | null;
}

/** The class part: React only catches render errors in class components. */
class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { failed: null };

  static getDerivedStateFromError(): Partial<BoundaryState> {
    // The thrown value is never kept: its message could hold a ticket's text or an email.
    return {
      failed: new RevampdError({
        kind: 'render',
        code: 'render_failed',
        message: 'A widget failed to render.',
      }),
    };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    const failed = new RevampdError({
      kind: 'render',
      code: `render:${this.props.name}`,
      message: `${this.props.name} failed to render.`,
    });
    this.props.report(failed);
  }

  private readonly retry = () => this.setState({ failed: null });

  override render() {
    if (this.state.failed) {
      return (
        <div className={this.props.className} data-state="error">
          <ErrorState error={this.state.failed} onRetry={this.retry} />
        </div>
      );
    }
    return this.props.children;
  }
}

/** A widget's own error boundary, wired to the provider's `onError`. */
export function WidgetBoundary({
  name,
  className,
  children,
}: {
  name: string;
  className: string;
  children: ReactNode;
}) {
  const { reportError } = useRevampd();
  // The error state stands where the widget was, so it wears the widget's classes.
  const widgetClass = joinClassNames(className, 'rvp-widget', useElementClass('widget'));
  return (
    <Boundary name={name} report={reportError} className={widgetClass}>
      {children}
    </Boundary>
  );
}

/**
 * Wraps a widget in its own {@link WidgetBoundary}, keeping its ref and props, so the
 * exported widget can never throw into the host's tree.
 *
 * @example
 * export const WalletCard = withWidgetBoundary('WalletCard', WalletCardView);
 */
export function withWidgetBoundary<P extends object, R>(
  name: string,
  Widget: ForwardRefExoticComponent<P & RefAttributes<R>>,
): ForwardRefExoticComponent<P & RefAttributes<R>> {
  const Bounded = forwardRef<R, P>(function Bounded(props, ref) {
    const widgetProps = { ...props, ref } as P & RefAttributes<R>;
    return (
      <WidgetBoundary name={name} className={`rvp-${name}`}>
        <Widget {...widgetProps} />
      </WidgetBoundary>
    );
  });
  Bounded.displayName = name;
  return Bounded as ForwardRefExoticComponent<P & RefAttributes<R>>;
}
