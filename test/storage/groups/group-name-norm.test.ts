/**
 * Group names compared for duplicates: the app's normalizeName (new names) and the migrations
 * that brought the names stored before to the same form (wksbm_group_name_norm_v2, then
 * wksbm_group_name_norm_v3 for RT/RW numbers) agree, on a real PostgreSQL.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { normalizeName } from '../../../src/domain/parse/group-name.js';
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
  // RT/RW numbers however written: Roman, glued, with dots, leading zeros, "R.W.".
  'Karang Taruna Tunas Bangsa RW XI', 'karang taruna tunas bangsa rw.11', 'Karang Taruna Tunas Bangsa Rw11', 'Karang Taruna Tunas Bangsa RW 011',
  'Karang Taruna Tunas Bangsa R.W. 11', 'Karang Taruna Tunas Bangsa RW011', 'Karang Taruna Tunas Bangsa RW 12', 'Arisan RT.IV/RW.XIV', 'Arisan RT 004 RW 014',
  'Arisan rt04rw14', 'Arisan RT 0', 'Arisan RW0', 'Arisan RT di Glugo', 'Posyandu RW Mix', 'Posyandu RW CCCXCIX', 'Posyandu RW IIII', 'Arisan RW XC RT IX',
  'Kelompok R T 3', 'Rw X', 'RW', 'Pos Rwxi', 'Art 5', 'Rt rw xi', 'Rt 05 05', '',
];

describeEachDatabase('group names compared for duplicates', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  it('the migration gives the names stored before the form new names get', async () => {
    for (const name of NAMES) {
      const [row] = await db.prisma.$queryRaw<Array<{ norm: string }>>`SELECT wksbm_group_name_norm_v3(wksbm_group_name_norm_v2(${storedBefore(name)})) AS norm`;
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

  it('writes RT/RW numbers in one form, and keeps different numbers apart', () => {
    const same = ['Karang Taruna Tunas Bangsa RW XI', 'karang taruna tunas bangsa rw.11', 'Karang Taruna Tunas Bangsa Rw11', 'Karang Taruna Tunas Bangsa RW 011', 'Karang Taruna Tunas Bangsa R.W. 11'];
    for (const name of same) expect(normalizeName(name), name).toBe('karang taruna tunas bangsa rw 11');
    expect(normalizeName('Karang Taruna Tunas Bangsa RW 12')).toBe('karang taruna tunas bangsa rw 12');
    expect(normalizeName('Arisan RT.IV/RW.XIV')).toBe(normalizeName('Arisan RT 004 RW 014'));
    // Roman numerals only after RT/RW, and only canonical ones of I, V, X, L, C.
    expect(normalizeName('Posyandu Melati III')).toBe('posyandu melati iii');
    expect(normalizeName('Arisan RT di Glugo')).toBe('arisan rt di glugo');
    expect(normalizeName('Posyandu RW IIII')).toBe('posyandu rw iiii');
  });
});
