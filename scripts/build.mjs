// Compiles the TypeScript under src/ and scripts/ to plain JavaScript in dist/ with esbuild
// (one output file per source file, no bundling, so paths and `import.meta.url` keep their
// meaning) and copies the non-TypeScript files the code reads (the web chat page, the
// dashboard's page and browser modules) next to the compiled modules.
//
// It only transpiles: type errors are `npm run typecheck`'s job (part of `npm test`). That
// keeps a build at about a second, so `npm start` can rebuild whenever a source changed.
//
//   node scripts/build.mjs            build when the sources changed since the last build
//   node scripts/build.mjs --force    build anyway
//
// dist/.build-stamp records a fingerprint of the sources (path, size, mtime of each file);
// `isBuildCurrent()` compares it, so a changed, added or removed file triggers a rebuild.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The project root (the folder above scripts/). */
export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const DIST = join(ROOT, 'dist');
const STAMP = join(DIST, '.build-stamp');
/** Folders whose TypeScript is compiled. */
const SOURCE_DIRS = ['src', 'scripts'];
/** Non-TypeScript files copied next to their compiled modules (read at run time). */
const ASSET = /\.(html|css|svg|png|ico)$/;
/** Browser modules are plain JS, not compiled: only those under an assets/ folder. */
const BROWSER_MODULE = /[\\/]assets[\\/][^\\/]+\.js$/;

/** Every file under `dir` (relative to ROOT), sorted. */
function listFiles(dir) {
  const absolute = join(ROOT, dir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

function sourceFiles() {
  return SOURCE_DIRS.flatMap(listFiles).filter((path) => !path.endsWith('.d.ts'));
}

/** A fingerprint of the sources: changes when a file is edited, added or removed. */
export function sourceFingerprint() {
  const hash = createHash('sha256');
  for (const path of sourceFiles()) {
    const stats = statSync(join(ROOT, path));
    hash.update(`${path}\0${stats.size}\0${stats.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/** Whether dist/ holds a build of the current sources. */
export function isBuildCurrent() {
  if (!existsSync(STAMP)) return false;
  return readFileSync(STAMP, 'utf8').trim() === sourceFingerprint();
}

/**
 * Builds dist/ from the sources. Needs esbuild (a dev dependency): a production install
 * (`npm ci --omit=dev`) runs the dist/ it was shipped with instead.
 * @returns the build's duration in milliseconds.
 */
export async function build() {
  const started = performance.now();
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error('cannot build: esbuild is not installed (run `npm install`, which installs the dev dependencies)');
  }
  const fingerprint = sourceFingerprint();
  const files = sourceFiles();
  const entryPoints = files.filter((path) => path.endsWith('.ts')).map((path) => join(ROOT, path));
  rmSync(DIST, { recursive: true, force: true });
  mkdirSync(DIST, { recursive: true });
  try {
    await esbuild.build({
      entryPoints,
      outdir: DIST,
      outbase: ROOT,
      format: 'esm',
      platform: 'node',
      target: 'node24',
      sourcemap: true,
      bundle: false,
      logLevel: 'warning',
    });
  } finally {
    // esbuild's service process would otherwise live as long as the app `npm start` runs in
    // this same process (≈ 120 MB of RSS of its own, seen after a start that rebuilt).
    await esbuild.stop();
  }
  for (const path of files) {
    if (ASSET.test(path) || BROWSER_MODULE.test(path)) cpSync(join(ROOT, path), join(DIST, path));
  }
  writeFileSync(STAMP, `${fingerprint}\n`);
  return performance.now() - started;
}

/**
 * Builds when dist/ is missing or older than the sources; returns the ms spent, or 0.
 * Processes started at once (tests that each start the app, a second `npm start`) build one
 * at a time, and a process that waited finds the build done: otherwise one would empty
 * dist/ while another was loading modules from it.
 */
export async function ensureBuilt() {
  if (isBuildCurrent()) return 0;
  const hasSources = existsSync(join(ROOT, 'src', 'main.ts'));
  if (!hasSources) return 0; // a runtime copy with dist/ only (the Docker image)
  return withBuildLock(() => (isBuildCurrent() ? 0 : build()));
}

/** Held while building: a folder, since creating one is atomic (it exists or it is ours). */
const LOCK = join(ROOT, '.build-lock');
/** A lock older than this was left by a build that died (a build takes about a second). */
const STALE_LOCK_MS = 60_000;

async function withBuildLock(work) {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if (error?.code !== 'EEXIST') throw error;
      const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const force = process.argv.includes('--force');
  const ms = force ? await withBuildLock(build) : await ensureBuilt();
  console.log(ms > 0 ? `build: compiled src/ and scripts/ to dist/ in ${(ms / 1000).toFixed(1)} s` : 'build: dist/ is up to date');
}
