/**
 * The year a group was founded as leaders type it: Javanese "taun"/"taon", "sekitar tahun …",
 * "2010an" (were "Mohon tulis tahunnya, misalnya 2015", the year typed lost), and "founded in 2010"
 * (also typed at the ketua question, where it is kept as the year founded).
 */
import { describe, expect, it } from 'vitest';
import { readFounded } from '../../../src/domain/groups/group-answers.js';

const NOW = new Date('2026-12-07T03:00:00Z');
const read = (text: string) => readFounded({ type: 'text', text }, NOW);

describe('readFounded', () => {
  it.each(['taun 2010', 'berdiri taun 2010', 'taon 2010', 'sekitar tahun 2010', 'kira-kira 2010', 'kurang lebih th 2010', '2010an', 'tahun 2010', '2010', 'founded in 2010', 'established in 2010', 'didirikan tahun 2010', 'berdiri sejak 2010'])('reads %s as 2010', (text) => {
    expect(read(text)).toEqual({ ok: true, value: 2010 });
  });

  it('still refuses what is no year, and a year ahead', () => {
    expect(read('taun wingi').ok).toBe(false);
    expect(read('sekitar 2030').ok).toBe(false);
    expect(read('20').ok).toBe(false);
    expect(read('berdiri dari jaman pak lurah').ok).toBe(false);
    expect(read('Bu Sri 2015').ok).toBe(false);
  });
});
