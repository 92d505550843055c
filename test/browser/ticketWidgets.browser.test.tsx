/**
 * The ticket widgets in real Chromium: what only a browser decides (issue 4, faults.md
 * 19–21, 23) — keyboard-only submission, focus moving to the error summary, hostile text
 * shown inert with the layout intact, and axe in light and dark.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactElement } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { worker } from '../../mocks/browser';
import { db } from '../../mocks/handlers';
import { HOSTILE_STRINGS, hostileContent } from '../../mocks/scenarios';
import { RevampdProvider, TicketDetail, TicketForm, TicketsTable } from '../../src/index';
import { testProviderProps, TEST_ORG_ID } from '../render';

beforeAll(async () => {
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
});
afterEach(() => {
  cleanup();
  worker.resetHandlers();
  db.reset();
  localStorage.clear();
});
afterAll(() => worker.stop());

function renderWidget(ui: ReactElement, colorScheme: 'light' | 'dark' = 'light', width = 640) {
  const result = render(
    <RevampdProvider {...testProviderProps({ appearance: { colorScheme } })}>
      <div data-testid="frame">{ui}</div>
    </RevampdProvider>,
  );
  const frame = result.getByTestId('frame');
  // A narrow host column; set through the CSSOM like the library itself (no style attribute).
  frame.style.setProperty('width', `${width}px`);
  return { ...result, frame };
}

async function expectNoAxeViolations(element: Element) {
  const results = await axe.run(element, { resultTypes: ['violations'] });
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/** Nothing inside `root` sticks out of it sideways. */
function expectNoHorizontalOverflow(root: HTMLElement) {
  const box = root.getBoundingClientRect();
  expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1);
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0) continue;
    // Visually hidden helpers are 1px boxes clipped on purpose.
    if (element.closest('.rvp-visually-hidden')) continue;
    expect.soft(rect.right, element.className || element.tagName).toBeLessThanOrEqual(box.right + 1);
  }
}

const scope = () => db.scope(TEST_ORG_ID, 'revampd');

/** The box that scrolls `element` sideways: its nearest ancestor with overflow-x auto or scroll. */
function horizontalScrollBoxOf(element: HTMLElement): HTMLElement {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (['auto', 'scroll'].includes(getComputedStyle(node).overflowX)) return node;
  }
  throw new Error('no horizontal scroll box');
}

/** A ticket's description: the first paragraph of its article, opening the Conversation (issue 10). */
function ticketDescription(): HTMLElement {
  const article = screen.getByRole('article');
  expect(within(article).getByRole('heading', { level: 3, name: 'Conversation' })).toBeInTheDocument();
  const [description] = within(article).getAllByRole('paragraph');
  if (!description) throw new Error('description');
  return description;
}

// -------------------------------------------------------------------------------------------------
// TicketForm
// -------------------------------------------------------------------------------------------------

describe('TicketForm in Chromium', () => {
  it('submits with the keyboard alone: Tab, type, Enter', async () => {
    renderWidget(<TicketForm />);
    const title = screen.getByRole('textbox', { name: 'Title' });
    await userEvent.tab();
    expect(title).toHaveFocus();
    await userEvent.keyboard('Keyboard only');
    await userEvent.tab();
    expect(screen.getByRole('combobox', { name: 'Priority' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('textbox', { name: 'Description' })).toHaveFocus();
    await userEvent.keyboard('First line{Enter}Second line');
    // "Attach files" (issue 10) comes between the description and Submit.
    await userEvent.tab();
    expect(screen.getByLabelText('Attach files')).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Submit ticket' })).toHaveFocus();
    const next = Math.max(...scope().tickets.map((ticket) => ticket.number)) + 1;
    await userEvent.keyboard('{Enter}');

    const heading = await screen.findByRole('heading', { name: `Ticket #${next} submitted` });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(scope().tickets.filter((ticket) => ticket.title === 'Keyboard only')).toHaveLength(1);
    expect(scope().tickets[0]?.description).toBe('First line\nSecond line');
  });

  it('moves focus to the error summary, whose links move focus to the fields', async () => {
    renderWidget(<TicketForm />);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}'); // implicit submission from the Title field

    const summaryHeading = await screen.findByRole('heading', { name: 'There is a problem' });
    // The summary is focused as a whole: the alert and the box around it.
    const summary = screen.getByRole('alert').parentElement;
    expect(summary).toContainElement(summaryHeading);
    await waitFor(() => expect(summary).toHaveFocus());
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Enter a title' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveFocus();
  });

  it('a held Enter sends one ticket', async () => {
    renderWidget(<TicketForm />);
    await userEvent.click(screen.getByRole('textbox', { name: 'Description' }));
    await userEvent.keyboard('Held');
    await userEvent.click(screen.getByRole('textbox', { name: 'Title' }));
    await userEvent.keyboard('Held Enter');
    await userEvent.keyboard('{Enter>8}{/Enter}');
    await screen.findByRole('heading', { name: /submitted$/ });
    expect(scope().tickets.filter((ticket) => ticket.title === 'Held Enter')).toHaveLength(1);
  });

  it('keeps hostile text as typed and sends it as text', async () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => undefined);
    const { frame } = renderWidget(<TicketForm />);
    const title = screen.getByRole('textbox', { name: 'Title' });
    const description = screen.getByRole('textbox', { name: 'Description' });
    await userEvent.fill(title, HOSTILE_STRINGS.imgOnerror);
    await userEvent.fill(
      description,
      `${HOSTILE_STRINGS.script}\n${HOSTILE_STRINGS.rtlOverride}\n${HOSTILE_STRINGS.unbroken}`,
    );
    expectNoHorizontalOverflow(frame);
    await userEvent.click(screen.getByRole('button', { name: 'Submit ticket' }));
    await screen.findByRole('heading', { name: /submitted$/ });
    expect(scope().tickets[0]?.title).toBe(HOSTILE_STRINGS.imgOnerror);
    expect(frame.querySelector('img, script')).toBeNull();
    expect(alert).not.toHaveBeenCalled();
  });

  it.each(['light', 'dark'] as const)('has no axe violations (%s), blank and with errors', async (scheme) => {
    const { frame } = renderWidget(<TicketForm />, scheme);
    await expectNoAxeViolations(frame);
    await userEvent.click(screen.getByRole('button', { name: 'Submit ticket' }));
    await screen.findByRole('heading', { name: 'There is a problem' });
    await expectNoAxeViolations(frame);
  });
});

// -------------------------------------------------------------------------------------------------
// TicketsTable and TicketDetail
// -------------------------------------------------------------------------------------------------

async function loadedTable() {
  return waitFor(() => {
    const table = screen.getByRole('table', { name: 'Tickets' });
    if (table.closest('[data-state="loading"]')) throw new Error('loading');
    return table;
  });
}

describe('TicketsTable and TicketDetail in Chromium', () => {
  it('shows hostile titles, names and descriptions as inert text, layout intact', async () => {
    worker.use(...hostileContent(db));
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => undefined);
    // A typical panel width, at which the seeded table fits without scrolling.
    const { frame } = renderWidget(<TicketsTable />, 'light', 900);
    const table = await loadedTable();
    expect(
      within(table).getByRole('rowheader', { name: (name) => name.startsWith(HOSTILE_STRINGS.imgOnerror) }),
    ).toBeVisible();
    expect(within(table).getAllByText(HOSTILE_STRINGS.unbroken).length).toBeGreaterThan(0);
    expect(frame.querySelector('img, script')).toBeNull();
    // The table's own scroll box must not need to scroll: the long word wraps.
    const scroller = horizontalScrollBoxOf(table);
    expect(frame).toContainElement(scroller);
    expect(scroller.scrollWidth).toBeLessThanOrEqual(scroller.clientWidth + 1);
    expectNoHorizontalOverflow(frame);

    // Open the 500-character ticket: its heading and description wrap inside the widget.
    const longRow = within(table)
      .getAllByRole('rowheader')
      .find((cell) => cell.textContent === HOSTILE_STRINGS.unbroken);
    if (!longRow) throw new Error('the long ticket');
    await userEvent.click(within(longRow).getByRole('button'));
    const heading = await screen.findByRole('heading', {
      level: 2,
      name: (name) => name.includes(HOSTILE_STRINGS.unbroken),
    });
    await waitFor(() => expect(heading).toHaveFocus());
    expectNoHorizontalOverflow(frame);
    expect(ticketDescription().textContent).toContain(HOSTILE_STRINGS.imgOnerror);
    expect(frame.querySelector('img, script')).toBeNull();
    expect(alert).not.toHaveBeenCalled();
  });

  it('shows a right-to-left override title in its real order, isolated from its row', async () => {
    worker.use(...hostileContent(db));
    const { frame } = renderWidget(<TicketsTable />);
    const table = await loadedTable();
    const cell = within(table)
      .getAllByRole('rowheader')
      .find((element) => element.textContent === HOSTILE_STRINGS.rtlOverride.replace('\u202E', ''));
    expect(cell?.querySelector('bdi')).not.toBeNull();
    expect(table.textContent).not.toContain('\u202E');
    expect(frame.querySelector('img')).toBeNull();
  });

  it('keeps line breaks of the description (pre-wrap)', async () => {
    const ticket = scope().tickets[0];
    if (!ticket) throw new Error('seeded');
    ticket.description = 'One\nTwo\nThree';
    renderWidget(<TicketDetail ticketId={ticket.id} />);
    await screen.findByRole('heading', { level: 2 });
    const description = ticketDescription();
    expect(description.textContent).toBe('One\nTwo\nThree');
    expect(getComputedStyle(description).whiteSpace).toBe('pre-wrap');
    const lineHeight = parseFloat(getComputedStyle(description).lineHeight);
    expect(description.getBoundingClientRect().height).toBeGreaterThan(lineHeight * 2.5);
  });

  it('opens and closes a ticket with the keyboard, focus following', async () => {
    renderWidget(<TicketsTable />);
    const table = await loadedTable();
    const newest = scope().tickets[0];
    if (!newest) throw new Error('seeded');
    const open = within(table).getByRole('button', { name: `${newest.title}, Ticket #${newest.number}` });
    open.focus();
    await userEvent.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', {
      level: 2,
      name: new RegExp(`Ticket #${newest.number}`),
    });
    await waitFor(() => expect(heading).toHaveFocus());
    await userEvent.tab({ shift: true });
    expect(screen.getByRole('button', { name: /Back to tickets/ })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const again = await loadedTable();
    await waitFor(() =>
      expect(
        within(again).getByRole('button', { name: `${newest.title}, Ticket #${newest.number}` }),
      ).toHaveFocus(),
    );
  });

  it('a host closing the ticket while focus is in the detail puts focus back on its row', async () => {
    // React detaches the detail's ref before it removes the element, while focus is still
    // inside: that is how the table knows the person was there (a real browser decides).
    const newest = scope().tickets[0];
    if (!newest) throw new Error('seeded');
    const ui = (open: string | null) => (
      <RevampdProvider {...testProviderProps()}>
        <TicketsTable openTicketId={open} />
      </RevampdProvider>
    );
    const { rerender } = render(ui(newest.id));
    const heading = await screen.findByRole('heading', {
      level: 2,
      name: new RegExp(`Ticket #${newest.number}`),
    });
    await waitFor(() => expect(heading).toHaveFocus());
    rerender(ui(null));
    const table = await loadedTable();
    await waitFor(() =>
      expect(
        within(table).getByRole('button', { name: `${newest.title}, Ticket #${newest.number}` }),
      ).toHaveFocus(),
    );
  });

  it.each(['light', 'dark'] as const)('has no axe violations (%s): list and detail', async (scheme) => {
    const { frame } = renderWidget(<TicketsTable />, scheme);
    const table = await loadedTable();
    await expectNoAxeViolations(frame);
    const first = within(table).getAllByRole('rowheader')[0];
    if (!first) throw new Error('row');
    await userEvent.click(within(first).getByRole('button'));
    await screen.findByRole('button', { name: /Close ticket|Reopen ticket/ });
    await expectNoAxeViolations(frame);
  });

  it.each(['light', 'dark'] as const)(
    'TicketDetail alone has no axe violations (%s), open and closed',
    async (scheme) => {
      const ticket = scope().tickets[0];
      if (!ticket) throw new Error('seeded');
      ticket.status = 'open';
      const { frame } = renderWidget(<TicketDetail ticketId={ticket.id} />, scheme);
      await userEvent.click(await screen.findByRole('button', { name: 'Close ticket' }));
      await screen.findByRole('button', { name: 'Reopen ticket' });
      await expectNoAxeViolations(frame);
    },
  );
});
