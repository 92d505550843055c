/**
 * SSR hydration in real Chromium (issue 5, item 4): each widget's server markup
 * (`renderToString`, which runs in the browser too) hydrates with `hydrateRoot` into the
 * same tree without a mismatch. Server and client get the same fixed locale and time zone,
 * as an SSR host must pass them: the defaults (the browser's) cannot be known on a server.
 *
 * A mismatch shows up two ways in React 19: a thrown recoverable error ("Hydration
 * failed…", `onRecoverableError`) or a console.error ("A tree hydrated but some attributes
 * … didn't match"). Both fail the test; so does any other console.error while the widget
 * hydrates and then loads its data from the mock API.
 */
import { screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AddOnsTable,
  ConnectionNav,
  ConnectionPortal,
  InvoicesTable,
  PayoutHistoryTable,
  PayoutSummary,
  PlanManagedNotice,
  RevampdProvider,
  TicketDetail,
  TicketForm,
  TicketsTable,
  WalletCard,
} from '../../src/index';
import { draftKey } from '../../src/hooks/draftStorage';
import { db } from '../../mocks/handlers';
import { testProviderProps, TEST_BASE_URL, TEST_ORG_ID } from '../render';
import { useMockWorker } from './support';

useMockWorker();

/** The same provider props on "server" and client: a fixed locale and zone, never the defaults. */
const providerProps = testProviderProps({
  locale: 'en-GB',
  timeZone: 'Europe/London',
  messages: { brandName: 'Acme Voice' },
  appearance: { colorScheme: 'light', variables: { colorPrimary: 'rgb(180, 40, 90)' } },
});

const mounted: { root: Root; container: HTMLElement }[] = [];

afterEach(() => {
  for (const { root, container } of mounted.splice(0)) {
    act(() => root.unmount());
    container.remove();
  }
  localStorage.clear();
});

/**
 * Renders `ui` to a string as a server would, puts it in the page, hydrates the same tree
 * and returns every hydration problem React reported.
 */
async function serverRenderThenHydrate(ui: ReactElement) {
  const tree = () => <RevampdProvider {...providerProps}>{ui}</RevampdProvider>;
  const html = renderToString(tree());
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);

  const recoverable: string[] = [];
  const consoleError = vi.spyOn(console, 'error');
  let root: Root | undefined;
  await act(async () => {
    root = hydrateRoot(container, tree(), {
      onRecoverableError: (error) => recoverable.push(String(error)),
    });
  });
  if (root) mounted.push({ root, container });
  return { html, container, recoverable, consoleError };
}

function consoleErrors(spy: ReturnType<typeof vi.spyOn>): string[] {
  return spy.mock.calls.map((args: unknown[]) => args.map(String).join(' '));
}

/** The seeded store's first ticket of the tests' org. */
function firstTicketId(): string {
  const id = db.scope(TEST_ORG_ID, 'revampd').tickets[0]?.id;
  if (!id) throw new Error('the mock store has no ticket for the test org');
  return id;
}

/** Each widget, with text that proves it went on to load its data after hydrating. */
const widgets: [string, () => ReactElement, () => Promise<unknown>][] = [
  [
    'ConnectionPortal',
    () => <ConnectionPortal />,
    () => screen.findByRole('heading', { name: 'Acme Voice Access Managed by Your Partner' }),
  ],
  ['ConnectionNav', () => <ConnectionNav />, () => screen.findByRole('tab', { name: 'Wallet' })],
  [
    'PlanManagedNotice',
    () => <PlanManagedNotice />,
    () => screen.findByRole('heading', { name: 'Acme Voice Access Managed by Your Partner' }),
  ],
  [
    'AddOnsTable',
    () => <AddOnsTable />,
    async () => expect((await screen.findAllByRole('row')).length).toBeGreaterThan(1),
  ],
  [
    'InvoicesTable',
    () => <InvoicesTable />,
    async () => expect((await screen.findAllByRole('row')).length).toBeGreaterThan(1),
  ],
  ['WalletCard', () => <WalletCard />, () => screen.findByText('Recent transactions')],
  ['PayoutSummary', () => <PayoutSummary />, () => screen.findByText('YTD Earnings')],
  [
    'PayoutHistoryTable',
    () => <PayoutHistoryTable />,
    async () => expect((await screen.findAllByRole('row')).length).toBeGreaterThan(1),
  ],
  [
    'TicketsTable',
    () => <TicketsTable />,
    async () => expect((await screen.findAllByRole('row')).length).toBeGreaterThan(1),
  ],
  ['TicketForm', () => <TicketForm />, () => screen.findByRole('textbox', { name: /Title/ })],
  [
    'TicketDetail',
    () => <TicketDetail ticketId={firstTicketId()} autoFocus={false} />,
    () => screen.findByRole('heading', { name: /^Ticket #/ }),
  ],
];

describe('server-rendered widgets hydrate in Chromium', () => {
  it.each(widgets)('%s hydrates without a mismatch, then loads', async (_name, widget, loaded) => {
    const { html, recoverable, consoleError } = await serverRenderThenHydrate(widget());
    expect(html).toContain('rvp-root');
    await waitFor(loaded);
    expect(recoverable).toEqual([]);
    expect(consoleErrors(consoleError)).toEqual([]);
  });

  it('TicketForm hydrates the empty server form even with a saved draft, then restores the draft', async () => {
    // Regression guard: the draft must come back in an effect, never during render, or
    // the client's first render (with the draft) would not match the server's (without).
    localStorage.setItem(
      draftKey(
        { baseUrl: TEST_BASE_URL, orgId: TEST_ORG_ID, connectionId: 'revampd', userId: null },
        'ticket',
      ),
      JSON.stringify({ title: 'Saved before reload', priority: 'high', description: 'Draft body' }),
    );
    const { html, recoverable, consoleError } = await serverRenderThenHydrate(<TicketForm />);
    expect(html).not.toContain('Saved before reload');
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: /Title/ })).toHaveValue('Saved before reload'),
    );
    expect(recoverable).toEqual([]);
    expect(consoleErrors(consoleError)).toEqual([]);
  });

  it('server markup carries no style attribute, so a strict-CSP SSR page reports no violation', async () => {
    const html = renderToString(
      <RevampdProvider {...providerProps}>
        <ConnectionPortal />
      </RevampdProvider>,
    );
    expect(html).not.toMatch(/\sstyle="/);
    // …while the appearance variables still arrive after hydration, through the CSSOM.
    const { container } = await serverRenderThenHydrate(<ConnectionPortal />);
    const rootElement = container.querySelector('.rvp-root') as HTMLElement;
    await waitFor(() =>
      expect(rootElement.style.getPropertyValue('--rvp-color-primary')).toBe('rgb(180, 40, 90)'),
    );
  });
});
