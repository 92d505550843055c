/**
 * SSR check (issue 5, item 4): every widget renders with `react-dom/server`'s
 * `renderToString` inside RevampdProvider in plain Node, from BOTH the built ESM
 * (`dist/index.js`) and CJS (`dist/index.cjs`) output.
 *
 *   npm run build && node scripts/ssr-check.mjs
 *
 * What counts as a failure, per widget × format:
 * - `renderToString` throws (e.g. a ReferenceError because render touched `window`,
 *   `document` or `localStorage`: plain Node has none of them, so an unguarded access
 *   throws, while a `typeof window` guard passes as it should);
 * - React logs anything through console.error / console.warn during the render (an error
 *   swallowed by a Suspense boundary, a layout-effect warning, a key warning…);
 * - the markup is empty, or carries a `style="…"` attribute, which a host with a strict
 *   Content-Security-Policy (no 'unsafe-inline' styles) would refuse once it is served
 *   (faults.md 26).
 * Loading the module itself must not touch the browser globals either.
 *
 * Prints one line per widget × format and exits 1 on any failure, or if dist is missing
 * (it never silently skips).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));

const BROWSER_GLOBALS = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location'];

/** Widgets and the props each needs; all rendered inside the same provider. */
const WIDGETS = [
  ['ConnectionPortal', {}],
  ['ConnectionNav', {}],
  ['PlanManagedNotice', {}],
  ['AddOnsTable', {}],
  ['InvoicesTable', {}],
  ['WalletCard', {}],
  ['PayoutSummary', {}],
  ['PayoutHistoryTable', {}],
  ['TicketsTable', {}],
  ['TicketForm', {}],
  ['TicketDetail', { ticketId: 'tkt_1' }],
];

const PROVIDER_PROPS = {
  baseUrl: 'https://api.revampd.example',
  orgId: 'org_ssr',
  getAccessToken: () => 'ssr-token',
  // Fixed, so the server does not depend on the machine's locale or zone.
  locale: 'en-US',
  timeZone: 'America/New_York',
  // Rendering must never fetch; a fetch that is called anyway fails loudly.
  fetch: () => Promise.reject(new Error('fetch called during SSR')),
};

let failures = 0;
function report(ok, label, detail = '') {
  if (!ok) failures++;
  process.stdout.write(`${ok ? 'PASS' : 'FAIL'} ${label}${detail ? ` — ${detail}` : ''}\n`);
}

// Node 21+ defines `navigator`; Node 20 does not. Either way the library must not need it.
for (const name of BROWSER_GLOBALS) {
  if (name !== 'navigator' && name in globalThis) {
    report(
      false,
      `plain Node has no ${name}`,
      `globalThis.${name} is defined; the check would prove nothing`,
    );
  }
}

const formats = [
  {
    name: 'esm',
    file: path.join(root, 'dist/index.js'),
    load: async (file) => ({
      lib: await import(pathToFileURL(file).href),
      React: await import('react'),
      server: await import('react-dom/server'),
    }),
  },
  {
    name: 'cjs',
    file: path.join(root, 'dist/index.cjs'),
    load: async (file) => ({
      lib: require(file),
      React: require('react'),
      server: require('react-dom/server'),
    }),
  },
];

/** Runs `fn` with console.error/warn captured; returns what was logged. */
function captureConsole(fn) {
  const logged = [];
  const original = { error: console.error, warn: console.warn };
  console.error = (...args) => logged.push(`error: ${args.map(String).join(' ')}`);
  console.warn = (...args) => logged.push(`warn: ${args.map(String).join(' ')}`);
  try {
    return { result: fn(), logged };
  } finally {
    console.error = original.error;
    console.warn = original.warn;
  }
}

for (const format of formats) {
  if (!existsSync(format.file)) {
    report(false, `${format.name}: ${path.relative(root, format.file)} exists`, 'run `npm run build` first');
    continue;
  }
  let loaded;
  try {
    const { result, logged } = captureConsole(() => format.load(format.file));
    loaded = await result;
    report(
      logged.length === 0,
      `${format.name}: load ${path.relative(root, format.file)}`,
      logged.join(' | '),
    );
  } catch (error) {
    report(false, `${format.name}: load ${path.relative(root, format.file)}`, String(error?.stack ?? error));
    continue;
  }
  const { lib, React, server } = loaded;
  if (typeof lib.RevampdProvider !== 'function') {
    report(false, `${format.name}: RevampdProvider export`, 'missing');
    continue;
  }

  for (const [name, props] of WIDGETS) {
    const label = `${format.name}: ${name}`;
    const Widget = lib[name];
    if (typeof Widget !== 'function' && typeof Widget !== 'object') {
      report(false, label, 'not exported');
      continue;
    }
    try {
      const element = React.createElement(
        lib.RevampdProvider,
        PROVIDER_PROPS,
        React.createElement(Widget, props),
      );
      const { result: html, logged } = captureConsole(() => server.renderToString(element));
      const problems = [];
      if (logged.length > 0) problems.push(`logged: ${logged.join(' | ').slice(0, 400)}`);
      if (!html.includes('rvp-root') || html.length < 60)
        problems.push(`suspiciously little markup: ${html}`);
      const styleAttribute = /\sstyle="[^"]*"/.exec(html);
      if (styleAttribute)
        problems.push(`inline style attribute (blocked by a strict CSP): ${styleAttribute[0]}`);
      report(problems.length === 0, label, problems.length ? problems.join('; ') : `${html.length} chars`);
    } catch (error) {
      report(
        false,
        label,
        String(error?.stack ?? error)
          .split('\n')
          .slice(0, 4)
          .join(' / '),
      );
    }
  }
}

// Still true after rendering: nothing defined a browser global on the way.
for (const name of BROWSER_GLOBALS) {
  if (name !== 'navigator' && name in globalThis) report(false, `no ${name} defined after render`);
}

process.stdout.write(`\nSSR: ${failures === 0 ? 'PASS' : `FAIL (${failures})`}\n`);
process.exit(failures === 0 ? 0 : 1);
