/**
 * Browser tests need a real Chromium. Playwright cannot download browsers here, so the
 * tests launch Debian's /usr/bin/chromium (or $CHROMIUM_PATH). When it is missing this
 * installs it as root with apt-get, or says exactly what to run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Launch flags for headless Chromium here (root, no GPU, a closed network): without the
 * background-networking flags Chromium keeps dialling Google hosts that are refused.
 * vitest.config.ts repeats them because a TypeScript config cannot import this file typed.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export function ensureChromium() {
  if (existsSync(chromiumPath)) return chromiumPath;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || process.env.CHROMIUM_PATH) {
    process.stderr.write(
      `No Chromium at ${chromiumPath}.\nInstall it with:  sudo apt-get update && sudo apt-get install -y chromium\n` +
        `or point CHROMIUM_PATH at a Chromium or Chrome binary.\n`,
    );
    process.exit(1);
  }
  process.stdout.write(`No Chromium at ${chromiumPath}: installing Debian's chromium with apt-get…\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (!existsSync(chromiumPath)) {
    process.stderr.write(`apt-get finished but ${chromiumPath} is still missing.\n`);
    process.exit(1);
  }
  return chromiumPath;
}

// Run directly (`npm run ensure-chromium`), not imported. Compared as URLs, so a clone whose
// path has spaces or non-ASCII characters still matches.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`Chromium: ${ensureChromium()}\n`);
}
