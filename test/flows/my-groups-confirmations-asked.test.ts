/**
 * "ada yg perlu dikonfirmasi ga", "ada konfirmasi?", "is there anything to confirm" typed at a
 * group's screen or the list in 👥 Kelompok saya: how many requests wait for the leader's answer
 * (none said so) with 📥 Konfirmasi to answer them, not "choose a button". Through the web chat.
 */
import { expect, it } from 'vitest';
import { allText, manualClock, type Reply } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';
import { answerRegistration } from '../support/register-group.js';

const CHOOSE_A_BUTTON = 'belum bisa saya pakai';
const buttons = (replies: readonly Reply[]) => replies.flatMap((reply) => reply.buttons?.map((button) => button.id) ?? []);

describeEachDatabase('confirmations asked about in Kelompok saya', (kind) => {
  const bot = useTestBot(kind, { clock: manualClock('2026-11-20T03:00:00Z') });
  const register = (user: string, name: string, ketua: string, phone: string) => {
    const send = (input: string | { button: string }) => bot.send(user, input);
    return send('daftar').then((first) =>
      answerRegistration(send, first, { type: 'arisan', name, villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RW 05', members: '20', ketua, phone }),
    );
  };
  const openGroup = async (user: string, name: string) => {
    await bot.send(user, 'menu');
    await bot.send(user, '👥 Kelompok saya');
    return bot.send(user, name);
  };

  it('says none wait, in the person\'s words, at a group\'s screen', async () => {
    await register('konf-none', 'Arisan Sepi Konfirmasi', 'Pak Joko', '0812 1111 0001');
    await openGroup('konf-none', 'Arisan Sepi Konfirmasi');
    for (const typed of ['ada yg perlu dikonfirmasi ga', 'ada konfirmasi?']) {
      const replies = await bot.send('konf-none', typed);
      const text = allText(replies);
      expect(text).not.toContain(CHOOSE_A_BUTTON);
      expect(text).toContain('Tidak ada permintaan konfirmasi');
      expect(buttons(replies)).not.toContain('menu:inbox');
      // Still at the group's screen: its buttons work.
      expect(buttons(replies)).toContain('edit:members');
    }
  });

  it('counts what waits and offers 📥 Konfirmasi, at the screen and the list, also in English', async () => {
    await register('konf-asker', 'Arisan Penanya', 'Bu Sari', '0812 1111 0002');
    await register('konf-leader', 'Arisan Ditanya', 'Pak Budi', '0812 1111 0003');
    await register('konf-leader', 'Arisan Ditanya Dua', 'Pak Budi', '0812 1111 0003');
    const prisma = bot.bot.database.prisma;
    const asker = await prisma.group.findFirstOrThrow({ where: { name: 'Arisan Penanya' }, include: { leaders: true } });
    const asked = await prisma.group.findFirstOrThrow({ where: { name: 'Arisan Ditanya' } });
    await prisma.groupRelation.create({ data: { groupAId: asker.id, groupBId: asked.id, kind: 'shared_meetings', declaredById: asker.leaders[0]!.personId } });

    await openGroup('konf-leader', 'Arisan Ditanya');
    const replies = await bot.send('konf-leader', 'ada yg perlu dikonfirmasi ga');
    const text = allText(replies);
    expect(text).not.toContain(CHOOSE_A_BUTTON);
    expect(text).toContain('1 permintaan konfirmasi');
    expect(buttons(replies)).toContain('menu:inbox');

    // The button opens the inbox over the screen; the screen comes back after it.
    const inbox = allText(await bot.send('konf-leader', { button: 'menu:inbox' }));
    expect(inbox).toContain('Arisan Penanya mencatat hubungan');

    await bot.send('konf-leader', 'menu');
    await bot.send('konf-leader', '👥 Kelompok saya');
    const atList = await bot.send('konf-leader', 'ada konfirmasi?');
    expect(allText(atList)).toContain('1 permintaan konfirmasi');
    expect(buttons(atList)).toContain('menu:inbox');
    expect(buttons(atList).some((id) => id.startsWith('group:'))).toBe(true);

    await openGroup('konf-leader', 'Arisan Ditanya Dua');
    // Answered in the conversation's language (Indonesian here), as the screen around it.
    const english = allText(await bot.send('konf-leader', 'is there anything to confirm'));
    expect(english).not.toContain(CHOOSE_A_BUTTON);
    expect(english).toContain('1 permintaan konfirmasi');
  });
});
