/**
 * What the example-host checks share (scripts/host-app-check.mjs, scripts/next-app-check.mjs):
 * a PASS/FAIL log with cleanups, `npm pack` of this package (built first if dist is missing),
 * and installing an example under examples/ from that tarball, the way a host installs the
 * published package.
 *
 * Each example's package.json depends on `file:../../<name>-<version>.tgz` (where `npm pack`
 * at the root leaves it; *.tgz is git-ignored) and the install runs with `--no-package-lock`:
 * the tarball's integrity changes with every build, so a committed lockfile would be stale
 * after every change, and `npm ci` would refuse it. Direct dependencies are pinned exactly
 * in the example's package.json instead.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// -------------------------------------------------------------------------------------------------
// PASS/FAIL log
// -------------------------------------------------------------------------------------------------

/**
 * One check's log: `pass`, `fail` and `check` print a line each; `failures` counts the FAILs;
 * `cleanups` run last first on `cleanup()`, each allowed to fail.
 */
export function createCheckLog() {
  const started = Date.now();
  const cleanups = [];
  const log = {
    failures: 0,
    cleanups,
    pass(label, detail = '') {
      process.stdout.write(`PASS ${label}${detail ? ` — ${detail}` : ''}\n`);
    },
    fail(label, detail = '') {
      log.failures++;
      process.stdout.write(`FAIL ${label}${detail ? ` — ${detail}` : ''}\n`);
    },
    check(ok, label, detail = '') {
      (ok ? log.pass : log.fail)(label, detail);
      return ok;
    },
    elapsed() {
      return `${((Date.now() - started) / 1000).toFixed(1)} s`;
    },
    async cleanup() {
      for (const task of cleanups.splice(0).reverse()) {
        try {
          await task();
        } catch {
          // Best effort: a failed cleanup must not hide the check's result.
        }
      }
    },
  };
  return log;
}

// -------------------------------------------------------------------------------------------------
// Commands
// -------------------------------------------------------------------------------------------------

/** Runs a command quietly; throws with its output when it fails, returns its stdout. */
export function run(command, args, cwd, { quiet = true, env = {} } = {}) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} (in ${path.relative(root, cwd) || '.'}) exited ${result.status}\n${result.stdout}\n${result.stderr}`,
    );
  }
  if (!quiet) process.stdout.write(result.stdout);
  return result.stdout;
}

// -------------------------------------------------------------------------------------------------
// Pack
// -------------------------------------------------------------------------------------------------

/** Every file path named by an exports map, however deeply nested its conditions are. */
export function exportTargets(exportsField) {
  const targets = [];
  const walk = (value) => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(exportsField);
  return [...new Set(targets)];
}

/**
 * `npm pack` into a temp directory (removed on cleanup), after `npm run build` if dist lacks
 * any exports-map target. Checks that the tarball holds every target and no sources.
 * @returns {{ tarball: string, pkg: Record<string, any> }}
 */
export function packTarball(log) {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const needed = exportTargets(pkg.exports).filter((target) => target.startsWith('./dist/'));
  if (needed.some((target) => !existsSync(path.join(root, target)))) {
    process.stdout.write('dist is missing or incomplete: npm run build\n');
    run('npm', ['run', 'build', '--silent'], root);
  }

  const packDir = mkdtempSync(path.join(tmpdir(), 'rvp-pack-'));
  log.cleanups.push(() => rmSync(packDir, { recursive: true, force: true }));
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', packDir], root));
  const tarball = path.join(packDir, packed.filename);
  log.check(
    existsSync(tarball),
    'npm pack',
    `${packed.filename}, ${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} KB`,
  );

  const files = new Set(packed.files.map((file) => file.path));
  const missing = exportTargets(pkg.exports).filter((target) => !files.has(target.replace(/^\.\//, '')));
  log.check(
    missing.length === 0,
    'every exports-map target is in the tarball',
    missing.length ? `missing: ${missing.join(', ')}` : `${files.size} files`,
  );
  const leaked = [...files].filter((file) => /^(src|mocks|test|stories|examples)\//.test(file));
  log.check(leaked.length === 0, 'the tarball ships dist only, not sources', leaked.slice(0, 5).join(', '));
  return { tarball, pkg };
}

// -------------------------------------------------------------------------------------------------
// Install an example from the tarball
// -------------------------------------------------------------------------------------------------

/**
 * Installs `exampleDir` (a folder under examples/) from this run's tarball and checks that
 * the installed copy is the real, packed one: no symlink, no sources, byte for byte this
 * checkout's dist. `installArgs` are added to `npm install`.
 * @returns {string} the installed package's directory
 */
export function installFromTarball(log, { exampleDir, tarball, pkg, installArgs = [] }) {
  const name = path.relative(root, exampleDir);
  const examplePkg = JSON.parse(readFileSync(path.join(exampleDir, 'package.json'), 'utf8'));
  const spec = examplePkg.dependencies?.[pkg.name] ?? '';
  if (
    !log.check(
      spec.startsWith('file:') && spec.endsWith('.tgz'),
      'the example depends on a packed tarball',
      spec,
    )
  ) {
    throw new Error(`${name}/package.json must depend on the tarball`);
  }
  // The example names the tarball where `npm pack` at the root leaves it; put this run's
  // tarball there (git-ignored), and take it away again afterwards if it was not there.
  const expected = path.resolve(exampleDir, spec.slice('file:'.length));
  if (path.basename(expected) !== path.basename(tarball)) {
    throw new Error(
      `the example expects ${path.basename(expected)} but npm pack made ${path.basename(tarball)}: update ${name}/package.json`,
    );
  }
  const existed = existsSync(expected);
  copyFileSync(tarball, expected);
  if (!existed) log.cleanups.push(() => rmSync(expected, { force: true }));

  // npm may keep an already-installed 0.1.0 when only the tarball's bytes changed: drop it.
  const installed = path.join(exampleDir, 'node_modules', ...pkg.name.split('/'));
  rmSync(installed, { recursive: true, force: true });
  rmSync(path.join(exampleDir, 'node_modules/.package-lock.json'), { force: true });
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error', ...installArgs],
    exampleDir,
  );

  const realCopy = existsSync(installed) && !lstatSync(installed).isSymbolicLink();
  log.check(
    realCopy && !existsSync(path.join(installed, 'src')) && existsSync(path.join(installed, 'dist/index.js')),
    'the example installed the packed copy (no symlink, no sources)',
    installed.replace(root + path.sep, ''),
  );

  // npm must not have kept a stale copy: the installed build is byte for byte this dist.
  const same = ['dist/index.js', 'dist/index.cjs', 'dist/styles.css'].every(
    (file) =>
      existsSync(path.join(installed, file)) &&
      readFileSync(path.join(installed, file)).equals(readFileSync(path.join(root, file))),
  );
  log.check(same, "the installed build is this checkout's dist", 'dist/index.js, index.cjs, styles.css');
  return installed;
}

/** The version of `dependency` installed in `exampleDir`, or null. */
export function installedVersion(exampleDir, dependency) {
  const file = path.join(exampleDir, 'node_modules', ...dependency.split('/'), 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : null;
}
