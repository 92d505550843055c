'use client';
/**
 * ConnectionAlerts: what needs the Sub-Org's attention — overdue invoices, a wallet that
 * falls short of the open invoices, tickets awaiting your reply, failed payouts — most
 * urgent first, each linking to its section. Nothing at all is rendered when all is well
 * (no empty box), while it loads, or when it cannot be loaded. A thin view over
 * {@link useConnectionAlerts}.
 */
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useConnectionAlerts } from '../../hooks/connectionAlerts';
import type { ConnectionSection } from '../../model/sections';
import { useSectionMessages } from '../../provider/RevampdProvider';
import { Button } from '../ui/Button';
import { joinClassNames, useElementClass } from '../ui/elementClass';
import { withWidgetBoundary } from '../ui/WidgetBoundary';
import { enUSAlerts } from '../../i18n/en-US';

/** Props of {@link ConnectionAlerts}: other `<section>` attributes (`id`, `aria-*`, `data-*`) go on its root. */
export interface ConnectionAlertsProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /**
   * Called with the section an alert is about when a person follows its link ("View
   * invoices"). Without it, alerts show no links: the host decides how sections are reached
   * (ConnectionPortal passes its own).
   * @default undefined
   */
  onNavigate?: ((section: ConnectionSection) => void) | undefined;
  /** Classes added to the root `<section>`, after its own `rvp-ConnectionAlerts rvp-widget`. */
  className?: string | undefined;
}

/**
 * The attention banner. The root is a region named "Needs your attention" with
 * `data-state="ready"`; each item carries `data-kind` and `data-tone`.
 */
const ConnectionAlertsView = /*#__PURE__*/ forwardRef<HTMLElement, ConnectionAlertsProps>(
  function ConnectionAlerts({ onNavigate, className, ...rest }, ref) {
    const m = useSectionMessages('alerts', enUSAlerts);
    const { alerts } = useConnectionAlerts();
    const widgetClass = useElementClass('widget');
    const itemClass = joinClassNames('rvp-ConnectionAlerts-item', useElementClass('alert'));
    if (alerts.length === 0) return null;
    return (
      <section
        aria-label={m.label}
        {...rest}
        ref={ref}
        className={joinClassNames('rvp-ConnectionAlerts', 'rvp-widget', widgetClass, className)}
        data-state="ready"
      >
        <ul className="rvp-ConnectionAlerts-list">
          {alerts.map((alert) => (
            <li key={alert.kind} className={itemClass} data-kind={alert.kind} data-tone={alert.tone}>
              <span className="rvp-ConnectionAlerts-text">{alert.text}</span>
              {onNavigate && (
                <Button
                  variant="ghost"
                  className="rvp-ConnectionAlerts-link"
                  onClick={() => onNavigate(alert.section)}
                >
                  {alert.actionLabel}
                </Button>
              )}
            </li>
          ))}
        </ul>
      </section>
    );
  },
);

/** {@link ConnectionAlertsView} inside its own error boundary (faults.md 36). */
export const ConnectionAlerts = /*#__PURE__*/ withWidgetBoundary('ConnectionAlerts', ConnectionAlertsView);
