/**
 * A desa's status asked with the desa named, as found walking the web chat: at the menu, "is my
 * village sidomulyo registered" and "is sidomulyo village registered?" got the how-to-register
 * answer (the Indonesian "apakah desa sidomulyo sudah terdaftar wksbm?" opened its status
 * check); at the status check's list of Sidomulyo, "status desa panggungharjo gimana" was
 * refused as a question ("Sepertinya itu pertanyaan…") and the list shown again. Asked where a
 * desa is asked, such a question is a search for the desa it names.
 */
import { expect, it } from 'vitest';
import { allText, buttonIds } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('a status question naming a desa', (kind) => {
  const bot = useTestBot(kind);

  it('opens the status check of the desa named at the menu, in English as in Indonesian', async () => {
    const listed: ReadonlyArray<readonly [string, string]> = [
      ['is my village sidomulyo registered', 'Results for “sidomulyo”'],
      ['is sidomulyo village registered?', 'Results for “sidomulyo”'],
      ['does sidomulyo have a wksbm', 'Results for “sidomulyo”'],
      ['wksbm status of sidomulyo village', 'Results for “sidomulyo”'],
      ['what is the status of panggungharjo', 'Desa Panggungharjo, Kec. Sewon'],
      ['apakah desa sidomulyo sudah terdaftar wksbm?', 'Hasil pencarian “sidomulyo”'],
      ['apakah desa sidomulyo terdaftar?', 'Hasil pencarian “sidomulyo”'],
    ];
    for (const [index, [text, shown]] of listed.entries()) {
      const replies = allText(await bot.send(`menu-named-${index}`, text));
      expect(replies, text).toContain(shown);
      expect(replies, text).not.toContain('Registering a group with this bot');
    }
    // An English question frame around an Indonesian place name is English ("is … registered",
    // "has … joined"): it was answered in Indonesian, the place name read as an Indonesian word.
    // "has … joined (wksbm)?" reads as "is … registered?" (was answered in English, but not as a status question).
    for (const [index, text] of ['is panggungharjo registered?', 'what is the status of panggungharjo', 'has panggungharjo joined?', 'has panggungharjo joined wksbm?'].entries()) {
      const replies = allText(await bot.send(`menu-frame-${index}`, text));
      expect(replies, text).toContain('I am answering in English');
      expect(replies, text).toContain('Desa Panggungharjo, Kec. Sewon');
    }
    // No desa named: which one is asked.
    const own = allText(await bot.send('menu-own-registered', 'is my village registered'));
    expect(own).toContain('Which desa/kelurahan do you want to check?');
    expect(own).not.toContain('Registering a group with this bot');
  });

  it('searches the desa a status question names at the check\'s list, instead of refusing it', async () => {
    const user = 'list-named';
    expect(allText(await bot.send(user, 'desa saya udah wksbm belum'))).toContain('Desa/kelurahan mana yang ingin dicek?');
    expect(allText(await bot.send(user, 'Sidomulyo'))).toContain('Hasil pencarian “Sidomulyo”');
    const found = allText(await bot.send(user, 'status desa panggungharjo gimana'));
    expect(found).toContain('Desa Panggungharjo, Kec. Sewon');
    expect(found).not.toContain('Sepertinya itu pertanyaan');
    expect(allText(await bot.send(user, { button: 'village-exact:yes' }))).toContain('Status WKSBM Panggungharjo');
  });

  it('searches it at the desa question, at the one-tap confirmation and after "search again"', async () => {
    const asked = 'question-named';
    await bot.send(asked, 'desa saya udah wksbm belum');
    // Only the desa's name is searched and shown back, not the whole question; asked in English
    // by someone who never chose a language, in English (as at the menu).
    expect(allText(await bot.send(asked, 'is sidomulyo village registered?'))).toContain('Results for “sidomulyo”');
    // The list's "search again", then the question asked again: the desa it names.
    await bot.send(asked, { button: 'village-search-again' });
    expect(allText(await bot.send(asked, 'timbulharjo udah wksbm belum?'))).toContain('Desa Timbulharjo, Kec. Sewon');

    const confirming = 'confirm-named';
    expect(allText(await bot.send(confirming, 'cek status desa panggungharjo kec sewon'))).toContain('Desa Panggungharjo, Kec. Sewon');
    const other = await bot.send(confirming, 'status desa timbulharjo gimana');
    expect(allText(other)).toContain('Desa Timbulharjo, Kec. Sewon');
    expect(allText(other)).not.toContain('Sepertinya itu pertanyaan');
    expect(allText(await bot.send(confirming, { button: 'village-exact:yes' }))).toContain('Status WKSBM Timbulharjo');
  });

  it('keeps a registration\'s desa: there the status question opens the status check on the side', async () => {
    const user = 'register-list-status';
    await bot.send(user, 'daftar kelompok');
    await bot.send(user, { button: 'consent:agree' });
    expect(allText(await bot.send(user, 'Sidomulyo'))).toContain('Hasil pencarian “Sidomulyo”');
    const asked = await bot.send(user, 'status desa panggungharjo gimana');
    expect(buttonIds(asked)).toContain('village-exact:yes');
    const status = allText(await bot.send(user, { button: 'village-exact:yes' }));
    expect(status).toContain('Status WKSBM Panggungharjo');
    expect(status).not.toContain('Apa nama kelompok');
  });
});
