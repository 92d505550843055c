#!/usr/bin/env node
/**
 * `npm run check:memory` (faults.md 38; issues 9 and 14): a host mounts and unmounts
 * ConnectionPortal 200 times. Prints the retained JS heap after forced garbage collection
 * before and after, and what is still running after the last unmount: timeouts, intervals
 * and requests in flight. Fails when the heap grew more than the budget or anything is
 * left running.
 *
 * Builds bench/memory with Vite (production React), serves it from 127.0.0.1 and drives it
 * in Debian's Chromium through playwright-core; the heap is read over the DevTools
 * protocol (`HeapProfiler.collectGarbage`, `Runtime.getHeapUsage`). The first cycles warm
 * up (JIT, module caches, the mock store's scopes) before the first reading.
 *
 * Env: MEMORY_CYCLES (default 200), MEMORY_WARMUP (default 20), MEMORY_BUDGET_BYTES
 * (default 1 MiB), CHROMIUM_PATH.
 */
import { chromium } from 'playwright-core';
import { buildAndServePage } from './built-page.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './ensure-chromium.mjs';

const CYCLES = Number(process.env.MEMORY_CYCLES ?? 200);
const WARMUP = Number(process.env.MEMORY_WARMUP ?? 20);
const BUDGET = Number(process.env.MEMORY_BUDGET_BYTES ?? 1024 * 1024);
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

async function main() {
  let site;
  let browser;
  try {
    site = await buildAndServePage('bench/memory');
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(site.url);
    await page.waitForFunction(() => window.__memory !== undefined, null, { timeout: 30_000 });
    const cdp = await page.context().newCDPSession(page);

    async function retainedHeap() {
      // Several passes: a first collection can leave objects that only the next one frees.
      for (let pass = 0; pass < 3; pass++) await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize;
    }

    await page.evaluate((count) => window.__memory.run(count), WARMUP);
    const before = await retainedHeap();
    const started = Date.now();
    await page.evaluate((count) => window.__memory.run(count), CYCLES);
    const seconds = (Date.now() - started) / 1000;
    // Let anything scheduled for "just after" run (effects' cleanups, aborted requests).
    await page.waitForTimeout(300);
    const after = await retainedHeap();
    const running = await page.evaluate(() => window.__memory.running());

    const growth = after - before;
    const leftOver = running.timeouts + running.intervals + running.requests + running.nodes;
    console.log(
      `ConnectionPortal mounted and unmounted ${CYCLES} times (+${WARMUP} warm-up) in ${seconds.toFixed(1)} s`,
    );
    console.log(
      `retained heap: ${kb(before)} → ${kb(after)}, growth ${kb(growth)} (budget ${kb(BUDGET)})${growth > BUDGET ? '  OVER BUDGET' : ''}`,
    );
    console.log(
      `after the last unmount: ${running.timeouts} timeouts, ${running.intervals} intervals, ` +
        `${running.requests} requests in flight, ${running.nodes} nodes left${leftOver > 0 ? '  LEFT RUNNING' : ''}`,
    );
    if (errors.length > 0) console.log(`page errors: ${errors.slice(0, 3).join(' | ')}`);
    process.exitCode = growth > BUDGET || leftOver > 0 || errors.length > 0 ? 1 : 0;
  } finally {
    await browser?.close();
    await site?.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
