/**
 * Requests typed in 👥 Kelompok saya that named a button's action but got "choose a button": at a
 * group's screen "delete this group", "hapus" (⛔ Nonaktifkan, asked to confirm) and "change the
 * leader" (✏️ Ketua); at the list of several groups "hapus kelompok ini", "ganti ketua" (which
 * group is asked, then that group's question). Through the web chat.
 */
import { expect, it } from 'vitest';
import { allText, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';
import { answerRegistration } from '../support/register-group.js';

const CHOOSE_A_BUTTON = 'belum bisa saya pakai';
const CONFIRM_DEACTIVATE = 'Yakin menonaktifkan "Arisan Minta Hapus"';
const KETUA_ASKED = 'Siapa ketua yang baru?';

describeEachDatabase('requests typed in Kelompok saya', (kind) => {
  const bot = useTestBot(kind, { clock: manualClock('2026-11-20T03:00:00Z') });
  const user = 'minta-lewat-kata';
  const send = (input: string | { button: string }) => bot.send(user, input);
  const register = async (name: string) =>
    answerRegistration(send, await send('daftar'), {
      type: 'arisan', name, villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RW 05', members: '20', ketua: 'Pak Joko', phone: '0812 1111 0009',
    });
  const atList = async () => {
    await send('menu');
    return send('👥 Kelompok saya');
  };

  it('asks to confirm deactivating for "delete this group" or "hapus", and asks the new ketua for "change the leader", at a group\'s screen', async () => {
    await register('Arisan Minta Hapus');
    await register('Arisan Yang Lain');
    for (const typed of ['delete this group', 'hapus', 'hapus aja']) {
      await atList();
      await send('Arisan Minta Hapus');
      const text = allText(await send(typed));
      expect(text).not.toContain(CHOOSE_A_BUTTON);
      expect(text).toContain(CONFIRM_DEACTIVATE);
      // Nothing is ended unless confirmed.
      expect(allText(await send('tidak'))).toContain('Arisan Minta Hapus');
    }
    await atList();
    await send('Arisan Minta Hapus');
    expect(allText(await send('change the leader'))).toContain(KETUA_ASKED);
  });

  it('asks which group at the list for "hapus kelompok ini" or "ganti ketua", then does it for the group picked', async () => {
    await atList();
    const which = allText(await send('hapus kelompok ini'));
    expect(which).not.toContain(CHOOSE_A_BUTTON);
    expect(which).toContain('untuk kelompok yang mana?');
    expect(allText(await send('Arisan Minta Hapus'))).toContain(CONFIRM_DEACTIVATE);

    await atList();
    expect(allText(await send('ganti ketua'))).toContain('untuk kelompok yang mana?');
    expect(allText(await send('Arisan Yang Lain'))).toContain(KETUA_ASKED);
  });
});
