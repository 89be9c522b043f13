/**
 * Through the web chat, as a leader logging a posyandu's elderly exercise: "30 lansia" at the
 * beneficiaries' question is told that elderly served as usual are no PMKS ("bila bukan, tekan
 * ⏭️ Tidak ada"), and the answer to that in words, "ga ada yg terlantar", was refused ("Saya
 * belum bisa membaca kategori dan jumlahnya"). It is now the ⏭️ Tidak ada it means.
 */
import { expect, it } from 'vitest';
import { allText } from '../support/bot.js';
import { atBeneficiaries, registeredLeader } from '../support/activity-chat.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('"none of them neglected" at the beneficiaries\' question', (kind) => {
  const bot = useTestBot(kind);

  it('goes on to the summary with no beneficiaries', async () => {
    const send = (input: string | { button: string }) => bot.send('senam-lansia', input);
    await registeredLeader(send, 'posyandu', 'Posyandu Kenanga Asri');
    await atBeneficiaries(send, 'layanan_kesehatan', 'Senam pagi untuk lansia di balai dusun');
    expect(allText(await send('30 lansia'))).toContain('tekan ⏭️ Tidak ada');
    const summary = allText(await send('ga ada yg terlantar'));
    expect(summary).toContain('Penerima manfaat: tidak ada');
    expect(summary).toContain('Simpan?');
  });
});
