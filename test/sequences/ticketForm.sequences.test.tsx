/**
 * The Submit Ticket form under the sequences of issue 9: a shared device (faults.md 34), an
 * org switch mid-submit (32), a reload after the answer was lost (19, 37), and a person who
 * types without ever pausing (33, the jsdom half; the real reload is in the host-app check).
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../mocks/handlers';
import { apiPath } from '../../mocks/handlers/shared';
import { server } from '../../mocks/node';
import { TicketForm } from '../../src';
import { RevampdProvider, type RevampdProviderProps } from '../../src/headless';
import { recordingFetch } from '../api/support';
import { renderWithProvider, testProviderProps } from '../render';

const title = () => screen.getByRole('textbox', { name: 'Title' });
const description = () => screen.getByRole('textbox', { name: /^Description/ });

beforeEach(() => localStorage.clear());

describe('faults.md 34: a shared device', () => {
  it('the next user of the same org never sees the previous user’s draft', async () => {
    const user = userEvent.setup();
    const view = renderWithProvider(<TicketForm />, { orgId: 'org_shared', userId: 'usr_ana' });
    await user.type(title(), 'Ana’s private title');
    view.rerenderWith({ userId: 'usr_ben' });
    await waitFor(() => expect(title()).toHaveValue(''));
    expect(JSON.stringify(localStorage)).not.toBe('{}');
    await user.type(title(), 'Ben');
    view.rerenderWith({ userId: 'usr_ana' });
    await waitFor(() => expect(title()).toHaveValue('Ana’s private title'));
  });
});

describe('faults.md 32: the org changes while the ticket is being sent', () => {
  it('shows no confirmation under the new org, tells no one, and ends only the old org’s draft', async () => {
    const user = userEvent.setup();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.post(apiPath('/tickets'), async () => {
        await gate;
      }),
    );
    const submitted: number[] = [];
    const view = renderWithProvider(<TicketForm onSubmitted={(ticket) => submitted.push(ticket.number)} />, {
      orgId: 'org_switch_a',
    });
    await user.type(title(), 'Only for org A');
    await user.type(description(), 'Sent from A.');
    await user.click(screen.getByRole('button', { name: 'Submit ticket' }));
    view.rerenderWith({ orgId: 'org_switch_b' });
    await waitFor(() => expect(title()).toHaveValue(''));
    await act(async () => release());
    await waitFor(() =>
      expect(
        db.scope('org_switch_a', 'revampd').tickets.some((ticket) => ticket.title === 'Only for org A'),
      ).toBe(true),
    );
    // Give every pending promise of the answer a turn, then look: nothing of A under B.
    await act(async () => undefined);
    expect(screen.queryByRole('heading', { name: /submitted/i })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(submitted).toEqual([]);
    expect(
      db.scope('org_switch_b', 'revampd').tickets.some((ticket) => ticket.title === 'Only for org A'),
    ).toBe(false);
    // Back in org A, the committed draft is gone: it cannot be sent a second time.
    view.rerenderWith({ orgId: 'org_switch_a' });
    await waitFor(() => expect(title()).toHaveValue(''));
  });
});

describe('faults.md 19, 37: the answer was lost, then the page reloaded', () => {
  it('the resend after the reload carries the same key: one ticket', async () => {
    const user = userEvent.setup();
    const orgId = 'org_lost_ticket';
    let dropping = true;
    const recorder = recordingFetch(async (input, init) => {
      const response = await globalThis.fetch(input, init);
      // The server commits; the answer never arrives (every retry of the first submit).
      if (init?.method === 'POST' && dropping) throw new TypeError('Failed to fetch');
      return response;
    });
    const props: RevampdProviderProps = testProviderProps({ orgId, fetch: recorder.fetch });
    const before = db.scope(orgId, 'revampd').tickets.length;
    const first = render(
      <RevampdProvider {...props}>
        <TicketForm />
      </RevampdProvider>,
    );
    await user.type(title(), 'Lost answer');
    await user.type(description(), 'Sent once, answer lost.');
    await user.click(screen.getByRole('button', { name: 'Submit ticket' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(db.scope(orgId, 'revampd').tickets.length).toBe(before + 1);

    // A reload: everything in memory (provider, intent store, component) is gone.
    first.unmount();
    dropping = false;
    render(
      <RevampdProvider {...props}>
        <TicketForm />
      </RevampdProvider>,
    );
    expect(title()).toHaveValue('Lost answer');
    await user.click(screen.getByRole('button', { name: 'Submit ticket' }));
    expect(await screen.findByRole('heading', { name: /submitted/i })).toBeInTheDocument();
    expect(db.scope(orgId, 'revampd').tickets.length).toBe(before + 1);
    const keys = recorder.requests
      .filter((request) => request.method === 'POST')
      .map((request) => request.headers.get('Idempotency-Key'));
    expect(keys.length).toBeGreaterThan(1);
    expect(new Set(keys).size).toBe(1);
  });
});

describe('faults.md 33: typing without a pause', () => {
  it('storage holds every character typed so far, however fast the typing', async () => {
    const user = userEvent.setup({ delay: null });
    const view = renderWithProvider(<TicketForm />, { orgId: 'org_fast' });
    await user.type(title(), 'No pause at all');
    // No timer has run (delay: null types in one go): the leading edge already wrote, and
    // an unmount at any moment writes the rest.
    const storedTitle = () => {
      const [, text] = Object.entries(localStorage)[0] ?? [];
      return text === undefined ? null : (JSON.parse(text) as { title: string }).title;
    };
    // Something is stored already, and it is what was typed, not a stale or empty value.
    expect(storedTitle()).toMatch(/^N/);
    expect('No pause at all'.startsWith(storedTitle() ?? 'x')).toBe(true);
    view.unmount();
    expect(storedTitle()).toBe('No pause at all');
  });

  it('a page being hidden writes what is pending at once', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProvider(<TicketForm />, { orgId: 'org_hidden' });
    await user.type(title(), 'Hidden mid-word');
    window.dispatchEvent(new Event('pagehide'));
    expect(JSON.stringify(Object.entries(localStorage))).toContain('Hidden mid-word');
  });
});
