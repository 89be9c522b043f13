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

describeEachDatabase('a desa named bare before "already … not yet?"', (kind) => {
  const bot = useTestBot(kind);

  // "cipete udh blm?" with the extract's desa: no word for desa, no "wksbm"; was "belum paham".
  it.each([
    ['panggungharjo wes durung?', 'Desa Panggungharjo, Kec. Sewon, Kab. Bantul?'],
    ['panggungharjo udh blm?', 'Desa Panggungharjo, Kec. Sewon, Kab. Bantul?'],
    ['sidoarum udah apa belum min', 'Desa Sidoarum, Kec. Godean, Kab. Sleman?'],
    ['sidoarum sudah wksbm belum?', 'Desa Sidoarum, Kec. Godean, Kab. Sleman?'],
    ['sidoarum tos teu acan?', 'Desa Sidoarum, Kec. Godean, Kab. Sleman?'],
    ['panggungharjo sampun dereng?', 'Desa Panggungharjo, Kec. Sewon, Kab. Bantul?'],
    // Its language is not told by "already or not yet" alone (language-of.ts): the desa is offered in Indonesian.
    ['panggungharjo already or not yet?', 'Desa Panggungharjo, Kec. Sewon, Kab. Bantul?'],
  ])('checks the desa of %j', async (text, shown) => {
    const replies = await bot.send(`bare-yet-${text}`, text);
    expect(allText(replies)).toContain(shown);
    expect(buttonIds(replies)).toContain('village-exact:yes');
  });

  it('leaves words no desa is called alone', async () => {
    const replies = await bot.send('bare-yet-none', 'laporanku udh blm?');
    expect(buttonIds(replies)).not.toContain('village-exact:yes');
    expect(allText(replies)).not.toContain('Hasil pencarian');
  });
});
