/**
 * Headless parity (issue 12): AddOnPurchase's key behaviours on a bare flow built from
 * `useAddOnPurchaseFlow` alone — plain elements, no widget code, no CSS, no guard of its
 * own: buying a number and a pack once whatever the clicks, a taken number and a price
 * change recovered with nothing charged, a wallet that falls short saying by how much.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { numberTakenOnPurchase, priceChanged, setWalletBalance } from '../../mocks';
import { useAddOnPurchaseFlow } from '../../src/headless';
import { useNetworkLog } from '../api/support';
import { renderWithProvider, TEST_ORG_ID } from '../render';
import { holdRequests, requestsTo } from './support';

// -------------------------------------------------------------------------------------------------
// The bare purchase flow
// -------------------------------------------------------------------------------------------------

/** The purchase flow as a host would write it over `useAddOnPurchaseFlow`: plain elements only. */
function BarePurchase() {
  const flow = useAddOnPurchaseFlow();
  if (!flow.open) {
    return (
      <button type="button" onClick={() => flow.setOpen(true)}>
        Buy an add-on
      </button>
    );
  }
  const radio = (name: string, label: string, checked: boolean, choose: () => void) => (
    <label key={label}>
      <input type="radio" name={name} checked={checked} onChange={choose} />
      {label}
    </label>
  );
  return (
    <div role="dialog" aria-label="Purchase">
      <p>{flow.progress}</p>
      <h3 ref={flow.headingRef} tabIndex={-1}>
        {flow.done?.heading ?? flow.stepTitle}
      </h3>
      {flow.errors.length > 0 && (
        <section ref={flow.errorSummaryRef} tabIndex={-1} aria-label="Errors">
          {flow.errors.map((error) => (
            <p key={error.field}>{error.message}</p>
          ))}
        </section>
      )}
      {flow.problem && (
        <section ref={flow.problemRef} tabIndex={-1} aria-label="Problem">
          <p role="alert">{`${flow.problem.title}. ${flow.problem.text}`}</p>
          {flow.problem.code === 'insufficient_funds' && (
            <button type="button" onClick={flow.payOnInvoiceInstead}>
              Invoice instead
            </button>
          )}
        </section>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (flow.step === 'review' || flow.step === 'working') void flow.buy();
          else flow.next();
        }}
      >
        {flow.step === 'product' &&
          [...flow.catalog.phoneNumbers, ...flow.catalog.callCredits].map((option) =>
            radio('product', `${option.label} ${option.price}`, flow.product?.id === option.id, () =>
              flow.chooseProduct(option.id),
            ),
          )}
        {flow.step === 'number' && (
          <>
            <label>
              Area code
              <input
                value={flow.numbers.areaCode}
                onChange={(event) => flow.numbers.setAreaCode(event.target.value)}
              />
            </label>
            <p role="status">{flow.numbers.status}</p>
            {flow.numbers.options.map((option) =>
              radio('number', option.display, flow.phoneNumber?.number === option.number, () =>
                flow.choosePhoneNumber(option.number),
              ),
            )}
          </>
        )}
        {flow.step === 'quantity' && (
          <label>
            Packs
            <input value={flow.quantity} onChange={(event) => flow.setQuantity(event.target.value)} />
          </label>
        )}
        {flow.step === 'payment' && (
          <>
            {radio('pay', `Wallet (${flow.wallet.hint})`, flow.payWith === 'wallet', () =>
              flow.choosePayWith('wallet'),
            )}
            {radio('pay', 'Invoice', flow.payWith === 'invoice', () => flow.choosePayWith('invoice'))}
          </>
        )}
        {(flow.step === 'review' || flow.step === 'working') && (
          <dl>
            {flow.review.map((line) => (
              <div key={line.id}>
                <dt>{line.label}</dt>
                <dd>{line.value}</dd>
              </div>
            ))}
          </dl>
        )}
        {flow.done && flow.done.lines.map((line) => <p key={line}>{line}</p>)}
        {flow.step !== 'done' && (
          // No guard of its own: once-only is the hook's job.
          <button type="submit">
            {flow.step === 'review' || flow.step === 'working' ? 'Buy' : 'Continue'}
          </button>
        )}
      </form>
    </div>
  );
}

// -------------------------------------------------------------------------------------------------
// Helpers
// -------------------------------------------------------------------------------------------------

const scope = () => db.scope(TEST_ORG_ID, 'revampd');
const bare = () => within(screen.getByRole('dialog', { name: 'Purchase' }));

async function step(user: UserEvent, heading: string): Promise<void> {
  await user.click(bare().getByRole('button', { name: 'Continue' }));
  await bare().findByRole('heading', { name: heading });
}

function reviewValue(term: string): string {
  const dt = bare()
    .getAllByRole('term')
    .find((candidate) => candidate.textContent === term);
  return dt?.nextElementSibling?.textContent ?? '';
}

async function toReviewOfNumber(user: UserEvent): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Buy an add-on' }));
  await user.click(await bare().findByRole('radio', { name: /^Local number, United States/ }));
  await step(user, 'Choose a phone number');
  await user.type(bare().getByRole('textbox', { name: 'Area code' }), '212');
  await waitFor(() => expect(bare().getAllByRole('radio')[0]).toHaveAccessibleName(/^\+1 212 /));
  await user.click(bare().getAllByRole('radio')[0] as HTMLElement);
  await step(user, 'How would you like to pay?');
  await user.click(bare().getByRole('radio', { name: /^Wallet/ }));
  await step(user, 'Check your purchase');
}

// -------------------------------------------------------------------------------------------------
// Tests
// -------------------------------------------------------------------------------------------------

// A whole purchase is a dozen steps of user events: more than the default 5 s on a busy machine.
describe('AddOnPurchase parity: a bare flow over useAddOnPurchaseFlow', () => {
  const log = useNetworkLog();
  const posts = () => requestsTo(log, 'POST', /\/add-ons$/);

  it('walks the steps with focus on each heading and buys a number once, whatever the clicks', async () => {
    setWalletBalance(scope(), 10_000);
    const addOnsBefore = scope().addOns.length;
    const answer = holdRequests('post', '/add-ons');
    const user = userEvent.setup();
    renderWithProvider(<BarePurchase />);
    await toReviewOfNumber(user);
    expect(bare().getByRole('heading', { name: 'Check your purchase' })).toHaveFocus();
    expect(bare().getByText('Step 4 of 4')).toBeInTheDocument();
    expect(reviewValue('Total due now')).toBe('$15.00');
    expect(reviewValue('Billing')).toBe('per month');
    expect(reviewValue('Wallet balance after')).toBe('$85.00');

    const buy = bare().getByRole('button', { name: 'Buy' });
    await user.dblClick(buy);
    await user.click(buy);
    await waitFor(() => expect(posts().length).toBeGreaterThan(0));
    answer.release();
    expect(
      await bare().findByRole('heading', { name: 'You bought: Local number, United States' }),
    ).toHaveFocus();
    expect(posts()).toHaveLength(1);
    expect(scope().addOns).toHaveLength(addOnsBefore + 1);
    expect(scope().wallet.balance.amount).toBe(8500);
  });

  it('buys packs with a quantity and checks the quantity on Continue', async () => {
    setWalletBalance(scope(), 10_000);
    const user = userEvent.setup();
    renderWithProvider(<BarePurchase />);
    await user.click(screen.getByRole('button', { name: 'Buy an add-on' }));
    await user.click(await bare().findByRole('radio', { name: /^1,000 minutes \$50\.00 one-time/ }));
    await step(user, 'How many packs?');
    const packs = bare().getByRole('textbox', { name: 'Packs' });
    await user.clear(packs);
    await user.type(packs, 'two');
    await user.click(bare().getByRole('button', { name: 'Continue' }));
    expect(
      within(screen.getByRole('region', { name: 'Errors' })).getByText(/from 1 to 100/),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Errors' })).toHaveFocus();
    await user.clear(packs);
    await user.type(packs, '2');
    await step(user, 'How would you like to pay?');
    await user.click(bare().getByRole('radio', { name: 'Invoice' }));
    await step(user, 'Check your purchase');
    expect(reviewValue('Total due now')).toBe('$100.00');
    await user.click(bare().getByRole('button', { name: 'Buy' }));
    expect(await bare().findByText(/for \$100\.00 is open under Invoices/)).toBeInTheDocument();
    expect(scope().wallet.balance.amount).toBe(10_000);
  });

  it('a taken number goes back to the numbers with nothing charged and every other choice kept', async () => {
    setWalletBalance(scope(), 10_000);
    server.use(...numberTakenOnPurchase(db));
    const user = userEvent.setup();
    renderWithProvider(<BarePurchase />);
    await toReviewOfNumber(user);
    await user.click(bare().getByRole('button', { name: 'Buy' }));
    expect(await bare().findByRole('alert')).toHaveTextContent(/Nothing was charged\. .* was just taken/);
    expect(screen.getByRole('region', { name: 'Problem' })).toHaveFocus();
    expect(bare().getByRole('textbox', { name: 'Area code' })).toHaveValue('212');
    expect(scope().wallet.balance.amount).toBe(10_000);
    await user.click(bare().getAllByRole('radio')[0] as HTMLElement);
    await step(user, 'Check your purchase');
    await user.click(bare().getByRole('button', { name: 'Buy' }));
    await bare().findByRole('heading', { name: /^You bought/ });
    expect(scope().wallet.balance.amount).toBe(8500);
  });

  it('a price change shows the new total, and buys at it once confirmed', async () => {
    setWalletBalance(scope(), 10_000);
    server.use(...priceChanged(db, { percent: 10 }));
    const user = userEvent.setup();
    renderWithProvider(<BarePurchase />);
    await toReviewOfNumber(user);
    await user.click(bare().getByRole('button', { name: 'Buy' }));
    await waitFor(() =>
      expect(bare().getByRole('alert')).toHaveTextContent('the total is now $16.50 (it was $15.00)'),
    );
    expect(reviewValue('Total due now')).toBe('$16.50');
    expect(scope().wallet.balance.amount).toBe(10_000);
    await user.click(bare().getByRole('button', { name: 'Buy' }));
    await bare().findByRole('heading', { name: /^You bought/ });
    expect(scope().wallet.balance.amount).toBe(10_000 - 1650);
  });

  it('a wallet that falls short says by how much and switches to an invoice on request', async () => {
    setWalletBalance(scope(), 1000);
    const user = userEvent.setup();
    renderWithProvider(<BarePurchase />);
    await toReviewOfNumber(user);
    expect(reviewValue('Wallet balance after')).toBe('-$5.00');
    await user.click(bare().getByRole('button', { name: 'Buy' }));
    expect(await bare().findByRole('alert')).toHaveTextContent(
      'Your wallet balance of $10.00 is $5.00 short of the $15.00 total.',
    );
    expect(scope().wallet.balance.amount).toBe(1000);
    await user.click(bare().getByRole('button', { name: 'Invoice instead' }));
    expect(reviewValue('Pay with')).toBe('Add to a Revampd invoice');
    await user.click(bare().getByRole('button', { name: 'Buy' }));
    await bare().findByRole('heading', { name: /^You bought/ });
    expect(scope().invoices[0]?.status).toBe('open');
  });
});
