import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ConnectionPortal } from '../src/index';
import { ar } from '../src/locales/ar';
import { deDE } from '../src/locales/de-DE';
import { frFR } from '../src/locales/fr-FR';
import { jaJP } from '../src/locales/ja-JP';

/**
 * The portal in other locales. Each language comes from its own entry
 * (`@revampd/connection-ui/locales/fr-FR`, `…/de-DE`, `…/ja-JP`, `…/ar`, …) and is passed as
 * `baseMessages`; numbers, money, dates and the week start follow `locale`. The toolbar's
 * language menu switches any story; these pin one each for review and visual regression.
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
 * Arabic, right to left (`dir="rtl"`): Arabic texts, Egyptian Arabic-Indic digits and dates, the menu
 * on the right, text from the right, the active tab's accent on its start side.
 */
export const RightToLeft: Story = {
  parameters: { provider: { dir: 'rtl', locale: 'ar-EG', timeZone: 'Africa/Cairo', baseMessages: ar } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { name: 'يدير شريكك وصولك إلى Revampd' });
    const nav = canvas.getByRole('tablist').getBoundingClientRect();
    const panel = canvas.getByRole('tabpanel').getBoundingClientRect();
    await expect(nav.left).toBeGreaterThan(panel.left);
  },
};

/** Arabic on the Wallet section: a table with amounts and links, mirrored. */
export const RightToLeftWallet: Story = {
  args: { defaultSection: 'wallet' },
  parameters: { provider: { dir: 'rtl', locale: 'ar-EG', timeZone: 'Africa/Cairo', baseMessages: ar } },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('table', { name: 'المعاملات الأخيرة' }),
    ).toBeVisible();
  },
};

/** German, on the Wallet section: the longest words we ship, in a table and its labels. */
export const German: Story = {
  args: { defaultSection: 'wallet' },
  parameters: { provider: { locale: 'de-DE', timeZone: 'Europe/Berlin', baseMessages: deDE } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('table', { name: 'Letzte Buchungen' })).toBeVisible();
  },
};

/** Japanese: no spaces between words, so lines break by the browser's rules for CJK text. */
export const Japanese: Story = {
  parameters: { provider: { locale: 'ja-JP', timeZone: 'Asia/Tokyo', baseMessages: jaJP } },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('heading', {
        name: 'Revampdへのアクセスはパートナーが管理しています',
      }),
    ).toBeVisible();
  },
};
