import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ConnectionPortal } from '../src/index';
import { frFR } from '../src/locales/fr-FR';

/**
 * The portal in other locales. French comes from its own entry
 * (`@revampd/connection-ui/locales/fr-FR`) and is passed as `baseMessages`; numbers, money,
 * dates and the week start follow `locale`.
 */
const meta = {
  title: 'Foundations/Locales',
  id: 'locales', // the id from before the regrouping, so links to its stories keep working
  component: ConnectionPortal,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof ConnectionPortal>;

export default meta;
type Story = StoryObj<typeof meta>;

/** French (France): texts, `1 234,56 $US`-style amounts, `25 nov. 2026` dates, weeks from Monday. */
export const French: Story = {
  parameters: { provider: { locale: 'fr-FR', timeZone: 'Europe/Paris', baseMessages: frFR } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('heading', { name: 'Accès Revampd géré par votre partenaire' }),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('tab', { name: 'Portefeuille' }));
    await expect(await canvas.findByRole('table', { name: 'Transactions récentes' })).toBeVisible();
  },
};

/** French, on the Affiliate Payouts section: the periods in French, the week from Monday. */
export const FrenchPayouts: Story = {
  args: { defaultSection: 'payouts' },
  parameters: { provider: { locale: 'fr-FR', timeZone: 'Europe/Paris', baseMessages: frFR } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Semaine en cours')).toBeVisible();
  },
};

/**
 * Right to left (`dir="rtl"`, Egyptian Arabic numbers and dates, English texts as no
 * Arabic messages ship yet): the menu on the right, text from the right, the active tab's
 * accent on its start side.
 */
export const RightToLeft: Story = {
  parameters: { provider: { dir: 'rtl', locale: 'ar-EG', timeZone: 'Africa/Cairo' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { name: 'Revampd Access Managed by Your Partner' });
    const nav = canvas.getByRole('tablist').getBoundingClientRect();
    const panel = canvas.getByRole('tabpanel').getBoundingClientRect();
    await expect(nav.left).toBeGreaterThan(panel.left);
  },
};

/** Right to left, on the Wallet section: a table with amounts and links, mirrored. */
export const RightToLeftWallet: Story = {
  args: { defaultSection: 'wallet' },
  parameters: { provider: { dir: 'rtl', locale: 'ar-EG', timeZone: 'Africa/Cairo' } },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('table', { name: 'Recent transactions' }),
    ).toBeVisible();
  },
};
