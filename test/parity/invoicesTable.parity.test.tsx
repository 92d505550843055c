/**
 * Headless parity (issue 8): InvoicesTable's key behaviours on a bare table built from
 * `useInvoicesTable` alone — sort on raw values, pages over the server's pages, a targeted row, safe
 * PDF links, and paying once with wallet credits (or being told the wallet is too low).
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { insufficientFunds, partnerInvoice, UNSAFE_PDF_URLS, unsafePdfUrls } from '../../mocks/scenarios';
import { PAGE_SIZE, useFormatters, useInvoicesTable, type Invoice } from '../../src/headless';
import { useNetworkLog } from '../api/support';
import { renderWithProvider, TEST_ORG_ID } from '../render';
import {
  apiPageSize,
  at,
  BareTable,
  columnHeader,
  holdRequests,
  positionOf,
  requestsTo,
  rowHeaders,
  rowNamed,
} from './support';

// -------------------------------------------------------------------------------------------------
// The bare Invoices section
// -------------------------------------------------------------------------------------------------

const CAPTION = 'Invoices';

/** The Invoices section as a host would write it over `useInvoicesTable`: plain elements only. */
function BareInvoices({ targetInvoiceId = null }: { targetInvoiceId?: string | null }) {
  const { list, table, pay, pdfUrl } = useInvoicesTable();
  const format = useFormatters();
  const target = pay.target;
  return (
    <section aria-label={CAPTION}>
      <BareTable
        table={table}
        list={list}
        caption={CAPTION}
        targetRowId={targetInvoiceId}
        actions={(invoice) => {
          const href = pdfUrl(invoice);
          return (
            <>
              {href && (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {`PDF of ${invoice.number}`}
                </a>
              )}
              {pay.canPay(invoice) && (
                <button type="button" onClick={() => pay.request(invoice)}>
                  {`Pay ${invoice.number} with wallet`}
                </button>
              )}
            </>
          );
        }}
      />
      <div role="status" aria-label="Payment notice">
        {pay.notice}
      </div>
      {target && (
        <div role="dialog" aria-label={`Pay ${target.number}?`}>
          <dl>
            <dt>Balance now</dt>
            <dd>{pay.wallet ? format.money(pay.wallet.balance) : ''}</dd>
            <dt>Amount to pay</dt>
            <dd>{format.money(target.amountDue)}</dd>
            <dt>Balance after</dt>
            <dd>{pay.balanceAfter ? format.money(pay.balanceAfter) : ''}</dd>
          </dl>
          {pay.errorText && <p role="alert">{pay.errorText}</p>}
          {/* No guard of its own: once-only is the hook's job. */}
          {!pay.insufficientFunds && (
            <button type="button" onClick={() => void pay.confirm()}>
              {`Pay ${format.money(target.amountDue)}`}
            </button>
          )}
          <button type="button" onClick={pay.dismiss}>
            Not now
          </button>
        </div>
      )}
    </section>
  );
}

// -------------------------------------------------------------------------------------------------
// Data
// -------------------------------------------------------------------------------------------------

const scope = () => db.scope(TEST_ORG_ID, 'revampd');

function invoice(index: number, overrides: Partial<Invoice> = {}): Invoice {
  const number = `INV-${String(index).padStart(4, '0')}`;
  return {
    id: `inv_parity_${index}`,
    number,
    // Newest first, as the API lists them: INV-0001 is the newest.
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

/** Replaces the scope's invoices before the section loads. */
function seedInvoices(invoices: Invoice[]): Invoice[] {
  scope().invoices = invoices;
  return invoices;
}

const openInvoice = (index: number, due: number) =>
  invoice(index, {
    status: 'open',
    total: { amount: due, currency: 'USD' },
    amountDue: { amount: due, currency: 'USD' },
  });

const usd = (minor: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(minor / 100);

/** The definition beside a term of the bare confirmation. */
const definitionOf = (dialog: HTMLElement, term: string) =>
  within(dialog).getByText(term, { selector: 'dt' }).nextElementSibling;

const payments = (log: ReturnType<typeof useNetworkLog>) => requestsTo(log, 'POST', /pay-with-wallet$/);

// -------------------------------------------------------------------------------------------------
// Tests
// -------------------------------------------------------------------------------------------------

describe('InvoicesTable parity: a bare table over useInvoicesTable', () => {
  const log = useNetworkLog();

  it('sorts by total on minor units, both directions', async () => {
    seedInvoices([
      invoice(1, { total: { amount: 900, currency: 'USD' } }),
      invoice(2, { total: { amount: 10_000, currency: 'USD' } }),
      invoice(3, { total: { amount: 1500, currency: 'USD' } }),
    ]);
    const user = userEvent.setup();
    renderWithProvider(<BareInvoices />);
    await screen.findByRole('rowheader', { name: 'INV-0001' });
    const total = columnHeader('Total');

    await user.click(within(total).getByRole('button'));
    expect(total).toHaveAttribute('aria-sort', 'descending');
    expect(rowHeaders(CAPTION)).toEqual(['INV-0002', 'INV-0003', 'INV-0001']);
    await user.click(within(total).getByRole('button'));
    expect(total).toHaveAttribute('aria-sort', 'ascending');
    expect(rowHeaders(CAPTION)).toEqual(['INV-0001', 'INV-0003', 'INV-0002']);
    expect(screen.getByRole('status', { name: 'Sort announcement' })).toHaveTextContent(
      'Sorted by Total, ascending',
    );
  });

  it('sorts by status on the raw code’s rank (draft, open, then how it ended), not on its label', async () => {
    seedInvoices([
      invoice(1, { status: 'void' }),
      openInvoice(2, 1500),
      invoice(3, { status: 'uncollectible' }),
      invoice(4, { status: 'paid' }),
      invoice(5, { status: 'draft' }),
    ]);
    const user = userEvent.setup();
    renderWithProvider(<BareInvoices />);
    await screen.findByRole('rowheader', { name: 'INV-0001' });
    const status = columnHeader('Status');

    await user.click(within(status).getByRole('button'));
    // By label it would be Draft, Open, Paid, Uncollectible, Void.
    expect(status).toHaveAttribute('aria-sort', 'ascending');
    expect(rowHeaders(CAPTION)).toEqual(['INV-0005', 'INV-0002', 'INV-0004', 'INV-0001', 'INV-0003']);
    await user.click(within(status).getByRole('button'));
    expect(status).toHaveAttribute('aria-sort', 'descending');
    expect(rowHeaders(CAPTION)).toEqual(['INV-0003', 'INV-0001', 'INV-0004', 'INV-0002', 'INV-0005']);
  });

  it('pages the loaded rows: next, previous and page size', async () => {
    const numbers = seedInvoices(Array.from({ length: 23 }, (_, index) => invoice(index + 1))).map(
      (item) => item.number,
    );
    const user = userEvent.setup();
    renderWithProvider(<BareInvoices />);
    await screen.findByRole('rowheader', { name: at(numbers, 0) });
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    const total = numbers.length;
    expect(within(nav).getByText(positionOf(1, 10, total))).toBeInTheDocument();

    await user.click(within(nav).getByRole('button', { name: 'Next page' }));
    await user.click(within(nav).getByRole('button', { name: 'Next page' }));
    expect(within(nav).getByText(positionOf(21, total, total))).toBeInTheDocument();
    expect(rowHeaders(CAPTION)).toEqual(numbers.slice(20, 30));
    expect(within(nav).getByRole('button', { name: 'Next page' })).toBeDisabled();

    await user.click(within(nav).getByRole('button', { name: 'Previous page' }));
    expect(rowHeaders(CAPTION)).toEqual(numbers.slice(10, 20));

    // The first row of the page shown stays in view when the page grows.
    await user.selectOptions(within(nav).getByRole('combobox', { name: 'Rows per page' }), '25');
    expect(within(nav).getByText(positionOf(1, total, total))).toBeInTheDocument();
    expect(rowHeaders(CAPTION)).toEqual(numbers);
  });

  it('"Next page" past the loaded rows sends the next cursor and shows the next rows (issue 11)', async () => {
    const invoices = seedInvoices(Array.from({ length: PAGE_SIZE + 7 }, (_, index) => invoice(index + 1)));
    const user = userEvent.setup();
    renderWithProvider(<BareInvoices />);
    await screen.findByRole('rowheader', { name: at(invoices, 0).number });
    const perRequest = apiPageSize(log, /\/invoices$/);
    expect(invoices.length).toBeGreaterThan(perRequest);
    const listsBefore = requestsTo(log, 'GET', /\/invoices$/).length;
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(nav).getByText(positionOf(1, 10, perRequest, true))).toBeInTheDocument();

    const pagesLoaded = Math.floor(perRequest / 10);
    for (let page = 0; page < pagesLoaded; page += 1) {
      await user.click(within(nav).getByRole('button', { name: 'Next page' }));
    }
    const first = pagesLoaded * 10;
    expect(await screen.findByRole('rowheader', { name: at(invoices, first).number })).toBeInTheDocument();
    expect(
      within(nav).getByText(positionOf(first + 1, Math.min(first + 10, invoices.length), invoices.length)),
    ).toBeInTheDocument();
    const lists = requestsTo(log, 'GET', /\/invoices$/);
    expect(lists).toHaveLength(listsBefore + 1);
    expect(lists.at(-1)?.searchParams.get('cursor')).toBeTruthy();
  });

  it('brings a targeted invoice into view: loads pages until it is there, shows its page, marks it', async () => {
    const invoices = seedInvoices(Array.from({ length: PAGE_SIZE + 7 }, (_, index) => invoice(index + 1)));
    const target = invoices.at(-1);
    if (!target) throw new Error('seeded');
    renderWithProvider(<BareInvoices targetInvoiceId={target.id} />);
    const row = await screen.findByRole('rowheader', { name: target.number });
    expect(row.closest('tr')).toHaveAttribute('data-targeted', '');
    const index = invoices.indexOf(target);
    const first = Math.floor(index / 10) * 10 + 1;
    expect(
      screen.getByText(positionOf(first, Math.min(first + 9, invoices.length), invoices.length)),
    ).toBeInTheDocument();
    expect(
      requestsTo(log, 'GET', /\/invoices$/)
        .at(-1)
        ?.searchParams.get('cursor'),
    ).toBeTruthy();
  });

  it('links a PDF only for https URLs (faults.md 24)', async () => {
    server.use(...unsafePdfUrls(db));
    renderWithProvider(<BareInvoices />);
    await waitFor(() => expect(rowHeaders(CAPTION).length).toBeGreaterThan(0));
    const links = screen.getAllByRole('link', { name: /^PDF of / });
    expect(links.length).toBeGreaterThan(0);
    const hrefs = links.map((link) => link.getAttribute('href') ?? '');
    for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
    for (const unsafe of UNSAFE_PDF_URLS) expect(hrefs.some((href) => href.includes(unsafe))).toBe(false);
  });

  it('offers no wallet payment for a Partner-issued invoice (faults.md 13)', async () => {
    server.use(...partnerInvoice(db));
    renderWithProvider(<BareInvoices />);
    const number = 'ACME-2026-0042';
    await screen.findByRole('rowheader', { name: number });
    expect(within(rowNamed(number)).queryByRole('button')).not.toBeInTheDocument();
  });

  it('pays once across double clicks, showing the balance before and after (faults.md 22)', async () => {
    const [target] = seedInvoices([openInvoice(1, 2500), invoice(2)]);
    if (!target) throw new Error('seeded');
    const before = scope().wallet.balance.amount;
    expect(before).toBeGreaterThanOrEqual(target.amountDue.amount); // else this is the next test
    const answer = holdRequests('post', '/invoices/:invoiceId/pay-with-wallet');
    const user = userEvent.setup();
    renderWithProvider(<BareInvoices />);
    await screen.findByRole('rowheader', { name: target.number });
    expect(within(rowNamed('INV-0002')).queryByRole('button')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: `Pay ${target.number} with wallet` }));
    const dialog = screen.getByRole('dialog', { name: `Pay ${target.number}?` });
    await waitFor(() => expect(definitionOf(dialog, 'Balance now')).toHaveTextContent(usd(before)));
    expect(definitionOf(dialog, 'Amount to pay')).toHaveTextContent(usd(2500));
    expect(definitionOf(dialog, 'Balance after')).toHaveTextContent(usd(before - 2500));

    const confirm = within(dialog).getByRole('button', { name: `Pay ${usd(2500)}` });
    await user.dblClick(confirm);
    await user.click(confirm);
    await waitFor(() => expect(payments(log).length).toBeGreaterThan(0));
    answer.release();

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(rowNamed(target.number)).getByText('Paid')).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Payment notice' })).toHaveTextContent(
      `Invoice ${target.number} was paid with wallet credits.`,
    );
    expect(payments(log)).toHaveLength(1);
    expect(scope().wallet.balance.amount).toBe(before - 2500);
    expect(scope().invoices.find((item) => item.id === target.id)?.status).toBe('paid');
  });

  it('says the wallet is too low, offers no confirm and keeps the invoice open (faults.md 22)', async () => {
    server.use(...insufficientFunds(db));
    const [target] = seedInvoices([openInvoice(1, 2500)]);
    if (!target) throw new Error('seeded');
    const user = userEvent.setup();
    renderWithProvider(<BareInvoices />);
    await screen.findByRole('rowheader', { name: target.number });
    await user.click(screen.getByRole('button', { name: `Pay ${target.number} with wallet` }));
    const dialog = screen.getByRole('dialog', { name: `Pay ${target.number}?` });
    await user.click(within(dialog).getByRole('button', { name: `Pay ${usd(2500)}` }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Your wallet balance is too low to pay this invoice. The invoice is still open.',
    );
    expect(within(dialog).queryByRole('button', { name: /^Pay / })).not.toBeInTheDocument();
    expect(within(rowNamed(target.number)).getByText('Open')).toBeInTheDocument();
    expect(scope().invoices.find((item) => item.id === target.id)?.status).toBe('open');
    expect(payments(log)).toHaveLength(1);
  });
});

// -------------------------------------------------------------------------------------------------
// Issue 11: filters, search, overdue and the total due, from the hook alone
// -------------------------------------------------------------------------------------------------

/** The invoices with a host's own search box and status filter over the hook's state. */
function BareFilteredInvoices() {
  const { list, table, filters, isOverdue, totalDue } = useInvoicesTable();
  return (
    <section aria-label={CAPTION}>
      {totalDue && <p aria-label="Total due">{totalDue.formatted}</p>}
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          filters.search.submit();
        }}
      >
        <input
          aria-label="Find"
          value={filters.search.draft}
          onChange={(event) => filters.search.setDraft(event.target.value)}
        />
        <button type="submit">Find</button>
        {filters.search.error && <p role="alert">{filters.search.error}</p>}
      </form>
      <select
        aria-label="State"
        value={filters.status.selectValue}
        onChange={(event) => filters.status.setSelectValue(event.target.value)}
      >
        {filters.status.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {filters.noResults && list.status === 'success' && list.items.length === 0 && (
        <p>
          {filters.noResults}
          <button type="button" onClick={filters.clear}>
            Reset
          </button>
        </p>
      )}
      <BareTable
        table={table}
        list={list}
        caption={CAPTION}
        actions={(invoice) => (isOverdue(invoice) ? <strong>late</strong> : null)}
      />
    </section>
  );
}

describe('InvoicesTable parity: filters and search (issue 11)', () => {
  const log = useNetworkLog();

  it('searches on submit, names the search when nothing matches, and resets', async () => {
    seedInvoices([invoice(1), invoice(2), invoice(3)]);
    const user = userEvent.setup();
    renderWithProvider(<BareFilteredInvoices />);
    await screen.findByRole('rowheader', { name: 'INV-0001' });
    await user.type(screen.getByRole('textbox', { name: 'Find' }), 'nothing like it');
    await user.click(screen.getByRole('button', { name: 'Find' }));
    expect(await screen.findByText('No invoices match “nothing like it”.')).toBeInTheDocument();
    expect(
      requestsTo(log, 'GET', /\/invoices$/)
        .at(-1)
        ?.searchParams.get('q'),
    ).toBe('nothing like it');
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(await screen.findByRole('rowheader', { name: 'INV-0001' })).toBeInTheDocument();
  });

  it('refuses more than 100 characters before sending', async () => {
    const user = userEvent.setup();
    renderWithProvider(<BareFilteredInvoices />);
    await waitFor(() => expect(rowHeaders(CAPTION).length).toBeGreaterThan(0));
    const before = requestsTo(log, 'GET', /\/invoices$/).length;
    await user.click(screen.getByRole('textbox', { name: 'Find' }));
    await user.paste('y'.repeat(101));
    await user.click(screen.getByRole('button', { name: 'Find' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Search for 100 characters or fewer');
    expect(requestsTo(log, 'GET', /\/invoices$/)).toHaveLength(before);
  });

  it('sends the status filter, marks overdue invoices and shows the total due', async () => {
    const day = 86_400_000;
    seedInvoices([
      invoice(1, { status: 'open', dueAt: new Date(Date.now() - 3 * day).toISOString() }),
      invoice(2, { status: 'open', dueAt: new Date(Date.now() + 3 * day).toISOString() }),
      invoice(3),
    ]);
    const user = userEvent.setup();
    renderWithProvider(<BareFilteredInvoices />);
    await screen.findByRole('rowheader', { name: 'INV-0001' });
    expect(within(rowNamed('INV-0001')).getByText('late')).toBeInTheDocument();
    expect(within(rowNamed('INV-0002')).queryByText('late')).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'paid');
    await waitFor(() => expect(rowHeaders(CAPTION)).toEqual(['INV-0003']));
    expect(
      requestsTo(log, 'GET', /\/invoices$/)
        .at(-1)
        ?.searchParams.get('status'),
    ).toBe('paid');
    expect(await screen.findByLabelText('Total due')).toHaveTextContent(/^\$[\d,.]+$/);
  });
});
