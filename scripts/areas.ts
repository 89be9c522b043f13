/**
 * `npm run areas -- <name>`: prints the region codes whose name matches, with where each one
 * is, so an admin can pick the right `--area` for `npm run invite`:
 *
 *   $ npm run areas -- depok
 *   34.04.07        kecamatan   Depok — Kab. Sleman, DI Yogyakarta
 *   32.76           kota        Kota Depok — Jawa Barat
 *   …
 *
 * It reads the same Kemendagri list the bot loads (the idn-area-data package's CSV files),
 * so it needs no database and works whether or not the bot runs, also in the container.
 */
import { parseArgs } from 'node:util';
import { areaMatches, AREA_LEVELS, type AreaLevel, type AreaMatch } from '../src/storage/regions/area-search.js';
import { installedRegionDataSource, readRegionData } from '../src/storage/regions/region-dataset.js';

const USAGE = `Usage: npm run areas -- <name> [--level ${AREA_LEVELS.join('|')}] [--limit 30]

  <name>    part of a province, kabupaten/kota, kecamatan or desa/kelurahan name
            (case, accents and punctuation are ignored: "gunung kidul", "Ra'as"),
            or a code ("34.04.07") to see what it is
  --level   only this level
  --limit   at most this many lines (default 30)

Prints one line per match: code, level, name and where it is; exact names first. Use a
kabupaten/kota, kecamatan or desa code with \`npm run invite -- --area <code>\`.`;

function main(argv: readonly string[]): Promise<number> | number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { level: { type: 'string' }, limit: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  const query = parsed.positionals.join(' ').trim();
  const level = parsed.values.level;
  const limit = parsed.values.limit === undefined ? 30 : Number(parsed.values.limit);
  if (query === '') {
    console.error(`Give a name to look for.\n\n${USAGE}`);
    return 2;
  }
  if (level !== undefined && !(AREA_LEVELS as readonly string[]).includes(level)) {
    console.error(`--level must be one of ${AREA_LEVELS.join(', ')}, not "${level}".\n\n${USAGE}`);
    return 2;
  }
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    console.error(`--limit must be a whole number from 1 to 1000.\n\n${USAGE}`);
    return 2;
  }
  return search(query, level as AreaLevel | undefined, limit);
}

async function search(query: string, level: AreaLevel | undefined, limit: number): Promise<number> {
  const data = await readRegionData(await installedRegionDataSource());
  const { matches, total } = areaMatches(data, query, { ...(level ? { level } : {}), limit });
  if (matches.length === 0) {
    console.error(`No region ${/^[\d.]+$/.test(query) ? 'has the code' : 'name matches'} "${query}"${level ? ` at level ${level}` : ''}.`);
    return 1;
  }
  for (const match of matches) console.log(formatMatch(match));
  if (total > matches.length) console.log(`… ${total - matches.length} more; narrow the name, add --level, or raise --limit.`);
  return 0;
}

function formatMatch(match: AreaMatch): string {
  const where = match.within.length > 0 ? ` — ${match.within.join(', ')}` : '';
  return `${match.code.padEnd(16)}${match.levelLabel.padEnd(12)}${match.name}${where}`;
}

process.exitCode = await main(process.argv.slice(2));
