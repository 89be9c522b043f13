// `npm install`'s postinstall: generates the Prisma client (src/storage/generated) and builds
// dist/ (scripts/build.mjs), so that the first `npm start` has nothing left to do. Both need
// dev dependencies (the prisma CLI, esbuild); a production-only install skips them, as it
// runs the dist/ it was shipped with.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build, ROOT } from './build.mjs';

const prismaCli = join(ROOT, 'node_modules', 'prisma', 'build', 'index.js');
if (!existsSync(prismaCli) || !existsSync(join(ROOT, 'src', 'main.ts'))) {
  console.log('postinstall: no prisma CLI or no sources here (production install): nothing to generate or build');
  process.exit(0);
}
const generated = spawnSync(process.execPath, [prismaCli, 'generate'], { cwd: ROOT, stdio: 'inherit' });
if (generated.status !== 0) process.exit(generated.status ?? 1);
const ms = await build();
console.log(`postinstall: compiled src/ and scripts/ to dist/ in ${(ms / 1000).toFixed(1)} s`);
