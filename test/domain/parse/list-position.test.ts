/** A line of a numbered list pointed at in words: "yang kedua", "no 2 min", "the last one". */
import { describe, expect, it } from 'vitest';
import { listPosition } from '../../../src/domain/parse/list-position.js';

describe('listPosition', () => {
  it('reads numbers, ordinals and "last", with the words around them', () => {
    const cases = [
      ['2', 2], ['3.', 3], ['#3', 3], ['no 2 min', 2], ['Nomor 2', 2], ['nomor dua', 2], ['yang ke-2', 2], ['yg ke 3', 3], ['ke2', 2],
      ['yang kedua', 2], ['kedua', 2], ['pertama', 1], ['yang pertama aja', 1], ['the second one', 2], ['first', 1], ['pilih yang ketiga', 3],
      ['terakhir', 'last'], ['yang terakhir', 'last'], ['the last one', 'last'],
    ] as const;
    for (const [text, position] of cases) expect(listPosition(text), text).toBe(position);
  });

  it('reads no position in a bare cardinal word (Tiga is a desa) or in other words', () => {
    for (const text of ['tiga', 'dua', 'one', 'no', 'yang', 'the one in bantul', 'yg bantul', 'kasihan', 'sidomulyo 2 bantul', '']) expect(listPosition(text), text).toBeNull();
  });
});
