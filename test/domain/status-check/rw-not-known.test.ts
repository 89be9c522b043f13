/**
 * "gatau rw nya", "lupa", "not sure" at the status check's RW question: the person cannot name
 * their RW, so the whole desa is shown, said kindly (before: "Maaf, belum bisa saya pakai",
 * the RW asked again). An RW said with other words is still read ("rw 03 ya min").
 */
import { describe, expect, it } from 'vitest';
import { allText, manualClock } from '../../support/bot.js';
import { useTestBot } from '../../support/use-test-bot.js';
import { atRwQuestion } from './at-rw-question.js';

describe('an RW the person does not know [postgres]', () => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot('postgres', { clock });

  it.each(['gatau rw nya', 'ga tau RW berapa min', 'lupa', 'saya kurang tahu'])('shows the whole desa for "%s"', async (typed) => {
    await atRwQuestion(bot, typed);
    const reply = allText(await bot.send(typed, typed));
    expect(reply).toContain('Tidak apa-apa 🙂 Ini status seluruh desanya.');
    expect(reply).toContain('📊 Status WKSBM Panggungharjo, Kec. Sewon');
    expect(reply).not.toContain('belum bisa saya pakai');
  });

  it('says so in English', async () => {
    await atRwQuestion(bot, 'en', true);
    const reply = allText(await bot.send('en', "I don't know"));
    expect(reply).toContain("That's fine 🙂 Here is the status of the whole village.");
    expect(reply).toContain('📊 WKSBM status of Panggungharjo');
  });

  it('still reads an RW said with chat', async () => {
    await atRwQuestion(bot, 'rw');
    expect(allText(await bot.send('rw', 'rw 03 ya min'))).toContain('Status WKSBM RW 3 Panggungharjo');
  });
});
