/**
 * An English command word among Indonesian ones ("change ketua") from someone who never chose a
 * language: no sign of their language, so nothing is switched (it switched them to English); a
 * whole English phrase ("change the leader") is answered in English with the offer.
 */
import { describe, expect, it } from 'vitest';
import { allText } from '../support/bot.js';
import { useTestBot } from '../support/use-test-bot.js';

const OFFER = 'I am answering in English. Which language would you like?';

describe('mixed and whole English words from someone who never chose a language [postgres]', () => {
  const bot = useTestBot('postgres');

  it.each(['change ketua', 'ganti ketua', 'edit kelompok', 'delete kegiatan'])('answers the mixed "%s" in Indonesian, with no offer', async (typed) => {
    const text = allText(await bot.send(`mixed-${typed}`, typed));
    expect(text).not.toContain(OFFER);
    // The next reply is Indonesian too: nothing was switched.
    expect(allText(await bot.send(`mixed-${typed}`, 'menu'))).toContain('Silakan pilih menu');
  });

  it('answers a whole English phrase, "change the leader", in English with the offer', async () => {
    const text = allText(await bot.send('whole-en', 'change the leader'));
    expect(text).toContain('changed by its leaders');
    expect(text).toContain(OFFER);
  });
});
