/**
 * A file sent at the main menu in web chat: a photo is thanked and told where photos are kept;
 * a file that is no photo (a PDF, text named .jpg) is told so, in the person's language, never
 * thanked "for the photo". Nothing is stored either way.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { allText, type Reply } from '../../support/bot.js';
import { NOT_AN_IMAGE, PDF, png } from '../../support/test-images.js';
import { useTestBot } from '../../support/use-test-bot.js';

describe('a file sent at the menu [postgres]', () => {
  const bot = useTestBot('postgres');

  async function upload(user: string, body: Buffer, contentType = 'application/octet-stream'): Promise<string> {
    const userId = await bot.users.userId(user);
    const response = await bot.bot.app.inject({ method: 'POST', url: `/webchat/photos?userId=${encodeURIComponent(userId)}`, headers: { 'content-type': contentType }, payload: body });
    expect(response.statusCode).toBe(200);
    return allText((response.json() as { replies: Reply[] }).replies);
  }

  it('says a file is no photo (was thanked for the photo), and thanks a photo, in Indonesian and English', async () => {
    await bot.send('sri', 'halo');
    for (const [body, type] of [[PDF, 'application/pdf'], [NOT_AN_IMAGE, 'image/jpeg']] as const) {
      const answer = await upload('sri', body, type);
      expect(answer).toContain('berkas itu bukan foto');
      expect(answer).not.toContain('Terima kasih fotonya');
    }
    expect(await upload('sri', await png(20, 20))).toContain('Terima kasih fotonya');

    await bot.send('john', 'english');
    expect(await upload('john', PDF, 'application/pdf')).toContain('that file is not a photo');
    expect(await upload('john', await png(20, 20))).toContain('Thank you for the photo');
    expect(await bot.bot.database.prisma.activityPhoto.count()).toBe(0);
  });

  it('says a file over 5 MB is no photo when it is none (was thanked for the photo), and a real image that large is still a photo', async () => {
    await bot.send('budi', 'halo');
    const big = (head: Buffer) => Buffer.concat([head, Buffer.alloc(6 * 1024 * 1024, 0x20)]);
    const pdf = await upload('budi', big(PDF), 'application/pdf');
    expect(pdf).toContain('berkas itu bukan foto');
    expect(pdf).not.toContain('Terima kasih fotonya');
    // Without a declared length the body is read until it is over the limit: the same answer.
    const userId = await bot.users.userId('budi');
    const chunked = await bot.bot.app.inject({
      method: 'POST', url: `/webchat/photos?userId=${encodeURIComponent(userId)}`,
      headers: { 'content-type': 'application/octet-stream', 'transfer-encoding': 'chunked' }, payload: Readable.from([PDF, Buffer.alloc(6 * 1024 * 1024, 0x20)]),
    });
    expect(allText((chunked.json() as { replies: Reply[] }).replies)).toContain('berkas itu bukan foto');
    // A JPEG that large is a photo (too large to keep): thanked and told where photos go.
    expect(await upload('budi', big(Buffer.from([0xff, 0xd8, 0xff, 0xe0])), 'image/jpeg')).toContain('Terima kasih fotonya');
  });
});
