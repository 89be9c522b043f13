/**
 * Leaders kept informed (issue #11), end to end through the composition root and the fake
 * Telegram Bot API: a partner group confirms or declines a joint activity and a relation,
 * a co-leader is approved, and the desa's level goes up; the leaders concerned hear it on
 * their own chat, never between 21:00 and 06:00 WIB (held, then sent in the morning).
 * Groups, the activity and the requests are seeded through the repositories (the journey
 * to them has its own tests); every answer is given through the chat.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { NewGroup } from '../../src/domain/model/groups.js';
import { EventBus } from '../../src/core/events.js';
import { domainSubscriptions } from '../../src/domain/assistant.js';
import { refreshArea } from '../../src/domain/status/refresh-area.js';
import { statusThresholds } from '../../src/config/config.js';
import type { Bot } from '../../src/main.js';
import { createAppTransactionRunner, type PrismaAppTx } from '../../src/storage/app-tx.js';
import { startComposedTelegramBot } from '../channels/telegram/telegram-test-bot.js';
import { createTestStore, manualClock, type TestStore } from '../support/bot.js';
import { createGroup } from '../support/create-group.js';
import { describeEachDatabase } from '../support/databases.js';
import { deliverOutbox } from '../support/deliver-outbox.js';
import { seedConsent } from '../support/seed-consent.js';
import { FakeTelegram, sentText, type TelegramTestUser } from '../support/fake-telegram.js';

const PANGGUNGHARJO = '34.02.15.2004';

describeEachDatabase('leaders informed through the outbox', (kind) => {
  let store: TestStore;
  let fake: FakeTelegram;
  let bot: Bot;
  // 21:30 in Jakarta: inside the leaders' night.
  const clock = manualClock('2026-11-20T14:30:00Z');
  let ani: TelegramTestUser;
  let budi: TelegramTestUser;
  let citra: TelegramTestUser;
  const ids = { ani: '', budi: '', citra: '', arisan: '', posyandu: '', activity: '', relation: '' };

  beforeAll(async () => {
    store = await createTestStore(kind);
    fake = await FakeTelegram.start();
    const composed = await startComposedTelegramBot(store, fake, {
      clock,
      // Two groups of two types make Rintisan; one confirmed relation linking both makes Tumbuh.
      env: { STATUS_MIN_ACTIVE_GROUPS: '2', STATUS_MIN_GROUP_TYPES: '2', STATUS_MIN_RELATIONS: '1', STATUS_MIN_LINKED_PERCENT: '100' },
    });
    bot = composed.bot;
    const user = composed.user;
    ani = user({ id: 710001, firstName: 'Bu Ani' });
    budi = user({ id: 710002, firstName: 'Pak Budi' });
    citra = user({ id: 710003, firstName: 'Mbak Citra' });
    // Each says hello first: the bot then knows them as people with a Telegram chat.
    for (const [name, who] of [['ani', ani], ['budi', budi], ['citra', citra]] as const) {
      await who.say('halo');
      ids[name] = (await bot.database.prisma.channelIdentity.findFirstOrThrow({ where: { externalId: String(who.user.id) } })).personId;
    }
    // Seeded as the leaders they are: they agreed to the notice when registering their groups.
    await seedConsent(bot.database.prisma, [ids.ani, ids.budi, ids.citra], clock());
    const thresholds = statusThresholds(composed.config);
    await transaction(async (tx) => {
      const now = clock();
      const group = (type: NewGroup['type'], name: string): NewGroup => ({
        type,
        typeOther: null,
        name,
        villageCode: PANGGUNGHARJO,
        unit: { rw: 4, rt: 0, dusun: '' },
        memberCount: 20,
        foundedYear: null,
        meetingSchedule: null,
        ketuaName: 'Bu Ketua',
        ketuaPhone: '+6281200000001',
      });
      ids.arisan = (await createGroup(tx.groups, group('arisan', 'Arisan Melati'), 'arisan melati', ids.ani, now)).id;
      ids.posyandu = (await createGroup(tx.groups, group('posyandu', 'Posyandu Mawar'), 'posyandu mawar', ids.budi, now)).id;
      // The first record of the desa (Rintisan) is not a change.
      await refreshArea({ tx, now, emit: new EventBus<PrismaAppTx>(domainSubscriptions(thresholds)).emitter(tx, now) }, { villageCode: PANGGUNGHARJO }, thresholds);
      const relation = await tx.relations.declare(ids.arisan, ids.posyandu, 'shared_meetings', ids.ani, now);
      if (relation.kind !== 'created') throw new Error('expected a new relation');
      ids.relation = relation.id;
      ids.activity = (
        await tx.activities.create(
          {
            date: '2026-11-15',
            category: 'kerja_bakti',
            description: 'Kerja bakti bersih selokan',
            villageCode: PANGGUNGHARJO,
            ownGroupId: ids.arisan,
            partnerGroupIds: [ids.posyandu],
            beneficiaries: {},
            photoRef: null,
          },
          ids.ani,
          now,
        )
      ).id;
      expect(await tx.groups.requestCoLeader(ids.arisan, ids.citra, now)).toBe(true);
    });
  });
  afterAll(async () => {
    await bot?.close();
    await fake?.close();
    await store?.dispose();
  });

  function transaction<T>(fn: (tx: PrismaAppTx) => Promise<T>): Promise<T> {
    return createAppTransactionRunner(bot.database.prisma, clock).transaction(fn);
  }

  const deliver = () => deliverOutbox(bot, clock);

  it('holds the notices of answers given at night, and sends them at 06:00 WIB', async () => {
    const aniBefore = ani.history.length;
    const citraBefore = citra.history.length;
    // A minute after the activity was logged (the reporting group is the one confirmed first).
    clock.advance(60_000);
    // Budi answers his inbox: the relation first, then the activity.
    await budi.say('konfirmasi');
    expect(sentText(budi.history.slice(-1))).toContain('Arisan Melati');
    expect(sentText(await budi.press('✅ Ya, benar'))).toContain('Menunggu jawaban Anda: 1');
    expect(sentText(await budi.press('✅ Ya, benar'))).toContain('Tidak ada');
    // Ani approves Citra as co-leader.
    await ani.say('konfirmasi');
    expect(sentText(ani.history.slice(-1))).toContain('Arisan Melati');
    await ani.press('✅ Ya, benar');
    await deliver();
    const aniNow = ani.history.length;
    expect(sentText(ani.history.slice(aniBefore))).not.toContain('mengonfirmasi');
    expect(citra.history.length).toBe(citraBefore);
    const held = await bot.database.prisma.alert.findMany({ where: { kind: { startsWith: 'leader.' }, status: 'pending' } });
    expect(held.map((alert) => alert.kind).sort()).toEqual(['leader.answer', 'leader.answer', 'leader.coLeader', 'leader.level', 'leader.level']);

    // 06:01 WIB.
    clock.advance(8.5 * 3_600_000);
    await deliver();
    const told = sentText(ani.history.slice(aniNow));
    expect(told).toContain('Posyandu Mawar mengonfirmasi hubungan dengan Arisan Melati');
    expect(told).toContain('Posyandu Mawar mengonfirmasi ikut dalam kegiatan Arisan Melati (15 November 2026, Kerja bakti');
    // The level went up with the two groups linked: what stands now and the next step.
    expect(told).toContain('Tingkat WKSBM desa Anda naik');
    expect(told).toContain('🌿 Tumbuh');
    // The next steps, under the heading of #12's status reply (what is still missing to Aktif).
    expect(told).toContain('Yang masih kurang sampai Aktif');
    expect(told).toContain('• Catat 1 kegiatan bersama lagi.');
    expect(sentText(budi.history)).toContain('Tingkat WKSBM desa Anda naik');
    expect(sentText(citra.history.slice(citraBefore))).toContain('Permintaan Anda menjadi pengurus bersama Arisan Melati disetujui');
    // Budi answered: he is not told of his own answers.
    expect(sentText(budi.history)).not.toContain('Posyandu Mawar mengonfirmasi');
  });

  it('tells the reporting group when a partner declines, by day at once', async () => {
    const activity = await transaction(async (tx) =>
      tx.activities.create(
        {
          date: '2026-11-18',
          category: 'bantuan_lansia',
          description: 'Kunjungan lansia',
          villageCode: PANGGUNGHARJO,
          ownGroupId: ids.arisan,
          partnerGroupIds: [ids.posyandu],
          beneficiaries: {},
          photoRef: null,
        },
        ids.ani,
        clock(),
      ),
    );
    expect(activity.id).toBeTruthy();
    const aniBefore = ani.history.length;
    await budi.say('konfirmasi');
    await budi.press('❌ Tidak');
    await deliver();
    expect(sentText(ani.history.slice(aniBefore))).toContain('Posyandu Mawar menyatakan tidak ikut dalam kegiatan Arisan Melati');
  });
});
