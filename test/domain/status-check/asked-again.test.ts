/**
 * "apa yang kurang" right after a desa's status, from someone who leads no group: that desa's
 * status again, not "Desa/kelurahan mana yang ingin dicek?" with the same desa as a button.
 */
import { describe, expect, it } from 'vitest';
import { allText, buttonIds } from '../../support/bot.js';
import { useTestBot } from '../../support/use-test-bot.js';

describe('what is missing, asked right after a status check [postgres]', () => {
  const bot = useTestBot('postgres');

  it('answers for the desa just checked; asked later, the desa is asked for', async () => {
    await bot.send('wati', 'halo');
    expect(buttonIds(await bot.send('wati', 'status desa panggungharjo gimana'))).toContain('village-exact:yes');
    expect(allText(await bot.send('wati', { button: 'village-exact:yes' }))).toContain('Status WKSBM Panggungharjo');
    const again = allText(await bot.send('wati', 'apa yang kurang'));
    // Only what that desa lacks, under its name (was its whole status again).
    expect(again).toContain('📋 Panggungharjo');
    expect(again).toContain('Yang masih kurang sampai Aktif');
    expect(again).not.toContain('Status WKSBM');
    expect(again).not.toContain('yang ingin dicek');
    // Not right after a check: which desa is asked (the last one offered as a button).
    await bot.send('wati', 'makasih');
    const later = await bot.send('wati', 'apa yang kurang');
    expect(allText(later)).toContain('yang ingin dicek');
    expect(buttonIds(later)).toContain('village:34.02.15.2004');
  });
});
