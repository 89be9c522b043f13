/**
 * The embedded PostgreSQL cluster in DATA_DIR: the zero-setup database when DATABASE_URL is
 * unset. One real PostgreSQL server (binaries from the npm registry, see binaries.ts), made
 * with initdb the first time, started as a child of the app, listening on 127.0.0.1 only,
 * stopped when the app stops. Where the OS allows, it also listens on a Unix socket in its
 * own folder, which the app's connections use (see {@link EmbeddedCluster.localUrl}).
 *
 * Files in DATA_DIR:
 * - `postgres/`            the cluster (PGDATA); its server log rotates in `postgres/log/`;
 * - `postgres.password`    the superuser's random password (mode 0600);
 * - `postgres.owner.json`  which process started the running postmaster, on which port;
 * - `postgres.log`         the server's output before its own logging starts (start-up errors).
 *
 * A run killed with SIGKILL (or OOM, or a power cut of the app alone) cannot stop its
 * postmaster, which lives on without a parent. The next start finds it through
 * `postgres/postmaster.pid`, sees that the process that started it is no longer its parent,
 * stops it cleanly (fast shutdown) and starts a new one that it owns. A postmaster whose
 * starter is still its parent belongs to a running app (or CLI): a second app refuses to
 * start, while CLIs (`npm run invite`, `recompute`, `db:migrate`) simply connect to it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { constants, existsSync, openSync, closeSync, fstatSync, readFileSync } from 'node:fs';
import { access, chmod, chown, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import pg from 'pg';
import { StartupError } from '../../config/startup-error.js';
import { field } from '../../core/unknown.js';
import { silentLogger, type StorageLogger } from '../logger.js';
import { postgresBinaries, postgresRunAs, type PostgresBinaries, type RunAs } from './binaries.js';
import { createPassword, passwordFile, readPassword } from './password.js';
import { processInfo, signal, waitForExit } from './processes.js';

/** Subfolder of DATA_DIR holding the cluster (PGDATA). */
export const CLUSTER_SUBDIR = 'postgres';
/** Record of the process that started the running postmaster. */
export const OWNER_FILE_NAME = 'postgres.owner.json';
/** The server's output until its own log collector takes over. */
export const STARTUP_LOG_NAME = 'postgres.log';
/** The database the app uses inside the cluster. */
export const APP_DATABASE = 'wksbm';
/** The cluster's superuser, whose password is in DATA_DIR. */
export const SUPERUSER = 'postgres';

/** How long a start may take: crash recovery after a hard stop replays the WAL first. */
const START_TIMEOUT_MS = 120_000;
/** Fast shutdown rolls back open transactions and checkpoints: seconds at most. */
const FAST_STOP_MS = 30_000;
/** After a fast shutdown that hangs, an immediate one (SIGQUIT), then SIGKILL. */
const IMMEDIATE_STOP_MS = 10_000;

/**
 * `app`: the bot, which must be the cluster's only app: it refuses to start while another
 * live process runs the cluster. `command`: an admin CLI, which connects to the running
 * cluster, or starts one for its own duration when none runs.
 */
export type ClusterRole = 'app' | 'command';

/** Options of {@link ensureEmbeddedCluster}. */
export interface EmbeddedClusterOptions {
  /** DATA_DIR. Created when missing. */
  readonly dataDir: string;
  /** Port to listen on when this call starts the cluster; 0 or unset: a free one. */
  readonly port?: number | undefined;
  readonly role: ClusterRole;
  readonly logger?: StorageLogger | undefined;
  /** Extra server settings, e.g. `fsync: 'off'` for a throw-away test cluster. */
  readonly settings?: Readonly<Record<string, string>> | undefined;
}

/** A running cluster, started by this process (`owned`) or by another one. */
export interface EmbeddedCluster {
  readonly dataDir: string;
  readonly port: number;
  readonly postmasterPid: number;
  /** True when this process started it: then {@link stop} stops it. */
  readonly owned: boolean;
  /** postgresql://… of `database` (default: the app's) as the superuser, over TCP on 127.0.0.1. */
  url(database?: string): string;
  /**
   * The same, through the cluster's Unix socket when it has one (else {@link url}): for this
   * machine's own connections. A round trip over a Unix socket costs the kernel less than
   * over TCP on loopback, on both sides: measured with `pg` (one SELECT per round trip, 8
   * connections, alternating runs) 51 µs of client CPU instead of 66, 32 µs of server CPU
   * instead of 44, 20,000 round trips/s instead of 16,000 (docs/benchmarks.md). A message
   * makes about four.
   */
  localUrl(database?: string): string;
  /** Stops the cluster if owned (fast shutdown); otherwise does nothing. Safe to call twice. */
  stop(): Promise<void>;
}

/** Thrown to an app when another live process runs the cluster of its DATA_DIR. */
export class EmbeddedClusterBusyError extends StartupError {
  constructor(
    readonly dataDir: string,
    /** The process that started the running cluster. */
    readonly pid: number,
  ) {
    super(
      `Another wksbm-bot process (pid ${pid}) is running the embedded PostgreSQL in DATA_DIR ${dataDir}. ` +
        'Stop that process first, or give this one another DATA_DIR (or a DATABASE_URL).',
    );
  }
}

interface OwnerRecord {
  readonly pid: number;
  readonly postmasterPid: number;
  readonly port: number;
}

/** A postmaster found running on the cluster. */
interface RunningPostmaster {
  readonly pid: number;
  readonly port: number;
  /** The live process that started it and is still its parent; undefined: orphaned. */
  readonly owner: number | undefined;
}

/**
 * Makes sure the cluster of `dataDir` runs and has the app's database, then returns it:
 * initdb the first time; an orphaned postmaster of a killed run is stopped and replaced.
 * @throws EmbeddedClusterBusyError (role `app`) when another live process runs it.
 */
export async function ensureEmbeddedCluster(options: EmbeddedClusterOptions): Promise<EmbeddedCluster> {
  const logger = options.logger ?? silentLogger;
  const dir = resolve(options.dataDir);
  await makeDataDir(dir);
  const clusterDir = join(dir, CLUSTER_SUBDIR);
  const [binaries, runAs] = await Promise.all([postgresBinaries(), postgresRunAs()]);
  // As root the cluster runs as another OS user, who must be able to pass through DATA_DIR
  // (only pass: o+x lets it reach postgres/ without listing or reading anything else).
  if (runAs) {
    const mode = (await stat(dir)).mode;
    if ((mode & 0o001) === 0) await chmod(dir, (mode & 0o7777) | 0o001);
    await checkReachable(dir, runAs);
  }

  let password = await readPassword(dir);
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    password ??= await createPassword(dir);
    await initialise(binaries, clusterDir, password, runAs, logger);
  } else if (password === undefined) {
    throw new Error(
      `wksbm-bot: the embedded PostgreSQL in ${clusterDir} exists but its password file ${passwordFile(dir)} is missing. ` +
        'Restore it from the same backup of DATA_DIR.',
    );
  }

  // A second attempt covers a race: another process started the cluster between our look
  // and our start (postgres itself refuses a second postmaster on one data directory).
  for (let attempt = 0; ; attempt++) {
    const running = readRunningPostmaster(dir, clusterDir);
    if (running?.owner !== undefined) {
      if (options.role === 'app') throw new EmbeddedClusterBusyError(dir, running.owner);
      const cluster = attachedCluster(dir, clusterDir, running, password);
      await ensureDatabase(cluster, APP_DATABASE);
      return cluster;
    }
    if (running) {
      logger.warn({ dataDir: dir, pid: running.pid }, 'embedded PostgreSQL left running by a killed run: stopping it before starting again');
      await stopOrphan(running.pid);
    }
    try {
      const cluster = await start(binaries, dir, clusterDir, password, runAs, options);
      try {
        await ensureDatabase(cluster, APP_DATABASE);
      } catch (error) {
        await cluster.stop();
        throw error;
      }
      logger.info({ dataDir: clusterDir, port: cluster.port }, 'embedded PostgreSQL started');
      return cluster;
    } catch (error) {
      if (!(error instanceof StartRaceError) || attempt >= 2) throw error;
    }
  }
}

/**
 * Creates DATA_DIR when missing and checks that this user may write in it, or stops the start
 * naming DATA_DIR and what is in the way (a file of that name, no permission, a read-only disk).
 */
async function makeDataDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK | constants.X_OK);
  } catch (error) {
    const code = field(error, 'code');
    const why =
      code === 'EEXIST' || code === 'ENOTDIR'
        ? 'a file, not a folder, is in the way'
        : code === 'EACCES' || code === 'EPERM'
          ? 'this user may not create it or write in it'
          : code === 'EROFS'
            ? 'it is on a read-only file system'
            : String(code ?? error);
    throw new StartupError(`DATA_DIR ${dir} cannot hold the bot's data: ${why}. Set DATA_DIR to a folder this user can write (the default is ./data).`, { cause: error });
  }
}

/**
 * Fails early, naming the folders, when the cluster's OS user cannot pass through a folder
 * above DATA_DIR (typical: DATA_DIR under /root, which is mode 0700).
 */
async function checkReachable(dir: string, runAs: RunAs): Promise<void> {
  const blocked: string[] = [];
  for (let folder = dirname(dir); ; folder = dirname(folder)) {
    const info = await stat(folder);
    const passable = info.uid === runAs.uid ? (info.mode & 0o100) !== 0 : info.gid === runAs.gid ? (info.mode & 0o010) !== 0 : (info.mode & 0o001) !== 0;
    if (!passable) blocked.push(folder);
    if (dirname(folder) === folder) break;
  }
  if (blocked.length > 0) {
    throw new Error(
      `wksbm-bot: running as root, the embedded PostgreSQL runs as the OS user "postgres", which cannot reach DATA_DIR ${dir}: ` +
        `it may not pass through ${blocked.join(', ')}. Run the bot as a normal user (recommended), set DATA_DIR to a folder ` +
        `outside them (e.g. /var/lib/wksbm-bot), or allow passing through with \`chmod o+x ${blocked.join(' ')}\`.`,
    );
  }
}

/** initdb into `clusterDir` (recreated if an interrupted initdb left it half made). */
async function initialise(binaries: PostgresBinaries, clusterDir: string, password: string, runAs: RunAs | undefined, logger: StorageLogger): Promise<void> {
  await rm(clusterDir, { recursive: true, force: true });
  await mkdir(clusterDir, { recursive: true, mode: 0o700 });
  // initdb reads the password from a file; the cluster's user must be able to read it.
  const scratch = await mkdtemp(join(tmpdir(), 'wksbm-initdb-'));
  const pwfile = join(scratch, 'pw');
  try {
    await writeFile(pwfile, `${password}\n`, { mode: 0o600 });
    if (runAs) {
      await Promise.all([scratch, pwfile, clusterDir].map((path) => chown(path, runAs.uid, runAs.gid)));
    }
    logger.info({ dataDir: clusterDir }, 'creating the embedded PostgreSQL cluster (first start)');
    const args = [
      `--pgdata=${clusterDir}`,
      `--username=${SUPERUSER}`,
      `--pwfile=${pwfile}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      // Same collation on every OS, independent of the machine's locales (PostgreSQL 17+).
      '--locale=C',
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
    ];
    const output = await runToEnd(binaries.initdb, args, runAs);
    if (output.code !== 0) {
      throw new Error(
        `wksbm-bot: initdb failed for the embedded PostgreSQL in ${clusterDir} (exit ${String(output.code)}):\n${output.text.trim()}` +
          (runAs ? `\n(As root, the cluster runs as the OS user "postgres", which needs access to every folder above DATA_DIR.)` : ''),
      );
    }
  } catch (error) {
    await rm(clusterDir, { recursive: true, force: true }); // no half-made cluster left behind
    throw error;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

function runToEnd(command: string, args: string[], runAs: RunAs | undefined): Promise<{ code: number | null; text: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C' }, ...(runAs ?? {}) });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, text }));
  });
}

/** The postmaster named by `postmaster.pid`, if it still runs. */
function readRunningPostmaster(dir: string, clusterDir: string): RunningPostmaster | undefined {
  let lines: string[];
  try {
    lines = readFileSync(join(clusterDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const info = processInfo(pid);
  // A stale file whose pid now belongs to another program: postgres replaces it on start.
  if (!info || !info.command.startsWith('postgres')) return undefined;
  const owner = readOwner(dir);
  // Its starter, still alive, is still its parent: a running app or CLI. Once the starter
  // dies, the postmaster is re-parented (to init or a subreaper), so the test fails.
  const owned = owner !== undefined && owner.postmasterPid === pid && info.parentPid === owner.pid && processInfo(owner.pid) !== undefined;
  return { pid, port: Number(lines[3]), owner: owned ? owner.pid : undefined };
}

function readOwner(dir: string): OwnerRecord | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(dir, OWNER_FILE_NAME), 'utf8'));
    const pid = field(parsed, 'pid');
    const postmasterPid = field(parsed, 'postmasterPid');
    const port = field(parsed, 'port');
    if (typeof pid === 'number' && typeof postmasterPid === 'number' && typeof port === 'number') return { pid, postmasterPid, port };
  } catch {
    // missing or garbage: no owner
  }
  return undefined;
}

/** Fast shutdown of a postmaster that is not our child; harder signals if it hangs. */
async function stopOrphan(pid: number): Promise<void> {
  signal(pid, 'SIGINT');
  if (await waitForExit(pid, FAST_STOP_MS)) return;
  signal(pid, 'SIGQUIT');
  if (await waitForExit(pid, IMMEDIATE_STOP_MS)) return;
  signal(pid, 'SIGKILL');
  if (!(await waitForExit(pid, IMMEDIATE_STOP_MS))) {
    throw new Error(`wksbm-bot: could not stop the orphaned embedded PostgreSQL (pid ${pid}); stop it by hand and start again`);
  }
}

/** Another process got the cluster started first. */
class StartRaceError extends Error {}

async function start(
  binaries: PostgresBinaries,
  dir: string,
  clusterDir: string,
  password: string,
  runAs: RunAs | undefined,
  options: EmbeddedClusterOptions,
): Promise<EmbeddedCluster> {
  let withSocket = true;
  // A free port can be taken between our probe and postgres's bind: then another one.
  for (let attempt = 0; ; attempt++) {
    const port = options.port || (await freePort());
    const socketDir = withSocket ? socketDirectory(clusterDir, port) : undefined;
    const result = await spawnPostmaster(binaries, dir, clusterDir, password, runAs, port, socketDir, options.settings ?? {});
    if ('cluster' in result) return result.cluster;
    if (/lock file "postmaster\.pid" already exists/.test(result.log)) throw new StartRaceError();
    // A folder that cannot hold a socket (some network or host-shared file systems): TCP alone.
    if (socketDir !== undefined && /Unix-domain socket/i.test(result.log) && attempt < 3) {
      withSocket = false;
      continue;
    }
    if (!options.port && /could not (bind|create any TCP\/IP sockets)|already in use/i.test(result.log) && attempt < 3) continue;
    throw new Error(`wksbm-bot: the embedded PostgreSQL in ${clusterDir} did not start (${result.reason}). Its output:\n${result.log.trim()}`);
  }
}

type SpawnResult = { readonly cluster: EmbeddedCluster } | { readonly reason: string; readonly log: string };

async function spawnPostmaster(
  binaries: PostgresBinaries,
  dir: string,
  clusterDir: string,
  password: string,
  runAs: RunAs | undefined,
  port: number,
  socketDir: string | undefined,
  extra: Readonly<Record<string, string>>,
): Promise<SpawnResult> {
  const settings: Record<string, string> = {
    listen_addresses: '127.0.0.1',
    // The socket is in the cluster's own folder (mode 0700): only the cluster's OS user (and
    // root) can reach it, and it still asks for the password.
    unix_socket_directories: socketDir ?? '',
    logging_collector: 'on',
    log_directory: 'log',
    // One file per weekday, overwritten a week later: bounded disk use.
    log_filename: 'postgresql-%a.log',
    log_truncate_on_rotation: 'on',
    log_rotation_age: '1d',
    log_rotation_size: '0',
    // Autovacuum at PostgreSQL's pre-12 pace (20 ms pauses instead of 2 ms): the cluster shares
    // a small machine's cores with the bot, and every message updates rows (conversation,
    // processed message, reply outbox). At full pace each vacuum round took the CPU from the
    // messages: five-minute runs at 330 messages/s on two cores had p99 36–101 ms with the
    // default and 29–63 ms with this, run for run (docs/benchmarks.md). Vacuum still keeps up.
    autovacuum_vacuum_cost_delay: '20ms',
    ...extra,
  };
  const args = ['-D', clusterDir, '-p', String(port), ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`])];
  // Output goes to a file, not a pipe: the postmaster may outlive a killed app, and must not
  // then die writing to a closed pipe.
  const logFile = join(dir, STARTUP_LOG_NAME);
  const fd = openSync(logFile, 'a', 0o600);
  const logStart = fstatSync(fd).size;
  let child: ChildProcess;
  try {
    child = spawn(binaries.postgres, args, {
      // Its own process group: a Ctrl-C in the terminal reaches the app alone, which then
      // finishes its work and stops the database last.
      detached: true,
      stdio: ['ignore', fd, fd],
      env: { ...process.env, LC_MESSAGES: 'C' },
      ...(runAs ?? {}),
    });
  } finally {
    closeSync(fd);
  }
  child.unref(); // the app's other handles decide when it exits, not its database
  const exited = new Promise<string>((resolvePromise) => {
    child.once('error', (error) => resolvePromise(error.message));
    child.once('exit', (code, sig) => resolvePromise(`exit ${String(code ?? sig)}`));
  });
  const postmasterPid = child.pid;
  if (postmasterPid === undefined) return { reason: await exited, log: readLog(logFile, logStart) };

  const owner: OwnerRecord = { pid: process.pid, postmasterPid, port };
  await writeFile(join(dir, OWNER_FILE_NAME), `${JSON.stringify(owner)}\n`, { mode: 0o600 });
  const cluster = ownedCluster(dir, child, postmasterPid, port, socketDir, password, exited);
  const failure = await waitUntilReady(cluster.url('postgres'), exited);
  if (failure !== undefined) {
    await cluster.stop();
    return { reason: failure, log: readLog(logFile, logStart) };
  }
  return { cluster };
}

function readLog(file: string, from: number): string {
  try {
    return readFileSync(file).subarray(from).toString('utf8');
  } catch {
    return '';
  }
}

/** Undefined once a connection succeeds; the reason when the server exits or never answers. */
async function waitUntilReady(url: string, exited: Promise<string>): Promise<string | undefined> {
  let exit: string | undefined;
  void exited.then((reason) => (exit = reason));
  const deadline = Date.now() + START_TIMEOUT_MS;
  let last = '';
  while (Date.now() < deadline) {
    if (exit !== undefined) return exit;
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return undefined;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    } finally {
      await client.end().catch(() => undefined);
    }
    await delay(50);
  }
  return `no connection within ${START_TIMEOUT_MS / 1000} s: ${last}`;
}

function connectionUrl(port: number, password: string, database: string, socketDir?: string): string {
  const url = `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  // `host` in the query names the socket's folder (pg, libpq); the port names the socket file.
  return socketDir === undefined ? url : `${url}?host=${encodeURIComponent(socketDir)}`;
}

/**
 * Longest socket path accepted: sun_path holds 108 bytes on Linux and 104 on macOS, with the
 * terminating zero; a margin below both.
 */
const MAX_SOCKET_PATH = 100;

/**
 * The folder for the cluster's Unix socket: the cluster's own, unless its path would be too
 * long for a socket address, or on Windows; undefined: TCP only.
 */
export function socketDirectory(clusterDir: string, port: number): string | undefined {
  if (process.platform === 'win32') return undefined;
  return Buffer.byteLength(join(clusterDir, socketFileName(port))) <= MAX_SOCKET_PATH ? clusterDir : undefined;
}

function socketFileName(port: number): string {
  return `.s.PGSQL.${port}`;
}

function ownedCluster(
  dir: string,
  child: ChildProcess,
  postmasterPid: number,
  port: number,
  socketDir: string | undefined,
  password: string,
  exited: Promise<string>,
): EmbeddedCluster {
  let running = true;
  void exited.then(() => (running = false));
  // process.exit(), an uncaught exception: no time for async work, but a signal is
  // synchronous, and the postmaster then shuts itself down cleanly.
  const onExit = (): void => {
    if (running) signal(postmasterPid, 'SIGINT');
  };
  process.on('exit', onExit);
  let stopping: Promise<void> | undefined;
  return {
    dataDir: dir,
    port,
    postmasterPid,
    owned: true,
    url: (database = APP_DATABASE) => connectionUrl(port, password, database),
    localUrl: (database = APP_DATABASE) => connectionUrl(port, password, database, socketDir),
    stop: () =>
      (stopping ??= (async () => {
        process.off('exit', onExit);
        if (running) {
          const stopped = (ms: number) => Promise.race([exited.then(() => true), delay(ms, false, { ref: false })]);
          // Keep the process alive until the server is down (a CLI has nothing else left).
          child.ref();
          child.kill('SIGINT');
          if (!(await stopped(FAST_STOP_MS))) {
            child.kill('SIGQUIT');
            if (!(await stopped(IMMEDIATE_STOP_MS))) child.kill('SIGKILL');
            await exited;
          }
        }
        await removeOwnerRecord(dir, postmasterPid);
      })()),
  };
}

async function removeOwnerRecord(dir: string, postmasterPid: number): Promise<void> {
  const file = join(dir, OWNER_FILE_NAME);
  try {
    const owner: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (field(owner, 'postmasterPid') === postmasterPid) await rm(file, { force: true });
  } catch {
    // already gone
  }
}

function attachedCluster(dir: string, clusterDir: string, running: RunningPostmaster, password: string): EmbeddedCluster {
  // The running app's start chose whether there is a socket: it is there, or not.
  const socketDir = existsSync(join(clusterDir, socketFileName(running.port))) ? clusterDir : undefined;
  return {
    dataDir: dir,
    port: running.port,
    postmasterPid: running.pid,
    owned: false,
    url: (database = APP_DATABASE) => connectionUrl(running.port, password, database),
    localUrl: (database = APP_DATABASE) => connectionUrl(running.port, password, database, socketDir),
    stop: async () => undefined,
  };
}

/** Creates `database` unless it exists (two starters at once: the loser's error is ignored). */
async function ensureDatabase(cluster: EmbeddedCluster, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: cluster.url('postgres'), connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`).catch((error: unknown) => {
        if (field(error, 'code') !== '42P04') throw error; // duplicate_database
      });
    }
  } finally {
    await client.end();
  }
}

/** A TCP port free on 127.0.0.1 right now. */
function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePromise(port));
    });
  });
}
