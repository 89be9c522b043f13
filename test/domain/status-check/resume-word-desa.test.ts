/**
 * "lanjut" typed alone at the status check's desa question: Desa Lanjut (Kec. Singkep
 * Pesisir, Kab. Lingga) is a real desa, and the word was read as the resume command (nothing
 * to resume inside a flow: the question was asked again), so that desa was unreachable. It is
 * offered now, saying it is a desa's name; "lanjut" elsewhere stays the command.
 */
import { describe, expect, it } from 'vitest';
import { allText, buttonIds } from '../../support/bot.js';
import { useTestBot } from '../../support/use-test-bot.js';

describe('"lanjut" at the status check\'s desa question [postgres]', () => {
  // The full region list: the small test extract has no Desa Lanjut.
  const bot = useTestBot('postgres', { fullRegions: true });

  it('offers Desa Lanjut and checks it', async () => {
    await bot.send('warga', 'menu');
    await bot.send('warga', 'cek status');
    const offered = await bot.send('warga', 'Lanjut');
    expect(allText(offered)).toContain('juga nama desa');
    expect(allText(offered)).toContain('Desa Lanjut, Kec. Singkep Pesisir');
    expect(buttonIds(offered)).toContain('village-exact:yes');
    await bot.send('warga', { button: 'village-exact:yes' });
    expect(allText(await bot.send('warga', { button: 'rw:whole' }))).toContain('Status WKSBM Lanjut');
  });

  it('keeps "lanjut" the resume command at the menu', async () => {
    expect(allText(await bot.send('menu', 'lanjut'))).toContain('Tidak ada isian yang tertunda');
  });
});
