/**
 * Through the web chat: a leader had an activity half logged (date, kind, description given),
 * typed "catat kegiatan bersama" at the menu and was asked the date afresh: the paused draft
 * was dropped without a word, and Lanjutkan then went on with the new, empty one. Now the bot
 * asks first: ▶️ Lanjutkan goes on where the draft stood, its answers kept; 🆕 Mulai baru
 * starts afresh; other words ask again.
 */
import { expect, it } from 'vitest';
import { allText, buttonLabelled, type Reply } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { answerRegistration } from '../support/register-group.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('a half-logged activity when the entry is opened again from the menu', (kind) => {
  const bot = useTestBot(kind);

  /**
   * A registered leader with an activity logged past its description (to the partners or the
   * beneficiaries, as the desa's groups have it), then set aside with "menu". Returns the chat
   * and the question the draft stood at.
   */
  async function halfLogged(user: string): Promise<{ send: (input: string | { button: string }) => Promise<Reply[]>; stoodAt: string }> {
    const send = (input: string | { button: string }) => bot.send(user, input);
    await answerRegistration(send, await send('daftar'), {
      type: 'karang_taruna', name: `Karang Taruna ${user}`, villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'seluruh desa', members: '20', ketua: 'Mas Eko', phone: '0812-3456-7890',
    });
    await send('menu');
    expect(allText(await send('catat kegiatan bersama'))).toContain('Kapan kegiatan');
    await send('kemarin');
    await send('kerja bakti');
    const stoodAt = (await send('Kerja bakti membersihkan selokan RW 03')).at(-1)?.text ?? '';
    expect(stoodAt).not.toContain('Ceritakan singkat');
    expect(buttonLabelled(await send('menu'), 'Lanjutkan: 🤝 Catat kegiatan bersama')).toBe('cmd:resume');
    return { send, stoodAt };
  }

  it('asks before dropping it; Lanjutkan goes on where it stood, its answers kept (it was dropped unasked)', async () => {
    const { send, stoodAt } = await halfLogged('draft-resume');
    const asked = await send('catat kegiatan bersama');
    expect(allText(asked)).toContain('Ada 🤝 Catat kegiatan bersama yang belum selesai. Lanjutkan yang tadi atau mulai baru?');
    expect(allText(asked)).not.toContain('Kapan kegiatan');
    buttonLabelled(asked, '🆕 Mulai baru');
    // Words that choose neither: asked again, nothing lost.
    const again = allText(await send('hmm gimana ya'));
    expect(again).toContain('Lanjutkan yang tadi atau mulai baru?');
    const resumed = allText(await send({ button: buttonLabelled(asked, '▶️ Lanjutkan') }));
    expect(resumed).toContain(stoodAt);
    expect(resumed).not.toContain('Kapan kegiatan');
    // The draft's own answers are there at its summary.
    const summary = allText(await send('20 lansia'));
    expect(summary).toContain('Kerja bakti membersihkan selokan RW 03');
  });

  it('starts afresh on "mulai baru", as the menu entry always did', async () => {
    const { send } = await halfLogged('draft-fresh');
    // The menu's own entry button this time (not "▶️ Lanjutkan: 🤝 Catat kegiatan bersama").
    const entry = (await send('menu')).flatMap((reply) => reply.buttons ?? []).find((button) => button.label === '🤝 Catat kegiatan bersama');
    expect(allText(await send({ button: entry!.id }))).toContain('Lanjutkan yang tadi atau mulai baru?');
    expect(allText(await send('mulai baru'))).toContain('Kapan kegiatan');
    // The draft is gone: Lanjutkan now goes on with the new one.
    await send('menu');
    expect(allText(await send({ button: 'cmd:resume' }))).toContain('Kapan kegiatan');
  });
});
