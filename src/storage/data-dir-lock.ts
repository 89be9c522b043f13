/**
 * An exclusive, pid-based lock file for a data directory.
 *
 * PGlite takes no lock of its own: two processes on one data dir both write, and committed
 * rows silently vanish. So the app claims the folder before opening it, and refuses to start
 * while another live process holds it. A lock left by a crashed process is taken over.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

/** Name of the lock file inside the data dir. */
export const LOCK_FILE_NAME = 'wksbm-bot.lock';

/** Thrown when another live process holds the data dir. */
export class DataDirLockedError extends Error {
  override readonly name = 'DataDirLockedError';

  constructor(
    readonly dataDir: string,
    readonly pid: number,
    readonly lockFile: string,
  ) {
    super(
      `Another wksbm-bot process (pid ${pid}) is using DATA_DIR ${dataDir}. ` +
        `Stop that process or set another DATA_DIR. ` +
        `(If no such process is running, delete ${lockFile}.)`,
    );
  }
}

/** A held lock. */
export interface DataDirLock {
  readonly file: string;
  /** Removes the lock file if it is still ours. Safe to call twice. */
  release(): Promise<void>;
}

interface LockContent {
  readonly pid: number;
}

/**
 * Lock files this process holds or is taking: a second open in the same process is refused
 * too (two PGlite instances on one folder lose data just like two processes).
 */
const heldByThisProcess = new Set<string>();

const MAX_ATTEMPTS = 5;

/**
 * Takes the lock on `dataDir` (which must exist).
 * @throws DataDirLockedError when a live process holds it.
 */
export async function acquireDataDirLock(dataDir: string): Promise<DataDirLock> {
  const dir = resolve(dataDir);
  const file = join(dir, LOCK_FILE_NAME);
  if (heldByThisProcess.has(file)) throw new DataDirLockedError(dir, process.pid, file);
  heldByThisProcess.add(file);
  try {
    return await acquire(dir, file);
  } catch (error) {
    heldByThisProcess.delete(file);
    throw error;
  }
}

async function acquire(dir: string, file: string): Promise<DataDirLock> {
  const token = randomUUID();
  const content = `${JSON.stringify({ pid: process.pid, hostname: hostname(), token, startedAt: new Date().toISOString() })}\n`;
  // Written in full under a private name first, then hard-linked into place: link() fails if
  // the lock exists, so the lock appears atomically and is never seen half-written.
  const draft = `${file}.${process.pid}.${token}.tmp`;
  await writeFile(draft, content, { flag: 'wx' });
  try {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      if (await createExclusive(file, draft, content)) return held(file, content);
      const existing = await readIfExists(file);
      if (existing === null) continue; // released meanwhile: try again
      const pid = parsePid(existing);
      if (pid !== null && isOtherLiveProcess(pid)) throw new DataDirLockedError(dir, pid, file);
      await removeStale(file, existing);
    }
    throw new Error(`wksbm-bot: could not take the lock ${file}: it keeps changing. Is another process starting on DATA_DIR ${dir}?`);
  } finally {
    await rm(draft, { force: true });
  }
}

/** Creates `file` only if absent. Returns false when it exists. */
async function createExclusive(file: string, draft: string, content: string): Promise<boolean> {
  try {
    await link(draft, file);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    // Some volumes (SMB, some container mounts) have no hard links: fall back to an
    // exclusive create, whose only weakness is a moment where the file is still empty.
    if (!['EPERM', 'ENOTSUP', 'ENOSYS', 'EOPNOTSUPP'].includes(errorCode(error) ?? '')) throw error;
  }
  try {
    await writeFile(file, content, { flag: 'wx' });
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Moves a stale lock aside. The rename is atomic, but between our read and our rename another
 * process may have replaced the stale lock with its own live one: then we put that one back.
 */
async function removeStale(file: string, staleContent: string): Promise<void> {
  const aside = `${file}.stale.${process.pid}.${randomUUID()}`;
  try {
    await rename(file, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  try {
    const moved = await readIfExists(aside);
    if (moved !== null && moved !== staleContent) {
      await link(aside, file).catch(() => undefined); // if this fails, a third process holds it now
    }
  } finally {
    await rm(aside, { force: true });
  }
}

function held(file: string, content: string): DataDirLock {
  // A normal exit without close() (e.g. process.exit in a CLI) should not leave a lock behind.
  const onExit = (): void => {
    try {
      if (readFileSync(file, 'utf8') === content) unlinkSync(file);
    } catch {
      // Nothing sensible to do while exiting; the next start takes the stale lock over.
    }
  };
  process.on('exit', onExit);
  let released = false;
  return {
    file,
    async release() {
      if (released) return;
      released = true;
      process.off('exit', onExit);
      heldByThisProcess.delete(file);
      // Only remove it if it is still ours (someone may have deleted and retaken it by hand).
      if ((await readIfExists(file)) === content) await rm(file, { force: true });
    },
  };
}

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

function parsePid(content: string): number | null {
  try {
    const parsed = JSON.parse(content) as Partial<LockContent>;
    return typeof parsed.pid === 'number' && Number.isInteger(parsed.pid) && parsed.pid > 0 ? parsed.pid : null;
  } catch {
    return null; // garbage (or an interrupted write by the fallback path): treat as stale
  }
}

/**
 * True when `pid` is a running process other than this one. Our own pid in a lock we do not
 * hold means a previous run of the app got the same pid (always the case for pid 1 in a
 * container), so that lock is stale.
 */
function isOtherLiveProcess(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM'; // exists but belongs to another user
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}
