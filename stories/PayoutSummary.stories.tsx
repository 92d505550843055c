import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { failWith, neverAnswers, noAccess, payoutsEmpty } from '../mocks/scenarios';
import { PayoutSummary } from '../src/index';
import { mockApi } from './support';

/** Section 7, Affiliate Payouts: YTD, MTD and current-week earnings and 12 months of payouts. */
const meta = {
  title: 'Sections/7 Affiliate Payouts/PayoutSummary',
  id: 'widgets-payoutsummary', // the id from before the regrouping, so links to its stories keep working
  component: PayoutSummary,
  tags: ['autodocs'],
} satisfies Meta<typeof PayoutSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

const CHART = 'Paid payouts, last 12 months';

/** The seeded payouts in America/New_York, weeks from Sunday (en-US). */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('img', { name: CHART })).toBeVisible();
    await expect(canvas.getByText('YTD Earnings')).toBeVisible();
    await expect(canvas.getByText('Nov 22, 2026 – Nov 25, 2026')).toBeVisible();
  },
};

/** The request has not answered yet. */
export const Loading: Story = {
  tags: ['visual-busy'], // never settles: the visual regression run photographs it without waiting
  parameters: { msw: mockApi(neverAnswers('payoutSummary')) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('region', { name: 'Affiliate Payouts' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
  },
};

/** No payouts yet: zero totals and no empty chart. */
export const Empty: Story = {
  parameters: { msw: mockApi(payoutsEmpty()) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No payouts yet.')).toBeVisible();
  },
};

/** The server failed: an error with a Retry button, for this widget alone. */
export const Error: Story = {
  parameters: { msw: mockApi(failWith('payoutSummary', 500)) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** 403: this org has no access to affiliate payouts. */
export const NoAccess: Story = {
  parameters: { msw: mockApi(noAccess('payoutSummary')) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No access')).toBeVisible();
  },
};

/** An org in London: weeks start on Monday (en-GB), dates in the British format. */
export const LondonWeekStartsMonday: Story = {
  parameters: { provider: { locale: 'en-GB', timeZone: 'Europe/London' } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('23 Nov 2026 – 25 Nov 2026')).toBeVisible();
  },
};

/** Dark colour scheme. */
export const Dark: Story = {
  parameters: { provider: { appearance: { colorScheme: 'dark' } } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('img', { name: CHART })).toBeVisible();
  },
};
