/**
 * The number not at hand, said where a phone is asked: every "not" of negation.ts before
 * knowing counts ("engga tau", "teu tau" were read as a wrong number).
 */
import { describe, expect, it } from 'vitest';
import { saysPhoneLater } from '../../../src/domain/parse/phone-later.js';

describe('saysPhoneLater', () => {
  it.each(['gak tau nomornya', 'engga tau nomornya', 'teu tau nomerna', 'ora ngerti nomere', "I don't know his number", 'nanti saya tanya dulu', 'blm tau'])('%j says the number comes later', (text) => {
    expect(saysPhoneLater(text)).toBe(true);
  });

  it.each(['Bu Sri', '0812 3456 7890', 'tau kok, sebentar 0812'])('%j does not', (text) => {
    expect(saysPhoneLater(text)).toBe(false);
  });
});
