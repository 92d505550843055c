import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { addAttachment, addTicketMessage } from '../mocks/db';
import type { MockDb } from '../mocks/db';
import { EICAR_SIGNATURE } from '../mocks/files';
import { db } from '../mocks/handlers/index';
import {
  neverAnswers,
  networkError,
  noAccess,
  seedHostileContent,
  ticketMessagesEmpty,
  ticketMessagesFail,
} from '../mocks/scenarios';
import { TicketConversation } from '../src/index';
import { mockApi, STORY_ORG_ID } from './support';

/** The seeded ticket awaiting the customer: seven replies, files, the team wrote last. */
function conversationTicket(mockDb: MockDb = db) {
  const scope = mockDb.scope(STORY_ORG_ID, 'revampd');
  const ticket = scope.tickets.find((candidate) => candidate.awaitingCustomer) ?? scope.tickets[0];
  if (!ticket) throw new globalThis.Error('the seed always has tickets');
  return ticket;
}

/** Stories share one browser: start each without the previous story's reply drafts. */
function clearDrafts() {
  try {
    for (const key of Object.keys(localStorage))
      if (key.includes('ticket-reply')) localStorage.removeItem(key);
  } catch {
    // A storage that throws is one of the cases the box tolerates; nothing to clear.
  }
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const screenshot = (name = 'screenshot.png') => new File([PNG], name, { type: 'image/png' });

const thread = (canvasElement: HTMLElement) =>
  within(canvasElement).findByRole('list', { name: 'Conversation' });

/**
 * A ticket's conversation with the Revampd team: the description first, every reply oldest
 * first, files (a link only when clean and https), and the reply box with "Attach files".
 */
const meta = {
  title: 'Sections/3 Tickets/TicketConversation',
  component: TicketConversation,
  tags: ['autodocs'],
  args: { ticketId: 'tkt_placeholder' },
  beforeEach: clearDrafts,
  render: (args) => <TicketConversation {...args} ticketId={conversationTicket().id} />,
} satisfies Meta<typeof TicketConversation>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A worked ticket: replies each way, files of several kinds, the newest reply in view. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const list = await thread(canvasElement);
    await waitFor(() => expect(within(list).getAllByText(/Revampd team/).length).toBeGreaterThan(0));
    await expect(within(canvasElement).getByRole('textbox', { name: 'Reply' })).toBeVisible();
  },
};

/** The messages have not arrived: the description is shown, the rest is loading. */
export const Loading: Story = {
  tags: ['visual-busy'], // never settles: the visual regression run photographs it without waiting
  parameters: { msw: mockApi(neverAnswers('ticketMessages', { method: 'GET' })) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('status')).toHaveAttribute('aria-busy', 'true');
  },
};

/** Nobody has replied yet: the description alone, and the box. */
export const EmptyThread: Story = {
  parameters: { msw: mockApi(ticketMessagesEmpty()) },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText('No replies yet. The Revampd team will answer here.'),
    ).toBeVisible();
  },
};

/** The messages cannot be loaded: an error with Retry. */
export const Error: Story = {
  parameters: { msw: mockApi(ticketMessagesFail(500, undefined, { method: 'GET' })) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** 403: this org has no access to the conversation. */
export const NoAccess: Story = {
  parameters: { msw: mockApi(noAccess('ticketMessages', { method: 'GET' })) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No access')).toBeVisible();
  },
};

/** A file on its way: name, size, progress and Cancel; "Send reply" says why it waits. */
export const Uploading: Story = {
  tags: ['visual-busy'], // never settles: the visual regression run photographs it without waiting
  parameters: { msw: mockApi(neverAnswers('attachments', { method: 'POST' })) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByRole('textbox', { name: 'Reply' }), 'Screenshot attached.');
    await userEvent.upload(await canvas.findByLabelText('Attach files'), screenshot());
    await expect(await canvas.findByRole('progressbar', { name: 'Uploading screenshot.png' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Send reply' }));
    await expect(await canvas.findByText('Wait until your files have finished uploading.')).toBeVisible();
  },
};

/** An upload that failed (the network), and a file refused before upload: Retry and Remove. */
export const FailedUpload: Story = {
  parameters: { msw: mockApi(networkError('attachments', { method: 'POST' })) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(await canvas.findByLabelText('Attach files'), [
      screenshot('dashboard.png'),
      new File([new Uint8Array(10_485_761)], 'screen-recording.png', { type: 'image/png' }),
    ]);
    await expect(
      await canvas.findByText('“screen-recording.png” is too large: files can be at most 10 MB.'),
    ).toBeVisible();
    await expect(await canvas.findByRole('button', { name: 'Retry uploading dashboard.png' })).toBeVisible();
  },
};

/** A file that failed the virus scan: no link, and it says so; in a reply, it must be removed. */
export const InfectedFile: Story = {
  parameters: {
    seed: (mockDb: MockDb) => {
      const scope = mockDb.scope(STORY_ORG_ID, 'revampd');
      const ticket = conversationTicket(mockDb);
      // On the customer's last reply, so the ticket still awaits them (the team wrote last).
      const replies = scope.messages[ticket.id] ?? [];
      const own = [...replies].reverse().find((message) => message.author.kind === 'customer');
      const file = addAttachment(scope, {
        name: 'invoice-scan.pdf',
        contentType: 'application/pdf',
        size: 402_118,
        verdict: 'infected',
        ticketId: ticket.id,
        messageId: own?.id ?? null,
      });
      own?.attachmentIds.push(file.id);
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect((await canvas.findAllByText('Blocked: this file failed a virus scan'))[0]).toBeVisible();
    await userEvent.upload(
      await canvas.findByLabelText('Attach files'),
      new File([EICAR_SIGNATURE], 'eicar.txt', { type: 'text/plain' }),
    );
    const files = await canvas.findByRole('list', { name: 'Files' });
    await waitFor(() => expect(files).toHaveTextContent('Blocked: this file failed a virus scan'));
  },
};

/** A closed ticket: "Reopen to reply" instead of the box. */
export const ClosedTicket: Story = {
  parameters: {
    seed: (mockDb: MockDb) => {
      const scope = mockDb.scope(STORY_ORG_ID, 'revampd');
      const ticket = conversationTicket(mockDb);
      scope.tickets = scope.tickets.map((row) => (row.id === ticket.id ? { ...row, status: 'closed' } : row));
    },
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'Reopen to reply' })).toBeVisible();
  },
};

/** A resolved ticket: the box says a reply reopens it. */
export const ResolvedTicket: Story = {
  parameters: {
    seed: (mockDb: MockDb) => {
      const scope = mockDb.scope(STORY_ORG_ID, 'revampd');
      const ticket = conversationTicket(mockDb);
      scope.tickets = scope.tickets.map((row) =>
        row.id === ticket.id ? { ...row, status: 'resolved' } : row,
      );
    },
  },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText('This ticket is resolved. Replying will reopen it.'),
    ).toBeVisible();
  },
};

/**
 * A team reply arrives while the person types: it appears in place (here on the window's
 * focus; by itself every 20 s) and is announced politely; the unsent reply stays.
 */
export const LiveReply: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const box = await canvas.findByRole('textbox', { name: 'Reply' });
    await userEvent.type(box, 'Half-written');
    const list = await thread(canvasElement);
    const before = within(list).getAllByRole('listitem').length;
    const scope = db.scope(STORY_ORG_ID, 'revampd');
    addTicketMessage(scope, conversationTicket().id, {
      author: { kind: 'team', name: 'Sam Okoye' },
      body: 'Quick check: is it still happening after tonight’s fix?',
      createdAt: new Date(Date.parse(conversationTicket().updatedAt) + 60_000).toISOString(),
    });
    window.dispatchEvent(new Event('focus'));
    await waitFor(() => expect(within(list).getAllByRole('listitem').length).toBeGreaterThan(before));
    await expect(canvas.getByText('New reply from Sam Okoye')).toBeInTheDocument();
    await expect(box).toHaveValue('Half-written');
  },
};

/** Markup, scripts, RTL overrides, a 500-character word and hostile file names: inert, layout intact. */
export const HostileContent: Story = {
  parameters: {
    seed: (mockDb: MockDb) => seedHostileContent(mockDb.scope(STORY_ORG_ID, 'revampd')),
  },
  render: (args) => {
    const ticket = db.scope(STORY_ORG_ID, 'revampd').tickets[0];
    return <TicketConversation {...args} ticketId={ticket?.id ?? 'tkt_missing'} />;
  },
  play: async ({ canvasElement }) => {
    await thread(canvasElement);
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvasElement.querySelector('script')).toBeNull();
  },
};

/** The dark colour scheme. */
export const Dark: Story = {
  parameters: { provider: { appearance: { colorScheme: 'dark' } } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('textbox', { name: 'Reply' })).toBeVisible();
  },
};
