/**
 * Someone guessed as English (an English first question) who then writes Sundanese or Javanese
 * with no Indonesian word: answered in Indonesian, the language the bot answers the regional
 * ones in (were answered in English: their words said no language, so the guess stayed).
 */
import { describe, expect, it } from 'vitest';
import { allText } from '../support/bot.js';
import { useTestBot } from '../support/use-test-bot.js';

describe('regional words after an English guess [postgres]', () => {
  const bot = useTestBot('postgres');

  it.each(['abdi hoyong ngadaptarkeun', 'kulo badhe ndaftar'])('answers "%s" in Indonesian after an English question', async (typed) => {
    const person = `regional-${typed}`;
    expect(allText(await bot.send(person, 'what is wksbm'))).toContain('I am answering in English');
    const text = allText(await bot.send(person, typed));
    expect(text).toContain('Mendaftarkan kelompok');
    expect(text).not.toContain('Registering a group');
  });
});
