/**
 * Officer alerts and leader notices render in the recipient's language, keep Verifikasi/
 * Tolak as deep links within Telegram's limits, and stay within the outbox's nesting limit
 * however long their lists grow.
 */
import { randomUUID } from 'node:crypto';
import { say } from '../../../src/core/messages.js';
import { activityFactsText } from '../../../src/domain/officers/activity-facts.js';
import { describe, expect, it } from 'vitest';
import { parseDeepLink } from '../../../src/core/engine/flow.js';
import { activityCorrectedAlert, digestMessage, groupRegisteredAlert, inactiveGroupAlert, levelChangedAlert, activityLoggedAlert } from '../../../src/domain/alerts/alert-messages.js';
import type { ActivitySummary } from '../../../src/domain/model/activities.js';
import { areasText } from '../../../src/domain/model/message-parts.js';
import type { GroupView } from '../../../src/domain/model/groups.js';
import { pendingMessages } from '../../../src/domain/officers/pending-messages.js';
import { statusMessage } from '../../../src/domain/status/status-message.js';
import { computeStatus } from '../../../src/domain/status/status.js';
import { groupEditedNotice } from '../../../src/domain/alerts/edit-notices.js';
import { loadLocaleResources } from '../../../src/i18n/locales.js';
import { createRenderer } from '../../../src/i18n/renderer.js';
import { LOCALES_DIR } from '../../../src/paths.js';
import { messagesOf } from '../../../src/storage/outbox/payload.js';

const missing: string[] = [];
const renderer = createRenderer(loadLocaleResources(LOCALES_DIR), 'id', (_locale, key) => missing.push(key));

const group: GroupView = {
  id: randomUUID(),
  name: 'Karang Taruna Tunas Muda',
  type: 'karang_taruna',
  typeOther: null,
  villageCode: '34.02.15.2004',
  villageName: 'Panggungharjo',
  districtName: 'Sewon',
  regencyName: 'Kabupaten Bantul',
  unit: { rw: 4, rt: 0, dusun: '' },
  memberCount: 30,
  foundedYear: null,
  meetingSchedule: null,
  active: true,
  verification: 'pending',
  rejectionReason: null,
  ketuaName: 'Mas Dimas',
  ketuaPhone: '+6281234567890',
};
const village = { villageName: 'Panggungharjo', districtName: 'Sewon', regencyName: 'Kabupaten Bantul' };

/** Rendered text, failing on any key without a translation. */
function text(message: Parameters<typeof renderer.render>[0][number], locale = 'id'): string {
  const [rendered] = renderer.render([message], locale);
  expect(missing).toEqual([]);
  return rendered!.text;
}

describe('a group sent back to be verified, and its leaders told of each other\'s changes', () => {
  it('says whether a group is new, changed or fixed after a rejection (with the earlier reason)', () => {
    expect(text(groupRegisteredAlert(group, { name: 'Mas Joko', phone: null }, 'changed'))).toContain('Data kelompok berubah (nama, jenis, desa atau ketua): mohon diverifikasi lagi');
    // What changed, from what (unchanged facts are not listed).
    const renamed = groupRegisteredAlert(group, { name: 'Mas Dimas', phone: null }, 'changed', { ...group, name: 'Karang Taruna Lama', ketuaPhone: '+6281100000000' });
    expect(text(renamed)).toContain('Yang berubah:\n• Nama: Karang Taruna Lama → Karang Taruna Tunas Muda\n• Nomor HP ketua: +6281100000000 → +6281234567890');
    expect(text(renamed)).not.toContain('• Desa:');
    const resubmitted = groupRegisteredAlert(group, { name: 'Mas Joko', phone: null }, { resubmitted: 'tidak ditemukan' });
    expect(text(resubmitted)).toContain('sudah diperbaiki dan dikirim ulang (alasan penolakan dulu: tidak ditemukan)');
    expect(text(resubmitted, 'en')).toContain('A rejected group was fixed and sent back (the earlier reason: tidak ditemukan)');
    // Sent back as it was (the leader pressed 📤 twice): the officer is told nothing changed.
    expect(text(groupRegisteredAlert(group, { name: 'Mas Joko', phone: null }, { resubmitted: 'tidak ditemukan', unchanged: true }))).toContain('dikirim ulang TANPA perubahan');
  });

  it('tells who changed which fields, with the short new values, or that the group was ended', () => {
    const changed = groupEditedNotice({ group, fields: ['ketuaName', 'ketuaPhone', 'schedule'], actorName: 'Rina' });
    expect(text(changed)).toBe(
      '✏️ Karang Taruna Tunas Muda diubah oleh Rina: Nama ketua → Mas Dimas; Nomor HP ketua → +6281234567890; Jadwal pertemuan. Lihat di 👥 Kelompok saya; bila ada yang keliru, ubah lagi di sana.',
    );
    expect(text(groupEditedNotice({ group, fields: ['deactivated'], actorName: null }))).toContain('dinonaktifkan oleh salah satu pengurusnya');
    expect(text(changed, 'en')).toContain("was changed by Rina: Chair's name → Mas Dimas");
  });
});

describe('officer alerts', () => {
  it('ask to verify a new group with deep-link buttons', () => {
    const message = groupRegisteredAlert(group, { name: 'Mas Joko', phone: '+6281333334444' });
    expect(text(message)).toContain('Kelompok baru menunggu verifikasi');
    expect(text(message)).toContain('Karang Taruna Tunas Muda (Karang Taruna)');
    expect(text(message)).toContain('Panggungharjo, Kec. Sewon');
    // Only the desa's officers receive it: they see the ketua's whole phone to call them (issue #11).
    expect(text(message)).toContain('ketua Mas Joko, +6281333334444');
    expect(text(message, 'en')).toContain('New group waiting for verification');
    const [verify, reject] = renderer.render([message], 'id')[0]!.buttons!;
    expect(verify!.label).toBe('✅ Verifikasi');
    expect(reject!.label).toBe('❌ Tolak');
    expect(parseDeepLink(verify!.id)?.key).toBe('v');
    // Sealed Telegram callback data holds at most 38 bytes of id.
    expect(Buffer.byteLength(verify!.id)).toBeLessThanOrEqual(38);
  });

  it('describe a logged activity with its date in the reader\'s language', () => {
    const message = activityLoggedAlert({
      id: randomUUID(),
      date: '2026-11-12',
      category: 'santunan_anak_yatim',
      description: 'Santunan bersama',
      villageCode: group.villageCode,
      ...village,
      verification: 'pending',
      reportingGroup: { id: group.id, name: group.name },
      partnerNames: ['Karang Taruna', 'PKK Dusun Glugo'],
      partners: [{ groupId: randomUUID(), name: 'Karang Taruna', confirmed: false }, { groupId: randomUUID(), name: 'PKK Dusun Glugo', confirmed: true }],
      beneficiaries: { '24': 5, '2': 12 },
    });
    expect(text(message)).toContain('12 November 2026 · Santunan anak yatim');
    // What the officer decides on: who reported it, whether the partners confirmed, whom it served.
    expect(text(message)).toContain(`Kelompok pelapor: ${group.name}`);
    expect(text(message)).toContain('Mitra: Karang Taruna (⏳ belum konfirmasi), PKK Dusun Glugo (✅ sudah konfirmasi)');
    expect(text(message)).toContain('Penerima manfaat: Anak terlantar 12, Fakir miskin 5');
    expect(text(message, 'en')).toContain('Partners: Karang Taruna (⏳ not confirmed yet)');
    expect(text(message, 'en')).toContain('12 November 2026');
  });

  it('say of a corrected activity the reason it was rejected with and what changed from what, as for a resubmitted group', () => {
    const before: ActivitySummary = {
      id: randomUUID(),
      date: '2026-11-15',
      category: 'bantuan_lansia',
      description: 'Sembako untuk lansia',
      villageCode: group.villageCode,
      ...village,
      verification: 'rejected',
      reportingGroup: { id: group.id, name: group.name },
      partnerNames: [],
      partners: [],
      beneficiaries: { '8': 15, '24': 3 },
    };
    const after: ActivitySummary = { ...before, date: '2026-11-14', verification: 'pending', beneficiaries: { '8': 12, '24': 3, '9': 2 } };
    // Before, the officer read "sudah diperbaiki…" with neither the reason nor what changed.
    const corrected = text(activityCorrectedAlert(after, [], false, 0, { reason: 'jumlah lansia salah', before }));
    expect(corrected).toContain('✏️ Kegiatan yang ditolak sudah diperbaiki pengurusnya dan dikirim ulang (alasan penolakan dulu: jumlah lansia salah):');
    expect(corrected).toContain(
      'Yang berubah:\n• Tanggal: 15 November 2026 → 14 November 2026\n• Penerima manfaat (Lansia terlantar): 15 → 12\n• Penerima manfaat (Penyandang disabilitas): 0 → 2',
    );
    // Unchanged facts are not listed; the activity as it is now follows.
    expect(corrected).not.toContain('Jenis:');
    expect(corrected).not.toContain('Fakir miskin): ');
    expect(corrected).toContain('Penerima manfaat: Lansia terlantar 12');
    const english = text(activityCorrectedAlert(after, [], false, 0, { reason: 'jumlah lansia salah', before }), 'en');
    expect(english).toContain('(the earlier reason: jumlah lansia salah)');
    expect(english).toContain('What changed:\n• Date: 15 November 2026 → 14 November 2026');
    // Sent back as it was: the reason, and nothing listed as changed.
    const unchanged = text(activityCorrectedAlert(before, [], true, 0, { reason: 'jumlah lansia salah', before }));
    expect(unchanged).toContain('TANPA perubahan (alasan penolakan dulu: jumlah lansia salah;');
    expect(unchanged).not.toContain('Yang berubah');
    // No reason known (an alert recorded before it was told): the headline as it was.
    expect(text(activityCorrectedAlert(after))).toContain('✏️ Kegiatan yang ditolak sudah diperbaiki pengurusnya dan dikirim ulang:');
  });

  it('say which partner the reporter confirmed themself, leading both groups: one person\'s word', () => {
    const facts = {
      reportingGroup: { id: group.id, name: group.name },
      partners: [{ groupId: randomUUID(), name: 'Posyandu Mawar', confirmed: true, byReporter: true }, { groupId: randomUUID(), name: 'PKK Dusun Glugo', confirmed: true }],
      beneficiaries: {},
    };
    const shown = text(say(activityFactsText(facts)));
    expect(shown).toContain('Posyandu Mawar (✅ dikonfirmasi oleh pelapor sendiri, yang juga memimpin kelompok ini)');
    expect(shown).toContain('PKK Dusun Glugo (✅ sudah konfirmasi)');
  });

  it('say whether a level went up, down or to Dorman', () => {
    expect(text(levelChangedAlert(village, 'rintisan', 'tumbuh'))).toContain('naik: 🌱 Rintisan → 🌿 Tumbuh');
    expect(text(levelChangedAlert(village, 'tumbuh', 'rintisan'))).toContain('turun');
    expect(text(levelChangedAlert(village, 'aktif', 'dorman'))).toContain('menjadi Dorman');
    expect(text(levelChangedAlert(village, 'dorman', 'aktif'))).toContain('naik');
  });

  it('name a quiet group and its last activity', () => {
    const quiet = { id: group.id, name: group.name, villageCode: group.villageCode, ...village, lastActivityDate: null, registeredDate: '2026-01-02' };
    expect(text(inactiveGroupAlert(quiet, 120))).toContain('selama 120 hari. Kegiatan terakhir: belum pernah');
  });

  it('keep long lists shallow enough for the outbox', () => {
    const areas = Array.from({ length: 50 }, (_, index) => ({
      code: `34.02.${String(index).padStart(2, '0')}`,
      level: 'district' as const,
      name: `Kecamatan ${index}`,
      regencyName: 'Bantul',
      districtName: '',
    }));
    const changes = Array.from({ length: 40 }, (_, index) => ({ villageCode: `v${index}`, villageName: `Desa ${index}`, from: 'rintisan' as const, to: 'tumbuh' as const }));
    const digest = digestMessage('2026-W48', areasText(areas), {
      activeGroups: 12,
      newGroups: 2,
      activities: 3,
      pendingGroups: 1,
      pendingActivities: 4,
      ownPending: 2,
      levelChanges: changes,
    });
    // The dispatcher reads payloads back with this check; a deeper one would never be sent.
    expect(messagesOf(JSON.parse(JSON.stringify({ messages: [digest] })))).not.toBeNull();
    const rendered = text(digest);
    expect(rendered).toContain('Kec. Kecamatan 0 (Bantul), Kec. Kecamatan 1 (Bantul)');
    expect(rendered).toContain('Kec. Kecamatan 49 (Bantul)');
    expect(rendered).toContain('• Desa 19: 🌱 Rintisan → 🌿 Tumbuh');
    expect(rendered).not.toContain('Desa 20:');
    expect(rendered).toContain('dan 20 perubahan lain');
    // What the officer's own groups await is said apart, as the pending list says it.
    expect(rendered).toContain('• Menunggu verifikasi: 1 kelompok, 4 kegiatan\n\nTidak dihitung di atas: 2 data dari kelompok yang Anda pimpin sendiri');
    expect(parseDeepLink(renderer.render([digest], 'id')[0]!.buttons![0]!.id)).toEqual({ key: 'p', arg: '' });
  });

  it('list pending records with their own buttons', () => {
    const messages = pendingMessages([{ type: 'group', id: group.id, name: group.name, groupType: 'karang_taruna', villageName: 'Panggungharjo' }], 3);
    expect(text(messages[0]!)).toContain('Menunggu verifikasi di wilayah Anda: 3');
    expect(renderer.render(messages, 'id')[1]!.buttons).toHaveLength(2);
    expect(text(pendingMessages([], 0)[0]!)).toContain('Tidak ada');
    // The officer's own groups' records are not listed: said, so that they are not thought lost.
    expect(text(pendingMessages([], 0, 2)[0]!)).toContain('Tidak ditampilkan: 2 data dari kelompok yang Anda pimpin sendiri');
    expect(text(pendingMessages([], 0, 0)[0]!)).not.toContain('Tidak ditampilkan');
    // In English the ketua is the chair, as everywhere else in English (was "Ketua: Ibu Fatimah").
    const details = { ketua: { name: 'Ibu Fatimah', phone: '+6281234567803' }, memberCount: 30, unit: { rw: 1, rt: 1, dusun: '' } };
    const withDetails = pendingMessages([{ type: 'group', id: group.id, name: group.name, groupType: 'karang_taruna', villageName: 'Panggungharjo', details }], 1);
    expect(renderer.render(withDetails, 'en')[1]!.text).toContain('Chair: Ibu Fatimah · +6281234567803\n30 members');
    // A group of type "Lainnya" shows the type its ketua named, as its alert does (was "(Lainnya)").
    const werda = pendingMessages([{ type: 'group', id: group.id, name: 'Lansia Sehat', groupType: 'other', typeOther: 'Karang Werda', villageName: 'Panggungharjo' }], 1);
    expect(text(werda[1]!)).toContain('(Karang Werda)');
    expect(text(werda[1]!)).not.toContain('Lainnya');
  });
});

describe('the status reply with an override', () => {
  it('shows the officer\'s level, the reason and the computed level', () => {
    const status = computeStatus({ groups: [], relations: [], activities: [], everAktif: false }, new Date('2026-11-20T03:00:00Z'));
    const names = { name: 'Panggungharjo', districtName: 'Sewon', regencyName: 'Kabupaten Bantul' };
    const reply = text(statusMessage({ ...status, override: { level: 'tumbuh', reason: 'kunjungan lapangan' } }, names));
    expect(reply).toContain('Tingkat: 🌿 Tumbuh (ditetapkan petugas: kunjungan lapangan; hitungan sistem: ⚪ Belum Ada)');
    expect(text(statusMessage(status, names))).toContain('Tingkat: ⚪ Belum Ada');
  });

  it('names the officer who set it, when their name is known', () => {
    const status = computeStatus({ groups: [], relations: [], activities: [], everAktif: false }, new Date('2026-11-20T03:00:00Z'));
    const names = { name: 'Panggungharjo', districtName: 'Sewon', regencyName: 'Kabupaten Bantul' };
    const reply = text(statusMessage({ ...status, override: { level: 'tumbuh', reason: 'kunjungan lapangan', officerName: 'Tono Sugiarto' } }, names));
    expect(reply).toContain('Tingkat: 🌿 Tumbuh (ditetapkan petugas Tono Sugiarto: kunjungan lapangan; hitungan sistem: ⚪ Belum Ada)');
    const nameless = text(statusMessage({ ...status, override: { level: 'tumbuh', reason: 'kunjungan lapangan', officerName: null } }, names));
    expect(nameless).toContain('(ditetapkan petugas: kunjungan lapangan;');
  });
});
