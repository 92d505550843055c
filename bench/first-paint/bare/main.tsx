/**
 * First paint, the baseline: a bare React page that fetches the same plan JSON with the
 * same in-memory `fetch` and renders the same text as the Plan notice (heading, body,
 * Partner and contact) in the same font, with no library, no validation and no stylesheet.
 *
 * The same font because the text is the same: the theme's default stack (`system-ui, …`,
 * tokens.css) costs Chromium on Linux several ms of font matching at the first layout, a
 * cost of the font rather than of the library's code, which a host page using such a
 * stack pays anyway. scripts/first-paint.mjs measures the library, not fontconfig.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { PLAN_URL, memoryFetch } from '../api';
import { measureFirstPaint } from '../measure';

// Before React renders anything.
measureFirstPaint();

/** The theme's default `--rvp-font-family` (src/theme/tokens.css). */
const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

interface PartnerPlan {
  managedBy: 'partner';
  partner: { id: string; name: string; contactEmail: string | null };
}

function PlanNotice() {
  const [plan, setPlan] = useState<PartnerPlan | null>(null);
  useEffect(() => {
    memoryFetch(PLAN_URL, { headers: { Accept: 'application/json' } })
      .then((response) => response.json() as Promise<PartnerPlan>)
      .then(setPlan, () => undefined);
  }, []);
  if (!plan) return <section aria-busy="true" />;
  return (
    <section style={{ fontFamily: FONT_FAMILY }}>
      <h2>Revampd Access Managed by Your Partner</h2>
      <p>
        Your Revampd account and plan are managed through your Partner organization. To view or modify your
        subscription details, please check your Partner connection or contact their administrator directly.
      </p>
      <dl>
        <div>
          <dt>Partner</dt>
          <dd>{plan.partner.name}</dd>
        </div>
        {plan.partner.contactEmail && (
          <div>
            <dt>Contact</dt>
            <dd>
              <a href={`mailto:${plan.partner.contactEmail}`}>{plan.partner.contactEmail}</a>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}

createRoot(document.getElementById('stage') as HTMLElement).render(<PlanNotice />);
