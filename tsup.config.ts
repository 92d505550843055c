/**
 * Build: ESM + CJS + .d.ts for each JS entry of package.md, and one stylesheet.
 *
 * - Widgets and hooks carry a `"use client"` banner for React Server Components hosts;
 *   the mocks entry does not (it is for tests and Storybook, not for rendering).
 * - react, react-dom, msw and the dependencies stay external (tsup's default for
 *   dependencies and peers), so hosts dedupe them.
 * - Module-level calls (schemas, createContext, table features) are marked
 *   `/*#__PURE__*\/` in source, so bundlers drop the ones a host does not import.
 */
import { defineConfig, type Options } from 'tsup';

/** The locales shipped on their own subpaths (`@revampd/connection-ui/locales/<tag>`). */
const LOCALES = ['fr-FR', 'es-ES', 'de-DE', 'pt-BR', 'ja-JP', 'ar'];

const shared: Options = {
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  outDir: 'dist',
  splitting: false,
  // tsup's own Rollup tree-shaking pass would drop the "use client" banner (toolchain.md);
  // esbuild already removes dead code while bundling.
  treeshake: false,
  external: ['react', 'react-dom', 'react/jsx-runtime', 'msw', 'msw/node', 'msw/browser'],
};

export default defineConfig([
  {
    // ESM: every source module is an entry, so the output keeps module boundaries (dist/
    // mirrors src/, shared code in dist/chunk-*.js). A host's bundler then splits and
    // tree-shakes at the module level: a page that imports only the portal loads the Plan
    // section first and each other section's code on demand, not one chunk of every widget
    // a coarser library build would glue together. esbuild writes the banner on every file,
    // so each stays a client module. Types come from index and headless only.
    ...shared,
    format: ['esm'],
    splitting: true,
    entry: ['src/**/*.{ts,tsx}', '!src/**/*.test.{ts,tsx}', '!src/locales/**', '!src/api/openapi.ts'],
    dts: { entry: { index: 'src/index.ts', headless: 'src/headless.ts' } },
    banner: { js: '"use client";' },
  },
  {
    // CJS has no code splitting: the sections are inlined (a `require` in a promise).
    ...shared,
    format: ['cjs'],
    entry: { index: 'src/index.ts', headless: 'src/headless.ts' },
    banner: { js: '"use client";' },
  },
  {
    ...shared,
    entry: { mocks: 'mocks/index.ts' },
  },
  {
    // Locales are data only: no "use client" banner, and each its own file so a host
    // downloads only the languages it imports.
    ...shared,
    entry: Object.fromEntries(LOCALES.map((tag) => [`locales/${tag}`, `src/locales/${tag}.ts`])),
  },
  {
    entry: { styles: 'src/styles.css' },
    outDir: 'dist',
    minify: true,
  },
]);
