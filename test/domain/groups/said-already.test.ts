/** A name typed again after "I said it already": the reminder is no part of the name. */
import { describe, expect, it } from 'vitest';
import { withoutSaidAlready } from '../../../src/domain/groups/group-answers.js';

describe('a name typed after a reminder', () => {
  it('is the name alone', () => {
    expect(withoutSaidAlready('ya td kan udh sy tulis, arisan ibu2 rt 4')).toBe('arisan ibu2 rt 4');
    expect(withoutSaidAlready('kan tadi udah, arisan ibu2')).toBe('arisan ibu2');
    expect(withoutSaidAlready('udah sy sebut tadi: Posyandu Mawar')).toBe('Posyandu Mawar');
  });

  it('leaves a name that holds such words, or has no comma, as it is', () => {
    expect(withoutSaidAlready('Arisan Sudah Tadi')).toBe('Arisan Sudah Tadi');
    expect(withoutSaidAlready('PKK Melati, Dusun Glugo')).toBe('PKK Melati, Dusun Glugo');
  });
});
