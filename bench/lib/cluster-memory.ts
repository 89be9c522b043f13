/**
 * The embedded PostgreSQL's memory: the proportional set size (PSS) of its postmaster and
 * every backend and helper process it forked. PSS, not RSS: those processes share most of
 * their pages (the server's code, shared_buffers), which RSS would count once per process.
 * Linux only (/proc/<pid>/smaps_rollup); null elsewhere or when the cluster is not running.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** PSS in bytes of the cluster running in `dataDir` (the app's DATA_DIR), and how many processes it has. */
export function clusterPss(dataDir: string): { bytes: number; processes: number } | null {
  if (process.platform !== 'linux') return null;
  let postmaster: number;
  try {
    postmaster = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return null;
  }
  const pids = [postmaster, ...childrenOf(postmaster)];
  let bytes = 0;
  for (const pid of pids) bytes += pssOf(pid);
  return { bytes, processes: pids.length };
}

function childrenOf(parent: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === parent) children.push(Number(entry));
    } catch {
      // exited meanwhile
    }
  }
  return children;
}

function pssOf(pid: number): number {
  try {
    const match = /^Pss:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}
