/**
 * The real bot in a child process, composed by src/main.ts `startBot` from environment
 * variables exactly as `npm start` does, and run as compiled JavaScript from dist/ like
 * `npm start` (bench/lib/compiled.ts). BENCH_REGIONS=extract loads the test extract of
 * the region list (folder BENCH_REGIONS_DIR) instead of the full one (quick runs).
 *
 * For the Telegram drivers it reports, per processed Telegram message, the sendMessage calls
 * its replies make (each one's first characters), so that a simulated user knows when all of
 * them arrived at the fake Bot API, and which they are. It also counts SQL statements sent to PostgreSQL.
 */
import { RSS_AT_START } from './rss-at-start.js';
import pg from 'pg';
import { splitText } from '../../src/channels/telegram/split-text.js';
import { loadConfig } from '../../src/config/config.js';
import type { InboundMessage } from '../../src/core/messages.js';
import { startBot } from '../../src/main.js';
import { announceReady, currentUsage, emitToParent, serveParent } from '../lib/child.js';

/** Characters of a reply's text the Telegram client matches it by. */
const REPLY_HEAD = 24;

let statements = 0;
// Read once: process.env is slow to read, and this runs for every statement (it showed in profiles).
const sqlBytes = process.env.BENCH_SQL_BYTES === '1';
const logSql = process.env.BENCH_LOG_SQL === '1';
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
  statements += 1;
  if (sqlBytes) {
    const first = args[0] as string | { text?: string; values?: unknown[] };
    const text = typeof first === 'string' ? first : String(first?.text);
    const values = typeof first === 'string' ? (args[1] as unknown[] | undefined) : first?.values;
    const size = text.length + JSON.stringify(values ?? []).length;
    if (size > 2000) console.error('BIG', size, text.replace(/\s+/g, ' ').slice(0, 100));
  }
  if (logSql) {
    const first = args[0] as string | { text?: string };
    console.error('SQL', (typeof first === 'string' ? first : String(first?.text)).replace(/\s+/g, ' ').slice(0, 160));
  }
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof originalQuery;

const config = loadConfig(process.env);
// BENCH_REGIONS: `extract` (quick runs), or a version whose marker the national data set
// wrote (its synthetic regions are kept as they are); unset: the full list.
const regionVersion = process.env.BENCH_REGIONS === 'extract' ? 'test-extract-4.0.1' : process.env.BENCH_REGIONS;
// The folder comes from the parent: this file runs from dist/bench/, not next to test/.
const regionDir = process.env.BENCH_REGIONS_DIR ?? '';
if (regionVersion && regionDir === '') throw new Error('app-child: BENCH_REGIONS needs BENCH_REGIONS_DIR');
const regionSource = regionVersion ? { regionSource: { dir: regionDir, version: regionVersion } } : {};
const bot = await startBot(config, regionSource);

const handle = bot.runner.handle.bind(bot.runner);
bot.runner.handle = async (message: InboundMessage) => {
  const result = await handle(message);
  if (message.channel === 'telegram' && result.kind !== 'duplicate') {
    // Each message's first characters (null: a button-only reply's stand-in text), so that the
    // client tells its replies from a leader's notice sent to the chat meanwhile.
    const heads: (string | null)[] = [];
    for (const reply of result.replies) {
      if (reply.text.trim().length > 0) for (const part of splitText(reply.text)) heads.push(part.slice(0, REPLY_HEAD));
      else if ((reply.buttons ?? []).length > 0) heads.push(null);
    }
    emitToParent('telegram-replies', { chat: message.sender.externalId, heads });
  }
  return result;
};

serveParent({
  usage: () => currentUsage(statements),
  'rss-at-start': () => RSS_AT_START,
  // The monotonic clock V8's CPU profiles are stamped with (µs), to cut a window out of one.
  'clock-us': () => Number(process.hrtime.bigint() / 1000n),
  gc: () => {
    (globalThis as { gc?: () => void }).gc?.();
    return currentUsage(statements);
  },
  stop: async () => {
    await bot.close();
    setImmediate(() => process.exit(0));
  },
});
announceReady(bot.url);
