/**
 * A count said with a chat particle after it ("25 dong", "30 ya min"), as a resident walking the
 * chat typed it: at the members question and in a change said at the menu ("update jumlah member
 * jadi 30 dong") it is the count (was "Please write the number in digits"). Web chat, real database.
 */
import { expect, it } from 'vitest';
import { allText } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { typeGroupName } from '../support/register-group.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('a count with a particle after it', (kind) => {
  const bot = useTestBot(kind);

  it('reads "25 dong" as 25 members, at registration and in a change at the menu', async () => {
    const user = 'count-dong';
    const send = (input: string | { button: string }) => bot.send(user, input);
    await typeGroupName(send, 'Panggungharjo', 'Arisan Warga Glugo Barat');
    await send('rt 3 rw 7');
    expect(allText(await send('25 dong'))).toContain('Siapa ketua kelompok ini?');
    expect(allText(await send('Bu Sri 0812 3456 7788'))).toContain('• Anggota: 25 orang');
    await send({ button: 'save' });
    await send('menu');
    expect(allText(await send('update jumlah member jadi 30 dong'))).toContain('• Anggota: 30 orang');
    const group = await bot.bot.database.prisma.group.findFirstOrThrow({ where: { name: 'Arisan Warga Glugo Barat' } });
    expect(group.memberCount).toBe(30);
  });
});
