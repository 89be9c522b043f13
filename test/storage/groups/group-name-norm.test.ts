/**
 * Group names compared for duplicates: the app's normalizeName (new names) and the migrations
 * that brought the names stored before to the same form (wksbm_group_name_norm_v2, then
 * wksbm_group_name_norm_v3 for RT/RW numbers, then wksbm_group_name_norm_v4 for RT/RW parts
 * written together, then wksbm_group_name_norm_v5 for the people's words doubled with a 2, then
 * wksbm_group_name_norm_v6 for their short forms so doubled, "bpk2") agree, on a real PostgreSQL.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DOUBLED_SHORT_FORMS, DOUBLED_STEMS, nameAsTyped, normalizeName } from '../../../src/domain/parse/group-name.js';
import { Prisma } from '../../../src/storage/generated/prisma/client.js';
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
  // RT/RW parts written together: glued Roman numerals, several parts in one word, a value glued to the next part.
  'Karang Taruna Tunas Bangsa RWXI', 'Karang Taruna Tunas Bangsa rw11', 'Arisan rt05rw03', 'Arisan RT.05/RW.03', 'Arisan RT05RW03', 'Arisan rt5rw3',
  'Arisan rt.05rw.03', 'Arisan RT 05RW03', 'Arisan RTIV', 'Pos RWXIrt3', 'Arisan RT.IVRW.XI', 'Arisan RT5RW XI', 'Arisan RT5RW', 'Arisan RW003RT0',
  'Posyandu RWIIII', 'Posyandu RWD', 'Arisan rtrw 5', 'Arisan RTRW', 'art5', 'Arisan 5rw3', 'Arisan rt 5rwiiii', 'Arisan rw 05 rt0 3', 'Rtxi', 'rt05rw03 rt07',
  // The people a group is made of, doubled with a 2 (or a ²), a hyphen or a space; a name's own word with a 2 is a number.
  'Anak2', 'anak2', 'Anak-Anak', 'anak anak', 'Taman Baca Anak2 Glugo', 'Karang Taruna Remaja2 RW 03', 'Paguyuban Warga2 rt05rw03', 'Arisan Ibu2 Bapak2',
  'Kelompok Lansia² Sehat', 'Ortu2 Murid', 'Posyandu Mawar2', 'Melati2', 'Anak22', 'anak02', 'Anak2nya', 'an2', 'Rw2', 'Arisan Ibu2Bapak2',
  // A short form so doubled ("Bpk2" is "Bapak2"); a short form with more after it is a number or a word of its own.
  'Ronda Bpk2', 'ronda BPK2 rw 3', 'Ronda Bpk-Bpk', 'Ronda Bpk²', 'Ronda Bpk22', 'Ronda Bpk2nya', 'Bpk2Ibu2',
];

/** The names stored before brought to today's form, as the migrations do, on PostgreSQL. */
const MIGRATED = (before: string | Prisma.Sql) =>
  Prisma.sql`wksbm_group_name_norm_v6(wksbm_group_name_norm_v5(wksbm_group_name_norm_v4(wksbm_group_name_norm_v3(wksbm_group_name_norm_v2(${before})))))`;

describeEachDatabase('group names compared for duplicates', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  it('the migration gives the names stored before the form new names get', async () => {
    for (const name of NAMES) {
      const [row] = await db.prisma.$queryRaw<Array<{ norm: string }>>`SELECT ${MIGRATED(storedBefore(name))} AS norm`;
      expect(row!.norm, name).toBe(normalizeName(name));
    }
  });

  it('agrees with the migrations on names made of RT/RW pieces however they are put together', async () => {
    // Pieces people type around RT/RW numbers, glued or apart, with dots, slashes, zeros and Roman numerals (and words doubled with a 2).
    const piece = fc.constantFrom('rt', 'rw', 'RT', 'Rw', 'r', 't', 'w', 'r.w.', '0', '05', '011', '3', 'xi', 'IV', 'iiii', 'c', 'd', 'mix', 'arisan', 'dsn', ' ', '.', '/', '-', 'anak', 'Ibu', '2', 'ortu', 'Bpk');
    const loose = fc.array(piece, { minLength: 1, maxLength: 8 }).map((pieces) => pieces.join(''));
    // An RT/RW word, a separator or none, a value, a separator or none: "RT.05", "rw011/", "Rwxi".
    const part = fc
      .tuple(fc.constantFrom('rt', 'rw', 'RT', 'Rw', 'r.w.', 'r'), fc.constantFrom('', '', ' ', '.'), fc.constantFrom('0', '05', '011', '3', 'xi', 'IV', 'iiii', 'c', 'd', 'mix', ''), fc.constantFrom('', '', ' ', '/', '-'))
      .map((pieces) => pieces.join(''));
    const parts = fc.tuple(fc.constantFrom('', 'Arisan ', 'pos', '3'), fc.array(part, { minLength: 1, maxLength: 4 })).map(([head, rest]) => head + rest.join(''));
    const names = fc.sample(fc.oneof(loose, parts), { seed: 20_261_207, numRuns: 1000 });
    const rows = await db.prisma.$queryRaw<Array<{ name: string; norm: string }>>`
      SELECT t.name, ${MIGRATED(Prisma.sql`t.before`)} AS norm
      FROM unnest(${names}::text[], ${names.map(storedBefore)}::text[]) AS t(name, before)`;
    expect(rows).toHaveLength(names.length);
    for (const row of rows) expect(row.norm, row.name).toBe(normalizeName(row.name));
  });

  it('reads every people\'s word doubled with a 2 as it is written in full, stored before or typed now, and nothing else so', async () => {
    for (const stem of DOUBLED_STEMS) {
      const [doubled, capital] = [`${stem}2`, `${stem[0]!.toUpperCase()}${stem.slice(1)}2`];
      const forms = [doubled, capital, `${stem}-${stem}`, `${stem} ${stem}`, nameAsTyped(doubled), `Kelompok ${capital} Glugo`];
      const rows = await db.prisma.$queryRaw<Array<{ norm: string }>>`
        SELECT ${MIGRATED(Prisma.sql`t.before`)} AS norm FROM unnest(${forms.map(storedBefore)}::text[]) WITH ORDINALITY AS t(before, n) ORDER BY n`;
      const migrated = rows.map((row) => row.norm);
      expect(forms.slice(0, 5).map(normalizeName), stem).toEqual(Array(5).fill(`${stem} ${stem}`));
      expect(migrated.slice(0, 5), stem).toEqual(Array(5).fill(`${stem} ${stem}`));
      expect([normalizeName(forms[5]!), migrated[5]], stem).toEqual(Array(2).fill(`kelompok ${stem} ${stem} glugo`));
    }
    // A short form so doubled is its stem's ("Bpk2" is "bapak2"), stored before or typed now.
    for (const [short, stem] of DOUBLED_SHORT_FORMS) {
      const forms = [`Ronda ${short}2`, `Ronda ${short.toUpperCase()}2`, `Ronda ${short}-${short}`, `Ronda ${stem}2`, nameAsTyped(`ronda ${short}2`)];
      const rows = await db.prisma.$queryRaw<Array<{ norm: string }>>`
        SELECT ${MIGRATED(Prisma.sql`t.before`)} AS norm FROM unnest(${forms.map(storedBefore)}::text[]) WITH ORDINALITY AS t(before, n) ORDER BY n`;
      expect([...forms.map(normalizeName), ...rows.map((row) => row.norm)], short).toEqual(Array(10).fill(`ronda ${stem} ${stem}`));
    }
    // A word with a 2 that is no people's word is a number, as nameAsTyped keeps it ("Posyandu Mawar2" is Mawar 2).
    expect(['Posyandu Mawar2', 'Arisan RT2', 'Anak22', 'Anak2nya', 'Ibu2Bapak2'].map(normalizeName)).toEqual(['posyandu mawar2', 'arisan rt 2', 'anak22', 'anak2nya', 'ibu2bapak2']);
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
    // Written together: "RWXI", "rt05rw03", "RT.05/RW.03", "RT.05RW.03".
    expect(normalizeName('Karang Taruna Tunas Bangsa RWXI')).toBe('karang taruna tunas bangsa rw 11');
    for (const name of ['Arisan rt05rw03', 'Arisan RT.05/RW.03', 'Arisan RT05RW03', 'Arisan rt.05rw.03', 'Arisan rt5rw3']) expect(normalizeName(name), name).toBe('arisan rt 5 rw 3');
    expect(normalizeName('Arisan RT.IVRW.XI')).toBe('arisan rt 4 rw 11');
    expect(normalizeName('Arisan rtrw 5')).toBe('arisan rtrw 5');
    expect(normalizeName('Posyandu RWIIII')).toBe('posyandu rwiiii');
    // Roman numerals only after RT/RW, and only canonical ones of I, V, X, L, C.
    expect(normalizeName('Posyandu Melati III')).toBe('posyandu melati iii');
    expect(normalizeName('Arisan RT di Glugo')).toBe('arisan rt di glugo');
    expect(normalizeName('Posyandu RW IIII')).toBe('posyandu rw iiii');
  });
});
