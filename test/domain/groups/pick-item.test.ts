/**
 * Picking a group from a list: by its button, its number, or its name typed — the whole name
 * or words that only its name holds ("pkk", "tunas muda"), however its RT/RW is written ("rw.11"
 * for "RW XI"); never a guess between several.
 */
import { describe, expect, it } from 'vitest';
import { groupsNamed, pickItem, type GroupRef } from '../../../src/domain/groups/group-ref.js';

const GROUPS = [
  { id: 'a', name: 'PKK Dusun Glugo' },
  { id: 'b', name: 'Karang Taruna Tunas Muda' },
  { id: 'c', name: 'Arisan RT 05 Melati' },
  { id: 'd', name: 'Arisan RT 07' },
];
const text = (value: string) => ({ type: 'text' as const, text: value });

describe('pickItem', () => {
  it('takes the button, or the number in the list', () => {
    expect(pickItem({ type: 'button', id: 'other:b' }, GROUPS, 'other:')?.id).toBe('b');
    expect(pickItem(text('3'), GROUPS, 'other:')?.id).toBe('c');
    expect(pickItem(text('9'), GROUPS, 'other:')).toBeUndefined();
  });

  it('takes a name typed whole or by words only one name holds, whatever the case and punctuation', () => {
    expect(pickItem(text('pkk dusun glugo'), GROUPS, 'other:')?.id).toBe('a');
    expect(pickItem(text('PKK'), GROUPS, 'other:')?.id).toBe('a');
    expect(pickItem(text('tunas muda!'), GROUPS, 'other:')?.id).toBe('b');
    expect(pickItem(text('arisan melati'), GROUPS, 'other:')?.id).toBe('c');
    expect(pickItem(text('Arisan RT 07'), GROUPS, 'other:')?.id).toBe('d');
  });

  it('takes an RT/RW or an abbreviation written another way than in the name', () => {
    const groups = [...GROUPS, { id: 'e', name: 'Karang Taruna Tunas Bangsa RW XI' }, { id: 'f', name: 'Karang Taruna Tunas Bangsa RW 12' }];
    expect(pickItem(text('tunas bangsa rw 11'), groups, 'other:')?.id).toBe('e');
    expect(pickItem(text('karang taruna tunas bangsa rw.011'), groups, 'other:')?.id).toBe('e');
    expect(pickItem(text('Tunas Bangsa Rw12'), groups, 'other:')?.id).toBe('f');
    expect(pickItem(text('pkk dsn glugo'), groups, 'other:')?.id).toBe('a');
    expect(pickItem(text('arisan rt 5'), groups, 'other:')?.id).toBe('c');
    expect(pickItem(text('tunas bangsa'), groups, 'other:')).toBeUndefined();
  });

  it('takes a name or a place in the list said with chat words around it ("yg pkk", "yang kedua", "no 2 aja"; were refused)', () => {
    expect(pickItem(text('yg pkk'), GROUPS, 'other:')?.id).toBe('a');
    expect(pickItem(text('yang tunas muda itu'), GROUPS, 'other:')?.id).toBe('b');
    expect(pickItem(text('sing arisan melati wae'), GROUPS, 'other:')?.id).toBe('c');
    expect(pickItem(text('pkk aja'), GROUPS, 'other:')?.id).toBe('a');
    expect(pickItem(text('yang kedua'), GROUPS, 'other:')?.id).toBe('b');
    expect(pickItem(text('no 2 aja'), GROUPS, 'other:')?.id).toBe('b');
    expect(pickItem(text('yg terakhir'), GROUPS, 'other:')?.id).toBe('d');
    expect(pickItem(text('yg arisan'), GROUPS, 'other:')).toBeUndefined();
  });

  it('takes nothing when several names or none hold the words', () => {
    expect(pickItem(text('arisan'), GROUPS, 'other:')).toBeUndefined();
    expect(pickItem(text('posyandu'), GROUPS, 'other:')).toBeUndefined();
    expect(pickItem(text('!!'), GROUPS, 'other:')).toBeUndefined();
  });
});

describe('groupsNamed', () => {
  const VILLAGE: readonly GroupRef[] = [
    { id: 'a', name: 'PKK Dusun Glugo', villageCode: 'v', type: 'pkk' },
    { id: 'b', name: 'Karang Taruna Tunas Muda', villageCode: 'v', type: 'karang_taruna' },
    { id: 'c', name: 'Remaja Bina Putra', villageCode: 'v', type: 'karang_taruna' },
    { id: 'd', name: 'Arisan RT 05 Melati', villageCode: 'v', type: 'arisan' },
  ];
  const ids = (text: string) => groupsNamed(VILLAGE, text).map((group) => group.id);

  it('finds every group of a kind named by its words, by name or by kind, with chat words after it dropped', () => {
    expect(ids('karang taruna aja')).toEqual(['b', 'c']);
    expect(ids('Karang Taruna saja')).toEqual(['b', 'c']);
    expect(ids('pkk doang')).toEqual(['a']);
    expect(ids('arisan sih')).toEqual(['d']);
  });

  it('finds a group by words of its name, and the kind\'s groups for a name mistyped', () => {
    expect(ids('tunas muda aja')).toEqual(['b']);
    expect(ids('karang taruna tunas muda')).toEqual(['b']);
    expect(ids('karang taruna tunas jaya')).toEqual(['b', 'c']);
  });

  it('finds every group a name without its kind names, across kinds, the one called just that too', () => {
    const kinds = { m: ['Melati', 'arisan'], p: ['Posyandu Melati', 'posyandu'], k: ['PKK Melati', 'pkk'], w: ['Kelompok Tani Melati Wangi', 'kelompok_tani'] } as const;
    const melati: readonly GroupRef[] = Object.entries(kinds).map(([id, [name, type]]) => ({ id, name, villageCode: 'v', type }));
    const named = (text: string) => groupsNamed(melati, text).map((group) => group.id);
    // "melati" alone: the one called Melati, and those called Melati after their kind's words (not "Melati Wangi").
    expect(named('melati')).toEqual(['m', 'p', 'k']);
    // With its kind, or the whole of a longer name: that one.
    expect(named('posyandu melati')).toEqual(['p']);
    expect(named('melati wangi')).toEqual(['w']);
  });

  it('finds nothing for words naming no group of the desa, nor for a list number', () => {
    expect(ids('kelompok tani makmur')).toEqual([]);
    expect(ids('no 3')).toEqual([]);
    expect(ids('3')).toEqual([]);
  });
});
