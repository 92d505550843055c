import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { directPlan, editScope, neverAnswers, noAccess, planFail } from '../mocks/scenarios';
import { db } from '../mocks/handlers/index';
import { PlanManagedNotice } from '../src/index';
import { mockApi, PARTNER_BRANDS } from './support';

/** Section 1, Plan: a Partner-managed Sub-Org has no direct subscription. */
const meta = {
  title: 'Sections/1 Plan/PlanManagedNotice',
  id: 'widgets-planmanagednotice', // the id from before the regrouping, so links to its stories keep working
  component: PlanManagedNotice,
  tags: ['autodocs'],
} satisfies Meta<typeof PlanManagedNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The usual Sub-Org: access managed by the Partner, with the Partner's name and contact. */
export const PartnerManaged: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('heading', { name: 'Revampd Access Managed by Your Partner' }),
    ).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'billing@acme.test' })).toHaveAttribute(
      'href',
      'mailto:billing@acme.test',
    );
  },
};

/**
 * The least the notice can show (the plan has no empty list): a Partner whose contact is
 * not known. The notice still explains who manages access, without a Contact line.
 */
export const PartnerContactUnknown: Story = {
  parameters: {
    msw: mockApi(
      editScope(db, (scope) => {
        scope.plan = {
          managedBy: 'partner',
          partner: { id: 'par_acme', name: 'Acme Agency', contactEmail: null },
        };
      }),
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Acme Agency')).toBeVisible();
    await expect(canvas.queryByText('Contact')).toBeNull();
  },
};

/** A Revampd-managed org sees its own plan instead. */
export const DirectPlan: Story = {
  parameters: { msw: mockApi(directPlan(db)) },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('heading', { name: 'Your Revampd plan' }),
    ).toBeVisible();
  },
};

/** The request has not answered yet. */
export const Loading: Story = {
  tags: ['visual-busy'], // never settles: the visual regression run photographs it without waiting
  parameters: { msw: mockApi(neverAnswers('plan')) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveAttribute('aria-busy', 'true');
  },
};

/** The server failed: an error with a Retry button, for this widget alone. */
export const Error: Story = {
  parameters: { msw: mockApi(planFail(500)) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** 403: this org has no access to the plan. */
export const NoAccess: Story = {
  parameters: { msw: mockApi(noAccess('plan')) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No access')).toBeVisible();
  },
};

/** Dark colour scheme. */
export const Dark: Story = {
  parameters: { provider: { appearance: { colorScheme: 'dark' } } },
};

/** A Partner's white-label portal: its brand name replaces "Revampd" in every text. */
export const WhiteLabel: Story = {
  parameters: { provider: PARTNER_BRANDS.acmeVoice },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('heading', {
        name: 'Acme Voice Access Managed by Your Partner',
      }),
    ).toBeVisible();
  },
};
