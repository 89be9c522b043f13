/**
 * A place typed alone at the menu, at the right depth. The menu's look-up only decides whether
 * the text is a place: one region search (its best hit), nothing of the person read. Only when
 * it is one does the status check open, read the person's groups, last desa and officer role
 * once (GROUP_CONTEXT), and its desa picker search once with their area first. The menu read
 * that area itself before (3 statements more for every resident typing a name, place or not)
 * to make the picker's search early. Counted at the pg driver, from BEGIN to COMMIT.
 */
import { describe, expect, it } from 'vitest';
import { allText, buttonIds, type Reply } from '../../support/bot.js';
import { statementsOf, unitOfWork } from '../../support/pg-statements.js';
import { useTestBot } from '../../support/use-test-bot.js';

/** The region search's statement (storage/regions/region-directory.ts SEARCH_SQL). */
const SEARCH = /WITH reading AS/;
/** The person's led groups read with their last desa (storage/groups, storage/people). */
const GROUPS_AND_LAST_DESA = /"lastVillageCode" FROM \(SELECT \$1::uuid AS "id"\) me/;
/** The person's officer role (storage/officers). */
const OFFICER = /FROM "Officer"/;

/** Sidomoyo (Godean, Sleman): a look-alike, listed after the three Sidomulyo. */
const SIDOMOYO = 'village:34.04.02.2007';

/** The village buttons of a reply, in the order shown. */
function villageButtons(replies: readonly Reply[]): string[] {
  return buttonIds(replies).filter((id) => /^village:\d/.test(id));
}

describe('a place typed alone at the menu [postgres]', () => {
  const bot = useTestBot('postgres');

  /** Sends as `user`; the replies, the message's statements and how many of each kind. */
  async function counted(user: string, text: string) {
    const { value, sent } = await statementsOf(() => bot.send(user, text));
    const statements = unitOfWork(sent);
    const count = (pattern: RegExp) => statements.filter((statement) => pattern.test(statement)).length;
    return { replies: value, statements, searches: count(SEARCH), areaReads: count(GROUPS_AND_LAST_DESA) + count(OFFICER) };
  }

  it('reads nothing of the person when the text names no place: one search, BEGIN and COMMIT around it', async () => {
    await bot.send('ani', 'halo');
    const none = await counted('ani', 'Zzyzxqwe');
    expect(villageButtons(none.replies)).toEqual([]);
    expect(none.searches).toBe(1);
    expect(none.areaReads, none.statements.join('\n---\n')).toBe(0);
    // The search carries BEGIN and the claim (the bot remembers ani's conversation), the save COMMIT.
    expect(none.statements.length, none.statements.join('\n---\n')).toBe(2);
  });

  it('reads the person\'s area once, in the status check, when it names a desa, and confirms or lists it as before', async () => {
    await bot.send('sri', 'halo');
    const one = await counted('sri', 'Panggungharjo');
    expect(allText(one.replies)).toContain('Panggungharjo');
    expect(buttonIds(one.replies)).toContain('village-exact:yes');
    // The menu's search (is it a place?) and the picker's (which desa?), each one statement.
    expect(one.searches).toBe(2);
    // Groups with the last desa, and the officer role: once each (GROUP_CONTEXT), not at the menu too.
    expect(one.areaReads, one.statements.join('\n---\n')).toBe(2);
    expect(one.statements.length, one.statements.join('\n---\n')).toBeLessThanOrEqual(6);

    await bot.send('budi', 'halo');
    const several = await counted('budi', 'sidomulyo?');
    expect(villageButtons(several.replies)).toEqual(['village:34.02.05.2001', 'village:34.04.02.2003', 'village:35.79.01.2007', SIDOMOYO]);
    expect(several.areaReads).toBe(2);
    expect(several.statements.length).toBeLessThanOrEqual(6);
  });
});

describe('the status check\'s picker, opened by a desa typed at the menu, for a person with a known area [postgres]', () => {
  const bot = useTestBot('postgres');

  it('lists the same-named desa of their area first, then by provinsi and kabupaten/kota name', async () => {
    // A resident whose last check was Songgokerto (Kota Batu): their area is Kota Batu.
    await bot.send('batu', 'halo');
    expect(buttonIds(await bot.send('batu', 'cek status desa songgokerto'))).toContain('village-exact:yes');
    expect(allText(await bot.send('batu', { button: 'village-exact:yes' }))).toContain('Tingkat:');
    await bot.send('batu', 'menu');
    const theirs = await bot.send('batu', 'sidomulyo');
    expect(villageButtons(theirs)).toEqual(['village:35.79.01.2007', 'village:34.02.05.2001', 'village:34.04.02.2003', SIDOMOYO]);

    // One whose last check was Caturtunggal (Sleman): Sleman's first, then Bantul (DI Yogyakarta), then Batu.
    await bot.send('sleman', 'halo');
    await bot.send('sleman', 'cek status desa caturtunggal');
    expect(allText(await bot.send('sleman', { button: 'village-exact:yes' }))).toContain('Tingkat:');
    await bot.send('sleman', 'menu');
    expect(villageButtons(await bot.send('sleman', 'Sidomulyo'))).toEqual(['village:34.04.02.2003', 'village:34.02.05.2001', 'village:35.79.01.2007', SIDOMOYO]);
  });
});
