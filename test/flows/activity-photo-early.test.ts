/**
 * A photo sent before the activity's summary (the step that invites photos) was refused
 * ("foto atau berkas tidak bisa saya pakai untuk pertanyaan ini (tidak saya simpan)") and
 * thrown away; people send the photo whenever they have it. It is now kept as a draft of the
 * activity being logged, said so, and the same question asked again; the summary counts it,
 * the per-activity limit of three still holds, and saving attaches them. Through the web chat
 * upload (POST /webchat/photos) with real image bytes.
 */
import { expect, it } from 'vitest';
import { allText, type Reply } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { answerRegistration } from '../support/register-group.js';
import { jpegWithGps, NOT_AN_IMAGE, png } from '../support/test-images.js';
import { useTestBot } from '../support/use-test-bot.js';

const PANGGUNGHARJO = '34.02.15.2004';
const NO_DATA = { data: true } as const;

describeEachDatabase('a photo sent before the activity summary', (kind) => {
  const bot = useTestBot(kind);

  async function register(user: string, type: string, name: string, ketua: string) {
    const send = (input: string | { button: string }) => bot.send(user, input);
    return answerRegistration(send, await send('daftar'), {
      type, name, villageQuery: 'panggungharjo', villageCode: PANGGUNGHARJO, unit: 'seluruh desa', members: '20', ketua, phone: '0812-3456-7890',
    });
  }

  async function upload(user: string, body: Buffer): Promise<string> {
    const userId = await bot.users.userId(user);
    const response = await bot.bot.app.inject({
      method: 'POST',
      url: `/webchat/photos?userId=${encodeURIComponent(userId)}`,
      headers: { 'content-type': 'application/octet-stream' },
      payload: body,
    });
    expect(response.statusCode).toBe(200);
    return allText((response.json() as { replies: Reply[] }).replies);
  }

  it('keeps it for the activity, asks the same question again, and counts it at the summary', async () => {
    await register('early-partner', 'pkk', 'PKK Melati Foto', 'Bu Sari');
    await register('early', 'karang_taruna', 'Karang Taruna Foto Awal', 'Mas Eko');
    const send = (input: string | { button: string }) => bot.send('early', input);
    const personId = (await bot.bot.database.prisma.channelIdentity.findFirstOrThrow({ where: { channel: 'webchat', externalId: await bot.users.externalId('early') } })).personId;
    const drafts = () => bot.bot.database.prisma.activityPhoto.count({ where: { senderId: personId, activityId: null } });

    await send('menu');
    await send('catat kegiatan bersama');
    await send('kemarin');
    await send({ button: 'category:bantuan_lansia' });
    const partners = allText(await send('Senam lansia bersama di balai desa'));
    expect(partners).toContain('Apakah PKK Melati Foto ikut');

    // At the partners' question: kept, said so, the same question again.
    const atPartners = await upload('early', await jpegWithGps(1200, 900));
    expect(atPartners).toContain('Foto disimpan untuk kegiatan ini (1/3)');
    expect(atPartners).toContain('Apakah PKK Melati Foto ikut');
    expect(atPartners).not.toContain('tidak saya simpan');
    expect(await drafts()).toBe(1);

    const beneficiaries = allText(await send('ya'));
    expect(beneficiaries).toContain('Siapa penerima manfaatnya?');
    // A file that is no photo is still refused with its reason, and the question goes on.
    const notPhoto = await upload('early', NOT_AN_IMAGE);
    expect(notPhoto).toContain('bukan foto');
    expect(notPhoto).toContain('Siapa penerima manfaatnya?');
    expect(await upload('early', await png(400, 300))).toContain('Foto disimpan untuk kegiatan ini (2/3)');
    const third = await upload('early', await png(300, 300));
    expect(third).toContain('Foto disimpan untuk kegiatan ini (3/3)');
    expect(third).toContain('Siapa penerima manfaatnya?');
    // A fourth: the limit of one activity holds, nothing more is stored.
    const fourth = await upload('early', await png(200, 200));
    expect(fourth).toContain('Sudah ada 3 foto');
    expect(fourth).toContain('Siapa penerima manfaatnya?');
    expect(await drafts()).toBe(3);

    // The summary counts them as sent already.
    const summary = allText(await send('20 lansia'));
    expect(summary).toContain('Foto: 3 dari 3');
    expect(summary).not.toContain('Ada foto kegiatan?');
    expect(allText(await send({ button: 'save' }))).toContain('Kegiatan sudah dicatat');
    const photos = await bot.bot.database.prisma.activityPhoto.findMany({ where: { senderId: personId }, omit: NO_DATA });
    expect(photos).toHaveLength(3);
    const activityId = photos[0]!.activityId;
    expect(activityId).not.toBeNull();
    expect(photos.every((photo) => photo.activityId === activityId)).toBe(true);
    expect(await drafts()).toBe(0);
  });

  it('keeps one sent at the description, offers to add more at the summary, and keeps them all on kembali', async () => {
    await register('early-two', 'karang_taruna', 'Karang Taruna Foto Dua', 'Mas Dwi');
    const send = (input: string | { button: string }) => bot.send('early-two', input);
    await send('menu');
    await send('catat kegiatan bersama');
    await send('kemarin');
    expect(allText(await send({ button: 'category:kerja_bakti' }))).toContain('Ceritakan singkat kegiatannya');
    const kept = await upload('early-two', await png(500, 400));
    expect(kept).toContain('Foto disimpan untuk kegiatan ini (1/3)');
    expect(kept).toContain('Ceritakan singkat kegiatannya');
    await send('Kerja bakti membersihkan selokan');
    await send({ button: 'partners:done' });
    const summary = allText(await send({ button: 'pmks:done' }));
    expect(summary).toContain('Foto: 1 dari 3. Boleh kirim foto lain.');
    expect(await upload('early-two', await png(600, 400))).toContain('Foto diterima (2/3)');

    // "kembali" from the summary, and further back past where the first was sent, keeps both
    // with the activity (they were dropped: the step went back to its data from before them).
    await send('kembali');
    expect(allText(await send({ button: 'pmks:done' }))).toContain('Foto: 2 dari 3');
    await send('kembali');
    await send('kembali');
    await send('kembali');
    await send('Kerja bakti membersihkan selokan dan parit');
    await send({ button: 'partners:done' });
    expect(allText(await send({ button: 'pmks:done' }))).toContain('Foto: 2 dari 3');
    expect(allText(await send({ button: 'save' }))).toContain('Kegiatan sudah dicatat');
    const personId = (await bot.bot.database.prisma.channelIdentity.findFirstOrThrow({ where: { channel: 'webchat', externalId: await bot.users.externalId('early-two') } })).personId;
    const photos = await bot.bot.database.prisma.activityPhoto.findMany({ where: { senderId: personId }, omit: NO_DATA });
    expect(photos.map((photo) => photo.activityId !== null)).toEqual([true, true]);
  });
});
