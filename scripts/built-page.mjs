/**
 * Builds one of the measuring pages under bench/ with Vite (production React) into a temp
 * dir and serves it from 127.0.0.1, for the scripts that drive it in Chromium
 * (`npm run bench`, `npm run check:memory`). One place, so both measure the same kind of
 * build the same way.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { serveDir } from './static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/**
 * Builds `bench/<page>` and serves it. Returns its URL and `close()`, which stops the
 * server and removes the build.
 * @param {string} page a folder under the repo, e.g. `bench` or `bench/memory`
 */
export async function buildAndServePage(page) {
  const outDir = await mkdtemp(path.join(tmpdir(), 'rvp-page-'));
  try {
    await build({
      configFile: false,
      root: path.join(root, page),
      base: './',
      mode: 'production',
      logLevel: 'warn',
      plugins: [react()],
      publicDir: false,
      build: { outDir, emptyOutDir: true, reportCompressedSize: false },
    });
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
  const server = await serveDir(outDir);
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
