/**
 * A desa named in a yes/no question at the menu, with no "sudah/belum": "Timbulharjo wksbm
 * gak?" was answered with what WKSBM is; now the desa is looked up and its status check opens.
 * Words no desa is called ("wksbm gampang gak?", though a Desa Gampang exists, is a question)
 * keep their answer.
 */
import { expect, it } from 'vitest';
import { allText, buttonIds } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('a desa named in a yes/no question about WKSBM', (kind) => {
  const bot = useTestBot(kind);

  it('opens the status check of the desa named', async () => {
    const replies = await bot.send('resident-yes-no-desa', 'Timbulharjo wksbm gak?');
    expect(allText(replies)).toContain('Desa Timbulharjo, Kec. Sewon');
    expect(buttonIds(replies)).toContain('village-exact:yes');
    const caturtunggal = await bot.send('resident-belongs', 'caturtunggal depok sleman termasuk wksbm?');
    expect(allText(caturtunggal)).toContain('Desa Caturtunggal, Kec. Depok');
  });

  it('looks up a desa name typed with a question mark ("timbulharjo?" was "belum paham")', async () => {
    const replies = await bot.send('resident-name-asked', 'timbulharjo?');
    expect(allText(replies)).toContain('Desa Timbulharjo, Kec. Sewon');
  });

  it('answers the question when no desa is called so', async () => {
    const replies = await bot.send('resident-no-desa', 'wksbm efektif gak?');
    expect(buttonIds(replies)).not.toContain('village-exact:yes');
    expect(allText(replies)).not.toContain('Hasil pencarian');
  });
});
