'use client';
/**
 * PlanManagedNotice: section 1, Plan. A Partner-invited Sub-Org has no direct
 * subscription: its plan is managed by the Partner, which this notice says (with the
 * Partner's name and contact when known). A Revampd-managed org sees its plan instead.
 */
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { usePlanNotice, type DirectPlanView, type PartnerManagedView } from '../../hooks/planView';
import { useRevampd, useSectionMessages } from '../../provider/RevampdProvider';
import { withWidgetBoundary } from '../ui/WidgetBoundary';
import { ResourceStates } from '../ui/ResourceState';
import { StatusBadge } from '../ui/StatusBadge';
import { joinClassNames, useElementClass } from '../ui/elementClass';
import { enUSPlan } from '../../i18n/en-US';

/** Props of {@link PlanManagedNotice}: every other `<section>` attribute (`id`, `aria-*`, `data-*`) is passed on. */
export interface PlanManagedNoticeProps extends ComponentPropsWithoutRef<'section'> {
  /** Classes added to the root `<section>`, after its own `rvp-PlanManagedNotice rvp-widget`. */
  className?: string | undefined;
}

// -------------------------------------------------------------------------------------------------
// Parts
// -------------------------------------------------------------------------------------------------

function PartnerManaged({ partner, contactHref }: PartnerManagedView) {
  const { t } = useRevampd();
  const m = useSectionMessages('plan', enUSPlan);
  const headingClass = useElementClass('sectionHeading');
  return (
    <>
      <h2 className={joinClassNames('rvp-Section-heading rvp-PlanManagedNotice-heading', headingClass)}>
        {t(m.managedHeading)}
      </h2>
      <p className="rvp-PlanManagedNotice-body">{t(m.managedBody)}</p>
      <dl className="rvp-PlanManagedNotice-partner">
        <div>
          <dt>{m.partnerLabel}</dt>
          <dd>{partner.name}</dd>
        </div>
        {partner.contactEmail && (
          <div>
            <dt>{m.contactLabel}</dt>
            <dd>{contactHref ? <a href={contactHref}>{partner.contactEmail}</a> : partner.contactEmail}</dd>
          </div>
        )}
      </dl>
    </>
  );
}

function DirectPlanSummary({ plan, statusLabel, statusTone, price, renews }: DirectPlanView) {
  const { t } = useRevampd();
  const m = useSectionMessages('plan', enUSPlan);
  const headingClass = useElementClass('sectionHeading');
  return (
    <>
      <h2 className={joinClassNames('rvp-Section-heading', headingClass)}>{t(m.directHeading)}</h2>
      <div className="rvp-PlanManagedNotice-plan">
        <span className="rvp-PlanManagedNotice-planName">{plan.name}</span>
        <StatusBadge tone={statusTone}>{statusLabel}</StatusBadge>
      </div>
      <p className="rvp-PlanManagedNotice-price">{price}</p>
      {renews && <p className="rvp-PlanManagedNotice-renews">{renews}</p>}
    </>
  );
}

// -------------------------------------------------------------------------------------------------
// PlanManagedNotice
// -------------------------------------------------------------------------------------------------

/** The Plan section: who manages this Sub-Org's access, a view over {@link usePlanNotice}. */
const PlanManagedNoticeView = /*#__PURE__*/ forwardRef<HTMLElement, PlanManagedNoticeProps>(
  function PlanManagedNotice({ className, ...rest }, ref) {
    const { query, view, partnerManaged, direct } = usePlanNotice();
    const widgetClass = useElementClass('widget');
    return (
      <section
        {...rest}
        ref={ref}
        className={joinClassNames('rvp-PlanManagedNotice', 'rvp-widget', widgetClass, className)}
        aria-busy={view.kind === 'loading' || undefined}
        data-state={view.kind}
        data-managed-by={query.data?.managedBy}
      >
        <ResourceStates
          view={view}
          onRetry={query.refetch}
          retrying={query.isFetching}
          updatedAt={query.dataUpdatedAt}
        >
          {partnerManaged && <PartnerManaged {...partnerManaged} />}
          {direct && <DirectPlanSummary {...direct} />}
        </ResourceStates>
      </section>
    );
  },
);

/** {@link PlanManagedNoticeView} inside its own error boundary (faults.md 36). */
export const PlanManagedNotice = /*#__PURE__*/ withWidgetBoundary('PlanManagedNotice', PlanManagedNoticeView);
