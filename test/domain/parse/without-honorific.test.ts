/**
 * A person's name kept without the form of address typed before it (an officer's own, a group's
 * ketua), and two names compared with it set aside.
 */
import { describe, expect, it } from 'vitest';
import { personNameKept, samePersonName, withoutHonorific } from '../../../src/domain/parse/without-honorific.js';

describe('a person\'s name without its form of address', () => {
  it('drops "bu", "pak", "mas" and keeps a title that is part of the name', () => {
    expect(personNameKept('bu sri wahyuni')).toBe('Sri Wahyuni');
    expect(personNameKept('mas Eko')).toBe('Eko');
    expect(personNameKept('pak Haji Darto')).toBe('Haji Darto');
    expect(personNameKept('Bapak. Budi Santoso')).toBe('Budi Santoso');
  });

  it('keeps a role or a name of two letters addressed so as typed ("Pak RT" was "RT")', () => {
    expect(withoutHonorific('Pak RT')).toBe('Pak RT');
    expect(withoutHonorific('Bu RW 05')).toBe('Bu RW 05');
    expect(withoutHonorific('Pak A')).toBe('Pak A');
    expect(withoutHonorific('Pak No')).toBe('Pak No');
    expect(withoutHonorific('Bu Ketua')).toBe('Bu Ketua');
  });

  it('reads a name kept with its form of address and one without as one', () => {
    expect(samePersonName('Bu Sri', 'Sri')).toBe(true);
    expect(samePersonName('Bu Sri', 'Bu Sri')).toBe(true);
    expect(samePersonName('Bu Sri', 'Rini')).toBe(false);
    expect(samePersonName(null, 'Sri')).toBe(false);
  });
});
