import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { db } from '../mocks/handlers/index';
import { emptyList, failWith, large, neverAnswers, noAccess } from '../mocks/scenarios';
import { PayoutHistoryTable } from '../src/index';
import { mockApi, STORY_ORG_ID } from './support';

/** Section 7, Affiliate Payouts: every payout, its status, amount and wallet credit. */
const meta = {
  title: 'Sections/7 Affiliate Payouts/PayoutHistoryTable',
  id: 'widgets-payouthistorytable', // the id from before the regrouping, so links to its stories keep working
  component: PayoutHistoryTable,
  tags: ['autodocs'],
} satisfies Meta<typeof PayoutHistoryTable>;

export default meta;
type Story = StoryObj<typeof meta>;

const TABLE = 'Payout history';

/** The seeded weekly payouts; sort by a column header. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('button', { name: /Amount/ })).toBeVisible();
    await expect(canvas.getByText(/credited to your Revampd wallet/)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: /Amount/ }));
    await expect(canvas.getByRole('columnheader', { name: /Amount/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  },
};

/** The first page has not answered yet: skeleton rows. */
export const Loading: Story = {
  tags: ['visual-busy'], // never settles: the visual regression run photographs it without waiting
  parameters: { msw: mockApi(neverAnswers('payouts')) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('table', { name: TABLE })).toHaveAttribute(
      'aria-busy',
      'true',
    );
  },
};

/** No payouts yet. */
export const Empty: Story = {
  parameters: { msw: mockApi(emptyList('payouts')) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No payouts yet.')).toBeVisible();
  },
};

/** The server failed: an error with a Retry button, for this widget alone. */
export const Error: Story = {
  parameters: { msw: mockApi(failWith('payouts', 500)) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** 403: this org has no access to affiliate payouts. */
export const NoAccess: Story = {
  parameters: { msw: mockApi(noAccess('payouts')) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No access')).toBeVisible();
  },
};

/**
 * 10,000 payouts, 100 a page from the API, 10 a page on screen: "1–10 of 100+" while the
 * server has more; "Next page" past the loaded rows fetches the next 100.
 */
export const Large: Story = {
  parameters: { msw: mockApi(large(db)) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('1–10 of 100+')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Load more' })).toBeNull();
  },
};

/** Dark colour scheme. */
export const Dark: Story = {
  parameters: { provider: { appearance: { colorScheme: 'dark' } } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: /Amount/ })).toBeVisible();
  },
};

/** The seeded scope's oldest payout: only the API's second page of 100 holds it. */
function oldestPayoutId(): string {
  const payouts = db.scope(STORY_ORG_ID, 'revampd').payouts;
  const oldest = payouts[payouts.length - 1];
  if (!oldest) throw new globalThis.Error('the seed has no payouts');
  return oldest.id;
}

/**
 * `targetPayoutId`, as a host's link or the wallet's "View payout" sets it: older payouts
 * load until it is found, then its page is shown and its row highlighted and focused.
 */
export const TargetedPayout: Story = {
  render: (args) => <PayoutHistoryTable {...args} targetPayoutId={oldestPayoutId()} />,
  play: async ({ canvasElement }) => {
    const row = await waitFor(() => {
      const found = canvasElement.querySelector<HTMLElement>('tr[data-targeted]');
      if (!found) throw new globalThis.Error('no targeted row yet');
      return found;
    });
    await expect(row.getAttribute('data-row-id')).toBe(oldestPayoutId());
    await waitFor(() => expect(within(row).getByRole('rowheader')).toHaveFocus());
  },
};

/** A failed payout says why, as the API put it (inert text), and is in the history. */
export const FailedWithReason: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(await canvas.findByRole('combobox', { name: 'Status' }), 'failed');
    const [reason] = await canvas.findAllByText(/^Why it failed:/);
    await expect(reason).toBeVisible();
  },
};

/** Filtered to a range with no payouts: the filters are named, with "Clear filters". */
export const FilteredNoResults: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const from = await canvas.findByLabelText('From');
    await userEvent.type(from, '2035-01-01');
    await expect(await canvas.findByText('No payouts match these filters.')).toBeVisible();
    await expect(canvas.getAllByRole('button', { name: 'Clear filters' }).length).toBeGreaterThan(0);
  },
};
