/**
 * Three test projects (run all with `npm test`, one with `vitest run --project NAME`):
 * - unit: jsdom + Testing Library + msw/node — logic, hooks, widgets, faults.md cases;
 * - browser: real Chromium (Debian's /usr/bin/chromium via playwright-core) — focus,
 *   keyboard, CSS, axe, CSP: what only a browser decides;
 * - storybook: every story is a test in that Chromium; axe violations fail it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { defineConfig } from 'vitest/config';

const dirname = path.dirname(fileURLToPath(import.meta.url));
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, launched as the toolchain notes measured to work as root in CI. */
const chromium = () =>
  playwright({
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-dev-shm-usage',
      ],
    },
  });

// Each project names its one instance: two unnamed chromium instances would both be
// called "… (chromium)" and Vitest refuses duplicate project names.
const browser = (name: string) => ({
  enabled: true,
  headless: true,
  provider: chromium(),
  instances: [{ browser: 'chromium' as const, name }],
  screenshotFailures: false,
});

export default defineConfig({
  plugins: [react()],
  // Pre-bundle every dependency the browser suites import: Vite discovering one mid-run
  // reloads the page and can load React twice ("reading 'useContext'" of null).
  optimizeDeps: {
    include: [
      'react',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'react-dom',
      'react-dom/client',
      'react-dom/server',
      '@radix-ui/react-tabs',
      '@tanstack/react-query',
      '@tanstack/react-table',
      'valibot',
      'msw',
      'msw/browser',
      'axe-core',
      '@testing-library/react',
      '@testing-library/dom',
      '@testing-library/user-event',
    ],
  },
  test: {
    // Tests wait for conditions (findBy, waitFor, expect.poll), never for durations. On a
    // loaded 2-core CI machine one step can take seconds, so the budgets are generous: a
    // broken behaviour still fails, only later; a slow machine no longer fails a correct one.
    // (`npm run flake-proof` runs the whole suite 5 times beside CPU hogs to prove it.)
    testTimeout: 60_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 15_000 } },
    reporters: process.env.VITEST_JSON
      ? ['default', ['json', { outputFile: process.env.VITEST_JSON }]]
      : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
          exclude: ['**/*.browser.test.{ts,tsx}', 'node_modules/**'],
          setupFiles: ['test/setup/unit.ts'],
          restoreMocks: true,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          globals: true,
          include: ['src/**/*.browser.test.{ts,tsx}', 'test/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['test/setup/browser.ts'],
          browser: browser('browser (chromium)'),
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        test: {
          name: 'storybook',
          // No setup file: since Storybook 10.3 the plugin applies .storybook/preview and the
          // addons' annotations (a11y included) to every story test itself.
          browser: browser('storybook (chromium)'),
        },
      },
    ],
  },
});
