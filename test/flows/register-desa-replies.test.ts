/**
 * Replies typed at the registration's desa question (and its picker's list) that are no desa's
 * name, read as the status check's desa question reads them: "lanjut" (Desa Lanjut, Kab. Lingga,
 * was unreachable: the question asked again without a word), "hmm", "trus", "terus?" (were
 * searched: "hmm" not found, "trus" listed Trubus, "terus?" Teru and Terusan) and "oke", "sip"
 * (asked again kindly; the yes of a desa offered). A group's name typed there still works.
 */
import { expect, it } from 'vitest';
import { allText, buttonIds, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('replies at the registration\'s desa question', (kind) => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  // The full region list: the small test extract has no Desa Lanjut.
  const bot = useTestBot(kind, { clock, fullRegions: true });

  /** Consent given; the desa question on screen. */
  async function atDesa(user: string): Promise<void> {
    await bot.send(user, 'daftar kelompok');
    expect(allText(await bot.send(user, { button: 'consent:agree' }))).toContain('Di desa/kelurahan mana kelompok ini?');
  }

  it('offers Desa Lanjut for "lanjut", saying it is a desa\'s name, and registers there', async () => {
    for (const typed of ['lanjut', 'Lanjut']) {
      const user = `desa-${typed}`;
      await atDesa(user);
      const offered = await bot.send(user, typed);
      expect(allText(offered), typed).toContain('juga nama desa');
      expect(allText(offered), typed).toContain('Desa Lanjut, Kec. Singkep Pesisir');
      expect(buttonIds(offered), typed).toContain('village-exact:yes');
      expect(allText(await bot.send(user, { button: 'village-exact:yes' })), typed).toContain('Apa nama kelompoknya?');
    }
  });

  it.each(['lanjutin', 'lanjutin yg tadi', 'lanjut daftar tadi'])('says the desa question is still open for "%s", calling it no desa (only "lanjut" is one)', async (typed) => {
    const user = `desa-resume-${typed}`;
    await atDesa(user);
    const text = allText(await bot.send(user, typed));
    // Was "“lanjutin yg tadi” juga nama desa" and a search for it.
    expect(text).not.toContain('juga nama desa');
    expect(text).not.toContain('Hasil pencarian');
    expect(text).toContain('Kita masih di sini');
    expect(text).toContain('Di desa/kelurahan mana kelompok ini?');
    expect(buttonIds(await bot.send(user, 'panggungharjo'))).toContain('village-exact:yes');
  });

  it.each(['hmm', 'trus', 'terus?'])('says what to type for "%s" at the desa question, searching nothing', async (typed) => {
    const user = `desa-follow-${typed}`;
    await atDesa(user);
    const text = allText(await bot.send(user, typed));
    expect(text).toContain('tinggal ketik nama desa/kelurahan tempat kelompok Anda');
    expect(text).toContain('Di desa/kelurahan mana kelompok ini?');
    expect(text).not.toContain('tidak ditemukan');
    expect(text).not.toContain('Hasil pencarian');
    // Still at the question: a desa typed next is searched.
    expect(buttonIds(await bot.send(user, 'panggungharjo'))).toContain('village-exact:yes');
  });

  it.each(['hmm', 'trus', 'terus?'])('answers "%s" at the list of desa with what to do there, the list still on screen', async (typed) => {
    const user = `list-follow-${typed}`;
    await atDesa(user);
    expect(allText(await bot.send(user, 'sidomulyo'))).toContain('Hasil pencarian “sidomulyo”');
    const reply = await bot.send(user, typed);
    const text = allText(reply);
    expect(text).toContain('tinggal pilih desa/kelurahan kelompok Anda');
    expect(text).not.toContain('tidak ditemukan');
    expect(text).not.toContain(`Hasil pencarian “${typed}”`);
    // The same list again, and a pick from it is taken.
    expect(text).toContain('Hasil pencarian “sidomulyo”');
    expect(allText(await bot.send(user, { button: 'village:34.02.05.2001' }))).toContain('Apa nama kelompoknya?');
  });

  it('answers "hmm" at the desa offered with what to type, the desa still offered', async () => {
    const user = 'confirm-follow';
    await atDesa(user);
    await bot.send(user, 'panggungharjo');
    const reply = await bot.send(user, 'hmm');
    expect(allText(reply)).toContain('tinggal pilih desa/kelurahan kelompok Anda');
    expect(allText(reply)).not.toContain('bernama “hmm”');
    expect(buttonIds(reply)).toEqual(['village-exact:yes', 'village-exact:no']);
  });

  // As before these changes, and as at the status check: "oke" where a question waits is no answer; where a desa is offered it is the yes.
  it.each(['oke', 'ok', 'sip'])('asks again kindly after "%s" at the desa question, and takes it as the yes of a desa offered', async (typed) => {
    const user = `ok-${typed}`;
    await atDesa(user);
    const again = allText(await bot.send(user, typed));
    expect(again).toContain('Baik 🙂');
    expect(again).toContain('Di desa/kelurahan mana kelompok ini?');
    expect(buttonIds(await bot.send(user, 'panggungharjo'))).toContain('village-exact:yes');
    expect(allText(await bot.send(user, typed))).toContain('Apa nama kelompoknya?');
  });

  // "iy bener" searched "bener" and listed the desa of Kec. Bener; "ho oh" (Javanese yes) was "no desa named “ho oh”".
  it.each(['iy bener', 'iy', 'ho oh', "ho'oh"])('takes "%s" as the yes of the desa offered', async (typed) => {
    const user = `yes-${typed}`;
    await atDesa(user);
    expect(buttonIds(await bot.send(user, 'panggungharjo'))).toContain('village-exact:yes');
    const reply = allText(await bot.send(user, typed));
    expect(reply).toContain('Apa nama kelompoknya?');
    expect(reply).not.toContain('Kec. Bener');
  });

  it('says so in English', async () => {
    const user = 'desa-english';
    await bot.send(user, 'english');
    await bot.send(user, 'register');
    await bot.send(user, { button: 'consent:agree' });
    expect(allText(await bot.send(user, 'hmm'))).toContain('just type the name of the desa/kelurahan where your group is');
    await bot.send(user, 'sidomulyo');
    expect(allText(await bot.send(user, 'trus'))).toContain('just pick your group\'s desa/kelurahan below');
  });

  it('still keeps a group\'s name typed at the desa question for the name question', async () => {
    const user = 'desa-group-name';
    await atDesa(user);
    expect(allText(await bot.send(user, 'PKK Dusun Glugo'))).toContain('“PKK Dusun Glugo” sepertinya nama kelompok');
    await bot.send(user, 'panggungharjo');
    expect(buttonIds(await bot.send(user, { button: 'village-exact:yes' }))).toContain('name:typed');
  });
});
