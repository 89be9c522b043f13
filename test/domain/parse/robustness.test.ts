import { describe, expect, it } from 'vitest';
import { formatAreaUnit, parseAreaUnit } from '../../../src/domain/parse/area-unit.js';
import { GROUP_TYPE_WORDS, matchChoice } from '../../../src/domain/parse/choice.js';
import { parseActivityDate } from '../../../src/domain/parse/date.js';
import { parseCount, parseYear } from '../../../src/domain/parse/numbers.js';
import { maskPhone } from '../../../src/domain/access/principal.js';
import { parseIndonesianPhone } from '../../../src/domain/parse/phone.js';
import { parseBeneficiaries } from '../../../src/domain/parse/pmks.js';

// Pieces people type, glued at random: every parser must answer with a value, never throw.
const PIECES = [
  '0', '1', '12', '31', '2026', '0812', '+62', '/', '-', '.', ',', ':', ' ', '  ', 'rt', 'rw', 'xi', 'dusun', 'krajan',
  'hari', 'ini', 'kemarin', 'lalu', 'nov', 'senin', 'minggu', 'tgl', 'lansia', 'dua', 'puluh', 'se', 'ribu', '±',
  'orang', '🙏', 'é', '\n', '(', ')', "'", 'jam', 'malam', 'yatim', '100000', '999999999999999999999',
];

function* inputs(count: number): Generator<string> {
  let seed = 42;
  const next = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed;
  };
  for (let i = 0; i < count; i++) {
    const length = 1 + (next() % 6);
    yield Array.from({ length }, () => PIECES[next() % PIECES.length]).join('');
  }
}

describe('parsers never throw', () => {
  it('on 3000 random inputs', () => {
    const now = new Date('2026-11-20T03:00:00Z');
    for (const text of inputs(3000)) {
      expect(typeof parseActivityDate(text, now).ok).toBe('boolean');
      expect(typeof parseIndonesianPhone(text).ok).toBe('boolean');
      expect(() => maskPhone(text)).not.toThrow();
      const unit = parseAreaUnit(text);
      if (unit.ok) expect(typeof formatAreaUnit(unit.value)).toBe('string');
      expect(typeof parseCount(text, { min: 1, max: 100 }).ok).toBe('boolean');
      expect(typeof parseYear(text, now).ok).toBe('boolean');
      expect(matchChoice(text, GROUP_TYPE_WORDS) === null || typeof matchChoice(text, GROUP_TYPE_WORDS) === 'string').toBe(true);
      const beneficiaries = parseBeneficiaries(text);
      if (beneficiaries.ok) {
        for (const [code, n] of Object.entries(beneficiaries.value)) {
          expect(Number(code)).toBeGreaterThanOrEqual(1);
          expect(Number(code)).toBeLessThanOrEqual(26);
          expect(n).toBeGreaterThanOrEqual(1);
          expect(n).toBeLessThanOrEqual(100_000);
        }
      }
    }
  });

  it('accepted dates are always real, past-or-today, ISO days', () => {
    const now = new Date('2026-11-20T03:00:00Z');
    for (const text of inputs(3000)) {
      const date = parseActivityDate(text, now);
      if (date.ok) {
        expect(date.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(date.value <= '2026-11-20').toBe(true);
        expect(date.value >= '2024-11-20').toBe(true);
      }
    }
  });
});
