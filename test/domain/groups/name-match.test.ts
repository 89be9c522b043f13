/**
 * A name typed at registration against the desa's groups: the same normalised name is the
 * same group; the same name but for an RT/RW only one of the two carries is asked about;
 * two different RT/RW are two groups.
 */
import { describe, expect, it } from 'vitest';
import { matchName, matchWithoutTierWord } from '../../../src/domain/groups/name-match.js';
import type { NamedGroup } from '../../../src/domain/model/groups.js';
import { normalizeName, splitAreaSuffix } from '../../../src/domain/parse/group-name.js';

const group = (id: string, name: string, rw = 0): NamedGroup => ({ id, name, nameNorm: normalizeName(name), unit: { rw, rt: 0, dusun: '' } });
const XI = group('xi', 'Karang Taruna Tunas Bangsa RW XI', 11);
const BARE = group('bare', 'Karang Taruna Tunas Bangsa');
const TWELVE = group('twelve', 'Karang Taruna Tunas Bangsa RW 12', 12);

describe('splitAreaSuffix', () => {
  it('splits the trailing RT/RW off a normalised name', () => {
    expect(splitAreaSuffix('karang taruna tunas bangsa rw 11')).toEqual({ base: 'karang taruna tunas bangsa', suffix: 'rw 11' });
    expect(splitAreaSuffix('arisan rt 4 rw 14')).toEqual({ base: 'arisan', suffix: 'rt 4 rw 14' });
    expect(splitAreaSuffix('arisan rt 5 melati')).toEqual({ base: 'arisan rt 5 melati', suffix: '' });
    // A name that is only an RT/RW has no base to compare.
    expect(splitAreaSuffix('rw 11')).toEqual({ base: 'rw 11', suffix: '' });
  });
});

describe('matchName', () => {
  it('finds the same name first, written however', () => {
    expect(matchName(normalizeName('karang taruna tunas bangsa rw.11'), [BARE, XI])).toEqual({ kind: 'same', id: 'xi', name: XI.name });
    expect(matchName(normalizeName('Karang Taruna Tunas Bangsa'), [XI, BARE])).toEqual({ kind: 'same', id: 'bare', name: BARE.name });
  });

  it('finds the name with or without an RT/RW that only one of the two carries, with its place', () => {
    expect(matchName(normalizeName('karang taruna tunas bangsa'), [XI])).toEqual({ kind: 'areaSuffix', id: 'xi', name: XI.name, unit: XI.unit });
    expect(matchName(normalizeName('Karang Taruna Tunas Bangsa RW 11'), [BARE])).toEqual({ kind: 'areaSuffix', id: 'bare', name: BARE.name, unit: BARE.unit });
  });

  it('asks nothing when the two are known to be in different RW: by a name, an area or the RW the person gave', () => {
    const bareInTwelve = group('bare12', 'Karang Taruna Tunas Bangsa', 12);
    expect(matchName(normalizeName('Karang Taruna Tunas Bangsa RW XI'), [bareInTwelve])).toBeNull();
    expect(matchName(normalizeName('Karang Taruna Tunas Bangsa RW 12'), [bareInTwelve])).toMatchObject({ kind: 'areaSuffix', id: 'bare12' });
    expect(matchName(normalizeName('Karang Taruna Tunas Bangsa'), [XI], 2)).toBeNull();
    expect(matchName(normalizeName('Karang Taruna Tunas Bangsa'), [XI], 11)).toMatchObject({ kind: 'areaSuffix', id: 'xi' });
  });

  it('keeps different RT/RW and other names apart', () => {
    expect(matchName(normalizeName('Karang Taruna Tunas Bangsa RW 12'), [XI])).toBeNull();
    expect(matchName(normalizeName('Karang Taruna Tunas Bangsa RW 13'), [XI, TWELVE])).toBeNull();
    expect(matchName(normalizeName('Karang Taruna Tunas Bangsa Baru'), [BARE, XI])).toBeNull();
    expect(matchName(normalizeName('Karang Taruna Tunas'), [BARE, XI])).toBeNull();
  });
});

describe('matchWithoutTierWord', () => {
  const GLUGO = group('glugo', 'PKK Dsn Glugo');
  it('finds a name the same but for the word of its dusun (was registered twice)', () => {
    expect(matchWithoutTierWord(normalizeName('pkk glugo'), [GLUGO])).toMatchObject({ kind: 'areaSuffix', id: 'glugo', name: 'PKK Dsn Glugo' });
    expect(matchWithoutTierWord(normalizeName('PKK Padukuhan Glugo'), [GLUGO])).toMatchObject({ id: 'glugo' });
  });

  it('finds nothing for another name, the same name, or a name of one word', () => {
    expect(matchWithoutTierWord(normalizeName('pkk glugo lor'), [GLUGO])).toBeNull();
    expect(matchWithoutTierWord(normalizeName('PKK Dusun Glugo'), [GLUGO])).toBeNull();
    expect(matchWithoutTierWord(normalizeName('dusun glugo'), [group('g', 'Glugo')])).toBeNull();
  });
});
