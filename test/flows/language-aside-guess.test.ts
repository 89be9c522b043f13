/**
 * A question answered in the middle of a form (an aside) by someone who never chose a language:
 * in English, it is answered in English with the offer, and the question on screen is asked again
 * in English, as the same question at the menu (it was answered in Indonesian). Indonesian, English
 * thanks and anyone who chose Indonesian stay Indonesian.
 */
import { describe, expect, it } from 'vitest';
import { allText, buttonIds } from '../support/bot.js';
import { useTestBot } from '../support/use-test-bot.js';

const OFFER = 'I am answering in English. Which language would you like?';

describe('an English question mid-form from someone who never chose a language [postgres]', () => {
  const bot = useTestBot('postgres');

  it('answers an English question at the registration\'s name question in English with the offer, then asks the name again in English', async () => {
    await bot.send('aside-en', 'daftar kelompok');
    await bot.send('aside-en', { button: 'consent:agree' });
    await bot.send('aside-en', 'panggungharjo');
    expect(allText(await bot.send('aside-en', { button: 'village-exact:yes' }))).toContain('Apa nama kelompoknya?');
    const reply = await bot.send('aside-en', 'what is wksbm?');
    const text = allText(reply);
    expect(text).toContain('community-based');
    expect(text).toContain(OFFER);
    expect(buttonIds(reply)).toEqual(expect.arrayContaining(['lang:en', 'lang:id']));
    expect(text).toContain('Back to the question');
    expect(text).toContain('What is the group called?');
    // The name typed next is taken, as before the question.
    expect(allText(await bot.send('aside-en', 'Arisan Melati Jaya'))).not.toContain('What is the group called?');
  });

  it('answers an English question where a button is wanted (the consent notice) in English with the offer, and the notice follows whole in English', async () => {
    await bot.send('aside-consent', 'daftar kelompok');
    const text = allText(await bot.send('aside-consent', 'what is wksbm?'));
    expect(text).toContain('community-based');
    expect(text).toContain(OFFER);
    // The notice above is Indonesian: "please answer the notice above" would point at words they may not read.
    expect(text).toContain('Personal data notice');
  });

  it('keeps Indonesian for an Indonesian question or English thanks mid-form, and for someone who chose Indonesian', async () => {
    await bot.send('aside-id', { button: 'menu:status' });
    const indonesian = allText(await bot.send('aside-id', 'apa itu wksbm?'));
    expect(indonesian).toContain('Wahana Kesejahteraan Sosial');
    expect(indonesian).not.toContain(OFFER);
    const thanks = allText(await bot.send('aside-id', 'ok thanks'));
    expect(thanks).not.toContain(OFFER);
    await bot.send('aside-chose', 'bahasa');
    await bot.send('aside-chose', { button: 'lang:id' });
    await bot.send('aside-chose', { button: 'menu:status' });
    const chose = allText(await bot.send('aside-chose', 'what is wksbm?'));
    expect(chose).toContain('Wahana Kesejahteraan Sosial');
    expect(chose).not.toContain(OFFER);
  });
});
