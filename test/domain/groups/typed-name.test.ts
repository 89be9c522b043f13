/** A group's name typed at its question: its capitals, and the type it states. */
import { describe, expect, it } from 'vitest';
import { typeFromName } from '../../../src/domain/groups/group-answers.js';
import { nameAsTyped } from '../../../src/domain/parse/group-name.js';

describe('nameAsTyped', () => {
  it('gives a name typed all in lower case its capitals, short forms in capitals', () => {
    expect(nameAsTyped('mt nurul huda rt 7 rw 2')).toBe('MT Nurul Huda RT 7 RW 2');
    expect(nameAsTyped('pkk dusun glugo')).toBe('PKK Dusun Glugo');
  });

  it('writes a Roman numeral after RW or dusun in capitals (was "RW Xi")', () => {
    expect(nameAsTyped('karang taruna tunas bangsa rw xi')).toBe('Karang Taruna Tunas Bangsa RW XI');
    expect(nameAsTyped('pkk dusun ii')).toBe('PKK Dusun II');
  });

  it('gives a name typed all in capitals the capitals of a form, its short forms kept (was kept shouting)', () => {
    expect(nameAsTyped('POSYANDU LANSIA SEHAT BAHAGIA')).toBe('Posyandu Lansia Sehat Bahagia');
    expect(nameAsTyped('KWT SRI REJEKI RW XI')).toBe('KWT Sri Rejeki RW XI');
    // Only short forms: written so on purpose.
    expect(nameAsTyped('PKK RT 05')).toBe('PKK RT 05');
    expect(nameAsTyped('KUB')).toBe('KUB');
  });

  it('writes a word doubled with a 2 in full ("ibu2" is "ibu-ibu"), in any case; real numbers stay', () => {
    expect(nameAsTyped('arisan ibu2 rt 3')).toBe('Arisan Ibu-Ibu RT 3');
    expect(nameAsTyped('Arisan Ibu2')).toBe('Arisan Ibu-Ibu');
    expect(nameAsTyped('PENGAJIAN BAPAK2 RW 05')).toBe('Pengajian Bapak-Bapak RW 05');
    expect(nameAsTyped('Posyandu anak2 Ceria')).toBe('Posyandu anak-anak Ceria');
    expect(nameAsTyped('arisan ibu-ibu melati')).toBe('Arisan Ibu-Ibu Melati');
    for (const name of ['Arisan RT 02', 'Posyandu Mawar 2', 'Dasawisma 12', 'Arisan Melati12', 'PKK2', 'Arisan rt2 rw5', 'KWT Sri Rejeki 2']) expect(nameAsTyped(name), name).toBe(name);
    expect(nameAsTyped('posyandu mawar 2')).toBe('Posyandu Mawar 2');
    // A name's own word with a 2 is a number, not a doubling ("Mawar2" is Mawar 2, never Mawar-Mawar).
    for (const name of ['Posyandu Mawar2', 'Arisan Melati2', 'KWT Sekar2']) expect(nameAsTyped(name), name).toBe(name);
    expect(nameAsTyped('posyandu mawar2')).toBe('Posyandu Mawar2');
    expect(nameAsTyped('karang taruna pemuda2 rw 4')).toBe('Karang Taruna Pemuda-Pemuda RW 4');
  });

  it('keeps a name typed with capitals as it is', () => {
    expect(nameAsTyped('Arisan ibu-ibu RT 05 melati')).toBe('Arisan ibu-ibu RT 05 melati');
    expect(nameAsTyped('KWT Sri Rejeki')).toBe('KWT Sri Rejeki');
  });
});

describe('typeFromName', () => {
  it('reads "MT" leading a name as majelis taklim (the type was asked)', () => {
    expect(typeFromName('MT Nurul Huda RT 7 RW 2')).toBe('majelis_taklim');
    expect(typeFromName('mt. al ikhlas')).toBe('majelis_taklim');
  });

  it('leaves other two-letter forms and a short form alone to the type question', () => {
    // "KT" is also Kelompok Tani, "RK" also Rukun Kampung; "MT" alone names nothing.
    expect(typeFromName('KT Sri Rejeki')).toBeNull();
    expect(typeFromName('RK Sejahtera')).toBeNull();
    expect(typeFromName('MT')).toBeNull();
    expect(typeFromName('Arisan Mt Merapi')).toBe('arisan');
  });
});
