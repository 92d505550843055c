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

/**
 * Debian's chromium brings Latin, Greek, Cyrillic, Arabic and Hebrew glyphs (DejaVu,
 * Liberation) but no Japanese: the ja-JP stories would render as empty boxes, and the visual
 * regression baselines were made with this font (the one Playwright's own setup installs).
 */
const JAPANESE_FONT = {
  file: '/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf',
  pkg: 'fonts-ipafont-gothic',
};

function ensureJapaneseFont(isRoot) {
  if (existsSync(JAPANESE_FONT.file)) return;
  if (!isRoot) {
    process.stderr.write(
      `No Japanese font: Japanese stories will not match their screenshots.\nInstall it with:  sudo apt-get install -y ${JAPANESE_FONT.pkg}\n`,
    );
    return;
  }
  process.stdout.write(`No Japanese font: installing Debian's ${JAPANESE_FONT.pkg} with apt-get…\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['install', '-y', '-qq', JAPANESE_FONT.pkg], { stdio: 'inherit', env });
  } catch {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', JAPANESE_FONT.pkg], { stdio: 'inherit', env });
  }
}

export function ensureChromium() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  ensureJapaneseFont(isRoot);
  if (existsSync(chromiumPath)) return chromiumPath;
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
