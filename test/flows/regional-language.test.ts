/**
 * "bisa pake bahasa jawa?", "boso jowo iso?", "can I write in Javanese?" through the web chat:
 * said plainly that the bot answers in Indonesian or English and reads Javanese and Sundanese as
 * well as it can, with the two language buttons (were the buttons alone); "ganti bahasa" and
 * "change language" still show only the choice.
 */
import { describe, expect, it } from 'vitest';
import { allText, buttonIds } from '../support/bot.js';
import { useTestBot } from '../support/use-test-bot.js';

const SAID_ID = 'Pesan dalam bahasa Jawa atau Sunda';
const SAID_EN = 'Messages written in Javanese or Sundanese';

describe('a regional language asked about [postgres]', () => {
  const bot = useTestBot('postgres');

  it.each(['bisa pake bahasa jawa?', 'boso jowo iso?', 'bisa bahasa sunda?'])('says what "%s" gets, with the two buttons', async (typed) => {
    const reply = await bot.send(`regional-${typed}`, typed);
    expect(allText(reply)).toContain(SAID_ID);
    expect(buttonIds(reply)).toEqual(expect.arrayContaining(['lang:id', 'lang:en']));
  });

  it('says it mid-flow too, and the question under way is asked again after the choice', async () => {
    await bot.send('regional-mid', { button: 'menu:status' });
    const reply = await bot.send('regional-mid', 'bisa pake bahasa jawa?');
    expect(allText(reply)).toContain(SAID_ID);
    expect(allText(await bot.send('regional-mid', { button: 'lang:id' }))).toContain('Desa/kelurahan mana');
  });

  it.each(['ganti bahasa', 'change language'])('shows only the choice for "%s"', async (typed) => {
    const reply = await bot.send(`plain-${typed}`, typed);
    expect(allText(reply)).not.toContain(SAID_ID);
    expect(allText(reply)).not.toContain(SAID_EN);
    expect(buttonIds(reply)).toEqual(expect.arrayContaining(['lang:id', 'lang:en']));
  });
});
