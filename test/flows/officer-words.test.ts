/**
 * What an officer's panel is for, named in a sentence at the menu ("minta link dasbor",
 * "matikan notifikasi malam"): the 🛡️ Petugas panel opens for an officer (it was "not
 * understood"); a resident's same words are free text, and "apa itu dasbor?" is a question.
 */
import { beforeAll, expect, it } from 'vitest';
import { allText, buttonIds, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { enrolOfficer } from '../support/officer-invite.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('an officer\'s panel asked for in words', (kind) => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot(kind, { clock });

  beforeAll(async () => {
    await enrolOfficer(bot.bot, clock, { kind: 'tksk', areas: ['34.02.15'] }, (text) => bot.send('officer-panel', text));
  });

  it('opens the panel for an officer, with its dashboard and notification buttons', async () => {
    for (const text of ['minta link dasbor', 'matikan notifikasi malam', 'atur jam tenang']) {
      const replies = await bot.send('officer-panel', text);
      expect(buttonIds(replies), text).toEqual(expect.arrayContaining(['officer:dashboard', 'officer:mutes']));
      await bot.send('officer-panel', 'menu');
    }
  });

  it('leaves a resident\'s same words to the free-text reading, and a question a question', async () => {
    expect(buttonIds(await bot.send('resident-panel', 'minta link dasbor'))).not.toContain('officer:dashboard');
    expect(buttonIds(await bot.send('officer-panel', 'apa itu dasbor?'))).not.toContain('officer:dashboard');
    expect(allText(await bot.send('officer-panel', 'ada yang perlu saya verifikasi?'))).toContain('verifikasi');
  });
});
