/**
 * The asking words around a name ("cek kelompok kami dong", "tolong rekap wilayah saya ya")
 * are dropped by one helper for the readers of an entry's own name ("Kelompok saya" inside
 * it), of an officer's recap, of the pending list's name and of a menu entry's words, each
 * with its own words and limits (per side where they differ).
 */
import { describe, expect, it } from 'vitest';
import { recapAsked } from '../../../src/domain/officers/recap-words.js';
import { namesEntry } from '../../../src/domain/own-entry.js';
import { withoutWordsAround } from '../../../src/domain/parse/words-around.js';

const around = { before: new Set(['cek', 'tolong']), after: new Set(['dong', 'ya']) };
const split = (text: string) => text.split(' ');
const namesMyGroups = (text: string) => namesEntry(text, new Set(['kelompok saya', 'kelompok kami']));

describe('asking words around a name', () => {
  it('drops those before, then those after, and leaves the middle as it is', () => {
    expect(withoutWordsAround(split('tolong cek kelompok kami dong ya'), around)).toEqual(['kelompok', 'kami']);
    expect(withoutWordsAround(split('kelompok cek ya kami'), around)).toEqual(['kelompok', 'cek', 'ya', 'kami']);
    expect(withoutWordsAround(split('cek dong'), around)).toEqual([]);
    expect(withoutWordsAround([], around)).toEqual([]);
  });

  it('keeps `keep` words and drops at most `most` on each side', () => {
    expect(withoutWordsAround(split('cek dong'), { ...around, keep: 1 })).toEqual(['dong']);
    expect(withoutWordsAround(split('cek'), { ...around, keep: 1 })).toEqual(['cek']);
    expect(withoutWordsAround(split('cek cek cek rekap ya ya ya'), { ...around, most: 2 })).toEqual(split('cek rekap ya'));
  });

  it('takes a limit per side: the pending list\'s name and a menu entry\'s words have their own', () => {
    const words = split('cek cek cek rekap ya ya ya');
    expect(withoutWordsAround(words, { ...around, most: { before: 1, after: 2 } })).toEqual(split('cek cek rekap ya'));
    expect(withoutWordsAround(words, { ...around, most: { before: 2 } })).toEqual(split('cek rekap'));
    expect(withoutWordsAround(words, { ...around, most: { after: 0 } })).toEqual(split('rekap ya ya ya'));
    expect(withoutWordsAround(split('cek cek ya'), { ...around, keep: 1, most: { before: 3, after: 4 } })).toEqual(['ya']);
  });

  it('reads "Kelompok saya" and the recap as before', () => {
    for (const text of ['cek kelompok kami dong', 'lihat kelompok saya lagi ya', 'ke kelompok saya', 'kelompok saya']) expect(namesMyGroups(text), text).toBe(true);
    for (const text of ['cek dong', 'kelompok saya dong cek', 'ganti ketua']) expect(namesMyGroups(text), text).toBe(false);
    expect(recapAsked('tolong cek rekap wilayah saya dong ya')).toEqual({});
    expect(recapAsked('minta rekap kabupaten saya sekarang')).toEqual({ of: 'regency' });
    expect(recapAsked('rekap')).toEqual({});
    // Asked with the question word last, as chat puts it (was the FAQ's "ask with the area's name" at the panel).
    expect(recapAsked('rekap wilayah saya gimana')).toEqual({});
    expect(recapAsked('wilayah saya gmn pak')).toEqual({});
    expect(recapAsked('rekap wilayah saya piye')).toEqual({});
    expect(recapAsked('cek')).toBeNull();
    // Four words of asking before it are more than a request for the recap.
    expect(recapAsked('saya mau coba lihat rekap')).toBeNull();
  });
});
