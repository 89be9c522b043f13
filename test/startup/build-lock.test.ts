/**
 * The build lock of `npm start` (scripts/build.mjs, which scripts/launch.mjs runs before the
 * app): processes started at once build dist/ one at a time, and one that waited finds the
 * build done instead of emptying dist/ while another loads modules from it; a lock a build
 * left behind when it died (older than a minute) is taken over; a failed build releases the
 * lock and leaves no stamp, so the next start builds again.
 *
 * The script takes its project root from its own place (the folder above scripts/), so each
 * test runs a byte-identical copy of it in a temporary project of a few small sources (with
 * node_modules linked for esbuild), never the repository's dist/. The builders run with
 * test/support/build-trace.mjs, which notes each lock and build step in one shared file: the
 * order of the steps across processes, and when a builder is waiting for the lock (a
 * condition to wait for instead of a sleep).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const TRACE_HOOK = pathToFileURL(join(ROOT, 'test', 'support', 'build-trace.mjs')).href;
/** The longest a builder or a condition is waited for: generous for a busy 2-core machine. */
const WAIT_MS = 60_000;
const TEST_MS = 150_000;

/** The temporary project's sources: modules, a type-only file, a page and a browser module. */
const SOURCES: Record<string, string> = {
  'src/main.ts': "import { twice } from './lib/twice.js';\nexport const answer: number = twice(21);\n",
  'src/lib/twice.ts': 'export const twice = (n: number): number => n * 2;\n',
  'src/lib/types.d.ts': 'export type Unused = string;\n',
  'src/page/chat.html': '<!doctype html><title>chat</title>\n',
  'src/page/assets/chat.js': "console.log('a browser module');\n",
  'scripts/tool.ts': "export const tool: string = 'tool';\n",
};
/** What a complete build of {@link SOURCES} holds in dist/ (source maps aside). */
const BUILT = ['src/main.js', 'src/lib/twice.js', 'scripts/tool.js', 'src/page/chat.html', 'src/page/assets/chat.js', '.build-stamp'];

const COMPILED = /^build: compiled src\/ and scripts\/ to dist\/ in [\d.]+ s$/;
const UP_TO_DATE = 'build: dist/ is up to date';

interface Project {
  readonly dir: string;
  readonly lock: string;
  readonly dist: string;
  readonly trace: string;
}

interface Outcome {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

interface Builder {
  readonly pid: number;
  readonly done: Promise<Outcome>;
  /** Set once the process exited. */
  outcome: Outcome | undefined;
}

interface Step {
  readonly pid: number;
  readonly event: 'lock-busy' | 'lock-taken' | 'lock-removed' | 'build-start' | 'build-end';
}

const projects: string[] = [];
const children = new Set<ChildProcess>();

/** Kills a builder with its process group: its esbuild service too, which would go on writing. */
function kill(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

afterEach(async () => {
  // A test that failed half-way leaves no builder running and no files behind.
  await Promise.all(
    [...children].map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      kill(child.pid!);
      await exited;
    }),
  );
  children.clear();
  for (const dir of projects.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary project: a copy of scripts/build.mjs, {@link SOURCES}, no dist/ yet. */
function createProject(sources: Record<string, string> = SOURCES): Project {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'wksbm-build-lock-')));
  projects.push(dir);
  mkdirSync(join(dir, 'scripts'));
  copyFileSync(join(ROOT, 'scripts', 'build.mjs'), join(dir, 'scripts', 'build.mjs'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const [path, text] of Object.entries(sources)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, lock: join(dir, '.build-lock'), dist: join(dir, 'dist'), trace: join(dir, 'trace.txt') };
}

/** Starts `node scripts/build.mjs [args]` in the project, as launch.mjs or `npm run build` would. */
function startBuilder(project: Project, args: string[] = []): Builder {
  const child = spawn(process.execPath, ['--import', TRACE_HOOK, 'scripts/build.mjs', ...args], {
    cwd: project.dir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? project.dir, BUILD_TRACE: project.trace },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, see kill()
  });
  children.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const builder: Builder = {
    pid: child.pid!,
    outcome: undefined,
    done: new Promise<Outcome>((resolve) => {
      child.once('close', (code, signal) => {
        builder.outcome = { code, signal, stdout: stdout.trim(), stderr: stderr.trim() };
        resolve(builder.outcome);
      });
    }),
  };
  return builder;
}

/** The builder's outcome once it exits; kills it and fails if that takes longer than {@link WAIT_MS}. */
async function finished(builder: Builder): Promise<Outcome> {
  const timeout = delay(WAIT_MS, 'timeout' as const);
  const result = await Promise.race([builder.done, timeout]);
  if (result === 'timeout') {
    kill(builder.pid);
    throw new Error(`builder ${builder.pid} did not finish within ${WAIT_MS} ms`);
  }
  return result;
}

/** Waits until `condition` holds; fails if a builder exits meanwhile or after {@link WAIT_MS}. */
async function until(what: string, condition: () => boolean, builders: readonly Builder[]): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!condition()) {
    const gone = builders.find((builder) => builder.outcome !== undefined);
    if (gone) throw new Error(`builder ${gone.pid} exited before ${what}: ${JSON.stringify(gone.outcome)}`);
    if (Date.now() > deadline) throw new Error(`no ${what} within ${WAIT_MS} ms`);
    await delay(25);
  }
}

function steps(project: Project): Step[] {
  if (!existsSync(project.trace)) return [];
  return readFileSync(project.trace, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [pid, event] = line.split(' ');
      return { pid: Number(pid), event: event as Step['event'] };
    });
}

/**
 * Whatever breaks "one at a time" in the trace: a lock taken while another process holds it,
 * a holder's lock removed by another process, a build outside its process's hold.
 */
function overlaps(trace: readonly Step[]): string[] {
  const problems: string[] = [];
  let holder: number | undefined;
  for (const [index, { pid, event }] of trace.entries()) {
    if (event === 'lock-taken') {
      if (holder !== undefined) problems.push(`#${index}: ${pid} took the lock while ${holder} held it`);
      holder = pid;
    } else if (event === 'lock-removed') {
      if (holder !== undefined && holder !== pid) problems.push(`#${index}: ${pid} removed the lock ${holder} held`);
      holder = undefined;
    } else if (event === 'build-start' || event === 'build-end') {
      if (holder !== pid) problems.push(`#${index}: ${pid} ${event} without holding the lock (holder: ${holder ?? 'none'})`);
    }
  }
  if (holder !== undefined) problems.push(`${holder} never released the lock`);
  return problems;
}

/** The pids that emptied dist/ to build, in order. */
const builds = (trace: readonly Step[]): number[] => trace.filter((step) => step.event === 'build-start').map((step) => step.pid);

/** dist/ holds every compiled module and copied file, compiled from the current sources. */
function expectCompleteBuild(project: Project): void {
  for (const path of BUILT) expect(existsSync(join(project.dist, path)), `dist/${path}`).toBe(true);
  expect(readFileSync(join(project.dist, 'src', 'main.js'), 'utf8')).toContain('twice(21)');
  expect(readFileSync(join(project.dist, 'src', 'page', 'assets', 'chat.js'), 'utf8')).toBe(SOURCES['src/page/assets/chat.js']);
}

describe('the build lock of scripts/build.mjs', () => {
  it(
    'two builds started at once: one compiles, the other finds its build; both succeed',
    async () => {
      const project = createProject();
      const builders = [startBuilder(project), startBuilder(project)];
      const outcomes = await Promise.all(builders.map(finished));

      for (const outcome of outcomes) expect(outcome, JSON.stringify(outcome)).toMatchObject({ code: 0, stderr: '' });
      const said = outcomes.map((outcome) => outcome.stdout);
      expect(said.filter((line) => COMPILED.test(line)), said.join(' | ')).toHaveLength(1);
      expect(said.filter((line) => line === UP_TO_DATE), said.join(' | ')).toHaveLength(1);
      const trace = steps(project);
      expect(builds(trace)).toHaveLength(1);
      expect(overlaps(trace)).toEqual([]);
      expectCompleteBuild(project);
      expect(existsSync(project.lock)).toBe(false);
    },
    TEST_MS,
  );

  it(
    'builders that find the lock held wait, then one builds and the others find its build',
    async () => {
      const project = createProject();
      mkdirSync(project.lock); // a build in progress (this test's)
      const builders = [startBuilder(project), startBuilder(project), startBuilder(project)];
      const busy = () => new Set(steps(project).filter((step) => step.event === 'lock-busy').map((step) => step.pid));
      await until('every builder waiting for the lock', () => builders.every((builder) => busy().has(builder.pid)), builders);

      // While it is held (and fresh), nobody takes the lock, removes it, or touches dist/.
      expect(steps(project).filter((step) => step.event !== 'lock-busy')).toEqual([]);
      expect(existsSync(project.lock)).toBe(true);
      expect(existsSync(project.dist)).toBe(false);

      rmdirSync(project.lock); // "our build" is done
      const outcomes = await Promise.all(builders.map(finished));
      for (const outcome of outcomes) expect(outcome, JSON.stringify(outcome)).toMatchObject({ code: 0, stderr: '' });
      const said = outcomes.map((outcome) => outcome.stdout);
      expect(said.filter((line) => COMPILED.test(line)), said.join(' | ')).toHaveLength(1);
      expect(said.filter((line) => line === UP_TO_DATE), said.join(' | ')).toHaveLength(2);
      const trace = steps(project);
      expect(builds(trace)).toHaveLength(1);
      expect(overlaps(trace)).toEqual([]);
      // Each took the lock in turn (the ones that waited to find the build done).
      expect(new Set(trace.filter((step) => step.event === 'lock-taken').map((step) => step.pid))).toEqual(new Set(builders.map((builder) => builder.pid)));
      expectCompleteBuild(project);
      expect(existsSync(project.lock)).toBe(false);

      // The build's stamp matches the sources: the next start does not build.
      expect(await finished(startBuilder(project))).toMatchObject({ code: 0, stdout: UP_TO_DATE });
    },
    TEST_MS,
  );

  it(
    'forced builds (`npm run build`) wait for the lock too and rebuild one after the other',
    async () => {
      const project = createProject();
      mkdirSync(project.lock);
      const builders = [startBuilder(project, ['--force']), startBuilder(project, ['--force'])];
      const busy = () => new Set(steps(project).filter((step) => step.event === 'lock-busy').map((step) => step.pid));
      await until('both forced builders waiting for the lock', () => builders.every((builder) => busy().has(builder.pid)), builders);
      expect(existsSync(project.dist)).toBe(false);

      rmdirSync(project.lock);
      const outcomes = await Promise.all(builders.map(finished));
      for (const outcome of outcomes) expect(outcome, JSON.stringify(outcome)).toMatchObject({ code: 0, stderr: '', stdout: expect.stringMatching(COMPILED) });
      const trace = steps(project);
      expect(builds(trace).sort()).toEqual(builders.map((builder) => builder.pid).sort());
      expect(overlaps(trace)).toEqual([]);
      expectCompleteBuild(project);
      expect(existsSync(project.lock)).toBe(false);
    },
    TEST_MS,
  );

  it(
    'takes over a lock left by a build that died over a minute ago',
    async () => {
      const project = createProject();
      mkdirSync(project.lock);
      const twoMinutesAgo = new Date(Date.now() - 120_000);
      utimesSync(project.lock, twoMinutesAgo, twoMinutesAgo);

      const builder = startBuilder(project);
      const outcome = await finished(builder);
      expect(outcome, JSON.stringify(outcome)).toMatchObject({ code: 0, stderr: '', stdout: expect.stringMatching(COMPILED) });
      // It found the lock taken, cleared it as stale, took it, built and released it.
      expect(steps(project)).toEqual(
        ['lock-busy', 'lock-removed', 'lock-taken', 'build-start', 'build-end', 'lock-removed'].map((event) => ({ pid: builder.pid, event })),
      );
      expectCompleteBuild(project);
      expect(existsSync(project.lock)).toBe(false);
    },
    TEST_MS,
  );

  it(
    'a failed build releases the lock and leaves no stamp, so the next run builds again',
    async () => {
      const project = createProject({ ...SOURCES, 'src/main.ts': 'export const broken: number = (;\n' });
      const failed = await finished(startBuilder(project));
      expect(failed.code, JSON.stringify(failed)).not.toBe(0);
      expect(failed.stderr).toContain('src/main.ts');
      expect(existsSync(project.lock)).toBe(false);
      expect(existsSync(join(project.dist, '.build-stamp'))).toBe(false);

      writeFileSync(join(project.dir, 'src', 'main.ts'), SOURCES['src/main.ts']!);
      const fixed = await finished(startBuilder(project));
      expect(fixed, JSON.stringify(fixed)).toMatchObject({ code: 0, stderr: '', stdout: expect.stringMatching(COMPILED) });
      expect(overlaps(steps(project))).toEqual([]);
      expectCompleteBuild(project);
    },
    TEST_MS,
  );
});
