/**
 * A follow-up led by a word that only joins it to the answer before ("trus", "terus", "lalu",
 * "jadi", "nah", "terus gimana, …") is read as the same words without it, and "lg" as "lagi":
 * "trus apa lg yg kurang" was the FAQ's general steps, "nah kalau desa sidomulyo?" not understood.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/domain/understanding/understand.js';
import { realMatcher } from '../faq/real-knowledge.js';

const matcher = realMatcher();
const NOW = new Date('2026-12-05T03:00:00Z');
const read = (text: string) => understand(text, matcher, NOW).understood;

const LEADS = ['trus ', 'terus ', 'trs ', 'lalu ', 'jadi ', 'jd ', 'nah ', 'terus gimana, ', 'trus gmn '];
const FOLLOW_UPS = ['apa yg masih kurang?', 'apa lagi yg kurang', 'kurangnya apa aja?', 'desa saya udah wksbm belum?', 'kalau desa sidomulyo?', 'status desa saya?'];

describe('a follow-up with a lead word', () => {
  it.each(FOLLOW_UPS)('reads %j the same with any lead word before it', (followUp) => {
    const alone = read(followUp);
    expect(alone.kind).not.toBe('unknown');
    for (const lead of LEADS) expect(read(lead + followUp), lead + followUp).toEqual(alone);
  });

  it('reads "lg" as "lagi"', () => {
    expect(read('apa lg yg kurang')).toEqual(read('apa lagi yg kurang'));
    expect(read('trus apa lg yg kurang')).toEqual({ kind: 'status', mine: true, missing: true });
  });

  it('keeps a lead word alone, or with "gimana" only, what it was: what to do next', () => {
    for (const text of ['terus?', 'trus gimana', 'terus gimana?', 'lalu?', 'terus apa lagi', 'trus aku kudu piye']) expect(read(text), text).toEqual({ kind: 'faq', topic: 'not_yet', confidence: 1 });
  });
});

describe('"jadi" as "become", not a lead', () => {
  it.each(['jadi desa mandiri gimana', 'jadi desa sehat gimana', 'jd kelurahan mandiri gimana'])('reads %j as no desa\'s status (a desa of that kind to become)', (text) => {
    expect(read(text)).not.toMatchObject({ kind: 'status' });
  });

  it('keeps "jadi" a lead before the person\'s own desa, and before a comma', () => {
    expect(read('jadi desa saya udah wksbm belum?')).toEqual(read('desa saya udah wksbm belum?'));
    expect(read('jadi, desa sidomulyo gimana?')).toEqual({ kind: 'status', mine: false, query: 'sidomulyo' });
    expect(read('jadi kalau desa sidomulyo?')).toEqual(read('kalau desa sidomulyo?'));
  });

  it('reads "jadi" after "desa kami" as becoming: what it still lacks', () => {
    expect(read('apa yang kurang biar desa kami jadi wksbm')).toEqual({ kind: 'status', mine: true, missing: true });
  });
});
