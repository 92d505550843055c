import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { db } from '../mocks/handlers/index';
import { hostileContent, neverAnswers, noAccess, ticketsEmpty, ticketsFail } from '../mocks/scenarios';
import { TicketsTable, type TicketsTableProps } from '../src/index';
import { mockApi } from './support';

/** Section 3, Tickets: filter (sent as `status`), sort, pages; a ticket opens in place. */
const meta = {
  title: 'Sections/3 Tickets/TicketsTable',
  id: 'widgets-ticketstable', // the id from before the regrouping, so links to its stories keep working
  component: TicketsTable,
  tags: ['autodocs'],
} satisfies Meta<typeof TicketsTable>;

export default meta;
type Story = StoryObj<typeof meta>;

const firstRowHeader = async (canvasElement: HTMLElement) =>
  (await within(canvasElement).findAllByRole('rowheader'))[0];

/** The seeded tickets, newest first. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(await firstRowHeader(canvasElement)).toBeVisible();
    await expect(within(canvasElement).getByRole('combobox', { name: 'Status' })).toHaveValue('all');
  },
};

/** The first page has not arrived: skeleton rows, `aria-busy`. */
export const Loading: Story = {
  tags: ['visual-busy'], // never settles: the visual regression run photographs it without waiting
  parameters: { msw: mockApi(neverAnswers('tickets')) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('table')).toHaveAttribute('aria-busy', 'true');
  },
};

/** No tickets yet. */
export const Empty: Story = {
  parameters: { msw: mockApi(ticketsEmpty()) },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText('You have not opened any tickets with Revampd.'),
    ).toBeVisible();
  },
};

/** The server fails (500, after the client's retries): an error with Retry. */
export const Error: Story = {
  parameters: { msw: mockApi(ticketsFail(500)) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** 403: this org has no access to tickets. */
export const NoAccess: Story = {
  parameters: { msw: mockApi(noAccess('tickets')) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No access')).toBeVisible();
  },
};

/** The dark colour scheme. */
export const Dark: Story = {
  parameters: { provider: { appearance: { colorScheme: 'dark' } } },
  play: async ({ canvasElement }) => {
    await expect(await firstRowHeader(canvasElement)).toBeVisible();
  },
};

/** Markup, scripts, RTL overrides and a 500-character word in titles and names: inert text, layout intact. */
export const HostileContent: Story = {
  parameters: { msw: mockApi(hostileContent(db)) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('rowheader', { name: /<img src=x onerror=alert\(1\)>/ }),
    ).toBeVisible();
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvasElement.querySelector('script')).toBeNull();
  },
};

/** Only closed tickets: the filter is sent to the API as `status=closed`. */
export const Filtered: Story = {
  args: { defaultStatus: 'closed' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await firstRowHeader(canvasElement)).toBeVisible();
    await expect(canvas.getByRole('combobox', { name: 'Status' })).toHaveValue('closed');
    for (const row of canvas.getAllByRole('row').slice(1)) await expect(row).toHaveTextContent('Closed');
  },
};

/** A ticket opened from the list: its detail replaces the list, with a Back button. */
export const OpenTicket: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const header = await firstRowHeader(canvasElement);
    if (!header) return;
    await userEvent.click(within(header).getByRole('button'));
    await expect(await canvas.findByRole('button', { name: /Back to tickets/ })).toBeVisible();
  },
};

/**
 * The host keeps the open ticket (e.g. in its router): `openTicketId` with
 * `onOpenTicketChange`. The line above the table shows the host's state; after Back, focus
 * returns to the ticket's row.
 */
function ControlledTickets(props: TicketsTableProps) {
  const [openTicketId, setOpenTicketId] = useState<string | null>(null);
  return (
    <div>
      <p>
        Host state: <code data-testid="open-ticket">{openTicketId ?? 'none'}</code>
      </p>
      <TicketsTable {...props} openTicketId={openTicketId} onOpenTicketChange={setOpenTicketId} />
    </div>
  );
}

/** Controlled by the host: the open ticket lives in the host's state. */
export const Controlled: Story = {
  render: (args) => <ControlledTickets {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // #39 has no unread team reply, so the list looks the same after Back whether or not
    // its conversation had loaded (#40's "New reply" would go only if it had).
    const rowButton = await canvas.findByRole('button', { name: /, Ticket #39$/ });
    const name = rowButton.getAttribute('aria-label') ?? '';
    await userEvent.click(rowButton);
    await waitFor(() => expect(canvas.getByTestId('open-ticket').textContent).toMatch(/^tkt_/));
    await userEvent.click(await canvas.findByRole('button', { name: /Back to tickets/ }));
    await expect(canvas.getByTestId('open-ticket')).toHaveTextContent('none');
    await waitFor(() => expect(canvas.getByRole('button', { name })).toHaveFocus());
  },
};

/** A search with nothing to find: it says so, naming the search, and offers Clear filters. */
export const SearchNoResults: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await firstRowHeader(canvasElement);
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search tickets' }), 'fax machine');
    await expect(await canvas.findByText('No tickets match “fax machine”')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Clear filters' })).toBeVisible();
  },
};

/** "Awaiting your reply" on: only tickets where the team wrote last, each with its badge. */
export const AwaitingYourReply: Story = {
  args: { defaultFilters: { awaitingCustomer: true } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await firstRowHeader(canvasElement)).toBeVisible();
    await expect(canvas.getByRole('checkbox', { name: 'Awaiting your reply' })).toBeChecked();
    for (const row of canvas.getAllByRole('row').slice(1))
      await expect(row).toHaveTextContent('Awaiting your reply');
  },
};

/** Only high-priority tickets: the filter is sent to the API as `priority=high`. */
export const HighPriority: Story = {
  args: { defaultFilters: { priority: 'high' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await firstRowHeader(canvasElement)).toBeVisible();
    await expect(canvas.getByRole('combobox', { name: 'Priority' })).toHaveValue('high');
    for (const row of canvas.getAllByRole('row').slice(1)) await expect(row).toHaveTextContent('High');
  },
};
