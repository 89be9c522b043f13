/**
 * "panggungharjo already or not yet?" from someone who never chose a language: answered in
 * English with the offer of the choice, at the menu and at the status check's desa question (a
 * desa's name says no language, "yet" was the one English word counted: it was Indonesian).
 * Someone who chose Indonesian stays answered in Indonesian.
 */
import { describe, expect, it } from 'vitest';
import { allText } from '../support/bot.js';
import { useTestBot } from '../support/use-test-bot.js';

const OFFER = 'I am answering in English. Which language would you like?';

describe('a desa asked "already or not yet?" in English [postgres]', () => {
  const bot = useTestBot('postgres');

  it('is answered in English at the menu', async () => {
    await bot.send('menu-en-already', 'menu');
    const replies = allText(await bot.send('menu-en-already', 'panggungharjo already or not yet?'));
    expect(replies).toContain(OFFER);
    expect(replies).toContain('Panggungharjo');
  });

  it('is answered in English at the desa question, the status too', async () => {
    await bot.send('step-en-already', 'menu');
    await bot.send('step-en-already', 'cek status');
    const asked = allText(await bot.send('step-en-already', 'panggungharjo already or not yet?'));
    expect(asked).toContain(OFFER);
    await bot.send('step-en-already', { button: 'village-exact:yes' });
    expect(allText(await bot.send('step-en-already', { button: 'rw:whole' }))).toContain('WKSBM status of');
  });

  it('stays Indonesian for someone who chose Indonesian', async () => {
    await bot.send('chose-id-already', 'menu');
    await bot.send('chose-id-already', { button: 'lang:id' });
    await bot.send('chose-id-already', 'cek status');
    const asked = allText(await bot.send('chose-id-already', 'panggungharjo already or not yet?'));
    expect(asked).not.toContain(OFFER);
    await bot.send('chose-id-already', { button: 'village-exact:yes' });
    expect(allText(await bot.send('chose-id-already', { button: 'rw:whole' }))).toContain('Status WKSBM');
  });
});
