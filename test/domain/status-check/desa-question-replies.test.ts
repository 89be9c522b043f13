/**
 * Replies typed at the status check's desa question (and its list) that are no desa's name:
 * "oke" / "sip" (closed the check with "Sama-sama" though the bot had just asked something),
 * where a yes makes sense ("Desa Panggungharjo …? oke") it is a yes; "hmm", "trus", "terus?"
 * at the list of desa (were searched: "hmm" not found, "trus" listed Trubus, "terus?" Terusan);
 * "daftar kelompok" (was told it is a menu choice) opens the registration over the question.
 */
import { describe, expect, it } from 'vitest';
import { allText, buttonIds, manualClock } from '../../support/bot.js';
import { useTestBot } from '../../support/use-test-bot.js';

describe('replies at the status check\'s desa question [postgres]', () => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot('postgres', { clock });

  it.each(['oke', 'ok', 'sip', 'sip min', 'okee'])('asks again kindly after "%s", not a thank-you that closes the check', async (typed) => {
    const user = `ok-${typed}`;
    await bot.send(user, 'menu');
    await bot.send(user, 'cek status');
    const replies = await bot.send(user, typed);
    const reply = allText(replies);
    expect(reply).not.toContain('Sama-sama');
    // One reply: the kind word and the question in one line, no "Kembali ke pertanyaan tadi" between.
    expect(replies).toHaveLength(1);
    expect(reply).toMatch(/^Baik 🙂 Desa\/kelurahan mana yang ingin dicek\? Ketik namanya/);
    expect(reply).not.toContain('Kembali ke pertanyaan tadi');
    // Still at the question: a desa typed next is checked.
    expect(buttonIds(await bot.send(user, 'panggungharjo'))).toContain('village-exact:yes');
  });

  it('keeps the question\'s buttons in that one reply, and says it in English to someone who chose English', async () => {
    // A desa checked before: offered as a button at the question.
    await bot.send('known', 'cek status desa panggungharjo');
    expect(allText(await bot.send('known', { button: 'village-exact:yes' }))).toContain('Tingkat:');
    await bot.send('known', 'menu');
    await bot.send('known', 'cek status');
    const replies = await bot.send('known', 'oke');
    expect(replies).toHaveLength(1);
    expect(allText(replies)).toMatch(/^Baik 🙂 Desa\/kelurahan mana yang ingin dicek\? .*pilih tombol/);
    expect(buttonIds(replies)).toContain('village:34.02.15.2004');
    expect(allText(await bot.send('known', { button: 'village:34.02.15.2004' }))).toContain('Panggungharjo');

    await bot.send('english', 'menu');
    await bot.send('english', 'english please');
    await bot.send('english', 'check status');
    const english = await bot.send('english', 'ok');
    expect(english).toHaveLength(1);
    expect(allText(english)).toMatch(/^All right 🙂 Which desa\/kelurahan do you want to check\?/);
    expect(allText(english)).not.toContain('Back to the question');
  });

  it('takes "oke" as the yes to a desa offered, and thanks still close the check', async () => {
    await bot.send('yes', 'menu');
    await bot.send('yes', 'cek status');
    expect(buttonIds(await bot.send('yes', 'panggungharjo'))).toContain('village-exact:yes');
    expect(allText(await bot.send('yes', 'oke'))).toContain('Panggungharjo');
    await bot.send('thanks', 'menu');
    await bot.send('thanks', 'cek status');
    expect(allText(await bot.send('thanks', 'ok makasih ya'))).toContain('Sama-sama');
    // Javanese krama thanks with its "nggih" (was searched: desa "maturnuwun nggih" not found).
    for (const typed of ['maturnuwun nggih', 'matur nuwun nggih']) {
      await bot.send('thanks-jv', 'menu');
      await bot.send('thanks-jv', 'cek status');
      const thanked = allText(await bot.send('thanks-jv', typed));
      expect(thanked, typed).toContain('Sama-sama');
      expect(thanked, typed).not.toContain('tidak ditemukan');
    }
  });

  it.each(['hmm', 'trus', 'terus?'])('answers "%s" at the list of desa with what to do there, the list still on screen', async (typed) => {
    const user = `list-${typed}`;
    await bot.send(user, 'menu');
    await bot.send(user, 'cek status');
    expect(allText(await bot.send(user, 'sidomulyo'))).toContain('Hasil pencarian “sidomulyo”');
    const reply = await bot.send(user, typed);
    const text = allText(reply);
    expect(text).toContain('tinggal pilih desa/kelurahan Anda');
    expect(text).not.toContain('tidak ditemukan');
    expect(text).not.toContain(`Hasil pencarian “${typed}”`);
    // The same list again, and a pick from it is taken.
    expect(text).toContain('Hasil pencarian “sidomulyo”');
    const first = buttonIds(reply).find((id) => id.startsWith('village:'))!;
    expect(allText(await bot.send(user, { button: first }))).toContain('Sidomulyo');
  });

  it('opens the registration for "daftar kelompok", over the question, which is asked again after', async () => {
    await bot.send('daftar', 'menu');
    await bot.send('daftar', 'cek status');
    const opened = allText(await bot.send('daftar', 'daftar kelompok'));
    expect(opened).not.toContain('pilihan menu');
    expect(opened).toContain('Mari daftarkan kelompok Anda');
    const back = allText(await bot.send('daftar', 'batal'));
    expect(back).toContain('Desa/kelurahan mana yang ingin dicek?');
    expect(buttonIds(await bot.send('daftar', 'panggungharjo'))).toContain('village-exact:yes');
  });
});
