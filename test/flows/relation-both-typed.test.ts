/**
 * "dua2nya" typed where a tie's partner is asked (web chat): it was refused ("Yang saya perlukan:
 * salah satu kelompok…"). Ties are recorded one at a time: the first is taken and said so, and
 * once it is recorded the second is offered with the same kind, recorded with one tap.
 */
import { expect, it } from 'vitest';
import { allText, buttonIds } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { answerRegistration } from '../support/register-group.js';
import { useTestBot } from '../support/use-test-bot.js';

const PANGGUNGHARJO = '34.02.15.2004';

describeEachDatabase('both partners typed for a tie', (kind) => {
  const bot = useTestBot(kind);

  async function register(user: string, type: string, name: string, ketua: string) {
    const send = (input: string | { button: string }) => bot.send(user, input);
    return answerRegistration(send, await send('daftar'), {
      type, name, villageQuery: 'panggungharjo', villageCode: PANGGUNGHARJO, unit: 'seluruh desa', members: '20', ketua, phone: '0812-3456-7890',
    });
  }

  it('records the first, then offers the second with the same kind', async () => {
    await register('both-pkk', 'pkk', 'PKK Kenanga Sawit', 'Bu Wati');
    await register('both-kt', 'karang_taruna', 'Karang Taruna Tunas Sawit', 'Mas Bayu');
    await register('both-mt', 'majelis_taklim', 'Majelis Taklim Nurul Sawit', 'Bu Ida');

    await bot.send('both-pkk', 'hubungan');
    const taken = allText(await bot.send('both-pkk', 'dua2nya'));
    expect(taken).not.toContain('Yang saya perlukan');
    expect(taken).toContain('Hubungan dicatat satu per satu');
    expect(taken).toContain('Hubungan seperti apa?');
    await bot.send('both-pkk', { button: 'kind:shared_meetings' });
    const first = await bot.send('both-pkk', { button: 'save' });
    expect(allText(first)).toContain('Hubungan dicatat');
    expect(allText(first)).toMatch(/Berikutnya: catat juga hubungan "Pertemuan bersama" antara PKK Kenanga Sawit dan /u);
    expect(buttonIds(first)).toEqual(expect.arrayContaining(['save', 'next:kind', 'next:finish']));
    expect(allText(await bot.send('both-pkk', { button: 'save' }))).toContain('Hubungan dicatat');

    const stored = await bot.bot.database.prisma.groupRelation.findMany({ select: { kind: true, status: true } });
    expect(stored).toEqual([{ kind: 'shared_meetings', status: 'pending' }, { kind: 'shared_meetings', status: 'pending' }]);
  });
});
