import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { PayoutHistoryTable, PayoutSummary } from '../src/index';
import { PARTNER_BRANDS } from './support';

/** The Affiliate Payouts section as ConnectionPortal shows it: the summary over the history. */
function AffiliatePayouts() {
  return (
    <>
      <PayoutSummary />
      <PayoutHistoryTable />
    </>
  );
}

const meta = {
  title: 'Sections/7 Affiliate Payouts/Whole section',
  id: 'sections-affiliatepayouts', // the id from before the regrouping, so links to its stories keep working
  component: AffiliatePayouts,
  tags: ['autodocs'],
} satisfies Meta<typeof AffiliatePayouts>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Both widgets on the seeded data. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('img', { name: 'Paid payouts, last 12 months' })).toBeVisible();
    await expect(await canvas.findByRole('button', { name: /Amount/ })).toBeVisible();
  },
};

/** Dark colour scheme. */
export const Dark: Story = {
  parameters: { provider: { appearance: { colorScheme: 'dark' } } },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('img', { name: 'Paid payouts, last 12 months' }),
    ).toBeVisible();
  },
};

/** A Partner's white-label portal. */
export const WhiteLabel: Story = {
  parameters: { provider: PARTNER_BRANDS.nightline },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/credited to your Nightline wallet/)).toBeVisible();
  },
};
