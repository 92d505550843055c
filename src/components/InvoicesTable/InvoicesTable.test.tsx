import { createRef } from 'react';
import { fireEvent, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { http } from 'msw';
import { apiPath } from '../../../mocks/handlers/shared';
import { db } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import {
  addPartnerInvoice,
  editScope,
  hostileContent,
  insufficientFunds,
  invoicesEmpty,
  invoicesFail,
  neverAnswers,
  noAccess,
  partnerInvoice,
  UNSAFE_PDF_URLS,
  unsafePdfUrls,
} from '../../../mocks/scenarios';
import type { Invoice } from '../../api/schemas';
import { useFormatters } from '../../hooks/formatters';
import { usePayInvoiceWithWallet } from '../../hooks/invoices';
import { useWallet } from '../../hooks/wallet';
import { frFR } from '../../locales/fr-FR';
import type { RevampdProviderProps } from '../../provider/RevampdProvider';
import { definitionOf, rowWithHeader } from '../../../test/queries';
import { createWrapper, renderWithProvider, TEST_ORG_ID } from '../../../test/render';
import { InvoicesTable } from './InvoicesTable';

function invoice(index: number, overrides: Partial<Invoice> = {}): Invoice {
  const number = `INV-${String(index).padStart(4, '0')}`;
  return {
    id: `inv_test_${index}`,
    number,
    issuedAt: new Date(Date.UTC(2026, 5, 1) - index * 86_400_000).toISOString(),
    dueAt: null,
    status: 'paid',
    type: 'phone_number',
    description: `Invoice ${index}`,
    total: { amount: 1500, currency: 'USD' },
    amountDue: { amount: 0, currency: 'USD' },
    issuer: 'revampd',
    pdfUrl: `https://files.revampd.example/${number}.pdf`,
    ...overrides,
  };
}

function seedInvoices(invoices: Invoice[]) {
  server.use(...editScope(db, (scope) => void (scope.invoices = invoices)));
}

function countRequests(method: string, pattern: RegExp) {
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === method && pattern.test(new URL(request.url).pathname)) seen.push(request.url);
  });
  return seen;
}

/** The row of the invoice numbered `name`. */
const rowOf = (name: string): HTMLElement => rowWithHeader(screen.getByRole('table'), name);

/** Shows the wallet balance beside the table, as WalletCard would. */
function WalletProbe() {
  const wallet = useWallet();
  const format = useFormatters();
  return <output aria-label="Wallet probe">{wallet.data ? format.money(wallet.data.balance) : ''}</output>;
}

describe('InvoicesTable', () => {
  it('shows skeleton rows with aria-busy while loading', async () => {
    server.use(...neverAnswers('invoices'));
    renderWithProvider(<InvoicesTable />);
    expect(await screen.findByRole('table')).toHaveAttribute('aria-busy', 'true');
  });

  it('says so when there are no invoices', async () => {
    server.use(...invoicesEmpty());
    renderWithProvider(<InvoicesTable />);
    expect(await screen.findByText('No invoices from Revampd yet.')).toBeInTheDocument();
  });

  it('shows an error with Retry that recovers', async () => {
    const seeded = db.scope(TEST_ORG_ID, 'revampd').invoices.length;
    expect(seeded).toBeGreaterThan(0);
    server.use(...invoicesFail(503, undefined, { times: 3 }));
    renderWithProvider(<InvoicesTable />);
    const alert = await screen.findByRole('alert');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    // The first page of the seeded invoices, 10 rows a page.
    expect(await screen.findAllByRole('rowheader')).toHaveLength(Math.min(seeded, 10));
  });

  it('says the org has no access on 403', async () => {
    server.use(...noAccess('invoices'));
    renderWithProvider(<InvoicesTable />);
    expect(await screen.findByText('No access')).toBeInTheDocument();
  });

  it('shows number, date, type, status badge, total and amount due', async () => {
    seedInvoices([
      invoice(1, {
        status: 'open',
        type: 'call_credits',
        total: { amount: 5000, currency: 'USD' },
        amountDue: { amount: 3000, currency: 'USD' },
      }),
    ]);
    renderWithProvider(<InvoicesTable />);
    await screen.findByRole('rowheader', { name: 'INV-0001' });
    const row = within(rowOf('INV-0001'));
    // Midnight UTC is still the previous day in the org's zone (America/New_York).
    expect(row.getByText('May 30, 2026')).toBeInTheDocument();
    expect(row.getByText('Call credits')).toBeInTheDocument();
    expect(row.getByText('Open')).toBeInTheDocument();
    expect(row.getByText('$50.00')).toBeInTheDocument();
    expect(row.getByText('$30.00')).toBeInTheDocument();
  });

  it('sorts by total numerically and announces the order', async () => {
    seedInvoices([
      invoice(1, { total: { amount: 900, currency: 'USD' } }),
      invoice(2, { total: { amount: 10_000, currency: 'USD' } }),
      invoice(3, { total: { amount: 1500, currency: 'USD' } }),
    ]);
    renderWithProvider(<InvoicesTable />);
    await screen.findByRole('rowheader', { name: 'INV-0001' });
    const header = screen.getByRole('columnheader', { name: /Total/ });
    await userEvent.click(within(header).getByRole('button'));
    await userEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    const order = screen.getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(order).toEqual(['INV-0001', 'INV-0003', 'INV-0002']);
    expect(screen.getByText('Sorted by Total, ascending')).toBeInTheDocument();
  });

  it('links a PDF only for https URLs, in a new tab without opener (faults.md 24)', async () => {
    server.use(...unsafePdfUrls(db));
    renderWithProvider(<InvoicesTable />);
    await screen.findAllByRole('rowheader');
    const links = screen.getAllByRole('link', { name: /^PDF of invoice/ });
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    const hrefs = links.map((link) => link.getAttribute('href') ?? '');
    for (const unsafe of UNSAFE_PDF_URLS) expect(hrefs.some((href) => href.includes(unsafe))).toBe(false);
    // The four newest invoices carry the unsafe URLs: none of them has a link.
    const newest = screen
      .getAllByRole('rowheader')
      .slice(0, 4)
      .map((cell) => rowOf(cell.textContent ?? ''));
    expect(newest).toHaveLength(4);
    for (const row of newest) expect(within(row).queryByRole('link')).not.toBeInTheDocument();
  });

  it('pays an open invoice once across double clicks; the row and wallet update (faults.md 22)', async () => {
    seedInvoices([
      invoice(1, {
        status: 'open',
        total: { amount: 2500, currency: 'USD' },
        amountDue: { amount: 2500, currency: 'USD' },
      }),
      invoice(2),
    ]);
    const payments = countRequests('POST', /pay-with-wallet$/);
    renderWithProvider(
      <>
        <InvoicesTable />
        <WalletProbe />
      </>,
    );
    await screen.findByRole('rowheader', { name: 'INV-0001' });
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Wallet probe' })).not.toBeEmptyDOMElement(),
    );
    const before = db.scopes()[0]?.wallet.balance.amount ?? 0;
    expect(
      within(rowOf('INV-0002')).queryByRole('button', { name: /Pay with wallet/ }),
    ).not.toBeInTheDocument();

    await userEvent.click(
      within(rowOf('INV-0001')).getByRole('button', { name: 'Pay with wallet: INV-0001' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Pay invoice INV-0001 with wallet credits?' });
    const format = (amount: number) =>
      new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(amount / 100);
    expect(definitionOf(dialog, 'Wallet balance now')).toHaveTextContent(format(before));
    expect(definitionOf(dialog, 'Amount to pay')).toHaveTextContent('$25.00');
    expect(definitionOf(dialog, 'Balance after payment')).toHaveTextContent(format(before - 2500));

    const confirm = within(dialog).getByRole('button', { name: 'Pay $25.00' });
    await userEvent.dblClick(confirm);
    await userEvent.click(confirm);

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(rowOf('INV-0001')).getByText('Paid')).toBeInTheDocument();
    expect(
      within(rowOf('INV-0001')).queryByRole('button', { name: /Pay with wallet/ }),
    ).not.toBeInTheDocument();
    expect(screen.getByText('Invoice INV-0001 was paid with wallet credits.')).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Wallet probe' })).toHaveTextContent(format(before - 2500));
    expect(payments).toHaveLength(1);
    expect(db.scopes()[0]?.wallet.balance.amount).toBe(before - 2500);
  });

  it('says the wallet is too low and keeps the invoice open on insufficient funds (faults.md 22)', async () => {
    server.use(...insufficientFunds(db));
    seedInvoices([invoice(1, { status: 'open', amountDue: { amount: 2500, currency: 'USD' } })]);
    renderWithProvider(<InvoicesTable />);
    await screen.findByRole('rowheader', { name: 'INV-0001' });
    await userEvent.click(screen.getByRole('button', { name: 'Pay with wallet: INV-0001' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Pay $25.00' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Your wallet balance is too low to pay this invoice. The invoice is still open.',
    );
    expect(within(rowOf('INV-0001')).getByText('Open')).toBeInTheDocument();
    expect(db.scopes()[0]?.invoices[0]?.status).toBe('open');
  });

  it('says in its own words when the server refuses to take the payment (invoice_not_payable)', async () => {
    seedInvoices([invoice(1, { status: 'open', amountDue: { amount: 2500, currency: 'USD' } })]);
    // The invoice stopped being payable between the list and the payment (paid elsewhere).
    server.use(
      http.post(apiPath('/invoices/:id/pay-with-wallet'), () =>
        Response.json(
          { error: { code: 'invoice_not_payable', message: 'server text that must not show' } },
          { status: 422 },
        ),
      ),
    );
    renderWithProvider(<InvoicesTable />, { messages: { brandName: 'Acme Voice' } });
    await screen.findByRole('rowheader', { name: 'INV-0001' });
    await userEvent.click(screen.getByRole('button', { name: 'Pay with wallet: INV-0001' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Pay $25.00' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'Only open invoices issued by Acme Voice can be paid with wallet credits.',
    );
    expect(alert).not.toHaveTextContent('server text');
  });

  it('offers no wallet payment for a Partner-issued invoice (faults.md 13)', async () => {
    server.use(...partnerInvoice(db));
    renderWithProvider(<InvoicesTable />);
    await screen.findByRole('rowheader', { name: 'ACME-2026-0042' });
    const row = within(rowOf('ACME-2026-0042'));
    expect(row.getByText('Open')).toBeInTheDocument();
    expect(row.queryByRole('button', { name: /Pay with wallet/ })).not.toBeInTheDocument();
    expect(row.getByText('Issued by your Partner: pay it through your Partner.')).toBeInTheDocument();
  });

  it('refuses to send a wallet payment for a Partner-issued invoice (faults.md 13)', async () => {
    const payments = countRequests('POST', /pay-with-wallet$/);
    const partner = addPartnerInvoice(db.scope('org_test', 'revampd'));
    const { result } = renderHook(() => usePayInvoiceWithWallet(), { wrapper: createWrapper() });
    await expect(result.current.mutate({ invoice: partner })).rejects.toMatchObject({
      kind: 'refused',
      code: 'invoice_not_payable',
    });
    expect(payments).toHaveLength(0);
  });

  it('renders hostile invoice text as inert text (faults.md 23)', async () => {
    server.use(...hostileContent(db));
    const { container } = renderWithProvider(<InvoicesTable />);
    // The override is dropped at the API boundary: the number reads in its real order.
    expect(await screen.findByRole('rowheader', { name: 'Invoice fdp.exe' })).toBeInTheDocument();
    expect(container.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
  });

  // Issue 8: status sorted by its translated label, so the order changed with the language.
  it('sorts by status on the raw code: French gives the same order as English (issue 8)', async () => {
    seedInvoices([
      invoice(1, { status: 'void' }),
      invoice(2, { status: 'open', amountDue: { amount: 1500, currency: 'USD' } }),
      invoice(3, { status: 'uncollectible' }),
      invoice(4, { status: 'paid' }),
      invoice(5, { status: 'draft' }),
    ]);
    const sortedByStatus = async (provider: Partial<RevampdProviderProps>, header: RegExp) => {
      const view = renderWithProvider(<InvoicesTable />, provider);
      await screen.findByRole('rowheader', { name: 'INV-0001' });
      const statusHeader = screen.getByRole('columnheader', { name: header });
      await userEvent.click(within(statusHeader).getByRole('button'));
      // A word column: the first click sorts ascending, as before.
      expect(statusHeader).toHaveAttribute('aria-sort', 'ascending');
      const order = screen.getAllByRole('rowheader').map((cell) => cell.textContent);
      view.unmount();
      return order;
    };
    const english = await sortedByStatus({}, /^Status/);
    const french = await sortedByStatus({ locale: 'fr-FR', baseMessages: frFR }, /^Statut/);
    // The invoice's life: draft, open, then paid, void or uncollectible.
    expect(english).toEqual(['INV-0005', 'INV-0002', 'INV-0004', 'INV-0001', 'INV-0003']);
    expect(french).toEqual(english);
  });

  it('forwards its ref to its section and puts id, aria-* and data-* on it (issue 8)', async () => {
    const ref = createRef<HTMLElement>();
    renderWithProvider(<InvoicesTable ref={ref} id="invoices" aria-describedby="help" data-host="billing" />);
    const section = screen.getByRole('region', { name: 'Invoices' });
    expect(ref.current).toBe(section);
    expect(section).toHaveAttribute('id', 'invoices');
    expect(section).toHaveAttribute('aria-describedby', 'help');
    expect(section).toHaveAttribute('data-host', 'billing');
    await screen.findAllByRole('rowheader');
  });
});

// -------------------------------------------------------------------------------------------------
// Issue 11: filters, search, overdue, total due, feature switch
// -------------------------------------------------------------------------------------------------

const usd = (minor: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(minor / 100);

/** Ends of the GET /invoices requests seen from now on, as URLs. */
function invoiceLists(): URL[] {
  const seen: URL[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'GET' && /\/invoices$/.test(new URL(request.url).pathname))
      seen.push(new URL(request.url));
  });
  return seen;
}

/** The invoices on screen once rows are shown (not the skeleton). */
const shownNumbers = () =>
  waitFor(() => {
    const numbers = within(screen.getByRole('table', { name: 'Invoices' }))
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(numbers.length).toBeGreaterThan(0);
    return numbers;
  });

describe('InvoicesTable filters and search (issue 11)', () => {
  afterEach(() => {
    server.events.removeAllListeners();
  });

  it('sends Status and Type to the API and shows only those invoices', async () => {
    seedInvoices([
      invoice(1, { status: 'open', type: 'call_credits' }),
      invoice(2, { status: 'paid', type: 'call_credits' }),
      invoice(3, { status: 'open', type: 'phone_number' }),
    ]);
    const lists = invoiceLists();
    const user = userEvent.setup();
    renderWithProvider(<InvoicesTable />);
    await shownNumbers();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'open');
    await waitFor(() => expect(lists.at(-1)?.searchParams.get('status')).toBe('open'));
    await waitFor(async () => expect(await shownNumbers()).toEqual(['INV-0001', 'INV-0003']));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'call_credits');
    await waitFor(() => expect(lists.at(-1)?.searchParams.get('type')).toBe('call_credits'));
    await waitFor(async () => expect(await shownNumbers()).toEqual(['INV-0001']));
  });

  it('"Search invoices" sends the text encoded, and no results names the search with a way back (faults.md 39)', async () => {
    const lists = invoiceLists();
    const user = userEvent.setup();
    renderWithProvider(<InvoicesTable />);
    await shownNumbers();
    const hostile = `%&#"' <script>alert(1)</script> 🧾`;
    const field = screen.getByRole('searchbox', { name: 'Search invoices' });
    await user.type(field, hostile);
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(lists.at(-1)?.searchParams.get('q')).toBe(hostile.trim()));
    // Sent as one encoded parameter: nothing of it leaked into other parameters.
    expect([...(lists.at(-1)?.searchParams.keys() ?? [])].sort()).toEqual(['limit', 'q']);
    const none = await screen.findByText(`No invoices match “${hostile.trim()}”.`);
    // Inert text, not markup.
    expect(document.querySelector('script')).toBeNull();
    expect(none.closest('.rvp-Filters-noResults')).not.toBeNull();
    await user.click(
      within(none.closest('.rvp-Filters-noResults') as HTMLElement).getByRole('button', {
        name: 'Clear filters',
      }),
    );
    await shownNumbers();
    expect(field).toHaveValue('');
    expect(field).toHaveFocus();
  });

  it('finds an invoice by number or description, case-insensitively', async () => {
    seedInvoices([invoice(1, { description: 'Toll-free number, March' }), invoice(2), invoice(3)]);
    const user = userEvent.setup();
    renderWithProvider(<InvoicesTable />);
    await shownNumbers();
    await user.type(screen.getByRole('searchbox', { name: 'Search invoices' }), 'toll-FREE{Enter}');
    await waitFor(async () => expect(await shownNumbers()).toEqual(['INV-0001']));
    await user.clear(screen.getByRole('searchbox', { name: 'Search invoices' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search invoices' }), 'inv-0003{Enter}');
    await waitFor(async () => expect(await shownNumbers()).toEqual(['INV-0003']));
  });

  it('stops a search over 100 characters with a message, before any request (faults.md 39)', async () => {
    const lists = invoiceLists();
    const user = userEvent.setup();
    renderWithProvider(<InvoicesTable />);
    await shownNumbers();
    const before = lists.length;
    const field = screen.getByRole('searchbox', { name: 'Search invoices' });
    // 1,000 characters, pasted at once (typing them one by one would be slow).
    await user.click(field);
    await user.paste('x'.repeat(1_000));
    await user.click(screen.getByRole('button', { name: 'Search' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Search for 100 characters or fewer: this text has 1,000. Nothing was searched.',
    );
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveValue('x'.repeat(1_000)); // nothing typed is lost
    expect(lists.length).toBe(before);
    // Exactly 100 (emoji count as one each) goes through.
    await user.clear(field);
    await user.paste('😀'.repeat(100));
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(lists.length).toBe(before + 1));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('sends the issue-date range as instants of the days in the org’s zone', async () => {
    const lists = invoiceLists();
    renderWithProvider(<InvoicesTable />, { timeZone: 'Europe/Paris' });
    await shownNumbers();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-03-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-03-31' } });
    await waitFor(() => expect(lists.at(-1)?.searchParams.get('issuedTo')).toBeTruthy());
    expect(lists.at(-1)?.searchParams.get('issuedFrom')).toBe('2026-02-28T23:00:00.000Z');
    expect(lists.at(-1)?.searchParams.get('issuedTo')).toBe('2026-03-31T22:00:00.000Z');
  });

  it('never shows the old filter’s rows while the new filter’s page loads (faults.md 40)', async () => {
    seedInvoices([
      invoice(1, { status: 'open' }),
      invoice(2, { status: 'paid' }),
      invoice(3, { status: 'void' }),
    ]);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get(apiPath('/invoices'), async ({ request }) => {
        if (new URL(request.url).searchParams.get('status') === 'void') await gate;
        return undefined;
      }),
    );
    const user = userEvent.setup();
    renderWithProvider(<InvoicesTable />);
    expect(await shownNumbers()).toEqual(['INV-0001', 'INV-0002', 'INV-0003']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'void');
    await waitFor(() =>
      expect(screen.getByRole('table', { name: 'Invoices' })).toHaveAttribute('aria-busy', 'true'),
    );
    expect(screen.queryByRole('rowheader', { name: 'INV-0001' })).not.toBeInTheDocument();
    expect(screen.queryByRole('rowheader', { name: 'INV-0002' })).not.toBeInTheDocument();
    release();
    await waitFor(async () => expect(await shownNumbers()).toEqual(['INV-0003']));
  });

  it('marks an open invoice past its due day Overdue, and sorts it first among the open ones', async () => {
    const now = Date.now();
    const day = 86_400_000;
    seedInvoices([
      invoice(1, { status: 'open', dueAt: new Date(now + 10 * day).toISOString() }),
      invoice(2, { status: 'open', dueAt: new Date(now - 10 * day).toISOString() }),
      invoice(3, { status: 'paid', dueAt: new Date(now - 10 * day).toISOString() }),
    ]);
    const user = userEvent.setup();
    renderWithProvider(<InvoicesTable />);
    await shownNumbers();
    expect(within(rowWithHeader(document.body, 'INV-0002')).getByText('Overdue')).toBeInTheDocument();
    expect(within(rowWithHeader(document.body, 'INV-0001')).queryByText('Overdue')).not.toBeInTheDocument();
    // Paid is never overdue, whatever its due date.
    expect(within(rowWithHeader(document.body, 'INV-0003')).queryByText('Overdue')).not.toBeInTheDocument();
    const status = screen.getByRole('columnheader', { name: /^Status/ });
    await user.click(within(status).getByRole('button'));
    expect(await shownNumbers()).toEqual(['INV-0002', 'INV-0001', 'INV-0003']);
  });

  it('shows the total due of the open invoices above the table, from the attention summary', async () => {
    renderWithProvider(<InvoicesTable />);
    await shownNumbers();
    const open = db.scope(TEST_ORG_ID, 'revampd').invoices.filter((item) => item.status === 'open');
    const due = open.reduce((sum, item) => sum + item.amountDue.amount, 0);
    const section = screen.getByRole('region', { name: 'Invoices' });
    await waitFor(() => expect(definitionOf(section, 'Total due')).toHaveTextContent(usd(due)));
    expect(definitionOf(section, 'Open invoices')).toHaveTextContent(String(open.length));
  });

  it('offers no payment at all when the host switched payInvoices off, and sends none', async () => {
    seedInvoices([invoice(1, { status: 'open', amountDue: { amount: 500, currency: 'USD' } }), invoice(2)]);
    const posts = countRequests('POST', /pay-with-wallet$/);
    renderWithProvider(<InvoicesTable />, { features: { payInvoices: false } });
    await shownNumbers();
    expect(screen.queryByRole('button', { name: /Pay with wallet/ })).not.toBeInTheDocument();
    // The hook refuses too, before any request.
    const { result } = renderHook(() => usePayInvoiceWithWallet(), {
      wrapper: createWrapper({ features: { payInvoices: false } }),
    });
    const open = db.scope(TEST_ORG_ID, 'revampd').invoices[0] as Invoice;
    await expect(result.current.mutate({ invoice: open })).rejects.toMatchObject({
      code: 'feature_disabled',
    });
    expect(posts).toHaveLength(0);
  });
});
