/**
 * The desa a status question names, as the search gets it: the question's own words are no
 * part of a desa's name ("kalo desa kami sudah wksbm belum ya, desa sumbersari" searched
 * "kalo sumbersari").
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/domain/understanding/understand.js';
import { realMatcher } from '../faq/real-knowledge.js';

const matcher = realMatcher();
const NOW = new Date('2026-12-05T03:00:00Z');

describe('the desa named in a status question', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['kalo desa kami sudah wksbm belum ya, desa sumbersari', 'sumbersari'],
    ['kalau desa sidomulyo udah wksbm belum', 'sidomulyo'],
    ['pengen tau status desa panggungharjo', 'panggungharjo'],
    ['coba cek desa sinduadi', 'sinduadi'],
  ];
  for (const [text, query] of cases) {
    it(`"${text}" searches "${query}"`, () => {
      expect(understand(text, matcher, NOW).understood).toMatchObject({ kind: 'status', query });
    });
  }
});
