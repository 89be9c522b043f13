/**
 * An answer the consent notice cannot take (a desa typed ahead, "hmm") or a question answered
 * aside asks again with the question alone, pointing at the notice above: the whole notice (six
 * paragraphs) repeated was a wall of text on a phone, each time.
 */
import { describe, expect, it } from 'vitest';
import { allText, buttonIds } from '../../support/bot.js';
import { useTestBot } from '../../support/use-test-bot.js';

describe('the consent notice asked again [postgres]', () => {
  const bot = useTestBot('postgres');

  it('shows the notice once, then only its question, with the answer buttons', async () => {
    await bot.send('tini', 'halo');
    const notice = allText(await bot.send('tini', 'daftar kelompok'));
    expect(notice).toContain('Pemberitahuan data pribadi');
    expect(notice).toContain('Yang dicatat:');

    const typedAhead = await bot.send('tini', 'sumbermulyo bambanglipuro');
    expect(allText(typedAhead)).toContain('saya simpan dulu jawaban Anda “sumbermulyo bambanglipuro”');
    expect(allText(typedAhead)).toContain('Mohon jawab dulu pemberitahuan data pribadi di atas');
    expect(allText(typedAhead)).not.toContain('Yang dicatat:');
    expect(buttonIds(typedAhead)).toEqual(expect.arrayContaining(['consent:agree', 'consent:decline']));

    // A question answered aside: the same short question after the answer.
    const aside = allText(await bot.send('tini', 'gratis kan?'));
    expect(aside).toContain('gratis');
    expect(aside).toContain('Mohon jawab dulu pemberitahuan data pribadi di atas');
    expect(aside).not.toContain('Yang dicatat:');

    // "apa maksudnya" still explains; agreeing goes on with the desa typed ahead.
    expect(allText(await bot.send('tini', 'apa maksudnya?'))).toContain('Maksudnya begini');
    expect(allText(await bot.send('tini', 'setuju'))).toContain('Sumbermulyo');
  });

  it('asks again in English for an English speaker', async () => {
    await bot.send('tom', 'hello');
    await bot.send('tom', { button: 'lang:en' });
    expect(allText(await bot.send('tom', 'register a group'))).toContain('What is recorded');
    const again = allText(await bot.send('tom', 'hmm'));
    expect(again).toContain('Please answer the personal-data notice above first');
    expect(again).not.toContain('What is recorded');
  });
});
