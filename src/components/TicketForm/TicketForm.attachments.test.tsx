/**
 * TicketForm's "Attach files" (issue 10, item 6): the same control as a reply's, its
 * uploaded files sent as `attachmentIds`, the form not sent while a file is uploading or
 * failed (said in the error summary), files refused before upload naming the file and the
 * limit, and the uploaded files kept with the draft.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../mocks/handlers';
import { neverAnswers } from '../../../mocks/scenarios';
import { server } from '../../../mocks/node';
import { useNetworkLog } from '../../../test/api/support';
import { requestsTo } from '../../../test/parity/support';
import { renderWithProvider, TEST_ORG_ID } from '../../../test/render';
import { TicketForm } from './TicketForm';

const scope = () => db.scope(TEST_ORG_ID, 'revampd');
const log = useNetworkLog();
const png = (name: string) =>
  new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])], name, {
    type: 'image/png',
  });
const fileRow = (name: string) => {
  const row = within(screen.getByRole('list', { name: 'Files' }))
    .getByText(name)
    .closest('li');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};

async function fill(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByRole('textbox', { name: 'Title' }), 'With a screenshot');
  await user.type(screen.getByRole('textbox', { name: 'Description' }), 'See the file');
}

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('TicketForm: Attach files', () => {
  it('sends the uploaded files as attachmentIds; they become the ticket’s own', async () => {
    const user = userEvent.setup();
    renderWithProvider(<TicketForm />);
    await fill(user);
    await user.upload(screen.getByLabelText('Attach files'), [png('one.png'), png('two.png')]);
    await waitFor(() => expect(fileRow('two.png')).toHaveTextContent(/Scanning…|Attached/));
    await waitFor(() => expect(fileRow('one.png')).toHaveTextContent(/Scanning…|Attached/));
    await user.click(screen.getByRole('button', { name: 'Submit ticket' }));
    await screen.findByRole('heading', { name: /submitted$/ });
    const created = scope().tickets.find((ticket) => ticket.title === 'With a screenshot');
    const own = scope().attachments.filter((file) => file.ticketId === created?.id);
    expect(own.map((file) => file.name).sort()).toEqual(['one.png', 'two.png']);
  });

  it('is not sent while a file uploads: the error summary says why and links to the control', async () => {
    server.use(...neverAnswers('attachments', { method: 'POST' }));
    const user = userEvent.setup();
    renderWithProvider(<TicketForm />);
    await fill(user);
    await user.upload(screen.getByLabelText('Attach files'), png('slow.png'));
    await user.click(screen.getByRole('button', { name: 'Submit ticket' }));
    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', {
      name: 'Wait until your files have finished uploading.',
    });
    await user.click(link);
    expect(screen.getByLabelText('Attach files')).toHaveFocus();
    expect(requestsTo(log, 'POST', /\/tickets$/)).toHaveLength(0);
  });

  it('refuses a file over 10 MiB before any upload, naming it and the limit; the typed values stay', async () => {
    const user = userEvent.setup();
    renderWithProvider(<TicketForm />);
    await fill(user);
    await user.upload(
      screen.getByLabelText('Attach files'),
      new File([new Uint8Array(10_485_761)], 'video.png', { type: 'image/png' }),
    );
    expect(fileRow('video.png')).toHaveTextContent('“video.png” is too large: files can be at most 10 MB.');
    expect(requestsTo(log, 'POST', /\/attachments$/)).toHaveLength(0);
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('With a screenshot');
  });

  it('keeps uploaded files with the draft across a remount', async () => {
    const user = userEvent.setup();
    const view = renderWithProvider(<TicketForm />);
    await fill(user);
    await user.upload(screen.getByLabelText('Attach files'), png('kept.png'));
    await waitFor(() => expect(fileRow('kept.png')).toHaveTextContent(/Scanning…|Attached/));
    view.unmount();
    renderWithProvider(<TicketForm />);
    expect(await screen.findByText('We restored your unsent draft.')).toBeInTheDocument();
    expect(fileRow('kept.png')).toBeInTheDocument();
  });

  it('offers no control when the host switched attachFiles off', () => {
    renderWithProvider(<TicketForm />, { features: { attachFiles: false } });
    expect(screen.queryByLabelText('Attach files')).not.toBeInTheDocument();
  });
});
