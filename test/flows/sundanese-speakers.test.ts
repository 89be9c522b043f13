/**
 * A resident and a leader writing Sundanese (web chat), as walks found them stumble: "punten"
 * alone as the first message was greeted as a plain "halo" (not answered in kind); the members
 * asked back and answered in one message ("sabaraha anggotana? kinten2 35 urang") was answered
 * with the FAQ on members; a change with a Sundanese verb ("abdi bade ngarobih jadwal, unggal
 * malem jumaah") was not understood at the menu; "aya naon?" where a confirmation waits (a
 * change's ✅/❌, a partner's request in 📥 Konfirmasi) was "that answer cannot be used".
 */
import { expect, it } from 'vitest';
import { allText, buttonIds, buttonLabelled } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { answerRegistration, typeGroupName } from '../support/register-group.js';
import { useTestBot } from '../support/use-test-bot.js';

const PANGGUNGHARJO = '34.02.15.2004';

describeEachDatabase('Sundanese speakers', (kind) => {
  const bot = useTestBot(kind);

  async function register(user: string, name: string, ketua: string, type = 'majelis_taklim') {
    const send = (input: string | { button: string }) => bot.send(user, input);
    return answerRegistration(send, await send('daftar'), {
      type, name, villageQuery: 'panggungharjo', villageCode: PANGGUNGHARJO, unit: 'RT 03 RW 07', members: '30', ketua, phone: '0812-2345-6789',
    });
  }

  it('answers "punten" in kind, with the menu', async () => {
    for (const [user, typed] of [['punten-alone', 'punten'], ['punten-min', 'Punten min!']] as const) {
      const replies = await bot.send(user, typed);
      expect(allText(replies), typed).toContain('Mangga, silakan!');
      expect(buttonIds(replies), typed).toContain('menu:faq');
    }
  });

  it('reads Sundanese verbs made with "nga-" in a question', async () => {
    // "Who verifies?" with the Sundanese "nga-" (was answered with who registers a group).
    expect(allText(await bot.send('ujang-asks', 'saha nu ngaverifikasi?'))).toContain('diperiksa petugas: TKSK');
  });

  it('reads why the desa is not active yet, and how it becomes so, asked in Sundanese', async () => {
    // "Why is my desa not active yet?" (was a desa searched as "Naha"), "how does my desa become active?" (as "Janten").
    for (const asked of ['naha desa abdi can aktif?', 'kumaha carana supados desa abdi janten aktif?']) {
      const replies = allText(await bot.send('ujang-desa', asked));
      expect(replies, asked).not.toMatch(/Desa (?:Naha|Janten)|“(?:naha|janten)/iu);
      expect(replies, asked).toMatch(/langkahnya bertahap|Desa\/kelurahan mana yang ingin dicek/u);
    }
  });

  it('takes the Sundanese "satuju" and "teu satuju" at the data notice', async () => {
    await bot.send('asep-agrees', 'daftar');
    const agreed = allText(await bot.send('asep-agrees', 'satuju kang'));
    expect(agreed).toContain('persetujuan Anda sudah dicatat');
    expect(agreed).toContain('Di desa/kelurahan mana');
    // "mangga" (go ahead) before it: a yes too (was "that is no answer to the consent").
    await bot.send('ujang-mangga', 'daftar');
    expect(allText(await bot.send('ujang-mangga', 'mangga, satuju'))).toContain('persetujuan Anda sudah dicatat');
    await bot.send('iis-declines', 'daftar');
    expect(allText(await bot.send('iis-declines', 'teu satuju'))).toContain('tidak ada data pribadi Anda yang dicatat');
    // Any "not" of the lexicon before "setuju" declines (Javanese "ora", "mboten"; chat "gk"): were the notice again.
    for (const [user, typed] of [['paijo-declines', 'ora setuju'], ['sri-declines', 'mboten setuju'], ['dika-declines', 'gk setuju']]) {
      await bot.send(user!, 'daftar');
      expect(allText(await bot.send(user!, typed!)), typed).toContain('tidak ada data pribadi Anda yang dicatat');
    }
  });

  it('reads the members asked back and answered in one message', async () => {
    const user = 'euis-members';
    await typeGroupName((input) => bot.send(user, input), 'Panggungharjo', 'Pengajian Al Hidayah Glugo');
    expect(allText(await bot.send(user, 'rt 3 rw 7'))).toContain('Berapa jumlah anggotanya?');
    const next = allText(await bot.send(user, 'sabaraha anggotana? kinten2 35 urang'));
    expect(next).not.toContain('Anggota WKSBM');
    expect(next).toContain('Siapa ketua kelompok ini?');
    // The same in Indonesian.
    await bot.send(user, 'kembali');
    expect(allText(await bot.send(user, 'berapa anggotanya? kira2 40 orang'))).toContain('Siapa ketua kelompok ini?');
    // "The ketua is myself" after "ketuana" (was stored as a ketua named "ketuana abdi nyalira, Euis Komariah").
    const summary = allText(await bot.send(user, 'ketuana abdi nyalira, Euis Komariah 0812 2345 6789'));
    expect(summary).toContain('• Anggota: 40 orang');
    expect(summary).toContain('• Ketua: Euis Komariah (+6281223456789)');
    // A question alone is still answered, and the count asked again.
    await bot.send(user, { button: 'change' });
    await bot.send(user, { button: 'edit:members' });
    expect(allText(await bot.send(user, 'siapa saja anggota wksbm?'))).toContain('Kembali ke pertanyaan tadi');
    // "kirang langkung" (more or less) after the count, as Indonesian "kurang lebih" is read there.
    expect(allText(await bot.send(user, 'sabaraha? 45 urang kirang langkung'))).toContain('• Anggota: 45 orang');
  });

  it('reads "abdi ketuana, nami abdi …" as the person chairing it, with her name', async () => {
    const saved = allText(await register('popon-ketua', 'Majelis Taklim Nurul Iman Glugo', 'abdi ketuana, nami abdi Hj. Popon'));
    expect(saved).toContain('Majelis Taklim Nurul Iman Glugo');
    const group = await bot.bot.database.prisma.group.findFirstOrThrow({ where: { name: 'Majelis Taklim Nurul Iman Glugo' } });
    expect(group.ketuaName).toBe('Hj. Popon');
  });

  it('makes a change said with a Sundanese verb at the menu', async () => {
    const user = 'euis-change';
    await register(user, 'Pengajian Nurul Huda Glugo', 'Bu Euis');
    const changed = allText(await bot.send(user, 'abdi bade ngarobih jadwal, unggal malem jumaah'));
    expect(changed).toContain('Pertemuan: unggal malem jumaah');
    // "gentos" (krama "ganti") with "janten" ("jadi"): the ketua, no group called "gentos".
    await bot.send(user, 'menu');
    expect(allText(await bot.send(user, 'gentos ketua janten Bu Neneng 0813 1111 2222'))).toContain('Ketua: Neneng (+6281311112222)');
    // Indonesian with "saya mau" before the verb.
    await bot.send(user, 'menu');
    expect(allText(await bot.send(user, 'saya mau ubah jadwal, tiap malam senin'))).toContain('Pertemuan: tiap malam senin');
    // Her group's state asked at the menu: its screen (was a desa searched as "kelompok").
    for (const asked of ['status kelompok abdi kumaha?', 'kelompok saya statusnya gimana?']) {
      await bot.send(user, 'menu');
      const state = allText(await bot.send(user, asked));
      expect(state, asked).not.toContain('Hasil pencarian');
      expect(state, asked).toContain('Status: menunggu verifikasi petugas');
    }
  });

  it('says what waits at "aya naon?" where a confirmation is asked', async () => {
    const user = 'euis-waits';
    await register(user, 'Pengajian Al Ikhlas Glugo', 'Bu Euis');
    const asked = await bot.send(user, 'ketua ayeuna bu Neneng');
    expect(buttonIds(asked)).toContain('change:yes');
    const explained = allText(await bot.send(user, 'aya naon?'));
    expect(explained).not.toContain('belum bisa saya pakai');
    expect(explained).toContain('menunggu jawaban Anda');
    expect(explained).toContain('Ubah ketua Pengajian Al Ikhlas Glugo');
    await bot.send(user, { button: 'change:no' });

    // A partner's tie waiting in 📥 Konfirmasi.
    const other = 'dadang-waits';
    await register(other, 'Arisan Bapak-Bapak Glugo', 'Pak Dadang', 'arisan');
    const tie = await bot.send(other, 'hubungan');
    await bot.send(other, { button: buttonLabelled(tie, 'Pengajian Al Ikhlas Glugo') });
    await bot.send(other, { button: 'kind:shared_meetings' });
    expect(allText(await bot.send(other, { button: 'save' }))).toContain('Hubungan dicatat');
    // At the menu, "aya naon?" and "aya nu kedah dikonfirmasi teu?" open 📥 Konfirmasi (were not understood).
    await bot.send(user, 'menu');
    const opened = await bot.send(user, 'aya nu kedah dikonfirmasi teu?');
    expect(buttonIds(opened)).toContain('accept');
    await bot.send(user, 'menu');
    const shown = await bot.send(user, 'aya naon kang?');
    expect(allText(shown)).toContain('Arisan Bapak-Bapak Glugo mencatat hubungan');
    expect(buttonIds(shown)).toContain('accept');
    const waits = allText(await bot.send(user, 'aya naon?'));
    expect(waits).not.toContain('belum bisa saya pakai');
    expect(waits).toContain('Arisan Bapak-Bapak Glugo mencatat hubungan');
    expect(waits).toContain('menunggu jawaban Anda');
  });

  it('reads a meeting time said at the menu with no verb as a change to confirm (was not understood)', async () => {
    const user = 'euis-schedule';
    await register(user, 'Pengajian Al Furqon Glugo', 'Bu Euis');
    const asked = await bot.send(user, 'jadwal rapat na unggal malem minggu');
    expect(allText(asked)).toContain('jadwal pertemuan Pengajian Al Furqon Glugo');
    expect(allText(asked)).toContain('unggal malem minggu');
    expect(buttonIds(asked)).toContain('change:yes');
    expect(allText(await bot.send(user, { button: 'change:yes' }))).toContain('Pertemuan: unggal malem minggu');
    // Indonesian, the meeting named by what it is ("rapatnya"): asked too.
    await bot.send(user, 'menu');
    const again = await bot.send(user, 'jadwal rapatnya tiap malam senin');
    expect(allText(again)).toContain('tiap malam senin');
    expect(buttonIds(again)).toContain('change:yes');
  });

  it('reads "ketuana abdi, Euis" as the person themself, named Euis, and says what waits at the summary on "aya naon?"', async () => {
    const user = 'euis-abdi';
    await typeGroupName((input) => bot.send(user, input), 'Panggungharjo', 'Pengajian At Taqwa Glugo');
    await bot.send(user, 'rt 3 rw 7');
    await bot.send(user, '30');
    // "abdi" is "saya": was saved as a ketua named "Abdi, Euis".
    const summary = allText(await bot.send(user, 'ketuana abdi, Euis 0812 2345 6789'));
    expect(summary).toContain('• Ketua: Euis (+6281223456789)');
    // What waits at the summary (was "Yang saya perlukan: …").
    // "wait, apa ini?" in mixed words too (was "Baik, silakan, saya tunggu": "wait" read as a wait).
    for (const asked of ['aya naon?', 'ada apa?', 'wait, apa ini?', 'bentar, ini apa?']) {
      const waits = allText(await bot.send(user, asked));
      expect(waits, asked).not.toContain('Yang saya perlukan');
      expect(waits, asked).toContain('menunggu jawaban Anda');
      expect(waits, asked).toContain('• Ketua: Euis (+6281223456789)');
    }
  });

  it('says what waits at a tie\'s "Catat?" on "aya naon?" (was "Yang saya perlukan: …")', async () => {
    const user = 'euis-tie';
    await register(user, 'Pengajian Al Amin Glugo', 'Bu Euis');
    await register('dadang-tie', 'Arisan Bapak-Bapak Glugo Wetan', 'Pak Dadang', 'arisan');
    const tie = await bot.send(user, 'hubungan');
    await bot.send(user, { button: buttonLabelled(tie, 'Arisan Bapak-Bapak Glugo Wetan') });
    expect(allText(await bot.send(user, { button: 'kind:shared_meetings' }))).toContain('Catat hubungan');
    const waits = allText(await bot.send(user, 'aya naon?'));
    expect(waits).not.toContain('Yang saya perlukan');
    expect(waits).toContain('menunggu jawaban Anda');
    expect(waits).toContain('Catat hubungan');
    expect(allText(await bot.send(user, { button: 'save' }))).toContain('Hubungan dicatat');
  });

  it('greets a resident with nothing waiting on "ada apa?" at the menu (was 📥 Konfirmasi, which they do not have)', async () => {
    for (const asked of ['ada apa?', 'aya naon kang?']) {
      const user = `resident-${asked.length}`;
      await bot.send(user, 'halo');
      const replies = allText(await bot.send(user, asked));
      expect(replies, asked).not.toContain('menunggu konfirmasi');
      expect(replies, asked).toContain('Saya bisa');
    }
  });
});
