import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Five projects, so a part of the suite can run alone (`npm test` runs them all):
 *
 * - `unit`        no database, no browser, no app process: `npm run test:unit` (seconds);
 * - `postgres`    tests that open a database (directly, through test/support/databases.ts,
 *                 or by assembling the bot from src/main.ts): `npm run test:pg` (with
 *                 `postgres-own`, the few such files that need a process of their own);
 * - `browser`     `*.browser.test.ts`, headless Chromium: `npm run test:browser`;
 * - `reliability` test/reliability/: crash-restart, hostile input…: `npm run test:reliability`.
 *
 * A test file lands in `postgres` by what it imports (followed through test/ helpers), so a
 * new test needs no registration here.
 */
const ROOT = import.meta.dirname;
const TEST_DIR = join(ROOT, 'test');
/** Importing any of these means the test opens a database. */
const DATABASE_MODULES = new Set(
  ['test/support/databases.ts', 'src/main.ts', 'src/storage/database.ts'].map((path) => join(ROOT, path)),
);

function testFiles(): string[] {
  return readdirSync(TEST_DIR, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const IMPORT = /(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

/** Whether `file` imports a database module, itself or through files under test/. */
function usesDatabase(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) return false;
  seen.add(file);
  for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    const target = resolve(dirname(file), match[1]!.replace(/\.js$/, '.ts'));
    if (DATABASE_MODULES.has(target)) return true;
    if (target.startsWith(TEST_DIR + sep) && target.endsWith('.ts') && existsSync(target) && usesDatabase(target, seen)) return true;
  }
  return false;
}

const project = (file: string) => relative(ROOT, file).split(sep).join('/');

/**
 * Database files that need a process of their own: they measure the process (its memory), which
 * the files run before them in a shared worker would disturb.
 */
const OWN_PROCESS = new Set(['test/http/export/export-100k.test.ts']);
const files = testFiles();
const browser = files.filter((file) => file.endsWith('.browser.test.ts'));
const reliability = files.filter((file) => !browser.includes(file) && project(file).startsWith('test/reliability/'));
const postgres = files.filter((file) => !browser.includes(file) && !reliability.includes(file) && usesDatabase(file));
const postgresShared = postgres.filter((file) => !OWN_PROCESS.has(project(file)));
const postgresOwn = postgres.filter((file) => OWN_PROCESS.has(project(file)));
const unit = files.filter((file) => !browser.includes(file) && !reliability.includes(file) && !postgres.includes(file));

/**
 * Files that take far longer than the rest (measured on CI's 2 cores), longest first. They
 * start before everything else, so the two workers share out the short files behind them and
 * finish together. Vitest's own order runs the projects by name (browser, postgres,
 * reliability, unit) and, without a cache of durations (CI's `npm ci` starts without one),
 * a project's larger files first: crash-restart would start minutes into the run and then
 * run alone on one worker while the other sat idle.
 */
const LONG_POLES = [
  'test/reliability/crash-restart.test.ts',
  'test/channels/webchat/chat-page.browser.test.ts',
  'test/http/dashboard/dashboard.browser.test.ts',
  'test/http/export/export-100k.test.ts',
  'test/channels/webchat/chat-page-photo.browser.test.ts',
];

/** The files in a random order from `seed` (the same seed gives the same order). */
function shuffled<T>(items: T[], seed: number): T[] {
  let state = seed >>> 0 || 1;
  // xorshift32: small, seeded, good enough to mix a list of files.
  const next = () => ((state ^= state << 13), (state ^= state >>> 17), (state ^= state << 5), (state >>> 0) / 2 ** 32);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Vitest's order, with {@link LONG_POLES} moved to the front in their listed order. With
 * `--sequence.shuffle` the files come in a random order instead (vitest's own shuffling of
 * files is its sequencer's, which this one replaces), its seed printed at the start:
 * `npx vitest run --project unit --sequence.shuffle` checks that unit files, sharing their
 * worker's modules, do not depend on each other's order.
 */
class LongPolesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const { shuffle, seed } = this.ctx.config.sequence;
    if (shuffle) return shuffled(await super.sort(files), seed);
    const rank = (spec: TestSpecification) => {
      const index = LONG_POLES.indexOf(project(spec.moduleId));
      return index === -1 ? LONG_POLES.length : index;
    };
    // Array sort is stable: the other files keep vitest's order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    // Each file gets its own process (but see the unit project): servers and clients never
    // share state.
    pool: 'forks',
    // Two files at once (vitest's default leaves one core idle on a 2-core CI machine): most
    // files wait on a database, a browser or a child process, and each has its own database.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default'],
    sequence: { sequencer: LongPolesFirst },
    // One PostgreSQL for the run: the server at 127.0.0.1:5432, or an embedded cluster
    // (each project that runs starts its own when there is no server).
    globalSetup: ['test/support/postgres-global-setup.ts'],
    projects: [
      // Unit files share their worker's module cache (no fresh module graph per file): most of
      // a unit file's time was its start (transform + imports), not its tests: the project took
      // 94 s with a process per file, 37 s so (141 files, on a busy 2-core machine). Safe because unit files hold no process-wide state: no database, server,
      // mocked module or environment change (fake timers are restored after each test); the
      // project passes with its files and tests shuffled (`--sequence.shuffle`, below).
      { extends: true, test: { name: 'unit', include: unit.map(project), isolate: false } },
      // Database files share their worker's modules too: each used to pay a fresh process and
      // the app's whole import (Prisma's client, Fastify, grammY, Baileys) before its first test,
      // about half of the suite's time on 2 cores. Safe for the same reasons as unit files:
      // each file opens its own database and servers and closes them; none mocks a module or
      // leaves the environment or timers changed. OWN_PROCESS files keep a process each.
      { extends: true, test: { name: 'postgres', include: postgresShared.map(project), isolate: false } },
      { extends: true, test: { name: 'postgres-own', include: postgresOwn.map(project) } },
      { extends: true, test: { name: 'browser', include: browser.map(project) } },
      { extends: true, test: { name: 'reliability', include: reliability.map(project) } },
    ],
  },
});
