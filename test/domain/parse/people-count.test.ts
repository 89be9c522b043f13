/** How many members, as a leader says it: the number with who they are, or the label before it. */
import { describe, expect, it } from 'vitest';
import { parsePeopleCount, readPeopleCount } from '../../../src/domain/parse/people-count.js';

const RANGE = { min: 2, max: 100_000 };

describe('parsePeopleCount', () => {
  it.each([
    ['ada 12 kader', 12],
    ['12 kader posyandu', 12],
    ['anggotanya 30 orang ibu-ibu', 30],
    ['anggotanya ada 25', 25],
    ['jumlah anggota kami 40 orang', 40],
    ['kurang lebih 20 ibu ibu pkk', 20],
    ['dua belas kader', 12],
    ['dua belas', 12],
    ['sekitar 15an', 15],
    ['30', 30],
    // The members first, then how many of them are active: the first count.
    ['anggotanya sktr 25 orang mas, tp yg aktif cuma 10an', 25],
    ['25 orang tapi yang aktif 10', 25],
    ['30 org, cuma yg rutin dtg 12', 30],
    // Every "but" of the lexicon: formal "tetapi", Javanese "nanging" (were refused as two counts).
    ['25 orang tetapi rutin datang 10', 25],
    ['anggotane 30 nanging sing rutin 12', 30],
    // Javanese "anggotane"; "ibu2" says who (its digit is no second count).
    ['anggotane kurang lebih 40an ibu2', 40],
    // After "orang" too: "30 orang ibu2" (was refused as a second count).
    ['sekitar 30 orang ibu2', 30],
    // Who they are before the count, as a majelis taklim or a neighbourhood says it.
    ['jamaah 60an', 60],
    ['jemaahnya ada 35', 35],
    ['warganya 45 orang', 45],
    // A posyandu lansia counts its elderly: Javanese "simbah", "mbah2".
    ['kurleb 25 simbah2', 25],
    ['30an mbah2', 30],
    ['about 25 farmers', 25],
    // Who they are as people say it in English (was "Please write the number in digits").
    ['about 30 ladies', 30],
    ['around 20 young people', 20],
    ['15 kids', 15],
    ['40 men and women', 40],
    ['25 moms', 25],
    ['30 mothers of toddlers', 30],
    ['12 senior citizens', 12],
    // How few, said so (was "Mohon tulis jumlahnya dengan angka").
    ['anggota kami cuma 8', 8],
    ['cuma 8 orang', 8],
    ['only 8 members', 8],
  ])('%j → %i', (text, value) => {
    expect(parsePeopleCount(text, RANGE)).toEqual({ ok: true, value });
  });

  it.each([
    ['12 kucing', 'not_a_number'],
    ['puluhan', 'not_a_number'],
    // A sum only of counts and who they are: "termasuk" (of whom) is no second count.
    ['20 orang termasuk 5 pengurus', 'not_a_number'],
    ['12 kader 3 kucing', 'not_a_number'],
    ['ada 1 orang', 'too_small'],
    ['-5', 'too_small'],
    ['12 kucing tapi 3 aktif', 'not_a_number'],
    ['tapi 10', 'not_a_number'],
  ])('%j → %s', (text, error) => {
    expect(parsePeopleCount(text, RANGE)).toEqual({ ok: false, error });
  });

  it.each([
    ['12 kader 3 pengurus', 15, [12, 3]],
    ['12 kader dan 3 pengurus', 15, [12, 3]],
    ['12 kader, 3 pengurus', 15, [12, 3]],
    ['kader 12 pengurus 3', 15, [12, 3]],
    ['anggotanya 20 ibu-ibu terus 5 bapak', 25, [20, 5]],
    ['dua belas kader dan tiga pengurus', 15, [12, 3]],
  ])('%j adds up to %i', (text, total, added) => {
    expect(parsePeopleCount(text, RANGE)).toEqual({ ok: true, value: total });
    expect(readPeopleCount(text, RANGE)).toEqual({ ok: true, value: { total, added } });
  });

  it('says a single count is no sum, and checks the range on the total', () => {
    expect(readPeopleCount('ada 12 kader', RANGE)).toEqual({ ok: true, value: { total: 12 } });
    expect(readPeopleCount('1 kader 2 pengurus', { min: 5, max: 100 })).toEqual({ ok: false, error: 'too_small' });
    expect(readPeopleCount('90 warga 20 pengurus', { min: 5, max: 100 })).toEqual({ ok: false, error: 'too_large' });
  });
});
