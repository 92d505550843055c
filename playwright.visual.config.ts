/**
 * Visual regression (`npm run test:visual`, a step of `npm test`): every story of the built
 * Storybook in light and dark, and the portal at 320 and 1280 px, photographed in Debian's
 * Chromium and compared with the committed baselines in test/visual/baselines/.
 * After a deliberate visual change: `npm run build-storybook && npm run visual:update`, look
 * at the changed PNGs in the diff, commit them.
 */
import { defineConfig } from 'playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/ensure-chromium.mjs';

const port = Number(process.env.VISUAL_PORT ?? 6107);

export default defineConfig({
  testDir: 'test/visual',
  testMatch: '*.visual.ts',
  // One baseline per story and scheme, no platform suffix: CI and this machine run the same
  // Debian Chromium with the same fonts (the ones its package pulls in).
  snapshotPathTemplate: '{testDir}/baselines/{arg}{ext}',
  outputDir: '.visual-results',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  reporter: [['line'], ['json', { outputFile: '.vitest-reports/visual.json' }]],
  timeout: 60_000,
  expect: {
    timeout: 15_000,
    toHaveScreenshot: {
      // `threshold` is pixelmatch's per-pixel colour distance and anti-aliased pixels are not
      // counted, so font smoothing noise passes; a border moved by 1 px changes a whole line of
      // pixels, far more than `maxDiffPixels`.
      threshold: 0.2,
      maxDiffPixels: 8,
      animations: 'disabled',
      caret: 'hide',
      scale: 'css',
    },
  },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath,
      args: [...CHROMIUM_ARGS, '--force-color-profile=srgb', '--font-render-hinting=none'],
    },
    viewport: { width: 1024, height: 720 },
    deviceScaleFactor: 1,
    locale: 'en-US',
    timezoneId: 'UTC',
    colorScheme: 'light',
    reducedMotion: 'reduce',
  },
  webServer: {
    command: `node scripts/static-server.mjs storybook-static ${port}`,
    url: `http://127.0.0.1:${port}/index.json`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
