/**
 * The hint after words 🔒 Data saya cannot take names the buttons shown, in the person's
 * language (the walk of 8 December): "xyz" there was answered "Yang saya perlukan: Ubah nama
 * saya, Hapus data saya, Tarik persetujuan, atau menu" to someone offered only 🗑️ Hapus data
 * saya, ↩️ Kembali and 🏠 Menu (no name held, no consent in force).
 */
import { expect, it } from 'vitest';
import { acceptConsent, allText, buttonIds } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('the hint at 🔒 Data saya', (kind) => {
  const bot = useTestBot(kind);

  it('names only the buttons shown to someone without a name or consent', async () => {
    const user = 'hint-fresh';
    expect(buttonIds(await bot.send(user, 'data saya'))).toEqual(['privacy:erase', 'cmd:back', 'cmd:menu']);
    const refused = allText(await bot.send(user, 'xyz'));
    expect(refused).toContain('Yang saya perlukan: 🗑️ Hapus data saya, ↩️ Kembali, atau 🏠 Menu.');
    expect(refused).not.toContain('Ubah nama saya');
    expect(refused).not.toContain('Tarik persetujuan');
  });

  it('names every choice to someone whose consent is in force', async () => {
    const user = 'hint-consented';
    await acceptConsent(bot, user, await bot.send(user, 'daftar'));
    await bot.send(user, 'batal');
    expect(buttonIds(await bot.send(user, 'data saya'))).toEqual(['privacy:name', 'privacy:erase', 'privacy:withdraw', 'cmd:back', 'cmd:menu']);
    expect(allText(await bot.send(user, 'xyz'))).toContain(
      'Yang saya perlukan: ✏️ Ubah nama saya, 🗑️ Hapus data saya, ✋ Tarik persetujuan, ↩️ Kembali, atau 🏠 Menu.',
    );
  });

  it('says them in English to someone reading English', async () => {
    const user = 'hint-english';
    await bot.send(user, 'my data');
    expect(allText(await bot.send(user, 'xyz'))).toContain('What I need: 🗑️ Delete my data, ↩️ Back, or 🏠 Menu.');
    // Closed, its title quoted as in Indonesian.
    expect(allText(await bot.send(user, 'cancel'))).toContain('OK, I closed “🔒 My data”.');
  });
});
