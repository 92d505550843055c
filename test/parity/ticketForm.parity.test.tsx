/**
 * Headless parity (issue 8): TicketForm's key behaviours on a bare form built from
 * `useTicketForm` alone — validation on submit with a focused summary, one ticket per
 * intent (double click, held Enter, retry), every value kept on failure, and the draft
 * kept across an unmount.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { failWith, networkError } from '../../mocks/scenarios';
import {
  TICKET_PRIORITIES,
  enUSTicketForm,
  useRevampd,
  useSectionMessages,
  useTicketForm,
  type Ticket,
} from '../../src/headless';
import { useNetworkLog } from '../api/support';
import { renderWithProvider, TEST_ORG_ID } from '../render';
import { holdRequests, requestsTo } from './support';

// -------------------------------------------------------------------------------------------------
// The bare form
// -------------------------------------------------------------------------------------------------

/** The Submit Ticket form as a host would write it over `useTicketForm`: plain elements only. */
function BareTicketForm() {
  const { t } = useRevampd();
  const m = useSectionMessages('ticketForm', enUSTicketForm);
  const form = useTicketForm();
  const ticket = form.submittedTicket;
  if (form.status === 'submitted' && ticket) {
    return (
      <section aria-label="Submit a ticket">
        <h2 ref={form.successHeadingRef} tabIndex={-1}>
          {t(m.successHeading, { number: ticket.number })}
        </h2>
        <button type="button" onClick={form.reset}>
          Another ticket
        </button>
      </section>
    );
  }
  return (
    <section aria-label="Submit a ticket">
      <form {...form.getFormProps()} aria-label="New ticket">
        {form.draftRestored && <p role="status">{m.draftRestored}</p>}
        {form.errors.length > 0 && (
          <div ref={form.errorSummaryRef} tabIndex={-1} aria-label="Problems">
            <ul>
              {form.errors.map((problem) => (
                <li key={problem.field}>{problem.message}</li>
              ))}
            </ul>
          </div>
        )}
        {form.formErrorMessage && (
          <div id={form.ids.formError} role="alert">
            {form.formErrorMessage}
          </div>
        )}
        <label htmlFor={form.ids.title}>Title</label>
        <input type="text" {...form.getFieldProps('title')} />
        <label htmlFor={form.ids.priority}>Priority</label>
        <select {...form.getFieldProps('priority')}>
          {TICKET_PRIORITIES.map((priority) => (
            <option key={priority} value={priority}>
              {priority}
            </option>
          ))}
        </select>
        <label htmlFor={form.ids.description}>Description</label>
        <textarea {...form.getFieldProps('description')} />
        {/* No guard of its own: once-only is the hook's job. */}
        <button type="submit">{form.isSubmitting ? 'Sending…' : 'Submit ticket'}</button>
      </form>
    </section>
  );
}

// -------------------------------------------------------------------------------------------------
// Helpers
// -------------------------------------------------------------------------------------------------

const ticketsOf = (): Ticket[] => db.scope(TEST_ORG_ID, 'revampd').tickets;
const titled = (title: string) => ticketsOf().filter((ticket) => ticket.title === title);
/** The number the next created ticket gets, read before the action. */
const nextNumber = () => Math.max(0, ...ticketsOf().map((ticket) => ticket.number)) + 1;

const title = () => screen.getByRole('textbox', { name: 'Title' });
const priority = () => screen.getByRole('combobox', { name: 'Priority' });
const description = () => screen.getByRole('textbox', { name: 'Description' });
const submitButton = () => screen.getByRole('button', { name: /^(Submit ticket|Sending…)$/ });

async function fillIn(
  user: ReturnType<typeof userEvent.setup>,
  values: { title?: string; priority?: string; description?: string },
) {
  if (values.title !== undefined) await user.type(title(), values.title);
  if (values.priority !== undefined) await user.selectOptions(priority(), values.priority);
  if (values.description !== undefined) await user.type(description(), values.description);
}

const posts = (log: ReturnType<typeof useNetworkLog>) => requestsTo(log, 'POST', /\/tickets$/);

// -------------------------------------------------------------------------------------------------
// Tests
// -------------------------------------------------------------------------------------------------

describe('TicketForm parity: a bare form over useTicketForm', () => {
  const log = useNetworkLog();
  beforeEach(() => localStorage.clear());

  it('validates on submit: a focused summary, fields marked invalid, nothing cleared or sent', async () => {
    const user = userEvent.setup();
    renderWithProvider(<BareTicketForm />);
    await fillIn(user, { title: '   ' });
    await user.click(submitButton());

    const summary = await screen.findByLabelText('Problems');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Enter a title', 'Enter a description']);
    expect(title()).toHaveAttribute('aria-invalid', 'true');
    expect(description()).toHaveAttribute('aria-invalid', 'true');
    expect(title()).toHaveValue('   ');
    expect(posts(log)).toHaveLength(0);
  });

  it('a double click creates one ticket', async () => {
    const before = ticketsOf().length;
    const next = nextNumber();
    const answer = holdRequests('post', '/tickets');
    const user = userEvent.setup();
    renderWithProvider(<BareTicketForm />);
    await fillIn(user, { title: 'Double', description: 'Click' });
    await user.dblClick(submitButton());
    await user.click(submitButton());
    await waitFor(() => expect(posts(log).length).toBeGreaterThan(0));
    expect(submitButton()).toHaveTextContent('Sending…');
    answer.release();

    expect(await screen.findByRole('heading', { name: `Ticket #${next} submitted` })).toBeInTheDocument();
    expect(posts(log)).toHaveLength(1);
    expect(titled('Double')).toHaveLength(1);
    expect(ticketsOf()).toHaveLength(before + 1);
  });

  it('a held Enter creates one ticket', async () => {
    const before = ticketsOf().length;
    const user = userEvent.setup();
    renderWithProvider(<BareTicketForm />);
    await fillIn(user, { description: 'Held enter' });
    await user.click(title());
    await user.keyboard('Enter held');
    await user.keyboard('{Enter>6}');
    expect(await screen.findByRole('heading', { name: /submitted$/ })).toBeInTheDocument();
    expect(posts(log)).toHaveLength(1);
    expect(ticketsOf()).toHaveLength(before + 1);
  });

  it('retrying after a network failure reuses the attempt’s key: one ticket', async () => {
    // The client's own retries (2 in tests) fail too, so the person sees the error.
    server.use(...networkError('tickets', { method: 'POST', times: 3 }));
    const before = ticketsOf().length;
    const user = userEvent.setup();
    renderWithProvider(<BareTicketForm />);
    await fillIn(user, { title: 'Network blip', description: 'Please help' });
    await user.click(submitButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not reach Revampd/);

    await user.click(submitButton());
    await screen.findByRole('heading', { name: /submitted$/ });
    const keys = new Set(
      log.requests
        .filter((request) => request.method === 'POST' && new URL(request.url).pathname.endsWith('/tickets'))
        .map((request) => request.idempotencyKey),
    );
    expect(keys.size).toBe(1);
    expect(titled('Network blip')).toHaveLength(1);
    expect(ticketsOf()).toHaveLength(before + 1);
  });

  it('keeps every value after a failure and says so in plain words', async () => {
    server.use(...failWith('tickets', 500, undefined, { method: 'POST' }));
    const before = ticketsOf().length;
    const user = userEvent.setup();
    renderWithProvider(<BareTicketForm />);
    await fillIn(user, { title: 'Phones down', priority: 'high', description: 'Line 1\nLine 2' });
    await user.click(submitButton());

    expect(await screen.findByRole('alert')).toHaveTextContent('Revampd is having trouble right now');
    expect(title()).toHaveValue('Phones down');
    expect(priority()).toHaveValue('high');
    expect(description()).toHaveValue('Line 1\nLine 2');
    expect(submitButton()).toHaveTextContent('Submit ticket');
    expect(ticketsOf()).toHaveLength(before);
  });

  it('keeps the draft across an unmount: the values come back, with a note', async () => {
    const user = userEvent.setup();
    const first = renderWithProvider(<BareTicketForm />);
    await fillIn(user, { title: 'Half typed', priority: 'low', description: 'Line 1\nLine 2' });
    // Unmounted before the typing pause ends: the hook writes what is pending.
    first.unmount();

    renderWithProvider(<BareTicketForm />);
    expect(await screen.findByRole('status')).toHaveTextContent('We restored your unsent draft.');
    expect(title()).toHaveValue('Half typed');
    expect(priority()).toHaveValue('low');
    expect(description()).toHaveValue('Line 1\nLine 2');
  });

  it('keeps the draft after a failed submit, and ends it only after success', async () => {
    server.use(...failWith('tickets', 500, undefined, { method: 'POST' }));
    const user = userEvent.setup();
    const first = renderWithProvider(<BareTicketForm />);
    await fillIn(user, { title: 'Keep me', description: 'Until it is sent' });
    await user.click(submitButton());
    await screen.findByRole('alert');
    first.unmount();

    server.resetHandlers();
    const second = renderWithProvider(<BareTicketForm />);
    await waitFor(() => expect(title()).toHaveValue('Keep me'));
    expect(description()).toHaveValue('Until it is sent');
    await user.click(submitButton());
    await screen.findByRole('heading', { name: /submitted$/ });
    second.unmount();

    renderWithProvider(<BareTicketForm />);
    await waitFor(() => expect(title()).toHaveValue(''));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
