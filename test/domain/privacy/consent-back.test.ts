/**
 * "kembali" at the consent notice, the first thing a registration shows: back to the menu,
 * where the person was before, not to the registration's desa question (never asked, and
 * behind which any answer, even "✅ Setuju" from the notice above, brought the notice again).
 */
import { describe, expect, it } from 'vitest';
import { allText, buttonIds } from '../../support/bot.js';
import { useTestBot } from '../../support/use-test-bot.js';

describe('kembali at the consent notice [postgres]', () => {
  const bot = useTestBot('postgres');

  it('goes back to the menu, and the registration starts afresh with the notice', async () => {
    await bot.send('sri', 'halo');
    expect(buttonIds(await bot.send('sri', 'daftar kelompok'))).toContain('consent:agree');
    const back = await bot.send('sri', 'kembali');
    expect(allText(back)).toContain('Anda kembali ke menu utama');
    expect(allText(back)).not.toContain('Di desa/kelurahan mana');
    expect(buttonIds(back)).toContain('menu:register');
    expect(buttonIds(back)).not.toContain('cmd:resume');
    expect(buttonIds(await bot.send('sri', 'daftar kelompok'))).toContain('consent:agree');
    // Agreed, the registration's first question; "kembali" there leaves the registration as before.
    expect(allText(await bot.send('sri', { button: 'consent:agree' }))).toContain('Di desa/kelurahan mana');
    expect(allText(await bot.send('sri', 'kembali'))).toContain('Anda kembali ke menu utama');
  });
});
