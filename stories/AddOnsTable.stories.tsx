import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { db } from '../mocks/handlers/index';
import { addOnsEmpty, addOnsFail, hostileContent, neverAnswers, noAccess } from '../mocks/scenarios';
import { AddOnsTable } from '../src/index';
import { mockApi } from './support';

/** Section 2, Add-Ons: Revampd-issued add-ons, sortable, exportable, cancellable. */
const meta = {
  title: 'Sections/2 Add-Ons/AddOnsTable',
  id: 'widgets-addonstable', // the id from before the regrouping, so links to its stories keep working
  component: AddOnsTable,
  tags: ['autodocs'],
} satisfies Meta<typeof AddOnsTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seeded add-ons: phone numbers, call credits, a pending toll-free number, a cancelled one. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('rowheader', { name: 'Main line' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Export CSV' })).toBeVisible();
  },
};

/** The first page has not arrived: skeleton rows, `aria-busy`. */
export const Loading: Story = {
  tags: ['visual-busy'], // never settles: the visual regression run photographs it without waiting
  parameters: { msw: mockApi(neverAnswers('addOns')) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('table')).toHaveAttribute('aria-busy', 'true');
  },
};

/** No add-ons yet. */
export const Empty: Story = {
  parameters: { msw: mockApi(addOnsEmpty()) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('You have no Revampd add-ons yet.')).toBeVisible();
  },
};

/** The server fails (500, after the client's retries): an error with Retry. */
export const Error: Story = {
  parameters: { msw: mockApi(addOnsFail(500)) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** 403: this org has no access to add-ons. */
export const NoAccess: Story = {
  parameters: { msw: mockApi(noAccess('addOns')) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No access')).toBeVisible();
  },
};

/** The dark colour scheme. */
export const Dark: Story = {
  parameters: { provider: { appearance: { colorScheme: 'dark' } } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('rowheader', { name: 'Main line' })).toBeVisible();
  },
};

/** Markup, scripts, RTL overrides and 500-character words in names: inert text, layout intact. */
export const HostileContent: Story = {
  parameters: { msw: mockApi(hostileContent(db)) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('rowheader', { name: '<img src=x onerror=alert(1)>' }),
    ).toBeVisible();
    await expect(canvasElement.querySelector('img')).toBeNull();
  },
};

/** Cancel only where the server allows it; the one-time call credits say why not. */
export const NotCancellable: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('One-time purchases cannot be cancelled')).toBeVisible();
  },
};

/** Cancelling switched off by the host (`features.cancelAddOns: false`): no Cancel, no reasons. */
export const CancelOff: Story = {
  parameters: { provider: { features: { cancelAddOns: false } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('rowheader');
    await expect(canvas.queryByRole('button', { name: /^Cancel/ })).toBeNull();
  },
};
