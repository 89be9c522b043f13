/**
 * Through the web chat: "catet kegiatan senam lansia bareng posyandu anggrek sabtu kmrn"
 * typed at the activity's date question went straight to the description, saying back only
 * the kind. The date and the partner read from it are said back too before the description
 * is asked, so the leader can trust them.
 */
import { expect, it } from 'vitest';
import { allText, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { answerRegistration } from '../support/register-group.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('an activity told in one sentence at the date question', (kind) => {
  const bot = useTestBot(kind, { clock: manualClock('2026-12-07T03:00:00Z') });

  it('says back the date, kind and partner it read', async () => {
    const send = (input: string | { button: string }) => bot.send('sentence', input);
    await answerRegistration(send, await send('daftar'), {
      type: 'karang_taruna', name: 'Karang Taruna Senam Pagi', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'seluruh desa', members: '20', ketua: 'Mas Eko', phone: '0812-3456-7890',
    });
    await send('menu');
    expect(allText(await send('catat kegiatan'))).toContain('Kapan kegiatan');
    const said = allText(await send('catet kegiatan senam lansia bareng posyandu anggrek sabtu kmrn'));
    expect(said).toContain('jenis: Kesehatan/posyandu');
    expect(said).toContain('Tanggal: 5 Desember 2026');
    expect(said).toContain('Bersama: posyandu anggrek');
    expect(said).toContain('Ceritakan singkat kegiatannya');
  });
});
