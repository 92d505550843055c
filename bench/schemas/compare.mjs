#!/usr/bin/env node
/**
 * zod/mini against valibot on our own contract schemas (issue 14 item 2). The result and
 * the decision are in docs/performance/schema-library.md; this script reproduces them.
 *
 * Since the switch, src/api/schemas.ts IS the valibot port and zod is no longer a
 * dependency: run this script on a checkout of 93951d7 (the last commit before the switch),
 * as it was written for. On a later tree its "zod side" is valibot and it fails.
 *
 * valibot is not a dependency of the library, so install the two packages first, without
 * touching package.json or the lock file, then run from the repository root:
 *
 *   npm i --no-save valibot@1.5.0 @valibot/to-json-schema@1.8.0
 *   node bench/schemas/compare.mjs
 *
 * or keep them out of the repository: install them in any other directory and point the
 * script at it (`SCHEMA_COMPARE_DEPS=/tmp/schema-compare node bench/schemas/compare.mjs`).
 * zod and esbuild come from the repository's own node_modules (zod 4.6.7, esbuild 0.28.2).
 *
 * The zod side is src/api/schemas.ts as it is; the valibot side is the one-for-one port
 * next to this file (schemas.valibot.ts). It prints, in this order:
 *
 *   0. Types: for every schema, zod's `z.infer` and valibot's `v.InferOutput` must be the
 *      same type (checked with the repository's TypeScript and tsconfig options).
 *   1. Semantics: the same inputs through both ports, valid and invalid, must give the
 *      same verdict, the same output (stripped keys included) and the same first issue
 *      (path and message), which is what the transport reports.
 *   2. Bytes of the schemas a widget needs (and of all of schemas.ts), each bundled alone
 *      with esbuild (bundle, minify, tree-shake, React not involved) and gzipped (zlib,
 *      level 9, as size-limit's gzip figure). Each entry also parses once, the way the
 *      transport does, so the parse code is counted on both sides.
 *   3. Bytes of whole widgets (`RevampdProvider` + the widget from src/index.ts) with
 *      schemas.ts as it is, and with the port swapped in and every `X.safeParse(y)` in
 *      src/ rewritten to the port's `safeParse(X, y)`: what a host would really save.
 *   4. Time to validate one page of 10,000 payouts (`PayoutPage`), node, same data: the
 *      first (cold) parse in fresh processes, and warm parses of both libraries back to
 *      back in one process; judged by the median of the per-pair ratios, never by absolute
 *      times (as `npm run bench` does), since a busy machine moves those.
 *   5. The OpenAPI document: src/api/openapi.ts run as it is, against the same file run on
 *      the port with `z.toJSONSchema` replaced by @valibot/to-json-schema: first with no
 *      options, then with the few overrides that make it describe the contract as zod does.
 *
 * Numbers vary by machine; the bytes do not (same esbuild, same inputs).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { isDeepStrictEqual } from 'node:util';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const deps = path.resolve(process.env.SCHEMA_COMPARE_DEPS ?? root);
for (const name of ['valibot', '@valibot/to-json-schema']) {
  if (!existsSync(path.join(deps, 'node_modules', name, 'package.json'))) {
    process.stderr.write(
      `${name} is not installed in ${deps}: run \`npm i --no-save valibot@1.5.0 @valibot/to-json-schema@1.8.0\` ` +
        'there first, or set SCHEMA_COMPARE_DEPS to a directory where they are (see the header of this file).\n',
    );
    process.exit(1);
  }
}
const zodSchemas = path.join(root, 'src/api/schemas.ts');
const valibotSchemas = path.join(here, 'schemas.valibot.ts');
const work = mkdtempSync(path.join(tmpdir(), 'schema-compare-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

/** esbuild options shared by every bundle: valibot resolves from `deps` when not in the repo. */
const common = {
  bundle: true,
  write: false,
  absWorkingDir: root,
  nodePaths: [path.join(deps, 'node_modules')],
  logLevel: 'error',
};

const kB = (bytes) => (bytes / 1000).toFixed(2);
const pad = (text, width) => String(text).padEnd(width);
const lpad = (text, width) => String(text).padStart(width);
const heading = (text) => process.stdout.write(`\n## ${text}\n\n`);
const print = (text = '') => process.stdout.write(`${text}\n`);

// -------------------------------------------------------------------------------------------------
// 0. Types
// -------------------------------------------------------------------------------------------------

/** Every schema both files export (the port exports nothing else that is a schema). */
const schemaNames = [
  ...readFileSync(valibotSchemas, 'utf8').matchAll(/^export const (\w+) = \/\*#__PURE__\*\//gm),
].map((match) => match[1]);

heading('0. Types: z.infer and v.InferOutput of every schema');
writeFileSync(
  path.join(work, 'types.ts'),
  `import type * as z from 'zod/mini';
   import type * as v from 'valibot';
   import type * as Z from ${JSON.stringify(zodSchemas.replace(/\.ts$/, ''))};
   import type * as V from ${JSON.stringify(valibotSchemas.replace(/\.ts$/, ''))};
   type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
   type Check<K extends keyof typeof Z & keyof typeof V> = Equal<
     z.infer<(typeof Z)[K] & z.ZodMiniType>,
     v.InferOutput<(typeof V)[K] & v.GenericSchema>
   >;
   ${schemaNames.map((name) => `export const ${name}: Check<'${name}'> = true;`).join('\n   ')}`,
);
writeFileSync(
  path.join(work, 'tsconfig.json'),
  JSON.stringify({
    extends: path.join(root, 'tsconfig.json'),
    compilerOptions: {
      types: [],
      baseUrl: work,
      // The file sits in a temp dir: both libraries resolve from where they are installed.
      paths: {
        valibot: [path.join(deps, 'node_modules/valibot')],
        'zod/mini': [path.join(root, 'node_modules/zod/mini')],
      },
    },
    include: [],
    files: [path.join(work, 'types.ts')],
  }),
);
try {
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', work], {
    encoding: 'utf8',
  });
  print(`${schemaNames.length} schemas: the same types.`);
} catch (error) {
  print(`TYPES DIFFER:\n${error.stdout.split('\n').slice(0, 20).join('\n')}`);
}

// -------------------------------------------------------------------------------------------------
// Node builds of both ports (semantics, timing)
// -------------------------------------------------------------------------------------------------

/** Bundles `source` for node into the work dir and imports it. */
async function loadForNode(name, source) {
  const outfile = path.join(work, `${name}.mjs`);
  await esbuild.build({
    ...common,
    write: true,
    stdin: { contents: source, resolveDir: root, loader: 'ts' },
    outfile,
    platform: 'node',
    format: 'esm',
  });
  return { outfile, module: await import(pathToFileURL(outfile).href) };
}

const zodNode = await loadForNode(
  'zod-node',
  `import * as s from ${JSON.stringify(zodSchemas)};
   export const schemas = s;
   export function check(schema, input) {
     const r = schema.safeParse(input);
     return r.success
       ? { success: true, data: r.data }
       : { success: false, path: r.error.issues[0].path, message: r.error.issues[0].message };
   }`,
);
const valibotNode = await loadForNode(
  'valibot-node',
  `import * as s from ${JSON.stringify(valibotSchemas)};
   export const schemas = s;
   export function check(schema, input) {
     const r = s.safeParse(schema, input);
     return r.success
       ? { success: true, data: r.data }
       : { success: false, path: r.error.issues[0].path, message: r.error.issues[0].message };
   }`,
);

// -------------------------------------------------------------------------------------------------
// 1. Semantics
// -------------------------------------------------------------------------------------------------

/** A page of `count` payouts, the same for every caller (no randomness). */
function payoutPage(count) {
  const statuses = ['paid', 'paid', 'paid', 'pending', 'failed'];
  const start = Date.UTC(2024, 0, 1);
  const data = [];
  for (let index = 0; index < count; index++) {
    const status = statuses[index % statuses.length];
    const createdAt = new Date(start + index * 3_600_000).toISOString();
    data.push({
      id: `po_${String(index).padStart(6, '0')}`,
      createdAt,
      paidAt: status === 'paid' ? new Date(start + index * 3_600_000 + 86_400_000).toISOString() : null,
      status,
      amount: { amount: 1_000 + ((index * 7919) % 250_000), currency: 'USD' },
      walletTransactionId: status === 'paid' ? `wt_${index}` : null,
      failureReason: status === 'failed' ? 'The bank refused the transfer.' : null,
    });
  }
  return { data, nextCursor: count > 25 ? 'cursor_2' : null };
}

const money = { amount: 1250, currency: 'usd' };
const at = '2026-03-01T10:00:00.000Z';
const payout = payoutPage(1).data[0];
/** [schema, input]: each must get the same verdict and the same output from both ports. */
const cases = [
  ['Money', money],
  ['Money', { amount: 12.5, currency: 'USD' }],
  ['Money', { amount: '1250', currency: 'USD' }],
  ['Money', { amount: 2 ** 60, currency: 'USD' }],
  ['Money', { amount: 1, currency: 'US' }],
  ['Money', { amount: 1, currency: 'USD', extra: true }],
  ['Timestamp', at],
  ['Timestamp', '2026-03-01T10:00:00+01:00'],
  ['Timestamp', '2026-03-01T10:00:00+0100'],
  ['Timestamp', '2026-03-01 10:00:00Z'],
  ['Timestamp', '2026-03-01T10:00Z'],
  ['Timestamp', '2026-02-29T10:00:00Z'],
  ['Timestamp', '2028-02-29T10:00:00Z'],
  ['Timestamp', '2026-02-31T10:00:00Z'],
  ['Timestamp', '2026-03-01T10:00:00'],
  ['Payout', payout],
  ['Payout', { ...payout, status: 'refunded' }],
  ['Payout', { ...payout, paidAt: undefined }],
  ['Payout', { ...payout, failureReason: null, secret: 'dropped' }],
  ['PayoutPage', payoutPage(30)],
  ['PayoutPage', { data: [] }],
  [
    'PayoutSummary',
    { ytd: money, mtd: money, currentWeek: money, asOf: at, byMonth: [{ month: '2026-02', total: money }] },
  ],
  [
    'PayoutSummary',
    { ytd: money, mtd: money, currentWeek: money, asOf: at, byMonth: [{ month: '2026-13', total: money }] },
  ],
  ['Wallet', { connectionId: 'revampd', balance: money, updatedAt: at }],
  ['Wallet', { connectionId: 'revampd', balance: null, updatedAt: at }],
  [
    'Attention',
    {
      openInvoices: { count: 2, amountDue: money },
      overdueInvoices: { count: 0, amountDue: money },
      walletShortfall: null,
      ticketsAwaitingCustomer: 1,
      failedPayouts: 0,
      asOf: at,
    },
  ],
  [
    'Attention',
    {
      openInvoices: { count: -1, amountDue: money },
      overdueInvoices: { count: 0, amountDue: money },
      walletShortfall: null,
      ticketsAwaitingCustomer: 1,
      failedPayouts: 0,
      asOf: at,
    },
  ],
  ['Plan', { managedBy: 'partner', partner: { id: 'p1', name: 'Acme', contactEmail: null } }],
  [
    'Plan',
    {
      managedBy: 'revampd',
      plan: { name: 'Pro', status: 'active', price: money, interval: 'month', renewsAt: at },
    },
  ],
  ['Plan', { managedBy: 'someone', partner: { id: 'p1', name: 'Acme', contactEmail: null } }],
  ['ApiErrorBody', { error: { code: 'validation_failed', message: 'No.', fields: { title: 'Too long' } } }],
  ['ApiErrorBody', { error: { code: 'x', message: 'y', fields: { title: 3 } } }],
  ['TicketFilters', { status: 'open', awaitingCustomer: true, q: 'printer' }],
  ['TicketFilters', { awaitingCustomer: false }],
  ['TicketFilters', { q: 'x'.repeat(101) }],
  ['TicketFilters', { q: '😀'.repeat(100) }],
  ['PayoutFilters', { status: 'paid', createdFrom: at }],
  ['PayoutFilters', { createdTo: 'Invalid Date' }],
  ['AvailablePhoneNumberQuery', { productId: 'pn_us', areaCode: '415', contains: 'CAFE' }],
  ['AvailablePhoneNumberQuery', { productId: '', areaCode: '415' }],
  ['PurchaseAddOn', { productId: 'p', quantity: 101, payWith: 'wallet', expectedTotal: money }],
  [
    'PurchaseAddOn',
    { productId: 'p', quantity: 3, phoneNumber: '+14155550100', payWith: 'invoice', expectedTotal: money },
  ],
  [
    'AvailablePhoneNumberList',
    {
      data: Array.from({ length: 21 }, () => ({
        number: '+14155550100',
        display: 'x',
        locality: null,
        region: null,
      })),
    },
  ],
  ['NewMessage', { body: 'hi', attachmentIds: ['a', 'b', 'c', 'd', 'e', 'f'] }],
];

heading('1. Semantics: same verdict and output from both ports');
let disagreements = 0;
let invalid = 0;
for (const [name, input] of cases) {
  const z = zodNode.module.check(zodNode.module.schemas[name], input);
  const v = valibotNode.module.check(valibotNode.module.schemas[name], input);
  if (!z.success) invalid++;
  // The first issue's path and message are compared too: the transport reports both.
  if (!isDeepStrictEqual(z, v)) {
    disagreements++;
    print(
      `DISAGREE ${name} ${JSON.stringify(input).slice(0, 80)}: zod ${JSON.stringify(z).slice(0, 120)}, valibot ${JSON.stringify(v).slice(0, 120)}`,
    );
  }
}
print(`${cases.length} cases (${invalid} invalid for zod), ${disagreements} disagreements.`);

// -------------------------------------------------------------------------------------------------
// 2. Bytes of the schemas each widget needs
// -------------------------------------------------------------------------------------------------

/**
 * What each widget's data path validates with (found by bundling the widget from dist and
 * looking for each schema's fields): the error body of every non-2xx answer, the resources
 * it reads, and the filter schema of a list endpoint it calls.
 */
const widgetSchemas = {
  PlanManagedNotice: ['ApiErrorBody', 'Plan'],
  WalletCard: ['ApiErrorBody', 'Wallet', 'WalletTransactionPage', 'WalletTransactionFilters', 'Attention'],
  PayoutHistoryTable: ['ApiErrorBody', 'PayoutPage', 'PayoutFilters', 'PayoutSummary'],
};

/** min and min+gzip bytes of an ES module's source bundled for the browser. */
async function measure(source, plugins = []) {
  const result = await esbuild.build({
    ...common,
    stdin: { contents: source, resolveDir: root, loader: 'ts' },
    outdir: path.join(work, 'browser'),
    minify: true,
    format: 'esm',
    platform: 'browser',
    external: ['react', 'react-dom', 'react/jsx-runtime'],
    plugins,
  });
  const js = result.outputFiles.filter((file) => file.path.endsWith('.js'));
  const min = js.reduce((sum, file) => sum + file.contents.length, 0);
  const gzip = js.reduce((sum, file) => sum + gzipSync(file.contents, { level: 9 }).length, 0);
  // zod names each schema class (`$constructor("$ZodObject", …)`): none may be left in a port.
  const hasZod = js.some((file) => file.text.includes('$Zod'));
  return { min, gzip, hasZod };
}

/** An entry that keeps `names` and parses once through them, as the transport does. */
function schemaEntry(library, names) {
  const list = names.join(', ');
  return library === 'zod'
    ? `import { ${list} } from ${JSON.stringify(zodSchemas)};
       export const schemas = [${list}];
       export function read(schema, json) {
         const parsed = schema.safeParse(json);
         if (parsed.success) return parsed.data;
         const issue = parsed.error.issues[0];
         throw new Error(String(issue?.path.join('.')) + ' ' + issue?.message);
       }`
    : `import { ${list}, safeParse } from ${JSON.stringify(valibotSchemas)};
       export const schemas = [${list}];
       export function read(schema, json) {
         const parsed = safeParse(schema, json);
         if (parsed.success) return parsed.data;
         const issue = parsed.error.issues[0];
         throw new Error(String(issue?.path.join('.')) + ' ' + issue?.message);
       }`;
}

const allNames = schemaNames;

heading('2. Schemas alone (min / min+gzip bytes)');
const rows = [
  ['one trivial schema (the library floor)', null],
  ...Object.entries(widgetSchemas),
  [`all of schemas.ts (${allNames.length} schemas)`, allNames],
];
print(`${pad('schemas of', 44)} ${lpad('zod/mini', 16)} ${lpad('valibot', 16)} ${lpad('saved (gzip)', 13)}`);
const schemaBytes = {};
for (const [label, names] of rows) {
  const [zod, valibot] = names
    ? await Promise.all([measure(schemaEntry('zod', names)), measure(schemaEntry('valibot', names))])
    : await Promise.all([
        measure(
          `import * as z from 'zod/mini'; export const s = z.object({ a: z.string() }); export const r = (x) => s.safeParse(x);`,
        ),
        measure(
          `import * as v from 'valibot'; export const s = v.object({ a: v.string() }); export const r = (x) => v.safeParse(s, x);`,
        ),
      ]);
  schemaBytes[label] = { zod, valibot };
  print(
    `${pad(label, 44)} ${lpad(`${zod.min} / ${zod.gzip}`, 16)} ${lpad(`${valibot.min} / ${valibot.gzip}`, 16)} ${lpad(zod.gzip - valibot.gzip, 13)}`,
  );
}

// -------------------------------------------------------------------------------------------------
// 3. Bytes of whole widgets, schemas.ts as it is and with the port swapped in
// -------------------------------------------------------------------------------------------------

/**
 * Swaps src/api/schemas.ts for the port and rewrites each `X.safeParse(y)` of src/ into the
 * port's `safeParse(X, y)` (same result shape), so the rest of the library is untouched.
 */
const swapToValibot = {
  name: 'swap-to-valibot',
  setup(build) {
    build.onResolve({ filter: /schemas$/ }, (args) =>
      path.resolve(args.resolveDir, args.path) === zodSchemas.replace(/\.ts$/, '')
        ? { path: valibotSchemas }
        : undefined,
    );
    build.onLoad({ filter: /[\\/]src[\\/].*\.tsx?$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!/\.safeParse\(/.test(source)) return undefined;
      const rewritten = source.replace(/\b([A-Za-z_$][\w$]*)\.safeParse\(/g, '__safeParse($1, ');
      return {
        contents: `import { safeParse as __safeParse } from ${JSON.stringify(valibotSchemas)};\n${rewritten}`,
        loader: args.path.endsWith('x') ? 'tsx' : 'ts',
      };
    });
  },
};

heading('3. Whole widgets from src/index.ts, React excluded (min / min+gzip bytes)');
print(
  `${pad('RevampdProvider +', 44)} ${lpad('zod/mini', 16)} ${lpad('valibot', 16)} ${lpad('saved (gzip)', 13)}`,
);
const widgetBytes = {};
for (const widget of Object.keys(widgetSchemas)) {
  const entry = `export { RevampdProvider, ${widget} } from ${JSON.stringify(path.join(root, 'src/index.ts'))};`;
  try {
    const zod = await measure(entry);
    const valibot = await measure(entry, [swapToValibot]);
    if (valibot.hasZod || !zod.hasZod) throw new Error('the swap left zod in the valibot bundle');
    widgetBytes[widget] = { zod, valibot };
    print(
      `${pad(widget, 44)} ${lpad(`${zod.min} / ${zod.gzip}`, 16)} ${lpad(`${valibot.min} / ${valibot.gzip}`, 16)} ${lpad(zod.gzip - valibot.gzip, 13)}`,
    );
  } catch (error) {
    print(`${pad(widget, 44)} could not bundle src/index.ts: ${String(error).split('\n')[0]}`);
  }
}

// -------------------------------------------------------------------------------------------------
// 4. Time to validate 10,000 payouts
// -------------------------------------------------------------------------------------------------

const ROWS = 10_000;
const WARMUP = 5;
const PAIRS = 41;
const COLD_PROCESSES = 7;

/** How each side parses a page, as the transport would call it. */
const parseCall = {
  zod: (bundle) =>
    `(await import(${JSON.stringify(pathToFileURL(bundle).href)})).schemas.PayoutPage.safeParse`,
  valibot: (bundle) =>
    `((m) => (x) => m.schemas.safeParse(m.schemas.PayoutPage, x))(await import(${JSON.stringify(pathToFileURL(bundle).href)}))`,
};

/** Runs `body` in a fresh node process (with `gc`) and returns what it prints, parsed. */
function inFreshProcess(body) {
  const script = `const page = (${payoutPage.toString()})(${ROWS});\n${body}`;
  return JSON.parse(
    execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], {
      encoding: 'utf8',
    }),
  );
}

/** The first parse of the page in a fresh process: what the first load of a table pays. */
const coldRun = (library) =>
  inFreshProcess(`
    const parse = ${parseCall[library](library === 'zod' ? zodNode.outfile : valibotNode.outfile)};
    globalThis.gc();
    const start = performance.now();
    const result = parse(page);
    const ms = performance.now() - start;
    if (!result.success) throw new Error('the payouts did not validate');
    process.stdout.write(JSON.stringify(ms));
  `);

/**
 * Warm parses in one process, zod and valibot back to back in each pair (alternating which
 * goes first), garbage collected before each: a busy machine slows both sides of a pair
 * alike, so the median of the per-pair ratios holds where two separate medians swing.
 */
const warmPairs = () =>
  inFreshProcess(`
    const parse = { zod: ${parseCall.zod(zodNode.outfile)}, valibot: ${parseCall.valibot(valibotNode.outfile)} };
    for (const library of ['zod', 'valibot']) {
      if (!parse[library](page).success) throw new Error(library + ': the payouts did not validate');
      for (let i = 0; i < ${WARMUP}; i++) parse[library](page);
    }
    const times = { zod: [], valibot: [] };
    for (let pair = 0; pair < ${PAIRS}; pair++) {
      for (const library of pair % 2 ? ['valibot', 'zod'] : ['zod', 'valibot']) {
        globalThis.gc();
        const start = performance.now();
        parse[library](page);
        times[library].push(performance.now() - start);
      }
    }
    process.stdout.write(JSON.stringify(times));
  `);

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

heading(
  `4. Validating one page of ${ROWS.toLocaleString('en-US')} payouts (PayoutPage), node ${process.version}`,
);
const cold = { zod: [], valibot: [] };
for (let round = 0; round < COLD_PROCESSES; round++) {
  for (const library of round % 2 ? ['valibot', 'zod'] : ['zod', 'valibot'])
    cold[library].push(coldRun(library));
}
const warm = warmPairs();
const ratios = {
  cold: cold.valibot.map((ms, index) => ms / cold.zod[index]),
  warm: warm.valibot.map((ms, index) => ms / warm.zod[index]),
};
print(`${pad('', 12)} ${lpad('cold (ms)', 10)} ${lpad('warm (ms)', 10)}`);
for (const library of ['zod', 'valibot']) {
  print(
    `${pad(library === 'zod' ? 'zod/mini' : 'valibot', 12)} ${lpad(median(cold[library]).toFixed(1), 10)} ${lpad(median(warm[library]).toFixed(1), 10)}`,
  );
}
print(
  `valibot/zod, median of per-pair ratios: cold ${median(ratios.cold).toFixed(2)}× (${COLD_PROCESSES} pairs of fresh processes), ` +
    `warm ${median(ratios.warm).toFixed(2)}× (${PAIRS} pairs in one process)`,
);

// -------------------------------------------------------------------------------------------------
// 5. The OpenAPI document from the port with @valibot/to-json-schema
// -------------------------------------------------------------------------------------------------

/**
 * src/api/openapi.ts run on the port: `z.toJSONSchema` becomes @valibot/to-json-schema's
 * `toJsonSchema` with the options `overrides` returns (source text of a function, as it
 * runs inside the bundle), and `schema.shape` (zod's object entries) becomes valibot's
 * `schema.entries`.
 */
function openApiOnPort(overrides) {
  return {
    name: 'openapi-on-port',
    setup(build) {
      build.onResolve({ filter: /^zod\/mini$/ }, () => ({ path: 'zod-shim', namespace: 'shim' }));
      build.onLoad({ filter: /.*/, namespace: 'shim' }, () => ({
        contents: `import { toJsonSchema } from '@valibot/to-json-schema';
          import { TIMESTAMP_REGEX } from ${JSON.stringify(valibotSchemas)};
          const overrides = ${overrides};
          export function toJSONSchema(schema) {
            return toJsonSchema(schema, { target: 'draft-2020-12', typeMode: 'output', ...overrides(TIMESTAMP_REGEX) });
          }`,
        resolveDir: here,
        loader: 'js',
      }));
      build.onResolve({ filter: /schemas$/ }, (args) =>
        path.resolve(args.resolveDir, args.path) === zodSchemas.replace(/\.ts$/, '')
          ? { path: valibotSchemas }
          : undefined,
      );
      build.onLoad({ filter: /[\\/]src[\\/]api[\\/]openapi\.ts$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes('schema.shape')) throw new Error('openapi.ts no longer reads schema.shape');
        return { contents: source.replaceAll('schema.shape', 'schema.entries'), loader: 'ts' };
      });
    },
  };
}

/** No options: what @valibot/to-json-schema gives out of the box (refinements would throw). */
const NO_OVERRIDES = `() => ({ errorMode: 'ignore' })`;

/**
 * What it takes to describe the contract as zod does: refinements are not describable (zod
 * drops them too); a stripping object's output has no other keys; a literal has a type;
 * `T | null` of a bare type is `type: [T, 'null']`; the timestamp regex is a date-time.
 */
const ZOD_LIKE = `(TIMESTAMP_REGEX) => ({
  ignoreActions: ['check'],
  overrideAction({ valibotAction, jsonSchema }) {
    if (valibotAction.type === 'regex' && valibotAction.requirement === TIMESTAMP_REGEX) {
      const { pattern, ...rest } = jsonSchema;
      return { ...rest, format: 'date-time', pattern };
    }
    // Key order only: zod writes an array's bound before its type.
    if (valibotAction.type === 'max_length' && jsonSchema.type === 'array') {
      const { maxItems, ...rest } = jsonSchema;
      return { maxItems, ...rest };
    }
  },
  overrideSchema({ valibotSchema, jsonSchema }) {
    if (valibotSchema.type === 'object') return { ...jsonSchema, additionalProperties: false };
    if (valibotSchema.type === 'literal') {
      const { const: value, ...rest } = jsonSchema;
      return { type: typeof value, const: value, ...rest };
    }
    if (valibotSchema.type === 'picklist') return { type: 'string', enum: jsonSchema.enum };
    if (valibotSchema.type === 'nullable') {
      const [inner] = jsonSchema.anyOf;
      const keys = Object.keys(inner);
      if (keys.length === 1 && keys[0] === 'type' && typeof inner.type === 'string') return { type: [inner.type, 'null'] };
    }
  },
})`;

/** Every place where two JSON values differ, as JSON Pointer-ish paths. */
function differences(a, b, at = '', out = []) {
  if (isDeepStrictEqual(a, b)) return out;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)]))
      differences(a[key], b[key], `${at}/${key}`, out);
    return out;
  }
  out.push(`${at}: zod ${JSON.stringify(a)?.slice(0, 70)} | valibot ${JSON.stringify(b)?.slice(0, 70)}`);
  return out;
}

/** Sorts keys, so two documents that say the same thing compare equal. */
const canonical = (value) =>
  Array.isArray(value)
    ? value.map(canonical)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((key) => [key, canonical(value[key])]),
        )
      : value;

heading('5. openapi.json from the port with @valibot/to-json-schema');
const openApiEntry = `export { buildOpenApiDocument } from ${JSON.stringify(path.join(root, 'src/api/openapi.ts'))};`;
const zodDocument = (await loadForNode('openapi-zod', openApiEntry)).module.buildOpenApiDocument();
const committed = readFileSync(path.join(root, 'openapi.json'), 'utf8');
print(
  `src/api/openapi.ts (zod) ${committed === `${JSON.stringify(zodDocument, null, 2)}\n` ? 'matches' : 'DOES NOT match'} the committed openapi.json.`,
);
for (const [label, overrides] of [
  ['no options', NO_OVERRIDES],
  ['with the zod-like overrides', ZOD_LIKE],
]) {
  const outfile = path.join(work, `openapi-valibot-${label.length}.mjs`);
  await esbuild.build({
    ...common,
    write: true,
    stdin: { contents: openApiEntry, resolveDir: root, loader: 'ts' },
    outfile,
    platform: 'node',
    format: 'esm',
    plugins: [openApiOnPort(overrides)],
  });
  const valibotDocument = (await import(pathToFileURL(outfile).href)).buildOpenApiDocument();
  const found = differences(canonical(zodDocument), canonical(valibotDocument));
  const sameBytes = JSON.stringify(zodDocument) === JSON.stringify(valibotDocument);
  print(
    `${label}: ${found.length === 0 ? `the same document${sameBytes ? ', byte for byte' : ' (key order differs)'}` : `${found.length} differences`}`,
  );
  // Grouped by the keyword that differs: the same handful of causes repeat in every schema.
  const byKeyword = {};
  for (const line of found) {
    const keyword = line
      .slice(0, line.indexOf(':'))
      .split('/')
      .filter((part) => !/^\d+$/.test(part))
      .pop();
    byKeyword[keyword] = (byKeyword[keyword] ?? 0) + 1;
  }
  for (const [keyword, count] of Object.entries(byKeyword)) print(`  ${lpad(count, 4)} × ${keyword}`);
  for (const line of found.slice(0, 6)) print(`  e.g. ${line}`);
}

// -------------------------------------------------------------------------------------------------
// Verdict
// -------------------------------------------------------------------------------------------------

heading('Verdict (switch if valibot saves ≥ 3 kB min+gzip per widget)');
for (const widget of Object.keys(widgetSchemas)) {
  const alone = schemaBytes[widget];
  const whole = widgetBytes[widget];
  print(
    `${pad(widget, 20)} schemas alone: ${kB(alone.zod.gzip - alone.valibot.gzip)} kB saved` +
      (whole ? `; whole widget: ${kB(whole.zod.gzip - whole.valibot.gzip)} kB saved` : ''),
  );
}
print(
  `Validation of ${ROWS.toLocaleString('en-US')} payouts, valibot/zod: cold ${median(ratios.cold).toFixed(2)}×, warm ${median(ratios.warm).toFixed(2)}×`,
);
