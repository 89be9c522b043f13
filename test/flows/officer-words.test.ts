/**
 * What an officer's panel is for, named in a sentence at the menu ("minta link dasbor",
 * "matikan notifikasi malam"): the 🛡️ Petugas panel opens for an officer (it was "not
 * understood"); a resident's same words are free text, and "apa itu dasbor?" is a question.
 */
import { beforeAll, expect, it } from 'vitest';
import { allText, buttonIds, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { enrolOfficer } from '../support/officer-invite.js';
import { answerRegistration } from '../support/register-group.js';
import { useTestBot } from '../support/use-test-bot.js';
import { issueToken } from '../../src/storage/tokens/api-tokens.js';

describeEachDatabase('an officer\'s panel asked for in words', (kind) => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot(kind, { clock });

  beforeAll(async () => {
    await enrolOfficer(bot.bot, clock, { kind: 'tksk', areas: ['34.02.15'] }, (text) => bot.send('officer-panel', text));
  });

  it('opens the panel for an officer, with its dashboard and notification buttons, and its mute screen for "atur notifikasi"', async () => {
    expect(buttonIds(await bot.send('officer-panel', 'petugas'))).toEqual(expect.arrayContaining(['officer:dashboard', 'officer:mutes']));
    await bot.send('officer-panel', 'menu');
    expect(buttonIds(await bot.send('officer-panel', 'atur notifikasi'))).toEqual(expect.arrayContaining(['mute:group.registered', 'mute:done']));
    await bot.send('officer-panel', 'menu');
  });

  it('does what the panel is asked in words, at the menu, the panel and the mute screen, and says so', async () => {
    const say = (text: string | { button: string }) => bot.send('officer-panel', text);
    // The sign-in at once (was the panel's home), with a way on: the panel or the menu.
    const signIn = await say('minta link dasbor');
    expect(allText(signIn)).toContain('🖥️');
    expect(allText(signIn)).toContain('sekali pakai');
    expect(buttonIds(signIn.slice(-1))).toEqual(expect.arrayContaining(['go:p:', 'cmd:menu']));
    // Asking how many tokens are active mints nothing: those in force are listed (a code is no
    // token until the dashboard exchanges it), with the sign-in as a button.
    const prisma = bot.bot.database.prisma;
    const issued = () => prisma.auditLog.count({ where: { action: 'token.issue' } });
    const before = await issued();
    const none = await say('brp token dasbor sy yg aktif');
    expect(allText(none)).not.toContain('sekali pakai');
    expect(allText(none)).toContain('Token dasbor Anda yang aktif: tidak ada');
    expect(buttonIds(none)).toEqual(expect.arrayContaining(['officer:dashboard', 'cmd:menu']));
    const { personId } = await prisma.channelIdentity.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'webchat', externalId: await bot.users.externalId('officer-panel') } },
    });
    await prisma.$transaction((tx) => issueToken(tx, personId, { now: clock() }));
    await say('menu');
    const one = allText(await say('berapa token dasbor saya yang aktif?'));
    expect(one).toContain('Token dasbor Anda yang aktif: 1');
    expect(one).toContain('• dibuat 20 November 2026, belum pernah dipakai');
    expect(await issued()).toBe(before);
    // The button does what it says: a code.
    expect(allText(await say({ button: 'officer:dashboard' }))).toContain('sekali pakai');
    expect(await issued()).toBe(before + 1);
    await say('menu');
    // Quiet hours: the screen asked for, then a range in words (was "salah satu tombol"); or all in one sentence.
    expect(allText(await say('atur jam tenang'))).toContain('Jam tenang sekarang');
    expect(allText(await say('jam 9 malam sampai jam 5 pagi'))).toContain('🌙 Jam tenang: 21:00–05:00 WIB');
    await say('menu');
    expect(allText(await say('matikan notifikasi malam'))).toContain('Jam tenang sekarang');
    await say('menu');
    expect(allText(await say('jam tenang saya jam 10 malam - jam 6 pagi ya'))).toContain('🌙 Jam tenang: 22:00–06:00 WIB');
    await say('menu');
    // Alert kinds switched off in a sentence (was the panel only, or "belum paham").
    expect(allText(await say('pak, tolong matikan notifikasi kelompok baru, terlalu banyak'))).toContain('🔕 Notifikasi dimatikan: Kelompok baru');
    await say('menu');
    expect(allText(await say('saya tidak mau dapat ringkasan mingguan'))).toContain('🔕 Notifikasi dimatikan: Ringkasan mingguan');
    await say('menu');
    expect(allText(await say('petugas'))).toContain('Notifikasi dimatikan: Kelompok baru, Ringkasan mingguan');
    // In the panel: the same words work there (were "salah satu tombol").
    expect(allText(await say('matikan notifikasi malam'))).toContain('Jam tenang sekarang');
    await say('petugas');
    expect(allText(await say('minta link dasbor'))).toContain('sekali pakai');
    await say('petugas');
    await say({ button: 'officer:mutes' });
    expect(allText(await say('nyalakan lagi ringkasan mingguan'))).toContain('🔔 Notifikasi dinyalakan kembali: Ringkasan mingguan');
    expect(allText(await say('matikan ringkasan mingguan'))).toContain('🔕 Notifikasi dimatikan: Ringkasan mingguan');
    // "petugas" there: the panel's home (was "salah satu tombol").
    expect(buttonIds(await say('petugas'))).toContain('officer:dashboard');
    await say('menu');
    // Not every "tidak mau … kelompok baru" is about alerts.
    expect(allText(await say('saya tidak mau daftar kelompok baru'))).not.toContain('dimatikan');
    await say('menu');
    // The data as a file (was "belum paham"): where it is, and the dashboard's sign-in.
    const download = allText(await say('saya mau download data kelompok excel'));
    expect(download).toContain('diunduh dari dasbor, sebagai CSV atau Excel');
    expect(download).toContain('sekali pakai');
    await say('menu');
    // "ganti nama saya": ✏️ Nama saya (was the FAQ on changing a group's data).
    expect(allText(await say('ganti nama saya'))).toContain('Ketik nama Anda yang benar');
    expect(allText(await say('Tono Sugiarto, S.Sos'))).toContain('Nama Anda tersimpan: Tono Sugiarto, S.Sos');
    await say('menu');
  });

  it('switches quiet hours off when asked in words at their question ("matikan saja" was "use the example 21:00-06:00")', async () => {
    const say = (text: string) => bot.send('officer-quiet-off', text);
    await enrolOfficer(bot.bot, clock, { kind: 'psm', areas: ['34.02.15.2004'] }, say);
    for (const off of ['matikan saja', 'hapus aja ya', 'gak usah pakai jam tenang', 'Turn it off please', 'tidak usah']) {
      await say('menu');
      expect(allText(await say('jam tenang 22-05')), off).toContain('🌙 Jam tenang: 22:00–05:00 WIB');
      expect(allText(await say('atur jam tenang')), off).toContain('Jam tenang sekarang: 22:00–05:00 WIB');
      expect(allText(await say(off)), off).toContain('🌙 Jam tenang: tidak ada');
    }
    // A range after "tidak" is still a range, and "ya" alone is no answer.
    await say('atur jam tenang');
    expect(allText(await say('ya'))).toContain('21:00-06:00');
    expect(allText(await say('tidak, jam 23-04 saja'))).toContain('🌙 Jam tenang: 23:00–04:00 WIB');
    await say('menu');
  });

  it('sets one end of the quiet hours said alone, keeping the other ("mulai jam 10 mlm" was "salah satu tombol")', async () => {
    const say = (text: string | { button: string }) => bot.send('officer-quiet-edge', text);
    await enrolOfficer(bot.bot, clock, { kind: 'psm', areas: ['34.02.15.2004'] }, say);
    // None in force: the end is the usual one, and said so.
    await say('petugas');
    const started = allText(await say('mulai jam 10 mlm'));
    expect(started).toContain('🌙 Jam tenang: 22:00–06:00 WIB');
    expect(started).toContain('Jam berakhirnya belum Anda sebut, jadi saya pakai 06:00');
    // The end said alone keeps the start in force, at the quiet question too.
    await say({ button: 'officer:quiet' });
    const ended = allText(await say('sampai jam 5 pagi'));
    expect(ended).toContain('🌙 Jam tenang: 22:00–05:00 WIB');
    expect(ended).not.toContain('belum Anda sebut');
    // "dari jam 21" at the panel, and at the main menu with the quiet hours named.
    expect(allText(await say('dari jam 21'))).toContain('🌙 Jam tenang: 21:00–05:00 WIB');
    await say('menu');
    expect(allText(await say('jam tenang mulai jam 23 ya'))).toContain('🌙 Jam tenang: 23:00–05:00 WIB');
    // A whole range is still read whole, "mlm" too.
    await say('petugas');
    expect(allText(await say('jam 10 mlm sampai jam 5 pagi'))).toContain('🌙 Jam tenang: 22:00–05:00 WIB');
    expect(allText(await say('dari jam 21 sampai jam 4'))).toContain('🌙 Jam tenang: 21:00–04:00 WIB');
    await say('menu');
  });

  it('sets the hours from one end said as when alerts may come no more, says the end it took, and lets the end said next change it, in id and en', async () => {
    const say = (text: string | { button: string }) => bot.send('officer-quiet-after', text);
    await enrolOfficer(bot.bot, clock, { kind: 'psm', areas: ['34.02.15.2004'] }, say);
    // "jangan kirim setelah jam 21" was "belum bisa saya pakai" at the panel (and the mute screen with "notif" in it).
    await say('petugas');
    const after = allText(await say('jangan kirim setelah jam 21'));
    expect(after).toContain('🌙 Jam tenang: 21:00–06:00 WIB');
    expect(after).toContain('Jam berakhirnya belum Anda sebut, jadi saya pakai 06:00; ubah kapan saja, misalnya ketik “sampai jam 5”');
    // Right after, the end said alone changes it, the start kept.
    const ended = allText(await say('sampai jam 5'));
    expect(ended).toContain('🌙 Jam tenang: 21:00–05:00 WIB');
    expect(ended).not.toContain('belum Anda sebut');
    await say('menu');
    // At the main menu, with the alerts named, once the hours are gone again.
    await say('petugas');
    await say('hapus jam tenang');
    await say('menu');
    const named = allText(await say('jangan kirim notif setelah jam 10 malam'));
    expect(named).toContain('🌙 Jam tenang: 22:00–06:00 WIB');
    expect(named).toContain('jadi saya pakai 06:00');
    await say('menu');

    const en = (text: string | { button: string }) => bot.send('officer-quiet-after-en', text);
    await enrolOfficer(bot.bot, clock, { kind: 'psm', areas: ['34.02.15.2004'] }, en);
    await en('menu');
    await en('ganti bahasa ke inggris');
    const english = allText(await en("please don't send alerts after 9pm"));
    expect(english).toContain('🌙 Quiet hours: 21:00–06:00 WIB');
    expect(english).toContain('You did not say when they end, so I used 06:00; change it any time, e.g. type “until 5am”');
    const changed = allText(await en('until 5am'));
    expect(changed).toContain('🌙 Quiet hours: 21:00–05:00 WIB');
    expect(changed).not.toContain('did not say');
    await en('menu');
  });

  it('shows a desa\'s status asked at the panel, then the panel\'s buttons once, not its whole summary again', async () => {
    const say = (text: string | { button: string }) => bot.send('officer-status', text);
    await enrolOfficer(bot.bot, clock, { kind: 'tksk', areas: ['34.02.15'] }, say);
    expect(allText(await say('petugas'))).toContain('Notifikasi dimatikan');
    let replies = await say('status desa panggungharjo');
    if (buttonIds(replies).includes('village-exact:yes')) replies = await say({ button: 'village-exact:yes' });
    expect(allText(replies)).toContain('📊 Status WKSBM Panggungharjo');
    // The summary was repeated whole after the status, and its buttons came twice (the status's own 🛡️ Menu petugas and 🏠 Menu too).
    expect(allText(replies)).not.toContain('Notifikasi dimatikan');
    const ids = buttonIds(replies);
    expect(ids.filter((id) => id === 'officer:pending')).toHaveLength(1);
    expect(ids.filter((id) => id === 'cmd:menu')).toHaveLength(1);
    expect(ids).not.toContain('go:p:');
    // The status's own "check again" stays; the panel is still open below it.
    expect(ids).toContain('menu:status');
    // "petugas" typed there shows the summary afresh (was "belum bisa saya pakai: salah satu tombol").
    const again = allText(await say('petugas'));
    expect(again).toContain('Notifikasi dimatikan');
    expect(again).not.toContain('belum bisa saya pakai');
    expect(allText(await say({ button: 'officer:quiet' }))).toContain('Jam tenang sekarang');
    await say('menu');
  });

  it('leaves a resident\'s same words to the free-text reading, and a question a question', async () => {
    expect(buttonIds(await bot.send('resident-panel', 'minta link dasbor'))).not.toContain('officer:dashboard');
    expect(buttonIds(await bot.send('officer-panel', 'apa itu dasbor?'))).not.toContain('officer:dashboard');
    expect(allText(await bot.send('officer-panel', 'ada yang perlu saya verifikasi?'))).toContain('verifikasi');
  });
  /** A group registered by a leader in Panggungharjo (Kec. Sewon): pending for the officer. */
  async function registerPending(leader: string, type: string, name: string) {
    const send = (input: string | { button: string }) => bot.send(leader, input);
    await answerRegistration(send, await send('daftar'), {
      type, name, villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RW 08', members: '30', ketua: 'Pak Slamet', phone: '0812 9876 5432',
    });
  }

  it('opens the pending list for "cek yang pending dong", decides a record named with its verdict, and the one record on screen in words', async () => {
    await registerPending('ketua-sri', 'kelompok_tani', 'Kelompok Tani Sri Rejeki');
    await registerPending('ketua-melati', 'arisan', 'Arisan Melati Sewon');
    const listed = allText(await bot.send('officer-panel', 'cek yang pending dong'));
    expect(listed).toContain('Menunggu verifikasi di wilayah Anda: 2');
    expect(listed).not.toContain('tidak ditemukan');
    await bot.send('officer-panel', 'menu');

    // The record named: verified at once, without "Kelompok" twice; the list (of one) follows.
    const verified = allText(await bot.send('officer-panel', 'verifikasi kelompok tani sri rejeki'));
    expect(verified).toContain('✅ Terverifikasi: Kelompok Tani Sri Rejeki (Desa Panggungharjo)');
    expect(verified).toContain('Menunggu verifikasi di wilayah Anda: 1');
    expect(verified).toContain('Arisan Melati Sewon');
    // "tolak, <reason>" under the list of one: that record, its reason shown for the one more tap.
    const confirm = await bot.send('officer-panel', 'tolak, mitranya dikonfirmasi sendiri');
    expect(allText(confirm)).toContain('Tolak Kelompok Arisan Melati Sewon (Desa Panggungharjo) dengan alasan:\n“mitranya dikonfirmasi sendiri”');
    const rejected = await bot.send('officer-panel', { button: 'reject:yes' });
    expect(allText(rejected)).toContain('❌ Ditolak: Kelompok Arisan Melati Sewon');
    // Nothing left: said, with a way on (the panel, the menu), not a dead end.
    expect(allText(rejected)).toContain('Tidak ada yang menunggu verifikasi');
    expect(buttonIds(rejected.slice(-1))).toEqual(expect.arrayContaining(['go:p:', 'cmd:menu']));

    await registerPending('ketua-sri', 'kelompok_tani', 'Kelompok Tani Makmur Jaya');
    await bot.send('officer-panel', 'petugas');
    expect(allText(await bot.send('officer-panel', { button: 'officer:pending' }))).toContain('Kelompok Tani Makmur Jaya');
    // Another record named under the list of one: said not listed, nothing decided (it verified the one on screen).
    const other = allText(await bot.send('officer-panel', 'verifikasi posyandu kenanga'));
    expect(other).toContain('“posyandu kenanga” tidak ada di daftar yang menunggu verifikasi');
    expect(other).not.toContain('Terverifikasi');
    expect(other).toContain('Kelompok Tani Makmur Jaya');
    expect(allText(await bot.send('officer-panel', 'tolak posyandu kenanga, ketuanya tidak bisa dihubungi'))).not.toContain('Tolak Kelompok Tani Makmur Jaya');
    await bot.send('officer-panel', 'menu');
    // At the menu too: the note, then the list (was the list alone, as if it were the one named).
    const atMenu = allText(await bot.send('officer-panel', 'verifikasi posyandu kenanga'));
    expect(atMenu).toContain('“posyandu kenanga” tidak ada di daftar');
    expect(atMenu).toContain('Kelompok Tani Makmur Jaya');
    // The record's own name before the reason is no part of it (was "makmur jaya karena ketuanya pindah"), nor is "it".
    expect(allText(await bot.send('officer-panel', 'tolak makmur jaya karena ketuanya pindah'))).toContain('dengan alasan:\n“ketuanya pindah”');
    await bot.send('officer-panel', { button: 'cmd:cancel' });
    await bot.send('officer-panel', 'cek yang pending dong');
    expect(allText(await bot.send('officer-panel', 'reject it, the chair moved away'))).toContain('dengan alasan:\n“the chair moved away”');
    await bot.send('officer-panel', { button: 'cmd:cancel' });
    await bot.send('officer-panel', 'cek yang pending dong');
    // The record's own words, and words that name nothing, still decide the one on screen.
    expect(allText(await bot.send('officer-panel', 'ok saya verifikasi yang itu'))).toContain('✅ Terverifikasi: Kelompok Tani Makmur Jaya');
    const groups = await bot.bot.database.prisma.group.findMany({ select: { name: true, verification: true }, orderBy: { name: 'asc' } });
    expect(groups).toEqual([
      { name: 'Arisan Melati Sewon', verification: 'rejected' },
      { name: 'Kelompok Tani Makmur Jaya', verification: 'verified' },
      { name: 'Kelompok Tani Sri Rejeki', verification: 'verified' },
    ]);
    await bot.send('officer-panel', 'menu');
  });
  it('takes a PSM\'s one desa as "desa saya", in the status check and in 🏷️ Tetapkan tingkat desa (were asked which desa)', async () => {
    await enrolOfficer(bot.bot, clock, { kind: 'psm', areas: ['34.02.15.2004'] }, (text) => bot.send('psm-one-desa', text), 'Bu Sari');
    const status = allText(await bot.send('psm-one-desa', 'desa saya sudah wksbm belum'));
    expect(status).not.toContain('Desa/kelurahan mana');
    expect(status).toContain('Panggungharjo');
    await bot.send('psm-one-desa', 'menu');
    await bot.send('psm-one-desa', 'petugas');
    expect(allText(await bot.send('psm-one-desa', { button: 'officer:override' }))).toContain('Tingkat WKSBM untuk Desa Panggungharjo');
    await bot.send('psm-one-desa', 'menu');
    // A TKSK of a whole kecamatan is still asked which desa.
    expect(allText(await bot.send('officer-panel', 'desa saya sudah wksbm belum'))).toContain('Desa/kelurahan mana');
    await bot.send('officer-panel', 'menu');
  });
  it('answers an officer asking for a new invite code, or to undo a verdict (were "belum paham" and an FAQ on activities)', async () => {
    const code = allText(await bot.send('officer-panel', 'kode undangan saya sudah kadaluarsa, gimana minta yang baru?'));
    expect(code).toContain('minta kode baru kepada admin atau petugas yang mengundang Anda');
    await bot.send('officer-panel', 'menu');
    const undo = allText(await bot.send('officer-panel', 'saya salah tolak kegiatan santunan lansia, bisa dibatalkan?'));
    expect(undo).toContain('tidak bisa dibatalkan dari bot');
    expect(undo).toContain('mengirim ulang');
    await bot.send('officer-panel', 'menu');
  });
  it('shows the pending list asked for in a sentence at the panel, and rejects a record named at the menu with the reason said after it', async () => {
    const say = (text: string | { button: string }) => bot.send('officer-panel', text);
    await registerPending('ketua-sri', 'posyandu', 'Posyandu Kenanga Sewon');
    await say('petugas');
    // At the panel (were a desa search "Pendingan" and "salah satu tombol").
    expect(allText(await say('cek yang pending dong'))).toContain('Posyandu Kenanga Sewon');
    await say('petugas');
    expect(allText(await say('berapa kelompok yang belum diverifikasi?'))).toContain('Menunggu verifikasi di wilayah Anda: 1');
    await say('menu');
    // The record named without "kelompok" (was the FAQ on verification): decided as with it.
    await registerPending('ketua-melati', 'dasa_wisma', 'Dasa Wisma Cempaka');
    expect(allText(await say('verifikasi dasa wisma cempaka'))).toContain('✅ Terverifikasi: Kelompok Dasa Wisma Cempaka (Desa Panggungharjo)');
    await say('menu');
    // The reason after the record's name (was the list again, nothing rejected): shown back for the one more tap.
    const confirm = allText(await say('tolak kelompok posyandu kenanga sewon karena ketuanya belum bisa dihubungi'));
    expect(confirm).toContain('Tolak Kelompok Posyandu Kenanga Sewon (Desa Panggungharjo) dengan alasan:\n“ketuanya belum bisa dihubungi”');
    // A better reason typed at the confirmation replaces the one shown, asked once more (was "Yang saya perlukan: …").
    const replaced = allText(await say('nomor HP ketua salah, mohon diperbaiki'));
    expect(replaced).toContain('dengan alasan:\n“nomor HP ketua salah, mohon diperbaiki”');
    expect(replaced).not.toContain('Yang saya perlukan');
    // Too short to tell the leaders anything: still the confirmation, the reason kept.
    const short = allText(await say('rw'));
    expect(short).not.toContain('Ditolak:');
    expect(short).toContain('“nomor HP ketua salah, mohon diperbaiki”');
    expect(allText(await say({ button: 'reject:yes' }))).toContain('❌ Ditolak: Kelompok Posyandu Kenanga Sewon');
    const group = await bot.bot.database.prisma.group.findFirst({ where: { name: 'Posyandu Kenanga Sewon' }, select: { verification: true, rejectionReason: true } });
    expect(group).toEqual({ verification: 'rejected', rejectionReason: 'nomor HP ketua salah, mohon diperbaiki' });
    await say('menu');
  });
  it('opens 🏷️ Tetapkan tingkat desa for a level asked in words at the menu, with the desa and the level said (were a desa search and the FAQ on levels)', async () => {
    const say = (text: string | { button: string }) => bot.send('officer-panel', text);
    const found = allText(await say('tetapkan tingkat desa timbulharjo jadi aktif'));
    expect(found).toContain('Timbulharjo');
    expect(found).not.toContain('Hasil pencarian “tetapkan');
    const reason = allText(await say('ya'));
    expect(reason).toContain('Tulis alasan menetapkan Desa Timbulharjo sebagai 🌳 Aktif');
    expect(allText(await say('Sudah rutin kegiatan bersama tiap bulan'))).toContain('Tingkat Desa Timbulharjo ditetapkan 🌳 Aktif');
    const override = await bot.bot.database.prisma.areaLevelOverride.findFirst({ where: { villageCode: '34.02.15.2002' }, select: { level: true, reason: true } });
    expect(override).toEqual({ level: 'aktif', reason: 'Sudah rutin kegiatan bersama tiap bulan' });
    // Without the desa: asked, as from the panel's button.
    expect(allText(await say('ubah tingkat desa'))).toContain('Desa mana yang tingkatnya ingin Anda tetapkan');
    await say('menu');
    // A PSM of one desa: the level named goes straight to its reason.
    expect(allText(await bot.send('psm-one-desa', 'tetapkan tingkat desa jadi tumbuh'))).toContain('Tulis alasan menetapkan Desa Panggungharjo sebagai 🌿 Tumbuh');
    await bot.send('psm-one-desa', 'menu');
    // A question about it stays a question.
    expect(allText(await say('bagaimana cara ubah tingkat desa?'))).not.toContain('Desa mana yang tingkatnya');
    await say('menu');
  });
  it('says at once that a record was decided meanwhile when a rejection is taken up again with "lanjutkan" (its reason was asked and confirmed first)', async () => {
    const say = (text: string | { button: string }) => bot.send('officer-panel', text);
    const colleague = (text: string) => bot.send('officer-colleague', text);
    // Typed "Bu Wulan": kept as "Wulan", as a ketua's name is.
    await enrolOfficer(bot.bot, clock, { kind: 'tksk', areas: ['34.02.15'] }, colleague, 'Bu Wulan');
    await colleague('menu');
    await registerPending('ketua-sri', 'karang_taruna', 'Karang Taruna Tunas Sewon');
    await registerPending('ketua-melati', 'posyandu', 'Posyandu Dahlia Sewon');

    // Left at the reason's question; nothing changed meanwhile: the question again, then on as before.
    await say('menu');
    expect(allText(await say('tolak karang taruna tunas sewon'))).toContain('Tulis alasannya');
    await say('menu');
    expect(allText(await say('lanjutkan'))).toContain('Tolak: Kelompok Karang Taruna Tunas Sewon');
    await say('menu');
    // Decided by a colleague meanwhile: said when taken up again, nothing asked.
    expect(allText(await colleague('verifikasi karang taruna tunas sewon'))).toContain('✅ Terverifikasi');
    await colleague('menu');
    const atReason = allText(await say('lanjutkan'));
    expect(atReason).toContain('sudah diputuskan oleh petugas TKSK Wulan pada');
    expect(atReason).not.toContain('Tulis alasannya');

    // Left at the confirmation: the same.
    await say('menu');
    expect(allText(await say('tolak posyandu dahlia sewon karena ketuanya belum bisa dihubungi'))).toContain('dengan alasan:');
    await say('menu');
    expect(allText(await say('lanjutkan'))).toContain('Tolak Kelompok Posyandu Dahlia Sewon (Desa Panggungharjo) dengan alasan:');
    await say('menu');
    expect(allText(await colleague('verifikasi posyandu dahlia sewon'))).toContain('✅ Terverifikasi');
    await colleague('menu');
    const atConfirm = allText(await say('lanjutkan'));
    expect(atConfirm).toContain('sudah diputuskan oleh petugas TKSK Wulan pada');
    expect(atConfirm).not.toContain('dengan alasan:');
    await say('menu');
  });
  it('verifies a record named politely ("tolong verifikasi … td", was the FAQ on verifying) and keeps the alerts said as wanted ("cukup rekap mingguan", was switched off too)', async () => {
    const say = (text: string | { button: string }) => bot.send('officer-panel', text);
    await say('menu');
    await registerPending('ketua-sri', 'kelompok_tani', 'Kelompok Tani Ngudi Rejeki');
    expect(allText(await say('tolong verifikasi kelompok tani ngudi rejeki td'))).toContain('✅ Terverifikasi: Kelompok Tani Ngudi Rejeki (Desa Panggungharjo)');
    await say('menu');
    // "verifikasi" typed wrong decides it too (was the FAQ on fees).
    await registerPending('ketua-sri', 'arisan', 'Arisan Mawar Sewon');
    expect(allText(await say('verifkasi arisan mawar sewon'))).toContain('✅ Terverifikasi: Kelompok Arisan Mawar Sewon (Desa Panggungharjo)');
    await say('menu');
    await say('nyalakan lagi notifikasi ringkasan mingguan');
    await say('menu');
    const muted = allText(await say('notif kegiatan baru matiin aja, sy cukup rekap mingguan'));
    expect(muted).toContain('🔕 Notifikasi dimatikan: Kegiatan dicatat.');
    expect(muted).not.toContain('Ringkasan mingguan.');
    const panel = allText(await say('petugas'));
    expect(panel).toContain('Notifikasi dimatikan: ');
    expect(panel).toContain('Kegiatan dicatat');
    expect(panel).not.toContain('Ringkasan mingguan');
    await say('menu');
  });
  it('confirms the one desa of the name in a TKSK\'s own kecamatan when they check its status (was a list of namesakes across Indonesia)', async () => {
    await enrolOfficer(bot.bot, clock, { kind: 'tksk', areas: ['34.02.05'] }, (text) => bot.send('tksk-bambanglipuro', text), 'Bu Ratna');
    const asked = await bot.send('tksk-bambanglipuro', 'desa sidomulyo gimana statusnya');
    expect(allText(asked)).toContain('Desa Sidomulyo, Kec. Bambanglipuro');
    expect(allText(asked)).not.toContain('Hasil pencarian');
    expect(buttonIds(asked)).toEqual(expect.arrayContaining(['village-exact:yes', 'village-exact:no']));
    await bot.send('tksk-bambanglipuro', 'menu');
    // A leader of no kecamatan is still shown the namesakes to choose from.
    expect(allText(await bot.send('resident-sidomulyo', 'desa sidomulyo gimana statusnya'))).toContain('Hasil pencarian');
  });
});
