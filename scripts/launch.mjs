// Runs a compiled entry point in this same process, after building dist/ when the sources
// changed (scripts/build.mjs, about a second):
//
//   node scripts/launch.mjs src/main            → dist/src/main.js   (npm start)
//   node scripts/launch.mjs scripts/invite …    → dist/scripts/invite.js (npm run invite)
//
// In-process on purpose: there is no child to forward signals to, so a SIGTERM or Ctrl-C that
// npm passes on reaches the app itself (no TypeScript loader, no second node process).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, ROOT } from './build.mjs';

const [target, ...args] = process.argv.slice(2);
if (!target) {
  console.error('usage: node scripts/launch.mjs <src/main|scripts/name> [args…]');
  process.exit(2);
}

try {
  const ms = await ensureBuilt();
  if (ms > 0) console.error(`build: sources changed, compiled to dist/ in ${(ms / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

const entry = join(ROOT, 'dist', `${target.replace(/\.(ts|js)$/, '')}.js`);
if (!existsSync(entry)) {
  console.error(`launch: ${entry} does not exist (is "${target}" a source file under src/ or scripts/?)`);
  process.exit(2);
}
// The entry point sees itself as the script node was started with (main.ts runs only then).
process.argv = [process.argv[0] ?? process.execPath, entry, ...args];
await import(pathToFileURL(entry).href);
