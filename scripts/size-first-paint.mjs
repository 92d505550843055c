#!/usr/bin/env node
/**
 * `npm run size:first-paint`: the JavaScript a host downloads before the portal's first
 * section paints (issue 14), measured the way a host ships it: a Vite production build (the
 * bundler most hosts use; Rollup semantics, code splitting) of a page that imports
 * `RevampdProvider` and `ConnectionPortal` from the built package (dist/, ESM), React left
 * external. The entry chunk and every chunk it imports statically load before Plan paints;
 * the sections reached through `import()` load later (tab hovered, focused or picked).
 * Prints both figures (each file min + gzip, summed) and exits 1 when the first is over
 * budget.
 *
 * Env: FIRST_PAINT_BUDGET_KB (default 44.8).
 *
 * The budget is today's figure plus 0.3 KB, so growth fails, not issue 14's target of 35 KB,
 * which is not met (README, "Performance"). The 0.3 KB is the build's own jitter: tsup names
 * chunks by hash, the hashes differ between checkouts, and the order of the entry's chunk
 * imports, hence gzip's figure, moves by up to ±0.25 KB for the same commit. 44.5 KB since
 * the messages (one module per section) and the API's schemas, endpoints and query
 * factories (one module per resource) stopped landing whole in the first chunk; 53.0 KB
 * before that, 59.8 KB with zod/mini. Before Plan paints the page needs TanStack Query
 * (≈ 9.8 KB) and Radix Tabs (≈ 9.4 KB) whatever we write, then valibot's core, the provider,
 * the transport, the portal's shell, the alerts and the menu (README, "Performance").
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const budgetKb = Number(process.env.FIRST_PAINT_BUDGET_KB ?? 44.8);
const work = mkdtempSync(path.join(tmpdir(), 'rvp-first-paint-'));

try {
  const entry = path.join(work, 'host.js');
  writeFileSync(
    entry,
    `import { RevampdProvider, ConnectionPortal } from ${JSON.stringify(path.join(root, 'dist/index.js'))};\n` +
      'export { RevampdProvider, ConnectionPortal };\n',
  );
  const output = await build({
    configFile: false,
    logLevel: 'error',
    root: work,
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['es'], fileName: 'host' },
      rollupOptions: { external: [/^react(\/.*)?$/, /^react-dom(\/.*)?$/] },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output])
    .flatMap((result) => result.output)
    .filter((item) => item.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const gzipped = (chunk) => gzipSync(chunk.code).length;

  const firstPaint = new Set();
  const visit = (chunk) => {
    if (firstPaint.has(chunk)) return;
    firstPaint.add(chunk);
    for (const file of chunk.imports) if (byName.has(file)) visit(byName.get(file));
  };
  visit(chunks.find((chunk) => chunk.isEntry));

  const kb = (bytes) => (bytes / 1024).toFixed(1);
  const firstBytes = [...firstPaint].reduce((sum, chunk) => sum + gzipped(chunk), 0);
  const allBytes = chunks.reduce((sum, chunk) => sum + gzipped(chunk), 0);
  process.stdout.write(
    `ConnectionPortal before its first section paints: ${kb(firstBytes)} KB in ${firstPaint.size} file(s), min + gzip\n` +
      `ConnectionPortal with every section loaded:       ${kb(allBytes)} KB in ${chunks.length} file(s)\n` +
      `budget before first paint: ${budgetKb} KB\n`,
  );
  if (firstBytes / 1024 > budgetKb) {
    process.stdout.write(`✘ over budget by ${kb(firstBytes - budgetKb * 1024)} KB\n`);
    process.exitCode = 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
