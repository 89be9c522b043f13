/**
 * "statusnya gimana", "sudah diverifikasi belum", "status kelompok ini apa" typed at a group's
 * screen in 👥 Kelompok saya: the group's own state (was "choose a button", a desa search for
 * "kelompok", or a desa's status asked for), with 📊 Cek status WKSBM for the desa's. A desa
 * named ("status desa panggungharjo") is the desa's status check (it was ✏️ Desa, moving the
 * group). Through the web chat.
 */
import { expect, it } from 'vitest';
import { allText, manualClock, type Reply } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';
import { answerRegistration } from '../support/register-group.js';

const buttons = (replies: readonly Reply[]) => replies.flatMap((reply) => reply.buttons?.map((button) => button.id) ?? []);

describeEachDatabase('a group\'s state asked at its screen', (kind) => {
  const bot = useTestBot(kind, { clock: manualClock('2026-11-20T03:00:00Z') });
  const send = (input: string | { button: string }) => bot.send('status-kelompok', input);
  const atScreen = async () => {
    await send('menu');
    await send('👥 Kelompok saya');
  };

  it('says the group\'s state, and offers the desa\'s status', async () => {
    await answerRegistration(send, await send('daftar'), {
      type: 'arisan', name: 'Arisan Tanya Status', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RW 05', members: '20', ketua: 'Pak Joko', phone: '0812 1111 0011',
    });
    for (const typed of ['statusnya gimana', 'sudah diverifikasi belum', 'status kelompok ini apa', 'udah aktif belum kelompok ini']) {
      await atScreen();
      const replies = await send(typed);
      const text = allText(replies);
      expect(text, typed).not.toContain('belum bisa saya pakai');
      expect(text, typed).not.toContain('tidak ditemukan');
      expect(text, typed).toContain('Status Arisan Tanya Status: menunggu verifikasi petugas');
      expect(buttons(replies), typed).toContain('menu:status');
      // The screen again, its buttons working.
      expect(buttons(replies), typed).toContain('edit:members');
    }
    // A desa's status asked opens the status check for it (was ✏️ Desa's question for the group's new desa).
    await atScreen();
    const desa = await send('status desa panggungharjo');
    expect(allText(desa)).not.toContain('Banyak desa bernama sama');
    expect(allText(desa)).toContain('Desa Panggungharjo, Kec. Sewon');
    expect(buttons(desa)).toContain('village-exact:yes');
    expect(allText(await send({ button: 'village-exact:yes' }))).toContain('Status WKSBM Panggungharjo');
  });

  it('answers one\'s own group\'s state asked at the menu first, then its screen (was the screen alone, the state its last line)', async () => {
    const leader = (input: string | { button: string }) => bot.send('status-kelompok-menu', input);
    await answerRegistration(leader, await leader('daftar'), {
      type: 'arisan', name: 'Arisan Tanya Menu', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RW 06', members: '20', ketua: 'Pak Joko', phone: '0812 1111 0012',
    });
    for (const typed of ['kelompok saya udah diverifikasi belum?', 'klompok sy udh di verifikasi blm', 'kelompokku wis diverifikasi durung?']) {
      await leader('menu');
      const replies = await leader(typed);
      const text = allText(replies);
      expect(text.indexOf('Status Arisan Tanya Menu: menunggu verifikasi petugas'), typed).toBe(0);
      expect(buttons(replies), typed).toContain('edit:members');
    }
    // Several groups: each one's state, then which to open.
    await answerRegistration(leader, await leader('daftar'), {
      type: 'pkk', name: 'PKK Tanya Menu', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RW 07', members: '20', ketua: 'Bu Sri', phone: '0812 1111 0013',
    });
    await leader('menu');
    const both = await leader('kelompok saya udah diverifikasi belum?');
    expect(allText(both)).toContain('Arisan Tanya Menu: menunggu verifikasi petugas');
    expect(allText(both)).toContain('PKK Tanya Menu: menunggu verifikasi petugas');
    expect(buttons(both).filter((id) => id.startsWith('group:'))).toHaveLength(2);
  });
});
