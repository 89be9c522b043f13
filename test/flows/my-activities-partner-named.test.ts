/**
 * 📒 Kegiatan saya, an activity named by the group it was done with: "kegiatan sama karang
 * taruna kemarin" and "yang dengan posyandu anggrek" were refused ("nomor atau tombol
 * kegiatan"; only an activity's kind or date was read, and "posyandu" opened whichever
 * activity was of the Kesehatan/posyandu kind). The partner's name now finds it, the day or
 * kind said beside it narrowing it down, and the partner's leader finds it by the reporter.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { NewActivity } from '../../src/domain/model/activities.js';
import type { NewGroup } from '../../src/domain/model/groups.js';
import { createAppTransactionRunner } from '../../src/storage/app-tx.js';
import { allText, createTestStore, manualClock, startTestBot, type TestBot, type TestStore } from '../support/bot.js';
import { createGroup } from '../support/create-group.js';
import { describeEachDatabase } from '../support/databases.js';
import { chattingLeaders, seededGroup } from '../support/seeded-leaders.js';

const PANGGUNGHARJO = '34.02.15.2004';

describeEachDatabase('an activity named by its partner group in Kegiatan saya', (kind) => {
  let store: TestStore;
  let bot: TestBot;
  // Monday 7 December 2026, 10:00 WIB: "kemarin" is the 6th.
  const clock = manualClock('2026-12-07T03:00:00Z');
  const ids = { ani: '', budi: '', pkk: '', karangTaruna: '', posyandu: '', withKarangTaruna: '', earlierWithKarangTaruna: '', withPosyandu: '', withBoth: '' };

  beforeAll(async () => {
    store = await createTestStore(kind);
    bot = await startTestBot(store, { clock });
    Object.assign(ids, await chattingLeaders(bot, ['ani', 'budi'], clock()));
    await createAppTransactionRunner(bot.bot.database.prisma, clock).transaction(async (tx) => {
      const group = (type: NewGroup['type'], name: string) => seededGroup(type, name, PANGGUNGHARJO);
      ids.pkk = (await createGroup(tx.groups, group('pkk', 'PKK Dusun Mancasan'), 'pkk dusun mancasan', ids.ani, clock())).id;
      ids.karangTaruna = (await createGroup(tx.groups, group('karang_taruna', 'Karang Taruna Tunas Muda'), 'karang taruna tunas muda', ids.budi, clock())).id;
      ids.posyandu = (await createGroup(tx.groups, group('posyandu', 'Posyandu Anggrek'), 'posyandu anggrek', ids.ani, clock())).id;
      const logged = async (date: string, category: NewActivity['category'], partners: string[], description = 'kegiatan bersama warga') =>
        (await tx.activities.create({ date, category, description, villageCode: PANGGUNGHARJO, ownGroupId: ids.pkk, partnerGroupIds: partners, beneficiaries: {}, photoRef: null }, ids.ani, clock())).id;
      ids.withKarangTaruna = await logged('2026-12-06', 'kerja_bakti', [ids.karangTaruna]);
      ids.withPosyandu = await logged('2026-12-05', 'layanan_kesehatan', [ids.posyandu]);
      ids.withBoth = await logged('2026-12-03', 'layanan_kesehatan', [ids.karangTaruna, ids.posyandu]);
      ids.earlierWithKarangTaruna = await logged('2026-12-01', 'lainnya', [ids.karangTaruna]);
      // Two on one day of one kind with the same partners (none): only their words tell them apart.
      await logged('2026-11-28', 'bantuan_lansia', [], 'Senam lansia di balai RW 03 bersama kader');
      await logged('2026-11-28', 'bantuan_lansia', [], 'Cek tensi lansia keliling dusun');
    });
    clock.advance(60_000);
  });
  afterAll(async () => {
    await bot?.close();
    await store?.dispose();
  });

  /** The details shown for `typed` at Ani's list, opened afresh. */
  async function opened(typed: string): Promise<string> {
    await bot.send('ani', 'kegiatan saya');
    return allText(await bot.send('ani', typed));
  }

  it('finds the one done with the group named, the day said beside it narrowing it down', async () => {
    const yesterday = await opened('kegiatan sama karang taruna kemarin');
    expect(yesterday).toContain('📒 6 Desember 2026 · Kerja bakti/gotong royong');
    const third = await opened('yg bareng karang taruna tgl 3');
    expect(third).toContain('📒 3 Desember 2026 · Kesehatan/posyandu');
  });

  it('takes the one done with exactly the group named when others also had it', async () => {
    const details = await opened('yang dengan posyandu anggrek');
    expect(details).toContain('📒 5 Desember 2026 · Kesehatan/posyandu');
    expect(details).toContain('Kelompok lain: Posyandu Anggrek');
  });

  it('says which numbers fit when several do', async () => {
    expect(await opened('yang sama karang taruna')).toContain('Karang Taruna Tunas Muda ada di kegiatan nomor 1, 3, dan 4');
  });

  it('tells two of one day and kind apart in the list, by partners or the start of their words', async () => {
    const list = allText(await bot.send('ani', 'kegiatan saya'));
    // 5 and 3 December are both Kesehatan/posyandu but on other days: nothing added.
    expect(list).not.toContain('kegiatan bersama warga');
    expect(list).toContain('28 November 2026 · Bantuan lansia (PKK Dusun Mancasan)\n   “Senam lansia di balai RW 03…”');
    expect(list).toContain('“Cek tensi lansia keliling dusun”');
    // Named by those words, as shown: that one opens (was "nomor atau tombol kegiatan").
    expect(allText(await bot.send('ani', 'yg cek tensi'))).toContain('Cek tensi lansia keliling dusun\n');
  });

  it('lets the partner\'s leader find it by the group that reported it', async () => {
    await bot.send('budi', 'kegiatan saya');
    const details = allText(await bot.send('budi', 'kegiatan sama pkk dusun mancasan kemarin'));
    expect(details).toContain('📒 6 Desember 2026 · Kerja bakti/gotong royong');
  });
});
