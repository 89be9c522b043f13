/**
 * A file sent at the main menu in web chat: a photo is thanked and told where photos are kept;
 * a file that is no photo (a PDF, text named .jpg) is told so, in the person's language, never
 * thanked "for the photo". Nothing is stored either way.
 */
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
});
