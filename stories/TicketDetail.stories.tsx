import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { db } from '../mocks/handlers/index';
import type { MockDb } from '../mocks/db';
import { neverAnswers, networkError, noAccess } from '../mocks/scenarios';
import { TicketDetail } from '../src/index';
import { mockApi, STORY_ORG_ID } from './support';

/** The seeded scope's newest ticket: ids are deterministic per org, so this is stable. */
function newestTicket(mockDb: MockDb = db) {
  const ticket = mockDb.scope(STORY_ORG_ID, 'revampd').tickets[0];
  if (!ticket) throw new globalThis.Error('the seed always has tickets');
  return ticket;
}

/** One ticket: plain-text description with its line breaks, status, priority, assignee, times, Close / Reopen. */
const meta = {
  title: 'Sections/3 Tickets/TicketDetail',
  id: 'widgets-ticketdetail', // the id from before the regrouping, so links to its stories keep working
  component: TicketDetail,
  tags: ['autodocs'],
  args: { ticketId: 'tkt_placeholder' },
  render: (args) => <TicketDetail {...args} ticketId={newestTicket().id} />,
} satisfies Meta<typeof TicketDetail>;

export default meta;
type Story = StoryObj<typeof meta>;

const withDescription = (mockDb: MockDb) => {
  const ticket = newestTicket(mockDb);
  ticket.description =
    'Since this morning calls go to voicemail.\n\nSteps:\n  1. Call the main line\n  2. Nothing rings';
  ticket.assignee = { id: 'usr_maya_okafor', name: 'Maya Okafor' };
  ticket.status = 'in_progress';
};

/** An in-progress ticket with an assignee and a multi-line description. */
export const Default: Story = {
  parameters: { seed: withDescription },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'Close ticket' })).toBeVisible();
  },
};

/** The ticket is loading. */
export const Loading: Story = {
  tags: ['visual-busy'], // never settles: the visual regression run photographs it without waiting
  parameters: { msw: mockApi(neverAnswers('tickets', { method: 'GET' })) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('status')).toHaveAttribute('aria-busy', 'true');
  },
};

/** Nothing to show: the ticket does not exist (404). */
export const Empty: Story = {
  render: (args) => <TicketDetail {...args} ticketId="tkt_missing" />,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('This item could not be found.')).toBeVisible();
  },
};

/** The network fails: an error with Retry. */
export const Error: Story = {
  parameters: { msw: mockApi(networkError('tickets', { method: 'GET' })) },
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
  parameters: { seed: withDescription, provider: { appearance: { colorScheme: 'dark' } } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'Close ticket' })).toBeVisible();
  },
};

/** An open, unassigned ticket: Close is offered. */
export const Open: Story = {
  parameters: {
    seed: (mockDb: MockDb) => {
      const ticket = newestTicket(mockDb);
      ticket.status = 'open';
      ticket.assignee = null;
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Unassigned')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Close ticket' })).toBeVisible();
  },
};

/** A closed ticket: Reopen is offered. */
export const Closed: Story = {
  parameters: {
    seed: (mockDb: MockDb) => {
      newestTicket(mockDb).status = 'closed';
    },
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'Reopen ticket' })).toBeVisible();
  },
};

/** With a Back button, as inside the Tickets section. */
export const WithBack: Story = {
  args: { onBack: () => undefined },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: /Back to tickets/ })).toBeVisible();
  },
};

/** The ticket awaiting your reply: its conversation with the team under the details, and the reply box. */
export const WithConversation: Story = {
  render: (args) => {
    const scope = db.scope(STORY_ORG_ID, 'revampd');
    const ticket = scope.tickets.find((candidate) => candidate.awaitingCustomer) ?? newestTicket();
    return <TicketDetail {...args} ticketId={ticket.id} />;
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { level: 3, name: 'Conversation' })).toBeVisible();
    await expect(await canvas.findByRole('textbox', { name: 'Reply' })).toBeVisible();
  },
};
