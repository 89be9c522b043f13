/** A question asked again of another place: only the place's words, and nothing that is no place. */
import { describe, expect, it } from 'vitest';
import { followUpPlace } from '../../../src/domain/home/follow-up.js';

describe('followUpPlace', () => {
  it.each([
    ['kalo di sleman?', ['di', 'sleman']],
    ['kalau kab bandung brp?', ['kab', 'bandung']],
    ['terus kalo bangunharjo?', ['bangunharjo']],
    ['how about sleman?', ['sleman']],
    ['kalo di kota jogja gimana?', ['di', 'kota', 'jogja']],
    ['and in Sleman?', ['di', 'sleman']],
    ['and Sleman?', ['sleman']],
    ['and what about Sleman?', ['sleman']],
  ])('"%s" names %j', (text, place) => {
    expect(followUpPlace(text)).toEqual(place);
  });

  it.each(['kalo belum?', 'kalo apa?', 'kalau saya mau daftar?', 'sleman', 'di sleman', 'kalo 12?', 'kalo', 'and you?', 'and the others?', 'and what is PSKS?', 'then sleman', 'sleman and bantul'])('"%s" is no follow-up of a place', (text) => {
    expect(followUpPlace(text)).toBeNull();
  });
});
