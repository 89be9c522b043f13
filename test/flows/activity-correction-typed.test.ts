/**
 * A rejected activity corrected in words where Kegiatan saya shows it: "jenisnya salah, harusnya
 * kesehatan" opens its correction with the kind changed (was "jawaban itu belum bisa saya pakai",
 * only ✏️ Perbaiki & kirim ulang understood), and at the correction's summary "lansianya bukan 25
 * tapi 20" changes that count before it is sent back.
 */
import { expect, it } from 'vitest';
import { createAppTransactionRunner } from '../../src/storage/app-tx.js';
import { allText, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { answerRegistration } from '../support/register-group.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('a rejected activity corrected in words', (kind) => {
  const clock = manualClock('2026-12-07T03:00:00Z');
  const bot = useTestBot(kind, { clock });

  it('makes the correction typed at the activity, then one typed at its summary, and sends it back', async () => {
    const send = (input: string | { button: string }) => bot.send('bu-sri', input);
    await answerRegistration(send, await send('daftar'), {
      type: 'posyandu', name: 'Posyandu Lansia Mawar', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RT 03 RW 05', members: '30', ketua: 'Bu Sri', phone: '0812 3344 5566',
    });
    const prisma = bot.bot.database.prisma;
    const group = await prisma.group.findFirstOrThrow({ where: { name: 'Posyandu Lansia Mawar' }, include: { leaders: true } });
    const leaderId = group.leaders[0]!.personId;
    const { id } = await createAppTransactionRunner(prisma, clock).transaction((tx) =>
      tx.activities.create(
        { date: '2026-12-05', category: 'bantuan_lansia', description: 'Senam lansia di balai dusun', villageCode: group.villageCode, ownGroupId: group.id, partnerGroupIds: [], beneficiaries: { '8': 25 }, photoRef: null },
        leaderId,
        clock(),
      ),
    );
    await prisma.activity.update({ where: { id }, data: { verification: 'rejected', rejectionReason: 'jenisnya harusnya kesehatan' } });

    await send('menu');
    await send('📒 Kegiatan saya');
    expect(allText(await send('1'))).toContain('ditolak petugas: jenisnya harusnya kesehatan');
    const kindFixed = allText(await send('jenisnya salah, harusnya kesehatan'));
    expect(kindFixed).not.toContain('belum bisa saya pakai');
    expect(kindFixed).toContain('jenis kegiatannya sudah diubah');
    expect(kindFixed).toContain('• Jenis: Kesehatan/posyandu');
    const countFixed = allText(await send('lansianya bukan 25 tapi 20'));
    expect(countFixed).toContain('• Penerima manfaat: Lansia terlantar 20');
    await send({ button: 'resubmit' });
    const row = await prisma.activity.findUniqueOrThrow({ where: { id }, include: { beneficiaries: true } });
    expect(row).toMatchObject({ verification: 'pending', category: 'layanan_kesehatan', rejectionReason: null });
    expect(row.beneficiaries.map(({ pmksCode, count }) => [pmksCode, count])).toEqual([[8, 20]]);
  });
});
