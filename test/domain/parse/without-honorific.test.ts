/**
 * A person's name kept without the form of address typed before it (an officer's own, a group's
 * ketua), and two names compared with it set aside.
 */
import { describe, expect, it } from 'vitest';
import { ketuaNameKept, samePersonName, withoutHonorific } from '../../../src/domain/parse/without-honorific.js';

describe('a person\'s name without its form of address', () => {
  it('drops "bu", "pak", "mas" and keeps a title that is part of the name', () => {
    expect(ketuaNameKept('bu sri wahyuni')).toBe('Sri Wahyuni');
    expect(ketuaNameKept('mas Eko')).toBe('Eko');
    expect(ketuaNameKept('pak Haji Darto')).toBe('Haji Darto');
    expect(ketuaNameKept('Bapak. Budi Santoso')).toBe('Budi Santoso');
  });

  it('keeps a role or a name of two letters addressed so as typed ("Pak RT" was "RT")', () => {
    expect(ketuaNameKept('Pak RT')).toBe('Pak RT');
    // Village roles too: "Pak Dukuh" was kept as "Dukuh" and shown as "Ketua: Dukuh".
    for (const role of ['Pak Dukuh', 'Bu Bidan', 'Pak Kadus', 'Bu Lurah', 'Pak Kyai']) expect(ketuaNameKept(role)).toBe(role);
    expect(ketuaNameKept('Bu RW 05')).toBe('Bu RW 05');
    expect(withoutHonorific('Pak A')).toBe('Pak A');
    expect(ketuaNameKept('Pak No')).toBe('Pak No');
    expect(ketuaNameKept('Bu Ketua')).toBe('Bu Ketua');
  });

  // One list of village roles (parse/lexicon.ts VILLAGE_ROLES), the one an activity's description is
  // read with: "Pak Carik", "Pak Ustadz Hasan" were kept as "Carik", "Ustadz Hasan".
  it('keeps every village role an activity\'s description knows, after a form of address, as typed', () => {
    for (const role of ['Pak Carik', 'Pak Modin', 'Bu Guru Sari', 'Pak Ustadz Hasan', 'Bu Sekretaris', 'Pak Babinsa', 'Bu Nyai']) expect(ketuaNameKept(role), role).toBe(role);
    // A haji is addressed so, no role: the form of address goes.
    expect(ketuaNameKept('Pak Haji Darto')).toBe('Haji Darto');
  });

  it('reads a name kept with its form of address and one without as one', () => {
    expect(samePersonName('Bu Sri', 'Sri')).toBe(true);
    expect(samePersonName('Bu Sri', 'Bu Sri')).toBe(true);
    expect(samePersonName('Bu Sri', 'Rini')).toBe(false);
    expect(samePersonName(null, 'Sri')).toBe(false);
  });
});
