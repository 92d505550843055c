/**
 * TicketConversation in real Chromium (issue 10): what only a browser decides — axe in
 * light and dark and in every state the box can be in, a reply with a file sent with the
 * keyboard alone, files dropped and images pasted, a reload that keeps the reply's draft,
 * the newest message in view when the thread opens, and hostile text and file names inert
 * with the layout intact at 320 px (faults.md 27–31).
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { addTicketMessage, type NewMockMessage } from '../../mocks/db';
import { db } from '../../mocks/handlers';
import {
  HOSTILE_FILE_NAMES,
  HOSTILE_STRINGS,
  neverAnswers,
  networkError,
  seedHostileContent,
} from '../../mocks/scenarios';
import { RevampdProvider, TicketConversation, type Ticket } from '../../src/index';
import { testProviderProps, TEST_ORG_ID } from '../render';
import { axeViolations, useMockWorker, worker } from './support';

useMockWorker();
beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  localStorage.clear();
});

const scope = () => db.scope(TEST_ORG_ID, 'revampd');

function renderWidget(ui: ReactElement, colorScheme: 'light' | 'dark' = 'light', width = 720) {
  const result = render(
    <RevampdProvider {...testProviderProps({ appearance: { colorScheme } })}>
      <div data-testid="frame">{ui}</div>
    </RevampdProvider>,
  );
  const frame = result.getByTestId('frame');
  // A host's column; set through the CSSOM like the library itself (no style attribute).
  frame.style.setProperty('width', `${width}px`);
  return { ...result, frame };
}

/** The scope's newest ticket with exactly `count` replies (alternating team and customer). */
function withThread(count: number, patch: Partial<Ticket> = {}): Ticket {
  const first = scope().tickets[0];
  if (!first) throw new Error('the seed has tickets');
  scope().tickets[0] = { ...first, status: 'in_progress', description: 'Calls go to voicemail.', ...patch };
  scope().messages[first.id] = [];
  for (let index = 0; index < count; index += 1) {
    const reply: NewMockMessage = {
      author:
        index % 2 === 0 ? { kind: 'team', name: 'Maya Okafor' } : { kind: 'customer', name: 'Jordan Lee' },
      body: `Reply number ${index + 1}.\nWith a second line.`,
      createdAt: new Date(Date.parse('2026-11-20T15:00:00Z') + index * 3_600_000).toISOString(),
    };
    addTicketMessage(scope(), first.id, reply);
  }
  return scope().tickets.find((ticket) => ticket.id === first.id) ?? first;
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const png = (name: string) => new File([PNG], name, { type: 'image/png' });

const replyBox = () => screen.findByRole('textbox', { name: 'Reply' });
const thread = () => screen.getByRole('list', { name: 'Conversation' });
const fileRow = (name: string) => {
  const row = within(screen.getByRole('list', { name: 'Files' }))
    .getByText(name)
    .closest('li');
  if (!row) throw new Error(`no row for ${name}`);
  return row as HTMLElement;
};
const messagesWith = (ticket: Ticket, body: string) =>
  (scope().messages[ticket.id] ?? []).filter((message) => message.body === body);

/** Nothing inside `root` sticks out of it sideways. */
function expectNoHorizontalOverflow(root: HTMLElement) {
  const box = root.getBoundingClientRect();
  expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1);
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0) continue;
    if (element.closest('.rvp-visually-hidden')) continue;
    expect.soft(rect.right, element.className || element.tagName).toBeLessThanOrEqual(box.right + 1);
  }
}

// -------------------------------------------------------------------------------------------------
// axe
// -------------------------------------------------------------------------------------------------

describe('TicketConversation in Chromium: axe', () => {
  it.each(['light', 'dark'] as const)('has no violations with replies and files (%s)', async (scheme) => {
    const ticket = withThread(4);
    const { frame } = renderWidget(<TicketConversation ticketId={ticket.id} />, scheme);
    await replyBox();
    await waitFor(() => expect(within(thread()).getAllByRole('listitem').length).toBeGreaterThan(4));
    expect(await axeViolations(frame)).toEqual([]);
  });

  it('has no violations while a file uploads, after one failed, and with the send refused', async () => {
    const ticket = withThread(2);
    // The first upload never ends; the next ones fail (handlers added last are asked first).
    worker.use(...networkError('attachments', { method: 'POST' }));
    worker.use(...neverAnswers('attachments', { method: 'POST', times: 1 }));
    const { frame } = renderWidget(<TicketConversation ticketId={ticket.id} />);
    await userEvent.upload(await screen.findByLabelText('Attach files'), png('slow.png'));
    await screen.findByRole('progressbar', { name: 'Uploading slow.png' });
    await userEvent.upload(screen.getByLabelText('Attach files'), png('broken.png'));
    await within(fileRow('broken.png')).findByRole('button', { name: 'Retry uploading broken.png' });
    await userEvent.click(screen.getByRole('button', { name: 'Send reply' }));
    await screen.findByText('Wait until your files have finished uploading.');
    expect(await axeViolations(frame)).toEqual([]);
  });

  it('has no violations on a closed ticket ("Reopen to reply") and with an empty thread', async () => {
    const ticket = withThread(0, { status: 'closed' });
    const { frame } = renderWidget(<TicketConversation ticketId={ticket.id} />, 'dark');
    await screen.findByRole('button', { name: 'Reopen to reply' });
    expect(await axeViolations(frame)).toEqual([]);
  });
});

// -------------------------------------------------------------------------------------------------
// Keyboard, drop, paste, reload
// -------------------------------------------------------------------------------------------------

describe('TicketConversation in Chromium: replying', () => {
  it('replies with a file using the keyboard alone: Tab to the box, type, Tab to the file input, choose, Tab to Send, Enter', async () => {
    const ticket = withThread(2);
    renderWidget(<TicketConversation ticketId={ticket.id} />);
    const box = await replyBox();
    // From the thread (a scrollable list the keyboard can reach) to the box.
    thread().focus();
    await userEvent.tab();
    expect(box).toHaveFocus();
    await userEvent.keyboard('Keyboard only{Enter}Second line');
    await userEvent.tab();
    const input = screen.getByLabelText('Attach files');
    expect(input).toHaveFocus();
    // Enter opens the system's file picker; the test chooses the file as the picker would.
    await userEvent.upload(input, png('keyboard.png'));
    await waitFor(() => expect(fileRow('keyboard.png')).toHaveTextContent(/Scanning…|Attached/));
    input.focus();
    // The file's Remove button, then Send.
    await userEvent.tab();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Send reply' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(box).toHaveValue(''));
    const [sent] = messagesWith(ticket, 'Keyboard only\nSecond line');
    expect(sent?.attachmentIds).toHaveLength(1);
    await waitFor(() => expect(within(thread()).getByText('keyboard.png')).toBeVisible());
  });

  it('attaches files dropped on the box, and shows where to drop them while dragging', async () => {
    const ticket = withThread(1);
    renderWidget(<TicketConversation ticketId={ticket.id} />);
    const box = await replyBox();
    const form = box.closest('form');
    if (!form) throw new Error('the box is a form');
    const transfer = new DataTransfer();
    transfer.items.add(png('dropped.png'));
    form.dispatchEvent(
      new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: transfer }),
    );
    expect(await screen.findByText('Drop files here to attach them')).toBeVisible();
    const over = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer });
    form.dispatchEvent(over);
    // Cancelled, or the browser would open the file in place of the host's page.
    expect(over.defaultPrevented).toBe(true);
    form.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    await waitFor(() => expect(fileRow('dropped.png')).toHaveTextContent(/Scanning…|Attached/));
    expect(screen.queryByText('Drop files here to attach them')).not.toBeInTheDocument();
  });

  it('attaches an image pasted into the reply, and leaves pasted text alone', async () => {
    const ticket = withThread(1);
    renderWidget(<TicketConversation ticketId={ticket.id} />);
    const box = await replyBox();
    box.focus();
    const image = new DataTransfer();
    image.items.add(png('pasted.png'));
    box.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: image }));
    await waitFor(() => expect(fileRow('pasted.png')).toHaveTextContent(/Scanning…|Attached/));
    await userEvent.keyboard('typed');
    expect(box).toHaveValue('typed');
  });

  it('a reload keeps the reply’s draft (text and uploaded file); sending it posts one message', async () => {
    const ticket = withThread(1);
    const first = renderWidget(<TicketConversation ticketId={ticket.id} />);
    await userEvent.type(await replyBox(), 'Typed before the reload');
    await userEvent.upload(screen.getByLabelText('Attach files'), png('before-reload.png'));
    await waitFor(() => expect(fileRow('before-reload.png')).toHaveTextContent(/Scanning…|Attached/));
    // What a reload runs (React's cleanup does not), then a new page: only storage is left.
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    first.unmount();
    renderWidget(<TicketConversation ticketId={ticket.id} />);
    const box = await replyBox();
    expect(box).toHaveValue('Typed before the reload');
    expect(screen.getByText('We restored your unsent reply.')).toBeVisible();
    expect(fileRow('before-reload.png')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Send reply' }));
    await waitFor(() => expect(box).toHaveValue(''));
    expect(messagesWith(ticket, 'Typed before the reload')).toHaveLength(1);
  });
});

// -------------------------------------------------------------------------------------------------
// Layout
// -------------------------------------------------------------------------------------------------

describe('TicketConversation in Chromium: layout', () => {
  const atEnd = (list: HTMLElement) => list.scrollTop + list.clientHeight >= list.scrollHeight - 2;

  /** Resolves after the browser has laid out and painted `count` more frames. */
  const frames = async (count: number) => {
    for (let index = 0; index < count; index += 1) {
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    }
  };

  /** Opens a ticket with 30 replies; returns its thread once every entry shows and it is at its end. */
  async function openLongThread(): Promise<HTMLElement> {
    const ticket = withThread(30);
    renderWidget(<TicketConversation ticketId={ticket.id} />);
    await replyBox();
    const list = thread();
    await waitFor(() => expect(within(list).getAllByRole('listitem').length).toBe(31));
    await waitFor(() => expect(atEnd(list)).toBe(true));
    return list;
  }

  it('opens with the newest message in view, the thread scrolled to its end', async () => {
    const list = await openLongThread();
    expect(list.scrollHeight).toBeGreaterThan(list.clientHeight);
    const newest = within(list).getAllByRole('listitem').at(-1);
    const box = list.getBoundingClientRect();
    const rect = newest?.getBoundingClientRect();
    expect(rect?.bottom).toBeLessThanOrEqual(box.bottom + 1);
    expect(rect?.top).toBeGreaterThanOrEqual(box.top - 1);
  });

  it('keeps the newest message in view when it grows after the thread opened (a late web font)', async () => {
    const list = await openLongThread();
    // Growth above the view is kept in place by the browser's scroll anchoring; growth of the
    // newest entry itself is what would push its end out of view.
    within(list).getAllByRole('listitem').at(-1)?.style.setProperty('padding-block-end', '160px');
    await waitFor(() => expect(atEnd(list)).toBe(true));
  });

  it('leaves the thread where the person scrolled it when the thread grows', async () => {
    const list = await openLongThread();
    list.scrollTop = 0;
    await frames(2);
    within(list).getAllByRole('listitem')[0]?.style.setProperty('padding-block-end', '160px');
    await frames(3);
    expect(list.scrollTop).toBe(0);
  });

  it('keeps hostile bodies, author names and file names inert at 320 px, names cut with an ellipsis', async () => {
    seedHostileContent(scope());
    const ticket = scope().tickets[0];
    if (!ticket) throw new Error('seeded');
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => undefined);
    const { frame } = renderWidget(<TicketConversation ticketId={ticket.id} />, 'light', 320);
    await replyBox();
    await waitFor(() =>
      expect(within(thread()).getAllByText(HOSTILE_FILE_NAMES.long).length).toBeGreaterThan(0),
    );
    expect(frame.querySelector('img, script')).toBeNull();
    expect(frame.textContent).not.toContain('\u202E');
    expect(within(thread()).getAllByText(new RegExp(HOSTILE_STRINGS.unbroken)).length).toBeGreaterThan(0);
    const [name] = within(thread()).getAllByText(HOSTILE_FILE_NAMES.long);
    if (!name) throw new Error('long name');
    expect(getComputedStyle(name).textOverflow).toBe('ellipsis');
    expect(name.scrollWidth).toBeGreaterThan(name.clientWidth);
    expectNoHorizontalOverflow(frame);
    expect(alert).not.toHaveBeenCalled();
  });
});
