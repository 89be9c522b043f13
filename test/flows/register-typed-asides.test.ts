/**
 * What a person types at the registration's questions that is no answer to them: a pause at
 * the name question ("cek dulu ya": was saved as the group "Cek Dulu Ya"), a year at the ketua
 * question ("berdiri tahun 2012": was taken as the ketua's name, then refused as no name; at the
 * registration and at Kelompok saya's ✏️ Ketua it is now kept as the year founded), "simpan" at a question opened from the summary (was refused at the year, saved as
 * the meetings at the schedule), and a dusun at the desa's confirmation (no dusun hint).
 */
import { expect, it } from 'vitest';
import { allText, buttonIds, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('texts typed at the registration that answer no question', (kind) => {
  const clock = manualClock('2026-12-07T03:00:00Z');
  const bot = useTestBot(kind, { clock });

  /** Consent given, Panggungharjo answered and confirmed: the name question on screen. */
  async function atName(user: string): Promise<void> {
    await bot.send(user, 'daftar kelompok');
    await bot.send(user, { button: 'consent:agree' });
    await bot.send(user, 'panggungharjo');
    expect(allText(await bot.send(user, { button: 'village-exact:yes' }))).toContain('Apa nama kelompoknya?');
  }

  /** Named, RT/RW and members answered: the ketua question on screen. */
  async function atKetua(user: string, name: string): Promise<void> {
    await atName(user);
    await bot.send(user, name);
    await bot.send(user, 'rt 3 rw 2');
    expect(allText(await bot.send(user, '20'))).toContain('Siapa ketua kelompok ini?');
  }

  it('asks the name again, kindly, for a pause typed at the name question', async () => {
    for (const [index, text] of ['cek dulu ya', 'cek dulu', 'saya tanya dulu ya', 'bentar ya saya tanya dulu', 'sebentar', 'tunggu'].entries()) {
      const user = `name-pause-${index}`;
      await atName(user);
      const replies = allText(await bot.send(user, text));
      expect(replies, text).toContain('saya tunggu');
      expect(replies, text).toContain('Apa nama kelompoknya?');
      expect(replies, text).not.toContain('Apa jenis kelompoknya?');
      // The name typed after the pause is the one taken.
      expect(allText(await bot.send(user, 'Arisan Melati Jaya')), text).toContain('RT/RW');
    }
  });

  it('says the person is registering already when they ask how to register at the name question, and asks the name again', async () => {
    const asked: ReadonlyArray<readonly [string, string, string]> = [
      ['gimana cara daftar?', 'sedang mendaftarkan', 'Apa nama kelompoknya?'],
      ['cara daftarnya gimana', 'sedang mendaftarkan', 'Apa nama kelompoknya?'],
      ['how do I register', 'registering a group right now', 'group'],
    ];
    for (const [index, [text, middle, question]] of asked.entries()) {
      const user = `name-how-register-${index}`;
      await atName(user);
      const replies = allText(await bot.send(user, text));
      expect(replies, text).toContain(middle);
      expect(replies, text).toContain(question);
      expect(replies, text).not.toContain('ketik "menu"');
      expect(replies, text).not.toContain('type "menu"');
    }
  });

  it('keeps a year typed at the ketua question as the year founded, and asks the ketua again', async () => {
    for (const [index, [text, year]] of [['berdiri tahun 2012', 2012], ['founded in 2012', 2012], ['tahun 2012', 2012], ['2012', 2012], ['berdiri taun 2010', 2010]].entries()) {
      const user = `ketua-year-${index}`;
      const name = `Arisan Tahun ${index + 1}`;
      await atKetua(user, name);
      const replies = allText(await bot.send(user, String(text)));
      expect(replies, String(text)).toContain(`Tahun berdiri ${year} sudah saya catat`);
      expect(replies, String(text)).not.toContain('bukan nama ketua');
      expect(replies, String(text)).not.toContain('Berapa nomor HP');
      expect(replies, String(text)).toContain('Siapa ketua kelompok ini?');
      // The ketua answered next: the summary shows the year, and it is saved with the group.
      const summary = allText(await bot.send(user, 'Bu Siti Aminah 081227456789'));
      expect(summary, String(text)).toContain(`• Berdiri: ${year}`);
      expect(summary, String(text)).toContain('• Ketua: Siti Aminah (+6281227456789)');
      expect(allText(await bot.send(user, { button: 'save' })), String(text)).toContain('🎉');
      expect(await bot.bot.database.prisma.group.findFirstOrThrow({ where: { name } }), String(text)).toMatchObject({ foundedYear: year, ketuaName: 'Siti Aminah' });
    }
  });

  it('keeps a year typed at ✏️ Ketua from the summary as the year founded, the ketua asked again and kept as it was', async () => {
    const user = 'summary-ketua-year';
    await atKetua(user, 'Arisan Tahun Ubah');
    expect(allText(await bot.send(user, 'Bu Siti Aminah 081227456789'))).toContain('• Berdiri: -');
    await bot.send(user, { button: 'change' });
    expect(allText(await bot.send(user, { button: 'edit:ketuaName' }))).toContain('Siapa ketua kelompok ini?');
    const replies = allText(await bot.send(user, 'berdiri tahun 2012'));
    expect(replies).toContain('Tahun berdiri 2012 sudah saya catat');
    expect(replies).toContain('Siapa ketua kelompok ini?');
    // "tetap": the ketua as it was, and the summary shows the year.
    const summary = allText(await bot.send(user, 'tetap'));
    expect(summary).toContain('• Berdiri: 2012');
    expect(summary).toContain('• Ketua: Siti Aminah (+6281227456789)');
  });

  it('says so in English for "founded in 2012" at the chair question', async () => {
    const user = 'ketua-year-english';
    await bot.send(user, 'english');
    await bot.send(user, 'register');
    await bot.send(user, { button: 'consent:agree' });
    await bot.send(user, 'panggungharjo');
    await bot.send(user, { button: 'village-exact:yes' });
    await bot.send(user, 'Arisan Founded English');
    await bot.send(user, 'rt 3 rw 2');
    expect(allText(await bot.send(user, '20'))).toContain('Who chairs this group');
    const replies = allText(await bot.send(user, 'founded in 2012'));
    expect(replies).toContain('Noted: the group was founded in 2012');
    expect(replies).toContain('Who chairs this group');
    expect(allText(await bot.send(user, 'Mrs Sari Dewi 081277776666'))).toContain('• Founded: 2012');
  });

  it('keeps a year typed as the new ketua at Kelompok saya\'s ✏️ Ketua as the year founded, and asks the ketua again', async () => {
    const user = 'mine-ketua-year';
    await atKetua(user, 'Arisan Mawar Sejati');
    await bot.send(user, 'Bu Siti Aminah 081227456789');
    await bot.send(user, { button: 'save' });
    const group = () => bot.bot.database.prisma.group.findFirstOrThrow({ where: { name: 'Arisan Mawar Sejati' } });
    for (const [text, year, ketua, phone] of [['tahun 2012', 2012, 'Siti Aminah', '+6281227456789'], ['sejak 2013', 2013, 'Sri Wahyuni', '+6281311112222']] as const) {
      await bot.send(user, 'kelompok saya');
      await bot.send(user, { button: 'edit:ketuaName' });
      const replies = allText(await bot.send(user, text));
      // Was refused ("… itu tahun, bukan nama ketua"), the year lost.
      expect(replies, text).toContain(`Tahun berdiri ${year} sudah saya simpan`);
      expect(replies, text).toContain('Siapa ketua yang baru?');
      expect(replies, text).not.toContain('Berapa nomor HP');
      // The ketua as it was, until one is typed next.
      expect(await group(), text).toMatchObject({ foundedYear: year, ketuaName: ketua, ketuaPhone: phone });
      expect(allText(await bot.send(user, 'Bu Sri Wahyuni 081311112222')), text).toContain('• Ketua: Sri Wahyuni (+6281311112222)');
      await bot.send(user, 'menu');
    }
  });

  it('saves with the year as it was for "simpan" typed at the year opened from the summary', async () => {
    const user = 'summary-founded-save';
    await atKetua(user, 'Arisan Kenanga Sari');
    expect(buttonIds(await bot.send(user, 'Bu Siti Aminah 081227456789'))).toContain('save');
    await bot.send(user, { button: 'change' });
    await bot.send(user, { button: 'edit:founded' });
    const replies = allText(await bot.send(user, 'simpan'));
    expect(replies).toContain('Tahun berdiri tetap seperti sebelumnya');
    expect(replies).toContain('sudah terdaftar');
  });

  it('does not take "simpan" as the meetings at the schedule opened from the summary', async () => {
    const user = 'summary-schedule-save';
    await atKetua(user, 'Arisan Kenanga Wangi');
    await bot.send(user, 'Bu Siti Aminah 081227456789');
    await bot.send(user, { button: 'change' });
    await bot.send(user, { button: 'edit:schedule' });
    const replies = allText(await bot.send(user, 'simpan'));
    expect(replies).not.toContain('Pertemuan: simpan');
    expect(replies).toContain('sudah terdaftar');
  });

  it('says a dusun or RT/RW cannot be searched when one is typed at the desa\'s confirmation', async () => {
    for (const [index, text] of ['dsn glugo', 'rt 3 rw 2'].entries()) {
      const user = `confirm-dusun-${index}`;
      await bot.send(user, 'daftar kelompok');
      await bot.send(user, { button: 'consent:agree' });
      await bot.send(user, 'panggungharjo');
      const replies = await bot.send(user, text);
      expect(allText(replies), text).toContain('Nama dusun/padukuhan atau RT/RW tidak bisa dicari di sini');
      expect(buttonIds(replies), text).toEqual(['village-exact:yes', 'village-exact:no']);
    }
  });
});
