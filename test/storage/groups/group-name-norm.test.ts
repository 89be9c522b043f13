/**
 * Group names compared for duplicates: the app's normalizeName (new names) and the migration
 * that brought the names stored before to the same form (wksbm_group_name_norm_v2) agree,
 * on a real PostgreSQL.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { normalizeName } from '../../../src/domain/flow-kit.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';

/** The form stored before the migration: lower case, no accents, punctuation as spaces. */
function storedBefore(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const NAMES = [
  'PKK Dusun Glugo', 'pkk dsn glugo', 'PKK Dsn. Glugo', 'Arisan RT 05', 'arisan rt 5', 'Arisan RT 005 / RW 03', 'Arisan RT 10',
  'KWT Melati', 'Kelompok Wanita Tani Melati', 'Poktan Makmur', 'Klp Tani Makmur', 'Kelp. Tani Makmur', "Majlis Ta'lim Al-Ikhlas",
  'Majelis Taklim Al-Ikhlas', 'Majelis Talim Al Ikhlas', 'Arisan Ibu2 Melati', 'Arisan Ibu-Ibu Melati', 'Arisan Bpk2 RT 0', 'Arisan Bapak2 RW 100',
  'Karang Taruna Tunas Muda', 'Posyandu Melati 3', "Jum'at Berkah", 'Dasawisma Mawar 007', 'KT Dsnx', 'Pos 0', 'Café Sehat',
];

describeEachDatabase('group names compared for duplicates', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  it('the migration gives the names stored before the form new names get', async () => {
    for (const name of NAMES) {
      const [row] = await db.prisma.$queryRaw<Array<{ norm: string }>>`SELECT wksbm_group_name_norm_v2(${storedBefore(name)}) AS norm`;
      expect(row!.norm, name).toBe(normalizeName(name));
    }
  });

  it('spells out what people abbreviate, and drops leading zeros', () => {
    expect(normalizeName('pkk dsn glugo')).toBe(normalizeName('PKK Dusun Glugo'));
    expect(normalizeName('Arisan RT 05')).toBe(normalizeName('arisan rt 5'));
    expect(normalizeName("Majlis Ta'lim Al-Ikhlas")).toBe(normalizeName('Majelis Taklim Al Ikhlas'));
    expect(normalizeName('KWT Melati')).toBe(normalizeName('Kelompok Wanita Tani Melati'));
    expect(normalizeName('Arisan RT 10')).toBe('arisan rt 10');
    expect(normalizeName('Arisan RT 5')).not.toBe(normalizeName('Arisan RT 15'));
  });
});
