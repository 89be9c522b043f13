/**
 * "takmir masjid" (a mosque's managing committee) typed at the type question: none of the
 * list's types, so a Lainnya of that name (it was "belum bisa saya pakai — contohnya: arisan").
 */
import { expect, it } from 'vitest';
import { allText } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('takmir masjid as a group type', (kind) => {
  const bot = useTestBot(kind);

  it('takes "takmir masjid" at the type question as Lainnya "takmir masjid"', async () => {
    const user = 'leader-takmir';
    await bot.send(user, 'daftar');
    await bot.send(user, { button: 'consent:agree' });
    await bot.send(user, 'Panggungharjo');
    await bot.send(user, { button: 'village-exact:yes' });
    expect(allText(await bot.send(user, 'Al Ikhlas'))).toContain('Apa jenis kelompoknya?');
    const next = allText(await bot.send(user, 'takmir masjid'));
    expect(next).not.toContain('belum bisa saya pakai');
    expect(next).not.toContain('Apa jenis kelompoknya?');
    await bot.send(user, 'RT 04 RW 02');
    await bot.send(user, '30');
    expect(allText(await bot.send(user, 'Pak Darmo 0812 5555 4444'))).toContain('• Jenis: takmir masjid');
  });
});
