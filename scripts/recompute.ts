/**
 * `npm run recompute`: recomputes every desa's WKSBM level now and records each change in
 * the level history (as a status check would). Run it after changing STATUS_* thresholds,
 * after importing records, or from cron to keep every level current.
 *
 * It prints how far it is (desa done, rate, time left): on a terminal one line redrawn in
 * place, in a log (output not a terminal) one line per 10 %.
 *
 * It works while the bot runs (per-desa locks keep it consistent with the bot): with
 * DATABASE_URL on that server; otherwise on the embedded PostgreSQL in DATA_DIR, the one the
 * running bot started, or one started for the duration when no bot runs.
 */
import { parseArgs } from 'node:util';
import { loadConfig, statusThresholds } from '../src/config/config.js';
import { StartupError } from '../src/config/startup-error.js';
import { recomputeNational } from '../src/domain/status/national-recompute.js';
import { openDatabase } from '../src/storage/database.js';
import { migrate } from '../src/storage/migrator.js';
import { consoleProgress } from '../src/progress.js';
import { createNationalStatusStore } from '../src/storage/status/national-recompute.js';

const USAGE = `Usage: npm run recompute

Recomputes every desa's WKSBM level now with the STATUS_* thresholds of the environment and
records each change in the level history. Takes no arguments. Reads DATABASE_URL
(PostgreSQL) or DATA_DIR (embedded PostgreSQL, default ./data); works while the bot runs.`;

/** Exit codes: 0 done, 1 failed (the environment or the database: the message says what to change), 2 bad usage. */
async function main(argv: readonly string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    if (positionals.length > 0) throw new Error(`unexpected argument "${positionals[0]}"`);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  try {
    await recompute();
    return 0;
  } catch (error) {
    // A bad STATUS_* value or an unreachable DATABASE_URL: the message alone, as npm start prints it, not a stack trace.
    if (!(error instanceof StartupError)) throw error;
    console.error(`recompute failed: ${error.message}`);
    return 1;
  }
}

async function recompute(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    embeddedPort: config.EMBEDDED_POSTGRES_PORT,
    role: 'command',
  });
  try {
    await migrate(database.prisma);
    // Desa done, rate and time left: a line redrawn on a terminal, a line per 10 % in logs.
    const progress = consoleProgress('recompute', 'desa');
    const result = await recomputeNational(createNationalStatusStore(database.prisma), new Date(), statusThresholds(config), progress);
    const levels = Object.entries(result.byLevel).map(([level, count]) => `${level} ${count}`).join(', ');
    console.log(`Recomputed ${result.villages} desa in ${(result.ms / 1000).toFixed(1)} s: ${result.changed} level changes recorded (${levels}).`);
  } finally {
    await database.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
