/**
 * Through the web chat: a list-like menu entry (📒 Kegiatan saya, 👥 Kelompok saya, 📥 Konfirmasi)
 * pressed at the menu while a copy of it waits there (left with "menu" at an activity, at a
 * group's deactivation question, past an item set aside with ⏭️ Nanti) opens afresh: the list,
 * the group's screen, the first request. Only ▶️ Lanjutkan, the menu's own button for what was
 * set aside, goes back to where the person was. (A test that picked the first button whose label
 * held "Kegiatan saya" pressed "▶️ Lanjutkan: 📒 Kegiatan saya", and saw the activity again.)
 */
import { expect, it } from 'vitest';
import { loggedWithPartner, registeredLeader } from '../support/activity-chat.js';
import { allText, buttonIds, type Reply } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import type { Send } from '../support/register-group.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('a menu entry pressed while its copy waits', (kind) => {
  const bot = useTestBot(kind);
  const chat = (user: string): Send => (input) => bot.send(user, input);
  const leader = chat('fresh-leader');
  const partner = chat('fresh-partner');
  const FIRST = 'Kerja bakti saluran air RT 3';
  const SECOND = 'Santunan lansia di balai desa';

  /** "menu" typed there: the menu, offering both ▶️ Lanjutkan and the entry itself. */
  async function menuWith(send: Send, entry: string): Promise<Reply[]> {
    const menu = await send('menu');
    expect(buttonIds(menu)).toEqual(expect.arrayContaining(['cmd:resume', entry]));
    return menu;
  }

  it('sets up two groups and two activities waiting for the partner', async () => {
    await registeredLeader(leader, 'karang_taruna', 'Karang Taruna Entri Segar');
    await registeredLeader(partner, 'pkk', 'PKK Entri Segar');
    await loggedWithPartner(leader, 'PKK Entri Segar', 'kerja_bakti', FIRST);
    await loggedWithPartner(leader, 'PKK Entri Segar', 'bantuan_lansia', SECOND);
  });

  it('📒 Kegiatan saya: the list afresh, not the activity left with "menu"; ▶️ Lanjutkan goes back to it', async () => {
    const list = await leader({ button: 'menu:activities' });
    expect(allText(list)).toContain('📒 Kegiatan kelompok Anda');
    const item = buttonIds(list).find((id) => id.startsWith('act:'))!;
    expect(allText(await leader({ button: item }))).toContain('Kelompok pelapor');
    await menuWith(leader, 'menu:activities');
    const again = allText(await leader({ button: 'menu:activities' }));
    expect(again).toContain('📒 Kegiatan kelompok Anda');
    expect(again).not.toContain('Kelompok pelapor');

    const details = allText(await leader({ button: item }));
    await menuWith(leader, 'menu:activities');
    expect(allText(await leader({ button: 'cmd:resume' }))).toBe(details);
    await leader('menu');
  });

  it('👥 Kelompok saya: the group\'s screen afresh, not its deactivation question; ▶️ Lanjutkan goes back to it', async () => {
    const screen = await leader({ button: 'menu:groups' });
    expect(buttonIds(screen)).toContain('deactivate');
    const asked = await leader({ button: 'deactivate' });
    expect(buttonIds(asked)).toEqual(expect.arrayContaining(['yes', 'no']));
    await menuWith(leader, 'menu:groups');
    const again = await leader({ button: 'menu:groups' });
    expect(allText(again)).toContain('Karang Taruna Entri Segar');
    expect(buttonIds(again)).toContain('deactivate');
    expect(buttonIds(again)).not.toContain('yes');

    await leader({ button: 'deactivate' });
    await menuWith(leader, 'menu:groups');
    expect(buttonIds(await leader({ button: 'cmd:resume' }))).toEqual(expect.arrayContaining(['yes', 'no']));
    // Nothing is deactivated: "tidak" keeps the group.
    expect(buttonIds(await leader({ button: 'no' }))).toContain('deactivate');
    await leader('menu');
  });

  it('📥 Konfirmasi: the first request afresh, not the one after ⏭️ Nanti; ▶️ Lanjutkan goes back to it', async () => {
    const first = allText(await partner({ button: 'menu:inbox' }));
    expect(first).toContain('Menunggu jawaban Anda: 2');
    const [shown, next] = first.includes(FIRST) ? [FIRST, SECOND] : [SECOND, FIRST];
    expect(allText(await partner({ button: 'later' }))).toContain(next);
    await menuWith(partner, 'menu:inbox');
    const again = allText(await partner({ button: 'menu:inbox' }));
    expect(again).toContain(shown);
    expect(again).not.toContain(next);

    await partner({ button: 'later' });
    await menuWith(partner, 'menu:inbox');
    expect(allText(await partner({ button: 'cmd:resume' }))).toContain(next);
    await partner('menu');
  });
});
