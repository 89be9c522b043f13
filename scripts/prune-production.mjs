// Removes from a production node_modules the files the running bot never loads, after
// `npm ci --omit=dev --omit=peer` and `npm uninstall --no-save prisma typescript` (see the
// Dockerfile's prod-deps stage and scripts/docker-steps.sh, which then runs the app on it):
//
// - @prisma/client/runtime: the generated client (engineType "client", PostgreSQL) loads
//   runtime/client and the PostgreSQL query compiler only; the query engines and the other
//   databases' compilers (SQLite, MySQL, SQL Server, CockroachDB) are ~60 MB of WebAssembly.
// - everywhere: source maps (*.map), type declarations (*.d.ts, *.d.mts, *.d.cts) and
//   Markdown files (~60 MB): Node never reads them when it runs the bot.
//
//   node scripts/prune-production.mjs <node_modules>
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2];
if (!root || !existsSync(root)) {
  console.error('usage: node scripts/prune-production.mjs <node_modules folder>');
  process.exit(2);
}

/** Files of @prisma/client/runtime that the generated client imports. */
const PRISMA_RUNTIME_KEEP = /^(client|index-browser|query_compiler_bg\.postgresql)(\.|$)/;

let freed = 0;
function remove(path) {
  freed += size(path);
  rmSync(path, { recursive: true, force: true });
}
function size(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.size;
  return readdirSync(path).reduce((sum, name) => sum + size(join(path, name)), 0);
}

const runtime = join(root, '@prisma', 'client', 'runtime');
if (existsSync(runtime)) {
  for (const name of readdirSync(runtime)) if (!PRISMA_RUNTIME_KEEP.test(name)) remove(join(runtime, name));
}
/** Files nothing loads at run time. */
const UNUSED_FILE = /(\.map|\.d\.[cm]?ts|\.md|\.markdown)$/i;
function pruneFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) pruneFiles(path);
    else if (entry.isFile() && UNUSED_FILE.test(entry.name)) remove(path);
  }
}
pruneFiles(root);
console.log(`prune-production: removed ${(freed / 1024 / 1024).toFixed(1)} MB the bot does not load`);
