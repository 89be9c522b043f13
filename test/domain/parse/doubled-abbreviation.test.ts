/**
 * "Bpk2", a short form doubled with a 2, is "bapak bapak" wherever "bapak2" is: a group's name
 * compared for duplicates ("Arisan Bpk2 RT 3" is "Arisan Bapak2 RT 3" and "Arisan Bpk-Bpk RT 3"),
 * its name as kept (written in full with a hyphen, its short form as typed: "Arisan Bpk-Bpk"), a
 * count of people ("20 bpk2") and a name that is only its kind ("pengajian bpk2").
 */
import { describe, expect, it } from 'vitest';
import { kindOnlyName } from '../../../src/domain/groups/register-kind-name.js';
import { nameAsTyped, normalizeName } from '../../../src/domain/parse/group-name.js';
import { parsePeopleCount } from '../../../src/domain/parse/people-count.js';

describe('"Bpk2" read as "bapak2" is', () => {
  it('the same group\'s name', () => {
    for (const name of ['Arisan Bpk2 RT 3', 'arisan BPK2 rt 03', 'Arisan Bpk-Bpk RT 3', 'Arisan Bapak2 RT 3', 'Arisan Bapak-Bapak RT 3']) {
      expect(normalizeName(name), name).toBe('arisan bapak bapak rt 3');
    }
    // Only the short form of a people's word: any other word with a 2 is a number.
    expect(normalizeName('Posyandu Bpk22')).toBe('posyandu bpk22');
  });

  it('kept written in full, its short form as typed', () => {
    expect(nameAsTyped('arisan bpk2 rt 3')).toBe('Arisan Bpk-Bpk RT 3');
    expect(nameAsTyped('Ronda Bpk2')).toBe('Ronda Bpk-Bpk');
    expect(nameAsTyped('Ronda Bpk-Bpk')).toBe('Ronda Bpk-Bpk');
  });

  it('who a count of people are', () => {
    for (const text of ['20 bpk2', 'anggotanya 20 bpk-bpk', '20 bapak2']) expect(parsePeopleCount(text, { min: 1, max: 500 }), text).toEqual({ ok: true, value: 20 });
  });

  it('no name of a group\'s own after its kind', () => {
    expect(kindOnlyName('Pengajian Bapak2')?.type).toBe('majelis_taklim');
    expect(kindOnlyName('Pengajian Bpk2')?.type).toBe('majelis_taklim');
  });
});
