/**
 * Next.js host check (issue 13, item 2): examples/next-app, a Next.js 16 App Router app,
 * installs the PACKED tarball, renders `ConnectionPortal` from a server component page and
 * hydrates it in Chromium against the package's mocks (MSW's service worker).
 *
 *   node scripts/next-app-check.mjs        (`npm run check:next-app`; builds dist if missing)
 *
 * 1. `npm pack`, then `npm install` in examples/next-app from that tarball (pinned versions,
 *    no lockfile: scripts/packed-example.mjs says why), and the repository's
 *    public/mockServiceWorker.js copied into the example's public/.
 * 2. `next build` (Turbopack) finishes without a warning.
 * 3. `next start` on a free 127.0.0.1 port; the HTML fetched with plain HTTP, before any
 *    script runs, already holds the portal: its menu and the Plan notice (its heading, or its
 *    loading state as the server rendered it), and links the stylesheet.
 * 4. Chromium (playwright-core) opens the page: hydration keeps the server's DOM (React did
 *    not fall back to rendering on the client), the stylesheet's `@layer rvp` is applied,
 *    every section's tab shows its heading, and nothing is logged as a warning or an error:
 *    not in the console, not as a page error, not by the server.
 * 5. The same page under `next dev`: production React reports a text mismatch (error #418)
 *    but not a mismatched attribute, which only the development build logs; so the page is
 *    hydrated once more in development and must log nothing either (about 10 s).
 * Prints PASS/FAIL lines, saves next-app.png in the temp directory (or $NEXT_APP_SCREENSHOT),
 * stops the server and removes .next on exit ($NEXT_APP_KEEP_BUILD=1 keeps it), and exits
 * non-zero on any failure.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ensureChromium, CHROMIUM_ARGS } from './ensure-chromium.mjs';
import {
  createCheckLog,
  installFromTarball,
  installedVersion,
  packTarball,
  root,
  run,
} from './packed-example.mjs';

const exampleDir = path.join(root, 'examples/next-app');
const nextBin = path.join(exampleDir, 'node_modules/next/dist/bin/next');
const screenshotPath = process.env.NEXT_APP_SCREENSHOT ?? path.join(tmpdir(), 'next-app.png');
/** Next.js asks to phone home on first use; a CI run must not. */
const NEXT_ENV = { NEXT_TELEMETRY_DISABLED: '1' };

/** What the example's package.json pins; the check fails if npm installed anything else. */
const PINNED = { next: '16.4.6', react: '19.3.1', 'react-dom': '19.3.1', msw: '2.15.0' };

const PLAN_HEADING = 'Revampd Access Managed by Your Partner';
/** Every section's tab and the heading its panel shows, in the menu's order. */
const SECTIONS = [
  ['Plan', PLAN_HEADING],
  ['Add-Ons', 'Add-Ons'],
  ['Tickets', 'Tickets'],
  ['Submit Ticket', 'Submit Ticket'],
  ['Invoices', 'Invoices'],
  ['Wallet', 'Wallet'],
  ['Affiliate Payouts', 'Affiliate Payouts'],
];

const log = createCheckLog();
const { pass, fail, check, elapsed, cleanups, cleanup } = log;

// A hung build, server or browser must not hang CI.
const watchdog = setTimeout(async () => {
  fail('finished in time', `still running after ${elapsed()}`);
  await cleanup();
  process.exit(1);
}, 300_000);

// Ctrl-C or a CI cancel still stops the server (cleanups kill its whole process group).
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await cleanup();
    process.exit(130);
  });
}

// -------------------------------------------------------------------------------------------------
// 1. Pack, install, copy the worker
// -------------------------------------------------------------------------------------------------

function installExample() {
  const { tarball, pkg } = packTarball(log);
  pass('pack', elapsed());
  // --prefer-offline: a machine that installed once does not ask the registry again.
  installFromTarball(log, { exampleDir, tarball, pkg, installArgs: ['--prefer-offline'] });
  const versions = Object.entries(PINNED).map(([name, version]) => [
    name,
    version,
    installedVersion(exampleDir, name),
  ]);
  check(
    versions.every(([, wanted, got]) => wanted === got),
    'the pinned versions are installed',
    versions
      .map(([name, wanted, got]) => `${name} ${got}${got === wanted ? '' : ` (want ${wanted})`}`)
      .join(', '),
  );

  // The worker script must match the msw that talks to it, or msw warns in the console.
  mkdirSync(path.join(exampleDir, 'public'), { recursive: true });
  const worker = path.join(exampleDir, 'public/mockServiceWorker.js');
  copyFileSync(path.join(root, 'public/mockServiceWorker.js'), worker);
  const workerVersion = /PACKAGE_VERSION = '([^']+)'/.exec(readFileSync(worker, 'utf8'))?.[1];
  check(
    workerVersion === installedVersion(exampleDir, 'msw'),
    "public/mockServiceWorker.js matches the example's msw",
    `worker ${workerVersion}`,
  );
  pass('install', elapsed());
}

// -------------------------------------------------------------------------------------------------
// 2. next build
// -------------------------------------------------------------------------------------------------

function buildExample() {
  rmSync(path.join(exampleDir, '.next'), { recursive: true, force: true });
  if (process.env.NEXT_APP_KEEP_BUILD !== '1')
    cleanups.push(() => rmSync(path.join(exampleDir, '.next'), { recursive: true, force: true }));
  const output = run(process.execPath, [nextBin, 'build'], exampleDir, { env: NEXT_ENV });
  check(/Compiled successfully/.test(output), 'next build', elapsed());
  // With CI=true Next.js asks for a persisted .next/cache; each run here builds from scratch
  // on purpose, so that one notice is not a finding.
  const warnings = output
    .split('\n')
    .filter((line) => /⚠|\bwarn(ing)?\b/i.test(line) && !/No build cache found/.test(line));
  check(warnings.length === 0, 'next build printed no warning', warnings.join(' | ').slice(0, 600));
  // The page is a server component with no request data, so Next.js prerenders it.
  check(/[○●ƒ] \/\s*$/m.test(output), 'the route / is built', /^.*[○●ƒ] \/\s*$/m.exec(output)?.[0]?.trim());
}

// -------------------------------------------------------------------------------------------------
// 3. next start, and the server's HTML
// -------------------------------------------------------------------------------------------------

/** A port nobody listens on right now (the OS picks it). */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts `next start` (or `next dev`) in its own process group, so stopping it also stops
 * any worker it forked. Resolves with its origin and a `stop()` once `/` answers; the
 * cleanup stops the group too.
 */
async function startServer(command) {
  const port = await freePort();
  const server = spawn(process.execPath, [nextBin, command, '-H', '127.0.0.1', '-p', String(port)], {
    cwd: exampleDir,
    env: { ...process.env, ...NEXT_ENV },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const output = [];
  server.stdout.on('data', (chunk) => output.push(String(chunk)));
  server.stderr.on('data', (chunk) => output.push(String(chunk)));
  let exited = false;
  server.once('exit', () => (exited = true));

  const stopGroup = (signal) => {
    try {
      process.kill(-server.pid, signal);
    } catch {
      // Already gone.
    }
  };
  // Even a crash of this script must not leave the server behind.
  process.once('exit', () => exited || stopGroup('SIGKILL'));
  const stop = async () => {
    if (exited) return;
    stopGroup('SIGTERM');
    const stopped = await Promise.race([
      new Promise((resolve) => server.once('exit', () => resolve(true))),
      new Promise((resolve) => setTimeout(() => resolve(false), 5_000)),
    ]);
    if (!stopped) stopGroup('SIGKILL');
  };
  cleanups.push(stop);

  const origin = `http://127.0.0.1:${port}`;
  // `next dev` compiles the page on this first request.
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && !exited) {
    try {
      const response = await fetch(origin, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.ok) {
        pass(`next ${command}`, `${origin}, ${elapsed()}`);
        return { origin, output, stop };
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `next ${command} did not answer on ${origin}${exited ? ' (it exited)' : ''}:\n${output.join('')}`,
  );
}

/** The page as the server sends it: no script has run, so this is server rendering alone. */
async function checkServerHtml(origin) {
  const response = await fetch(origin);
  const html = await response.text();
  check(
    response.ok && /text\/html/.test(response.headers.get('content-type') ?? ''),
    'GET / answers HTML',
    `${response.status} ${response.headers.get('content-type')}, ${(html.length / 1024).toFixed(0)} KB`,
  );
  check(/class="rvp-ConnectionPortal[ "]/.test(html), 'the server HTML holds the portal');

  const tabs = SECTIONS.map(([tab]) => tab).filter(
    (tab) => !new RegExp(`role="tab"[^>]*>(?:<span[^>]*>)?${tab.replace('-', '\\-')}<`).test(html),
  );
  check(
    tabs.length === 0,
    'the server HTML holds every section tab',
    tabs.length ? `missing: ${tabs.join(', ')}` : '7 tabs',
  );

  // React Query fetches in the browser only, so the server renders the notice loading; a
  // host that prefetches on the server would send the heading itself. Either is server HTML.
  const notice =
    /<section class="rvp-PlanManagedNotice[^"]*"[^>]*data-state="([a-z-]+)"[^>]*>([\s\S]*?)<\/section>/.exec(
      html,
    );
  const hasHeading = html.includes(PLAN_HEADING);
  const loading = notice?.[1] === 'loading' && /role="status"/.test(notice[2]) && /Loading…/.test(notice[2]);
  check(
    hasHeading || loading,
    'the server HTML holds the Plan notice',
    hasHeading
      ? `heading "${PLAN_HEADING}"`
      : notice
        ? `data-state="${notice[1]}"${loading ? ', "Loading…" status' : ''}`
        : 'no PlanManagedNotice',
  );

  // The root layout's import of styles.css becomes a stylesheet link in the head.
  const links = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+\.css)"/g)].map(
    (match) => match[1],
  );
  let layered = false;
  for (const href of links) {
    const css = await (await fetch(new URL(href, origin))).text();
    if (/@layer rvp/.test(css) && /\.rvp-ConnectionPortal/.test(css)) layered = true;
  }
  check(layered, "the server HTML links the package's stylesheet", links.join(', ') || 'no stylesheet link');
}

// -------------------------------------------------------------------------------------------------
// 4. Hydrate and click through in Chromium
// -------------------------------------------------------------------------------------------------

/**
 * Opens the page and watches every log. `clickThrough` also checks the styles and every
 * section's tab (the production pass); labels of the development pass start with "dev:".
 */
async function driveInChromium(origin, serverOutput, { clickThrough, label = '' }) {
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  cleanups.push(() => browser.close());
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);

  const consoleProblems = [];
  const pageErrors = [];
  const failedRequests = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      consoleProblems.push(`${message.type()}: ${message.text()} (${message.location().url || 'no url'})`);
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('requestfailed', (request) =>
    failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400)
      failedRequests.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`);
  });
  // Keeps the portal element the HTML parser made, before any script of the page runs: if
  // hydration failed, React renders on the client and replaces it with a new element.
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      const portal = document.querySelector('.rvp-ConnectionPortal');
      if (portal) {
        window.__serverPortal = portal;
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });

  await page.goto(origin, { waitUntil: 'load' });
  const panel = page.getByRole('tabpanel');
  try {
    // Shows only after hydration: the request goes out from an effect, through the worker.
    await panel.getByRole('heading', { name: PLAN_HEADING, exact: true }).waitFor();
    pass(`${label}the Plan notice loads in the browser`, `"${PLAN_HEADING}"`);
  } catch {
    fail(
      `${label}the Plan notice loads in the browser`,
      (await page.locator('body').innerText()).slice(0, 300),
    );
  }

  const hydrated = await page.evaluate(() => ({
    captured: window.__serverPortal instanceof Element,
    same: window.__serverPortal === document.querySelector('.rvp-ConnectionPortal'),
  }));
  check(
    hydrated.captured && hydrated.same,
    `${label}hydration kept the server's DOM (no client-side re-render)`,
    hydrated.captured ? '' : 'the parser never made .rvp-ConnectionPortal',
  );

  if (clickThrough) await checkStylesAndSections(page, panel);

  // Let late responses and effects settle, then read what was seen.
  await page.waitForTimeout(300);
  const hydrationLogs = [...consoleProblems, ...pageErrors].filter((text) =>
    /hydrat|did not match|server rendered|#4(18|19|21|23|25)\b/i.test(text),
  );
  check(
    hydrationLogs.length === 0,
    `${label}hydration logged no warning or error`,
    hydrationLogs.join(' | ').slice(0, 600),
  );
  check(
    consoleProblems.length === 0,
    `${label}no console warning or error`,
    consoleProblems.join(' | ').slice(0, 600),
  );
  check(pageErrors.length === 0, `${label}no uncaught page errors`, pageErrors.join(' | ').slice(0, 600));
  check(failedRequests.length === 0, `${label}no failed requests`, failedRequests.join(' | ').slice(0, 600));
  const serverProblems = serverOutput
    .join('')
    .split('\n')
    .filter((line) => /⨯|⚠|error|warn/i.test(line));
  check(
    serverProblems.length === 0,
    `${label}the server logged no warning or error`,
    serverProblems.join(' | ').slice(0, 600),
  );
  await browser.close();
}

/** The stylesheet and the host's theme apply, every tab shows its section; a screenshot. */
async function checkStylesAndSections(page, panel) {
  // The stylesheet's rules sit in `@layer rvp` (CSSLayerBlockRule), and they apply.
  const styles = await page.evaluate(() => {
    const layers = [];
    for (const sheet of document.styleSheets) {
      try {
        for (const rule of sheet.cssRules) if (rule instanceof CSSLayerBlockRule) layers.push(rule.name);
      } catch {
        // A cross-origin sheet: not ours.
      }
    }
    const rootElement = document.querySelector('.rvp-root');
    return {
      layers: [...new Set(layers)],
      rootDisplay: rootElement ? getComputedStyle(rootElement).display : null,
      // Not set by the host's appearance: only the stylesheet's tokens give it a value.
      danger: rootElement
        ? getComputedStyle(rootElement).getPropertyValue('--rvp-color-danger').trim()
        : null,
      primary: rootElement
        ? getComputedStyle(rootElement).getPropertyValue('--rvp-color-primary').trim()
        : null,
    };
  });
  check(
    styles.layers.includes('rvp') && styles.rootDisplay === 'contents' && Boolean(styles.danger),
    'styles.css from the root layout is applied',
    `layers: ${styles.layers.join(', ') || 'none'}; .rvp-root display: ${styles.rootDisplay}; --rvp-color-danger: ${styles.danger}`,
  );
  check(
    styles.primary === '#1d4ed8',
    "the host's appearance reaches --rvp-color-primary",
    String(styles.primary),
  );

  for (const [tab, heading] of SECTIONS) {
    try {
      // A tab's name may carry its badge's count ("Invoices, 4 open").
      const trigger = page.getByRole('tab', { name: new RegExp(`^${tab}(\\s*,|$)`) });
      await trigger.click();
      const selected = await trigger.getAttribute('aria-selected');
      if (selected !== 'true') throw new Error(`tab not selected (aria-selected=${selected})`);
      await panel.getByRole('heading', { name: heading, exact: true }).first().waitFor();
      pass(`tab ${tab}`, `heading "${heading}"`);
    } catch (error) {
      fail(`tab ${tab}`, String(error.message ?? error).split('\n')[0]);
    }
  }

  await page.getByRole('tab', { name: 'Plan', exact: true }).click();
  await page.screenshot({ path: screenshotPath, fullPage: true });
  pass('screenshot', screenshotPath);
}

// -------------------------------------------------------------------------------------------------

try {
  if (!existsSync(path.join(root, 'public/mockServiceWorker.js')))
    throw new Error('public/mockServiceWorker.js is missing at the repository root');
  installExample();
  buildExample();
  const production = await startServer('start');
  await checkServerHtml(production.origin);
  await driveInChromium(production.origin, production.output, { clickThrough: true });
  await production.stop();
  const development = await startServer('dev');
  await driveInChromium(development.origin, development.output, { clickThrough: false, label: 'dev: ' });
  await development.stop();
} catch (error) {
  fail('Next.js host check ran to the end', String(error?.stack ?? error).slice(0, 2000));
} finally {
  await cleanup();
  clearTimeout(watchdog);
}

process.stdout.write(
  `\nNext.js host: ${log.failures === 0 ? 'PASS' : `FAIL (${log.failures})`} in ${elapsed()}\n`,
);
process.exit(log.failures === 0 ? 0 : 1);
