/**
 * faults.md 35, widget by widget (issue 9): a host hands the provider its own QueryClient
 * with hostile defaults — `throwOnError`, `keepPreviousData`, `staleTime: Infinity`, five
 * retries, refetch on focus. The hooks' own options win over them (test/hooks/sequences
 * proves it hook by hook); here every widget proves it where a person sees it: a 403 is the
 * widget's own no-access state (never the host's error boundary, never the widget's "could
 * not be shown"), a 500 is its error with "Try again" after only the transport's retries,
 * and a second org never sees the first org's rows kept as placeholder data.
 */
import { keepPreviousData, QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { Component, type ReactElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { failWith, noAccess, type MockResource } from '../../mocks';
import { server } from '../../mocks/node';
import {
  AddOnsTable,
  ConnectionPortal,
  InvoicesTable,
  PayoutHistoryTable,
  PayoutSummary,
  PlanManagedNotice,
  RevampdProvider,
  TicketsTable,
  WalletCard,
  WalletTransactionsTable,
  type RevampdProviderProps,
} from '../../src/index';
import { recordingFetch } from '../api/support';
import { testProviderProps } from '../render';

const hostileClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: {
        throwOnError: true,
        placeholderData: keepPreviousData,
        staleTime: Infinity,
        retry: 5,
        refetchOnWindowFocus: true,
      },
      mutations: { throwOnError: true, retry: 5 },
    },
  });

/** The host's own boundary: anything thrown out of a widget lands here and fails the test. */
class HostBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    return this.state.error ? <p>host boundary caught an error</p> : this.props.children;
  }
}

/** Each widget, the resource it reads and a path that resource is requested at. */
const WIDGETS: ReadonlyArray<readonly [string, () => ReactElement, MockResource, RegExp]> = [
  ['PlanManagedNotice', () => <PlanManagedNotice />, 'plan', /\/plan$/],
  ['AddOnsTable', () => <AddOnsTable />, 'addOns', /\/add-ons$/],
  ['TicketsTable', () => <TicketsTable />, 'tickets', /\/tickets$/],
  ['InvoicesTable', () => <InvoicesTable />, 'invoices', /\/invoices$/],
  ['WalletCard', () => <WalletCard />, 'wallet', /\/wallet$/],
  [
    'WalletTransactionsTable',
    () => <WalletTransactionsTable />,
    'walletTransactions',
    /\/wallet\/transactions$/,
  ],
  ['PayoutSummary', () => <PayoutSummary />, 'payoutSummary', /\/affiliate\/summary$/],
  ['PayoutHistoryTable', () => <PayoutHistoryTable />, 'payouts', /\/affiliate\/payouts$/],
];

function renderUnderHostileClient(ui: ReactElement, props: Partial<RevampdProviderProps> = {}) {
  const recorder = recordingFetch();
  const queryClient = hostileClient();
  const tree = (next: Partial<RevampdProviderProps>) => (
    <HostBoundary>
      <RevampdProvider {...testProviderProps({ fetch: recorder.fetch, queryClient, ...props, ...next })}>
        {ui}
      </RevampdProvider>
    </HostBoundary>
  );
  const view = render(tree({}));
  return {
    ...view,
    requests: recorder.requests,
    rerenderWith: (next: Partial<RevampdProviderProps>) => view.rerender(tree(next)),
  };
}

const expectNothingEscaped = () => {
  expect(screen.queryByText('host boundary caught an error')).not.toBeInTheDocument();
  expect(screen.queryByText(/could not be shown/)).not.toBeInTheDocument();
};

describe('faults.md 35: every widget under a host QueryClient with hostile defaults', () => {
  it.each(WIDGETS)('%s: a 403 is its own no-access state', async (_name, widget, resource) => {
    server.use(...noAccess(resource));
    renderUnderHostileClient(widget());
    expect(await screen.findByText('No access')).toBeInTheDocument();
    expectNothingEscaped();
  });

  it.each(WIDGETS)(
    '%s: a 500 is its error with "Try again", after the transport’s retries only',
    async (_name, widget, resource, path) => {
      server.use(...failWith(resource, 500));
      const { requests } = renderUnderHostileClient(widget());
      expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
      expectNothingEscaped();
      // testProviderProps allows 2 transport retries: 3 requests, never 3 × 6.
      expect(requests.filter((request) => path.test(request.url.pathname))).toHaveLength(3);
    },
  );

  it('the portal: another org never shows the first org’s invoices as placeholder data', async () => {
    const { rerenderWith, requests } = renderUnderHostileClient(
      <ConnectionPortal defaultSection="invoices" />,
      {
        orgId: 'org_hostile_a',
      },
    );
    const rowText = () =>
      screen
        .queryAllByRole('row')
        .map((row) => row.textContent ?? '')
        .filter((text) => /\d/.test(text));
    // Org a's invoices are on screen (rows with numbers in them, not the loading skeleton).
    await waitFor(() => expect(rowText().length).toBeGreaterThan(0));
    const firstOrgRows = rowText();
    rerenderWith({ orgId: 'org_hostile_b' });
    // Until org b's own answer arrives, none of org a's rows may be on screen.
    expect(rowText().filter((text) => firstOrgRows.includes(text))).toEqual([]);
    await waitFor(() =>
      expect(requests.some((request) => request.url.pathname.includes('/orgs/org_hostile_b/'))).toBe(true),
    );
    expectNothingEscaped();
  });
});
