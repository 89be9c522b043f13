/**
 * Locations of files the app reads at run time (locales, migrations, static pages). They
 * are found from the project root so that the same code works from `src/` under tsx and
 * from `dist/src/` after a build.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'prisma'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`wksbm-bot: cannot find the project root above ${start}`);
    dir = parent;
  }
}

/** The folder holding package.json, prisma/ and locales/. */
export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));
export const LOCALES_DIR = join(PROJECT_ROOT, 'locales');
export const MIGRATIONS_DIR = join(PROJECT_ROOT, 'prisma', 'migrations');
