import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { setWalletBalance, type MockDb } from '../mocks/db';
import { failWith, neverAnswers, noAccess, walletTransactionsEmpty } from '../mocks/scenarios';
import { WalletCard } from '../src/index';
import { mockApi, PARTNER_BRANDS, STORY_ORG_ID } from './support';

/** Section 6, Wallet: balance, what credits pay for, recent transactions. */
const meta = {
  title: 'Sections/6 Wallet/WalletCard',
  id: 'widgets-walletcard', // the id from before the regrouping, so links to its stories keep working
  component: WalletCard,
  tags: ['autodocs'],
} satisfies Meta<typeof WalletCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seeded wallet. With `onNavigate`, payout credits and invoice payments link to their sections. */
export const Default: Story = {
  args: { onNavigate: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('table', { name: 'Recent transactions' })).toBeVisible();
    await expect(canvas.getByText(/Credits pay for items issued by Revampd/)).toBeVisible();
    const link = canvas.getAllByRole('button', { name: /^View payout/ })[0];
    await userEvent.click(link as HTMLElement);
    await expect(args.onNavigate).toHaveBeenCalledWith('payouts', expect.stringMatching(/^po_/));
  },
};

/** The requests have not answered yet. */
export const Loading: Story = {
  tags: ['visual-busy'], // never settles: the visual regression run photographs it without waiting
  parameters: { msw: mockApi(neverAnswers('wallet'), neverAnswers('walletTransactions')) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('region', { name: 'Wallet' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
  },
};

/** A wallet with no transactions yet. */
export const Empty: Story = {
  parameters: { msw: mockApi(walletTransactionsEmpty()) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No transactions yet.')).toBeVisible();
  },
};

/** The server failed: an error with a Retry button, for this widget alone. */
export const Error: Story = {
  parameters: { msw: mockApi(failWith('wallet', 500)) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** 403 on `/wallet`: this org has no access to the wallet. */
export const NoAccess: Story = {
  parameters: { msw: mockApi(noAccess('wallet')) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No access')).toBeVisible();
  },
};

/** A balance of exactly zero. */
export const ZeroBalance: Story = {
  parameters: { seed: (db: MockDb) => setWalletBalance(db.scope(STORY_ORG_ID, 'revampd'), 0) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('$0.00')).toBeVisible();
  },
};

/** A negative balance, with what happens next. */
export const NegativeBalance: Story = {
  parameters: { seed: (db: MockDb) => setWalletBalance(db.scope(STORY_ORG_ID, 'revampd'), -2_540) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('-$25.40')).toBeVisible();
    await expect(canvas.getByRole('note')).toHaveTextContent('Your balance is negative');
  },
};

/** Dark colour scheme. */
export const Dark: Story = {
  args: { onNavigate: fn() },
  parameters: { provider: { appearance: { colorScheme: 'dark' } } },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('table', { name: 'Recent transactions' }),
    ).toBeVisible();
  },
};

/** A Partner's white-label portal: its brand name replaces "Revampd". */
export const WhiteLabel: Story = {
  parameters: { provider: PARTNER_BRANDS.acmeVoice },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText(/Credits pay for items issued by Acme Voice/),
    ).toBeVisible();
  },
};

/** The balance covers the open invoices, and "View all transactions" leads to the ledger. */
export const CoversOpenInvoices: Story = {
  args: { onNavigate: fn(), onViewAllTransactions: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/^Covers your \d+ open invoices$/)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'View all transactions' }));
    await expect(args.onViewAllTransactions).toHaveBeenCalled();
  },
};

/** The balance falls short of the open invoices: by how much. */
export const ShortOfOpenInvoices: Story = {
  parameters: { seed: (db: MockDb) => setWalletBalance(db.scope(STORY_ORG_ID, 'revampd'), 12_000) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/short of your open invoices$/)).toBeVisible();
  },
};
