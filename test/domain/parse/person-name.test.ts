/**
 * A person's name typed all in lower case or all in capitals is kept with the capitals a name
 * is written with ("bu sri wahyuni" was shown to officers as "Ketua: bu sri wahyuni"); one typed
 * in mixed case is kept as typed; "bin", "binti", "van" stay lower case inside a name.
 */
import { describe, expect, it } from 'vitest';
import { personNameAsTyped } from '../../../src/domain/parse/person-name.js';

describe('personNameAsTyped', () => {
  it.each([
    ['bu sri wahyuni', 'Bu Sri Wahyuni'],
    ['pak budi santoso', 'Pak Budi Santoso'],
    ['PAK BUDI SANTOSO', 'Pak Budi Santoso'],
    ['SITI AMINAH', 'Siti Aminah'],
    // A phone keyboard's capital at the start only: the rest tidied, the first word as typed.
    ['Bu sri wahyuni', 'Bu Sri Wahyuni'],
    ['Dr. siti aminah', 'Dr. Siti Aminah'],
    ['mas bagus', 'Mas Bagus'],
    ['ahmad bin sulaiman', 'Ahmad bin Sulaiman'],
    ['siti binti ahmad', 'Siti binti Ahmad'],
    ['AHMAD BIN SULAIMAN', 'Ahmad bin Sulaiman'],
    ['maria van der berg', 'Maria van der Berg'],
    ['van basten', 'Van Basten'],
    ['muhammad al fatih', 'Muhammad Al Fatih'],
    ['habib ali al-habsyi', 'Habib Ali Al-Habsyi'],
    ["ma'ruf amin", "Ma'ruf Amin"],
    ['dr. siti', 'dr. Siti'],
    ['hj. siti khotijah', 'Hj. Siti Khotijah'],
    ['tono sugiarto, s.sos', 'Tono Sugiarto, S.Sos'],
    ['pak rt', 'Pak RT'],
    ['i made suarta', 'I Made Suarta'],
  ])('tidies %s as %s', (typed, kept) => {
    expect(personNameAsTyped(typed)).toBe(kept);
  });

  it.each(['McDonald', 'dr. Siti', 'Siti binti Ahmad', 'Bu Sri Wahyuni', 'Ni Luh putu', 'H. Agus Salim', 'Tono Sugiarto, S.Sos', 'DeWi'])('keeps %s, typed in mixed case, as typed', (typed) => {
    expect(personNameAsTyped(typed)).toBe(typed);
  });
});
