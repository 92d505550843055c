import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { db } from '../mocks/handlers/index';
import {
  insufficientFunds,
  invoicesEmpty,
  invoicesFail,
  neverAnswers,
  noAccess,
  partnerInvoice,
  unsafePdfUrls,
} from '../mocks/scenarios';
import { InvoicesTable } from '../src/index';
import { mockApi, STORY_ORG_ID } from './support';

/** Section 5, Invoices: Revampd-issued invoices, PDF links, pay with wallet credits. */
const meta = {
  title: 'Sections/5 Invoices/InvoicesTable',
  id: 'widgets-invoicestable', // the id from before the regrouping, so links to its stories keep working
  component: InvoicesTable,
  tags: ['autodocs'],
} satisfies Meta<typeof InvoicesTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seeded invoices in every status, with PDF links and "Pay with wallet" on open ones. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect((await canvas.findAllByRole('rowheader')).length).toBeGreaterThan(0);
    await expect(canvas.getAllByRole('button', { name: /^Pay with wallet/ }).length).toBeGreaterThan(0);
  },
};

/** The first page has not arrived: skeleton rows, `aria-busy`. */
export const Loading: Story = {
  tags: ['visual-busy'], // never settles: the visual regression run photographs it without waiting
  parameters: { msw: mockApi(neverAnswers('invoices')) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('table')).toHaveAttribute('aria-busy', 'true');
  },
};

/** No invoices yet. */
export const Empty: Story = {
  parameters: { msw: mockApi(invoicesEmpty()) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No invoices from Revampd yet.')).toBeVisible();
  },
};

/** The server fails (500, after the client's retries): an error with Retry. */
export const Error: Story = {
  parameters: { msw: mockApi(invoicesFail(500)) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** 403: this org has no access to invoices. */
export const NoAccess: Story = {
  parameters: { msw: mockApi(noAccess('invoices')) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No access')).toBeVisible();
  },
};

/** The dark colour scheme. */
export const Dark: Story = {
  parameters: { provider: { appearance: { colorScheme: 'dark' } } },
  play: async ({ canvasElement }) => {
    await expect((await within(canvasElement).findAllByRole('rowheader')).length).toBeGreaterThan(0);
  },
};

/** The wallet is empty: paying says so and the invoice stays open. */
export const InsufficientFunds: Story = {
  parameters: { msw: mockApi(insufficientFunds(db)) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [pay] = await canvas.findAllByRole('button', { name: /^Pay with wallet/ });
    if (!pay) throw new globalThis.Error('no payable invoice');
    await userEvent.click(pay);
    const body = within(canvasElement.ownerDocument.body);
    const dialog = await body.findByRole('dialog');
    await userEvent.click(await within(dialog).findByRole('button', { name: /^Pay / }));
    await expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Your wallet balance is too low',
    );
  },
};

/** A Partner-issued invoice on the Revampd connection: shown, never payable with wallet credits. */
export const PartnerInvoice: Story = {
  parameters: { msw: mockApi(partnerInvoice(db)) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const row = (await canvas.findByRole('rowheader', { name: 'ACME-2026-0042' })).closest('tr');
    if (!row) throw new globalThis.Error('no partner row');
    await expect(within(row).queryByRole('button', { name: /Pay with wallet/ })).toBeNull();
  },
};

/** `javascript:`, `data:`, `//host` and `http:` PDF URLs: no link for any of them. */
export const UnsafePdfLinks: Story = {
  parameters: { msw: mockApi(unsafePdfUrls(db)) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('rowheader');
    for (const link of canvas.getAllByRole('link')) {
      await expect(link.getAttribute('href')).toMatch(/^https:\/\//);
    }
  },
};

/** The seeded scope's invoice at `index` (newest first): ids are deterministic per org. */
function seededInvoiceId(index: number): string {
  const invoice = db.scope(STORY_ORG_ID, 'revampd').invoices[index];
  if (!invoice) throw new globalThis.Error(`the seed has no invoice ${index}`);
  return invoice.id;
}

/**
 * `targetInvoiceId`, as a host's link or the wallet's "View invoice" sets it: rows 21–30 are
 * shown and the invoice's row is highlighted and focused.
 */
export const TargetedInvoice: Story = {
  render: (args) => <InvoicesTable {...args} targetInvoiceId={seededInvoiceId(22)} />,
  play: async ({ canvasElement }) => {
    const row = await waitFor(() => {
      const found = canvasElement.querySelector<HTMLElement>('tr[data-targeted]');
      if (!found) throw new globalThis.Error('no targeted row yet');
      return found;
    });
    await expect(row.getAttribute('data-row-id')).toBe(seededInvoiceId(22));
    // Rows 21–25 of the first API page, which the server says is not the last.
    await expect(within(canvasElement).getByText(/^21–\d+ of \d+\+?$/)).toBeVisible();
    await waitFor(() => expect(within(row).getByRole('rowheader')).toHaveFocus());
  },
};

/** Filtered to open invoices: past-due ones carry "Overdue"; the total due is above. */
export const OverdueFiltered: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(await canvas.findByRole('combobox', { name: 'Status' }), 'open');
    await expect((await canvas.findAllByText('Overdue')).length).toBeGreaterThan(0);
    await expect(canvas.getByText('Total due')).toBeVisible();
  },
};

/** A search that finds nothing names the search, with "Clear filters". */
export const SearchNoResults: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(
      await canvas.findByRole('searchbox', { name: 'Search invoices' }),
      'no such invoice{Enter}',
    );
    await expect(await canvas.findByText('No invoices match “no such invoice”.')).toBeVisible();
  },
};

/** A search over 100 characters is stopped with a message before sending (faults.md 39). */
export const SearchTooLong: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const field = await canvas.findByRole('searchbox', { name: 'Search invoices' });
    await userEvent.click(field);
    await userEvent.paste('x'.repeat(150));
    await userEvent.click(canvas.getByRole('button', { name: 'Search' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Search for 100 characters or fewer');
  },
};

/** Paying switched off by the host (`features.payInvoices: false`): no "Pay with wallet". */
export const PaymentsOff: Story = {
  parameters: { provider: { features: { payInvoices: false } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('rowheader');
    await expect(canvas.queryByRole('button', { name: /^Pay with wallet/ })).toBeNull();
  },
};
