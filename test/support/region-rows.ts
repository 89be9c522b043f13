/**
 * A few real region rows for tests that need a desa but not the region seed: Poncosari
 * (34.02.01.2001, Kec. Srandakan) and Gadingsari (34.02.02.2001, Kec. Sanden), Kabupaten
 * Bantul, DI Yogyakarta.
 */
import type { PrismaClient } from '../../src/storage/generated/prisma/client.js';

export const PONCOSARI = '34.02.01.2001';
export const GADINGSARI = '34.02.02.2001';

/** Inserts the province, regency, two districts and two villages. */
export async function insertTestRegions(prisma: PrismaClient): Promise<void> {
  await prisma.region.createMany({
    data: [
      { code: '34', level: 'province', parentCode: null, name: 'DI Yogyakarta', nameNorm: 'di yogyakarta' },
      { code: '34.02', level: 'regency', parentCode: '34', name: 'Kabupaten Bantul', nameNorm: 'kabupaten bantul' },
      { code: '34.02.01', level: 'district', parentCode: '34.02', name: 'Srandakan', nameNorm: 'srandakan' },
      { code: PONCOSARI, level: 'village', parentCode: '34.02.01', name: 'Poncosari', nameNorm: 'poncosari' },
      { code: '34.02.02', level: 'district', parentCode: '34.02', name: 'Sanden', nameNorm: 'sanden' },
      { code: GADINGSARI, level: 'village', parentCode: '34.02.02', name: 'Gadingsari', nameNorm: 'gadingsari' },
    ],
  });
}
