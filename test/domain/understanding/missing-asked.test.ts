/**
 * What the person's own desa still lacks, asked with the level it should reach or in Sundanese
 * (../../../src/domain/parse/missing-asked.ts): that desa's status, not a search for a desa
 * called "yang kurang" (listed Yang, Halmahera Tengah, and Kuranji…).
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/domain/understanding/understand.js';
import { missingAsked } from '../../../src/domain/parse/missing-asked.js';
import { realMatcher } from '../faq/real-knowledge.js';

const matcher = realMatcher();
const NOW = new Date('2026-12-05T03:00:00Z');
const read = (text: string) => understand(text, matcher, NOW).understood;

describe('what is missing for the person\'s own desa', () => {
  it('reads it with the goal said ("supaya desa saya wksbm aktif") and in Sundanese ("naon nu kirang")', () => {
    for (const text of [
      'apa lagi yang kurang supaya desa saya wksbm aktif?',
      'apa yang kurang biar desa kami jadi wksbm',
      'naon nu kirang?',
      'naon deui nu kirang supados desa abdi wksbm aktif?',
      'naon keneh nu kirang kang',
      'what is still missing for my village to become active?',
    ]) {
      expect(read(text), text).toEqual({ kind: 'status', mine: true, missing: true });
    }
  });

  it('reads it in Javanese and with "lack" ("opo sing kurang?", "kurange opo wae?", "what do we still lack?"; were not understood)', () => {
    for (const text of ['opo sing kurang?', 'kurange opo wae?', 'kurang opo meneh?', 'nopo ingkang kirang?', 'what do we still lack?']) {
      expect(read(text), text).toEqual({ kind: 'status', mine: true, missing: true });
      expect(missingAsked(text), text).toBe(true);
    }
  });

  it('still searches a desa named with it, and leaves other questions alone', () => {
    expect(read('apa yang kurang di desa sidomulyo')).not.toEqual({ kind: 'status', mine: true, missing: true });
    expect(read('anggota kurang dari 10 apa boleh daftar')).not.toEqual({ kind: 'status', mine: true, missing: true });
  });
});
