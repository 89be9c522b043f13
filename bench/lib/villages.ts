/**
 * The desa simulated users register their groups in: villages of the test region extract
 * (test/support/regions, real Kemendagri codes) whose names are distinctive enough that a
 * search by name offers them in the picker on the full region list too.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A desa the bench uses. */
export interface BenchVillage {
  readonly code: string;
  readonly name: string;
}

const DISTINCT = new Set([
  'Panggungharjo', 'Timbulharjo', 'Bangunharjo', 'Pendowoharjo', 'Mulyodadi', 'Sumbermulyo', 'Sidoluhur', 'Sidokarto',
  'Sidoarum', 'Sidomoyo', 'Caturtunggal', 'Maguwoharjo', 'Condongcatur', 'Songgokerto', 'Oro-oro Ombo', 'Temas',
]);

/** The extract's folder (a RegionDataSource for quick runs). */
export const REGION_EXTRACT_DIR = fileURLToPath(new URL('../../test/support/regions', import.meta.url));

/** The villages, in file order. */
export function benchVillages(): BenchVillage[] {
  const lines = readFileSync(`${REGION_EXTRACT_DIR}/villages.csv`, 'utf8').trim().split('\n').slice(1);
  return lines
    .map((line) => line.split(','))
    .map(([code, , name]) => ({ code: code!, name: name! }))
    .filter((village) => DISTINCT.has(village.name));
}
