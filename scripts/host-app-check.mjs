/**
 * Host-app check (issue 5, items 5 and 7): the example Partner portal in examples/host-app
 * installs the PACKED tarball (not the source), builds with Vite, and runs in Chromium
 * under a strict Content-Security-Policy served as an HTTP header.
 *
 *   node scripts/host-app-check.mjs        (builds dist first if it is missing)
 *
 * 1. `npm pack` into a temp dir: every target of package.json's exports map must be in
 *    the tarball, so a broken exports map or a missing file fails here.
 * 2. `npm install` in examples/host-app from that tarball; Node resolves `.`, `./headless`,
 *    `./mocks` (require and import) and `./styles.css` from the installed copy.
 * 3. `vite build` of the example; its index.html has no inline script or style.
 * 4. A tiny static server on 127.0.0.1 sends the strict CSP with every response; Chromium
 *    (playwright-core) opens the app and a person clicks through all seven sections, opens
 *    a ticket, a confirm dialog and the form's error summary. No `securitypolicyviolation`
 *    event, no console error, no page error, no failed request. A canary inline style at
 *    the end must be refused, proving the policy was really enforced and watched.
 * Prints PASS/FAIL lines, saves host-app.png in the temp directory (or $HOST_APP_SCREENSHOT)
 * and exits non-zero on any failure.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ensureChromium, CHROMIUM_ARGS } from './ensure-chromium.mjs';
import { createCheckLog, installFromTarball, packTarball, root, run } from './packed-example.mjs';

const exampleDir = path.join(root, 'examples/host-app');
const screenshotPath = process.env.HOST_APP_SCREENSHOT ?? path.join(tmpdir(), 'host-app.png');

/** The policy of faults.md 26: nothing inline, everything from the page's own origin. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; " +
  "img-src 'self' data:; worker-src 'self'";

const BRAND = 'Acme Voice';
const log = createCheckLog();
const { pass, fail, check, elapsed, cleanups, cleanup } = log;

// A hung browser or install must not hang CI.
const watchdog = setTimeout(async () => {
  fail('finished in time', `still running after ${elapsed()}`);
  await cleanup();
  process.exit(1);
}, 240_000);

// -------------------------------------------------------------------------------------------------
// 1. Build (if needed) and pack: scripts/packed-example.mjs
// 2. Install the example from the tarball
// -------------------------------------------------------------------------------------------------

function installExample(tarball, pkg) {
  installFromTarball(log, { exampleDir, tarball, pkg });

  // React 18 is a supported peer too: HOST_APP_REACT=18.3.1 runs the same host on it.
  const reactVersion = process.env.HOST_APP_REACT;
  if (reactVersion) {
    run(
      'npm',
      [
        'install',
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        `react@${reactVersion}`,
        `react-dom@${reactVersion}`,
      ],
      exampleDir,
    );
  }
  const installedReact = JSON.parse(
    readFileSync(path.join(exampleDir, 'node_modules/react/package.json'), 'utf8'),
  ).version;
  check(
    !reactVersion || installedReact === reactVersion,
    `the host runs React ${installedReact}`,
    reactVersion ? `asked for ${reactVersion}` : 'the example default',
  );

  // Every entry point resolves from the installed package, in both module systems.
  const probe = `
    const { createRequire } = await import('node:module');
    const require = createRequire(process.cwd() + '/package.json');
    const name = ${JSON.stringify(pkg.name)};
    const out = [];
    for (const sub of ['', '/headless', '/mocks']) {
      const cjs = require(name + sub);
      const esm = await import(name + sub);
      out.push(sub || '.', Object.keys(cjs).length, Object.keys(esm).length);
    }
    const css = require.resolve(name + '/styles.css');
    const lib = await import(name);
    // Widgets are forwardRef components (objects), the provider a function.
    if (lib.ConnectionPortal == null || typeof lib.RevampdProvider !== 'function') throw new Error('widgets missing');
    const mocks = await import(name + '/mocks');
    if (mocks.createHandlers(mocks.createMockDb()).length === 0) throw new Error('mocks.createHandlers missing');
    console.log(out.join(' ') + ' css:' + require('node:fs').statSync(css).size);
  `;
  try {
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', probe], {
      cwd: exampleDir,
      encoding: 'utf8',
    });
    pass('entry points resolve from the installed tarball (require + import)', output.trim());
  } catch (error) {
    fail(
      'entry points resolve from the installed tarball (require + import)',
      String(error.stderr || error.message)
        .trim()
        .split('\n')
        .slice(0, 6)
        .join(' / '),
    );
  }
}

// -------------------------------------------------------------------------------------------------
// 3. Build the example
// -------------------------------------------------------------------------------------------------

function buildExample() {
  rmSync(path.join(exampleDir, 'dist'), { recursive: true, force: true });
  run('npm', ['run', 'build', '--silent'], exampleDir);
  const distDir = path.join(exampleDir, 'dist');
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const inlineScripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
    ([, attributes, body]) => !/\ssrc=/.test(attributes) || body.trim() !== '',
  );
  check(
    inlineScripts.length === 0,
    'built index.html has no inline <script>',
    inlineScripts.map(([tag]) => tag.slice(0, 80)).join(' | '),
  );
  const inlineStyles = html.match(/<style\b|\sstyle=/gi) ?? [];
  check(
    inlineStyles.length === 0,
    'built index.html has no <style> element or style attribute',
    inlineStyles.join(', '),
  );
  check(
    /<link[^>]+rel="stylesheet"[^>]+href="\/assets\/[^"]+\.css"/.test(html),
    'built index.html links an external stylesheet',
  );
  check(existsSync(path.join(distDir, 'mockServiceWorker.js')), 'the MSW worker script is in the build');
  return distDir;
}

// -------------------------------------------------------------------------------------------------
// 4. Serve with the strict CSP and drive it in Chromium
// -------------------------------------------------------------------------------------------------

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

async function serve(distDir) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let file = path.join(distDir, decodeURIComponent(url.pathname));
    if (!file.startsWith(distDir)) {
      response.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) file = path.join(distDir, 'index.html');
    response.writeHead(200, {
      'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': STRICT_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  const { port } = server.address();
  return `http://127.0.0.1:${port}`;
}

async function driveInChromium(origin) {
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  cleanups.push(() => browser.close());
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);

  const consoleErrors = [];
  const consoleWarnings = [];
  const pageErrors = [];
  const failedRequests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
    if (message.type() === 'warning') consoleWarnings.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('requestfailed', (request) =>
    failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400)
      failedRequests.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`);
  });
  // Registered before any of the page's own scripts; injected by the DevTools protocol,
  // so the policy under test does not apply to it.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(
        `${event.violatedDirective} ${event.blockedURI || 'inline'} ${event.sourceFile ?? ''}:${event.lineNumber ?? ''} ${event.sample ?? ''}`,
      );
    });
  });

  const response = await page.goto(origin, { waitUntil: 'load' });
  check(
    response?.headers()['content-security-policy'] === STRICT_CSP,
    'the page is served with the strict CSP header',
    STRICT_CSP,
  );

  // Plan: the Partner's heading, under its brand.
  const planHeading = page.getByRole('heading', {
    name: `${BRAND} Access Managed by Your Partner`,
    exact: true,
  });
  try {
    await planHeading.waitFor({ state: 'visible' });
    pass('the Partner heading appears', `"${BRAND} Access Managed by Your Partner"`);
  } catch {
    fail('the Partner heading appears', (await page.locator('body').innerText()).slice(0, 300));
  }

  // The stylesheet and the Partner's colours arrived (through the CSSOM, not a style attribute).
  const theme = await page.evaluate(() => {
    const portal = document.querySelector('.rvp-ConnectionPortal');
    const rootElement = document.querySelector('.rvp-root');
    return {
      display: portal ? getComputedStyle(portal).display : null,
      primary: rootElement
        ? getComputedStyle(rootElement).getPropertyValue('--rvp-color-primary').trim()
        : null,
    };
  });
  check(
    theme.display === 'grid',
    'styles.css from the tarball is applied',
    `.rvp-ConnectionPortal display: ${theme.display}`,
  );
  check(
    theme.primary === '#0f766e',
    "the Partner's colour reaches --rvp-color-primary",
    String(theme.primary),
  );

  const panel = page.getByRole('tabpanel');
  const heading = (name) => panel.getByRole('heading', { name, exact: true }).first();
  const dataRows = () => panel.locator('tbody tr');

  /** One section: click its tab, then wait for what a person would look for. */
  const sections = [
    [
      'Plan',
      async () => {
        await heading(`${BRAND} Access Managed by Your Partner`).waitFor();
        return 'Partner notice';
      },
    ],
    [
      'Add-Ons',
      async () => {
        await heading('Add-Ons').waitFor();
        await dataRows().first().waitFor();
        // Open and dismiss a cancel confirmation: the native <dialog> must not need inline styles.
        await panel
          .getByRole('button', { name: /^Cancel\b/ })
          .first()
          .click();
        const dialog = page.getByRole('dialog');
        await dialog.waitFor();
        await dialog.getByRole('button', { name: 'Keep it' }).click();
        await dialog.waitFor({ state: 'hidden' });
        return `${await dataRows().count()} add-ons; cancel dialog opened and kept`;
      },
    ],
    [
      'Tickets',
      async () => {
        await heading('Tickets').waitFor();
        await dataRows().first().waitFor();
        const rows = await dataRows().count();
        // Each row's action is named by the ticket's title and number.
        const firstRow = dataRows().first();
        const openAction = /Ticket #\d+/;
        await firstRow
          .getByRole('button', { name: openAction })
          .or(firstRow.getByRole('link', { name: openAction }))
          .first()
          .click();
        const detail = panel.getByRole('heading', { name: /^Ticket #\d+: / });
        await detail.waitFor();
        const title = await detail.innerText();
        await panel.getByRole('button', { name: 'Back to tickets' }).click();
        await dataRows().first().waitFor();
        return `${rows} tickets; opened "${title.slice(0, 40)}" and went back`;
      },
    ],
    [
      'Submit Ticket',
      async () => {
        await heading('Submit Ticket').waitFor();
        // Submitting empty shows the error summary (GOV.UK pattern); nothing is sent.
        await panel.getByRole('button', { name: 'Submit ticket' }).click();
        await panel.getByText('There is a problem').waitFor();
        return 'form, and its error summary on an empty submit';
      },
    ],
    [
      'Invoices',
      async () => {
        await heading('Invoices').waitFor();
        await dataRows().first().waitFor();
        return `${await dataRows().count()} invoices`;
      },
    ],
    [
      'Wallet',
      async () => {
        await heading('Wallet').waitFor();
        const balance = panel.locator('.rvp-WalletCard-balanceAmount');
        await balance.waitFor();
        const text = (await balance.innerText()).trim();
        if (!/\d/.test(text) || /NaN|undefined|Invalid/.test(text))
          throw new Error(`balance reads "${text}"`);
        return `balance ${text}`;
      },
    ],
    [
      'Affiliate Payouts',
      async () => {
        for (const label of ['YTD Earnings', 'MTD Earnings', 'Current Week'])
          await panel.getByText(label, { exact: true }).first().waitFor();
        await dataRows().first().waitFor();
        return `summary and ${await dataRows().count()} payouts`;
      },
    ],
  ];

  // Tickets and Invoices carry an attention count in their names ("Tickets, 2 awaiting your
  // reply"): a tab is its label, alone or followed by ", …".
  const tabNamed = (label) =>
    page.getByRole('tab', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*,|$)`) });
  for (const [tab, expectContent] of sections) {
    try {
      await tabNamed(tab).click();
      const selected = await tabNamed(tab).getAttribute('aria-selected');
      if (selected !== 'true') throw new Error(`tab not selected (aria-selected=${selected})`);
      pass(`tab ${tab}`, await expectContent());
    } catch (error) {
      fail(`tab ${tab}`, String(error.message ?? error).split('\n')[0]);
    }
  }

  // Back to Tickets for the screenshot: the brand's colours, the menu and a table.
  await page.getByRole('tab', { name: /^Tickets\b/ }).click();
  await dataRows()
    .first()
    .waitFor()
    .catch(() => undefined);
  await page.screenshot({ path: screenshotPath, fullPage: true });
  pass('screenshot', screenshotPath);

  // faults.md 33: a person types at an ordinary pace (never pausing for long) and the page
  // reloads 100 ms after the last key. A reload runs no React cleanup, so only what the
  // draft already wrote, or wrote on `pagehide`, can come back.
  try {
    const typedTitle = 'Reload keeps every key';
    const typedDescription = 'Typed at an ordinary pace, then the page reloaded.';
    await page.getByRole('tab', { name: 'Submit Ticket', exact: true }).click();
    await page.getByRole('textbox', { name: 'Title' }).pressSequentially(typedTitle, { delay: 60 });
    await page
      .getByRole('textbox', { name: /^Description/ })
      .pressSequentially(typedDescription, { delay: 60 });
    await page.waitForTimeout(100);
    await page.reload();
    await page.getByRole('tab', { name: 'Submit Ticket', exact: true }).click();
    const title = await page.getByRole('textbox', { name: 'Title' }).inputValue();
    const description = await page.getByRole('textbox', { name: /^Description/ }).inputValue();
    check(
      title === typedTitle && description === typedDescription,
      'a reload 100 ms after the last key keeps the whole draft (faults.md 33)',
      `title "${title}", description "${description.slice(0, 60)}"`,
    );
  } catch (error) {
    fail(
      'a reload 100 ms after the last key keeps the whole draft (faults.md 33)',
      String(error.message ?? error).split('\n')[0],
    );
  }

  // Let late responses and effects settle, then read what was seen.
  await page.waitForTimeout(300);
  const violations = await page.evaluate(() => [...window.__cspViolations]);
  check(violations.length === 0, 'no securitypolicyviolation event', violations.join(' | '));
  const cspConsole = consoleErrors.filter((text) => /Content Security Policy|Refused to/i.test(text));
  check(cspConsole.length === 0, 'no CSP error in the console', cspConsole.join(' | '));
  check(consoleErrors.length === 0, 'no console errors', consoleErrors.join(' | ').slice(0, 600));
  check(pageErrors.length === 0, 'no uncaught page errors', pageErrors.join(' | ').slice(0, 600));
  check(failedRequests.length === 0, 'no failed requests', failedRequests.join(' | ').slice(0, 600));
  if (consoleWarnings.length)
    process.stdout.write(`note: console warnings: ${consoleWarnings.join(' | ').slice(0, 400)}\n`);

  // Canary: an inline style must be refused and reported, or the checks above proved nothing.
  const canary = await page.evaluate(async () => {
    const before = window.__cspViolations.length;
    const style = document.createElement('style');
    style.textContent = 'body { outline: 1px solid red; }';
    document.head.append(style);
    await new Promise((resolve) => setTimeout(resolve, 200));
    style.remove();
    return window.__cspViolations.slice(before);
  });
  check(
    canary.some((text) => text.startsWith('style-src')),
    'canary: an inline <style> is refused and reported',
    canary.join(' | '),
  );
}

// -------------------------------------------------------------------------------------------------

try {
  const { tarball, pkg } = packTarball(log);
  pass('pack', elapsed());
  installExample(tarball, pkg);
  pass('install', elapsed());
  const distDir = buildExample();
  pass('vite build', elapsed());
  const origin = await serve(distDir);
  await driveInChromium(origin);
} catch (error) {
  fail('host-app check ran to the end', String(error?.stack ?? error).slice(0, 2000));
} finally {
  await cleanup();
  clearTimeout(watchdog);
}

process.stdout.write(
  `\nHost app: ${log.failures === 0 ? 'PASS' : `FAIL (${log.failures})`} in ${elapsed()}\n`,
);
process.exit(log.failures === 0 ? 0 : 1);
