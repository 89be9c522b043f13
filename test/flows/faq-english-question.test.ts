/**
 * A question typed in English in ❓ Tanya by someone who never chose a language: answered in
 * English with the offer of the choice, as the same question at the menu; Indonesian typed
 * after it is answered in Indonesian again (a guess, not a choice). Was answered in Indonesian.
 */
import { describe, expect, it } from 'vitest';
import { allText, buttonIds } from '../support/bot.js';
import { useTestBot } from '../support/use-test-bot.js';

const OFFER = 'I am answering in English. Which language would you like?';

describe('an English question in ❓ Tanya [postgres]', () => {
  const bot = useTestBot('postgres');

  it('is answered in English with the offer, as at the menu, and Indonesian after it in Indonesian', async () => {
    const atMenu = await bot.send('menu-en', 'what is wksbm?');
    await bot.send('tanya-en', { button: 'menu:faq' });
    const inFaq = await bot.send('tanya-en', 'what is wksbm?');
    expect(allText(inFaq)).toContain(OFFER);
    expect(buttonIds(inFaq)).toEqual(expect.arrayContaining(['lang:en', 'lang:id']));
    expect(allText(inFaq)).toBe(allText(atMenu));
    expect(allText(await bot.send('tanya-en', 'apa itu wksbm?'))).toContain('Wahana Kesejahteraan Sosial');
  });
});
