import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ConnectionNav } from '../src/index';
import { PARTNER_BRANDS } from './support';

/** The connection's menu: vertical WAI-ARIA tabs. */
const meta = {
  title: 'Portal/ConnectionNav',
  id: 'widgets-connectionnav', // the id from before the regrouping, so links to its stories keep working
  component: ConnectionNav,
  tags: ['autodocs'],
} satisfies Meta<typeof ConnectionNav>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seven sections in the seed's order; arrow keys move between them. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const tabs = canvas.getAllByRole('tab');
    await expect(tabs.map((tab) => tab.textContent)).toEqual([
      'Plan',
      'Add-Ons',
      'Tickets',
      'Submit Ticket',
      'Invoices',
      'Wallet',
      'Affiliate Payouts',
    ]);
    await userEvent.click(tabs[0] as HTMLElement);
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('tab', { name: 'Add-Ons' })).toHaveFocus();
    await expect(canvas.getByRole('tab', { name: 'Add-Ons' })).toHaveAttribute('aria-selected', 'true');
  },
};

/** Controlled by the host: the Wallet section is active. */
export const Controlled: Story = {
  args: { section: 'wallet' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('tab', { name: 'Wallet' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  },
};

/** Dark colour scheme. */
export const Dark: Story = {
  parameters: { provider: { appearance: { colorScheme: 'dark' } } },
};

/** A Partner brand. */
export const WhiteLabel: Story = {
  parameters: { provider: PARTNER_BRANDS.nightline },
};
