/**
 * The status reply rendered with the real locale files, in both languages: exact texts for
 * two typical cases, every level and step key present, and short enough for a phone.
 */
import { describe, expect, it } from 'vitest';
import { STEP_KEYS } from '../../../src/domain/status/next-steps.js';
import { WKSBM_LEVELS, type AreaFacts } from '../../../src/domain/model/status.js';
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
          'Sementara: 3 data belum diverifikasi petugas',
        '✅ Eksistensi Kolektif: 3 kelompok aktif (perlu 3), 3 jenis (perlu 2)\n' +
          '❌ Jaringan Sosial: 0 hubungan (perlu 2); belum ada kelompok yang dihitung (perlu 60 %)\n' +
          '   (3 kelompok baru belum dihitung: diberi waktu untuk terhubung)\n' +
          '❌ Sinergi Penyelenggaraan: 0 kegiatan bersama (perlu 2), 0 untuk PMKS (perlu 1)',
        'Yang masih kurang sampai Aktif (terdekat dulu):\n' +
          '• Catat 2 hubungan lagi antarkelompok (kegiatan bersama juga dihitung).\n' +
          '• Catat 2 kegiatan bersama lagi.\n' +
          '• 1 kegiatan bersama harus melayani PMKS (catat jumlah penerimanya).',
      ].join('\n\n'),
    );
  });

  it('renders the same in English, with plurals', () => {
    expect(render(provisionalRintisan, 'en')).toBe(
      [
        '📊 WKSBM status of Sidomulyo, Kec. Bambanglipuro, Kabupaten Bantul\nLevel: 🌱 Starting (Rintisan)\n' +
          'Provisional: 3 records not yet verified by an officer',
        '✅ Collective existence — active groups: 3 (need 3), group types: 3 (need 2)\n' +
          '❌ Social network — ties: 0 (need 2); groups linked: none counted yet (need 60 %)\n' +
          '   (3 new groups not counted yet: they have time to link)\n' +
          '❌ Working together — joint activities: 0 (need 2), for PMKS: 0 (need 1)',
        'Still missing to reach 🌳 Active (Aktif), nearest first:\n' +
          '• Record 2 more ties between groups (joint activities count too).\n' +
          '• Record 2 more joint activities.\n' +
          '• 1 joint activity must serve PMKS (record how many people were served).',
      ].join('\n\n'),
    );
  });

  it('names the RW, and shows the last joint activity once Aktif (no provisional note when verified)', () => {
    const text = render(aktifFacts(), 'id', 3);
    expect(text).toContain('RW 3 Sidomulyo, Kec. Bambanglipuro');
    expect(text).toContain('Tingkat: 🌳 Aktif (sudah WKSBM)');
    expect(text).toContain('✅ Sinergi Penyelenggaraan: 2 kegiatan bersama (perlu 2), 1 untuk PMKS (perlu 1); terakhir 10 hari lalu');
    expect(text).toContain('• Catat kegiatan bersama berikutnya dalam 170 hari agar tetap Aktif.');
    expect(text).not.toMatch(/sementara/i);
    expect(render(aktifFacts(), 'en')).toContain('• Record the next joint activity within 170 days to stay active.');
  });

  it('says "hari ini" for a joint activity of today, not "0 hari lalu"', () => {
    const today = aktifFacts({ activities: [activity('j1', 0, ['a', 'b'], { pmks: true }), activity('j2', 20, ['b', 'c'])] });
    expect(render(today, 'id')).toContain('1 untuk PMKS (perlu 1); terakhir hari ini');
    expect(render(today, 'id')).not.toContain('0 hari lalu');
    expect(render(today, 'en')).toContain('; last today');
  });

  it('tells a Dorman area how to come back', () => {
    const dorman = aktifFacts({ everAktif: true, activities: [activity('j1', 200, ['a', 'b'], { pmks: true }), activity('j2', 250, ['b', 'c'])] });
    expect(render(dorman, 'id')).toContain('Tingkat: 💤 Dorman');
    expect(render(dorman, 'id')).toContain('terakhir 200 hari lalu\n\nLangkah berikutnya:\n• Catat 1 kegiatan bersama lagi untuk aktif kembali.');
    expect(render(dorman, 'en')).toContain('• Record 1 joint activity to become active again.');
  });

  it('reads like a person: "3 dari 5 kelompok sudah terhubung", and names what waits for confirmation', () => {
    const five = facts({
      groups: [...THREE_GROUPS.map((g) => ({ ...g, name: `Kelompok ${g.id.toUpperCase()}`, registeredAt: new Date(NOW.getTime() - 200 * 86_400_000) })),
        { ...group('d', 'pkk', { registeredDaysAgo: 200 }), name: 'Karang Taruna Tunas Muda' }, { ...group('e', 'pkk', { registeredDaysAgo: 200 }), name: 'PKK Melati' }],
      relations: [relation('a', 'b'), relation('b', 'c'), relation('c', 'e', { confirmed: false })],
      // Each group active by an activity of its own; one activity waits for Karang Taruna.
      activities: [...['a', 'b', 'c', 'e'].map((id) => activity(`own-${id}`, 30, [id])), activity('p', 7, ['d'], { pending: ['a'] }), activity('q', 8, ['a'], { pending: ['d'] })],
    });
    const text = render(five, 'id');
    expect(text).toContain('2 hubungan (perlu 2); 3 dari 5 kelompok sudah terhubung (perlu 60 %)');
    expect(text).toContain('• menunggu konfirmasi Karang Taruna Tunas Muda untuk kegiatan 7 Juni 2026');
    expect(text).toContain('• menunggu konfirmasi Kelompok A untuk kegiatan 8 Juni 2026');
    expect(text).toContain('• menunggu konfirmasi PKK Melati untuk hubungan dengan Kelompok C');
  });

  it('stays under 1,000 characters in the longest cases (every gap up to Aktif is listed)', () => {
    const longVillage = { name: 'Karangtengah Lor Kidul Wetan', districtName: 'Kecamatan Panjang Sekali Namanya', regencyName: 'Kabupaten Kepulauan Siau Tagulandang Biaro' };
    const worst: AreaFacts[] = [
      facts({ groups: [group('a', 'arisan', { registeredDaysAgo: 400, verified: false })], everAktif: true }),
      facts({ groups: THREE_GROUPS, relations: [relation('a', 'b', { confirmed: false })], activities: [activity('p', 3, ['a'], { pending: ['c'], verified: false })] }),
      facts({ groups: [group('a', 'arisan', { registeredDaysAgo: 1 }), group('old', 'pkk'), group('old2', 'pkk')] }),
    ];
    for (const f of worst) {
      for (const locale of SUPPORTED_LOCALES) {
        const [message] = renderer.render([statusMessage(computeStatus(f, NOW), longVillage, 12)], locale);
        expect(message!.text.length, message!.text).toBeLessThan(1000);
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
