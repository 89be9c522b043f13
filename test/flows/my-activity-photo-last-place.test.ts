/**
 * Through the web chat, on a real database: a leader at 📷 Tambah foto of an activity with one
 * free photo place left uploads from two tabs at once (one session, one conversation). Exactly
 * one photo lands; the other upload is told politely that the activity has no room left, as a
 * photo sent to a full activity is, not refused as an answer the screen does not take (was
 * "Maaf, foto atau berkas tidak bisa saya pakai untuk pertanyaan ini"); so is 📷 Tambah foto
 * pressed again in that tab.
 */
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { expect, it } from 'vitest';
import { MAX_PHOTOS_PER_ACTIVITY } from '../../src/core/media.js';
import { loggedWithPartner, registeredLeader } from '../support/activity-chat.js';
import { allText, buttonIds, buttonLabelled, type Reply } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import type { Send } from '../support/register-group.js';
import { useTestBot } from '../support/use-test-bot.js';

/** A small real JPEG of one colour, each upload its own. */
function jpeg(red: number): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: { r: red, g: 90, b: 40 } } }).jpeg().toBuffer();
}

describeEachDatabase('the last free photo place taken from two tabs at once', (kind) => {
  const bot = useTestBot(kind);
  const chat = (user: string): Send => (input) => bot.send(user, input);
  const leader = chat('last-place-leader');
  const partner = chat('last-place-partner');

  /** The photo uploaded as the web chat page does (POST /webchat/photos), with its own message id. */
  async function upload(body: Buffer): Promise<Reply[]> {
    const userId = await bot.users.userId('last-place-leader');
    const url = `/webchat/photos?userId=${encodeURIComponent(userId)}&messageId=${randomUUID()}`;
    const response = await bot.bot.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/octet-stream' }, payload: body });
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { replies: Reply[] }).replies;
  }

  /** 📷 Tambah foto of the (only) activity, opened from the menu: its photo question. */
  async function askForPhoto(): Promise<Reply[]> {
    const list = await leader({ button: 'menu:activities' });
    const item = buttonIds(list).find((id) => id.startsWith('act:'))!;
    const details = await leader({ button: item });
    return leader({ button: buttonLabelled(details, 'Tambah foto') });
  }

  it('lands exactly one of two photos sent at once for the last place; the other is told there is no room', async () => {
    await registeredLeader(leader, 'karang_taruna', 'Karang Taruna Foto Terakhir');
    await registeredLeader(partner, 'pkk', 'PKK Foto Terakhir');
    await loggedWithPartner(leader, 'PKK Foto Terakhir', 'kerja_bakti', 'Kerja bakti saluran air, fotonya nyusul');

    // All places but the last taken, one at a time.
    for (let taken = 1; taken < MAX_PHOTOS_PER_ACTIVITY; taken++) {
      expect(allText(await askForPhoto())).toContain('Kirim fotonya sekarang');
      expect(allText(await upload(await jpeg(40 * taken)))).toContain(`📷 Foto ditambahkan (${taken}/${MAX_PHOTOS_PER_ACTIVITY})`);
      await leader('menu');
    }
    // Both tabs show the photo question; each sends a photo at the same moment.
    expect(allText(await askForPhoto())).toContain('Kirim fotonya sekarang');
    const answers = (await Promise.all([upload(await jpeg(200)), upload(await jpeg(230))])).map(allText);

    const landed = answers.filter((text) => text.includes(`📷 Foto ditambahkan (${MAX_PHOTOS_PER_ACTIVITY}/${MAX_PHOTOS_PER_ACTIVITY})`));
    const full = answers.filter((text) => text.includes(`Sudah ada ${MAX_PHOTOS_PER_ACTIVITY} foto, batas untuk satu kegiatan.`));
    expect(landed, answers.join('\n=====\n')).toHaveLength(1);
    expect(full, answers.join('\n=====\n')).toHaveLength(1);
    // Told, not refused: no "answer not understood" for the photo that found no room.
    expect(full[0]).not.toMatch(/belum bisa saya pakai|tidak saya pahami|Maaf/iu);
    // 📷 Tambah foto pressed in the tab whose photo found no room (its screen still shows it): said the same.
    const pressed = allText(await leader({ button: 'addPhoto' }));
    expect(pressed).toContain(`Sudah ada ${MAX_PHOTOS_PER_ACTIVITY} foto, batas untuk satu kegiatan.`);
    expect(pressed).not.toContain('Kirim fotonya sekarang');
    const prisma = bot.bot.database.prisma;
    const activity = await prisma.activity.findFirstOrThrow({ where: { description: { contains: 'saluran air' } }, select: { id: true } });
    expect(await prisma.activityPhoto.count({ where: { activityId: activity.id } })).toBe(MAX_PHOTOS_PER_ACTIVITY);
  });
});
