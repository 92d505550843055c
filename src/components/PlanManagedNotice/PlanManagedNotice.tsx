'use client';
/**
 * PlanManagedNotice: section 1, Plan. A Partner-invited Sub-Org has no direct
 * subscription: its plan is managed by the Partner, which this notice says (with the
 * Partner's name and contact when known). A Revampd-managed org sees its plan instead.
 */
import type { DirectPlan, PartnerRef, PlanStatus } from '../../api/schemas';
import { usePlan } from '../../hooks/plan';
import { useFormatters } from '../../hooks/formatters';
import { useRevampd } from '../../provider/RevampdProvider';
import { ErrorState, LoadingState, NoAccessState, StaleNotice } from '../ui/ResourceState';
import { resourceView } from '../ui/resourceView';
import { StatusBadge, type StatusTone } from '../ui/StatusBadge';

/** Props of {@link PlanManagedNotice}. */
export interface PlanManagedNoticeProps {
  className?: string | undefined;
}

// Only a plain address becomes a mailto link; anything else from the API stays text.
const EMAIL = /^[^\s@<>()"']+@[^\s@<>()"']+\.[^\s@<>()"']+$/;

const PLAN_STATUS_TONE: Record<PlanStatus, StatusTone> = {
  active: 'success',
  trialing: 'info',
  past_due: 'warning',
  canceled: 'neutral',
};

// -------------------------------------------------------------------------------------------------
// Parts
// -------------------------------------------------------------------------------------------------

function PartnerManaged({ partner }: { partner: PartnerRef }) {
  const { messages, t } = useRevampd();
  const m = messages.plan;
  return (
    <>
      <h2 className="rvp-Section-heading rvp-PlanManagedNotice-heading">{t(m.managedHeading)}</h2>
      <p className="rvp-PlanManagedNotice-body">{t(m.managedBody)}</p>
      <dl className="rvp-PlanManagedNotice-partner">
        <div>
          <dt>{m.partnerLabel}</dt>
          <dd>{partner.name}</dd>
        </div>
        {partner.contactEmail && (
          <div>
            <dt>{m.contactLabel}</dt>
            <dd>
              {EMAIL.test(partner.contactEmail) ? (
                <a href={`mailto:${partner.contactEmail}`}>{partner.contactEmail}</a>
              ) : (
                partner.contactEmail
              )}
            </dd>
          </div>
        )}
      </dl>
    </>
  );
}

function DirectPlanSummary({ plan }: { plan: DirectPlan }) {
  const { messages, t } = useRevampd();
  const format = useFormatters();
  const m = messages.plan;
  return (
    <>
      <h2 className="rvp-Section-heading">{t(m.directHeading)}</h2>
      <div className="rvp-PlanManagedNotice-plan">
        <span className="rvp-PlanManagedNotice-planName">{plan.name}</span>
        <StatusBadge tone={PLAN_STATUS_TONE[plan.status]}>{m.status[plan.status]}</StatusBadge>
      </div>
      <p className="rvp-PlanManagedNotice-price">
        {t(m.directPrice, {
          price: format.money(plan.price),
          interval: plan.interval === 'month' ? m.intervalMonth : m.intervalYear,
        })}
      </p>
      {plan.renewsAt && (
        <p className="rvp-PlanManagedNotice-renews">{t(m.renewsAt, { date: format.date(plan.renewsAt) })}</p>
      )}
    </>
  );
}

// -------------------------------------------------------------------------------------------------
// PlanManagedNotice
// -------------------------------------------------------------------------------------------------

/** The Plan section: who manages this Sub-Org's access, over {@link usePlan}. */
export function PlanManagedNotice({ className }: PlanManagedNoticeProps) {
  const plan = usePlan();
  const view = resourceView(plan, plan.data !== undefined);
  return (
    <section
      className={['rvp-PlanManagedNotice', 'rvp-widget', className].filter(Boolean).join(' ')}
      aria-busy={view.kind === 'loading' || undefined}
      data-managed-by={plan.data?.managedBy}
    >
      {view.kind === 'loading' && <LoadingState />}
      {view.kind === 'no-access' && <NoAccessState />}
      {view.kind === 'error' && (
        <ErrorState error={view.error} onRetry={() => void plan.refetch()} retrying={plan.isFetching} />
      )}
      {view.kind === 'ready' && plan.data && (
        <>
          {view.error && (
            <StaleNotice
              error={view.error}
              updatedAt={plan.dataUpdatedAt}
              onRetry={() => void plan.refetch()}
              retrying={plan.isFetching}
            />
          )}
          {plan.data.managedBy === 'partner' ? (
            <PartnerManaged partner={plan.data.partner} />
          ) : (
            <DirectPlanSummary plan={plan.data.plan} />
          )}
        </>
      )}
    </section>
  );
}
