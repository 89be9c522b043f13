/** How many members, as a leader says it: the number with who they are, or the label before it. */
import { describe, expect, it } from 'vitest';
import { parsePeopleCount } from '../../../src/domain/parse/people-count.js';

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
  ])('%j → %i', (text, value) => {
    expect(parsePeopleCount(text, RANGE)).toEqual({ ok: true, value });
  });

  it.each([
    ['12 kucing', 'not_a_number'],
    ['puluhan', 'not_a_number'],
    ['12 kader 3 pengurus', 'not_a_number'],
    ['ada 1 orang', 'too_small'],
  ])('%j → %s', (text, error) => {
    expect(parsePeopleCount(text, RANGE)).toEqual({ ok: false, error });
  });
});
