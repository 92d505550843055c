/**
 * TicketForm: GOV.UK validation, one ticket per intent (faults.md 19), failures keep every
 * value (20), drafts per scope that survive unmounts and throwing storage (21).
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { createRef } from 'react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../mocks/handlers';
import { apiPath } from '../../../mocks/handlers/shared';
import { server } from '../../../mocks/node';
import { failWith, networkError, noAccess } from '../../../mocks/scenarios';
import { TICKET_LIMITS, type Ticket } from '../../api/schemas';
import { draftKey } from '../../hooks/draftStorage';
import { renderWithProvider, TEST_BASE_URL, TEST_ORG_ID } from '../../../test/render';
import { TicketForm } from './TicketForm';

const ticketsOf = (orgId = TEST_ORG_ID) => db.scope(orgId, 'revampd').tickets;

/** The number the next created ticket gets; read before the action, never tied to the seed. */
const nextTicketNumber = () => Math.max(0, ...ticketsOf().map((ticket) => ticket.number)) + 1;

const testDraftKey = () =>
  draftKey({ baseUrl: TEST_BASE_URL, orgId: TEST_ORG_ID, connectionId: 'revampd', userId: null }, 'ticket');

/**
 * A response held until `release()`: the test decides when the server answers, so "while
 * the request is in flight" holds however slow the machine is.
 */
function holdTicketPosts() {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  server.use(
    http.post(apiPath('/tickets'), async () => {
      await gate;
      return undefined; // on to the mock API
    }),
  );
  return { release: () => release() };
}

/** Counts ticket POSTs and records their Idempotency-Keys. */
function watchTicketPosts() {
  const keys: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/tickets')) {
      keys.push(request.headers.get('Idempotency-Key') ?? '');
    }
  };
  server.events.on('request:start', listener);
  return { keys, stop: () => server.events.removeListener('request:start', listener) };
}

async function fillIn(
  user: ReturnType<typeof userEvent.setup>,
  values: { title?: string; description?: string; priority?: string },
) {
  if (values.title !== undefined)
    await user.type(screen.getByRole('textbox', { name: 'Title' }), values.title);
  if (values.priority !== undefined) {
    await user.selectOptions(screen.getByRole('combobox', { name: 'Priority' }), values.priority);
  }
  if (values.description !== undefined) {
    await user.type(screen.getByRole('textbox', { name: /^Description/ }), values.description);
  }
}

function submitButton() {
  return screen.getByRole('button', { name: /Submit ticket|Sending…/ });
}

describe('TicketForm', () => {
  beforeEach(() => localStorage.clear());

  it('shows Title, Priority (Medium by default) and Description', () => {
    renderWithProvider(<TicketForm />);
    expect(screen.getByRole('heading', { name: 'Submit Ticket' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('');
    const priority = screen.getByRole('combobox', { name: 'Priority' });
    expect(priority).toHaveValue('medium');
    expect(
      within(priority)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Low', 'Medium', 'High']);
    expect(screen.getByRole('textbox', { name: /^Description/ })).toHaveAccessibleDescription(
      /Tell us what happened.*5,000 characters remaining/,
    );
  });

  // ----------------------------------------------------------------------------- validation

  it('validates on submit: a focused error summary linking to each field, messages tied to fields, nothing cleared', async () => {
    const before = ticketsOf().length;
    const user = userEvent.setup();
    renderWithProvider(<TicketForm />);
    await fillIn(user, { title: '   ' });
    await user.click(submitButton());

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    await waitFor(() => expect(summary.parentElement).toHaveFocus());

    const titleLink = within(summary).getByRole('link', { name: 'Enter a title' });
    const descriptionLink = within(summary).getByRole('link', { name: 'Enter a description' });
    const title = screen.getByRole('textbox', { name: 'Title' });
    const description = screen.getByRole('textbox', { name: /^Description/ });
    expect(titleLink).toHaveAttribute('href', `#${title.id}`);
    expect(descriptionLink).toHaveAttribute('href', `#${description.id}`);

    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(/Error: Enter a title/);
    expect(description).toHaveAttribute('aria-invalid', 'true');
    expect(description).toHaveAccessibleDescription(/Error: Enter a description/);
    // Whitespace is kept as typed: the form never clears or rewrites a field.
    expect(title).toHaveValue('   ');

    await user.click(descriptionLink);
    expect(description).toHaveFocus();
    expect(ticketsOf()).toHaveLength(before);
  });

  it('counts characters after trimming and refuses more than the API allows', async () => {
    const user = userEvent.setup();
    renderWithProvider(<TicketForm />);
    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.type(title, '  Hello  ');
    expect(title).toHaveAccessibleDescription(`${TICKET_LIMITS.title - 5} characters remaining`);
    await user.clear(title);
    await user.click(title);
    await user.paste('x'.repeat(TICKET_LIMITS.title + 3));
    expect(title).toHaveAccessibleDescription('3 characters too many');
    await fillIn(user, { description: 'Body' });
    await user.click(submitButton());
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Title must be 120 characters or fewer' }),
    ).toBeInTheDocument();
    expect(title).toHaveValue('x'.repeat(TICKET_LIMITS.title + 3));
  });

  it('announces the count politely once typing pauses', async () => {
    // The pause is timed on a fake clock (that also follows real time, for Testing
    // Library's own waits): half the pause is "not yet", the full pause is "now".
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const { container } = renderWithProvider(<TicketForm />);
      const live = container.querySelector('[aria-live="polite"][aria-atomic="true"]');
      expect(live).toHaveTextContent('');
      await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Hi');
      act(() => vi.advanceTimersByTime(500));
      expect(live).toHaveTextContent('');
      act(() => vi.advanceTimersByTime(500));
      expect(live).toHaveTextContent('118 characters remaining');
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows 422 field errors on their fields and in the summary, keeping every value typed', async () => {
    server.use(
      ...failWith('tickets', 422, 'validation_failed', {
        method: 'POST',
        fields: { title: 'That title is not allowed.', description: 'Add more detail.' },
      }),
    );
    const before = ticketsOf().length;
    const user = userEvent.setup();
    renderWithProvider(<TicketForm />);
    await fillIn(user, { title: 'Rude title', priority: 'high', description: 'Short\nSecond line' });
    await user.click(submitButton());

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary.parentElement).toHaveFocus());
    expect(within(summary).getByRole('link', { name: 'That title is not allowed.' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription(
      /That title is not allowed\./,
    );
    expect(screen.getByRole('textbox', { name: /^Description/ })).toHaveAccessibleDescription(
      /Add more detail\./,
    );
    // Every field keeps what was typed, the ones the server did not flag included.
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Rude title');
    expect(screen.getByRole('combobox', { name: 'Priority' })).toHaveValue('high');
    expect(screen.getByRole('textbox', { name: /^Description/ })).toHaveValue('Short\nSecond line');
    expect(submitButton()).toHaveTextContent('Submit ticket');
    expect(ticketsOf()).toHaveLength(before);
  });

  // ----------------------------------------------------------------------------- failures

  it('keeps every value after a 500 and says so at the form level', async () => {
    server.use(...failWith('tickets', 500, undefined, { method: 'POST' }));
    const before = ticketsOf().length;
    const user = userEvent.setup();
    renderWithProvider(<TicketForm />);
    await fillIn(user, { title: 'Phones down', priority: 'high', description: 'Line 1\nLine 2' });
    await user.click(submitButton());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your ticket was not sent. Nothing you typed was lost; try again.');
    expect(alert).toHaveTextContent('Revampd is having trouble right now');
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Phones down');
    expect(screen.getByRole('combobox', { name: 'Priority' })).toHaveValue('high');
    expect(screen.getByRole('textbox', { name: /^Description/ })).toHaveValue('Line 1\nLine 2');
    expect(submitButton()).toHaveTextContent('Submit ticket');
    expect(ticketsOf()).toHaveLength(before);
  });

  it('says the org has no access on a 403, keeping the values', async () => {
    server.use(...noAccess('tickets', { method: 'POST' }));
    const user = userEvent.setup();
    renderWithProvider(<TicketForm />);
    await fillIn(user, { title: 'T', description: 'D' });
    await user.click(submitButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This organization does not have access to this section.',
    );
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('T');
  });

  it('retrying after a network failure reuses the attempt’s key: exactly one ticket', async () => {
    // The client's own retries (2 in tests) fail too, so the person sees the error.
    server.use(...networkError('tickets', { method: 'POST', times: 3 }));
    const posts = watchTicketPosts();
    const user = userEvent.setup();
    renderWithProvider(<TicketForm />);
    await fillIn(user, { title: 'Network blip', description: 'Please help' });
    await user.click(submitButton());

    expect(await screen.findByRole('alert')).toHaveTextContent(/could not reach Revampd/);
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Network blip');
    expect(screen.getByRole('textbox', { name: /^Description/ })).toHaveValue('Please help');

    const next = nextTicketNumber();
    await user.click(submitButton());
    expect(
      await screen.findByRole('heading', { name: new RegExp(`^Ticket #${next} submitted$`) }),
    ).toBeInTheDocument();
    posts.stop();
    expect(new Set(posts.keys).size).toBe(1);
    expect(posts.keys.length).toBe(4);
    expect(ticketsOf().filter((ticket) => ticket.title === 'Network blip')).toHaveLength(1);
  });

  it('a double click creates one ticket', async () => {
    // The answer waits until every click has landed (a fixed delay raced the clicks on a
    // busy machine: the form was gone before the third one).
    const answer = holdTicketPosts();
    const posts = watchTicketPosts();
    const user = userEvent.setup();
    renderWithProvider(<TicketForm />);
    await fillIn(user, { title: 'Double', description: 'Click' });
    await user.dblClick(submitButton());
    await user.click(submitButton());
    await waitFor(() => expect(posts.keys.length).toBeGreaterThan(0));
    expect(submitButton()).toHaveTextContent('Sending…');
    answer.release();
    expect(await screen.findByRole('heading', { name: /submitted$/ })).toBeInTheDocument();
    posts.stop();
    expect(posts.keys).toHaveLength(1);
    expect(ticketsOf().filter((ticket) => ticket.title === 'Double')).toHaveLength(1);
  });

  it('a held Enter creates one ticket', async () => {
    const posts = watchTicketPosts();
    const user = userEvent.setup();
    renderWithProvider(<TicketForm />);
    await fillIn(user, { description: 'Held enter' });
    await user.click(screen.getByRole('textbox', { name: 'Title' }));
    await user.keyboard('Enter held');
    await user.keyboard('{Enter>6}');
    expect(await screen.findByRole('heading', { name: /submitted$/ })).toBeInTheDocument();
    posts.stop();
    expect(posts.keys).toHaveLength(1);
    expect(ticketsOf().filter((ticket) => ticket.title === 'Enter held')).toHaveLength(1);
  });

  it('shows "Sending…" on a busy button while the request is in flight', async () => {
    server.use(
      http.post(apiPath('/tickets'), async () => {
        await delay('infinite');
        return HttpResponse.error();
      }),
    );
    const user = userEvent.setup();
    renderWithProvider(<TicketForm />);
    await fillIn(user, { title: 'Slow', description: 'Server' });
    await user.click(submitButton());
    const button = await screen.findByRole('button', { name: 'Sending…' });
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveAttribute('aria-disabled', 'true');
  });

  // ----------------------------------------------------------------------------- success

  it('confirms with the new number, calls onSubmitted and onViewTicket, and resets for another', async () => {
    const onSubmitted = vi.fn<(ticket: Ticket) => void>();
    const onViewTicket = vi.fn<(ticket: Ticket) => void>();
    const user = userEvent.setup();
    renderWithProvider(<TicketForm onSubmitted={onSubmitted} onViewTicket={onViewTicket} />);
    await fillIn(user, { title: '  Trimmed  ', priority: 'low', description: 'Body' });
    const next = nextTicketNumber();
    await user.click(submitButton());

    const heading = await screen.findByRole('heading', { name: `Ticket #${next} submitted` });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(onSubmitted).toHaveBeenCalledTimes(1);
    expect(onSubmitted.mock.calls[0]?.[0]).toMatchObject({
      number: next,
      title: 'Trimmed',
      priority: 'low',
      status: 'open',
    });
    expect(ticketsOf()[0]).toMatchObject({ title: 'Trimmed', priority: 'low' });

    await user.click(screen.getByRole('button', { name: `View ticket #${next}` }));
    expect(onViewTicket).toHaveBeenCalledWith(expect.objectContaining({ number: next }));

    await user.click(screen.getByRole('button', { name: 'Submit another ticket' }));
    const title = screen.getByRole('textbox', { name: 'Title' });
    expect(title).toHaveValue('');
    await waitFor(() => expect(title).toHaveFocus());
    expect(screen.getByRole('combobox', { name: 'Priority' })).toHaveValue('medium');
  });

  it('offers no "View ticket" action without onViewTicket', async () => {
    const user = userEvent.setup();
    renderWithProvider(<TicketForm />);
    await fillIn(user, { title: 'A', description: 'B' });
    await user.click(submitButton());
    await screen.findByRole('heading', { name: /submitted$/ });
    expect(screen.queryByRole('button', { name: /View ticket/ })).not.toBeInTheDocument();
  });

  // ----------------------------------------------------------------------------- drafts

  it('restores the draft after an unmount, with a polite note', async () => {
    const user = userEvent.setup();
    const first = renderWithProvider(<TicketForm />);
    await fillIn(user, { title: 'Half typed', priority: 'high', description: 'Line 1\nLine 2' });
    first.unmount();

    renderWithProvider(<TicketForm />);
    expect(await screen.findByRole('status')).toHaveTextContent('We restored your unsent draft.');
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Half typed');
    expect(screen.getByRole('combobox', { name: 'Priority' })).toHaveValue('high');
    expect(screen.getByRole('textbox', { name: /^Description/ })).toHaveValue('Line 1\nLine 2');
  });

  it('saves the draft while typing (debounced), under the scope’s key', async () => {
    const user = userEvent.setup();
    renderWithProvider(<TicketForm />);
    await fillIn(user, { title: 'Saved' });
    const key = draftKey(
      { baseUrl: TEST_BASE_URL, orgId: TEST_ORG_ID, connectionId: 'revampd', userId: null },
      'ticket',
    );
    await waitFor(() => expect(localStorage.getItem(key)).toContain('"title":"Saved"'));
  });

  it('keeps drafts per org: org A’s draft never shows for org B', async () => {
    const user = userEvent.setup();
    const first = renderWithProvider(<TicketForm />, { orgId: 'org_a' });
    await fillIn(user, { title: 'Secret of org A' });
    first.unmount();

    const second = renderWithProvider(<TicketForm />, { orgId: 'org_b' });
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue(''));
    expect(screen.queryByText('We restored your unsent draft.')).not.toBeInTheDocument();

    // Switching the mounted form's org swaps drafts too, without writing A's text under B.
    second.rerenderWith({ orgId: 'org_a' });
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Secret of org A'),
    );
    second.rerenderWith({ orgId: 'org_b' });
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue(''));
  });

  it('clears the draft only after success', async () => {
    server.use(...failWith('tickets', 500, undefined, { method: 'POST' }));
    const user = userEvent.setup();
    const first = renderWithProvider(<TicketForm />);
    await fillIn(user, { title: 'Keep me', description: 'Until it is sent' });
    await user.click(submitButton());
    await screen.findByRole('alert');
    first.unmount();

    server.resetHandlers();
    const second = renderWithProvider(<TicketForm />);
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Keep me'));
    await user.click(submitButton());
    await screen.findByRole('heading', { name: /submitted$/ });
    second.unmount();

    renderWithProvider(<TicketForm />);
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue(''));
    expect(screen.queryByText('We restored your unsent draft.')).not.toBeInTheDocument();
  });

  it('works when storage throws on every call', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const user = userEvent.setup();
    const first = renderWithProvider(<TicketForm />);
    await fillIn(user, { title: 'No storage', description: 'Still works' });
    first.unmount();

    renderWithProvider(<TicketForm />);
    setItem.mockClear();
    await fillIn(user, { title: 'No storage', description: 'Still works' });
    // The debounced save has run (and thrown) before the submit.
    await waitFor(() => expect(setItem).toHaveBeenCalled());
    const next = nextTicketNumber();
    await user.click(submitButton());
    expect(await screen.findByRole('heading', { name: `Ticket #${next} submitted` })).toBeInTheDocument();
  });

  it('restores a draft it finds in storage (e.g. from before a reload)', async () => {
    localStorage.setItem(
      testDraftKey(),
      JSON.stringify({ title: 'From last time', priority: 'low', description: 'Before the reload' }),
    );
    renderWithProvider(<TicketForm />);
    expect(await screen.findByRole('status')).toHaveTextContent('We restored your unsent draft.');
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('From last time');
    expect(screen.getByRole('combobox', { name: 'Priority' })).toHaveValue('low');
    expect(screen.getByRole('textbox', { name: /^Description/ })).toHaveValue('Before the reload');
  });

  it('ignores a corrupt draft', async () => {
    // A good draft under the same key is restored first: restoring works, so the empty
    // form below comes from the corrupt text, not from a form that never restores.
    localStorage.setItem(testDraftKey(), JSON.stringify({ title: 'Good draft', description: 'Kept' }));
    const first = renderWithProvider(<TicketForm />);
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Good draft'));
    first.unmount();

    localStorage.setItem(testDraftKey(), '{not json');
    renderWithProvider(<TicketForm />);
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue(''));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  // ----------------------------------------------------------------------------- host's tree

  it('forwards its ref to the root and spreads id, aria-* and data-* on it; data-state follows the form', async () => {
    const ref = createRef<HTMLElement>();
    const user = userEvent.setup();
    renderWithProvider(
      <TicketForm ref={ref} id="host-form" aria-describedby="host-note" data-testid="ticket-form" />,
    );
    const root = screen.getByTestId('ticket-form');
    expect(ref.current).toBe(root);
    expect(root).toHaveAttribute('id', 'host-form');
    expect(root).toHaveAttribute('aria-describedby', 'host-note');
    expect(root).toHaveAccessibleName('Submit Ticket');
    expect(root).toHaveAttribute('data-state', 'editing');
    await fillIn(user, { title: 'State', description: 'Attribute' });
    await user.click(submitButton());
    await screen.findByRole('heading', { name: /submitted$/ });
    expect(root).toHaveAttribute('data-state', 'submitted');
  });
});
