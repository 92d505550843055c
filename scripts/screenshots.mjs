#!/usr/bin/env node
/**
 * `npm run screenshots`: photographs each widget's Default story in light and dark from a
 * built Storybook (storybook-static/, made by `npm run build-storybook`) into
 * docs/screenshots/, for the README and for looking at what we ship.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './ensure-chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const staticDir = path.join(root, 'storybook-static');
const outDir = path.join(root, 'docs', 'screenshots');
const only = process.argv.slice(2);

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

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const file = path.join(staticDir, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname));
  if (!file.startsWith(staticDir)) return void response.writeHead(403).end();
  try {
    const body = await readFile(file);
    response
      .writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
      .end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

await mkdir(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
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
