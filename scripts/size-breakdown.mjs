/**
 * What a bundle of some imports is made of: bundles `entry` (an ES module's source text)
 * with esbuild the way size-limit does, minified, React left external, and lists the
 * largest contributors by package (or by file, for this repo's own sources).
 *
 *   node scripts/size-breakdown.mjs "export { WalletCard } from './src/index.ts'"
 *
 * Imports in `entry` resolve from the repository root (found from this file, so any clone
 * and any working directory will do), as size-limit's entries in package.json do.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = process.argv[2];
/** How many of the largest contributors to list. */
const TOP = 25;

if (!entry) {
  process.stderr.write(
    'Usage: node scripts/size-breakdown.mjs "<module source>"\n' +
      `  e.g. node scripts/size-breakdown.mjs "export { WalletCard } from './src/index.ts'"\n`,
  );
  process.exit(1);
}

const result = await esbuild.build({
  stdin: { contents: entry, resolveDir: root, loader: 'js' },
  // Files are then listed as `src/…`, wherever the script was started from.
  absWorkingDir: root,
  bundle: true,
  minify: true,
  write: false,
  metafile: true,
  external: ['react', 'react-dom', 'react/jsx-runtime'],
  format: 'esm',
  platform: 'browser',
});

/** `node_modules/@scope/name/…` → `@scope/name`, `node_modules/name/…` → `name`; else the file. */
function ownerOf(file) {
  const [, inPackage] = file.split('node_modules/');
  if (inPackage === undefined) return file;
  return inPackage
    .split('/')
    .slice(0, inPackage.startsWith('@') ? 2 : 1)
    .join('/');
}

const bytesByOwner = {};
for (const output of Object.values(result.metafile.outputs)) {
  for (const [file, input] of Object.entries(output.inputs)) {
    const owner = ownerOf(file);
    bytesByOwner[owner] = (bytesByOwner[owner] ?? 0) + input.bytesInOutput;
  }
}

console.log(
  Object.entries(bytesByOwner)
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP)
    .map(([owner, bytes]) => `${(bytes / 1024).toFixed(1)}K ${owner}`)
    .join('\n'),
);
