/**
 * A partner group's "no" seen by the reporter in 📒 Kegiatan saya: the activity said
 * "🕒 menunggu verifikasi petugas" and "Kelompok lain: –" with no word of the decline. Now
 * the list and the details say which group declined, and the details that the activity does
 * not count as a joint one.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { NewActivity } from '../../src/domain/model/activities.js';
import type { NewGroup } from '../../src/domain/model/groups.js';
import { createAppTransactionRunner } from '../../src/storage/app-tx.js';
import { allText, createTestStore, manualClock, startTestBot, type TestBot, type TestStore } from '../support/bot.js';
import { createGroup } from '../support/create-group.js';
import { describeEachDatabase } from '../support/databases.js';
import { seedConsent } from '../support/seed-consent.js';

const PANGGUNGHARJO = '34.02.15.2004';

describeEachDatabase('a partner\'s decline in Kegiatan saya', (kind) => {
  let store: TestStore;
  let bot: TestBot;
  const clock = manualClock('2026-12-07T03:00:00Z');
  const ids = { ani: '', budi: '', arisan: '', posyandu: '', activity: '' };

  beforeAll(async () => {
    store = await createTestStore(kind);
    bot = await startTestBot(store, { clock });
    for (const name of ['ani', 'budi'] as const) {
      await bot.send(name, 'halo');
      ids[name] = (await bot.bot.database.prisma.channelIdentity.findFirstOrThrow({ where: { externalId: await bot.users.externalId(name) } })).personId;
    }
    await seedConsent(bot.bot.database.prisma, [ids.ani, ids.budi], clock());
    const { onActivityLogged } = await import('../../src/domain/alerts/event-alerts.js');
    await createAppTransactionRunner(bot.bot.database.prisma, clock).transaction(async (tx) => {
      const group = (type: NewGroup['type'], name: string): NewGroup => ({
        type, typeOther: null, name, villageCode: PANGGUNGHARJO, unit: { rw: 4, rt: 0, dusun: '' }, memberCount: 20, foundedYear: null, meetingSchedule: null, ketuaName: 'Bu Ketua', ketuaPhone: '+6281200000001',
      });
      ids.arisan = (await createGroup(tx.groups, group('arisan', 'Arisan Melati'), 'arisan melati', ids.ani, clock())).id;
      ids.posyandu = (await createGroup(tx.groups, group('posyandu', 'Posyandu Mawar'), 'posyandu mawar', ids.budi, clock())).id;
      const activity: NewActivity = {
        date: '2026-12-05', category: 'kerja_bakti', description: 'Kerja bakti bersih selokan', villageCode: PANGGUNGHARJO,
        ownGroupId: ids.arisan, partnerGroupIds: [ids.posyandu], beneficiaries: {}, photoRef: null,
      };
      ids.activity = (await tx.activities.create(activity, ids.ani, clock())).id;
      await onActivityLogged(tx, ids.activity, [ids.posyandu], ids.ani, false, clock());
    });
    clock.advance(60_000);
  });
  afterAll(async () => {
    await bot?.close();
    await store?.dispose();
  });

  it('says who declined and that it is not a joint activity', async () => {
    await bot.send('budi', 'konfirmasi');
    await bot.send('budi', { button: 'decline' });
    await bot.send('ani', 'menu');
    const list = allText(await bot.send('ani', { button: 'menu:activities' }));
    expect(list).toContain('❌ ditolak oleh Posyandu Mawar');
    const details = allText(await bot.send('ani', { button: `act:${ids.activity}` }));
    expect(details).toContain('❌ Ditolak oleh Posyandu Mawar');
    expect(details).toContain('tidak dihitung sebagai kegiatan bersama');
  });
});
