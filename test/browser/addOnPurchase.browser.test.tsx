/**
 * AddOnPurchase in real Chromium (issue 12): a keyboard-only purchase of a local number by
 * area code and of a call-credit pack with wallet credits from the Add-Ons section, focus
 * between steps and back to "Buy add-on", Escape, the page layout at 320 px, and zero axe
 * violations on every step and refusal, light and dark.
 */
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axeViolations, useMockWorker, worker } from './support';
import { db } from '../../mocks/handlers';
import { insufficientFunds, numberTakenOnPurchase, priceChanged, setWalletBalance } from '../../mocks';
import { AddOnsTable } from '../../src/components/AddOnsTable/AddOnsTable';
import { AddOnPurchase } from '../../src/components/AddOnPurchase/AddOnPurchase';
import { renderWithProvider, TEST_ORG_ID } from '../render';

useMockWorker();

const scope = () => db.scope(TEST_ORG_ID, 'revampd');
const dialog = () => screen.getByRole('dialog', { name: 'Buy an add-on' });
const inDialog = () => within(dialog());

/** Presses Tab until `target` has focus (at most `limit` times), so tests do not count stops. */
async function tabTo(target: () => HTMLElement | null, limit = 20): Promise<void> {
  for (let step = 0; step < limit; step += 1) {
    const element = target();
    if (element && element === document.activeElement) return;
    await userEvent.tab();
  }
  throw new Error(
    `tabTo: not reached in ${limit} Tab presses (focus is on ${document.activeElement?.outerHTML.slice(0, 80)})`,
  );
}

const heading = (name: string | RegExp) => inDialog().findByRole('heading', { name });

async function expectHeadingFocused(name: string | RegExp): Promise<void> {
  await expect.poll(() => document.activeElement === inDialog().queryByRole('heading', { name })).toBe(true);
}

/** The Add-Ons section with a known wallet balance and its "Buy add-on" focused. */
async function openFromTheSection(balance = 10_000): Promise<HTMLElement> {
  setWalletBalance(scope(), balance);
  renderWithProvider(<AddOnsTable />);
  await screen.findByRole('rowheader', { name: 'Main line' });
  const opener = screen.getByRole('button', { name: 'Buy add-on' });
  opener.focus();
  await userEvent.keyboard('{Enter}');
  await heading('What would you like to buy?');
  // The catalog's answer: until then the step shows it is loading.
  await inDialog().findByRole('radio', { name: /^Local number, United States/ });
  return opener;
}

afterEach(() => page.viewport(414, 896));

describe('AddOnPurchase in Chromium: keyboard only', () => {
  it('buys a local number by area code with wallet credits, then focus returns to "Buy add-on"', async () => {
    const opener = await openFromTheSection();
    expect(dialog()).toHaveAttribute('open');
    expect(dialog().matches(':modal')).toBe(true);
    await expectHeadingFocused('What would you like to buy?');

    // Product: Tab into the radio group (the first option), Space picks it, then Continue.
    await userEvent.tab();
    const local = inDialog().getByRole('radio', { name: /^Local number, United States/ });
    expect(local).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(local).toBeChecked();
    await tabTo(() => inDialog().getByRole('button', { name: 'Continue' }));
    await userEvent.keyboard('{Enter}');

    // Number: the area code, a pause for the search, the first number offered.
    await expectHeadingFocused('Choose a phone number');
    await userEvent.tab();
    expect(inDialog().getByRole('textbox', { name: 'Area code' })).toHaveFocus();
    await userEvent.keyboard('415');
    await expect
      .poll(() =>
        inDialog()
          .queryAllByRole('radio')
          .map((radio) => radio.getAttribute('value') ?? ''),
      )
      .toSatisfy((numbers: string[]) => numbers.length > 0 && numbers.every((n) => n.startsWith('+1415')));
    const first = inDialog().getAllByRole('radio')[0] as HTMLElement;
    await tabTo(() => first);
    await userEvent.keyboard(' ');
    expect(first).toBeChecked();
    const chosen = first.getAttribute('value');
    await tabTo(() => inDialog().getByRole('button', { name: 'Continue' }));
    await userEvent.keyboard('{Enter}');

    // Payment: wallet credits, with the balance and what remains.
    await expectHeadingFocused('How would you like to pay?');
    const wallet = inDialog().getByRole('radio', { name: 'Wallet credits' });
    expect(wallet).toHaveAccessibleDescription('Balance $100.00; $85.00 left after this purchase.');
    await tabTo(() => wallet);
    await userEvent.keyboard(' ');
    await tabTo(() => inDialog().getByRole('button', { name: 'Continue' }));
    await userEvent.keyboard('{Enter}');

    // Review, then Buy once.
    await expectHeadingFocused('Check your purchase');
    await tabTo(() => inDialog().getByRole('button', { name: 'Buy' }));
    await userEvent.keyboard('{Enter}');
    await expectHeadingFocused('You bought: Local number, United States');
    expect(inDialog().getByText('Your wallet balance is now $85.00.')).toBeVisible();

    await tabTo(() => inDialog().getByRole('button', { name: 'Done' }));
    await userEvent.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    const display = scope().addOns[0]?.detail ?? '';
    expect(display.replace(/\s/g, '')).toBe(chosen);
    // At this 414 px width the table is cards: the value follows its column's label.
    expect(await screen.findByRole('cell', { name: `Detail ${display}` })).toBeVisible();
    expect(scope().wallet.balance.amount).toBe(8500);
  });

  it('buys two call-credit packs with wallet credits using arrows, typing and Enter', async () => {
    await openFromTheSection();
    await userEvent.tab();
    // Arrows move through the one group of products: 4 numbers, then the packs.
    for (let press = 0; press < 4; press += 1) await userEvent.keyboard('{ArrowDown}');
    const pack = inDialog().getByRole('radio', { name: /^500 minutes/ });
    expect(pack).toBeChecked();
    expect(pack).toHaveFocus();
    await tabTo(() => inDialog().getByRole('button', { name: 'Continue' }));
    await userEvent.keyboard('{Enter}');

    await expectHeadingFocused('How many packs?');
    await userEvent.tab();
    expect(inDialog().getByRole('textbox', { name: 'Number of packs' })).toHaveFocus();
    await userEvent.keyboard('{Backspace}2');
    expect(inDialog().getByText('Total: $55.00 (one-time)')).toBeVisible();
    // Enter in the field continues (the step is a form).
    await userEvent.keyboard('{Enter}');

    await expectHeadingFocused('How would you like to pay?');
    await tabTo(() => inDialog().getByRole('radio', { name: 'Wallet credits' }));
    await userEvent.keyboard(' ');
    await tabTo(() => inDialog().getByRole('button', { name: 'Continue' }));
    await userEvent.keyboard('{Enter}');

    await expectHeadingFocused('Check your purchase');
    await tabTo(() => inDialog().getByRole('button', { name: 'Buy' }));
    await userEvent.keyboard('{Enter}');
    await expectHeadingFocused('You bought: 500 minutes');
    expect(inDialog().getByText('1,000 minutes were added to your account.')).toBeVisible();
    expect(scope().addOns[0]).toMatchObject({ kind: 'call_credits', quantity: 2 });
    expect(scope().wallet.balance.amount).toBe(10_000 - 5500);
  });

  it('Escape closes it from any step and focus goes back to "Buy add-on"', async () => {
    const opener = await openFromTheSection();
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await tabTo(() => inDialog().getByRole('button', { name: 'Continue' }));
    await userEvent.keyboard('{Enter}');
    await expectHeadingFocused('Choose a phone number');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('the page behind is inert while it is open: Tab never reaches the table', async () => {
    await openFromTheSection();
    const section = screen.getByRole('region', { name: 'Add-Ons' });
    for (let press = 0; press < 15; press += 1) {
      await userEvent.tab();
      const active = document.activeElement;
      expect(active !== null && section.contains(active) && !dialog().contains(active)).toBe(false);
    }
  });
});

describe('AddOnPurchase in Chromium: layout', () => {
  it('is a page at 320 px: the whole width and height, the close button in view', async () => {
    await page.viewport(320, 640);
    renderWithProvider(<AddOnPurchase defaultOpen />);
    await heading('What would you like to buy?');
    const box = dialog().getBoundingClientRect();
    expect(Math.round(box.width)).toBe(320);
    expect(Math.round(box.height)).toBe(640);
    expect(dialog().scrollWidth).toBeLessThanOrEqual(dialog().clientWidth);
    const close = inDialog().getByRole('button', { name: 'Close' }).getBoundingClientRect();
    expect(close.right).toBeLessThanOrEqual(320);
  });

  it('is a box on a wide screen', async () => {
    await page.viewport(1200, 900);
    renderWithProvider(<AddOnPurchase defaultOpen />);
    await heading('What would you like to buy?');
    expect(dialog().getBoundingClientRect().width).toBeLessThan(700);
  });
});

// -------------------------------------------------------------------------------------------------
// axe on every step and refusal
// -------------------------------------------------------------------------------------------------

/** Goes from the product step to the review of a local number, with the mouse (speed). */
async function toReview(): Promise<void> {
  await userEvent.click(await inDialog().findByRole('radio', { name: /^Local number, United States/ }));
  await userEvent.click(inDialog().getByRole('button', { name: 'Continue' }));
  await heading('Choose a phone number');
  const [number] = await inDialog().findAllByRole('radio', { name: /^\+1 / });
  await userEvent.click(number as HTMLElement);
  await userEvent.click(inDialog().getByRole('button', { name: 'Continue' }));
  await heading('How would you like to pay?');
  await userEvent.click(inDialog().getByRole('radio', { name: 'Wallet credits' }));
  await userEvent.click(inDialog().getByRole('button', { name: 'Continue' }));
  await heading('Check your purchase');
}

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`AddOnPurchase axe, ${colorScheme}`, () => {
    const appearance = { appearance: { colorScheme } };
    const check = async () => expect(await axeViolations(document.body)).toEqual([]);

    it('every step, an error summary and the confirmation', async () => {
      setWalletBalance(scope(), 10_000);
      renderWithProvider(<AddOnPurchase defaultOpen />, appearance);
      await inDialog().findByRole('radio', { name: /^Local number, United States/ });
      await check();
      await userEvent.click(inDialog().getByRole('button', { name: 'Continue' }));
      await inDialog().findByText('There is a problem');
      await check();
      await userEvent.click(inDialog().getByRole('radio', { name: /^Local number, United States/ }));
      await userEvent.click(inDialog().getByRole('button', { name: 'Continue' }));
      await inDialog().findAllByRole('radio', { name: /^\+1 / });
      await check();
      await userEvent.click(inDialog().getAllByRole('radio')[0] as HTMLElement);
      await userEvent.click(inDialog().getByRole('button', { name: 'Continue' }));
      await heading('How would you like to pay?');
      await check();
      await userEvent.click(inDialog().getByRole('radio', { name: 'Wallet credits' }));
      await userEvent.click(inDialog().getByRole('button', { name: 'Continue' }));
      await heading('Check your purchase');
      await check();
      await userEvent.click(inDialog().getByRole('button', { name: 'Buy' }));
      await heading(/^You bought/);
      await check();
    });

    it('the quantity step with an error', async () => {
      renderWithProvider(<AddOnPurchase defaultOpen />, appearance);
      await userEvent.click(await inDialog().findByRole('radio', { name: /^500 minutes/ }));
      await userEvent.click(inDialog().getByRole('button', { name: 'Continue' }));
      const field = await inDialog().findByRole('textbox', { name: 'Number of packs' });
      await userEvent.fill(field, '0');
      await userEvent.click(inDialog().getByRole('button', { name: 'Continue' }));
      await inDialog().findByText('There is a problem');
      await check();
    });

    it('a taken number, a price change and a wallet that falls short', async () => {
      for (const [handlers, expected] of [
        [numberTakenOnPurchase(db), /was just taken by someone else/],
        [priceChanged(db), /the total is now/],
        [insufficientFunds(db), /short of the \$15\.00 total/],
      ] as const) {
        worker.use(...handlers);
        setWalletBalance(scope(), 10_000);
        const { unmount } = renderWithProvider(<AddOnPurchase defaultOpen />, appearance);
        await toReview();
        await userEvent.click(inDialog().getByRole('button', { name: 'Buy' }));
        await expect.poll(() => inDialog().queryByRole('alert')?.textContent ?? '').toMatch(expected);
        await check();
        unmount();
        worker.resetHandlers();
        db.reset();
      }
    });
  });
}
