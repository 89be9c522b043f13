import { describe, expect, it } from 'vitest';
import { parseIndonesianPhone } from '../../../src/domain/parse/phone.js';

describe('parseIndonesianPhone: accepted numbers', () => {
  it.each([
    ['0812-3456-7890', '+6281234567890'],
    ['0812 3456 7890', '+6281234567890'],
    ['081234567890', '+6281234567890'],
    ['0812.3456.7890', '+6281234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['+62 812-3456-7890', '+6281234567890'],
    ['+6281234567890', '+6281234567890'],
    ['+62 (0)812 3456 7890', '+6281234567890'],
    ['+62 0812 3456 7890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['62812345678', '+62812345678'],
    ['0062 812 3456 7890', '+6281234567890'],
    ['812 3456 7890', '+6281234567890'],
    ['0857 1234 5678', '+6285712345678'],
    ['0895 1234 56789', '+62895123456789'],
    ['0811 123 456', '+62811123456'],
    ['(0274) 512345', '+62274512345'],
    ['0274 512345', '+62274512345'],
    ['0274/512345', '+62274512345'],
    ['021 5551234', '+62215551234'],
    ['(021) 5551 2345', '+622155512345'],
    ['+62 21 5551234', '+62215551234'],
    ['0361 123456', '+62361123456'],
    ['no hp: 0812 3456 7890', '+6281234567890'],
    ['HP 0812-3456-7890', '+6281234567890'],
    ['WA: +62 812 3456 7890', '+6281234567890'],
    ['telp. (0274) 512345', '+62274512345'],
    ['０８１２３４５６７８９０', '+6281234567890'],
    ['  0812 3456 7890  ', '+6281234567890'],
  ])('%j → %s', (text, e164) => {
    expect(parseIndonesianPhone(text)).toEqual({ ok: true, value: e164 });
  });
});

describe('parseIndonesianPhone: refused answers', () => {
  it.each([
    ['+1 415 555 2671', 'not_indonesian'],
    ['+44 20 7946 0958', 'not_indonesian'],
    ['0044 20 7946 0958', 'not_indonesian'],
    ['+60 12 345 6789', 'not_indonesian'],
    ['+65 9123 4567', 'not_indonesian'],
    ['0812345', 'not_a_phone'],
    ['0812 3456', 'not_a_phone'],
    ['12345', 'not_a_phone'],
    ['081234567890123456', 'not_a_phone'],
    ['0812 3456 789O', 'not_a_phone'],
    ['nomor saya nanti ya', 'not_a_phone'],
    ['abc', 'not_a_phone'],
    ['', 'not_a_phone'],
    ['+', 'not_a_phone'],
    ['---', 'not_a_phone'],
    ['14155552671', 'not_a_phone'],
    ['+62 1234', 'not_a_phone'],
  ])('%j → %s', (text, error) => {
    expect(parseIndonesianPhone(text)).toEqual({ ok: false, error });
  });
});

describe('a number said digit by digit in words', () => {
  it('reads only digit words, one per digit', () => {
    expect(parseIndonesianPhone('nol delapan satu dua tiga empat lima enam tujuh delapan sembilan nol')).toEqual({ ok: true, value: '+6281234567890' });
    expect(parseIndonesianPhone('Nol delapan satu dua, tiga empat lima enam, tujuh delapan sembilan nol')).toEqual({ ok: true, value: '+6281234567890' });
    // Amounts ("dua belas") and other words are not digits: refused as before.
    expect(parseIndonesianPhone('nol delapan dua belas tiga empat lima enam tujuh')).toEqual({ ok: false, error: 'not_a_phone' });
    expect(parseIndonesianPhone('satu dua tiga')).toEqual({ ok: false, error: 'not_a_phone' });
  });
});
