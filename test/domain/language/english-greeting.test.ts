/**
 * A greeting clearly in English ("hello", "hi there", "good morning") from someone who never chose a
 * language: answered in English, the menu too, with the offer to choose (the guess is no
 * choice). "halo", "hai", "pagi", "hello min" are Indonesian chat and stay so; so does anyone
 * who chose Indonesian. (A lone "hi" is courtesy: test/flows/understanding-journey.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { allText, buttonIds } from '../../support/bot.js';
import { useTestBot } from '../../support/use-test-bot.js';

const ENGLISH_WELCOME = 'I am the WKSBM Assistant';
const INDONESIAN_WELCOME = 'Saya Asisten WKSBM';
const OFFER = 'Which language would you like?';

describe('a greeting in English from someone new [postgres]', () => {
  const bot = useTestBot('postgres');

  it.each([
    ['hello', 'Hello, welcome!'],
    ['Hi there!', 'Hello, welcome!'],
    ['good morning', 'Good morning to you too!'],
    ['hello there', 'Hello, welcome!'],
  ])('answers "%s" in English, with the menu and the language offer', async (typed, greeting) => {
    const user = `en-${typed}`;
    const reply = await bot.send(user, typed);
    const text = allText(reply);
    expect(text).toContain(greeting);
    expect(text).toContain(ENGLISH_WELCOME);
    expect(text).toContain(OFFER);
    expect(buttonIds(reply)).toEqual(expect.arrayContaining(['lang:en', 'lang:id']));
    // The next answer is in English too, until another language is chosen.
    expect(allText(await bot.send(user, 'what is wksbm'))).toContain('community-based');
  });

  it.each(['halo', 'hai', 'pagi', 'selamat pagi', 'hello min', 'hi kak'])('answers "%s" in Indonesian', async (typed) => {
    const text = allText(await bot.send(`id-${typed}`, typed));
    expect(text).toContain(INDONESIAN_WELCOME);
    expect(text).not.toContain(OFFER);
  });

  it('keeps Indonesian for someone who chose it', async () => {
    await bot.send('chose-id', 'bahasa');
    await bot.send('chose-id', { button: 'lang:id' });
    const text = allText(await bot.send('chose-id', 'hello'));
    expect(text).toContain('Halo, selamat datang!');
    expect(text).not.toContain(ENGLISH_WELCOME);
  });
});
