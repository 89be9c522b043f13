/**
 * An apology or complaint in English ("sorry", "useless bot") from someone who never chose a
 * language: answered in Indonesian (short English words never switch the language: Indonesians
 * say "sorry" too), with a line in English on where to switch; not for "maaf ya min", "sorry
 * min", or someone who chose Indonesian.
 */
import { describe, expect, it } from 'vitest';
import { allText, buttonIds } from '../../support/bot.js';
import { useTestBot } from '../../support/use-test-bot.js';

const OFFER = 'Prefer English?';
const LANGUAGE_BUTTON = 'menu:language';

describe('an apology or complaint in English [postgres]', () => {
  const bot = useTestBot('postgres');

  it.each(['sorry', 'useless bot', 'you are useless'])('offers the language switch, in English, after "%s", and switches nothing', async (typed) => {
    const user = `en-${typed}`;
    const reply = await bot.send(user, typed);
    const text = allText(reply);
    expect(text).toContain(OFFER);
    expect(buttonIds(reply)).toContain(LANGUAGE_BUTTON);
    // Still Indonesian: the next answer is.
    expect(allText(await bot.send(user, 'apa itu wksbm'))).toContain('Wahana Kesejahteraan Sosial');
  });

  it('switches to English from the offer', async () => {
    await bot.send('switch', 'sorry');
    const chooser = await bot.send('switch', { button: LANGUAGE_BUTTON });
    expect(buttonIds(chooser)).toContain('lang:en');
    expect(allText(await bot.send('switch', { button: 'lang:en' }))).toContain('I will answer in English');
  });

  it.each(['maaf ya min', 'sorry min', 'bot goblok'])('offers nothing after "%s" (Indonesian)', async (typed) => {
    expect(allText(await bot.send(`id-${typed}`, typed))).not.toContain(OFFER);
  });

  it('offers nothing to someone who chose Indonesian, and offers it in ❓ Tanya too', async () => {
    await bot.send('chose', 'bahasa');
    await bot.send('chose', { button: 'lang:id' });
    expect(allText(await bot.send('chose', 'sorry'))).not.toContain(OFFER);
    await bot.send('tanya', 'menu');
    await bot.send('tanya', { button: 'menu:faq' });
    const reply = await bot.send('tanya', 'useless bot');
    expect(allText(reply)).toContain(OFFER);
    expect(buttonIds(reply)).toContain(LANGUAGE_BUTTON);
  });
});
