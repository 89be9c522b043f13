/**
 * A lone "hi" ("hey", "hii") as a new person's very first message: answered in English with the
 * language offer, as "hello" is (it was answered in Indonesian). Later in a conversation it stays
 * courtesy, since residents writing Indonesian type it too; "hai" and "hi kak" stay Indonesian.
 */
import { describe, expect, it } from 'vitest';
import { allText, buttonIds } from '../support/bot.js';
import { useTestBot } from '../support/use-test-bot.js';

const OFFER = 'I am answering in English. Which language would you like?';
const ENGLISH_WELCOME = 'I am the WKSBM Assistant';
const INDONESIAN_WELCOME = 'Saya Asisten WKSBM';

describe('a greeting as the first message of someone new [postgres]', () => {
  const bot = useTestBot('postgres');

  it.each(['hi', 'Hi!', 'hey', 'hii', 'heyy'])('answers "%s" as a new person\'s first message in English, with the offer', async (typed) => {
    const user = `first-${typed}`;
    const reply = await bot.send(user, typed);
    const text = allText(reply);
    expect(text).toContain('Hello, welcome!');
    expect(text).toContain(ENGLISH_WELCOME);
    expect(text).toContain(OFFER);
    expect(buttonIds(reply)).toEqual(expect.arrayContaining(['lang:en', 'lang:id']));
  });

  it('keeps Indonesian for "hi" once the conversation has begun, and for "hai" or "hi kak" first', async () => {
    await bot.send('later-hi', 'menu');
    const later = allText(await bot.send('later-hi', 'hi'));
    expect(later).toContain(INDONESIAN_WELCOME);
    expect(later).not.toContain(OFFER);
    for (const typed of ['hai', 'hi kak']) {
      const first = allText(await bot.send(`first-id-${typed}`, typed));
      expect(first, typed).toContain(INDONESIAN_WELCOME);
      expect(first, typed).not.toContain(OFFER);
    }
  });
});
