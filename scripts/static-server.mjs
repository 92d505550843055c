/**
 * A static file server on 127.0.0.1 for a built folder (storybook-static/, a Vite build):
 * only paths inside the folder, a content type per extension, 404 otherwise. One place for
 * the scripts that photograph or measure a build (`npm run screenshots`, `npm run bench`,
 * `npm run check:memory`) and the visual regression run, which starts it as a command:
 *   node scripts/static-server.mjs <dir> <port>
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * Serves `dir` until `server.close()`.
 * @param {string} dir an absolute folder
 * @param {number} [port] 0 (the default) picks a free one; read it from `server.address().port`
 * @returns {Promise<import('node:http').Server>}
 */
export function serveDir(dir, port = 0) {
  const root = path.resolve(dir);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = path.join(root, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname));
    if (!file.startsWith(root + path.sep)) return void response.writeHead(403).end();
    try {
      const body = await readFile(file);
      // Built assets carry a content hash in their name: a browser may keep them, so a run
      // that opens hundreds of pages compiles each bundle once. Pages and data stay fresh.
      const hashed = /-[\w-]{8,}\.(js|css|woff2)$/.test(file);
      response.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

// Run directly: serve a folder on a fixed port (Playwright's `webServer` starts it this way).
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir, port] = process.argv.slice(2);
  if (!dir || !port) {
    process.stderr.write('usage: node scripts/static-server.mjs <dir> <port>\n');
    process.exit(2);
  }
  await serveDir(dir, Number(port));
  process.stdout.write(`serving ${dir} on http://127.0.0.1:${port}/\n`);
}
