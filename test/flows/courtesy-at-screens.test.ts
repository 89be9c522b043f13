/**
 * Courtesy typed at a screen of buttons (the walk of 7 December): "ok makasih" after reading
 * 🔒 Data saya, "halo" there, "oke" and "assalamualaikum" at the officer's 🛡️ Petugas panel
 * were each "Maaf, jawaban itu belum bisa saya pakai. Yang saya perlukan: …" with the screen
 * again. Now they are answered in kind (Sama-sama, Baik, Wa'alaikumsalam), with the screen's
 * buttons still under the question; other words are refused as before.
 */
import { beforeAll, expect, it } from 'vitest';
import { allText, buttonIds, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { enrolOfficer } from '../support/officer-invite.js';
import { useTestBot } from '../support/use-test-bot.js';

const REFUSED = 'belum bisa saya pakai';

describeEachDatabase('courtesy at a screen of buttons', (kind) => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot(kind, { clock });

  beforeAll(async () => {
    await enrolOfficer(bot.bot, clock, { kind: 'tksk', areas: ['34.02.15'] }, (text) => bot.send('courtesy-officer', text));
  });

  /** Types `text` at the screen `user` stands at: answered with `answer`, not refused, the screen's `button` still offered. */
  async function answeredInKind(user: string, text: string, answer: string, button: string): Promise<void> {
    const replies = await bot.send(user, text);
    expect(allText(replies), text).toContain(answer);
    expect(allText(replies), text).not.toContain(REFUSED);
    expect(buttonIds(replies), text).toContain(button);
  }

  it('thanks and greets back under 🔒 Data saya, its buttons kept', async () => {
    const user = 'courtesy-resident';
    await bot.send(user, 'data saya');
    await answeredInKind(user, 'ok makasih', 'Sama-sama', 'privacy:erase');
    // Thanks is followed by the screen itself, not "Kembali ke pertanyaan tadi" (that follows an answered question).
    const thanked = allText(await bot.send(user, 'makasih ya'));
    expect(thanked).not.toContain('Kembali ke pertanyaan tadi');
    expect(thanked).toContain('🔒 Data saya: bila ingin menghapus data Anda');
    await answeredInKind(user, 'halo', 'Saya masih di sini', 'privacy:erase');
    // Words that are neither courtesy nor a choice are still refused.
    expect(allText(await bot.send(user, 'xyz qwerty'))).toContain(REFUSED);
  });

  it('answers "oke" and a salam at the officer panel', async () => {
    const user = 'courtesy-officer';
    await bot.send(user, 'petugas');
    await answeredInKind(user, 'oke', 'Baik 🙂', 'officer:pending');
    await answeredInKind(user, 'assalamualaikum', "Wa'alaikumsalam", 'officer:pending');
    expect(allText(await bot.send(user, 'oke'))).not.toContain('Kembali ke pertanyaan tadi');
  });

  it('thanks in English without "Back to the question"', async () => {
    const user = 'courtesy-english';
    await bot.send(user, 'my data');
    const thanked = allText(await bot.send(user, 'ok thanks'));
    expect(thanked).not.toContain('Back to the question');
    expect(thanked).not.toContain("can't use");
    expect(thanked).toContain('🔒 My data');
  });
});
