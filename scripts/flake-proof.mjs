/**
 * `npm run flake-proof`: the whole Vitest run, N times in a row (default 5), while one CPU hog per
 * core runs beside it. Stops at the first failing run and names its failing tests. This is how
 * timing-dependent tests are found: a test that waits for a duration instead of a condition
 * fails here long before it fails in CI.
 *   RUNS=5 HOGS=2 npm run flake-proof
 */
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { mkdirSync, readFileSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';

const runs = Number(process.env.RUNS ?? 5);
const hogCount = Number(process.env.HOGS ?? availableParallelism());
const chromium = ensureChromium();
mkdirSync('.vitest-reports', { recursive: true });

// `yes > /dev/null` is the classic busy loop: one full core each, no memory, no I/O.
const hogs = Array.from({ length: hogCount }, () =>
  spawn('sh', ['-c', 'exec yes > /dev/null'], { stdio: 'ignore' }),
);
const stopHogs = () => hogs.forEach((hog) => hog.kill('SIGKILL'));
process.on('exit', stopHogs);

let passedRuns = 0;
for (let index = 1; index <= runs; index++) {
  const report = `.vitest-reports/flake-proof-${index}.json`;
  const started = Date.now();
  const result = spawnSync('npx', ['vitest', 'run'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, VITEST_JSON: report, CHROMIUM_PATH: chromium },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const results = JSON.parse(readFileSync(report, 'utf8'));
  const failures = (results.testResults ?? []).flatMap((file) =>
    (file.assertionResults ?? [])
      .filter((test) => test.status === 'failed')
      .map(
        (test) =>
          `${file.name} › ${test.fullName}\n      ${String(test.failureMessages?.[0] ?? '').split('\n')[0]}`,
      ),
  );
  process.stdout.write(
    `run ${index}/${runs} beside ${hogCount} CPU hogs: ${results.numPassedTests} passed, ${results.numFailedTests} failed (${seconds} s)\n`,
  );
  for (const failure of failures) process.stdout.write(`  ✘ ${failure}\n`);
  if (result.status !== 0) break;
  passedRuns++;
}
stopHogs();
process.stdout.write(
  `\n${passedRuns} of ${runs} whole Vitest runs passed in a row beside ${hogCount} CPU hogs\n`,
);
process.exit(passedRuns === runs ? 0 : 1);
