/**
 * AddOnPurchase in jsdom (issue 12): buying a phone number and a call-credit pack from the
 * Add-Ons section, and faults.md 41–43 — one purchase whatever the clicks, retries and
 * closes; a taken number and a price change recovered with nothing charged; a wallet that
 * falls short says by how much and leaves the wallet and invoices as they were.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { http } from 'msw';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../mocks/handlers';
import { apiPath } from '../../../mocks/handlers/shared';
import { server } from '../../../mocks/node';
import { lostResponse, numberTakenOnPurchase, priceChanged, setWalletBalance } from '../../../mocks';
import { frFR } from '../../locales/fr-FR';
import { useNetworkLog } from '../../../test/api/support';
import { renderWithProvider, TEST_ORG_ID } from '../../../test/render';
import { AddOnsTable } from '../AddOnsTable/AddOnsTable';
import { ConnectionPortal } from '../ConnectionPortal/ConnectionPortal';
import { AddOnPurchase } from './AddOnPurchase';

// -------------------------------------------------------------------------------------------------
// Helpers
// -------------------------------------------------------------------------------------------------

const network = useNetworkLog();
const scope = () => db.scope(TEST_ORG_ID, 'revampd');

/** The POSTs to `/add-ons` (purchases) that reached the mock API, with their keys. */
const purchases = () =>
  network.requests.filter(
    (request) => request.method === 'POST' && /\/add-ons$/.test(new URL(request.url).pathname),
  );

/** Holds every `POST /add-ons` until `release()`, then lets the mock API answer. */
function holdPurchases(): { release: () => void } {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  server.use(
    http.post(apiPath('/add-ons'), async () => {
      await gate;
      return undefined;
    }),
  );
  return { release: () => release() };
}

const dialog = () => screen.getByRole('dialog', { name: 'Buy an add-on' });
const inDialog = () => within(dialog());

async function openDialog(user: UserEvent): Promise<void> {
  await user.click(await screen.findByRole('button', { name: 'Buy add-on' }));
  await inDialog().findByRole('heading', { name: 'What would you like to buy?' });
}

async function continueTo(user: UserEvent, heading: string): Promise<void> {
  await user.click(inDialog().getByRole('button', { name: 'Continue' }));
  await inDialog().findByRole('heading', { name: heading });
}

/** Product → number (area code 415, the first number) → wallet → review. Returns the number. */
async function chooseLocalNumber(user: UserEvent, payWith: RegExp = /^Wallet credits/): Promise<string> {
  await user.click(await inDialog().findByRole('radio', { name: /^Local number, United States/ }));
  await continueTo(user, 'Choose a phone number');
  await user.type(inDialog().getByRole('textbox', { name: 'Area code' }), '415');
  await waitFor(() => expect(inDialog().getAllByRole('radio')[0]).toHaveAccessibleName(/^\+1 415 /));
  const [first] = inDialog().getAllByRole('radio');
  if (!first) throw new Error('no number offered');
  const number = (first.getAttribute('value') ?? '').trim();
  await user.click(first);
  await continueTo(user, 'How would you like to pay?');
  await user.click(await inDialog().findByRole('radio', { name: payWith }));
  await continueTo(user, 'Check your purchase');
  return number;
}

/** Product (500 minutes) → quantity → how to pay → review. */
async function chooseCreditPack(user: UserEvent, quantity: string, payWith: RegExp = /^Wallet credits/) {
  await user.click(await inDialog().findByRole('radio', { name: /^500 minutes/ }));
  await continueTo(user, 'How many packs?');
  const field = inDialog().getByRole('textbox', { name: 'Number of packs' });
  await user.clear(field);
  await user.type(field, quantity);
  await continueTo(user, 'How would you like to pay?');
  await user.click(await inDialog().findByRole('radio', { name: payWith }));
  await continueTo(user, 'Check your purchase');
}

/** The value of a review line, by its term. */
function reviewValue(term: string): string {
  const dt = inDialog()
    .getAllByRole('term')
    .find((candidate) => candidate.textContent === term);
  return dt?.nextElementSibling?.textContent ?? '';
}

/** The widget with a button that mounts a fresh one under the same provider. */
function Remountable() {
  const [round, setRound] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setRound((current) => current + 1)}>
        Remount
      </button>
      <AddOnPurchase key={round} />
    </>
  );
}

/**
 * The two ways a person comes back to a purchase in progress (under `<Remountable />`).
 * (Escape closes the dialog too; jsdom has no `cancel` event: the Chromium suite presses it.)
 */
const COMING_BACK: [string, (user: UserEvent) => Promise<void>][] = [
  ['closed and opened again', (user) => user.click(inDialog().getByRole('button', { name: 'Close' }))],
  // E.g. the portal switched section and back: a new widget, the same provider.
  ['mounted again', (user) => user.click(screen.getByRole('button', { name: 'Remount' }))],
];

const buy = (user: UserEvent) => user.click(inDialog().getByRole('button', { name: 'Buy' }));

// -------------------------------------------------------------------------------------------------
// Buying
// -------------------------------------------------------------------------------------------------

describe('AddOnPurchase: buying', () => {
  it('buys a local number by area code with wallet credits: the add-on, a paid invoice, one debit', async () => {
    setWalletBalance(scope(), 10_000);
    const invoicesBefore = scope().invoices.length;
    const user = userEvent.setup();
    renderWithProvider(<AddOnsTable />);
    await screen.findByRole('rowheader', { name: 'Main line' });
    await openDialog(user);
    expect(inDialog().getByText('Step 1 of 4')).toBeInTheDocument();

    const number = await chooseLocalNumber(user);
    expect(reviewValue('Unit price')).toBe('$15.00');
    expect(reviewValue('Billing')).toBe('per month');
    expect(reviewValue('Total due now')).toBe('$15.00');
    expect(reviewValue('Pay with')).toBe('Wallet credits');
    expect(reviewValue('Wallet balance after')).toBe('$85.00');

    await buy(user);
    expect(
      await inDialog().findByRole('heading', { name: 'You bought: Local number, United States' }),
    ).toHaveFocus();
    expect(inDialog().getByText(/is being set up and will be active in a few minutes/)).toBeInTheDocument();
    expect(inDialog().getByText(/was paid with wallet credits/)).toBeInTheDocument();
    expect(inDialog().getByText('Your wallet balance is now $85.00.')).toBeInTheDocument();

    // The new add-on is in the table (pending while the number is provisioned).
    const display = scope().addOns[0]?.detail ?? '';
    expect(scope().addOns[0]?.kind).toBe('phone_number');
    expect(display.replace(/\s/g, '')).toBe(number);
    expect(await screen.findByRole('cell', { name: display })).toBeInTheDocument();
    // One invoice, already paid, and one wallet debit linked to it.
    expect(scope().invoices).toHaveLength(invoicesBefore + 1);
    const invoice = scope().invoices[0];
    expect(invoice?.status).toBe('paid');
    expect(scope().walletTransactions[0]).toMatchObject({
      kind: 'invoice_payment',
      amount: { amount: -1500 },
      invoiceId: invoice?.id,
    });
    expect(scope().wallet.balance.amount).toBe(8500);
    expect(purchases()).toHaveLength(1);
  });

  it('buys call-credit packs with a quantity: total, cadence, remainder', async () => {
    setWalletBalance(scope(), 10_000);
    const user = userEvent.setup();
    renderWithProvider(<AddOnPurchase />);
    await openDialog(user);
    await chooseCreditPack(user, '3');
    expect(reviewValue('Packs')).toBe('3');
    expect(reviewValue('Unit price')).toBe('$27.50');
    expect(reviewValue('Billing')).toBe('one-time');
    expect(reviewValue('Total due now')).toBe('$82.50');
    expect(reviewValue('Wallet balance after')).toBe('$17.50');

    await buy(user);
    expect(await inDialog().findByText('1,500 minutes were added to your account.')).toBeInTheDocument();
    expect(scope().addOns[0]).toMatchObject({ kind: 'call_credits', quantity: 3, status: 'active' });
    expect(scope().wallet.balance.amount).toBe(1750);
  });

  it('bills on an invoice instead: the invoice stays open, the wallet is untouched', async () => {
    setWalletBalance(scope(), 10_000);
    const user = userEvent.setup();
    renderWithProvider(<AddOnPurchase />);
    await openDialog(user);
    await chooseCreditPack(user, '1', /^Add to a Revampd invoice/);
    expect(reviewValue('Wallet balance after')).toBe('');
    await buy(user);
    expect(
      await inDialog().findByText(/Invoice .* for \$27\.50 is open under Invoices\./),
    ).toBeInTheDocument();
    expect(scope().invoices[0]?.status).toBe('open');
    expect(scope().wallet.balance.amount).toBe(10_000);
  });

  it('checks each step on Continue: an error summary takes focus and links to the field', async () => {
    const user = userEvent.setup();
    renderWithProvider(<AddOnPurchase />);
    await openDialog(user);
    await inDialog().findByRole('radio', { name: /^500 minutes/ });
    await user.click(inDialog().getByRole('button', { name: 'Continue' }));
    const summary = inDialog().getByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(summary.parentElement).toHaveFocus();
    await user.click(within(summary).getByRole('link', { name: 'Choose what you would like to buy' }));
    expect(inDialog().getAllByRole('radio')[0]).toHaveFocus();

    await user.click(inDialog().getByRole('radio', { name: /^500 minutes/ }));
    await continueTo(user, 'How many packs?');
    const field = inDialog().getByRole('textbox', { name: 'Number of packs' });
    await user.clear(field);
    await user.type(field, '101');
    await user.click(inDialog().getByRole('button', { name: 'Continue' }));
    expect(inDialog().getByRole('alert')).toHaveTextContent('Enter a number of packs from 1 to 100');
    expect(field).toHaveAccessibleDescription(/Enter a number of packs from 1 to 100/);
    // The typed value is never cleared.
    expect(field).toHaveValue('101');
  });

  it('searches numbers as letters map to keypad digits, with "Search again"', async () => {
    const user = userEvent.setup();
    renderWithProvider(<AddOnPurchase />);
    await openDialog(user);
    await user.click(await inDialog().findByRole('radio', { name: /^Local number, United States/ }));
    await continueTo(user, 'Choose a phone number');
    await user.type(inDialog().getByRole('textbox', { name: 'Contains' }), 'BO');
    expect(
      inDialog().getByText(/^Letters count as the digits of a phone keypad: .* containing 26\.$/),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(
        network.requests.some((request) => new URL(request.url).searchParams.get('contains') === '26'),
      ).toBe(true),
    );
    const searches = () =>
      network.requests.filter((request) => request.url.includes('/phone-numbers/available'));
    const before = searches().length;
    await user.click(inDialog().getByRole('button', { name: 'Search again' }));
    await waitFor(() => expect(searches().length).toBe(before + 1));
    // Text the API would refuse is explained and never sent.
    await user.type(inDialog().getByRole('textbox', { name: 'Area code' }), '4#');
    expect(inDialog().getByRole('textbox', { name: 'Area code' })).toHaveAccessibleDescription(
      /Enter an area code of 1 to 5 digits/,
    );
    expect(searches().every((request) => !request.url.includes('areaCode=4%23'))).toBe(true);
  });

  it('returns focus to "Buy add-on" when closed, and forgets the choices', async () => {
    const user = userEvent.setup();
    renderWithProvider(<AddOnPurchase />);
    await openDialog(user);
    await user.click(await inDialog().findByRole('radio', { name: /^500 minutes/ }));
    await user.click(inDialog().getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Buy add-on' })).toHaveFocus();
    await openDialog(user);
    expect(await inDialog().findByRole('radio', { name: /^500 minutes/ })).not.toBeChecked();
  });

  it('is not rendered, and sends nothing, when buyAddOns is switched off', async () => {
    renderWithProvider(<AddOnsTable />, { features: { buyAddOns: false } });
    await screen.findByRole('rowheader', { name: 'Main line' });
    expect(screen.queryByRole('button', { name: 'Buy add-on' })).not.toBeInTheDocument();
    expect(network.requests.some((request) => request.url.includes('/add-ons/catalog'))).toBe(false);
  });

  it('inside ConnectionPortal: the pack in Add-Ons, its invoice in Invoices, the debit in Wallet', async () => {
    setWalletBalance(scope(), 10_000);
    const user = userEvent.setup();
    renderWithProvider(<ConnectionPortal />);
    await user.click(screen.getByRole('tab', { name: /^Add-Ons/ }));
    await screen.findByRole('rowheader', { name: 'Main line' });
    await openDialog(user);
    await chooseCreditPack(user, '1');
    await buy(user);
    await inDialog().findByRole('heading', { name: /^You bought/ });
    const invoice = scope().invoices[0];
    if (!invoice) throw new Error('no invoice');
    await user.click(inDialog().getByRole('button', { name: 'Done' }));
    expect(await screen.findByRole('rowheader', { name: 'Call credits — 500 minutes' })).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: /^Invoices/ }));
    expect(await screen.findByRole('rowheader', { name: new RegExp(invoice.number) })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: /^Wallet/ }));
    expect((await screen.findAllByText('$72.50')).length).toBeGreaterThan(0);
    // The balance and the transactions are separate requests: wait for each, not for one.
    expect((await screen.findAllByText(`Payment of invoice ${invoice.number}`)).length).toBeGreaterThan(0);
    expect((await screen.findAllByText('-$27.50')).length).toBeGreaterThan(0);
  });

  it('speaks French with the French messages', async () => {
    const user = userEvent.setup();
    renderWithProvider(<AddOnPurchase />, { locale: 'fr-FR', baseMessages: frFR });
    await user.click(screen.getByRole('button', { name: 'Acheter une option' }));
    const french = screen.getByRole('dialog', { name: 'Acheter une option' });
    expect(
      await within(french).findByRole('radio', { name: /^Numéro local \(États-Unis\)/ }),
    ).toBeInTheDocument();
    expect(within(french).getByRole('radio', { name: /^500 minutes d’appel/ })).toBeInTheDocument();
  });
});

// -------------------------------------------------------------------------------------------------
// faults.md 41: one purchase
// -------------------------------------------------------------------------------------------------

describe('AddOnPurchase: one purchase per intent (faults.md 41)', () => {
  it('a double click on Buy buys once', async () => {
    setWalletBalance(scope(), 10_000);
    const addOnsBefore = scope().addOns.length;
    const held = holdPurchases();
    const user = userEvent.setup();
    renderWithProvider(<AddOnPurchase />);
    await openDialog(user);
    await chooseCreditPack(user, '1');
    const button = inDialog().getByRole('button', { name: 'Buy' });
    await user.dblClick(button);
    await user.click(button);
    expect(inDialog().getByRole('button', { name: 'Buying…' })).toHaveAttribute('aria-disabled', 'true');
    expect(inDialog().getByRole('status')).toHaveTextContent('you will not be charged twice');
    await waitFor(() => expect(purchases()).toHaveLength(1));
    held.release();
    await inDialog().findByRole('heading', { name: /^You bought/ });
    expect(purchases()).toHaveLength(1);
    expect(scope().addOns).toHaveLength(addOnsBefore + 1);
    expect(scope().wallet.balance.amount).toBe(10_000 - 2750);
  });

  it('a retry after a network error (the answer was lost) charges once, with the same key', async () => {
    setWalletBalance(scope(), 10_000);
    const addOnsBefore = scope().addOns.length;
    // testProviderProps allows 2 transport retries: 3 attempts lose their answers.
    server.use(...lostResponse('purchaseAddOn', { times: 3 }));
    const user = userEvent.setup();
    renderWithProvider(<AddOnPurchase />);
    await openDialog(user);
    await chooseCreditPack(user, '2');
    await buy(user);
    const problem = await inDialog().findByRole('alert');
    expect(problem).toHaveTextContent('Your purchase was not confirmed');
    expect(problem).toHaveTextContent(/could not reach Revampd/);
    expect(problem).toHaveTextContent(
      'Your choices are kept: select Buy to try again. You will not be charged twice.',
    );
    // The server did charge: only the answers were lost.
    expect(scope().wallet.balance.amount).toBe(10_000 - 5500);

    await buy(user);
    await inDialog().findByRole('heading', { name: /^You bought/ });
    expect(scope().addOns).toHaveLength(addOnsBefore + 1);
    expect(scope().wallet.balance.amount).toBe(10_000 - 5500);
    const keys = new Set(purchases().map((request) => request.idempotencyKey));
    expect(purchases().length).toBeGreaterThanOrEqual(4);
    expect(keys.size).toBe(1);
  });

  it('a widget mounted again after a network error: its review holds the choices, Buy replays, one charge', async () => {
    setWalletBalance(scope(), 10_000);
    const addOnsBefore = scope().addOns.length;
    server.use(...lostResponse('purchaseAddOn', { times: 3 }));
    const user = userEvent.setup();
    renderWithProvider(<Remountable />);
    await openDialog(user);
    await chooseCreditPack(user, '2');
    await buy(user);
    await inDialog().findByRole('alert');

    // A remount (e.g. the portal switched section and back) starts a new widget: it opens on
    // the unconfirmed purchase, as closing and opening the dialog does.
    await user.click(screen.getByRole('button', { name: 'Remount' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Buy add-on' }));
    expect(inDialog().getByRole('heading', { name: 'Check your purchase' })).toBeInTheDocument();
    expect(inDialog().getByRole('alert')).toHaveTextContent('Your purchase was not confirmed');
    expect(reviewValue('Packs')).toBe('2');
    await buy(user);
    await inDialog().findByRole('heading', { name: /^You bought/ });
    expect(scope().addOns).toHaveLength(addOnsBefore + 1);
    expect(scope().wallet.balance.amount).toBe(10_000 - 2 * 2750);
    expect(new Set(purchases().map((request) => request.idempotencyKey)).size).toBe(1);

    // Bought: a widget mounted after that starts afresh.
    await user.click(screen.getByRole('button', { name: 'Remount' }));
    await openDialog(user);
  });

  it.each(COMING_BACK)(
    'a phone number whose purchase lost its answer, the flow %s: the review holds the number, Buy replays it once',
    async (_how, comeBack) => {
      setWalletBalance(scope(), 10_000);
      const addOnsBefore = scope().addOns.length;
      server.use(...lostResponse('purchaseAddOn', { times: 3 }));
      const user = userEvent.setup();
      renderWithProvider(<Remountable />);
      await openDialog(user);
      const number = await chooseLocalNumber(user);
      await buy(user);
      await inDialog().findByRole('alert');

      await comeBack(user);
      await user.click(screen.getByRole('button', { name: 'Buy add-on' }));
      // The lost purchase took the number, so no search offers it now: the review still holds it.
      expect(inDialog().getByRole('heading', { name: 'Check your purchase' })).toBeInTheDocument();
      expect(reviewValue('Number').replace(/\s/g, '')).toBe(number);
      await buy(user);
      await inDialog().findByRole('heading', { name: /^You bought/ });
      expect(scope().addOns).toHaveLength(addOnsBefore + 1);
      expect(scope().wallet.balance.amount).toBe(10_000 - 1500);
      expect(new Set(purchases().map((request) => request.idempotencyKey)).size).toBe(1);
    },
  );

  it.each(COMING_BACK)(
    'the flow %s while Buy runs: it shows the purchase going on, then its result; one request, one charge',
    async (_how, comeBack) => {
      setWalletBalance(scope(), 10_000);
      const held = holdPurchases();
      const user = userEvent.setup();
      renderWithProvider(<Remountable />);
      await openDialog(user);
      await chooseCreditPack(user, '1');
      await buy(user);
      await waitFor(() => expect(purchases()).toHaveLength(1));
      await comeBack(user);
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Buy add-on' }));
      expect(inDialog().getByRole('button', { name: 'Buying…' })).toBeInTheDocument();
      held.release();
      await inDialog().findByRole('heading', { name: /^You bought/ });
      expect(purchases()).toHaveLength(1);
      expect(scope().wallet.balance.amount).toBe(10_000 - 2750);
    },
  );

  it('an unconfirmed purchase stays with the org that sent it', async () => {
    setWalletBalance(scope(), 10_000);
    server.use(...lostResponse('purchaseAddOn', { times: 3 }));
    const user = userEvent.setup();
    const { rerenderWith } = renderWithProvider(<Remountable />);
    await openDialog(user);
    await chooseCreditPack(user, '1');
    await buy(user);
    await inDialog().findByRole('alert');
    await user.click(inDialog().getByRole('button', { name: 'Close' }));

    // Another org under the same provider: a fresh flow, mounted anew or not.
    rerenderWith({ orgId: 'org_other' });
    await openDialog(user);
    await user.click(inDialog().getByRole('button', { name: 'Close' }));
    await user.click(screen.getByRole('button', { name: 'Remount' }));
    await openDialog(user);

    // Back in the org that sent it, a new widget opens on that purchase.
    rerenderWith({ orgId: TEST_ORG_ID });
    await user.click(screen.getByRole('button', { name: 'Remount' }));
    await user.click(screen.getByRole('button', { name: 'Buy add-on' }));
    expect(inDialog().getByRole('heading', { name: 'Check your purchase' })).toBeInTheDocument();
  });
});

// -------------------------------------------------------------------------------------------------
// faults.md 42–43: refusals, nothing charged, choices kept
// -------------------------------------------------------------------------------------------------

describe('AddOnPurchase: refusals recovered without a charge (faults.md 42–43)', () => {
  it('a number taken meanwhile: says so, offers fresh numbers, keeps the rest, then buys', async () => {
    setWalletBalance(scope(), 10_000);
    server.use(...numberTakenOnPurchase(db));
    const addOnsBefore = scope().addOns.length;
    const invoicesBefore = scope().invoices.length;
    const user = userEvent.setup();
    renderWithProvider(<AddOnPurchase />);
    await openDialog(user);
    const taken = await chooseLocalNumber(user);
    await buy(user);

    const problem = await inDialog().findByRole('alert');
    expect(problem).toHaveTextContent('Nothing was charged');
    expect(problem).toHaveTextContent(/was just taken by someone else\. Choose another number/);
    expect(problem.parentElement).toHaveFocus();
    expect(inDialog().getByRole('heading', { name: 'Choose a phone number' })).toBeInTheDocument();
    expect(inDialog().getByRole('textbox', { name: 'Area code' })).toHaveValue('415');
    expect(inDialog().queryByRole('radio', { name: new RegExp(`^${taken.replace('+', '\\+')}`) })).toBeNull();
    expect(scope().addOns).toHaveLength(addOnsBefore);
    expect(scope().invoices).toHaveLength(invoicesBefore);
    expect(scope().wallet.balance.amount).toBe(10_000);

    const [next] = inDialog().getAllByRole('radio');
    if (!next) throw new Error('no number offered');
    await user.click(next);
    // How to pay was kept: straight back to the review.
    await continueTo(user, 'Check your purchase');
    expect(reviewValue('Pay with')).toBe('Wallet credits');
    await buy(user);
    await inDialog().findByRole('heading', { name: /^You bought/ });
    expect(scope().addOns).toHaveLength(addOnsBefore + 1);
    expect(scope().wallet.balance.amount).toBe(10_000 - 1500);
  });

  it('a price change: shows the new total, nothing charged, buys at the new price once confirmed', async () => {
    setWalletBalance(scope(), 10_000);
    server.use(...priceChanged(db, { percent: 20 }));
    const user = userEvent.setup();
    renderWithProvider(<AddOnPurchase />);
    await openDialog(user);
    await chooseLocalNumber(user);
    await buy(user);

    const problem = await inDialog().findByRole('alert');
    await waitFor(() =>
      expect(problem).toHaveTextContent('The price has changed: the total is now $18.00 (it was $15.00).'),
    );
    expect(problem).toHaveTextContent('Nothing was charged');
    expect(scope().wallet.balance.amount).toBe(10_000);
    expect(reviewValue('Total due now')).toBe('$18.00');
    expect(reviewValue('Wallet balance after')).toBe('$82.00');

    await buy(user);
    await inDialog().findByRole('heading', { name: /^You bought/ });
    expect(scope().wallet.balance.amount).toBe(10_000 - 1800);
    const bodies = purchases();
    expect(bodies).toHaveLength(2);
    expect(new Set(bodies.map((request) => request.idempotencyKey)).size).toBe(2);
  });

  it('insufficient funds: says by how much, wallet and invoices unchanged, then bills an invoice', async () => {
    setWalletBalance(scope(), 10_000);
    const user = userEvent.setup();
    renderWithProvider(<AddOnPurchase />);
    await openDialog(user);
    await chooseLocalNumber(user);
    expect(reviewValue('Wallet balance after')).toBe('$85.00');
    // Spent elsewhere between the review and Buy.
    act(() => setWalletBalance(scope(), 500));
    const invoicesBefore = structuredClone(scope().invoices);
    const transactionsBefore = scope().walletTransactions.length;
    await buy(user);

    const problem = await inDialog().findByRole('alert');
    await waitFor(() =>
      expect(problem).toHaveTextContent(
        'Your wallet balance of $5.00 is $10.00 short of the $15.00 total. You can add it to a Revampd invoice instead.',
      ),
    );
    expect(problem).toHaveTextContent('Nothing was charged');
    expect(scope().wallet.balance.amount).toBe(500);
    expect(scope().walletTransactions).toHaveLength(transactionsBefore);
    expect(scope().invoices).toEqual(invoicesBefore);

    await user.click(inDialog().getByRole('button', { name: 'Add to a Revampd invoice instead' }));
    expect(reviewValue('Pay with')).toBe('Add to a Revampd invoice');
    await buy(user);
    await inDialog().findByRole('heading', { name: /^You bought/ });
    expect(inDialog().getByText(/Invoice .* for \$15\.00 is open under Invoices\./)).toBeInTheDocument();
    expect(scope().wallet.balance.amount).toBe(500);
  });
});
