/**
 * A small extract of the region list (idn-area-data, ODbL) for tests that need villages but
 * not the full ~92,000 rows: Bambanglipuro and Sewon (Bantul), Godean and Depok (Sleman),
 * Batu (Kota Batu), 25 villages with their real codes, including three Sidomulyo.
 * `seedRegions(prisma, { source: TEST_REGION_SOURCE })` loads it in well under a second.
 */
import { join } from 'node:path';
import type { RegionDataSource } from '../../src/storage/regions/region-dataset.js';

export const TEST_REGION_SOURCE: RegionDataSource = {
  dir: join(import.meta.dirname, 'regions'),
  version: 'test-extract-4.0.1',
};
