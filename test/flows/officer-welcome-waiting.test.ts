/**
 * A newly enrolled officer is told what already waits for them (the walk of 8 December): the
 * welcome said only "Anda akan menerima pemberitahuan…", while groups of their area had been
 * waiting for verification for days. Now it says how many, with a button to the list.
 */
import { expect, it } from 'vitest';
import { allText, buttonLabelled, manualClock, type Reply } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { officerInviteCode } from '../support/officer-invite.js';
import { answerRegistration } from '../support/register-group.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('what waits for a new officer', (kind) => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot(kind, { clock });

  async function registerInPanggungharjo(user: string, name: string): Promise<void> {
    const send = (input: string | { button: string }) => bot.send(user, input);
    await answerRegistration(send, await send('daftar'), {
      type: 'posyandu', name, villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RW 03', members: '25', ketua: 'Bu Ani', phone: '0812 1111 2222',
    });
  }

  /** Enrols `user` for `areas` and answers the name question; the replies after the name. */
  async function enrol(user: string, areas: string[]): Promise<Reply[]> {
    const code = await officerInviteCode(bot.bot, clock, { kind: 'tksk', areas });
    expect(allText(await bot.send(user, `petugas ${code}`))).toContain('terdaftar sebagai petugas');
    return bot.send(user, 'Tono Sugiarto');
  }

  it('says how many groups wait in the area, with a button that lists them', async () => {
    await registerInPanggungharjo('waiting-leader-1', 'Posyandu Mawar Welcome');
    await registerInPanggungharjo('waiting-leader-2', 'Posyandu Melati Welcome');
    const welcome = await enrol('waiting-officer', ['34.02.15']);
    expect(allText(welcome)).toContain('Anda akan menerima pemberitahuan');
    expect(allText(welcome)).toContain('⏳ 2 kelompok menunggu verifikasi di wilayah Anda.');
    const list = await bot.send('waiting-officer', { button: buttonLabelled(welcome, '📋 Menunggu verifikasi') });
    expect(allText(list)).toContain('Posyandu Mawar Welcome');
    expect(allText(list)).toContain('Posyandu Melati Welcome');
  });

  it('says nothing waits where nothing does', async () => {
    const welcome = await enrol('quiet-officer', ['34.02.05']);
    expect(allText(welcome)).toContain('Anda akan menerima pemberitahuan');
    expect(allText(welcome)).not.toContain('menunggu verifikasi di wilayah Anda');
  });
});
