/**
 * What the embedded cluster needs to know about other processes: is a pid alive, who is its
 * parent, and waiting for one to end. Linux reads /proc; macOS asks `ps`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';

/** A running process as far as the cluster cares: its parent and its command name. */
export interface ProcessInfo {
  readonly pid: number;
  readonly parentPid: number;
  /** Short command name (`postgres`, `node` …). */
  readonly command: string;
}

/**
 * The process `pid`, or undefined when there is none or it has exited (a zombie waiting for
 * its parent to reap it counts as exited: it holds no port and no files).
 */
export function processInfo(pid: number): ProcessInfo | undefined {
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  if (process.platform === 'linux') return linuxInfo(pid);
  return psInfo(pid);
}

/** True while `pid` runs (not a zombie). */
export function isRunning(pid: number): boolean {
  return processInfo(pid) !== undefined;
}

function linuxInfo(pid: number): ProcessInfo | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // "pid (comm) state ppid …": comm may itself hold spaces and parentheses.
  const open = stat.indexOf('(');
  const close = stat.lastIndexOf(')');
  const [state, ppid] = stat.slice(close + 2).split(' ');
  if (state === 'Z' || state === 'X') return undefined;
  return { pid, parentPid: Number(ppid), command: stat.slice(open + 1, close) };
}

function psInfo(pid: number): ProcessInfo | undefined {
  let output: string;
  try {
    output = execFileSync('ps', ['-o', 'ppid=,stat=,comm=', '-p', String(pid)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined; // ps exits 1 when there is no such process
  }
  const match = /^\s*(\d+)\s+(\S+)\s+(.*)$/.exec(output.trim());
  if (!match || match[2]!.startsWith('Z')) return undefined;
  return { pid, parentPid: Number(match[1]), command: (match[3] ?? '').split('/').pop() ?? '' };
}

/**
 * Waits until `pid` has exited, polling; true when it did within `timeoutMs`. Used for a
 * process that is not our child (an orphaned postmaster), whose exit no event reports.
 */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isRunning(pid)) {
    if (Date.now() >= deadline) return false;
    await delay(50);
  }
  return true;
}

/** Sends `signal` to `pid`; false when there is no such process. */
export function signal(pid: number, name: NodeJS.Signals): boolean {
  try {
    process.kill(pid, name);
    return true;
  } catch {
    return false;
  }
}
