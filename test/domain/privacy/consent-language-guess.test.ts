/**
 * Someone who never chose a language asks an English question at the consent notice: the
 * answer comes in English, and so does the notice that follows, whole (its short form points
 * at the notice above, which they were shown in Indonesian). From then on it stays English.
 */
import { describe, expect, it } from 'vitest';
import { allText, buttonIds } from '../../support/bot.js';
import { useTestBot } from '../../support/use-test-bot.js';

const OFFER = 'I am answering in English. Which language would you like?';

describe('the consent notice after an English question from someone who never chose a language [postgres]', () => {
  const bot = useTestBot('postgres');

  it('is repeated whole in English, and stays English', async () => {
    const notice = allText(await bot.send('lina', 'daftar kelompok'));
    expect(notice).toContain('Pemberitahuan data pribadi');

    const reply = await bot.send('lina', 'what is wksbm?');
    const text = allText(reply);
    expect(text).toContain('community-based');
    expect(text).toContain(OFFER);
    expect(text).toContain('Personal data notice');
    expect(text).toContain('What is recorded');
    expect(text).toContain('Do you agree to this data being recorded for these purposes?');
    expect(text).not.toContain('notice above');
    expect(text).not.toContain('Pemberitahuan data pribadi');
    expect(buttonIds(reply)).toEqual(expect.arrayContaining(['consent:agree', 'consent:decline']));

    // The notice above is English now: asked again briefly, in English.
    const again = allText(await bot.send('lina', 'hmm'));
    expect(again).toContain('Please answer the personal-data notice above first');
    expect(again).not.toContain('What is recorded');
    const asked = allText(await bot.send('lina', 'is it free?'));
    expect(asked).toContain('Please answer the personal-data notice above first');
    expect(asked).not.toContain(OFFER);
    expect(allText(await bot.send('lina', { button: 'consent:agree' }))).toContain('Thank you, your consent has been recorded.');
  });

  it('is asked again briefly in Indonesian after an Indonesian question', async () => {
    await bot.send('lani', 'daftar kelompok');
    const text = allText(await bot.send('lani', 'apa itu wksbm?'));
    expect(text).toContain('Mohon jawab dulu pemberitahuan data pribadi di atas');
    expect(text).not.toContain('Yang dicatat:');
  });
});
