/**
 * 📥 Konfirmasi with two requests waiting, answered in words that name the activity first:
 * "yg kerja bakti itu bener kok bu" and "yg tgl 3 itu kami cuma bantu angkat2 aja sih, tapi
 * iya ikut" were refused ("jawaban itu belum bisa saya pakai"). The activity the words name
 * (by its description, kind or date) is the one answered, yes read after it.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { allText, createTestStore, manualClock, startTestBot, type TestBot, type TestStore } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { partnerRequests } from '../support/partner-requests.js';

describeEachDatabase('a confirmation answered by naming the activity', (kind) => {
  let store: TestStore;
  let bot: TestBot;
  const clock = manualClock('2026-12-07T03:00:00Z');
  const activities: Record<string, string> = {};
  let posyanduId = '';

  beforeAll(async () => {
    store = await createTestStore(kind);
    bot = await startTestBot(store, { clock });
    const seeded = await partnerRequests(bot, clock, [
      { date: '2026-12-03', category: 'layanan_kesehatan', description: 'Penyuluhan gizi balita di balai RW' },
      { date: '2026-12-05', category: 'kerja_bakti', description: 'Kerja bakti bersih selokan' },
    ]);
    posyanduId = seeded.posyanduId;
    activities['2026-12-03'] = seeded.activityIds[0]!;
    activities['2026-12-05'] = seeded.activityIds[1]!;
    clock.advance(60_000);
  });
  afterAll(async () => {
    await bot?.close();
    await store?.dispose();
  });

  /** The partner's answer recorded for the activity of `date` (null: none yet). */
  async function answerOf(date: string): Promise<string | null> {
    const row = await bot.bot.database.prisma.activityParticipant.findUnique({ where: { activityId_groupId: { activityId: activities[date]!, groupId: posyanduId } } });
    return row?.status ?? null;
  }

  it('answers the one named by its kind, though another is shown', async () => {
    expect(allText(await bot.send('budi', 'konfirmasi'))).toContain('Menunggu jawaban Anda: 2');
    const reply = allText(await bot.send('budi', 'yg kerja bakti itu bener kok bu'));
    expect(reply).toContain('Jawaban Anda dicatat: ya');
    expect(reply).toContain('Menunggu jawaban Anda: 1');
    expect(await answerOf('2026-12-05')).toBe('confirmed');
    expect(await answerOf('2026-12-03')).toBe('pending');
  });

  it('answers the one named by its date, yes said after a but', async () => {
    const reply = allText(await bot.send('budi', 'yg tgl 3 itu kami cuma bantu angkat2 aja sih, tapi iya ikut'));
    expect(reply).toContain('Jawaban Anda dicatat: ya');
    expect(await answerOf('2026-12-03')).toBe('confirmed');
  });
});
