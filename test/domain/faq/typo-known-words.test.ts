/**
 * The typo corrector leaves a word of the language alone: "mawar" (rose) is a group's name
 * ("Posyandu Mawar"), not the Sundanese "mayar" (to pay) mistyped, and "salak", "kelapa",
 * "tunas" are fruit and shoots, not "salah", "kenapa", "tugas". Typos of the keywords are
 * still corrected.
 */
import { describe, expect, it } from 'vitest';
import type { FaqIntent } from '../../../src/domain/faq/matcher.js';
import { readingLabel, understand } from '../../../src/domain/understanding/understand.js';
import { realMatcher } from './real-knowledge.js';

const matcher = realMatcher();
const NOW = new Date('2026-12-05T03:00:00Z');

function verdict(intent: FaqIntent): string {
  return intent.kind === 'faq' ? intent.topic : intent.kind;
}

describe('a group named after a flower, a fruit or a virtue is no typo of a keyword', () => {
  it.each(['Posyandu Mawar', 'kelompok mawar', 'arisan melati', 'kt anggrek', 'mawar', 'pkk mawar', 'dasa wisma kenanga', 'kelompok tani salak', 'kwt kelapa', 'karang taruna tunas', 'arisan harum'])(
    '"%s" is not the cost answer, nor read through a corrected word',
    (text) => {
      const explained = matcher.explain(text);
      expect(verdict(explained.intent)).not.toBe('cost');
      expect(explained.guessed).toBe(false);
      expect(readingLabel(understand(text, matcher, NOW).understood)).not.toBe('faq:cost');
    },
  );

  it.each([
    ['mawar', 'mawar'],
    ['salak', 'salak'],
    ['kelapa', 'kelapa'],
    ['tunas', 'tunas'],
    ['karya', 'karya'],
  ])('"%s" stays "%s"', (typed, read) => {
    expect(matcher.explain(typed).words).toEqual([read]);
  });
});

describe('asking about the cost still reads as the cost, typos and dialect included', () => {
  it.each(['myar brp?', 'bayar gak', 'mayar teu?', 'kedah mayar', 'harus byar?', 'biaya daftar brp', 'daftarnya gratiss?'])('"%s" is the cost question', (text) => {
    expect(verdict(matcher.match(text))).toBe('cost');
    expect(readingLabel(understand(text, matcher, NOW).understood)).toBe('faq:cost');
  });

  it('still corrects a keyword mistyped ("sarat" as "syarat", "kritria" as "kriteria")', () => {
    expect(matcher.explain('kritria wksbm').words).toContain('kriteria');
    expect(matcher.explain('kritria wksbm').guessed).toBe(true);
  });
});

describe('a group\'s name typed alone is read as that group, its registration to offer', () => {
  it.each([
    ['Posyandu Mawar', 'posyandu', 'Posyandu Mawar'],
    ['kelompok mawar', undefined, 'Kelompok Mawar'],
    ['arisan melati', 'arisan', 'Arisan Melati'],
    ['kt anggrek', 'karang_taruna', 'KT Anggrek'],
    ['majelis taklim nurul hidayah', 'majelis_taklim', 'Majelis Taklim Nurul Hidayah'],
  ])('"%s" names a group (kind %s, name %s)', (text, groupType, name) => {
    const { groupNamed } = understand(text, matcher, NOW);
    expect(groupNamed?.groupType).toBe(groupType);
    expect(groupNamed?.name).toBe(name);
  });

  it.each(['kelompok apa', 'kelompok mana', 'arisan kapan', 'posyandu', 'karang taruna', 'arisan dan pkk', 'posyandu mawar itu apa', 'posyandu mawar?', 'kelompok tani', 'posyandu bayar gak', 'syarat posyandu', 'arisan melati bisa daftar?', 'posyandu libur', 'posyandu besok', 'pkk rapat', 'posyandu tutup'])(
    '"%s" names no group alone',
    (text) => {
      expect(understand(text, matcher, NOW).groupNamed).toBeUndefined();
    },
  );
});

describe('"mulia": a group\'s name after its kind, else "mulai" mistyped', () => {
  it('reads "cara mulia wksbm" as how to start, "mulia" corrected', () => {
    const explained = matcher.explain('cara mulia wksbm');
    expect(explained.words).toContain('mulai');
    expect(explained.intent).toEqual({ kind: 'faq', topic: 'how_to_register', confidence: 1 });
    expect(explained.guessed).toBe(true);
  });

  it('says "mulia" alone was read through a correction (as "mulai", dropped alone)', () => {
    expect(matcher.explain('mulia').guessed).toBe(true);
  });

  it.each([['arisan mulia', 'arisan', 'Arisan Mulia'], ['posyandu mulia', 'posyandu', 'Posyandu Mulia']])('keeps %j a group\'s name, not a typo', (text, groupType, name) => {
    const explained = matcher.explain(text);
    expect(explained.guessed).toBe(false);
    expect(explained.words).not.toContain('mulai');
    const { groupNamed } = understand(text, matcher, NOW);
    expect(groupNamed?.groupType).toBe(groupType);
    expect(groupNamed?.name).toBe(name);
  });
});
