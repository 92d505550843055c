/**
 * TicketConversation (issue 10): the thread, the reply box and the files, and faults.md
 * 27–31 in jsdom: one message per intent, files refused before upload and on the server's
 * word, hostile names inert, uploads that are slow, cancelled or failed, and a team reply
 * arriving while the person types.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addAttachment, addTicketMessage, type NewMockMessage } from '../../../mocks/db';
import { db } from '../../../mocks/handlers';
import { apiPath } from '../../../mocks/handlers/shared';
import { server } from '../../../mocks/node';
import {
  attachmentsFail,
  HOSTILE_FILE_NAMES,
  HOSTILE_STRINGS,
  lostResponse,
  neverAnswers,
  networkError,
  noAccess,
  ticketMessagesFail,
  UNSAFE_DOWNLOAD_URLS,
} from '../../../mocks/scenarios';
import type { Ticket } from '../../api/schemas';
import { frFR } from '../../i18n/fr-FR';
import { useNetworkLog } from '../../../test/api/support';
import { holdRequests, requestsTo } from '../../../test/parity/support';
import { renderWithProvider, TEST_ORG_ID, testProviderProps } from '../../../test/render';
import { RevampdProvider } from '../../provider/RevampdProvider';
import { TicketConversation } from './TicketConversation';

// -------------------------------------------------------------------------------------------------
// Data
// -------------------------------------------------------------------------------------------------

const scope = () => db.scope(TEST_ORG_ID, 'revampd');

const TEAM = { kind: 'team', name: 'Maya Okafor' } as const;
const CUSTOMER = { kind: 'customer', name: 'Jordan Lee' } as const;

const THREAD: NewMockMessage[] = [
  { author: TEAM, body: 'Thanks for the details.\nLooking into it.', createdAt: '2026-11-20T15:00:00Z' },
  { author: CUSTOMER, body: 'It started on Monday.', createdAt: '2026-11-20T16:30:00Z' },
  { author: TEAM, body: 'The fix is live. Could you check?', createdAt: '2026-11-21T09:30:00Z' },
];

/** The scope's newest ticket with `patch` and exactly `replies` as its conversation. */
function withConversation(patch: Partial<Ticket> = {}, replies: readonly NewMockMessage[] = THREAD): Ticket {
  const first = scope().tickets[0];
  if (!first) throw new Error('the seed has tickets');
  scope().tickets[0] = {
    ...first,
    status: 'in_progress',
    assignee: { id: 'usr_maya', name: 'Maya Okafor' },
    description: 'Calls go to voicemail.\nSince this morning.',
    createdAt: '2026-11-20T14:05:00Z',
    ...patch,
  };
  scope().messages[first.id] = [];
  for (const attachment of scope().attachments) {
    if (attachment.ticketId === first.id) attachment.ticketId = 'tkt_elsewhere';
  }
  for (const reply of replies) addTicketMessage(scope(), first.id, reply);
  const ticket = scope().tickets.find((candidate) => candidate.id === first.id);
  if (!ticket) throw new Error('ticket');
  return ticket;
}

const PNG_BYTES = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];
const png = (name = 'screenshot.png') => new File([new Uint8Array(PNG_BYTES)], name, { type: 'image/png' });

const thread = () => screen.getByRole('list', { name: 'Conversation' });
const entries = () =>
  within(thread())
    .getAllByRole('listitem')
    .filter((item) => item.parentElement === thread());
const replyBox = () => screen.getByRole('textbox', { name: 'Reply' });
const sendButton = () => screen.getByRole('button', { name: /^(Send reply|Sending…)$/ });
const fileInput = () => screen.getByLabelText<HTMLInputElement>('Attach files');
const fileList = () => screen.getByRole('list', { name: 'Files' });

async function renderThread(ticket: Ticket, overrides: Parameters<typeof renderWithProvider>[1] = {}) {
  const result = renderWithProvider(<TicketConversation ticketId={ticket.id} />, overrides);
  await screen.findByRole('textbox', { name: 'Reply' });
  await waitFor(() => expect(entries()).toHaveLength(scope().messages[ticket.id]!.length + 1));
  return result;
}

const networkLog = useNetworkLog();

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
});

// -------------------------------------------------------------------------------------------------
// The thread
// -------------------------------------------------------------------------------------------------

describe('TicketConversation: the thread', () => {
  it('lists the description first, then every message oldest first, with author, zoned time and line breaks', async () => {
    const ticket = withConversation();
    await renderThread(ticket);
    const items = entries();
    expect(items).toHaveLength(4);
    // The description opens it, written by the customer ("You"), at the ticket's creation.
    expect(items[0]).toHaveTextContent('You');
    expect(items[0]).toHaveTextContent('Description');
    expect(within(items[0]!).getByRole('paragraph').textContent).toBe(
      'Calls go to voicemail.\nSince this morning.',
    );
    // America/New_York: 14:05Z is 9:05 AM.
    expect(within(items[0]!).getByText('Nov 20, 2026, 9:05 AM')).toHaveAttribute(
      'datetime',
      ticket.createdAt,
    );
    expect(items[1]).toHaveTextContent('Maya Okafor, Revampd team');
    expect(within(items[1]!).getByRole('paragraph').textContent).toBe(
      'Thanks for the details.\nLooking into it.',
    );
    expect(items[2]).toHaveTextContent('You');
    expect(items[2]).toHaveTextContent('It started on Monday.');
    expect(items[3]).toHaveTextContent('The fix is live. Could you check?');
    expect(within(items[3]!).getByText('Nov 21, 2026, 4:30 AM')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Conversation' })).toHaveAttribute('data-state', 'ready');
  });

  it('says so when nobody has replied yet, the description still shown', async () => {
    const ticket = withConversation({}, []);
    await renderThread(ticket);
    expect(entries()).toHaveLength(1);
    expect(screen.getByText('No replies yet. The Revampd team will answer here.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Conversation' })).toHaveAttribute('data-state', 'empty');
  });

  it('shows an error with a working Retry when the messages cannot be loaded', async () => {
    const ticket = withConversation();
    server.use(...ticketMessagesFail(500, undefined, { method: 'GET', times: 3 }));
    const user = userEvent.setup();
    renderWithProvider(<TicketConversation ticketId={ticket.id} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Revampd is having trouble right now');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(entries()).toHaveLength(4));
  });

  it('says the org has no access on 403', async () => {
    const ticket = withConversation();
    server.use(...noAccess('ticketMessages', { method: 'GET' }));
    renderWithProvider(<TicketConversation ticketId={ticket.id} />);
    expect(await screen.findByRole('note')).toHaveTextContent('does not have access');
    expect(screen.getByRole('region', { name: 'Conversation' })).toHaveAttribute('data-state', 'no-access');
  });

  it('pages a long thread from the server until its newest message', async () => {
    const replies = Array.from(
      { length: 120 },
      (_, index): NewMockMessage => ({
        author: index % 2 === 0 ? TEAM : CUSTOMER,
        body: `Message ${index + 1}`,
        createdAt: new Date(Date.parse('2026-11-20T15:00:00Z') + index * 60_000).toISOString(),
      }),
    );
    const ticket = withConversation({}, replies);
    await renderThread(ticket);
    const pages = requestsTo(networkLog, 'GET', /\/messages$/);
    expect(pages.length).toBe(3);
    expect(pages[0]?.searchParams.has('cursor')).toBe(false);
    expect(pages[1]?.searchParams.get('cursor')).toBeTruthy();
    expect(entries().at(-1)).toHaveTextContent('Message 120');
    expect(entries()[1]).toHaveTextContent('Message 1');
  });
});

// -------------------------------------------------------------------------------------------------
// Files in the thread (faults.md 29)
// -------------------------------------------------------------------------------------------------

describe('TicketConversation: files (faults.md 29)', () => {
  it('links a clean https file only; pending and infected files say why; hostile names stay text', async () => {
    const ticket = withConversation({}, []);
    const clean = addAttachment(scope(), { name: 'routing.png', contentType: 'image/png', size: 284_311 });
    const pending = addAttachment(scope(), {
      name: HOSTILE_FILE_NAMES.html,
      contentType: 'image/png',
      size: 2048,
      scannedAt: Number.MAX_SAFE_INTEGER,
    });
    const infected = addAttachment(scope(), {
      name: 'invoice-scan.pdf',
      contentType: 'application/pdf',
      size: 402_118,
      verdict: 'infected',
    });
    const long = addAttachment(scope(), {
      name: HOSTILE_FILE_NAMES.long,
      contentType: 'application/pdf',
      size: 4096,
    });
    const unsafe = UNSAFE_DOWNLOAD_URLS.map((url, index) =>
      addAttachment(scope(), { name: `unsafe-${index}.png`, contentType: 'image/png', size: 100, url }),
    );
    addTicketMessage(scope(), ticket.id, {
      author: TEAM,
      body: `${HOSTILE_STRINGS.script}\n${HOSTILE_STRINGS.unbroken}`,
      createdAt: '2026-11-21T09:30:00Z',
      attachmentIds: [clean, pending, infected, long, ...unsafe].map((file) => file.id),
    });
    const { container } = await renderThread(ticket);
    const files = within(entries()[1]!).getByRole('list', { name: 'Attachments' });

    const link = within(files).getByRole('link', { name: 'routing.png' });
    expect(link).toHaveAttribute('href', clean.url);
    expect(within(files).getByText('278 kB')).toBeInTheDocument();
    // Only that one and the long-named one are links: not pending, not infected, not unsafe URLs.
    expect(within(files).getAllByRole('link')).toHaveLength(2);
    expect(within(files).getByText(HOSTILE_FILE_NAMES.html).closest('li')).toHaveTextContent('Scanning…');
    expect(within(files).getByText('invoice-scan.pdf').closest('li')).toHaveTextContent(
      'Blocked: this file failed a virus scan',
    );
    for (const [index] of UNSAFE_DOWNLOAD_URLS.entries()) {
      expect(within(files).getByText(`unsafe-${index}.png`).closest('li')).toHaveTextContent(
        'Not available to download',
      );
    }
    // The whole name is text (cut only by CSS); nothing in it became markup.
    expect(within(files).getByRole('link', { name: HOSTILE_FILE_NAMES.long })).toBeInTheDocument();
    expect(container.querySelector('img, script')).toBeNull();
    expect(within(entries()[1]!).getByRole('paragraph').textContent).toBe(
      `${HOSTILE_STRINGS.script}\n${HOSTILE_STRINGS.unbroken}`,
    );
  });

  it('polls a pending file until its scan is done, then links it', async () => {
    const ticket = withConversation({}, []);
    const file = addAttachment(scope(), {
      name: 'late.png',
      contentType: 'image/png',
      size: 100,
      scannedAt: Number.MAX_SAFE_INTEGER,
    });
    addTicketMessage(scope(), ticket.id, { author: TEAM, body: 'See attached', attachmentIds: [file.id] });
    await renderThread(ticket);
    expect(screen.getByText('late.png').closest('li')).toHaveTextContent('Scanning…');
    file.scannedAt = 0;
    expect(await screen.findByRole('link', { name: 'late.png' })).toHaveAttribute('href', file.url);
    const polls = requestsTo(networkLog, 'GET', new RegExp(`/attachments/${file.id}$`));
    expect(polls.length).toBeGreaterThan(0);
  });
});

// -------------------------------------------------------------------------------------------------
// Replying (faults.md 27)
// -------------------------------------------------------------------------------------------------

const replies = () => requestsTo(networkLog, 'POST', /\/messages$/);
const replyKeys = () =>
  networkLog.requests
    .filter((request) => request.method === 'POST' && request.url.endsWith('/messages'))
    .map((request) => request.idempotencyKey);
const customerMessages = (ticket: Ticket, body: string) =>
  (scope().messages[ticket.id] ?? []).filter((message) => message.body === body);

describe('TicketConversation: replying (faults.md 27)', () => {
  it('sends a reply once across a double click and a held Enter; it appears at the end and the box empties', async () => {
    const ticket = withConversation();
    const gate = holdRequests('post', '/tickets/:ticketId/messages');
    const user = userEvent.setup();
    await renderThread(ticket);
    await user.type(replyBox(), 'Still happening.{Enter}Second line');
    await user.dblClick(sendButton());
    sendButton().focus();
    await user.keyboard('{Enter>3/}');
    await waitFor(() => expect(replies().length).toBeGreaterThan(0));
    expect(sendButton()).toHaveTextContent('Sending…');
    gate.release();
    await waitFor(() => expect(entries()).toHaveLength(5));
    expect(entries().at(-1)).toHaveTextContent('You');
    expect(within(entries().at(-1)!).getByRole('paragraph').textContent).toBe(
      'Still happening.\nSecond line',
    );
    expect(replyBox()).toHaveValue('');
    expect(replies()).toHaveLength(1);
    expect(customerMessages(ticket, 'Still happening.\nSecond line')).toHaveLength(1);
  });

  it('a retry after a lost response sends the same key: one message', async () => {
    const ticket = withConversation();
    // Lost every time the client tries on its own (it retries twice), then answered.
    server.use(...lostResponse('replyToTicket', { times: 3 }));
    const user = userEvent.setup();
    await renderThread(ticket);
    await user.type(replyBox(), 'Lost once');
    await user.click(sendButton());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your reply was not sent. Nothing you typed was lost; try again.');
    expect(replyBox()).toHaveValue('Lost once');
    await user.click(sendButton());
    await waitFor(() => expect(replyBox()).toHaveValue(''));
    const keys = replyKeys();
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(new Set(keys).size).toBe(1);
    expect(customerMessages(ticket, 'Lost once')).toHaveLength(1);
  });

  it('the ticket left and opened again mid-send: Send joins the reply in flight, one message', async () => {
    const ticket = withConversation();
    const gate = holdRequests('post', '/tickets/:ticketId/messages');
    const user = userEvent.setup();
    // One provider throughout, as in the portal: only the conversation unmounts.
    const ui = (shown: boolean) => (
      <RevampdProvider {...testProviderProps()}>
        {shown && <TicketConversation ticketId={ticket.id} />}
      </RevampdProvider>
    );
    const view = render(ui(true));
    await user.type(await screen.findByRole('textbox', { name: 'Reply' }), 'Sent while leaving');
    await user.click(sendButton());
    await waitFor(() => expect(replies()).toHaveLength(1));
    view.rerender(ui(false));
    view.rerender(ui(true));
    // Back: the reply has not landed, so its draft is there; Send joins the one in flight.
    expect(await screen.findByRole('textbox', { name: 'Reply' })).toHaveValue('Sent while leaving');
    await user.click(sendButton());
    gate.release();
    await waitFor(() => expect(replyBox()).toHaveValue(''));
    expect(replies()).toHaveLength(1);
    expect(customerMessages(ticket, 'Sent while leaving')).toHaveLength(1);
    await waitFor(() => expect(entries().at(-1)).toHaveTextContent('Sent while leaving'));
  });

  it('a reply that lands while the ticket is closed is there, and its draft gone, when it opens again', async () => {
    const ticket = withConversation();
    const gate = holdRequests('post', '/tickets/:ticketId/messages');
    const user = userEvent.setup();
    const ui = (shown: boolean) => (
      <RevampdProvider {...testProviderProps()}>
        {shown && <TicketConversation ticketId={ticket.id} />}
      </RevampdProvider>
    );
    const view = render(ui(true));
    await user.type(await screen.findByRole('textbox', { name: 'Reply' }), 'Landed while away');
    await user.click(sendButton());
    await waitFor(() => expect(replies()).toHaveLength(1));
    view.rerender(ui(false));
    gate.release();
    await waitFor(() => expect(customerMessages(ticket, 'Landed while away')).toHaveLength(1));
    view.rerender(ui(true));
    await waitFor(() => expect(entries().at(-1)).toHaveTextContent('Landed while away'));
    expect(replyBox()).toHaveValue('');
    expect(replies()).toHaveLength(1);
  });

  it('a reload mid-send: the key is kept with the draft, so sending again posts nothing new', async () => {
    const ticket = withConversation();
    server.use(...lostResponse('replyToTicket', { times: 3 }));
    const user = userEvent.setup();
    const first = await renderThread(ticket);
    await user.type(replyBox(), 'Reload me');
    await user.click(sendButton());
    await screen.findByRole('alert');
    // A reload: a new provider (new cache, new in-memory keys); only storage survives.
    window.dispatchEvent(new Event('pagehide'));
    first.unmount();
    await renderThread(ticket);
    expect(replyBox()).toHaveValue('Reload me');
    expect(screen.getByText('We restored your unsent reply.')).toBeInTheDocument();
    await user.click(sendButton());
    await waitFor(() => expect(replyBox()).toHaveValue(''));
    expect(new Set(replyKeys()).size).toBe(1);
    expect(customerMessages(ticket, 'Reload me')).toHaveLength(1);
  });

  it('refuses an empty reply next to the field, and focuses it', async () => {
    const ticket = withConversation();
    const user = userEvent.setup();
    await renderThread(ticket);
    await user.type(replyBox(), '   ');
    await user.click(sendButton());
    expect(replyBox()).toHaveAccessibleDescription(/Enter a reply/);
    await waitFor(() => expect(replyBox()).toHaveFocus());
    expect(replies()).toHaveLength(0);
  });

  it('counts characters live, in the locale’s plural rules', async () => {
    const ticket = withConversation();
    const user = userEvent.setup();
    await renderThread(ticket);
    expect(screen.getByText('5,000 characters remaining')).toBeInTheDocument();
    await user.click(replyBox());
    await user.paste('x'.repeat(4999));
    expect(screen.getByText('1 character remaining')).toBeInTheDocument();
    await user.type(replyBox(), 'yy');
    expect(screen.getByText('1 character too many')).toBeInTheDocument();
  });

  it('counts in French the French way (0 and 1 singular)', async () => {
    const ticket = withConversation();
    const user = userEvent.setup();
    renderWithProvider(<TicketConversation ticketId={ticket.id} />, {
      locale: 'fr-FR',
      baseMessages: frFR,
    });
    const box = await screen.findByRole('textbox', { name: 'Réponse' });
    await user.click(box);
    await user.paste('x'.repeat(5000));
    expect(screen.getByText('0 caractère restant')).toBeInTheDocument();
    await user.type(box, 'yy');
    expect(screen.getByText('2 caractères en trop')).toBeInTheDocument();
  });

  it('says a reply reopens a resolved ticket, and it does', async () => {
    const ticket = withConversation({ status: 'resolved' });
    const user = userEvent.setup();
    await renderThread(ticket);
    expect(screen.getByText('This ticket is resolved. Replying will reopen it.')).toBeInTheDocument();
    await user.type(replyBox(), 'Not fixed after all');
    await user.click(sendButton());
    await waitFor(() => expect(replyBox()).toHaveValue(''));
    expect(scope().tickets.find((row) => row.id === ticket.id)?.status).toBe('open');
    await waitFor(() =>
      expect(screen.queryByText('This ticket is resolved. Replying will reopen it.')).not.toBeInTheDocument(),
    );
  });

  it('offers "Reopen to reply" on a closed ticket instead of the box', async () => {
    const ticket = withConversation({ status: 'closed' });
    const user = userEvent.setup();
    renderWithProvider(<TicketConversation ticketId={ticket.id} />);
    expect(await screen.findByText('This ticket is closed. Reopen it to reply.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Reply' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reopen to reply' }));
    expect(await screen.findByRole('textbox', { name: 'Reply' })).toBeInTheDocument();
    expect(scope().tickets.find((row) => row.id === ticket.id)?.status).toBe('open');
  });

  it('a ticket closed meanwhile (409 ticket_closed): says so, keeps the text, offers Reopen; then sends once', async () => {
    const ticket = withConversation();
    const user = userEvent.setup();
    await renderThread(ticket);
    await user.type(replyBox(), 'After the close');
    // The team closes it while the person types.
    const index = scope().tickets.findIndex((row) => row.id === ticket.id);
    scope().tickets[index] = { ...scope().tickets[index]!, status: 'closed' };
    await user.click(sendButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This ticket was closed, so your reply was not sent. Reopen it to reply; your text is kept.',
    );
    await user.click(await screen.findByRole('button', { name: 'Reopen to reply' }));
    expect(await screen.findByRole('textbox', { name: 'Reply' })).toHaveValue('After the close');
    await user.click(sendButton());
    await waitFor(() => expect(replyBox()).toHaveValue(''));
    expect(customerMessages(ticket, 'After the close')).toHaveLength(1);
  });

  it('renders no box when the host switched replyToTickets off, and no file control without attachFiles', async () => {
    const ticket = withConversation();
    const view = renderWithProvider(<TicketConversation ticketId={ticket.id} />, {
      features: { replyToTickets: false },
    });
    await waitFor(() => expect(entries()).toHaveLength(4));
    expect(screen.queryByRole('textbox', { name: 'Reply' })).not.toBeInTheDocument();
    view.unmount();
    renderWithProvider(<TicketConversation ticketId={ticket.id} />, { features: { attachFiles: false } });
    await screen.findByRole('textbox', { name: 'Reply' });
    expect(screen.queryByLabelText('Attach files')).not.toBeInTheDocument();
  });
});

// -------------------------------------------------------------------------------------------------
// Files on a reply (faults.md 28, 30)
// -------------------------------------------------------------------------------------------------

const uploads = () => requestsTo(networkLog, 'POST', /\/attachments$/);
const uploadKeys = () =>
  networkLog.requests
    .filter((request) => request.method === 'POST' && request.url.endsWith('/attachments'))
    .map((request) => request.idempotencyKey);
const fileRow = (name: string) => {
  const row = within(fileList()).getByText(name).closest('li');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};

describe('TicketConversation: files on a reply (faults.md 28, 30)', () => {
  it('uploads a file and sends its id with the reply; the message carries it', async () => {
    const ticket = withConversation();
    const user = userEvent.setup();
    await renderThread(ticket);
    await user.type(replyBox(), 'Screenshot attached');
    await user.upload(fileInput(), png());
    await waitFor(() => expect(fileRow('screenshot.png')).toHaveTextContent(/Scanning…|Attached/));
    await user.click(sendButton());
    await waitFor(() => expect(replyBox()).toHaveValue(''));
    const [sent] = customerMessages(ticket, 'Screenshot attached');
    expect(sent?.attachmentIds).toHaveLength(1);
    expect(within(entries().at(-1)!).getByText('screenshot.png')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Files' })).not.toBeInTheDocument();
  });

  it('refuses a file over 10 MiB and one of a refused type before any upload, naming the file and the limit', async () => {
    const ticket = withConversation();
    const user = userEvent.setup({ applyAccept: false });
    await renderThread(ticket);
    await user.type(replyBox(), 'Keep this text');
    const big = new File([new Uint8Array(10_485_761)], 'huge.png', { type: 'image/png' });
    const exe = new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' });
    await user.upload(fileInput(), [big, exe, png('fine.png')]);
    expect(fileRow('huge.png')).toHaveTextContent('“huge.png” is too large: files can be at most 10 MB.');
    expect(fileRow('setup.exe')).toHaveTextContent('“setup.exe” is not a type we accept');
    await waitFor(() => expect(fileRow('fine.png')).toHaveTextContent(/Scanning…|Attached/));
    // Only the acceptable file went out; the text and that file stay.
    expect(uploads()).toHaveLength(1);
    expect(replyBox()).toHaveValue('Keep this text');
    // Refused files stop the reply, with the reason, until they are removed.
    await user.click(sendButton());
    expect(
      await screen.findByText('Some files were not attached: try them again or remove them.'),
    ).toBeInTheDocument();
    expect(replies()).toHaveLength(0);
    await user.click(within(fileRow('huge.png')).getByRole('button', { name: 'Remove huge.png' }));
    await user.click(within(fileRow('setup.exe')).getByRole('button', { name: 'Remove setup.exe' }));
    await user.click(sendButton());
    await waitFor(() => expect(replyBox()).toHaveValue(''));
    expect(customerMessages(ticket, 'Keep this text')[0]?.attachmentIds).toHaveLength(1);
  });

  it('shows the server’s 415 (it checks the bytes) on that file, keeping the text and the other files', async () => {
    const ticket = withConversation();
    const user = userEvent.setup();
    await renderThread(ticket);
    await user.type(replyBox(), 'Two files');
    await user.upload(fileInput(), png('good.png'));
    await waitFor(() => expect(fileRow('good.png')).toHaveTextContent(/Scanning…|Attached/));
    // A "PNG" whose bytes are not one.
    await user.upload(fileInput(), new File(['not an image'], 'fake.png', { type: 'image/png' }));
    await waitFor(() => expect(fileRow('fake.png')).toHaveTextContent('“fake.png” is not a type we accept'));
    expect(within(fileRow('fake.png')).queryByRole('button', { name: /Retry/ })).not.toBeInTheDocument();
    expect(fileRow('good.png')).not.toHaveTextContent('not a type');
    expect(replyBox()).toHaveValue('Two files');
  });

  it('shows the server’s 413 on that file', async () => {
    const ticket = withConversation();
    server.use(...attachmentsFail(413, 'file_too_large', { method: 'POST' }));
    const user = userEvent.setup();
    await renderThread(ticket);
    await user.upload(fileInput(), png('big-on-server.png'));
    await waitFor(() =>
      expect(fileRow('big-on-server.png')).toHaveTextContent('is too large: files can be at most 10 MB.'),
    );
  });

  it('shows progress, refuses to send while uploading, cancels, and retries with the same key', async () => {
    const ticket = withConversation();
    server.use(...neverAnswers('attachments', { method: 'POST', times: 1 }));
    const user = userEvent.setup();
    await renderThread(ticket);
    await user.type(replyBox(), 'With a slow file');
    await user.upload(fileInput(), png('slow.png'));
    const progress = await within(fileRow('slow.png')).findByRole('progressbar', {
      name: 'Uploading slow.png',
    });
    expect(progress).toBeInTheDocument();
    await waitFor(() => expect(uploads()).toHaveLength(1));

    await user.click(sendButton());
    expect(await screen.findByText('Wait until your files have finished uploading.')).toBeInTheDocument();
    expect(replies()).toHaveLength(0);

    await user.click(within(fileRow('slow.png')).getByRole('button', { name: 'Cancel uploading slow.png' }));
    expect(fileRow('slow.png')).toHaveTextContent('Upload cancelled.');
    await user.click(sendButton());
    expect(
      await screen.findByText('Some files were not attached: try them again or remove them.'),
    ).toBeInTheDocument();

    await user.click(within(fileRow('slow.png')).getByRole('button', { name: 'Retry uploading slow.png' }));
    await waitFor(() => expect(fileRow('slow.png')).toHaveTextContent(/Scanning…|Attached/));
    const keys = uploadKeys();
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(1);
    await user.click(sendButton());
    await waitFor(() => expect(replyBox()).toHaveValue(''));
    expect(customerMessages(ticket, 'With a slow file')[0]?.attachmentIds).toHaveLength(1);
  });

  it('an interrupted upload (network) can be retried with its key; one attachment stored', async () => {
    const ticket = withConversation();
    server.use(...networkError('attachments', { method: 'POST', times: 3 }));
    const user = userEvent.setup();
    await renderThread(ticket);
    const before = scope().attachments.length;
    await user.upload(fileInput(), png('flaky.png'));
    await waitFor(() => expect(fileRow('flaky.png')).toHaveTextContent('“flaky.png” was not uploaded.'));
    await user.click(within(fileRow('flaky.png')).getByRole('button', { name: 'Retry uploading flaky.png' }));
    await waitFor(() => expect(fileRow('flaky.png')).toHaveTextContent(/Scanning…|Attached/));
    expect(new Set(uploadKeys()).size).toBe(1);
    expect(scope().attachments.length).toBe(before + 1);
  });

  it('attaches at most five files, naming the one left out', async () => {
    const ticket = withConversation();
    const user = userEvent.setup();
    await renderThread(ticket);
    await user.upload(
      fileInput(),
      Array.from({ length: 6 }, (_, index) => png(`shot-${index + 1}.png`)),
    );
    expect(fileRow('shot-6.png')).toHaveTextContent(
      '“shot-6.png” was not attached: you can attach at most 5 files.',
    );
    await waitFor(() => expect(uploads()).toHaveLength(5));
  });

  it('keeps uploaded files with the draft: back after a remount', async () => {
    const ticket = withConversation();
    const user = userEvent.setup();
    const view = await renderThread(ticket);
    await user.type(replyBox(), 'Draft with a file');
    await user.upload(fileInput(), png('kept.png'));
    await waitFor(() => expect(fileRow('kept.png')).toHaveTextContent(/Scanning…|Attached/));
    view.unmount();
    await renderThread(ticket);
    expect(replyBox()).toHaveValue('Draft with a file');
    expect(fileRow('kept.png')).toBeInTheDocument();
  });
});

// -------------------------------------------------------------------------------------------------
// Live (faults.md 31)
// -------------------------------------------------------------------------------------------------

describe('TicketConversation: live (faults.md 31)', () => {
  const messageReads = () => requestsTo(networkLog, 'GET', /\/messages$/);

  it('a team reply appears within 20 s, is announced politely, and the unsent reply is untouched', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const ticket = withConversation();
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { container } = await renderThread(ticket);
    await user.type(replyBox(), 'Half-written answer');
    addTicketMessage(scope(), ticket.id, {
      author: { kind: 'team', name: 'Sam Okoye' },
      body: 'Any update on your side?',
      createdAt: '2026-11-25T14:00:00Z',
    });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(20_000);
    });
    await waitFor(() => expect(entries()).toHaveLength(5));
    expect(entries().at(-1)).toHaveTextContent('Sam Okoye, Revampd team');
    const live = [...container.querySelectorAll('[aria-live="polite"]')].map((region) => region.textContent);
    expect(live).toContain('New reply from Sam Okoye');
    expect(replyBox()).toHaveValue('Half-written answer');
  });

  it('looks again when the window gets focus', async () => {
    const ticket = withConversation();
    await renderThread(ticket);
    const before = messageReads().length;
    addTicketMessage(scope(), ticket.id, {
      author: TEAM,
      body: 'On focus',
      createdAt: '2026-11-25T14:00:00Z',
    });
    // The first check may come at once; checks closer than 2 s are merged.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(2_500);
      window.dispatchEvent(new Event('focus'));
    });
    await waitFor(() => expect(entries().at(-1)).toHaveTextContent('On focus'));
    expect(messageReads().length).toBe(before + 1);
  });

  it('polls nothing while the page is hidden, and nothing after unmount', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const ticket = withConversation();
    const view = await renderThread(ticket);
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    const whileHidden = messageReads().length;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(60_000);
    });
    expect(messageReads().length).toBe(whileHidden);

    visibility.mockReturnValue('visible');
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    // Visible again: one look at once.
    await waitFor(() => expect(messageReads().length).toBe(whileHidden + 1));

    view.unmount();
    const afterUnmount = messageReads().length;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(60_000);
    });
    window.dispatchEvent(new Event('focus'));
    expect(messageReads().length).toBe(afterUnmount);
  });
});

// -------------------------------------------------------------------------------------------------
// In a host's tree
// -------------------------------------------------------------------------------------------------

describe('TicketConversation in a host’s tree', () => {
  it('forwards its ref and spreads attributes on its root', async () => {
    const ticket = withConversation();
    let root: HTMLElement | null = null;
    renderWithProvider(
      <TicketConversation
        ref={(element) => {
          root = element;
        }}
        ticketId={ticket.id}
        id="host-conversation"
        data-testid="conversation"
      />,
    );
    const element = await screen.findByTestId('conversation');
    expect(root).toBe(element);
    expect(element).toHaveAttribute('id', 'host-conversation');
  });

  it('a message page that breaks the contract shows the bad-response error, not the rows', async () => {
    const ticket = withConversation();
    server.use(
      http.get(apiPath('/tickets/:ticketId/messages'), () =>
        Response.json({ data: [{ id: 1 }], nextCursor: null }),
      ),
    );
    renderWithProvider(<TicketConversation ticketId={ticket.id} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('We received a response we could not read');
  });
});
