/**
 * 📥 Konfirmasi, as a partner group's leader: "ntar dulu ya" at "Benar Posyandu Mawar ikut?"
 * (whose ⏭️ Nanti button sets a request aside) was read as a wait ("Baik, silakan, saya
 * tunggu") and the same request asked again, though "nanti dulu ya" was the Nanti it means.
 * The slang "ntar dulu" / "entar dulu" is now that Nanti too.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { NewGroup } from '../../src/domain/model/groups.js';
import { createAppTransactionRunner } from '../../src/storage/app-tx.js';
import { allText, createTestStore, manualClock, startTestBot, type TestBot, type TestStore } from '../support/bot.js';
import { createGroup } from '../support/create-group.js';
import { describeEachDatabase } from '../support/databases.js';
import { chattingLeaders, seededGroup } from '../support/seeded-leaders.js';

const PANGGUNGHARJO = '34.02.15.2004';

describeEachDatabase('a request set aside in slang at Konfirmasi', (kind) => {
  let store: TestStore;
  let bot: TestBot;
  const clock = manualClock('2026-12-07T03:00:00Z');

  beforeAll(async () => {
    store = await createTestStore(kind);
    bot = await startTestBot(store, { clock });
    const ids = await chattingLeaders(bot, ['ani', 'budi'], clock());
    const { onActivityLogged } = await import('../../src/domain/alerts/event-alerts.js');
    await createAppTransactionRunner(bot.bot.database.prisma, clock).transaction(async (tx) => {
      const group = (type: NewGroup['type'], name: string) => seededGroup(type, name, PANGGUNGHARJO);
      const arisan = (await createGroup(tx.groups, group('arisan', 'Arisan Melati'), 'arisan melati', ids.ani, clock())).id;
      const posyandu = (await createGroup(tx.groups, group('posyandu', 'Posyandu Mawar'), 'posyandu mawar', ids.budi, clock())).id;
      for (const date of ['2026-12-05', '2026-12-06']) {
        const activity = (await tx.activities.create({
          date, category: 'kerja_bakti', description: 'Kerja bakti bersih selokan', villageCode: PANGGUNGHARJO, ownGroupId: arisan, partnerGroupIds: [posyandu], beneficiaries: {}, photoRef: null,
        }, ids.ani, clock())).id;
        await onActivityLogged(tx, activity, [posyandu], ids.ani, false, clock());
      }
    });
    clock.advance(60_000);
  });
  afterAll(async () => {
    await bot?.close();
    await store?.dispose();
  });

  it('sets the request aside and shows the next one', async () => {
    expect(allText(await bot.send('budi', 'konfirmasi'))).toContain('Menunggu jawaban Anda: 2');
    const next = allText(await bot.send('budi', 'ntar dulu ya'));
    expect(next).not.toContain('saya tunggu');
    expect(next).toContain('Menunggu jawaban Anda: 1');
    expect(allText(await bot.send('budi', 'entar dulu'))).toContain('sisanya bisa dijawab nanti lewat menu Konfirmasi');
  });
});
