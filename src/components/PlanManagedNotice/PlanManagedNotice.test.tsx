import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../mocks/handlers/index';
import { server } from '../../../mocks/node';
import { directPlan, malformedJson, neverAnswers, noAccess, planFail } from '../../../mocks/scenarios';
import { definitionOf } from '../../../test/queries';
import { renderWithProvider, TEST_ORG_ID } from '../../../test/render';
import { PlanManagedNotice } from './PlanManagedNotice';

describe('PlanManagedNotice', () => {
  it('says access is managed by the Partner, with the Partner and its contact', async () => {
    renderWithProvider(<PlanManagedNotice />);
    expect(
      await screen.findByRole('heading', { name: 'Revampd Access Managed by Your Partner' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Your Revampd account and plan are managed through your Partner organization/),
    ).toBeVisible();
    // The Partner and its contact, as the API gave them.
    const plan = db.scope(TEST_ORG_ID, 'revampd').plan;
    if (plan.managedBy !== 'partner' || !plan.partner.contactEmail) {
      throw new Error('the seed plan is managed by a Partner with a contact');
    }
    const { name, contactEmail } = plan.partner;
    const notice = document.body;
    expect(definitionOf(notice, 'Partner')).toHaveTextContent(name);
    expect(screen.getByText(name)).toBeVisible();
    const contact = within(definitionOf(notice, 'Contact')).getByRole('link', { name: contactEmail });
    expect(contact).toHaveAttribute('href', `mailto:${contactEmail}`);
  });

  it('shows a direct plan with its price and renewal when Revampd manages it', async () => {
    server.use(
      ...directPlan(db, { name: 'Pro', price: { amount: 4900, currency: 'USD' }, interval: 'month' }),
    );
    renderWithProvider(<PlanManagedNotice />);
    expect(await screen.findByRole('heading', { name: 'Your Revampd plan' })).toBeVisible();
    expect(screen.getByText('Pro')).toBeVisible();
    expect(screen.getByText('$49.00 per month')).toBeVisible();
  });

  it('is busy while the plan loads', () => {
    server.use(...neverAnswers('plan'));
    renderWithProvider(<PlanManagedNotice />);
    expect(screen.getByRole('status')).toHaveAttribute('aria-busy', 'true');
  });

  it('shows an error with a Retry that recovers', async () => {
    server.use(...planFail(500, undefined, { times: 3 }));
    renderWithProvider(<PlanManagedNotice />);
    const retry = await screen.findByRole('button', { name: 'Try again' });
    expect(screen.getByRole('alert')).toHaveTextContent('Revampd is having trouble right now');
    await userEvent.click(retry);
    expect(
      await screen.findByRole('heading', { name: 'Revampd Access Managed by Your Partner' }),
    ).toBeVisible();
  });

  it('says the org has no access on 403', async () => {
    server.use(...noAccess('plan'));
    renderWithProvider(<PlanManagedNotice />);
    expect(await screen.findByText('No access')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('renders nothing from a cut-off body (faults.md 7)', async () => {
    server.use(...malformedJson('plan'));
    renderWithProvider(<PlanManagedNotice />);
    expect(await screen.findByRole('alert')).toHaveTextContent('We received a response we could not read');
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
  });

  it('renames Revampd with the brandName message', async () => {
    renderWithProvider(<PlanManagedNotice />, { messages: { brandName: 'Acme Voice' } });
    expect(
      await screen.findByRole('heading', { name: 'Acme Voice Access Managed by Your Partner' }),
    ).toBeVisible();
    await waitFor(() => expect(screen.queryByText(/Revampd/)).not.toBeInTheDocument());
  });
});
