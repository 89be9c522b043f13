/**
 * Answers at the members and ketua questions of 📝 Daftarkan kelompok as testers typed them
 * (web chat): a count with a remark after it, a wait, a negative number; the ketua said to be
 * the person themself with their name after it, or "I am the leader myself"; a ketua whose
 * number comes later; "same" for the number after the ketua was changed on the summary; and
 * a question and a yes at 🤝 Gabung sebagai wakil.
 */
import { expect, it } from 'vitest';
import { allText, buttonIds } from '../support/bot.js';
import { useTestBot } from '../support/use-test-bot.js';
import { describeEachDatabase } from '../support/databases.js';

describeEachDatabase('members and ketua answers at registration (web chat)', (kind) => {
  const bot = useTestBot(kind);

  /** Registers up to the RT/RW question. */
  async function upToUnit(user: string, name: string, english = false): Promise<void> {
    if (english) await bot.send(user, 'english');
    await bot.send(user, english ? 'register' : 'daftar');
    await bot.send(user, { button: 'consent:agree' });
    await bot.send(user, 'Panggungharjo');
    await bot.send(user, { button: 'village-exact:yes' });
    await bot.send(user, name);
  }

  /** Registers up to the members question. */
  async function upToMembers(user: string, name: string, english = false): Promise<void> {
    await upToUnit(user, name, english);
    expect(allText(await bot.send(user, 'RT 02 RW 05'))).toMatch(/Berapa jumlah anggotanya\?|How many members/);
  }

  it('says an estimate is enough at "gatau" (was "Mohon tulis jumlahnya dengan angka"), and reads "ya udah 30 aja"', async () => {
    const user = 'members-not-known';
    await upToMembers(user, 'Arisan Mawar Ngemplak');
    for (const unsure of ['gatau', 'ga tau min', 'kurang tahu']) {
      const asked = allText(await bot.send(user, unsure));
      expect(asked, unsure).toContain('Perkiraan saja tidak apa-apa');
      expect(asked, unsure).not.toContain('dengan angka');
    }
    expect(allText(await bot.send(user, 'ya udah 30 aja'))).toContain('Siapa ketua kelompok ini?');
  });

  it('reads the members as said, waits at "bentar", and says a negative count is too small', async () => {
    const user = 'members-said';
    await upToMembers(user, 'Arisan Melati Glugo');
    for (const wait of ['bentar', 'bentar ya tak itung dulu']) {
      const waited = allText(await bot.send(user, wait));
      expect(waited, wait).toContain('saya tunggu');
      expect(waited, wait).toContain('Berapa jumlah anggotanya?');
      expect(waited, wait).not.toContain('dengan angka');
    }
    const negative = allText(await bot.send(user, '-5'));
    expect(negative).toContain('Jumlah anggota minimal 2.');
    expect(negative).not.toContain('dengan angka');
    expect(allText(await bot.send(user, 'anggotanya sktr 25 orang mas, tp yg aktif cuma 10an'))).toContain('Siapa ketua kelompok ini?');
    // "ketua saya sendiri, <name> <phone>": the person chairs it, and the name is the one after the comma.
    const summary = allText(await bot.send(user, 'ketua saya sendiri, Bu Hj. Siti Khotijah 081578889900'));
    expect(summary).toContain('• Anggota: 25 orang');
    expect(summary).toContain('• Ketua: Hj. Siti Khotijah (+6281578889900)');
    await bot.send(user, 'batal');

    const other = 'members-javanese';
    await upToMembers(other, 'Arisan Mawar Glugo');
    await bot.send(other, 'anggotane kurang lebih 40an ibu2');
    expect(allText(await bot.send(other, 'Bu Sri 0812 3456 7000'))).toContain('• Anggota: 40 orang');
    await bot.send(other, 'batal');
  });

  it('reads "anggota aktif 18an, total 30" as 30 members (was refused, then its "aktif" checked a desa\'s status), and "ibu2 tani 22 org" as 22', async () => {
    const user = 'members-total-after';
    await upToMembers(user, 'Remas Al Ikhlas Glugo');
    // Was "Maaf, desa/kelurahan “anggota 18an total” tidak ditemukan".
    expect(allText(await bot.send(user, 'anggota aktif 18an, total 30'))).toContain('Siapa ketua kelompok ini?');
    expect(allText(await bot.send(user, 'Mas Dimas 0812 3456 7002'))).toContain('• Anggota: 30 orang');
    await bot.send(user, 'batal');
    // Who they are first, then the count (was "Mohon tulis jumlahnya dengan angka").
    const who = 'members-who-first';
    await upToMembers(who, 'KWT Melati Glugo');
    expect(allText(await bot.send(who, 'ibu2 tani 22 org'))).toContain('Siapa ketua kelompok ini?');
    expect(allText(await bot.send(who, 'Bu Wartini 0813 9200 1122'))).toContain('• Anggota: 22 orang');
    await bot.send(who, 'batal');
  });

  // A majelis taklim counts its "jamaah": "jamaah 60an" was refused at the members question and at the RT/RW question.
  it('reads "jamaah 60an" as the members, at their question and at the RT/RW question', async () => {
    const user = 'members-jamaah';
    await upToMembers(user, 'Majelis Taklim Al Hidayah Glugo');
    // A posyandu lansia's elderly ("simbah2") were refused too.
    expect(allText(await bot.send(user, 'kurleb 25 simbah2'))).toContain('Siapa ketua kelompok ini?');
    await bot.send(user, 'kembali');
    expect(allText(await bot.send(user, 'jamaah 60an'))).toContain('Siapa ketua kelompok ini?');
    expect(allText(await bot.send(user, 'Bu Nyai Aminah 0812 3456 7001'))).toContain('• Anggota: 60 orang');
    await bot.send(user, 'batal');

    const early = 'members-jamaah-at-unit';
    await upToUnit(early, 'Majelis Taklim Nurul Iman Glugo');
    const kept = allText(await bot.send(early, 'warganya 45 orang'));
    expect(kept).toContain('Saya catat 45 anggota');
    expect(allText(await bot.send(early, 'jemaah 50'))).toContain('Saya catat 50 anggota');
    await bot.send(early, 'batal');
  });

  it('asks the name at "I am the leader myself", and keeps the number at "same" after the chair is changed', async () => {
    const user = 'leader-english';
    await upToMembers(user, 'Kelompok Tani Makmur', true);
    expect(allText(await bot.send(user, 'about 25 farmers'))).toContain('Who chairs this group');
    const asked = allText(await bot.send(user, 'I am the leader myself'));
    expect(asked).toContain('What is your name?');
    // A yes is no name: their own is asked for.
    expect(allText(await bot.send(user, 'yes'))).toContain('Please write your own name');
    await bot.send(user, 'Budi Santoso');
    const summary = allText(await bot.send(user, '0857 1234 5678'));
    expect(summary).toContain('• Members: 25');
    expect(summary).toContain('• Leader: Budi Santoso (+6285712345678)');
    await bot.send(user, { button: 'change' });
    await bot.send(user, { button: 'edit:ketuaName' });
    const phone = await bot.send(user, 'Pak Harjono');
    expect(buttonIds(phone)).toContain('phone:keep');
    expect(allText(await bot.send(user, 'same number'))).toContain('• Leader: Harjono (+6285712345678)');
    // "sama" too, in either language.
    await bot.send(user, { button: 'change' });
    await bot.send(user, { button: 'edit:ketuaName' });
    await bot.send(user, 'Bu Rina');
    expect(allText(await bot.send(user, 'same'))).toContain('• Leader: Rina (+6285712345678)');
    await bot.send(user, 'cancel');
  });

  it('stops the ketua\'s name at a remark about the number, and says why the number is needed', async () => {
    const user = 'ketua-number-later';
    await upToMembers(user, 'Arisan Kenanga Glugo');
    await bot.send(user, '30');
    const asked = allText(await bot.send(user, 'ketuanya mas bagus, nomornya nanti sy tanya dulu ya'));
    expect(asked).toContain('Berapa nomor HP Bagus?');
    expect(asked).toContain('Nomor HP ketua diperlukan untuk mendaftarkan kelompok');
    for (const later of ['blm tau nomornya', 'nomornya nanti sy tanya dulu']) {
      const answer = allText(await bot.send(user, later));
      expect(answer, later).toContain('ketik "menu", lalu tekan ▶️ Lanjutkan: 📝 Daftarkan kelompok');
      expect(answer, later).not.toContain('bukan nomor HP yang lengkap');
    }
    // As said: "menu", then Lanjutkan, goes on at the number with the answers kept.
    await bot.send(user, 'menu');
    expect(allText(await bot.send(user, { button: 'cmd:resume' }))).toContain('Berapa nomor HP Bagus?');
    expect(allText(await bot.send(user, '0813 1111 2222'))).toContain('• Ketua: Bagus (+6281311112222)');
    await bot.send(user, 'batal');
  });

  it('explains 🤝 Gabung sebagai wakil when asked, and takes no "nggih gabung" as the person\'s name', async () => {
    const owner = 'pkk-owner';
    await upToMembers(owner, 'PKK Panggungharjo');
    await bot.send(owner, '30');
    await bot.send(owner, 'Bu Sri 0812 3456 7000');
    expect(allText(await bot.send(owner, { button: 'save' }))).toContain('sudah terdaftar');

    // As the tester typed it, in Javanese: the request, yes, consent, the desa, the group's name.
    const user = 'pkk-secretary';
    await bot.send(user, 'kulo sekretaris pkk panggungharjo, badhe daftar pkk');
    await bot.send(user, 'Ya');
    await bot.send(user, 'Setuju');
    await bot.send(user, 'panggungharjo');
    await bot.send(user, 'nggih');
    const duplicate = await bot.send(user, 'PKK Panggungharjo');
    expect(buttonIds(duplicate)).toContain('join');
    const explained = await bot.send(user, 'wakil ki maksude piye?');
    expect(allText(explained)).toContain('Wakil ketua ikut mengurus "PKK Panggungharjo"');
    expect(allText(explained)).not.toContain('tulis nama Anda');
    expect(buttonIds(explained)).toEqual(expect.arrayContaining(['join', 'rename']));
    expect(allText(await bot.send(user, { button: 'join' }))).toContain('tulis nama Anda dan nomor HP Anda');
    const refused = allText(await bot.send(user, 'nggih gabung'));
    expect(refused).toContain('Mohon tulis nama Anda sendiri');
    expect(allText(await bot.send(user, 'Rina Lestari'))).toContain('Permintaan bergabung ke "PKK Panggungharjo" sudah dikirim');
  });
});
