import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { noAccess, planFail } from '../mocks/scenarios';
import { ConnectionPortal } from '../src/index';
import { mockApi, PARTNER_BRANDS } from './support';

/** The whole page: the menu beside the active section, against the mock API. */
const meta = {
  title: 'Portal/ConnectionPortal',
  component: ConnectionPortal,
  parameters: { layout: 'fullscreen' },
  tags: ['autodocs'],
} satisfies Meta<typeof ConnectionPortal>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Opens on Plan; picking a section shows its panel. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('heading', { name: 'Revampd Access Managed by Your Partner' }),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('tab', { name: 'Wallet' }));
    await expect(canvas.getByRole('tabpanel')).toHaveAttribute(
      'aria-labelledby',
      canvas.getByRole('tab', { name: 'Wallet' }).id,
    );
  },
};

/** Dark colour scheme. */
export const Dark: Story = {
  parameters: { provider: { appearance: { colorScheme: 'dark' } } },
};

/** Partner brand "Acme Voice": its name, colours, radius and type. */
export const PartnerBrandAcmeVoice: Story = {
  parameters: { provider: PARTNER_BRANDS.acmeVoice },
};

/** Partner brand "Nightline", dark. */
export const PartnerBrandNightline: Story = {
  parameters: { provider: PARTNER_BRANDS.nightline },
};

/** One section failing does not take the page down: the menu and other sections work. */
export const PlanFails: Story = {
  parameters: { msw: mockApi(planFail(500)) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(canvas.getAllByRole('tab')).toHaveLength(7);
  },
};

/** 403 on the plan only. */
export const PlanNoAccess: Story = {
  parameters: { msw: mockApi(noAccess('plan')) },
};

/**
 * A read-only Partner portal: every feature switch off. No action anywhere (no pay, cancel,
 * buy, export, reply, close or attach), and no Submit Ticket in the menu.
 */
export const ReadOnlyPartnerPortal: Story = {
  parameters: {
    provider: {
      features: {
        buyAddOns: false,
        cancelAddOns: false,
        payInvoices: false,
        submitTickets: false,
        replyToTickets: false,
        changeTicketStatus: false,
        attachFiles: false,
        exportCsv: false,
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('tab')).toHaveLength(6);
    await expect(canvas.queryByRole('tab', { name: 'Submit Ticket' })).toBeNull();
    const actions = /^(Cancel|Pay with wallet|Export CSV|Buy add-on)/;
    await userEvent.click(canvas.getByRole('tab', { name: /^Invoices\b/ }));
    await canvas.findAllByRole('rowheader');
    await expect(canvas.queryAllByRole('button', { name: actions })).toEqual([]);
    await userEvent.click(canvas.getByRole('tab', { name: 'Add-Ons' }));
    await canvas.findAllByRole('rowheader');
    await expect(canvas.queryAllByRole('button', { name: actions })).toEqual([]);
  },
};

/** The Wallet section: the card, then the whole ledger under "Transactions". */
export const WalletSection: Story = {
  args: { defaultSection: 'wallet' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('table', { name: 'Transactions' })).toBeVisible();
    await userEvent.click(await canvas.findByRole('button', { name: 'View all transactions' }));
    await expect(canvas.getByRole('heading', { level: 2, name: 'Transactions' })).toHaveFocus();
  },
};
