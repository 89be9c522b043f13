/**
 * "ada kabar apa?", "ada info apa?", "ada yg baru?" from a leader a partner's confirmation waits
 * for: the news is first what waits for them (📥 Konfirmasi, the count the main menu shows),
 * with its button, then their groups. Before, only the group's screen was shown.
 */
import { expect, it } from 'vitest';
import { allText, buttonIds } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { usePartnerRequestsBot } from '../support/partner-requests.js';

describeEachDatabase('news asked by a leader with confirmations waiting', (kind) => {
  const bot = usePartnerRequestsBot(kind, ['2026-12-05', '2026-12-06'].map((date) => ({ date, category: 'kerja_bakti', description: 'Kerja bakti bersih selokan' })));

  it.each(['ada kabar apa?', 'ada info apa?', 'ada yg baru?'])('answers %j with what waits first, its button, then the groups', async (typed) => {
    await bot.send('budi', 'menu');
    const reply = await bot.send('budi', typed);
    const text = allText(reply);
    const waiting = text.indexOf('Ada 2 permintaan konfirmasi yang menunggu jawaban Anda');
    expect(waiting, text).toBeGreaterThanOrEqual(0);
    expect(buttonIds(reply)).toContain('menu:inbox');
    expect(text.indexOf('Posyandu Mawar'), text).toBeGreaterThan(waiting);
    expect(text).not.toContain('belum paham');
  });

  it('says nothing waits for a leader nothing waits for: only the groups, as before', async () => {
    await bot.send('ani', 'menu');
    const text = allText(await bot.send('ani', 'ada kabar apa?'));
    expect(text).toContain('Arisan Melati');
    expect(text).not.toContain('permintaan konfirmasi');
  });
});
