/**
 * Scenario 4, memory: the resident set size of the real bot (a child process started as
 * `npm start` starts it) at idle after start, and with many conversations left mid-flow
 * (each user has started a group registration and answered two questions), on the
 * embedded PostgreSQL (whose processes' PSS is measured too) and on a server. Conversations live in the database, so memory should not grow with them.
 */
import { startApp, type Setup } from '../lib/app-process.js';
import { clusterPss } from '../lib/cluster-memory.js';
import type { Usage } from '../lib/child.js';
import { WebchatClient } from '../lib/chat-clients.js';
import { HttpClient } from '../lib/http.js';
import { pool } from '../lib/stats.js';

/** Figures of one database. */
export interface MemoryFigures {
  readonly database: Setup;
  readonly idleRssMb: number;
  /** PSS of the embedded PostgreSQL's processes at idle (null on a server, which is not the app's). */
  readonly clusterPssMb: number | null;
  /** RSS once every module was loaded and compiled (ES modules link before any runs), included in the others. */
  readonly runtimeRssMb: number;
  readonly conversations: number;
  readonly midFlowRssMb: number;
  readonly midFlowHeapMb: number;
  readonly errors: number;
}

const MB = 1024 * 1024;

/** Measures one database kind. */
export async function runMemory(kind: Setup, conversations: number, regionExtract: boolean, log: (line: string) => void): Promise<MemoryFigures> {
  const app = await startApp({ kind, regionExtract, execArgv: ['--expose-gc'] });
  const http = new HttpClient(64);
  try {
    // Settle after start (seeding, JIT), then collect garbage: what stays is the idle cost.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const idle = await app.child.request<Usage>('gc');
    const runtime = await app.child.request<number>('rss-at-start');
    log(`    ${kind}: idle RSS ${(idle.rss / MB).toFixed(0)} MB (RSS when every module was loaded, before any ran: ${(runtime / MB).toFixed(0)} MB)`);
    const cluster = app.dataDir ? clusterPss(app.dataDir) : null;
    if (cluster) log(`    ${kind}: embedded PostgreSQL at idle: PSS ${(cluster.bytes / MB).toFixed(0)} MB over ${cluster.processes} processes`);
    let errors = 0;
    await pool(conversations, 48, async (index) => {
      const chat = new WebchatClient(http, app.url, `mem-${index}`);
      try {
        await chat.send({ text: 'daftar' });
        await chat.send({ button: 'type:pkk' });
        await chat.send({ text: `PKK Memori ${index}` });
      } catch {
        errors += 1;
      }
    });
    const busy = await app.child.request<Usage>('gc');
    log(`    ${kind}: ${conversations} conversations mid-flow, RSS ${(busy.rss / MB).toFixed(0)} MB${errors ? `, ${errors} errors` : ''}`);
    return {
      database: kind,
      idleRssMb: Math.round(idle.rss / MB),
      clusterPssMb: cluster ? Math.round(cluster.bytes / MB) : null,
      runtimeRssMb: Math.round(runtime / MB),
      conversations,
      midFlowRssMb: Math.round(busy.rss / MB),
      midFlowHeapMb: Math.round(busy.heapUsed / MB),
      errors,
    };
  } finally {
    http.close();
    await app.stop();
  }
}
