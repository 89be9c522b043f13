/**
 * "bedanya ama pkh apa? bansos jg kan?", "what's the difference with PKH or bansos?": the answer
 * on social aid says what each is (PKH and bansos: government aid to families on the data; a
 * WKSBM: residents' groups working together on their own dues), not only that the bot hands out
 * none. Through the web chat.
 */
import { describe, expect, it } from 'vitest';
import { allText } from '../support/bot.js';
import { useTestBot } from '../support/use-test-bot.js';

describe('the difference between WKSBM and social aid, asked [postgres]', () => {
  const bot = useTestBot('postgres');

  it.each([
    ['bedanya ama pkh apa? bansos jg kan?', ['Program Keluarga Harapan', 'jaringan kelompok warga', 'iuran']],
    ['bedane karo pkh opo?', ['Program Keluarga Harapan', 'jaringan kelompok warga', 'iuran']],
    ["what's the difference with PKH or bansos?", ['Program Keluarga Harapan', "network of residents' groups", 'dues']],
  ])('says what each is for %j', async (typed, said) => {
    const text = allText(await bot.send(`aid-difference-${typed}`, typed));
    for (const words of said) expect(text, typed).toContain(words);
  });
});
