/**
 * The status reply rendered with the real locale files, in both languages: exact texts for
 * two typical cases, every level and step key present, and short enough for a phone.
 */
import { describe, expect, it } from 'vitest';
import { STEP_KEYS } from '../../../src/domain/status/next-steps.js';
import { WKSBM_LEVELS, type AreaFacts } from '../../../src/domain/status/ports.js';
import { levelName, statusMessage } from '../../../src/domain/status/status-message.js';
import { computeStatus } from '../../../src/domain/status/status.js';
import { loadLocaleResources, SUPPORTED_LOCALES } from '../../../src/i18n/locales.js';
import { createRenderer } from '../../../src/i18n/renderer.js';
import { LOCALES_DIR } from '../../../src/paths.js';
import { activity, aktifFacts, facts, group, NOW, relation, THREE_GROUPS } from './facts.js';

const missing: string[] = [];
const renderer = createRenderer(loadLocaleResources(LOCALES_DIR), 'id', (locale, key) => missing.push(`${locale}:${key}`));
const village = { name: 'Sidomulyo', districtName: 'Bambanglipuro', regencyName: 'Kabupaten Bantul' };

function render(f: AreaFacts, locale: string, rw?: number): string {
  return renderer.render([statusMessage(computeStatus(f, NOW), village, rw)], locale)[0]!.text;
}

describe('statusMessage', () => {
  const provisionalRintisan = facts({ groups: THREE_GROUPS.map((g) => ({ ...g, verified: false })) });

  it('shows level, criteria with numbers, the provisional note and next steps (id)', () => {
    expect(render(provisionalRintisan, 'id')).toBe(
      [
        '📊 Status WKSBM Sidomulyo, Kec. Bambanglipuro, Kabupaten Bantul\nTingkat: 🌱 Rintisan\n' +
          '(sementara: ada data yang belum diverifikasi petugas)',
        '✅ Eksistensi Kolektif: 3/3 kelompok aktif, 3/2 jenis\n' +
          '❌ Jaringan Sosial: 0/2 hubungan, 0%/60% terhubung\n' +
          '❌ Sinergi Penyelenggaraan: 0/2 kegiatan bersama, 0/1 untuk PMKS',
        'Langkah berikutnya:\n' +
          '• Catat 2 hubungan lagi antarkelompok (kegiatan bersama juga dihitung).\n' +
          '• 2 kelompok lagi perlu terhubung dengan kelompok lain.',
      ].join('\n\n'),
    );
  });

  it('renders the same in English, with plurals', () => {
    expect(render(provisionalRintisan, 'en')).toBe(
      [
        '📊 WKSBM status of Sidomulyo, Bambanglipuro district, Kabupaten Bantul\nLevel: 🌱 Starting (Rintisan)\n' +
          '(provisional: some data is not yet verified by an officer)',
        '✅ Collective existence: 3/3 active groups, 3/2 types\n' +
          '❌ Social network: 0/2 ties, 0%/60% linked\n' +
          '❌ Working together: 0/2 joint activities, 0/1 for PMKS',
        'Next steps:\n' +
          '• Record 2 more ties between groups (joint activities count too).\n' +
          '• 2 more groups need a tie to another group.',
      ].join('\n\n'),
    );
  });

  it('names the RW, and shows the last joint activity once Aktif (no provisional note when verified)', () => {
    const text = render(aktifFacts(), 'id', 3);
    expect(text).toContain('RW 3 Sidomulyo, Kec. Bambanglipuro');
    expect(text).toContain('Tingkat: 🌳 Aktif (sudah WKSBM)');
    expect(text).toContain('✅ Sinergi Penyelenggaraan: 2/2 kegiatan bersama, 1/1 untuk PMKS; terakhir 10 hari lalu');
    expect(text).toContain('• Catat kegiatan bersama berikutnya dalam 170 hari agar tetap Aktif.');
    expect(text).not.toContain('sementara');
    expect(render(aktifFacts(), 'en')).toContain('• Record the next joint activity within 170 days to stay active.');
  });

  it('tells a Dorman area how to come back', () => {
    const dorman = aktifFacts({ everAktif: true, activities: [activity('j1', 200, ['a', 'b'], { pmks: true }), activity('j2', 250, ['b', 'c'])] });
    expect(render(dorman, 'id')).toContain('Tingkat: 💤 Dorman');
    expect(render(dorman, 'id')).toContain('terakhir 200 hari lalu\n\nLangkah berikutnya:\n• Catat 1 kegiatan bersama lagi untuk aktif kembali.');
    expect(render(dorman, 'en')).toContain('• Record 1 joint activity to become active again.');
  });

  it('stays under 700 characters in the longest cases', () => {
    const longVillage = { name: 'Karangtengah Lor Kidul Wetan', districtName: 'Kecamatan Panjang Sekali Namanya', regencyName: 'Kabupaten Kepulauan Siau Tagulandang Biaro' };
    const worst: AreaFacts[] = [
      facts({ groups: [group('a', 'arisan', { registeredDaysAgo: 400, verified: false })], everAktif: true }),
      facts({ groups: THREE_GROUPS, relations: [relation('a', 'b', { confirmed: false })], activities: [activity('p', 3, ['a'], { pending: ['c'], verified: false })] }),
      facts({ groups: [group('a', 'arisan', { registeredDaysAgo: 1 }), group('old', 'pkk'), group('old2', 'pkk')] }),
    ];
    for (const f of worst) {
      for (const locale of SUPPORTED_LOCALES) {
        const [message] = renderer.render([statusMessage(computeStatus(f, NOW), longVillage, 12)], locale);
        expect(message!.text.length, message!.text).toBeLessThan(700);
      }
    }
  });

  it('has every level name and step text in both languages, singular and plural', () => {
    for (const locale of SUPPORTED_LOCALES) {
      for (const level of WKSBM_LEVELS) expect(renderer.text(levelName(level), locale)).not.toMatch(/status:|\{\{/);
      for (const key of STEP_KEYS) {
        for (const count of [1, 2]) {
          const text = renderer.text({ key: `status:step.${key}`, params: { count, types: 2, days: 365 } }, locale);
          expect(text, `${locale} ${key}`).not.toMatch(/status:|\{\{|^step\./);
        }
      }
    }
    expect(renderer.text({ key: 'status:step.c3.moreJoint', params: { count: 1 } }, 'en')).toBe('Record 1 more joint activity.');
    expect(renderer.text({ key: 'status:step.c3.moreJoint', params: { count: 3 } }, 'en')).toBe('Record 3 more joint activities.');
    expect(missing).toEqual([]);
  });
});
