import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import { StartupError } from '../../src/config/startup-error.js';
import { EmbeddedClusterBusyError, openDatabase, type Database } from '../../src/storage/database.js';
import { CLUSTER_SUBDIR, OWNER_FILE_NAME } from '../../src/storage/embedded/cluster.js';
import { processInfo, waitForExit } from '../../src/storage/embedded/processes.js';
import { ping } from '../../src/storage/health.js';
import type { StorageLogger } from '../../src/storage/logger.js';
import { migrate } from '../../src/storage/migrator.js';
import { describeEachDatabase, openTestDatabase } from '../support/databases.js';
import { freePort } from '../support/free-port.js';

// Compile-time check: the app's pino logger fits where the storage layer wants a logger.
const pinoFits: StorageLogger = pino({ enabled: false });
void pinoFits;

const HOLDER = fileURLToPath(new URL('../support/hold-cluster.ts', import.meta.url));

/**
 * The embedded PostgreSQL in DATA_DIR, for real: initdb, a postmaster listening on 127.0.0.1,
 * a process killed with SIGKILL. Each test has its own DATA_DIR (so its own cluster).
 */
describe('embedded PostgreSQL in DATA_DIR', () => {
  let root: string;
  let dataDir: string;
  const opened: Database[] = [];
  const children: ChildProcess[] = [];

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'wksbm-data-'));
    await chmod(root, 0o711); // as root, the cluster's OS user must pass through (see cluster.ts)
    dataDir = join(root, 'nested', 'data'); // does not exist yet
  });
  afterEach(async () => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
    for (const database of opened.splice(0)) await database.close();
    // A test that orphaned a postmaster and failed before the restart: stop it too.
    const left = postmasterPid(dataDir);
    if (left !== undefined && processInfo(left)) {
      process.kill(left, 'SIGINT');
      await waitForExit(left, 30_000);
    }
    await rm(root, { recursive: true, force: true });
  });

  async function open(options: { role?: 'app' | 'command' } = {}): Promise<Database> {
    const database = await openDatabase({ dataDir, ...options });
    opened.push(database);
    return database;
  }

  /** Starts the cluster in a child process, as a running app would; resolves once it is up. */
  async function holder(): Promise<{ child: ChildProcess; port: number; postmaster: number }> {
    const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, dataDir], { stdio: ['pipe', 'pipe', 'inherit'] });
    children.push(child);
    const line = await waitForLine(child, /^ready (\d+) (\d+)$/);
    const [, port, postmaster] = line.split(' ');
    return { child, port: Number(port), postmaster: Number(postmaster) };
  }

  it('pings false, without throwing, once the database has gone away', async () => {
    const database = await open();
    const postmaster = postmasterPid(dataDir)!;
    process.kill(postmaster, 'SIGINT');
    await waitForExit(postmaster, 30_000);
    expect(await ping(database.prisma, 2_000)).toBe(false);
  });

  it('stops with a message naming DATA_DIR when a file is in its way', async () => {
    await mkdir(join(root, 'nested'));
    await writeFile(dataDir, 'not a folder');
    const error = await openDatabase({ dataDir }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toBe(`DATA_DIR ${dataDir} cannot hold the bot's data: a file, not a folder, is in the way. Set DATA_DIR to a folder this user can write (the default is ./data).`);
  });

  it('initialises the cluster the first time, listens on 127.0.0.1 only with a 0600 password file and a gentle autovacuum, keeps data, and stops on close', async () => {
    const first = await open();
    expect(first.mode).toBe('embedded');
    expect(existsSync(join(dataDir, CLUSTER_SUBDIR, 'PG_VERSION'))).toBe(true);
    if (process.platform !== 'win32') expect((await stat(join(dataDir, 'postgres.password'))).mode & 0o777).toBe(0o600);
    const password = (await readFile(join(dataDir, 'postgres.password'), 'utf8')).trim();
    expect(password.length).toBeGreaterThanOrEqual(32);
    const settings = await first.prisma.$queryRaw<Array<{ listen: string; socket: string; db: string; vacuumDelay: string; tcp: boolean }>>`
      SELECT current_setting('listen_addresses') AS listen, current_setting('unix_socket_directories') AS socket, current_database()::text AS db,
             current_setting('autovacuum_vacuum_cost_delay') AS "vacuumDelay", inet_server_addr() IS NOT NULL AS tcp`;
    // Autovacuum at a pace that leaves the small machine's cores to the messages (cluster.ts);
    // the app's own connections come through the socket in the cluster's folder (no server
    // address: not TCP), while TCP stays for the PostgreSQL tools (README).
    expect(settings).toEqual([{ listen: '127.0.0.1', socket: join(dataDir, CLUSTER_SUBDIR), db: 'wksbm', vacuumDelay: '20ms', tcp: false }]);
    expect((await stat(join(dataDir, CLUSTER_SUBDIR))).mode & 0o777).toBe(0o700); // the socket's folder: the cluster's user alone
    await migrate(first.prisma);
    await first.prisma.$executeRawUnsafe(`CREATE TABLE kept (v text)`);
    await first.prisma.$executeRawUnsafe(`INSERT INTO kept VALUES ('across a restart')`);
    const pid = postmasterPid(dataDir)!;
    expect(processInfo(pid)?.parentPid).toBe(process.pid);
    await first.close();
    opened.splice(0);
    expect(processInfo(pid)).toBeUndefined(); // close() waited for the postmaster to exit
    expect(existsSync(join(dataDir, CLUSTER_SUBDIR, 'postmaster.pid'))).toBe(false);

    const second = await open();
    expect(await second.prisma.$queryRawUnsafe('SELECT v FROM kept')).toEqual([{ v: 'across a restart' }]);
    // The same password: the file is read, not made again.
    expect((await readFile(join(dataDir, 'postgres.password'), 'utf8')).trim()).toBe(password);
  });

  it('a wrong password is refused: the cluster does not trust local connections, over TCP or its socket', async () => {
    const database = await open();
    void database;
    const { port } = readOwner(dataDir);
    for (const host of ['127.0.0.1', join(dataDir, CLUSTER_SUBDIR)]) {
      const client = new pg.Client({ host, port, user: 'postgres', password: 'wrong', database: 'postgres', connectionTimeoutMillis: 5_000 });
      await expect(client.connect()).rejects.toThrow(/password authentication failed/);
    }
  });

  it('a DATA_DIR too deep for a socket path runs on TCP alone', async () => {
    dataDir = join(root, 'a-folder-name-long-enough-that-the-socket-path-would-not-fit-into-a-sockaddr-un', 'data');
    const database = await open();
    const [row] = await database.prisma.$queryRaw<Array<{ socket: string; tcp: boolean }>>`
      SELECT current_setting('unix_socket_directories') AS socket, inet_server_addr() IS NOT NULL AS tcp`;
    expect(row).toEqual({ socket: '', tcp: true });
  });

  it('listens on EMBEDDED_POSTGRES_PORT when set', async () => {
    const port = await freePort();
    const database = await openDatabase({ dataDir, embeddedPort: port });
    opened.push(database);
    expect(readOwner(dataDir).port).toBe(port);
    expect(await ping(database.prisma)).toBe(true);
  });

  it('a second app on the same DATA_DIR is refused with a clear message, while commands share the running cluster', async () => {
    const running = await holder();
    const error = await openDatabase({ dataDir }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EmbeddedClusterBusyError);
    expect((error as EmbeddedClusterBusyError).pid).toBe(running.child.pid);
    expect((error as Error).message).toMatch(/Another wksbm-bot process \(pid \d+\) is running the embedded PostgreSQL in DATA_DIR .*Stop that process first/);

    const command = await open({ role: 'command' });
    expect(await ping(command.prisma)).toBe(true);
    // It found the running app's socket.
    expect(await command.prisma.$queryRaw`SELECT inet_server_addr() IS NULL AS socket`).toEqual([{ socket: true }]);
    await command.close();
    opened.splice(0);
    // Closing the command left the app's cluster running.
    expect(processInfo(running.postmaster)).toBeDefined();
    expect(postmasterPid(dataDir)).toBe(running.postmaster);
  });

  it('a command with no app running starts the cluster for its own duration', async () => {
    await (await open()).close(); // initdb
    opened.splice(0);
    const command = await open({ role: 'command' });
    const pid = postmasterPid(dataDir)!;
    expect(processInfo(pid)?.parentPid).toBe(process.pid);
    await command.close();
    opened.splice(0);
    expect(processInfo(pid)).toBeUndefined();
  });

  it('after the app is killed (SIGKILL), the next start stops the orphaned postmaster and starts its own, nothing lost', async () => {
    const first = await holder();
    const writer = new pg.Client({ connectionString: `postgresql://postgres:${encodeURIComponent((await readFile(join(dataDir, 'postgres.password'), 'utf8')).trim())}@127.0.0.1:${first.port}/wksbm` });
    await writer.connect();
    await writer.query('CREATE TABLE kept (v text)');
    await writer.query("INSERT INTO kept VALUES ('committed before the kill')");
    await writer.end();

    first.child.kill('SIGKILL');
    await once(first.child, 'exit');
    // The postmaster outlives its app, re-parented: the situation at the next start.
    expect(processInfo(first.postmaster)).toBeDefined();
    expect(processInfo(first.postmaster)?.parentPid).not.toBe(first.child.pid);

    const next = await open();
    expect(processInfo(first.postmaster)).toBeUndefined();
    const newPid = postmasterPid(dataDir)!;
    expect(newPid).not.toBe(first.postmaster);
    expect(processInfo(newPid)?.parentPid).toBe(process.pid);
    expect(await next.prisma.$queryRawUnsafe('SELECT v FROM kept')).toEqual([{ v: 'committed before the kill' }]);
  });

  it('refuses to start on a cluster whose password file is gone, naming the file', async () => {
    await (await open()).close();
    opened.splice(0);
    await rm(join(dataDir, 'postgres.password'));
    await expect(openDatabase({ dataDir })).rejects.toThrow(/password file .*postgres\.password is missing/);
  });

  it('rejects a DATABASE_URL that is not PostgreSQL', async () => {
    await expect(openDatabase({ databaseUrl: 'mysql://x', dataDir })).rejects.toThrow(/DATABASE_URL must start with postgresql:\/\//);
  });
});

describeEachDatabase('ping', (kind) => {
  it('is true on an open database and false once it is closed', async () => {
    const db = await openTestDatabase(kind, { migrate: false });
    try {
      expect(await ping(db.prisma)).toBe(true);
    } finally {
      await db.close();
    }
    expect(await ping(db.prisma)).toBe(false);
  });

});

async function waitForLine(child: ChildProcess, pattern: RegExp): Promise<string> {
  let seen = '';
  for await (const chunk of child.stdout!) {
    seen += String(chunk);
    const line = seen.split('\n').find((candidate) => pattern.test(candidate));
    if (line !== undefined) return line;
  }
  throw new Error(`child exited before printing a line like ${String(pattern)}`);
}

/** The pid in DATA_DIR/postgres/postmaster.pid, if the file exists. */
function postmasterPid(dataDir: string): number | undefined {
  try {
    return Number(readFileSync(join(dataDir, CLUSTER_SUBDIR, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return undefined;
  }
}

function readOwner(dataDir: string): { pid: number; postmasterPid: number; port: number } {
  return JSON.parse(readFileSync(join(dataDir, OWNER_FILE_NAME), 'utf8')) as { pid: number; postmasterPid: number; port: number };
}

