/**
 * The year a group was founded as leaders type it: Javanese "taun"/"taon", "sekitar tahun …",
 * "2010an" (were "Mohon tulis tahunnya, misalnya 2015", the year typed lost).
 */
import { describe, expect, it } from 'vitest';
import { readFounded } from '../../../src/domain/groups/group-answers.js';

const NOW = new Date('2026-12-07T03:00:00Z');
const read = (text: string) => readFounded({ type: 'text', text }, NOW);

describe('readFounded', () => {
  it.each(['taun 2010', 'berdiri taun 2010', 'taon 2010', 'sekitar tahun 2010', 'kira-kira 2010', 'kurang lebih th 2010', '2010an', 'tahun 2010', '2010'])('reads %s as 2010', (text) => {
    expect(read(text)).toEqual({ ok: true, value: 2010 });
  });

  it('still refuses what is no year, and a year ahead', () => {
    expect(read('taun wingi').ok).toBe(false);
    expect(read('sekitar 2030').ok).toBe(false);
    expect(read('20').ok).toBe(false);
  });
});
