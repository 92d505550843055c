#!/usr/bin/env node
/**
 * `npm run bench`: PayoutHistoryTable over 10,000 payouts against a bare TanStack Table v9
 * table of the same data and columns, in real Chromium (issue 3, item 7).
 *
 * Builds bench/ with Vite (production React) into a temp dir, serves it from 127.0.0.1,
 * and drives it with playwright-core. Each iteration renders one table from scratch and
 * sorts it by Amount, ours and bare back to back (alternating which goes first). Prints
 * the medians and the ratio ours/bare; exits 1 when a ratio exceeds the budget.
 *
 * The judged ratio is the median of the per-iteration ratios: each pair runs within a few
 * milliseconds of each other, so a busy machine (CI neighbours, other test runs) slows
 * both sides of a pair alike, where a ratio of two medians taken over the whole run can
 * swing well past the budget on noise alone. Both are printed.
 *
 * Not a timed test: numbers vary by machine, only the ratio is judged.
 *
 * Env: BENCH_ITERATIONS (default 15), BENCH_WARMUP (default 3), BENCH_BUDGET (default 1.5),
 * CHROMIUM_PATH (default /usr/bin/chromium).
 */
import { chromium } from 'playwright-core';
import { buildAndServePage } from './built-page.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './ensure-chromium.mjs';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 15);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const BUDGET = Number(process.env.BENCH_BUDGET ?? 1.5);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function main() {
  let site;
  let browser;
  try {
    site = await buildAndServePage('bench');
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(site.url);
    await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 30_000 });
    const rows = await page.evaluate(() => window.__bench.rows);

    const samples = {
      ours: { render: [], sort: [], commit: [] },
      bare: { render: [], sort: [], commit: [] },
    };
    const pairedRatios = { render: [], sort: [] };
    for (let iteration = 0; iteration < WARMUP + ITERATIONS; iteration++) {
      // Alternate which goes first, so neither always runs on a warmer page.
      const order = iteration % 2 ? ['bare', 'ours'] : ['ours', 'bare'];
      const pair = {};
      for (const kind of order) {
        const timing = await page.evaluate((k) => window.__bench.run(k), kind);
        pair[kind] = timing;
        if (timing.rows !== 10 || timing.firstAmountBefore === timing.firstAmountAfter) {
          throw new Error(`${kind}: the table did not render or sort (${JSON.stringify(timing)})`);
        }
        if (kind === 'ours' && iteration === 0) console.log(`ours holds ${rows} payouts: "${timing.pageOf}"`);
        if (iteration >= WARMUP) {
          samples[kind].render.push(timing.render);
          samples[kind].sort.push(timing.sort);
          samples[kind].commit.push(timing.renderCommit);
        }
      }
      if (iteration >= WARMUP) {
        pairedRatios.render.push(pair.ours.render / pair.bare.render);
        pairedRatios.sort.push(pair.ours.sort / pair.bare.sort);
      }
    }
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);

    console.log(
      `PayoutHistoryTable vs bare @tanstack/react-table, ${rows} payouts, ${ITERATIONS} runs (+${WARMUP} warm-up), medians:`,
    );
    let failed = false;
    for (const phase of ['render', 'sort']) {
      const ours = median(samples.ours[phase]);
      const bare = median(samples.bare[phase]);
      const ratio = median(pairedRatios[phase]);
      const over = ratio > BUDGET;
      failed ||= over;
      console.log(
        `${phase.padEnd(7)} ours ${ours.toFixed(1)} ms  bare ${bare.toFixed(1)} ms  ratio ${ratio.toFixed(2)} (budget ${BUDGET})` +
          `  [ratio of medians ${(ours / bare).toFixed(2)}]${over ? '  OVER BUDGET' : ''}`,
      );
    }
    console.log(
      `  (render before layout: ours ${median(samples.ours.commit).toFixed(1)} ms  bare ${median(samples.bare.commit).toFixed(1)} ms)`,
    );
    process.exitCode = failed ? 1 : 0;
  } finally {
    await browser?.close();
    await site?.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
