import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { setWalletBalance, type MockDb } from '../mocks/db';
import { attentionClear, attentionFail } from '../mocks/scenarios';
import { ConnectionAlerts } from '../src/index';
import { mockApi, STORY_ORG_ID } from './support';

/**
 * What needs the Sub-Org's attention, most urgent first, each linking to its section.
 * Nothing at all is rendered when all is well.
 */
const meta = {
  title: 'Portal/ConnectionAlerts',
  component: ConnectionAlerts,
  tags: ['autodocs'],
  args: { onNavigate: fn() },
} satisfies Meta<typeof ConnectionAlerts>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed: overdue invoices, tickets awaiting your reply, a failed payout. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const region = await canvas.findByRole('region', { name: 'Needs your attention' });
    await expect(within(region).getAllByRole('listitem')[0]).toHaveTextContent(/overdue invoices?/);
    await userEvent.click(within(region).getByRole('button', { name: 'View invoices' }));
    await expect(args.onNavigate).toHaveBeenCalledWith('invoices');
  },
};

/** The wallet falls short of the open invoices: by how much. */
export const WalletShort: Story = {
  parameters: { seed: (db: MockDb) => setWalletBalance(db.scope(STORY_ORG_ID, 'revampd'), 5_000) },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText(/^Your wallet is \$[\d,.]+ short of your open invoices$/),
    ).toBeVisible();
  },
};

/** All is well: nothing is rendered (no empty box). */
export const AllClear: Story = {
  parameters: { msw: mockApi(attentionClear()) },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).queryByRole('region')).toBeNull());
  },
};

/** The summary fails: the banner says nothing; the sections keep their own states. */
export const SummaryFails: Story = {
  parameters: { msw: mockApi(attentionFail(500)) },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).queryByRole('region')).toBeNull());
  },
};

/** Dark colour scheme. */
export const Dark: Story = {
  parameters: {
    provider: { appearance: { colorScheme: 'dark' } },
    seed: (db: MockDb) => setWalletBalance(db.scope(STORY_ORG_ID, 'revampd'), 5_000),
  },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('region', { name: 'Needs your attention' }),
    ).toBeVisible();
  },
};
