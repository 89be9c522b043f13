/** What an officer asks of their panel in words (domain/officers/panel-words.ts), and what stays a question or someone else's words. */
import { describe, expect, it } from 'vitest';
import { asksPendingList, panelWish, quietHoursInText } from '../../../src/domain/officers/panel-words.js';

describe('the panel asked in words', () => {
  it('reads quiet hours in a sentence, and the screen when no range is given', () => {
    expect(panelWish('jam tenang saya jam 10 malam - jam 6 pagi ya', 'menu')).toEqual({ kind: 'quiet', range: { startMin: 22 * 60, endMin: 6 * 60 } });
    expect(panelWish('jam 9 malam sampai jam 5 pagi', 'panel')).toEqual({ kind: 'quiet', range: { startMin: 21 * 60, endMin: 5 * 60 } });
    // At the menu a bare range is not read as quiet hours.
    expect(panelWish('jam 9 malam sampai jam 5 pagi', 'menu')).toBeNull();
    expect(panelWish('atur jam tenang', 'menu')).toEqual({ kind: 'quietOpen' });
    expect(panelWish('matikan notifikasi malam', 'panel')).toEqual({ kind: 'quietOpen' });
    expect(panelWish('hapus jam tenang', 'panel')).toEqual({ kind: 'quietOff' });
    expect(quietHoursInText('jam tenangnya 21.30 - 05.00 aja')).toEqual({ startMin: 21 * 60 + 30, endMin: 5 * 60 });
    // The range as one word after "jam tenang" (was the quiet-hours screen, asking for the range again).
    expect(panelWish('jam tenang 21-06', 'menu')).toEqual({ kind: 'quiet', range: { startMin: 21 * 60, endMin: 6 * 60 } });
    expect(panelWish('atur jam tenang 22.00-05.00 ya', 'menu')).toEqual({ kind: 'quiet', range: { startMin: 22 * 60, endMin: 5 * 60 } });
    expect(panelWish('quiet hours 9pm-6am', 'menu')).toEqual({ kind: 'quiet', range: { startMin: 21 * 60, endMin: 6 * 60 } });
    expect(panelWish('jam tenang 21 s.d. 06', 'menu')).toEqual({ kind: 'quiet', range: { startMin: 21 * 60, endMin: 6 * 60 } });
  });

  it('reads English quiet hours said with the alerts (were the panel, or the mute screen)', () => {
    const night = { kind: 'quiet', range: { startMin: 21 * 60, endMin: 6 * 60 } };
    expect(panelWish('no alerts from 9pm to 6am please', 'menu')).toEqual(night);
    expect(panelWish('do not send alerts from 9pm to 6am', 'menu')).toEqual(night);
    expect(panelWish("don't send me alerts between 9pm and 6am", 'menu')).toEqual(night);
    expect(panelWish('jangan kirim notifikasi antara jam 9 malam dan jam 6 pagi', 'menu')).toEqual(night);
    expect(panelWish('stop alerts at night', 'menu')).toEqual({ kind: 'quietOpen' });
    expect(panelWish('mute alerts 21:00-06:00', 'menu')).toEqual(night);
  });

  it('reads the recap of the officer\'s own area, of a kind when said, and leaves a place named or the digest alone', () => {
    for (const words of ['rekap', 'rekap wilayah saya', 'Rekap wilayah kami dong', 'gimana wilayah saya?', 'cek rekapan wilayahku', 'kondisi wilayah saya sekarang', 'recap of my area', 'how is my area doing?', 'my area recap']) {
      expect(panelWish(words, 'menu'), words).toEqual({ kind: 'recap' });
    }
    expect(panelWish('rekap kabupaten saya', 'panel')).toEqual({ kind: 'recap', of: 'regency' });
    expect(panelWish('rekap kecamatan kami ya', 'menu')).toEqual({ kind: 'recap', of: 'district' });
    // A place named is a count of that place; the weekly digest is an alert kind; a word alone is nothing asked.
    for (const words of ['rekap kecamatan sewon', 'rekap kecamatan', 'rekap mingguan', 'kondisi', 'wilayah', 'saya', 'berapa desa di wilayah saya yang sudah wksbm?']) {
      expect(panelWish(words, 'menu')?.kind, words).not.toBe('recap');
    }
    expect(panelWish('matikan rekap mingguan', 'mutes')).toEqual({ kind: 'mute', kinds: ['digest.weekly'], muted: true });
  });

  it('reads the desa nearest to their next level, which the recap names, asked of the officer\'s own area', () => {
    for (const words of [
      'desa mana yang paling dekat naik tingkat?',
      'Desa mana yg paling dekat naik tingkat dong',
      'desa yang hampir aktif',
      'desa mana saja yang hampir jadi wksbm di wilayah saya?',
      'cek desa yang paling dekat naik level',
      'which villages are closest to the next level?',
      'villages almost active in my area',
    ]) {
      expect(panelWish(words, 'menu'), words).toEqual({ kind: 'recap' });
    }
    // A place or a desa named is that place's count or that desa's status; a level's rule is a question.
    for (const words of ['desa yang hampir aktif di kecamatan sewon', 'desa panggungharjo hampir aktif?', 'apa syarat desa naik tingkat?', 'kapan desa saya naik tingkat?']) {
      expect(panelWish(words, 'menu')?.kind, words).not.toBe('recap');
    }
  });

  it('reads alert kinds switched off or on, each kind by its own words', () => {
    expect(panelWish('pak, tolong matikan notifikasi kelompok baru, terlalu banyak', 'menu')).toEqual({ kind: 'mute', kinds: ['group.registered'], muted: true });
    expect(panelWish('saya tidak mau dapat ringkasan mingguan', 'menu')).toEqual({ kind: 'mute', kinds: ['digest.weekly'], muted: true });
    expect(panelWish('matikan notif kelompok tidak aktif', 'menu')).toEqual({ kind: 'mute', kinds: ['group.inactive'], muted: true });
    expect(panelWish('matikan ringkasan mingguan', 'mutes')).toEqual({ kind: 'mute', kinds: ['digest.weekly'], muted: true });
    expect(panelWish('nyalakan lagi notifikasi kegiatan', 'panel')).toEqual({ kind: 'mute', kinds: ['activity.logged'], muted: false });
    expect(panelWish('matikan notifikasi', 'menu')).toEqual({ kind: 'mutes' });
  });

  it('reads "jam tenangnya" as quiet hours, and which alerts are on asked as a question as the mute screen (were "belum paham")', () => {
    // The start said alone sets it (the quiet screen opened, and "mulai jam 10 mlm" typed there was not read).
    expect(panelWish('jam tenangnya ganti jd mulai jam 10 mlm aja', 'menu')).toEqual({ kind: 'quietEdge', edge: 'start', min: 22 * 60 });
    // One end said as when alerts may come no more (were "belum paham", or the mute screen with the alerts named).
    expect(panelWish('jangan kirim setelah jam 21', 'menu')).toEqual({ kind: 'quietEdge', edge: 'start', min: 21 * 60 });
    expect(panelWish('jangan kirim notif setelah jam 21', 'menu')).toEqual({ kind: 'quietEdge', edge: 'start', min: 21 * 60 });
    expect(panelWish('notifikasi jangan dikirim sebelum jam 6 pagi', 'menu')).toEqual({ kind: 'quietEdge', edge: 'end', min: 6 * 60 });
    expect(panelWish("please don't send alerts after 9pm", 'menu')).toEqual({ kind: 'quietEdge', edge: 'start', min: 21 * 60 });
    // Not without a word of sending or alerts at the menu ("setelah jam 21" may be anything there), nor said as "on".
    expect(panelWish('setelah jam 21', 'menu')).toBeNull();
    expect(panelWish('kirim notif setelah jam 21', 'menu')?.kind).not.toBe('quietEdge');
    expect(panelWish('jam tenangnya 22.00 - 05.00', 'menu')).toEqual({ kind: 'quiet', range: { startMin: 22 * 60, endMin: 5 * 60 } });
    expect(panelWish('notif apa aja yg masih nyala?', 'menu')).toEqual({ kind: 'mutes' });
    expect(panelWish('notifikasi mana yang sudah saya matikan?', 'menu')).toEqual({ kind: 'mutes' });
    expect(panelWish('which alerts are on?', 'menu')).toEqual({ kind: 'mutes' });
    // A question about what the alerts are stays a question.
    expect(panelWish('notifikasi kelompok tidak aktif itu apa?', 'menu')).toBeNull();
    expect(panelWish('jam tenang itu apa?', 'menu')).toBeNull();
  });

  it('keeps the alert kinds said as kept, "cukup"/"kecuali"/"only" (were switched off with the rest)', () => {
    // "I only need the weekly recap": the activity alerts go, the weekly recap stays (was both off).
    expect(panelWish('notif kegiatan baru matiin aja, sy cukup rekap mingguan', 'menu')).toEqual({ kind: 'mute', kinds: ['activity.logged'], muted: true });
    expect(panelWish('matikan notif kelompok baru, tapi ringkasan mingguan tetap ya', 'menu')).toEqual({ kind: 'mute', kinds: ['group.registered'], muted: true });
    // Everything off but the kinds kept.
    expect(panelWish('matikan semua notif kecuali rekap mingguan', 'menu')).toEqual({
      kind: 'mute',
      kinds: ['group.registered', 'activity.logged', 'level.changed', 'group.inactive'],
      muted: true,
    });
    expect(panelWish('turn off all alerts except new groups', 'mutes')).toEqual({
      kind: 'mute',
      kinds: ['activity.logged', 'level.changed', 'group.inactive', 'digest.weekly'],
      muted: true,
    });
    expect(panelWish('matikan semua notifikasi', 'menu')).toEqual({ kind: 'mute', kinds: ['group.registered', 'activity.logged', 'level.changed', 'group.inactive', 'digest.weekly'], muted: true });
    // Only kept kinds named: nothing to switch off by name, so the screen opens.
    expect(panelWish('sy cukup rekap mingguan aja notifnya', 'menu')).toEqual({ kind: 'mutes' });
  });

  it('reads the dashboard and the name', () => {
    expect(panelWish('minta link dasbor', 'menu')).toEqual({ kind: 'dashboard' });
    // A question about one's tokens is answered with those in force; only a request mints a code.
    for (const asked of ['brp token dasbor sy yg aktif', 'berapa token dasbor saya yang aktif?', 'token dasbor saya yg aktif apa aja', 'how many dashboard tokens do I have?', 'cek token dasbor saya']) {
      expect(panelWish(asked, 'menu'), asked).toEqual({ kind: 'tokens' });
    }
    expect(panelWish('minta token dasbor', 'menu')).toEqual({ kind: 'dashboard' });
    expect(panelWish('minta token dasbor baru', 'panel')).toEqual({ kind: 'dashboard' });
    expect(panelWish('token dasbor itu apa?', 'menu')).toBeNull();
    expect(panelWish('ganti nama saya', 'menu')).toEqual({ kind: 'name' });
    expect(panelWish('ganti nama kelompok tani sri rejeki', 'menu')).toBeNull();
  });

  it('reads hours without alerts said with the alerts as quiet hours (was the mute screen)', () => {
    expect(panelWish('jangan kirim notif dari jam 10 malam sampai jam 5 subuh', 'panel')).toEqual({ kind: 'quiet', range: { startMin: 22 * 60, endMin: 5 * 60 } });
    expect(panelWish('tolong matikan notifikasi jam 21 - 05', 'menu')).toEqual({ kind: 'quiet', range: { startMin: 21 * 60, endMin: 5 * 60 } });
    // Alerts wanted in those hours are not quiet hours.
    expect(panelWish('kirim notifikasi jam 7 sampai jam 9 pagi saja', 'panel')).toBeNull();
  });

  it('reads "jangan ganggu" and "do not disturb" with hours as quiet hours, and alone as their screen (were "salah satu tombol")', () => {
    for (const place of ['menu', 'panel', 'mutes'] as const) {
      expect(panelWish('jangan ganggu saya jam 9 malam - 6 pagi ya', place), place).toEqual({ kind: 'quiet', range: { startMin: 21 * 60, endMin: 6 * 60 } });
    }
    expect(panelWish('do not disturb from 10pm to 5am', 'panel')).toEqual({ kind: 'quiet', range: { startMin: 22 * 60, endMin: 5 * 60 } });
    expect(panelWish('jangan diganggu malam2 pak', 'menu')).toEqual({ kind: 'quietOpen' });
  });

  it('reads the pending list asked for in a sentence, or how many it holds (were a desa search, "salah satu tombol" and the FAQ)', () => {
    for (const text of ['cek yang pending dong', 'yang menunggu apa aja ya', 'show pending', 'berapa kelompok yang belum diverifikasi?', 'ada yang perlu saya verifikasi?', 'Antrian verifikasi']) {
      expect(asksPendingList(text), text).toBe(true);
      expect(panelWish(text, 'panel'), text).toEqual({ kind: 'pending' });
    }
    for (const text of ['berapa lama menunggu verifikasi?', 'kelompok saya belum diverifikasi', 'kenapa kelompok yang belum diverifikasi tetap dihitung?', 'saya menunggu', 'apa itu pending?']) {
      expect(asksPendingList(text), text).toBe(false);
    }
  });

  it('reads a desa\'s level set by hand, with the desa and the level when said', () => {
    expect(panelWish('tetapkan tingkat desa panggungharjo jadi aktif', 'menu')).toEqual({ kind: 'override', query: 'panggungharjo', level: 'aktif' });
    expect(panelWish('ubah level desa bangunharjo ke belum ada.', 'menu')).toEqual({ kind: 'override', query: 'bangunharjo', level: 'belum_ada' });
    expect(panelWish('Tetapkan tingkat desa', 'menu')).toEqual({ kind: 'override', query: null, level: null });
    expect(panelWish('tetapkan tingkat desa jadi tumbuh', 'panel')).toEqual({ kind: 'override', query: null, level: 'tumbuh' });
    expect(panelWish('bagaimana cara ubah tingkat desa?', 'menu')).toBeNull();
    expect(panelWish('matikan notifikasi perubahan tingkat', 'menu')).toEqual({ kind: 'mute', kinds: ['level.changed'], muted: true });
  });

  it('reads the data asked for as a file, which the dashboard gives, a question too', () => {
    expect(panelWish('saya mau download data kelompok excel', 'menu')).toEqual({ kind: 'download' });
    expect(panelWish('bisa unduh rekap kegiatan?', 'menu')).toEqual({ kind: 'download' });
    expect(panelWish('export data desa ke csv', 'panel')).toEqual({ kind: 'download' });
    expect(panelWish('apa itu csv?', 'menu')).toBeNull();
    expect(panelWish('download', 'menu')).toBeNull();
  });

  it('leaves questions and other wishes alone', () => {
    expect(panelWish('jam tenang itu apa?', 'menu')).toBeNull();
    expect(panelWish('apa itu dasbor', 'menu')).toBeNull();
    expect(panelWish('saya tidak mau daftar kelompok baru', 'menu')).toBeNull();
    expect(panelWish('kegiatan kami tidak mau dicatat', 'menu')).toBeNull();
    expect(panelWish('aktifkan lagi kelompok yang tidak aktif', 'menu')).toBeNull();
  });
});

describe('"jangan ganggu" without a time', () => {
  it('is no quiet hours wish at the menu ("tolong jangan ganggu saya dulu" opened the officer panel)', () => {
    for (const text of ['tolong jangan ganggu saya dulu', 'warganya jangan diganggu']) expect(panelWish(text, 'menu'), text).toBeNull();
    expect(panelWish('jangan ganggu saya jam 9 malam - 6 pagi ya', 'menu')).toEqual({ kind: 'quiet', range: { startMin: 21 * 60, endMin: 6 * 60 } });
  });
});
