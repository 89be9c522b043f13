/**
 * Reads the Kemendagri region list from the `idn-area-data` package's CSV files. Only the
 * data files are read: the package's JavaScript needs Node 22 and is never imported.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { recordOf } from '../../core/record.js';
import { field } from '../../core/unknown.js';
import { parseCsv } from './csv.js';
import { displayRegionName, normalizeRegionName } from './region-name.js';

/** The `RegionDataset.name` under which this dataset's marker row is kept. */
export const REGION_DATASET_NAME = 'idn-area-data';

/** The four levels, parents first. Values of the `RegionLevel` enum. */
export const REGION_LEVELS = ['province', 'regency', 'district', 'village'] as const;
/** One of {@link REGION_LEVELS}. */
export type RegionLevelName = (typeof REGION_LEVELS)[number];

/** One row of the `Region` table. */
export interface RegionRow {
  readonly code: string;
  readonly parentCode: string | null;
  readonly name: string;
  readonly nameNorm: string;
}

/** The whole region list, by level, parents before children. */
export interface RegionData {
  /** Identifies the content, e.g. "4.0.1" (the package version). */
  readonly version: string;
  readonly levels: Readonly<Record<RegionLevelName, readonly RegionRow[]>>;
}

/** Where a dataset's files are: a folder with the four CSV files, and its version. */
export interface RegionDataSource {
  readonly dir: string;
  readonly version: string;
}

interface LevelFile {
  readonly file: string;
  readonly header: readonly string[];
  readonly code: RegExp;
}

const FILES: Readonly<Record<RegionLevelName, LevelFile>> = {
  province: { file: 'provinces.csv', header: ['code', 'name'], code: /^\d{2}$/ },
  regency: { file: 'regencies.csv', header: ['code', 'province_code', 'name'], code: /^\d{2}\.\d{2}$/ },
  district: { file: 'districts.csv', header: ['code', 'regency_code', 'name'], code: /^\d{2}\.\d{2}\.\d{2}$/ },
  village: { file: 'villages.csv', header: ['code', 'district_code', 'name'], code: /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/ },
};

/** The installed `idn-area-data` package's package.json (resolving it runs none of the package's code). */
function installedPackageJson(): string {
  return createRequire(import.meta.url).resolve('idn-area-data/package.json');
}

/** The installed `idn-area-data` package: its `data/` folder and version. */
export async function installedRegionDataSource(): Promise<RegionDataSource> {
  const packageJson = installedPackageJson();
  const version = field(JSON.parse(await readFile(packageJson, 'utf8')), 'version');
  if (typeof version !== 'string') throw new Error(`wksbm-bot: ${packageJson} has no version`);
  return { dir: join(dirname(packageJson), 'data'), version };
}

/**
 * Reads and checks the four files: headers, code formats, unique codes, and that every
 * parent exists one level up. Throws naming the file and line of the first problem.
 */
export async function readRegionData(source: RegionDataSource): Promise<RegionData> {
  const read = new Map<RegionLevelName, RegionRow[]>();
  let parents: ReadonlySet<string> | null = null;
  for (const level of REGION_LEVELS) {
    const spec = FILES[level];
    const path = join(source.dir, spec.file);
    const rows = parseLevel(parseCsv(await readFile(path, 'utf8')), spec, parents, path);
    read.set(level, rows);
    parents = new Set(rows.map((row) => row.code));
  }
  return { version: source.version, levels: recordOf(REGION_LEVELS, (level) => read.get(level) ?? []) };
}

/**
 * The provinces of the installed list, read and checked at once (one small file): for the
 * tables a module builds when it loads (the provinces named by several words).
 */
export function installedProvinces(): readonly RegionRow[] {
  const path = join(dirname(installedPackageJson()), 'data', FILES.province.file);
  return parseLevel(parseCsv(readFileSync(path, 'utf8')), FILES.province, null, path);
}

function parseLevel(records: string[][], spec: LevelFile, parents: ReadonlySet<string> | null, path: string): RegionRow[] {
  const [header, ...body] = records;
  if (header?.join(',') !== spec.header.join(',')) {
    throw new Error(`wksbm-bot: ${path} should start with "${spec.header.join(',')}"`);
  }
  const seen = new Set<string>();
  return body.map((fields, index) => {
    const where = `${path} line ${index + 2}`;
    if (fields.length !== spec.header.length) throw new Error(`wksbm-bot: ${where} has ${fields.length} fields, expected ${spec.header.length}`);
    const code = fields[0]!.trim();
    const name = displayRegionName(fields[fields.length - 1]!);
    if (!spec.code.test(code)) throw new Error(`wksbm-bot: ${where} has a malformed code "${code}"`);
    if (seen.has(code)) throw new Error(`wksbm-bot: ${where} repeats the code ${code}`);
    seen.add(code);
    const nameNorm = normalizeRegionName(name);
    if (nameNorm === '') throw new Error(`wksbm-bot: ${where} has no name`);
    let parentCode: string | null = null;
    if (parents !== null) {
      parentCode = fields[1]!.trim();
      // The code itself says where it belongs (34.02.05 is in 34.02); the column must agree.
      if (code.slice(0, code.lastIndexOf('.')) !== parentCode || !parents.has(parentCode)) {
        throw new Error(`wksbm-bot: ${where}: ${code} has an unknown or mismatched parent "${parentCode}"`);
      }
    }
    return { code, parentCode, name, nameNorm };
  });
}
