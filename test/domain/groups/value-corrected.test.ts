/**
 * A value corrected with no field named ("bukan 25 tapi 8"), as leaders type it: the wrong value
 * and the right one; and which fields of their groups hold the wrong value (the group on screen's first).
 */
import { describe, expect, it } from 'vitest';
import { fieldsHolding, valueCorrected } from '../../../src/domain/groups/value-corrected.js';
import type { GroupView } from '../../../src/domain/model/groups.js';

const group = (name: string, memberCount: number, more: Partial<GroupView> = {}) =>
  ({ id: name, name, memberCount, foundedYear: null, ketuaName: 'Bu Ani', ketuaPhone: '+6281211112222', ...more }) as GroupView;

describe('a value corrected with no field named', () => {
  it.each([
    ['bukan 25 tapi 8', '25', '8'],
    ['bkn 25 tp 8', '25', '8'],
    ['eh bukan 25, harusnya 8', '25', '8'],
    ['maaf min bukan 25 orang tapi 8 orang', '25 orang', '8 orang'],
    ['25 salah, harusnya 8', '25', '8'],
    ['yg 25 itu salah, yang bener 8', '25', '8'],
    ['8 bukan 25', '25', '8'],
    ['harusnya 8, bukan 25', '25', '8'],
    ['not 25 but 8', '25', '8'],
    ["it's 8 not 25", '25', '8'],
    ['bukan Bu Ani tapi Bu Sri', 'Bu Ani', 'Bu Sri'],
    // Any title a new ketua is said with (parse/name-phone.ts TITLES, one list): were no correction.
    ['bukan ustadz Ali tapi ustadz Budi', 'ustadz Ali', 'ustadz Budi'],
    ['bukan mbak Rina tapi kakak Dewi', 'mbak Rina', 'kakak Dewi'],
    ['ustadzah Siti bukan hj Aminah', 'hj Aminah', 'ustadzah Siti'],
    ['bukan 0812 1111 2222 tapi 0813 4444 5555', '0812 1111 2222', '0813 4444 5555'],
  ])('reads %j', (typed, wrong, right) => {
    expect(valueCorrected(typed)).toEqual({ wrong, right });
  });

  it.each(['bukan 25 tapi 8?', 'bukan kelompok tapi desa', 'jumlah anggota bukan 25 tapi 8', 'bukan begitu tapi 8', 'anggota 8'])('reads no value corrected in %j', (typed) => {
    expect(valueCorrected(typed)).toBeNull();
  });

  it("finds the fields holding it, the screen's group first, else in every group", () => {
    const anggrek = group('Anggrek', 25, { foundedYear: 2015 });
    const taruna = group('Taruna', 25, { ketuaName: 'Mas Rizky', ketuaPhone: '+6281322223333' });
    expect(fieldsHolding('25', [anggrek, taruna]).map(({ group: { name }, field }) => `${name}:${field}`)).toEqual(['Anggrek:members', 'Taruna:members']);
    expect(fieldsHolding('25 orang', [anggrek, taruna], taruna).map(({ group: { name } }) => name)).toEqual(['Taruna']);
    expect(fieldsHolding('2015', [anggrek, taruna], taruna).map(({ group: { name }, field }) => `${name}:${field}`)).toEqual(['Anggrek:founded']);
    expect(fieldsHolding('0813 2222 3333', [anggrek, taruna]).map(({ field }) => field)).toEqual(['ketuaPhone']);
    expect(fieldsHolding('bu ani', [anggrek, taruna]).map(({ group: { name }, field }) => `${name}:${field}`)).toEqual(['Anggrek:ketuaName']);
    expect(fieldsHolding('99', [anggrek, taruna])).toEqual([]);
    // A ketua kept without the title typed with her (ketuaNameKept): "bu ani", "ustadz Ali" said with one are she.
    const kept = group('Kenanga', 30, { ketuaName: 'Ani' });
    const ali = group('Nurul Iman', 40, { ketuaName: 'Ali' });
    expect(fieldsHolding('bu ani', [kept, ali]).map(({ group: { name }, field }) => `${name}:${field}`)).toEqual(['Kenanga:ketuaName']);
    expect(fieldsHolding('ustadz Ali', [kept, ali]).map(({ group: { name }, field }) => `${name}:${field}`)).toEqual(['Nurul Iman:ketuaName']);
  });
});
