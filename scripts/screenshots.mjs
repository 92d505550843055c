#!/usr/bin/env node
/**
 * `npm run screenshots`: photographs each widget's Default story in light and dark from a
 * built Storybook (storybook-static/, made by `npm run build-storybook`) into
 * docs/screenshots/, for the README and for looking at what we ship.
 *
 * The page's clock is frozen at the mocks' "now", as the visual regression suite freezes it:
 * "Updated 3 min ago", "Overdue" and "this week" then read the same whatever day the pictures
 * are remade, and the pictures change only when the widgets do.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './ensure-chromium.mjs';
import { serveDir } from './static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const staticDir = path.join(root, 'storybook-static');
const outDir = path.join(root, 'docs', 'screenshots');
const only = process.argv.slice(2);

// mocks/db.ts is TypeScript, which this script cannot import: its one date literal is read
// instead, and a change of its shape stops the script rather than photograph the real clock.
const mockNowSource = await readFile(path.join(root, 'mocks', 'db.ts'), 'utf8');
const mockNow = /export const MOCK_NOW: Date = new Date\('([^']+)'\)/.exec(mockNowSource)?.[1];
if (!mockNow) throw new Error('scripts/screenshots.mjs: MOCK_NOW not found in mocks/db.ts');

/** story id → file name. */
const STORIES = {
  'portal-connectionportal--default': 'ConnectionPortal',
  'portal-connectionportal--partner-brand-acme-voice': 'ConnectionPortal-AcmeVoice',
  'portal-connectionportal--partner-brand-nightline': 'ConnectionPortal-Nightline',
  'widgets-connectionnav--default': 'ConnectionNav',
  'widgets-planmanagednotice--partner-managed': 'PlanManagedNotice',
  'widgets-addonstable--default': 'AddOnsTable',
  'widgets-ticketstable--default': 'TicketsTable',
  'widgets-ticketdetail--open': 'TicketDetail',
  'widgets-ticketform--default': 'TicketForm',
  'widgets-ticketform--validation-errors': 'TicketForm-errors',
  'widgets-invoicestable--default': 'InvoicesTable',
  'widgets-invoicestable--targeted-invoice': 'InvoicesTable-targeted',
  'widgets-walletcard--default': 'WalletCard',
  'sections-6-wallet-wallettransactionstable--default': 'WalletTransactionsTable',
  'portal-connectionalerts--wallet-short': 'ConnectionAlerts',
  'portal-connectionportal--read-only-partner-portal': 'ConnectionPortal-ReadOnly',
  'widgets-payoutsummary--default': 'PayoutSummary',
  'widgets-payouthistorytable--default': 'PayoutHistoryTable',
  'locales--french': 'Locale-French',
  'locales--right-to-left': 'Locale-RightToLeft',
};

const server = await serveDir(staticDir);
const { port } = server.address();

await mkdir(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
  await page.clock.setFixedTime(new Date(mockNow));
  for (const [id, name] of Object.entries(STORIES)) {
    if (only.length && !only.some((o) => name.includes(o))) continue;
    for (const theme of ['light', 'dark']) {
      await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${id}&viewMode=story&globals=theme:${theme}`);
      await page.waitForSelector('.rvp-root', { timeout: 15_000 });
      // Let the mock API answer and the skeletons go.
      await page
        .waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { timeout: 15_000 })
        .catch(() => {});
      await page.waitForTimeout(300);
      const file = path.join(outDir, `${name}-${theme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      process.stdout.write(`${path.relative(root, file)}\n`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
