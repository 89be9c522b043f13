/**
 * Through the web chat, as a leader logging a joint activity: a partner group remembered at the
 * summary, "posyandu anggrek juga ikut", was refused ("Yang saya perlukan: Simpan, foto
 * kegiatan, Kembali, atau Batal"). It is now added to the partners, said back, and saved with
 * them; the partner asked to confirm.
 */
import { expect, it } from 'vitest';
import { allText } from '../support/bot.js';
import { registeredLeader } from '../support/activity-chat.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('a partner group added at the activity summary', (kind) => {
  const bot = useTestBot(kind);

  async function register(person: string, type: string, name: string) {
    const send = (input: string | { button: string }) => bot.send(person, input);
    await registeredLeader(send, type, name);
    return send;
  }

  it('adds the group named, however its taking part is said', async () => {
    await register('kt', 'karang_taruna', 'Karang Taruna Tunas Muda');
    await register('posyandu', 'posyandu', 'Posyandu Anggrek');
    for (const [index, typed] of ['posyandu anggrek juga ikut', 'tambah posyandu anggrek', 'posyandu anggrek ikut juga'].entries()) {
      const send = await register(`pkk-${index}`, 'pkk', `PKK Mancasan ${index + 1}`);
      await send('catat kegiatan');
      await send('kemarin');
      await send({ button: 'category:kerja_bakti' });
      await send('Bersih-bersih selokan dusun');
      await send('karang taruna tunas muda');
      expect(allText(await send({ button: 'pmks:done' }))).toContain('Kelompok lain: Karang Taruna Tunas Muda\n');
      const again = allText(await send(typed));
      expect(again, typed).toContain('✅ Kelompok lain: Karang Taruna Tunas Muda dan Posyandu Anggrek.');
      expect(again, typed).toContain('• Kelompok lain: Karang Taruna Tunas Muda dan Posyandu Anggrek');
      expect(allText(await send({ button: 'save' })), typed).toContain('Ketua Karang Taruna Tunas Muda dan Posyandu Anggrek diminta mengonfirmasi');
    }
  });
});
