/**
 * One person, many channels: a code made on one identity and sent from another makes them
 * one person, whose groups and language then follow them. Also: codes are single-use,
 * expire, and cannot be redeemed by the identity that made them.
 */
import { expect, it } from 'vitest';
import { acceptConsent, allText, buttonIds, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { answerRegistration } from '../support/register-group.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('linking identities with a one-time code', (kind) => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot(kind, { clock });

  async function makeCode(user: string): Promise<string> {
    await bot.send(user, { button: 'menu:link' });
    const replies = await bot.send(user, { button: 'link:create' });
    const code = /([A-Z2-9]{4}-[A-Z2-9]{4})/.exec(allText(replies))?.[1];
    if (!code) throw new Error(`no code in ${allText(replies)}`);
    return code;
  }

  it('moves the second identity onto the first person, with groups and language', async () => {
    // The "WhatsApp" identity registers a group and speaks English.
    const saved = await answerRegistration((input) => bot.send('wa-sri', input), await acceptConsent(bot, 'wa-sri', await bot.send('wa-sri', 'daftar')), {
      type: 'pkk', name: 'PKK Kenanga', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'seluruh desa', members: '12', ketua: 'Sri', phone: '0812 9999 0000',
    });
    expect(allText(saved)).toContain('PKK Kenanga');
    await bot.send('wa-sri', 'bahasa');
    await bot.send('wa-sri', 'english');
    const code = await makeCode('wa-sri');

    // The "Telegram" identity is a stranger until it sends the code.
    let replies = await bot.send('tg-sri', 'menu');
    expect(buttonIds(replies)).not.toContain('menu:groups');
    await bot.send('tg-sri', { button: 'menu:link' });
    await bot.send('tg-sri', { button: 'link:enter' });
    replies = await bot.send('tg-sri', code.toLowerCase());
    expect(allText(replies)).toContain('terhubung');

    replies = await bot.send('tg-sri', 'menu');
    expect(allText(replies)).toContain('Please choose');
    expect(buttonIds(replies)).toContain('menu:groups');
    const people = await bot.bot.database.prisma.channelIdentity.findMany({
      where: { externalId: { in: [await bot.users.externalId('wa-sri'), await bot.users.externalId('tg-sri')] } },
      select: { personId: true },
    });
    expect(new Set(people.map((row) => row.personId)).size).toBe(1);
  });

  it('refuses a used, an expired, an unknown and one\'s own code', async () => {
    const code = await makeCode('wa-budi');
    await bot.send('wa-budi', { button: 'menu:link' });
    await bot.send('wa-budi', { button: 'link:enter' });
    expect(allText(await bot.send('wa-budi', code))).toContain('dibuat dari akun ini');

    await bot.send('tg-budi', { button: 'menu:link' });
    await bot.send('tg-budi', { button: 'link:enter' });
    expect(allText(await bot.send('tg-budi', 'ZZZZ-ZZZZ'))).toContain('tidak dikenal');
    expect(allText(await bot.send('tg-budi', code))).toContain('terhubung');

    await bot.send('tg-eve', { button: 'menu:link' });
    await bot.send('tg-eve', { button: 'link:enter' });
    expect(allText(await bot.send('tg-eve', code))).toContain('tidak dikenal');

    const late = await makeCode('wa-ani');
    clock.advance(16 * 60_000);
    await bot.send('tg-ani', { button: 'menu:link' });
    await bot.send('tg-ani', { button: 'link:enter' });
    expect(allText(await bot.send('tg-ani', late))).toContain('kedaluwarsa');
  });
});
