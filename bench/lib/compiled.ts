/**
 * The bench's child processes run compiled JavaScript, as production does (`npm start`
 * runs dist/ through scripts/launch.mjs, with no TypeScript loader): before the first
 * child starts, dist/ is built when the sources changed (`node scripts/build.mjs`, the
 * same build `npm start` triggers), and the bench's own files are transpiled one-to-one
 * next to it into dist/bench/, so that a child's `../../src/…` imports load dist/src/….
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BENCH_DIST = join(ROOT, 'dist', 'bench');

/** The compiled file of a bench child (e.g. `app-child`), or of any bench source. */
export function compiledChild(name: string): string {
  return join(BENCH_DIST, 'children', `${name}.js`);
}

/** Builds dist/ when stale and transpiles bench/ into dist/bench/; returns a line for the log. */
export async function compileForChildren(): Promise<string> {
  const started = performance.now();
  const built = execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' }).trim();
  const esbuild = await import('esbuild');
  const entryPoints = readdirSync(join(ROOT, 'bench'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
  await esbuild.build({ entryPoints, outdir: BENCH_DIST, outbase: join(ROOT, 'bench'), format: 'esm', platform: 'node', target: 'node24', sourcemap: true, bundle: false, logLevel: 'warning' });
  if (!existsSync(compiledChild('app-child'))) throw new Error(`bench: ${relative(ROOT, compiledChild('app-child')).split(sep).join('/')} was not written`);
  return `${built}; bench children transpiled to dist/bench/ (${Math.round(performance.now() - started)} ms in all)`;
}
