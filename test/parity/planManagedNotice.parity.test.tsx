/**
 * Headless parity (issue 8): PlanManagedNotice's key behaviours on a bare notice built from
 * `usePlanNotice` alone — who manages the plan, the Partner's contact as a link only when it
 * is a plain address, a direct plan's price and renewal, and the view states.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { directPlan, noAccess, planFail } from '../../mocks/scenarios';
import { usePlanNotice, enUSPlan, useRevampd, useSectionMessages } from '../../src/headless';
import { renderWithProvider, TEST_ORG_ID } from '../render';

// -------------------------------------------------------------------------------------------------
// The bare notice
// -------------------------------------------------------------------------------------------------

/** The Plan section as a host would write it over `usePlanNotice`: plain elements only. */
function BarePlanNotice() {
  const { t } = useRevampd();
  const m = useSectionMessages('plan', enUSPlan);
  const { query, view, partnerManaged, direct } = usePlanNotice();
  return (
    <section aria-label="Plan" data-state={view.kind}>
      {view.kind === 'error' && (
        <button type="button" onClick={query.refetch}>
          Try again
        </button>
      )}
      {partnerManaged && (
        <>
          <h2>{t(m.managedHeading)}</h2>
          <dl>
            <dt>Partner</dt>
            <dd>{partnerManaged.partner.name}</dd>
            {partnerManaged.partner.contactEmail && (
              <>
                <dt>Contact</dt>
                <dd>
                  {partnerManaged.contactHref ? (
                    <a href={partnerManaged.contactHref}>{partnerManaged.partner.contactEmail}</a>
                  ) : (
                    partnerManaged.partner.contactEmail
                  )}
                </dd>
              </>
            )}
          </dl>
        </>
      )}
      {direct && (
        <>
          <h2>{t(m.directHeading)}</h2>
          <p>{direct.plan.name}</p>
          <p data-tone={direct.statusTone}>{direct.statusLabel}</p>
          <p>{direct.price}</p>
          {direct.renews && <p>{direct.renews}</p>}
        </>
      )}
    </section>
  );
}

// -------------------------------------------------------------------------------------------------
// Tests
// -------------------------------------------------------------------------------------------------

const scope = () => db.scope(TEST_ORG_ID, 'revampd');

/** The Partner the scope's plan names (the seed's, whatever it is). */
function seededPartner() {
  const plan = scope().plan;
  if (plan.managedBy !== 'partner') throw new Error('the seed is Partner-managed');
  return plan.partner;
}

describe('PlanManagedNotice parity: a bare notice over usePlanNotice', () => {
  it('says the Partner manages access, with the Partner and a mailto link to its contact', async () => {
    const partner = seededPartner();
    if (!partner.contactEmail) throw new Error('the seed has a contact');
    renderWithProvider(<BarePlanNotice />, { messages: { brandName: 'Acme Voice' } });
    expect(
      await screen.findByRole('heading', { name: 'Acme Voice Access Managed by Your Partner' }),
    ).toBeInTheDocument();
    expect(screen.getByText(partner.name)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: partner.contactEmail })).toHaveAttribute(
      'href',
      `mailto:${partner.contactEmail}`,
    );
  });

  it('keeps a contact that is not a plain address as text, never a link', async () => {
    const partner = seededPartner();
    const hostile = 'Billing <billing@acme.test>, cc@evil.test';
    scope().plan = { managedBy: 'partner', partner: { ...partner, contactEmail: hostile } };
    renderWithProvider(<BarePlanNotice />);
    expect(await screen.findByText(hostile)).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('shows a direct plan with its formatted price and renewal when Revampd manages it', async () => {
    server.use(
      ...directPlan(db, {
        name: 'Pro',
        price: { amount: 4900, currency: 'USD' },
        interval: 'month',
        renewsAt: '2026-12-01T17:00:00Z',
      }),
    );
    renderWithProvider(<BarePlanNotice />);
    expect(await screen.findByRole('heading', { name: 'Your Revampd plan' })).toBeInTheDocument();
    expect(screen.getByText('Pro')).toBeInTheDocument();
    expect(screen.getByText('$49.00 per month')).toBeInTheDocument();
    expect(screen.getByText('Renews on Dec 1, 2026')).toBeInTheDocument();
  });

  it('takes its view state from the hook: loading, then no access on 403', async () => {
    server.use(...noAccess('plan'));
    renderWithProvider(<BarePlanNotice />);
    expect(screen.getByRole('region', { name: 'Plan' })).toHaveAttribute('data-state', 'loading');
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Plan' })).toHaveAttribute('data-state', 'no-access'),
    );
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
  });

  it('shows an error whose retry recovers', async () => {
    server.use(...planFail(500, undefined, { times: 3 }));
    const user = userEvent.setup();
    renderWithProvider(<BarePlanNotice />);
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('heading', { name: 'Revampd Access Managed by Your Partner' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Plan' })).toHaveAttribute('data-state', 'ready');
  });
});
