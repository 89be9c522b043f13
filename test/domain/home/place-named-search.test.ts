/**
 * A desa typed alone at the menu is searched once: the menu's look-up (is it a desa?) is the
 * search the status check's desa picker would make, and the picker takes it. Counted at the
 * pg driver: the region search is one statement, sent once per message.
 */
import { describe, expect, it } from 'vitest';
import { allText, buttonIds, type Reply } from '../../support/bot.js';
import { statementsOf } from '../../support/pg-statements.js';
import { useTestBot } from '../../support/use-test-bot.js';

/** The region search's statement (storage/regions/region-directory.ts SEARCH_SQL). */
const SEARCH = /WITH reading AS/;

describe('a desa typed alone at the menu [postgres]', () => {
  const bot = useTestBot('postgres');

  async function searches(user: string, text: string): Promise<{ count: number; replies: Reply[] }> {
    const { value, sent } = await statementsOf(() => bot.send(user, text));
    return { count: sent.filter((statement) => SEARCH.test(statement.text)).length, replies: value };
  }

  it('is searched once, and confirmed (one desa of that name) or listed (several) as before', async () => {
    await bot.send('sri', 'halo');
    const one = await searches('sri', 'Panggungharjo');
    expect(allText(one.replies)).toContain('Panggungharjo');
    expect(buttonIds(one.replies)).toContain('village-exact:yes');
    expect(one.count).toBe(1);

    await bot.send('budi', 'halo');
    const several = await searches('budi', 'sidomulyo?');
    expect(buttonIds(several.replies)).toEqual(expect.arrayContaining(['village:34.02.05.2001', 'village:34.04.02.2003', 'village:35.79.01.2007']));
    expect(several.count).toBe(1);
  });

  it('is searched once when it names no desa, and the question the words read as is answered', async () => {
    await bot.send('ani', 'halo');
    const none = await searches('ani', 'Zzyzxqwe');
    expect(none.count).toBe(1);
    expect(buttonIds(none.replies).some((id) => id.startsWith('village'))).toBe(false);
  });
});
