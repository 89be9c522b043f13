/**
 * The members changed by how many at ✏️ Anggota of 👥 Kelompok saya ("nambah 3 orang", "berkurang
 * 2"): was refused with "Mohon tulis jumlahnya dengan angka", a number in digits typed. The count
 * on record with those added or taken away is saved and said, as the registration says a sum.
 */
import { expect, it } from 'vitest';
import { allText, manualClock, type TestBot } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';
import { arisanOnScreen } from '../support/register-group.js';

/** A group of 20 members registered in Panggungharjo by `user`, its screen in Kelompok saya shown; its id. */
async function groupOnScreen(bot: TestBot, user: string, name: string, phone: string): Promise<string> {
  expect(allText(await arisanOnScreen((input) => bot.send(user, input), name, phone))).toContain('• Anggota: 20 orang');
  return (await bot.bot.database.prisma.group.findFirstOrThrow({ where: { name } })).id;
}

describeEachDatabase('the members changed by how many, in Kelompok saya', (kind) => {
  const clock = manualClock('2026-12-07T03:00:00Z');
  const bot = useTestBot(kind, { clock });
  const members = async (id: string) => (await bot.bot.database.prisma.group.findUniqueOrThrow({ where: { id } })).memberCount;

  it('adds "nambah 3 orang" to the count on record and takes "berkurang dua" from it, saying the sum', async () => {
    const send = (input: string | { button: string }) => bot.send('anggota-nambah', input);
    const id = await groupOnScreen(bot, 'anggota-nambah', 'Arisan Nambah Anggota', '0812 3131 7171');
    expect(allText(await send({ button: 'edit:members' }))).toContain('Berapa jumlah anggotanya sekarang?');
    const added = allText(await send('nambah 3 orang'));
    expect(added).not.toContain('dengan angka');
    expect(added).toContain('20 + 3 = 23');
    expect(added).toContain('• Anggota: 23 orang');
    expect(await members(id)).toBe(23);
    await send({ button: 'edit:members' });
    expect(allText(await send('berkurang dua'))).toContain('• Anggota: 21 orang');
    expect(await members(id)).toBe(21);
  });

  it('takes a total said with "nambah jadi" as the total, and "kurang lebih 30" as about 30', async () => {
    const send = (input: string | { button: string }) => bot.send('anggota-jadi', input);
    const id = await groupOnScreen(bot, 'anggota-jadi', 'Arisan Jadi Anggota', '0812 3131 8181');
    await send({ button: 'edit:members' });
    expect(allText(await send('nambah jadi 32'))).toContain('• Anggota: 32 orang');
    await send({ button: 'edit:members' });
    expect(allText(await send('kurang lebih 30'))).toContain('• Anggota: 30 orang');
    expect(await members(id)).toBe(30);
  });
});
