import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { MockDb } from '../mocks/db';
import { setWalletBalance } from '../mocks/db';
import {
  addOnCatalogEmpty,
  addOnCatalogFail,
  insufficientFunds,
  networkError,
  neverAnswers,
  numberTakenOnPurchase,
  phoneNumbersEmpty,
  phoneNumbersFail,
  priceChanged,
} from '../mocks/scenarios';
import { db } from '../mocks/handlers/index';
import { AddOnPurchase, AddOnsTable } from '../src/index';
import { frFR } from '../src/locales/fr-FR';
import { mockApi, STORY_ORG_ID } from './support';

/**
 * Section 2, Add-Ons: buying a phone number or a call-credit pack, paid with wallet credits
 * or on a Revampd invoice. One story per step and per refusal (faults.md 41–43); each story
 * walks there the way a person would.
 */
const meta = {
  title: 'Sections/2 Add-Ons/AddOnPurchase',
  id: 'widgets-addonpurchase',
  component: AddOnPurchase,
  tags: ['autodocs'],
  args: { defaultOpen: true },
  // A known balance, so every story shows the same numbers.
  parameters: { seed: (mockDb: MockDb) => setWalletBalance(mockDb.scope(STORY_ORG_ID, 'revampd'), 10_000) },
} satisfies Meta<typeof AddOnPurchase>;

export default meta;
type Story = StoryObj<typeof meta>;

// -------------------------------------------------------------------------------------------------
// Walking the steps
// -------------------------------------------------------------------------------------------------

type Canvas = ReturnType<typeof within>;

async function inDialog(canvasElement: HTMLElement): Promise<Canvas> {
  return within(await within(canvasElement).findByRole('dialog', { name: 'Buy an add-on' }));
}

async function proceed(dialog: Canvas, heading: string): Promise<void> {
  await userEvent.click(dialog.getByRole('button', { name: 'Continue' }));
  await dialog.findByRole('heading', { name: heading });
}

async function toNumbers(dialog: Canvas): Promise<void> {
  await userEvent.click(await dialog.findByRole('radio', { name: /^Local number, United States/ }));
  await proceed(dialog, 'Choose a phone number');
}

async function toNumberPayment(dialog: Canvas): Promise<void> {
  await toNumbers(dialog);
  await userEvent.type(dialog.getByRole('textbox', { name: 'Area code' }), '415');
  await waitFor(() => expect(dialog.getAllByRole('radio')[0]).toHaveAccessibleName(/^\+1 415 /));
  await userEvent.click(dialog.getAllByRole('radio')[0] as HTMLElement);
  await proceed(dialog, 'How would you like to pay?');
}

async function toNumberReview(dialog: Canvas): Promise<void> {
  await toNumberPayment(dialog);
  await userEvent.click(dialog.getByRole('radio', { name: 'Wallet credits' }));
  await proceed(dialog, 'Check your purchase');
}

async function toPackReview(dialog: Canvas): Promise<void> {
  await userEvent.click(await dialog.findByRole('radio', { name: /^1,000 minutes/ }));
  await proceed(dialog, 'How many packs?');
  const packs = dialog.getByRole('textbox', { name: 'Number of packs' });
  await userEvent.clear(packs);
  await userEvent.type(packs, '2');
  await proceed(dialog, 'How would you like to pay?');
  await userEvent.click(dialog.getByRole('radio', { name: 'Wallet credits' }));
  await proceed(dialog, 'Check your purchase');
}

const buy = (dialog: Canvas) => userEvent.click(dialog.getByRole('button', { name: 'Buy' }));

// -------------------------------------------------------------------------------------------------
// Closed, and inside the section
// -------------------------------------------------------------------------------------------------

/** Closed: the "Buy add-on" button alone, as a host places it. */
export const Closed: Story = {
  args: { defaultOpen: false },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Buy add-on' })).toBeVisible();
  },
};

/** In the Add-Ons section: "Buy add-on" under the add-ons table. */
export const InAddOnsSection: Story = {
  render: () => <AddOnsTable />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('rowheader', { name: 'Main line' });
    await userEvent.click(canvas.getByRole('button', { name: 'Buy add-on' }));
    await (await inDialog(canvasElement)).findByRole('radio', { name: /^Local number, United States/ });
  },
};

// -------------------------------------------------------------------------------------------------
// Steps
// -------------------------------------------------------------------------------------------------

/** Step 1: phone numbers by country and type, or call-credit packs by minutes, with prices. */
export const ChooseProduct: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await inDialog(canvasElement);
    await expect(await dialog.findByRole('radio', { name: /^500 minutes \$27\.50 one-time/ })).toBeVisible();
    await expect(dialog.getByText('Step 1 of 4')).toBeVisible();
  },
};

/** "Continue" with nothing chosen: an error summary that takes focus, the message beside the choices. */
export const ChooseProductError: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await inDialog(canvasElement);
    await dialog.findByRole('radio', { name: /^500 minutes/ });
    await userEvent.click(dialog.getByRole('button', { name: 'Continue' }));
    await expect(dialog.getByRole('alert')).toHaveTextContent('Choose what you would like to buy');
  },
};

/** The catalog has not answered yet. */
export const CatalogLoading: Story = {
  tags: ['visual-busy'], // never settles: the visual regression run photographs it without waiting
  parameters: { msw: mockApi(neverAnswers('addOnCatalog')) },
  play: async ({ canvasElement }) => {
    const dialog = await inDialog(canvasElement);
    await expect(dialog.getByRole('status', { busy: true })).toBeInTheDocument();
  },
};

/** The catalog failed (after the client's retries): an error with Retry, inside the dialog. */
export const CatalogError: Story = {
  parameters: { msw: mockApi(addOnCatalogFail(500)) },
  play: async ({ canvasElement }) => {
    const dialog = await inDialog(canvasElement);
    await expect(await dialog.findByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** Nothing on sale. */
export const CatalogEmpty: Story = {
  parameters: { msw: mockApi(addOnCatalogEmpty()) },
  play: async ({ canvasElement }) => {
    const dialog = await inDialog(canvasElement);
    await expect(await dialog.findByText('Nothing is on sale from Revampd right now.')).toBeVisible();
  },
};

/** Step 2 for a number: search by area code (here 415) or digits, pick one with its locality. */
export const ChooseNumber: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await inDialog(canvasElement);
    await toNumbers(dialog);
    await userEvent.type(dialog.getByRole('textbox', { name: 'Area code' }), '415');
    await userEvent.type(dialog.getByRole('textbox', { name: 'Contains' }), 'CALL');
    await expect(dialog.getByText(/searching for numbers containing 2255\.$/)).toBeVisible();
    await userEvent.clear(dialog.getByRole('textbox', { name: 'Contains' }));
    await waitFor(() =>
      expect(dialog.getAllByRole('radio')[0]).toHaveAccessibleName(/^\+1 415 .*San Francisco/),
    );
  },
};

/** Text the API would refuse is explained as it is typed, and never sent. */
export const NumberSearchError: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await inDialog(canvasElement);
    await toNumbers(dialog);
    await userEvent.type(dialog.getByRole('textbox', { name: 'Area code' }), '41#');
    await expect(dialog.getByRole('textbox', { name: 'Area code' })).toHaveAccessibleDescription(
      /Enter an area code of 1 to 5 digits/,
    );
  },
};

/** No number matches the search. */
export const NoNumbers: Story = {
  parameters: { msw: mockApi(phoneNumbersEmpty()) },
  play: async ({ canvasElement }) => {
    const dialog = await inDialog(canvasElement);
    await toNumbers(dialog);
    await expect(await dialog.findByText(/^No numbers match this search/)).toBeVisible();
  },
};

/** The number search failed: an error with Retry; the search text stays. */
export const NumbersError: Story = {
  parameters: { msw: mockApi(phoneNumbersFail(500)) },
  play: async ({ canvasElement }) => {
    const dialog = await inDialog(canvasElement);
    await toNumbers(dialog);
    await expect(await dialog.findByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** Step 2 for a pack: how many, with the total as it is typed. */
export const Quantity: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await inDialog(canvasElement);
    await userEvent.click(await dialog.findByRole('radio', { name: /^500 minutes/ }));
    await proceed(dialog, 'How many packs?');
    const packs = dialog.getByRole('textbox', { name: 'Number of packs' });
    await userEvent.clear(packs);
    await userEvent.type(packs, '4');
    await expect(dialog.getByText('Total: $110.00 (one-time)')).toBeVisible();
  },
};

/** A quantity out of range: the error summary and the message beside the field; the text stays. */
export const QuantityError: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await inDialog(canvasElement);
    await userEvent.click(await dialog.findByRole('radio', { name: /^500 minutes/ }));
    await proceed(dialog, 'How many packs?');
    const packs = dialog.getByRole('textbox', { name: 'Number of packs' });
    await userEvent.clear(packs);
    await userEvent.type(packs, '250');
    await userEvent.click(dialog.getByRole('button', { name: 'Continue' }));
    await expect(dialog.getByRole('alert')).toHaveTextContent('Enter a number of packs from 1 to 100');
  },
};

/** Step 3: wallet credits with the balance and what remains, or a Revampd invoice. */
export const Payment: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await inDialog(canvasElement);
    await toNumberPayment(dialog);
    await expect(dialog.getByRole('radio', { name: 'Wallet credits' })).toHaveAccessibleDescription(
      'Balance $100.00; $85.00 left after this purchase.',
    );
  },
};

/** Step 3 when the balance falls short: it says by how much before anything is sent. */
export const PaymentWalletShort: Story = {
  parameters: { seed: (mockDb: MockDb) => setWalletBalance(mockDb.scope(STORY_ORG_ID, 'revampd'), 1000) },
  play: async ({ canvasElement }) => {
    const dialog = await inDialog(canvasElement);
    await toNumberPayment(dialog);
    await expect(dialog.getByRole('radio', { name: 'Wallet credits' })).toHaveAccessibleDescription(
      'Balance $10.00: $5.00 short of this total.',
    );
  },
};

async function showReview({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const dialog = await inDialog(canvasElement);
  await toNumberReview(dialog);
  await expect(dialog.getByText('per month')).toBeVisible();
}

/** Step 4: unit price, cadence, total due now, wallet after; "Change" on each choice. */
export const Review: Story = { play: showReview };

/** Step 4 for two packs of 1,000 minutes. */
export const ReviewPacks: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await inDialog(canvasElement);
    await toPackReview(dialog);
    await expect(dialog.getByText('$100.00')).toBeVisible();
  },
};

/** "Buy" is running: the button says so and swallows clicks (faults.md 41). */
export const Working: Story = {
  parameters: { msw: mockApi(neverAnswers('addOns', { method: 'POST' })) },
  play: async ({ canvasElement }) => {
    const dialog = await inDialog(canvasElement);
    await toPackReview(dialog);
    await buy(dialog);
    await expect(dialog.getByRole('button', { name: 'Buying…' })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** Done: the number is being set up, the invoice was paid from the wallet, the balance now. */
export const Confirmation: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await inDialog(canvasElement);
    await toNumberReview(dialog);
    await buy(dialog);
    await expect(
      await dialog.findByRole('heading', { name: 'You bought: Local number, United States' }),
    ).toBeVisible();
  },
};

/** Done, billed on an invoice: the invoice is open under Invoices. */
export const ConfirmationOnInvoice: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await inDialog(canvasElement);
    await toNumberPayment(dialog);
    await userEvent.click(dialog.getByRole('radio', { name: 'Add to a Revampd invoice' }));
    await proceed(dialog, 'Check your purchase');
    await buy(dialog);
    await expect(await dialog.findByText(/is open under Invoices\.$/)).toBeVisible();
  },
};

// -------------------------------------------------------------------------------------------------
// Refusals (faults.md 42–43) and failures (41)
// -------------------------------------------------------------------------------------------------

/** Someone took the number meanwhile: nothing charged, fresh numbers, every other choice kept. */
export const NumberTaken: Story = {
  parameters: { msw: mockApi(numberTakenOnPurchase(db)) },
  play: async ({ canvasElement }) => {
    const dialog = await inDialog(canvasElement);
    await toNumberReview(dialog);
    await buy(dialog);
    await expect(await dialog.findByRole('alert')).toHaveTextContent(/was just taken by someone else/);
  },
};

/** The price changed: nothing charged, the new total shown, "Buy" confirms again. */
export const PriceChanged: Story = {
  parameters: { msw: mockApi(priceChanged(db)) },
  play: async ({ canvasElement }) => {
    const dialog = await inDialog(canvasElement);
    await toNumberReview(dialog);
    await buy(dialog);
    await waitFor(() =>
      expect(dialog.getByRole('alert')).toHaveTextContent('the total is now $18.00 (it was $15.00)'),
    );
  },
};

/** The wallet cannot cover it: by how much, and "Add to a Revampd invoice instead". */
export const InsufficientFunds: Story = {
  parameters: { msw: mockApi(insufficientFunds(db)) },
  play: async ({ canvasElement }) => {
    const dialog = await inDialog(canvasElement);
    await toNumberReview(dialog);
    await buy(dialog);
    await waitFor(() =>
      expect(dialog.getByRole('alert')).toHaveTextContent('Your wallet balance of $0.00 is $15.00 short'),
    );
    await expect(dialog.getByRole('button', { name: 'Add to a Revampd invoice instead' })).toBeVisible();
  },
};

/** The answer never came (network): choices kept, "Buy" again cannot charge twice. */
export const PurchaseFailed: Story = {
  parameters: { msw: mockApi(networkError('addOns', { method: 'POST' })) },
  play: async ({ canvasElement }) => {
    const dialog = await inDialog(canvasElement);
    await toPackReview(dialog);
    await buy(dialog);
    await expect(await dialog.findByRole('alert')).toHaveTextContent('You will not be charged twice.');
  },
};

// -------------------------------------------------------------------------------------------------
// Themes and languages
// -------------------------------------------------------------------------------------------------

/** The dark colour scheme, on the review. */
export const Dark: Story = {
  parameters: { provider: { appearance: { colorScheme: 'dark' } } },
  play: showReview,
};

/** In French. */
export const French: Story = {
  parameters: { provider: { locale: 'fr-FR', baseMessages: frFR } },
  play: async ({ canvasElement }) => {
    const dialog = within(await within(canvasElement).findByRole('dialog', { name: 'Acheter une option' }));
    await expect(await dialog.findByRole('radio', { name: /^Numéro local \(États-Unis\)/ })).toBeVisible();
  },
};
