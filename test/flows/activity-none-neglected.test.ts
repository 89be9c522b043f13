/**
 * Through the web chat, as a leader logging a posyandu's elderly exercise: "30 lansia" at the
 * beneficiaries' question is told that elderly served as usual are no PMKS ("bila bukan, tekan
 * ⏭️ Tidak ada"), and the answer to that in words, "ga ada yg terlantar", was refused ("Saya
 * belum bisa membaca kategori dan jumlahnya"). It is now the ⏭️ Tidak ada it means.
 */
import { expect, it } from 'vitest';
import { allText } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { answerRegistration } from '../support/register-group.js';
import { useTestBot } from '../support/use-test-bot.js';

const PANGGUNGHARJO = '34.02.15.2004';

describeEachDatabase('"none of them neglected" at the beneficiaries\' question', (kind) => {
  const bot = useTestBot(kind);

  it('goes on to the summary with no beneficiaries', async () => {
    const send = (input: string | { button: string }) => bot.send('senam-lansia', input);
    await answerRegistration(send, await send('daftar'), {
      type: 'posyandu', name: 'Posyandu Kenanga Asri', villageQuery: 'panggungharjo', villageCode: PANGGUNGHARJO, unit: 'seluruh desa', members: '20', ketua: 'Bu Wati', phone: '0812-3456-7890',
    });
    await send('menu');
    await send('catat kegiatan');
    await send('kemarin');
    await send({ button: 'category:layanan_kesehatan' });
    await send('Senam pagi untuk lansia di balai dusun');
    await send({ button: 'partners:done' });
    expect(allText(await send('30 lansia'))).toContain('tekan ⏭️ Tidak ada');
    const summary = allText(await send('ga ada yg terlantar'));
    expect(summary).toContain('Penerima manfaat: tidak ada');
    expect(summary).toContain('Simpan?');
  });
});
