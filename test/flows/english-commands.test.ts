/**
 * Commands and menu words typed in English by someone who never chose a language ("delete my
 * data", "show my data", "my groups"…) open their flow in English with the language offer, at
 * the menu and in the middle of another flow, as a question in English is answered (they were
 * answered in Indonesian: these flows start before the home flow reads the words). The language
 * is a guess, not a choice: the offer's buttons choose, and Indonesian typed later switches back.
 */
import { describe, expect, it } from 'vitest';
import { allText, buttonIds } from '../support/bot.js';
import { useTestBot } from '../support/use-test-bot.js';

const OFFER = 'I am answering in English. Which language would you like?';
const SAID_EN = 'Messages written in Javanese or Sundanese';

describe('English commands from someone who never chose a language [postgres]', () => {
  const bot = useTestBot('postgres');

  it.each([
    ['delete my data', 'If you delete your data'],
    ['show my data', 'Your data on record'],
    ['withdraw my consent', 'If you withdraw consent'],
    ['i no longer agree to my data being used', 'If you withdraw consent'],
    ["don't keep my data", 'Your data on record'],
    ['change my name', 'Your data on record'],
    ['my groups', 'is for leaders of a registered group'],
    ['my activities', 'is for leaders of a registered group'],
    ['log an activity', 'Personal data notice'],
    ['register a group', 'Personal data notice'],
    ['link accounts', 'Link the accounts'],
    ['officer', 'Send the officer invite code'],
  ])('answers "%s" at the menu in English, with the offer', async (typed, english) => {
    const reply = await bot.send(`menu-${typed}`, typed);
    const text = allText(reply);
    expect(text).toContain(english);
    expect(text).toContain(OFFER);
    expect(buttonIds(reply)).toEqual(expect.arrayContaining(['lang:en', 'lang:id']));
  });

  it('answers "delete my data" typed in the middle of a status check in English; the offer\'s Indonesian button switches, and the question is asked again', async () => {
    await bot.send('mid', { button: 'menu:status' });
    const reply = await bot.send('mid', 'delete my data');
    expect(allText(reply)).toContain('If you delete your data');
    expect(allText(reply)).toContain(OFFER);
    const chosen = allText(await bot.send('mid', { button: 'lang:id' }));
    expect(chosen).toContain('Bahasa Indonesia');
    expect(chosen).toContain('Jika Anda menghapus data');
  });

  it('answers a regional language asked about in English in English, without a second offer', async () => {
    const reply = await bot.send('regional-en', 'can I write in Javanese?');
    expect(allText(reply)).toContain(SAID_EN);
    // The language it is answered in now, not the one before the guess.
    expect(allText(reply)).toContain('Current language: 🇬🇧 English');
    expect(allText(reply)).not.toContain(OFFER);
    expect(buttonIds(reply)).toEqual(expect.arrayContaining(['lang:id', 'lang:en']));
  });

  it('leaves Indonesian commands, and someone who chose Indonesian, in Indonesian with no offer', async () => {
    const indonesian = allText(await bot.send('id-typed', 'hapus data saya'));
    expect(indonesian).toContain('Jika Anda menghapus data');
    expect(indonesian).not.toContain(OFFER);
    await bot.send('chose-id', 'bahasa');
    await bot.send('chose-id', { button: 'lang:id' });
    const chose = allText(await bot.send('chose-id', 'delete my data'));
    expect(chose).toContain('Jika Anda menghapus data');
    expect(chose).not.toContain(OFFER);
  });

  it('switches back to Indonesian, with no offer, when Indonesian follows a guess', async () => {
    await bot.send('back-id', 'show my data');
    await bot.send('back-id', 'menu');
    const reply = allText(await bot.send('back-id', 'hapus data saya'));
    expect(reply).toContain('Jika Anda menghapus data');
    expect(reply).not.toContain(OFFER);
  });
});
