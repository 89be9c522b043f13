/**
 * Through the web chat: at the kind's question, "senam lansia bareng karang taruna" picked
 * Bantuan lansia in silence and asked for the description as if nothing had been said. The
 * kind is said back and the words offered as the description; one tap takes them, and the
 * summary shows both (changeable there as before). Senam lansia is Kesehatan/posyandu since
 * common activity words pick their kind (it was Bantuan lansia).
 */
import { expect, it } from 'vitest';
import { allText } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { answerRegistration } from '../support/register-group.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('a kind read from words at the kind\'s question', (kind) => {
  const bot = useTestBot(kind);

  it('is said back, and the words typed become the description with one tap', async () => {
    const send = (input: string | { button: string }) => bot.send('kind', input);
    await answerRegistration(send, await send('daftar'), {
      type: 'karang_taruna', name: 'Karang Taruna Jenis Kegiatan', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'seluruh desa', members: '20', ketua: 'Mas Eko', phone: '0812-3456-7890',
    });
    await send('menu');
    await send('catat kegiatan bersama');
    await send('kemarin');
    const asked = allText(await send('senam lansia bareng karang taruna'));
    expect(asked).toContain('Jenis kegiatan: Kesehatan/posyandu');
    expect(asked).toContain('“senam lansia bareng karang taruna”');
    expect(asked).toContain('Ceritakan singkat kegiatannya');
    await send({ button: 'description:typed' });
    await send({ button: 'partners:done' });
    const summary = allText(await send({ button: 'pmks:done' }));
    expect(summary).toContain('Kesehatan/posyandu');
    expect(summary).toContain('senam lansia bareng karang taruna');
  });

  it('reads the kind of a request that counts who was served ("posyandu lansia bareng pkk, 20 lansia"; the count made it no kind), and "td pagi" as today', async () => {
    const send = (input: string | { button: string }) => bot.send('kind-counted', input);
    await answerRegistration(send, await send('daftar'), {
      type: 'posyandu', name: 'Posyandu Lansia Sehat', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'seluruh desa', members: '20', ketua: 'Bu Tini', phone: '0812-3456-7891',
    });
    await send('menu');
    const asked = allText(await send('mau catat kegiatan kemarin, posyandu lansia bareng pkk, 20 lansia'));
    expect(asked).toContain('Mencatat kegiatan: Kesehatan/posyandu');
    // "td pagi" is "tadi pagi", today (the day was left to ask).
    const today = allText(await send('mau nyatet kegiatan bareng karang taruna td pagi, kerja bakti bersihin selokan'));
    expect(today).toMatch(/Mencatat kegiatan: Kerja bakti\/gotong royong, \d{1,2} \p{L}+ 20\d\d\?/u);
  });

  it('asks which kind fits "cek tensi lansia" (two named), not a desa\'s status asked (was searched as desa "tensi lansia", the activity left)', async () => {
    const send = (input: string | { button: string }) => bot.send('kind-check', input);
    await answerRegistration(send, await send('daftar'), {
      type: 'pkk', name: 'PKK Cek Tensi', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'seluruh desa', members: '20', ketua: 'Bu Tini', phone: '0812-3456-7892',
    });
    await send('menu');
    await send('catat kegiatan bersama');
    await send('kemarin');
    const asked = allText(await send('cek tensi lansia'));
    expect(asked).not.toContain('desa/kelurahan');
    expect(asked).toContain('Bantuan lansia atau Kesehatan/posyandu');
    expect(asked).toContain('Jenis kegiatannya apa?');
    expect(allText(await send('kesehatan'))).toContain('Ceritakan singkat kegiatannya');
  });
});

