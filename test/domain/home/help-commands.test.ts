/**
 * "bantuan" / "help" lists the commands the privacy notice promises (/datasaya, /hapusdata,
 * /tarikpersetujuan; /mydata, /deletedata, /withdrawconsent in English) besides menu, kembali,
 * batal, bahasa and bantuan: a person who read the notice finds them again where help is. And
 * "lanjut" / "continue", the README's command for what was set aside at the menu (help left it out).
 */
import { describe, expect, it } from 'vitest';
import { allText } from '../../support/bot.js';
import { useTestBot } from '../../support/use-test-bot.js';

describe('the help message [postgres]', () => {
  const bot = useTestBot('postgres');

  it('lists the personal-data commands in Indonesian', async () => {
    await bot.send('help-id', 'menu');
    const text = allText(await bot.send('help-id', 'bantuan'));
    for (const command of ['lanjut:', 'kembali', 'batal', 'bahasa', '/datasaya', '/hapusdata', '/tarikpersetujuan']) expect(text).toContain(command);
  });

  it('lists them in English, as the English privacy notice names them', async () => {
    await bot.send('help-en', 'menu');
    await bot.send('help-en', { button: 'lang:en' });
    const text = allText(await bot.send('help-en', 'help'));
    for (const command of ['continue:', 'back', 'cancel', 'language', '/mydata', '/deletedata', '/withdrawconsent']) expect(text).toContain(command);
  });
});
