/**
 * Child-process helper for lock tests: opens the PGlite database in the folder given as
 * first argument, prints "ready", and keeps it open until its stdin closes.
 * Run with `node --import tsx test/support/hold-database.ts <dataDir>`.
 */
import { openDatabase } from '../../src/storage/database.js';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: hold-database.ts <dataDir>');
const database = await openDatabase({ dataDir });
process.stdout.write('ready\n');
process.stdin.resume();
process.stdin.on('end', () => {
  void database.close().then(() => process.exit(0));
});
