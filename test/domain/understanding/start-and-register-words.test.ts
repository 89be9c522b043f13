/**
 * How to start a WKSBM in one's own desa, asked with "bikin" and no noun ("kalo mau bikin di
 * desa saya gimana"), gets the how-to answer like "cara bentuk wksbm gmn ya", not "not
 * understood" nor the benefits ("bikin" is read as "buat", also "for"). A Sundanese request to
 * register a group starts the registration like the Javanese and Indonesian ones do.
 */
import { describe, expect, it } from 'vitest';
import { readingLabel, understand } from '../../../src/domain/understanding/understand.js';
import { realMatcher } from '../faq/real-knowledge.js';

const matcher = realMatcher();
const NOW = new Date('2026-12-05T03:00:00Z');
const label = (text: string) => readingLabel(understand(text, matcher, NOW).understood);

describe('starting one in the own desa, and registering in Sundanese', () => {
  it.each([
    ['kalo mau bikin di desa saya gimana', 'faq:how_to_register'],
    ['mau bikin wksbm di desa saya gimana', 'faq:how_to_register'],
    ['kalau mau bikin di kampung kami gmn', 'faq:how_to_register'],
    ['mau buat di desa kami bagaimana caranya', 'faq:how_to_register'],
    ['cara bentuk wksbm gmn ya', 'faq:how_to_register'],
  ])('reads %j as %s', (text, expected) => {
    expect(label(text)).toBe(expected);
  });

  it('still reads "buat" as "for" and making something else as no such question', () => {
    expect(label('wksbm buat desa apa')).toBe('faq:benefits');
    expect(label('bikin kue gimana')).toBe('unknown');
  });

  it.each([
    'abdi hoyong ngadaftarkeun kelompok', 'bade ngadaptar kelompok', 'aku arep ndaftarke kelompok', 'saya mau daftarin kelompok',
    // Javanese krama (was the how-to, the walk of 7 December).
    'kula badhe ndaftaraken kelompok', 'kulo bade ndaftarke kelompok',
  ])(
    'starts the registration for %j',
    (text) => {
      expect(understand(text, matcher, NOW).understood).toEqual({ kind: 'register' });
    },
  );

  it('takes the group named in a Sundanese request, and still answers how to register when asked', () => {
    expect(understand('abdi bade ngadaftarkeun posyandu mawar', matcher, NOW).understood).toMatchObject({ kind: 'register', groupType: 'posyandu', name: 'Posyandu Mawar' });
    expect(label('kumaha carana ngadaptar kelompok')).toBe('faq:how_to_register');
  });
});
