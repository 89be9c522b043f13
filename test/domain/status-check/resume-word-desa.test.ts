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

  it.each(['lanjutin', 'lanjutin yg tadi'])('says the question is still open for "%s", calling it no desa', async (typed) => {
    await bot.send('warga2', 'menu');
    await bot.send('warga2', 'cek status');
    const text = allText(await bot.send('warga2', typed));
    // Was "“lanjutin yg tadi” juga nama desa" and a search for it.
    expect(text).not.toContain('juga nama desa');
    expect(text).toContain('Kita masih di sini');
    expect(buttonIds(await bot.send('warga2', 'panggungharjo'))).toContain('village-exact:yes');
  });

  it('keeps "lanjut" the resume command at the menu', async () => {
    expect(allText(await bot.send('menu', 'lanjut'))).toContain('Tidak ada isian yang tertunda');
  });
});
