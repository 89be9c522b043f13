/**
 * The desa simulated users register their groups in (real Kemendagri codes): the test region
 * extract's on quick runs, a spread of the full list's on full runs (benchVillages).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A desa the bench uses, and how a user names it (with its kecamatan, so one desa is meant). */
export interface BenchVillage {
  readonly code: string;
  readonly name: string;
  readonly districtName: string;
}

/** The extract's folder (a RegionDataSource for quick runs). */
export const REGION_EXTRACT_DIR = fileURLToPath(new URL('../../test/support/regions', import.meta.url));
/** The full region list the app seeds (full runs). */
const FULL_LIST_DIR = fileURLToPath(new URL('../../node_modules/idn-area-data/data', import.meta.url));
/** Desa a full run spreads its pairs over. */
const FULL_RUN_VILLAGES = 400;

/**
 * The desa pairs register in, each named with its kecamatan ("Sidomulyo Bambanglipuro"), as a
 * user resolving a common name would. Quick runs (the app on the extract): every desa of the
 * extract. Full runs (the full list): 400 desa of Java and Yogyakarta, spread evenly over the
 * list, whose name and kecamatan are plain words and unique together — pairs spread over as
 * many desa as in a real rollout, rather than piling hundreds of groups into a few (a desa's
 * status is re-evaluated from all its facts on every change).
 */
export function benchVillages(regionExtract: boolean): BenchVillage[] {
  if (regionExtract) return readVillages(REGION_EXTRACT_DIR);
  const all = readVillages(FULL_LIST_DIR);
  const count = new Map<string, number>();
  for (const village of all) count.set(key(village), (count.get(key(village)) ?? 0) + 1);
  const plain = /^[A-Za-z]+(?: [A-Za-z]+)?$/;
  const candidates = all.filter(
    (village) => /^3[3-5]\./.test(village.code) && plain.test(village.name) && plain.test(village.districtName) && count.get(key(village)) === 1,
  );
  const step = Math.max(1, Math.floor(candidates.length / FULL_RUN_VILLAGES));
  return candidates.filter((_, index) => index % step === 0).slice(0, FULL_RUN_VILLAGES);
}

function key(village: BenchVillage): string {
  return `${village.name.toLowerCase()} ${village.districtName.toLowerCase()}`;
}

/** villages.csv and districts.csv of a region folder (code, parent code, name). */
function readVillages(dir: string): BenchVillage[] {
  const rows = (file: string) =>
    readFileSync(`${dir}/${file}`, 'utf8').trim().split('\n').slice(1).map((line) => line.split(','));
  const districts = new Map(rows('districts.csv').map(([code, , name]) => [code!, name!]));
  return rows('villages.csv').map(([code, district, name]) => ({ code: code!, name: name!, districtName: districts.get(district!) ?? '' }));
}
