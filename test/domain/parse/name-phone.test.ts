/** A person's name and phone in one answer, as the ketua and an officer type it (domain/parse/name-phone.ts). */
import { describe, expect, it } from 'vitest';
import { parseNameAndPhone } from '../../../src/domain/parse/name-phone.js';

describe('parseNameAndPhone', () => {
  it('reads a name with or without a phone, in either order', () => {
    expect(parseNameAndPhone('Tono Sugiarto 0812 3456 7890')).toEqual({ ok: true, value: { name: 'Tono Sugiarto', phone: '+6281234567890' } });
    expect(parseNameAndPhone('0812-3456-7890 Tono Sugiarto')).toEqual({ ok: true, value: { name: 'Tono Sugiarto', phone: '+6281234567890' } });
    expect(parseNameAndPhone('Tono Sugiarto')).toEqual({ ok: true, value: { name: 'Tono Sugiarto', phone: null } });
    expect(parseNameAndPhone('nama saya Tono Sugiarto, hp 0812 3456 7890')).toEqual({ ok: true, value: { name: 'Tono Sugiarto', phone: '+6281234567890' } });
  });

  it('gives error codes, not texts: no name, or a number that is no phone', () => {
    expect(parseNameAndPhone('081234567890')).toEqual({ ok: false, error: 'needs_name' });
    expect(parseNameAndPhone('hp 081234567890')).toEqual({ ok: false, error: 'needs_name' });
    expect(parseNameAndPhone('Tono +1 415 555 2671')).toEqual({ ok: false, error: 'not_indonesian' });
  });
});
