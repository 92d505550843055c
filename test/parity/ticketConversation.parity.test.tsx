/**
 * Headless parity (issue 10): TicketConversation's key behaviours on a bare thread and
 * reply box built from `useTicketConversation` and `useTicketReply` alone — the description
 * first and every message oldest first with its author and zoned time, links only for clean
 * https files, one message per intent, files checked before upload and Send refused with a
 * reason while one uploads, "Reopen to reply" on a closed ticket, and a team reply arriving
 * announced politely with the unsent reply untouched.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addAttachment, addTicketMessage } from '../../mocks/db';
import { db } from '../../mocks/handlers';
import { neverAnswers } from '../../mocks/scenarios';
import { server } from '../../mocks/node';
import { useTicketConversation, useTicketReply, type Ticket } from '../../src/headless';
import { useNetworkLog } from '../api/support';
import { renderWithProvider, TEST_ORG_ID } from '../render';
import { holdRequests, requestsTo } from './support';

// -------------------------------------------------------------------------------------------------
// The bare conversation
// -------------------------------------------------------------------------------------------------

function BareReplyBox({ ticketId }: { ticketId: string }) {
  const reply = useTicketReply(ticketId);
  const { uploads } = reply;
  if (reply.mode === 'closed') {
    return (
      <div>
        <p>Closed</p>
        {reply.reopen && (
          <button type="button" onClick={reply.reopen.run}>
            {reply.reopen.label}
          </button>
        )}
      </div>
    );
  }
  if (reply.mode !== 'reply') return null;
  return (
    <form {...reply.getFormProps()} {...uploads.getDropZoneProps()}>
      <label htmlFor={reply.ids.body}>Reply</label>
      <textarea ref={reply.textareaRef} {...reply.getTextareaProps()} />
      <p id={reply.ids.hint}>{reply.count.message}</p>
      {reply.bodyError && <p id={reply.ids.bodyError}>{reply.bodyError}</p>}
      <label htmlFor={uploads.ids.input}>Attach files</label>
      <input {...uploads.getInputProps()} />
      <p id={uploads.ids.hint}>{uploads.hint}</p>
      <ul aria-label="Files">
        {uploads.items.map((item) => (
          <li key={item.id}>
            {item.name} {item.status} {item.problem}
            {item.canCancel && (
              <button type="button" aria-label={item.labels.cancel} onClick={item.cancel}>
                Cancel
              </button>
            )}
          </li>
        ))}
      </ul>
      {reply.refusal && (
        <p id={reply.ids.refusal} role="alert">
          {reply.refusal}
        </p>
      )}
      {/* No guard of its own: once-only is the hook's. */}
      <button type="submit">Send reply</button>
    </form>
  );
}

/** A ticket's conversation as a host would write it: plain elements only. */
function BareConversation({ ticketId }: { ticketId: string }) {
  const conversation = useTicketConversation(ticketId);
  return (
    <section aria-label="Conversation" data-state={conversation.view.kind}>
      <div aria-live="polite">{conversation.announcement}</div>
      <ol ref={conversation.threadRef} aria-label="Thread">
        {conversation.entries.map((entry) => (
          <li key={entry.id}>
            <span>{entry.authorLabel}</span> <time dateTime={entry.createdAt}>{entry.time}</time>
            <p>{entry.body}</p>
            {entry.attachments.map((file) =>
              file.href ? (
                <a key={file.id} href={file.href}>
                  {file.name}
                </a>
              ) : (
                <span key={file.id}>
                  {file.name} {file.statusText}
                </span>
              ),
            )}
          </li>
        ))}
      </ol>
      {conversation.entries.length > 0 && <BareReplyBox ticketId={ticketId} />}
    </section>
  );
}

// -------------------------------------------------------------------------------------------------
// Data
// -------------------------------------------------------------------------------------------------

const scope = () => db.scope(TEST_ORG_ID, 'revampd');

function withConversation(patch: Partial<Ticket> = {}): Ticket {
  const first = scope().tickets[0];
  if (!first) throw new Error('the seed has tickets');
  scope().tickets[0] = { ...first, status: 'in_progress', description: 'It rings twice', ...patch };
  scope().messages[first.id] = [];
  addTicketMessage(scope(), first.id, {
    author: { kind: 'team', name: 'Maya Okafor' },
    body: 'Looking into it',
    createdAt: '2026-11-20T15:00:00Z',
  });
  addTicketMessage(scope(), first.id, {
    author: { kind: 'customer', name: 'Jordan Lee' },
    body: 'Thanks',
    createdAt: '2026-11-20T16:00:00Z',
  });
  return scope().tickets.find((ticket) => ticket.id === first.id) ?? first;
}

const items = () => within(screen.getByRole('list', { name: 'Thread' })).getAllByRole('listitem');
const png = (name: string) =>
  new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])], name, {
    type: 'image/png',
  });

// -------------------------------------------------------------------------------------------------
// Tests
// -------------------------------------------------------------------------------------------------

describe('TicketConversation parity: a bare thread and reply box over the headless hooks', () => {
  const log = useNetworkLog();
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.useRealTimers());

  it('lists the description first, then the messages oldest first, authors in words and times in the org’s zone', async () => {
    const ticket = withConversation({ createdAt: '2026-11-20T14:05:00Z' });
    const file = addAttachment(scope(), {
      name: 'clean.png',
      contentType: 'image/png',
      size: 10,
      ticketId: ticket.id,
    });
    const blocked = addAttachment(scope(), {
      name: 'bad.pdf',
      contentType: 'application/pdf',
      size: 10,
      verdict: 'infected',
      ticketId: ticket.id,
    });
    renderWithProvider(<BareConversation ticketId={ticket.id} />);
    await waitFor(() => expect(items()).toHaveLength(3));
    expect(items()[0]).toHaveTextContent('You');
    expect(items()[0]).toHaveTextContent('Nov 20, 2026, 9:05 AM');
    expect(items()[0]).toHaveTextContent('It rings twice');
    expect(within(items()[0]!).getByRole('link', { name: 'clean.png' })).toHaveAttribute('href', file.url);
    expect(items()[0]).toHaveTextContent(`${blocked.name} Blocked: this file failed a virus scan`);
    expect(items()[1]).toHaveTextContent('Maya Okafor, Revampd team');
    expect(items()[2]).toHaveTextContent('You');
  });

  it('sends one message across a double click, then empties the box', async () => {
    const ticket = withConversation();
    const gate = holdRequests('post', '/tickets/:ticketId/messages');
    const user = userEvent.setup();
    renderWithProvider(<BareConversation ticketId={ticket.id} />);
    await user.type(await screen.findByRole('textbox', { name: 'Reply' }), 'Once only');
    await user.dblClick(screen.getByRole('button', { name: 'Send reply' }));
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    gate.release();
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Reply' })).toHaveValue(''));
    expect(requestsTo(log, 'POST', /\/messages$/)).toHaveLength(1);
    expect(scope().messages[ticket.id]?.filter((message) => message.body === 'Once only')).toHaveLength(1);
    await waitFor(() => expect(items().at(-1)).toHaveTextContent('Once only'));
  });

  it('refuses a file before upload naming it and the limit, and refuses Send while a file uploads', async () => {
    const ticket = withConversation();
    server.use(...neverAnswers('attachments', { method: 'POST' }));
    const user = userEvent.setup({ applyAccept: false });
    renderWithProvider(<BareConversation ticketId={ticket.id} />);
    await user.type(await screen.findByRole('textbox', { name: 'Reply' }), 'With files');
    await user.upload(screen.getByLabelText('Attach files'), [
      new File(['text'], 'notes.docx', { type: 'application/msword' }),
      png('slow.png'),
    ]);
    const files = screen.getByRole('list', { name: 'Files' });
    expect(files).toHaveTextContent('“notes.docx” is not a type we accept');
    expect(files).toHaveTextContent('slow.png uploading');
    await user.click(within(files).getByRole('button', { name: 'Cancel uploading slow.png' }));
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Some files were not attached: try them again or remove them.',
    );
    expect(requestsTo(log, 'POST', /\/messages$/)).toHaveLength(0);
    expect(requestsTo(log, 'POST', /\/attachments$/)).toHaveLength(1);
  });

  it('offers "Reopen to reply" on a closed ticket, then the box', async () => {
    const ticket = withConversation({ status: 'closed' });
    const user = userEvent.setup();
    renderWithProvider(<BareConversation ticketId={ticket.id} />);
    await user.click(await screen.findByRole('button', { name: 'Reopen to reply' }));
    expect(await screen.findByRole('textbox', { name: 'Reply' })).toBeInTheDocument();
  });

  it('shows a team reply that arrives, announces it politely, and leaves the unsent reply alone', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const ticket = withConversation();
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderWithProvider(<BareConversation ticketId={ticket.id} />);
    await user.type(await screen.findByRole('textbox', { name: 'Reply' }), 'Unsent');
    await waitFor(() => expect(items()).toHaveLength(3));
    addTicketMessage(scope(), ticket.id, {
      author: { kind: 'team', name: 'Sam Okoye' },
      body: 'Ping',
      createdAt: '2026-11-25T14:00:00Z',
    });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(20_000);
    });
    await waitFor(() => expect(items()).toHaveLength(4));
    expect(screen.getByText('New reply from Sam Okoye')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Reply' })).toHaveValue('Unsent');
  });
});
