import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { neverAnswers, noAccess, walletTransactionsEmpty, walletTransactionsFail } from '../mocks/scenarios';
import { WalletTransactionsTable } from '../src/index';
import { mockApi } from './support';

/**
 * Section 6, Wallet, under "Transactions": the whole ledger with the balance after each
 * transaction, filtered by type and days, every page from the server, exported as CSV.
 */
const meta = {
  title: 'Sections/6 Wallet/WalletTransactionsTable',
  component: WalletTransactionsTable,
  tags: ['autodocs'],
} satisfies Meta<typeof WalletTransactionsTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seeded ledger, newest first, with links from payout credits and invoice payments. */
export const Default: Story = {
  args: { onNavigate: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect((await canvas.findAllByRole('rowheader')).length).toBeGreaterThan(0);
    await expect(canvas.getByRole('columnheader', { name: /^Balance/ })).toBeVisible();
    await expect(canvas.getByText(/^1–10 of \d+\+$/)).toBeVisible();
    const [link] = canvas.getAllByRole('button', { name: /^View payout/ });
    await userEvent.click(link as HTMLElement);
    await expect(args.onNavigate).toHaveBeenCalledWith('payouts', expect.stringMatching(/^po_/));
  },
};

/** Filtered to March 2026 in the org's zone (America/New_York). */
export const FilteredToMarch: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('rowheader');
    await userEvent.type(canvas.getByLabelText('From'), '2026-03-01');
    await userEvent.type(canvas.getByLabelText('To'), '2026-03-31');
    // Every row shown is of March 2026, and the last day is included.
    await waitFor(() => {
      const dates = canvas.getAllByRole('rowheader').map((cell) => cell.textContent ?? '');
      expect(dates.length).toBeGreaterThan(0);
      for (const date of dates) expect(date).toMatch(/^Mar \d+, 2026$/);
    });
    await expect(canvas.getByText('Mar 31, 2026')).toBeVisible();
  },
};

/** Only refunds. */
export const Refunds: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('rowheader');
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Type' }), 'refund');
    // A cell reads "Refund" in a table and "Type Refund" as a card (its label first).
    await expect((await canvas.findAllByRole('cell', { name: /(^|\s)Refund$/ })).length).toBeGreaterThan(0);
  },
};

/** A range with no transactions: the filters are named, with "Clear filters". */
export const FilteredNoResults: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('rowheader');
    await userEvent.type(canvas.getByLabelText('To'), '2001-01-31');
    await expect(await canvas.findByText('No transactions match these filters.')).toBeVisible();
  },
};

/** "To" before "From": refused with a message beside the fields, nothing sent. */
export const InvalidRange: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('rowheader');
    await userEvent.type(canvas.getByLabelText('From'), '2026-03-31');
    await userEvent.type(canvas.getByLabelText('To'), '2026-03-01');
    await expect(await canvas.findByRole('alert')).toHaveTextContent('“To” must be on or after “From”.');
  },
};

/** The first page has not arrived: skeleton rows, `aria-busy`. */
export const Loading: Story = {
  tags: ['visual-busy'], // never settles: the visual regression run photographs it without waiting
  parameters: { msw: mockApi(neverAnswers('walletTransactions')) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('table')).toHaveAttribute('aria-busy', 'true');
  },
};

/** No transactions yet. */
export const Empty: Story = {
  parameters: { msw: mockApi(walletTransactionsEmpty()) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No transactions yet.')).toBeVisible();
  },
};

/** The server fails: an error with Retry, for this widget alone. */
export const Error: Story = {
  parameters: { msw: mockApi(walletTransactionsFail(500)) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** 403: this org has no access to the wallet's transactions. */
export const NoAccess: Story = {
  parameters: { msw: mockApi(noAccess('walletTransactions')) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No access')).toBeVisible();
  },
};

/** Exports switched off by the host (`features.exportCsv: false`): no "Export CSV". */
export const ExportOff: Story = {
  parameters: { provider: { features: { exportCsv: false } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('rowheader');
    await expect(canvas.queryByRole('button', { name: 'Export CSV' })).toBeNull();
  },
};

/** Dark colour scheme. */
export const Dark: Story = {
  args: { onNavigate: fn() },
  parameters: { provider: { appearance: { colorScheme: 'dark' } } },
  play: async ({ canvasElement }) => {
    await expect((await within(canvasElement).findAllByRole('rowheader')).length).toBeGreaterThan(0);
  },
};
