/**
 * A leader's journey through web chat, counting every input (a typed answer or a button):
 * a first group including the consent notice (≤ 9), a further group (≤ 7) and a joint
 * activity by a leader with one group (≤ 7). The counts are printed. Along the way: each
 * group keeps its own ketua and phone in the chat (/datasaya), the admin API and the CSV
 * export; an exact desa name is confirmed in one step; a duplicate name is found right
 * after it is typed; commands typed at a question open their flow instead of being taken
 * as the answer.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { allText, buttonIds, buttonLabelled, createTestStore, startTestBot, type Reply, type TestBot, type TestStore } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { answerRegistration } from '../support/register-group.js';

const ADMIN = 'leader-inputs-admin-token-0123456789';
const PANGGUNGHARJO = '34.02.15.2004';

describeEachDatabase('leader journey input counts (web chat)', (kind) => {
  let store: TestStore;
  let bot: TestBot;
  const counts: Record<string, number> = {};

  beforeAll(async () => {
    store = await createTestStore(kind);
    bot = await startTestBot(store, { env: { ADMIN_TOKEN: ADMIN } });
  });
  afterAll(async () => {
    await bot?.close();
    await store?.dispose();
  });

  /** Sends inputs one by one, counting each; returns the replies to the last. */
  function counter(user: string) {
    let n = 0;
    let last: Reply[] = [];
    return {
      async send(input: string | { button: string }): Promise<Reply[]> {
        n += 1;
        last = await bot.send(user, input);
        return last;
      },
      /** Presses the button whose id starts with `prefix` among the last replies' buttons. */
      async press(prefix: string): Promise<Reply[]> {
        const id = buttonIds(last).find((candidate) => candidate.startsWith(prefix));
        if (!id) throw new Error(`no button ${prefix} in ${JSON.stringify(last)}`);
        return this.send({ button: id });
      },
      get count() {
        return n;
      },
      get last() {
        return last;
      },
    };
  }

  it('registers a first group in at most 9 inputs, consent included; the desa is confirmed in one step', async () => {
    const chat = counter('leader-a');
    await chat.send('daftar');
    await chat.press('consent:agree');
    const desa = await chat.send('Panggungharjo, Sewon, Bantul');
    expect(allText(desa)).toContain('Desa Panggungharjo, Kec. Sewon, Kab. Bantul?');
    expect(buttonIds(desa)).toEqual(['village-exact:yes', 'village-exact:no']);
    await chat.press('village-exact:yes');
    // The name states the type: it is not asked.
    const unit = await chat.send('Arisan Melati');
    expect(buttonIds(unit)).not.toContain('type:arisan');
    await chat.send('RT 05 RW 03');
    await chat.send('30');
    const summary = await chat.send('Bu Siti Aminah 0812-2745-6789');
    expect(allText(summary)).toContain('Siti Aminah (+6281227456789)');
    const saved = await chat.press('save');
    expect(allText(saved)).toContain('Arisan Melati');
    counts['first group (incl. consent)'] = chat.count;
    expect(chat.count).toBeLessThanOrEqual(9);
  });

  /** Starts a registration, agrees and confirms Panggungharjo: returns the replies that ask for the group's name. */
  async function upToTheName(user: string): Promise<Reply[]> {
    await bot.send(user, 'daftar');
    await bot.send(user, { button: 'consent:agree' });
    await bot.send(user, 'Panggungharjo, Sewon, Bantul');
    return bot.send(user, { button: 'village-exact:yes' });
  }

  it('answers a question about WKSBM typed where a name is asked, and asks for the name again instead of taking the question', async () => {
    const user = 'leader-asks';
    const askedName = await upToTheName(user);
    expect(allText(askedName)).toContain('nama kelompok');

    const aside = await bot.send(user, 'apa itu wksbm?');
    expect(allText(aside)).toContain('Wahana Kesejahteraan Sosial Berbasis Masyarakat');
    expect(allText(aside)).toContain('Kembali ke pertanyaan tadi');
    expect(allText(aside)).toContain('nama kelompok');

    // A name that only starts like a question is still a name: the flow moves on.
    const next = await bot.send(user, 'Arisan Apa Saja RT 02');
    expect(allText(next)).not.toContain('Kembali ke pertanyaan tadi');
    expect(allText(next)).not.toContain('nama kelompok');
  });

  it('keeps an RT/RW typed where the name is asked as the RT/RW, asks for the name again, and does not ask the RT/RW later', async () => {
    const user = 'leader-rt-as-name';
    await upToTheName(user);

    const noted = await bot.send(user, 'rt 3 rw 2');
    expect(allText(noted)).toContain('RT 003 / RW 002');
    expect(allText(noted)).toContain('nama kelompok');
    expect(allText(noted)).not.toContain('Di RT/RW berapa');

    // A name that contains an RT is a name; the RT/RW question is skipped, members come next.
    const members = await bot.send(user, 'Arisan Kenanga RT 03');
    expect(allText(members)).toContain('Berapa jumlah anggotanya?');
    expect(allText(members)).not.toContain('Di RT/RW berapa');
    await bot.send(user, '25');
    const summary = await bot.send(user, 'Bu Wati 0812-1111-2222');
    expect(allText(summary)).toContain('Arisan Kenanga RT 03');
    expect(allText(summary)).toContain('RT 003 / RW 002');
    await bot.send(user, 'batal');
  });

  it('tells a menu entry typed where the name is asked how to open it, keeps the registration, and continues it after the menu', async () => {
    const user = 'leader-menu-words';
    await upToTheName(user);
    const aside = await bot.send(user, '👥 Kelompok saya');
    expect(allText(aside)).toContain('“👥 Kelompok saya” itu pilihan menu, bukan jawaban untuk pertanyaan ini');
    expect(buttonIds(aside)).toContain('cmd:menu');
    expect(allText(aside)).toContain('Kembali ke pertanyaan tadi');
    expect(allText(aside)).toContain('nama kelompok');

    // The menu button sets the registration aside; "lanjut" brings the name question back.
    const menu = await bot.send(user, { button: 'cmd:menu' });
    expect(buttonLabelled(menu, 'Lanjutkan: 📝 Daftarkan kelompok')).toBe('cmd:resume');
    expect(allText(await bot.send(user, 'lanjut'))).toContain('nama kelompok');
    // A name that holds the words among others is a name.
    expect(allText(await bot.send(user, 'Arisan Kelompok Saya Bersatu'))).toContain('Di RT/RW berapa');
    expect(allText(await bot.send(user, 'batal'))).toContain('dibatalkan');
  });

  it('takes a button\'s label typed instead of tapped ("seluruh desa", "Simpan"), and a number as a number', async () => {
    const user = 'leader-types-labels';
    await upToTheName(user);
    await bot.send(user, 'Arisan Label Diketik');
    const members = await bot.send(user, 'Seluruh desa');
    expect(allText(members)).toContain('Berapa jumlah anggotanya?');
    expect(allText(await bot.send(user, '20'))).toContain('Siapa ketua kelompok ini?');
    const summary = await bot.send(user, 'Bu Lina 0812 3333 4444');
    expect(allText(summary)).toContain('Wilayah: seluruh desa');
    expect(allText(summary)).toContain('Anggota: 20 orang');
    const saved = await bot.send(user, 'simpan!');
    expect(allText(saved)).toContain('"Arisan Label Diketik" sudah terdaftar');
  });

  it('asks whether a bare number at the RT/RW question is the RT or the RW (was "Saya belum bisa membaca RT/RW itu" three times)', async () => {
    const user = 'leader-bare-unit-number';
    await upToTheName(user);
    expect(allText(await bot.send(user, 'Arisan Angka Saja'))).toContain('Di RT/RW berapa');
    const asked = allText(await bot.send(user, '5'));
    expect(asked).toContain('Angka 5 itu RT atau RW?');
    expect(asked).not.toContain('belum bisa membaca');
    expect(asked).toContain('Di RT/RW berapa');
    expect(allText(await bot.send(user, '05'))).toContain('Angka 5 itu RT atau RW?');
    expect(allText(await bot.send(user, 'rt 5 rw 3'))).toContain('Berapa jumlah anggotanya?');
    // How few, said so at the members question, is the count (was "Mohon tulis jumlahnya dengan angka").
    expect(allText(await bot.send(user, 'anggota kami cuma 8'))).toContain('Siapa ketua kelompok ini?');
  });

  it('keeps a member count typed at the RT/RW question for the members question, which is then not asked (was "Saya belum bisa membaca RT/RW itu")', async () => {
    const user = 'leader-members-at-unit';
    await upToTheName(user);
    expect(allText(await bot.send(user, 'Arisan Jawab Duluan'))).toContain('Di RT/RW berapa');
    const kept = allText(await bot.send(user, '50 org'));
    expect(kept).toContain('Saya catat 50 anggota');
    expect(kept).toContain('Di RT/RW berapa');
    const ketua = allText(await bot.send(user, 'rt 2 rw 4'));
    expect(ketua).toContain('Siapa ketua kelompok ini?');
    expect(ketua).not.toContain('Berapa jumlah anggotanya?');
    const summary = allText(await bot.send(user, 'Bu Lina 0812 3333 5555'));
    expect(summary).toContain('Anggota: 50 orang');
    expect(summary).toContain('RT 002 / RW 004');
  });

  it('keeps a member count typed at the name question, says so and asks the name again (was saved as the name "Sekitar 30 Orang Ibu2")', async () => {
    const user = 'leader-members-at-name';
    await upToTheName(user);
    const kept = allText(await bot.send(user, 'sekitar 30 orang ibu2'));
    expect(kept).toContain('30 anggota saya catat');
    expect(kept).toContain('Sekarang nama kelompoknya');
    expect(allText(await bot.send(user, 'Arisan Hitung Dulu'))).toContain('Di RT/RW berapa');
    const ketua = allText(await bot.send(user, 'rt 1 rw 2'));
    expect(ketua).toContain('Siapa ketua kelompok ini?');
    const summary = allText(await bot.send(user, 'Bu Lina 0812 3333 6666'));
    expect(summary).toContain('Nama: Arisan Hitung Dulu');
    expect(summary).toContain('Anggota: 30 orang');
  });

  it('treats /datasaya mid-registration as a side trip: questions there are answered, menu then continue and batal keep the registration', async () => {
    const user = 'leader-side-trip';
    await upToTheName(user);
    const unitAsked = await bot.send(user, 'Arisan Side Trip');
    expect(allText(unitAsked)).toContain('Di RT/RW berapa');

    expect(allText(await bot.send(user, '/datasaya'))).toContain('Data Anda yang tersimpan');
    const aside = await bot.send(user, 'berapa biaya daftar?');
    expect(allText(aside)).toContain('gratis');
    expect(allText(aside)).toContain('Kembali ke pertanyaan tadi');

    // The menu offers the registration (not the data view) to continue, where it stood.
    const menu = await bot.send(user, 'menu');
    expect(buttonLabelled(menu, 'Lanjutkan: 📝 Daftarkan kelompok')).toBe('cmd:resume');
    expect(allText(await bot.send(user, { button: 'cmd:resume' }))).toContain('Di RT/RW berapa');

    // "batal" in the data view closes it; the registration goes on.
    await bot.send(user, '/datasaya');
    const closed = await bot.send(user, 'batal');
    expect(allText(closed)).toContain('Baik, “🔒 Data saya” ditutup. Kita lanjutkan yang tadi');
    expect(allText(closed)).toContain('Di RT/RW berapa');
    // "lanjut" in the data view goes back to the registration too (was a reply of buttons alone, no text).
    await bot.send(user, '/datasaya');
    const resumed = await bot.send(user, 'lanjut');
    expect(allText(resumed)).toContain('Di RT/RW berapa');
    expect(allText(await bot.send(user, 'RT 01 RW 01'))).toContain('Berapa jumlah anggotanya?');
    expect(allText(await bot.send(user, 'batal'))).toContain('dibatalkan');
  });

  it('answers a question typed where the desa is asked, and asks for the desa again instead of searching for the question', async () => {
    const user = 'leader-asks-at-desa';
    await bot.send(user, 'daftar');
    const askedDesa = await bot.send(user, { button: 'consent:agree' });
    expect(allText(askedDesa)).toContain('Di desa/kelurahan mana');

    const aside = await bot.send(user, 'berapa biaya daftar?');
    expect(allText(aside)).toContain('gratis');
    expect(allText(aside)).toContain('Kembali ke pertanyaan tadi');
    expect(allText(aside)).toContain('Di desa/kelurahan mana');
    expect(allText(aside)).not.toContain('Hasil pencarian');

    // A desa name is still searched, also with the chat around it.
    const found = await bot.send(user, 'kalo desa panggungharjo gimana');
    expect(allText(found)).toContain('Desa Panggungharjo, Kec. Sewon, Kab. Bantul?');

    // At the one-tap confirmation a question is answered too, and the confirmation asked again;
    // another name typed there is searched, and its hits are offered.
    const atConfirm = await bot.send(user, 'berapa biaya daftar?');
    expect(allText(atConfirm)).toContain('gratis');
    expect(allText(atConfirm)).toContain('Desa Panggungharjo, Kec. Sewon, Kab. Bantul?');
    expect(buttonIds(atConfirm)).toEqual(['village-exact:yes', 'village-exact:no']);
    // Also in Javanese, with a particle after the question word.
    const javanese = await bot.send(user, 'wksbm iku opo to');
    expect(allText(javanese)).toContain('Kembali ke pertanyaan tadi');
    expect(allText(javanese)).toContain('Desa Panggungharjo, Kec. Sewon, Kab. Bantul?');
    // A correction in the words people use: the desa meant is searched, not the whole sentence.
    expect(allText(await bot.send(user, 'eh salah, yg bener bangunharjo'))).toContain('Desa Bangunharjo, Kec. Sewon, Kab. Bantul?');
    expect(allText(await bot.send(user, 'bukan, panggungharjo maksudnya'))).toContain('Desa Panggungharjo, Kec. Sewon, Kab. Bantul?');
    const other = await bot.send(user, 'Timbulharjo, Sewon');
    expect(allText(other)).toContain('Desa Timbulharjo, Kec. Sewon, Kab. Bantul?');
    expect(allText(await bot.send(user, { button: 'village-exact:yes' }))).toContain('Timbulharjo');
    expect(allText(await bot.send(user, 'batal'))).toContain('dibatalkan');

    // The kecamatan typed instead of the desa: its desa to pick from.
    await bot.send(user, 'daftar');
    const inSewon = await bot.send(user, 'kec. sewon');
    expect(allText(inSewon)).toContain('Desa/kelurahan di Kec. Sewon, Kab. Bantul');
    expect(buttonIds(inSewon).filter((id) => id.startsWith('village:'))).toHaveLength(4);
    // A chat question at the list ("cara daftar gimana", no question mark) is answered, not searched.
    const how = await bot.send(user, 'cara daftar gimana');
    expect(allText(how)).toContain('Kembali ke pertanyaan tadi');
    expect(allText(how)).toContain('Desa/kelurahan di Kec. Sewon, Kab. Bantul');
    expect(allText(how)).not.toContain('Hasil pencarian');
    expect(allText(await bot.send(user, { button: buttonLabelled(inSewon, 'Bangunharjo') }))).toContain('✅ Desa/kelurahan: Bangunharjo, Kec. Sewon');
    expect(allText(await bot.send(user, 'batal'))).toContain('dibatalkan');

    // The status check's desa question answers it too.
    const statusAsked = await bot.send('resident-asks', 'cek status');
    const answered = await bot.send('resident-asks', 'apa itu wksbm?');
    expect(allText(answered)).toContain('Wahana Kesejahteraan Sosial Berbasis Masyarakat');
    expect(allText(answered)).toContain('Kembali ke pertanyaan tadi');
    expect(allText(answered)).toContain(allText(statusAsked).split('\n').at(-1)!);
  });

  it('says that a button from an earlier message no longer applies, and asks the question again', async () => {
    const user = 'leader-taps-old-button';
    await bot.send(user, 'daftar');
    const askedDesa = await bot.send(user, { button: 'consent:agree' });
    expect(allText(askedDesa)).toContain('Di desa/kelurahan mana');
    // The consent notice's button, tapped again from further up the chat.
    const stale = await bot.send(user, { button: 'consent:agree' });
    expect(allText(stale)).toContain('Tombol itu sudah tidak berlaku untuk pertanyaan ini.');
    expect(allText(stale)).not.toContain('contohnya');
    expect(allText(stale)).toContain('Di desa/kelurahan mana');
    expect(allText(await bot.send(user, 'Panggungharjo, Sewon, Bantul'))).toContain('Panggungharjo');
  });

  it('registers a further group in at most 6 inputs with its own ketua; a duplicate name is found right after it is typed', async () => {
    const chat = counter('leader-a');
    await chat.send('daftar');
    // The desa of the person's own group comes first, as a button.
    expect(buttonIds(chat.last)).toContain(`village:${PANGGUNGHARJO}`);
    await chat.press(`village:${PANGGUNGHARJO}`);
    // Their own group's name: told at once that they lead it (no offer to join it as co-leader), a new name still possible.
    const duplicate = await bot.send('leader-a', 'arisan melati');
    expect(buttonIds(duplicate)).toContain('rename');
    expect(buttonIds(duplicate)).not.toContain('join');
    expect(allText(duplicate)).toContain('"Arisan Melati" sudah terdaftar, dan Anda sendiri pengurusnya');
    expect(buttonIds(duplicate)).toHaveLength(3);
    // "iya itu" (the same group) is no request to join: said once more, with the way to the group.
    expect(allText(await bot.send('leader-a', 'iya itu'))).toContain('Anda sudah mengurus "Arisan Melati", jadi tidak perlu bergabung lagi');
    await bot.send('leader-a', 'daftar');
    await bot.send('leader-a', { button: `village:${PANGGUNGHARJO}` });
    expect(buttonIds(await bot.send('leader-a', 'arisan melati'))).not.toContain('join');
    await bot.send('leader-a', { button: 'rename' });
    // The name states the dusun: the RT/RW question is skipped.
    expect(allText(await chat.send('PKK Dusun Glugo'))).toContain('jumlah anggota');
    // "/datasaya" typed at a question opens the data report; the question is kept for later.
    const data = await bot.send('leader-a', '/datasaya');
    expect(allText(data)).toContain('Arisan Melati');
    expect(allText(data)).not.toContain('Nama: /datasaya');
    const again = await bot.send('leader-a', 'kembali');
    expect(allText(again)).toContain('jumlah anggota');
    const ketuaQuestion = await chat.send('25');
    expect(buttonIds(ketuaQuestion).some((id) => id.startsWith('ketua:same:'))).toBe(true);
    // Another ketua than the first group's: a name alone asks for her phone.
    const phoneQuestion = await bot.send('leader-a', 'Ustadzah Nur');
    expect(allText(phoneQuestion)).toContain('nomor HP Ustadzah Nur');
    await bot.send('leader-a', 'kembali');
    // Typed with the labels people put around it: the name without them, as the admin API shows below.
    const summary = await chat.send('ketuanya Ustadzah Nur, hp nya 0813 9876 5432');
    expect(allText(summary)).toContain('• Ketua: Ustadzah Nur (+6281398765432)');
    expect(allText(summary)).toContain('• Wilayah: Dusun Glugo');
    // "Sudah benar?" answered in words.
    expect(allText(await chat.send('sudah benar min'))).toContain('sudah terdaftar');
    counts['further group'] = chat.count;
    expect(chat.count).toBeLessThanOrEqual(6);
  });

  it('keeps each group’s own ketua in /datasaya, Kelompok saya, the admin API and the export', async () => {
    const report = allText(await bot.send('leader-a', '/datasaya'));
    expect(report).toMatch(/Arisan Melati[^\n]*\n\s*Ketua: Siti Aminah \(\+6281227456789\)/);
    expect(report).toMatch(/PKK Dusun Glugo[^\n]*\n\s*Ketua: Ustadzah Nur \(\+6281398765432\)/);
    const headers = { authorization: `Bearer ${ADMIN}` };
    const list = (await bot.bot.app.inject({ method: 'GET', url: '/api/groups?prefix=34.02.15', headers })).json() as { items: Array<{ name: string; ketuaName: string; ketuaPhone: string }> };
    const byName = new Map(list.items.map((group) => [group.name, group]));
    expect(byName.get('Arisan Melati')).toMatchObject({ ketuaName: 'Siti Aminah', ketuaPhone: '+6281227456789' });
    expect(byName.get('PKK Dusun Glugo')).toMatchObject({ ketuaName: 'Ustadzah Nur', ketuaPhone: '+6281398765432' });
    const csv = (await bot.bot.app.inject({ method: 'GET', url: '/api/export/groups.csv?prefix=34.02.15', headers })).body;
    const arisan = csv.split('\n').find((line) => line.includes('Arisan Melati'))!;
    const pkk = csv.split('\n').find((line) => line.includes('PKK Dusun Glugo'))!;
    expect(arisan).toContain('Siti Aminah');
    expect(arisan).not.toContain('Ustadzah Nur');
    expect(pkk).toContain('Ustadzah Nur');
  });

  it('Kelompok saya changes the ketua and the desa; such a change goes back to the officer', async () => {
    await bot.send('leader-a', 'batal');
    const list = await bot.send('leader-a', 'kelompok saya');
    const arisan = buttonIds(list).find((id) => id.startsWith('group:'))!;
    let replies = await bot.send('leader-a', { button: arisan });
    for (const field of ['type', 'name', 'village', 'unit', 'members', 'founded', 'schedule', 'ketuaName', 'ketuaPhone']) {
      expect(buttonIds(replies)).toContain(`edit:${field}`);
    }
    // The change asked for in words ("ganti ketua"), as people write it.
    expect(allText(await bot.send('leader-a', 'ganti ketua'))).not.toContain('belum bisa saya pakai');
    replies = await bot.send('leader-a', 'Bu Ratna 0812 5555 1234');
    expect(allText(replies)).toContain('Ratna (+6281255551234)');
    expect(allText(replies)).toContain('memverifikasi kelompok ini lagi');
    await bot.send('leader-a', 'ubah rt/rw');
    replies = await bot.send('leader-a', 'RT 01 RW 02');
    expect(allText(replies)).toContain('RT 001 / RW 002');
    // An RT/RW typed as the new name renames nothing: it is the RT/RW's change, made and said so.
    await bot.send('leader-a', { button: 'edit:name' });
    replies = await bot.send('leader-a', 'rt 3 rw 2');
    expect(allText(replies)).toContain('itu perubahan RW/RT/dusun, bukan nama baru, jadi nama kelompok tidak saya ubah');
    expect(allText(replies)).toContain('RT 003 / RW 002');
    expect(allText(replies)).toContain('Arisan Melati');
    // Nor does the menu's "Kelompok saya": it is said how to open it, and the name asked again.
    await bot.send('leader-a', { button: 'edit:name' });
    replies = await bot.send('leader-a', 'kelompok saya');
    expect(allText(replies)).toContain('“kelompok saya” itu pilihan menu');
    expect(allText(replies)).toContain('Kembali ke pertanyaan tadi');
    replies = await bot.send('leader-a', 'Arisan Melati Indah');
    expect(allText(replies)).toContain('Arisan Melati Indah');
    expect(allText(replies)).toContain('Sudah diperbarui');
    await bot.send('leader-a', 'menu');
  });

  it('logs a joint activity for a leader with one group in at most 7 inputs, beneficiaries by name', async () => {
    // A second leader with one group in the same desa.
    await bot.send('leader-b', 'daftar');
    await bot.send('leader-b', { button: 'consent:agree' });
    await bot.send('leader-b', 'Panggungharjo');
    await bot.send('leader-b', { button: 'village-exact:yes' });
    await bot.send('leader-b', 'Karang Taruna Tunas Muda');
    await bot.send('leader-b', 'RW 04');
    await bot.send('leader-b', '40');
    await bot.send('leader-b', 'Mas Joko 0813 3333 4444');
    await bot.send('leader-b', { button: 'save' });

    // Her one group is taken without asking: "kembali" at the first question leaves, rather
    // than landing on a "which group?" that was never asked (and had no buttons).
    expect(allText(await bot.send('leader-b', 'catat kegiatan'))).toContain('Kapan kegiatan Karang Taruna Tunas Muda');
    const back = await bot.send('leader-b', 'kembali');
    expect(allText(back)).toContain('Anda kembali ke menu utama');
    expect(allText(back)).not.toContain('kelompok mana');
    await bot.send('leader-b', 'hubungan');
    expect(allText(await bot.send('leader-b', 'kembali'))).toContain('Anda kembali ke menu utama');

    const chat = counter('leader-b');
    await chat.send('catat kegiatan');
    await chat.press('date:yesterday');
    await chat.press('category:bantuan_lansia');
    await chat.send('Pemeriksaan kesehatan lansia di balai desa');
    const partners = await chat.send('1');
    // Beneficiary categories by name, those fitting "bantuan lansia" first.
    expect(partners.flatMap((reply) => reply.buttons ?? []).map((button) => button.label)).toContain('Lansia terlantar');
    // Typed beneficiaries are the whole answer: the summary follows, names not codes.
    const summary = await chat.send('20 lansia, 5 fakir miskin');
    expect(allText(summary)).toContain('Lansia terlantar 20, Fakir miskin 5');
    expect(allText(summary)).not.toMatch(/\b8: 20\b/);
    // The photo is not a step of its own: the summary invites it as evidence (web chat can
    // send one) and takes it there; saving without one is fine.
    expect(allText(summary)).toContain('sampai 3 foto');
    expect(buttonIds(summary)).toEqual(expect.arrayContaining(['save', 'photo:location']));
    const saved = await chat.press('save');
    expect(allText(saved)).toContain('dicatat');
    counts['joint activity (one group, photo offered)'] = chat.count;
    expect(chat.count).toBeLessThanOrEqual(7);
  });

  it('takes a count typed at the activity summary as a correction of that count, keeping the others', async () => {
    // leader-b has one group (registered above): the same steps as before, up to the summary.
    await bot.send('leader-b', 'catat kegiatan');
    await bot.send('leader-b', { button: 'date:yesterday' });
    await bot.send('leader-b', { button: 'category:bantuan_lansia' });
    await bot.send('leader-b', 'Senam lansia bersama di balai desa');
    await bot.send('leader-b', '1');
    const summary = await bot.send('leader-b', '20 lansia, 5 fakir miskin');
    expect(allText(summary)).toContain('Lansia terlantar 20, Fakir miskin 5');

    const corrected = await bot.send('leader-b', '12 lansia');
    expect(allText(corrected)).toContain('jumlah penerima manfaat sudah diubah');
    expect(allText(corrected)).toContain('Lansia terlantar 12, Fakir miskin 5');
    expect(buttonIds(corrected)).toContain('save');
    const saved = await bot.send('leader-b', { button: 'save' });
    expect(allText(saved)).toContain('dicatat');
  });

  it('finds a group registered before under its name written short ("pkk dsn glugo")', async () => {
    await bot.send('leader-c', 'daftar');
    await bot.send('leader-c', { button: 'consent:agree' });
    await bot.send('leader-c', 'Panggungharjo');
    await bot.send('leader-c', { button: 'village-exact:yes' });
    const duplicate = await bot.send('leader-c', 'pkk dsn glugo');
    expect(buttonIds(duplicate)).toEqual(expect.arrayContaining(['join', 'rename']));
    expect(allText(duplicate)).toContain('PKK Dusun Glugo');
    // "nama lain" typed: the dusun read from the name set aside goes with it, so a new name is asked its RT/RW.
    expect(allText(await bot.send('leader-c', 'pakai nama lain aja'))).toContain('nama kelompok');
    const renamed = await bot.send('leader-c', 'Posyandu Mawar');
    expect(allText(renamed)).toContain('RT/RW');
    await bot.send('leader-c', 'batal');
  });

  it('asks who wants to join a group of that name, and shows the ketua their name and phone to approve', async () => {
    await bot.send('leader-d', 'daftar');
    await bot.send('leader-d', { button: 'consent:agree' });
    await bot.send('leader-d', 'Panggungharjo');
    await bot.send('leader-d', { button: 'village-exact:yes' });
    await bot.send('leader-d', 'PKK Dusun Glugo');
    // "gabung" typed for 🤝 Gabung sebagai wakil: the requester is asked who they are first.
    expect(allText(await bot.send('leader-d', 'gabung'))).toContain('tahu siapa yang meminta');
    expect(allText(await bot.send('leader-d', 'Rina Lestari 0812 3456 7890'))).toContain('Permintaan bergabung ke "PKK Dusun Glugo" sudah dikirim');
    const inbox = await bot.send('leader-a', 'konfirmasi');
    expect(allText(inbox)).toContain('Rina Lestari (+6281234567890) ingin menjadi wakil ketua PKK Dusun Glugo');
    // The entry's own name typed in it (or its button's label): the item again, no "jawaban itu belum bisa saya pakai".
    for (const again of ['konfirmasi', '📥 Konfirmasi']) {
      const shown = allText(await bot.send('leader-a', again));
      expect(shown).not.toContain('belum bisa saya pakai');
      expect(shown).toContain('Rina Lestari (+6281234567890) ingin menjadi wakil ketua PKK Dusun Glugo');
    }
    expect(allText(await bot.send('leader-a', 'ya boleh'))).toContain('dicatat: ya, disetujui');
    await bot.send('leader-a', 'menu');

    // The co-leader changes the ketua's phone: the ketua is told who changed what.
    const prisma = bot.bot.database.prisma;
    const ketua = (await prisma.channelIdentity.findFirstOrThrow({ where: { externalId: await bot.users.externalId('leader-a') } })).personId;
    // The ketua has the group open meanwhile.
    const list = await bot.send('leader-a', 'kelompok saya');
    const glugo = list.flatMap((reply) => reply.buttons ?? []).find((button) => button.label.includes('PKK Dusun Glugo'))!;
    expect(allText(await bot.send('leader-a', { button: glugo.id }))).not.toContain('+6281355556666');
    await bot.send('leader-d', 'kelompok saya');
    await bot.send('leader-d', { button: 'edit:ketuaPhone' });
    expect(allText(await bot.send('leader-d', '0813 5555 6666'))).toContain('Sudah diperbarui');
    // Back from a side trip, the ketua's open group shows the change, not what it was.
    await bot.send('leader-a', '/datasaya');
    const back = allText(await bot.send('leader-a', 'kembali'));
    expect(back).toContain('PKK Dusun Glugo');
    expect(back).toContain('+6281355556666');
    await bot.send('leader-a', 'menu');
    const notices = await prisma.alert.findMany({ where: { personId: ketua, kind: 'leader.groupEdited' } });
    expect(notices).toHaveLength(1);
    const told = JSON.stringify(notices[0]!.payload);
    expect(told).toContain('groups:edited.changed');
    expect(told).toContain('Rina Lestari');
    expect(told).toContain('+6281355556666');
    // Nobody is told of their own change.
    const coLeader = (await prisma.channelIdentity.findFirstOrThrow({ where: { externalId: await bot.users.externalId('leader-d') } })).personId;
    expect(await prisma.alert.count({ where: { personId: coLeader, kind: 'leader.groupEdited' } })).toBe(0);
    await bot.send('leader-d', 'menu');
  });

  it('asks a new ketua\'s own phone instead of keeping the previous ketua\'s, in Kelompok saya and at the summary', async () => {
    const user = 'leader-new-ketua';
    const send = (input: string | { button: string }) => bot.send(user, input);
    await answerRegistration(send, await send('daftar'), {
      type: 'arisan', name: 'Arisan Ganti Ketua', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RW 03', members: '20', ketua: 'Pak Slamet', phone: '0813 9000 1122',
    });
    await send('kelompok saya');
    await send({ button: 'edit:ketuaName' });
    // Said the way people say it: "now the ketua is …", and no phone.
    const asked = allText(await send('skrg yg jd ketua pak Harjo Sumarto'));
    expect(asked).toContain('Berapa nomor HP Harjo Sumarto? Nomor yang tercatat (+6281390001122) milik ketua sebelumnya.');
    expect(allText(await send('0813 1111 2222'))).toContain('• Ketua: Harjo Sumarto (+6281311112222)');
    // A shared number can be kept, with one tap.
    await send({ button: 'edit:ketuaName' });
    await send('Bu Harjo');
    expect(allText(await send({ button: 'phone:keep' }))).toContain('• Ketua: Harjo (+6281311112222)');
    await send('menu');

    // At a registration's summary: another person's name asks their phone; a name spelled better keeps it.
    // The one desa offered (the person's group's), taken with a typed "iya": not a search for "iya".
    expect(buttonIds(await send('daftar'))).toEqual(['village:34.02.15.2004']);
    const summary = await answerUntilSummary(send, await send('iya yg td'));
    expect(allText(summary)).toContain('Sri (+6281277778888)');
    await send({ button: 'change' });
    await send({ button: 'edit:ketuaName' });
    expect(allText(await send('Bu Sri Aminah'))).toContain('• Ketua: Sri Aminah (+6281277778888)');
    await send({ button: 'change' });
    await send({ button: 'edit:ketuaName' });
    expect(allText(await send('Mak Ijah'))).toContain('nomor HP Mak Ijah');
    await send('batal');
  });

  it('takes a kind not on the list, typed at the type question, as Lainnya of that name ("jimpitan")', async () => {
    const user = 'leader-jimpitan';
    await bot.send(user, 'daftar');
    await bot.send(user, { button: 'consent:agree' });
    await bot.send(user, 'Panggungharjo');
    await bot.send(user, { button: 'village-exact:yes' });
    expect(allText(await bot.send(user, 'Guyub Rukun Glugo'))).toContain('Apa jenis kelompoknya?');
    // A question there is not a kind; a kind in words is.
    expect(allText(await bot.send(user, 'bingung'))).toContain('Apa jenis kelompoknya?');
    const next = allText(await bot.send(user, 'jimpitan'));
    expect(next).not.toContain('Apa jenis kelompoknya?');
    expect(next).not.toContain('Jenis kelompok apa?');
    await bot.send(user, 'RT 04 RW 02');
    await bot.send(user, '30');
    expect(allText(await bot.send(user, 'Pak Darmo 0812 5555 4444'))).toContain('• Jenis: jimpitan');
    await bot.send(user, 'batal');
  });

  it('prints the counts', () => {
    console.log(`[${kind}] inputs per task:`, JSON.stringify(counts));
    expect(Object.keys(counts)).toHaveLength(3);
  });
});

/** Answers a registration up to its summary (not saved), from its name question: name, RT/RW, members, ketua with phone. */
async function answerUntilSummary(send: (input: string | { button: string }) => Promise<Reply[]>, first: Reply[]): Promise<Reply[]> {
  let replies = first;
  // From the group's name on (the desa is answered before).
  expect(allText(replies)).toContain('nama kelompok');
  for (const answer of ['Arisan Summary Ketua', 'RW 04', '15', 'Bu Sri 0812 7777 8888']) replies = await send(answer);
  return replies;
}
