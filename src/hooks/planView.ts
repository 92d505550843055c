/**
 * The headless state behind `PlanManagedNotice`: who manages the Sub-Org's access, the
 * Partner's contact as a link only when it is a plain address, or a direct plan's summary,
 * already formatted. A host can rebuild the notice from this hook alone.
 */
import type { DirectPlan, PartnerRef, Plan } from '../api/schemas';
import { resourceView, type ResourceView } from '../model/resourceView';
import { STATUS_TONES, type StatusTone } from '../model/statusTones';
import { useRevampd, useSectionMessages } from '../provider/RevampdProvider';
import { useFormatters } from './formatters';
import { usePlan } from './plan';
import type { ResourceQuery } from './shared';
import { enUSPlan } from '../i18n/en-US';

// Only a plain address becomes a mailto link; anything else from the API stays text.
const EMAIL = /^[^\s@<>()"']+@[^\s@<>()"']+\.[^\s@<>()"']+$/;

/**
 * The `mailto:` link of a Partner's contact, or `null` when it must stay text (anything
 * with spaces, angle brackets, quotes or a second `@` could smuggle headers or markup).
 */
export function contactHref(email: string | null): string | null {
  return email !== null && EMAIL.test(email) ? `mailto:${email}` : null;
}

/** A Partner-managed Sub-Org: the Partner and how to reach it. */
export interface PartnerManagedView {
  /** The Partner as the API sent it: id, name and contact email (untrusted text). */
  partner: PartnerRef;
  /** `mailto:` link of the contact, or `null` when there is none or it must stay text. */
  contactHref: string | null;
}

/** A plan Revampd manages directly, formatted. */
export interface DirectPlanView {
  /** The plan as the API sent it (raw minor units and instants). */
  plan: DirectPlan;
  /** The plan's status in words, e.g. "Past due". */
  statusLabel: string;
  /** The status's colour family, for the badge. */
  statusTone: StatusTone;
  /** e.g. "$49.00 per month". */
  price: string;
  /** e.g. "Renews on Dec 1, 2026", or `null` when it does not renew. */
  renews: string | null;
}

/** What {@link usePlanNotice} returns. */
export interface PlanNoticeState {
  /** The plan's query, for Retry, staleness and a host's own markup. */
  query: ResourceQuery<Plan>;
  /** Loading, no access, error, or ready (with a stale error when a refresh failed). */
  view: ResourceView;
  /** Set when the Partner manages the plan (the usual Sub-Org). */
  partnerManaged: PartnerManagedView | null;
  /** Set when Revampd manages the plan directly. */
  direct: DirectPlanView | null;
}

/** The Plan section's state, over {@link usePlan}. */
export function usePlanNotice(): PlanNoticeState {
  const query = usePlan();
  const { t } = useRevampd();
  const m = useSectionMessages('plan', enUSPlan);
  const format = useFormatters();
  const plan = query.data;
  const view = resourceView(query, plan !== undefined);
  let partnerManaged: PartnerManagedView | null = null;
  let direct: DirectPlanView | null = null;
  if (plan?.managedBy === 'partner') {
    partnerManaged = { partner: plan.partner, contactHref: contactHref(plan.partner.contactEmail) };
  } else if (plan?.managedBy === 'revampd') {
    const direct_ = plan.plan;
    direct = {
      plan: direct_,
      statusLabel: m.status[direct_.status],
      statusTone: STATUS_TONES.plan[direct_.status],
      price: t(m.directPrice, {
        price: format.money(direct_.price),
        interval: direct_.interval === 'month' ? m.intervalMonth : m.intervalYear,
      }),
      renews: direct_.renewsAt ? t(m.renewsAt, { date: format.date(direct_.renewsAt) }) : null,
    };
  }
  return { query, view, partnerManaged, direct };
}
