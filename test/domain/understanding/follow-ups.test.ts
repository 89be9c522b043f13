/**
 * Follow-ups typed at the menu after an answer, as residents walk the chat: "terus?" asks what
 * to do next, "kalau di desa saya?" asks about their own desa (../../../src/domain/understanding/understand.ts).
 */
import { describe, expect, it } from 'vitest';
import { readingLabel, understand } from '../../../src/domain/understanding/understand.js';
import { realMatcher } from '../faq/real-knowledge.js';

const matcher = realMatcher();
const NOW = new Date('2026-12-05T03:00:00Z');
const reading = (text: string) => understand(text, matcher, NOW).understood;

describe('follow-ups after an answer', () => {
  it('answers "terus?" and "oke terus gimana" with the next steps (were "belum paham", and "Sama-sama" for the "oke")', () => {
    for (const text of ['terus?', 'trus?', 'lalu?', 'oke terus gimana', 'terus apa lagi', 'trus aku kudu piye', 'terus saya harus ngapain', 'teras kumaha', 'then what?', 'what next?']) {
      expect(readingLabel(reading(text)), text).toBe('faq:not_yet');
    }
  });

  it('leaves a "terus" with something asked to that question', () => {
    expect(readingLabel(reading('terus kalo kelompoknya cuma 2?'))).toBe('faq:minimum');
    expect(readingLabel(reading('terus kalo udah jadi wksbm dapet apa'))).toBe('faq:benefits');
    expect(reading('trus desa kami udah wksbm belum?')).toMatchObject({ kind: 'status', mine: true });
  });

  it('reads "kalau di desa saya?" and "desa saya gimana?" as the own desa\'s status (were "belum paham")', () => {
    for (const text of ['kalau di desa saya?', 'kalo desa kami gimana', 'desa saya gimana?', 'gimana dengan desa kami', 'terus di kampungku piye', 'upami di desa abdi kumaha', 'how about my village?']) {
      expect(reading(text), text).toEqual({ kind: 'status', mine: true });
    }
  });

  it('reads a desa named after "kalau"/"terus" as that desa\'s status (was "belum paham")', () => {
    expect(reading('kalau desa sinduadi gimana?')).toEqual({ kind: 'status', mine: false, query: 'sinduadi' });
    expect(reading('terus desa sidomulyo bantul?')).toEqual({ kind: 'status', mine: false, query: 'sidomulyo bantul' });
  });

  it('leaves the steps for a desa said not to be one yet as they were', () => {
    expect(readingLabel(reading('desa saya belum wksbm, trus gimana?'))).toBe('faq:not_yet');
  });

  it('searches only the desa in "apakah desa panggungharjo sudah menjadi wksbm" (was "panggungharjo menjadi")', () => {
    expect(reading('apakah desa panggungharjo sudah menjadi wksbm')).toEqual({ kind: 'status', mine: false, query: 'panggungharjo' });
  });

  it('answers "kalau kelompok bubar gimana?" with how a group is ended (was "belum paham", then the answer on changing its details)', () => {
    for (const text of ['kalau kelompok bubar gimana?', 'kelompoknya dibubarkan terus gimana']) expect(readingLabel(reading(text)), text).toBe('faq:end_group');
    expect(readingLabel(reading('bubur ayam enak'))).toBe('unknown');
    expect(readingLabel(reading('kelompok kami vakum gimana'))).toBe('faq:end_group');
  });

  it('answers "wksbm ada sejak kapan" with the legal basis (was the definition), and only with WKSBM named', () => {
    for (const text of ['wksbm ada sejak kapan', 'sejak kapan ada wksbm?', 'wksbm mulai tahun berapa', 'since when has wksbm existed?']) expect(readingLabel(reading(text)), text).toBe('faq:legal_basis');
    expect(readingLabel(reading('sejak kemarin hujan'))).toBe('unknown');
  });
});
