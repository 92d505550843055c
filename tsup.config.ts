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
    ...shared,
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
    entry: { 'locales/fr-FR': 'src/locales/fr-FR.ts' },
  },
  {
    entry: { styles: 'src/styles.css' },
    outDir: 'dist',
    minify: true,
  },
]);
