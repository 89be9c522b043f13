/**
 * Activity photos in storage, on both databases: drafts are attached to their sender's
 * activity only (at most three), and the personal-data rules remove them — erasure of the
 * sender, the retention purge for rejected activities and for drafts never saved.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PreparedPhoto } from '../../../src/core/media.js';
import { purgeExpired } from '../../../src/domain/privacy/retention-job.js';
import { readPhotoBytes } from '../../../src/storage/activities/photo-store.js';
import { PrismaAppTx } from '../../../src/storage/app-tx.js';
import { createTransactionRunner } from '../../../src/storage/transaction-runner.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';

const DAY = 24 * 3_600_000;

function photo(seed: number): PreparedPhoto {
  return { bytes: new Uint8Array([0xff, 0xd8, 0xff, seed, 0, 1, 2, 255]), mime: 'image/jpeg', width: 10, height: 8, gps: { latitude: -7.8, longitude: 110.4 } };
}

describeEachDatabase('activity photo storage and personal-data rules', (kind) => {
  let db: TestDatabase;
  const now = new Date('2026-11-20T03:00:00Z');
  const inTx = <T>(fn: (tx: PrismaAppTx) => Promise<T>) => createTransactionRunner(db.prisma, (tx) => new PrismaAppTx(tx)).transaction(fn);

  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await db?.close();
  });

  async function activity(reporterId: string, verification: 'pending' | 'rejected' = 'pending', verifiedAt: Date | null = null) {
    return db.prisma.activity.create({
      data: { date: new Date('2026-11-19'), category: 'kerja_bakti', description: 'Kerja bakti', villageCode: '34.02.15.2004', reporterId, verification, verifiedAt },
    });
  }

  it('stores drafts with their bytes, keeps the location only on request, and attaches only the sender\'s own, at most three', async () => {
    const sri = await db.prisma.person.create({ data: {} });
    const other = await db.prisma.person.create({ data: {} });
    const drafts = await inTx(async (tx) => [
      await tx.photos.addDraft(sri.id, photo(1), false, now),
      await tx.photos.addDraft(sri.id, photo(2), true, now),
      await tx.photos.addDraft(sri.id, photo(3), false, now),
      await tx.photos.addDraft(sri.id, photo(4), false, now),
      await tx.photos.addDraft(other.id, photo(5), false, now),
    ]);
    const read = await inTx((tx) => tx.photos.read(drafts[1]!.id));
    expect(read).toMatchObject({ senderId: sri.id, activityId: null, width: 10, height: 8, byteSize: 8, location: { latitude: -7.8, longitude: 110.4 } });
    expect([...read!.bytes]).toEqual([...photo(2).bytes]);
    expect((await inTx((tx) => tx.photos.read(drafts[0]!.id)))!.location).toBeNull();

    const own = await activity(sri.id);
    const attached = await inTx((tx) => tx.photos.attach(own.id, sri.id, [...drafts.map((draft) => draft.id), 'not-a-uuid'], 3));
    expect(attached).toEqual({ attached: 3, count: 3 });
    const listed = await inTx((tx) => tx.photos.listForActivity(own.id));
    expect(listed.map((item) => item.senderId)).toEqual([sri.id, sri.id, sri.id]);
    // The list (plain SQL) shows each photo as reading it does (Prisma), its time and location included.
    expect(listed.map((item) => item.createdAt)).toEqual([now, now, now]);
    for (const item of listed) expect(await inTx((tx) => tx.photos.read(item.id))).toMatchObject({ ...item, activityId: own.id });
    expect(listed.map((item) => item.location)).toContainEqual({ latitude: -7.8, longitude: 110.4 });
    // Another person's draft was not taken; a full activity takes no more.
    expect(await db.prisma.activityPhoto.count({ where: { senderId: other.id, activityId: null } })).toBe(1);
    expect(await inTx((tx) => tx.photos.attach(own.id, sri.id, [drafts[3]!.id], 3))).toEqual({ attached: 0, count: 3 });
  });

  it('gives the last free place to one of two leaders attaching at once; the other attaches nothing', async () => {
    const sri = await db.prisma.person.create({ data: {} });
    const eko = await db.prisma.person.create({ data: {} });
    const own = await activity(sri.id);
    await inTx(async (tx) => {
      const first = await tx.photos.addDraft(sri.id, photo(11), false, now);
      const second = await tx.photos.addDraft(sri.id, photo(12), false, now);
      expect(await tx.photos.attach(own.id, sri.id, [first.id, second.id], 3)).toEqual({ attached: 2, count: 2 });
    });
    const [sriDraft, ekoDraft] = await inTx(async (tx) => [await tx.photos.addDraft(sri.id, photo(13), false, now), await tx.photos.addDraft(eko.id, photo(14), false, now)]);

    // Sri's message takes the last place and has not committed yet when Eko's attaches.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let sriAttached!: (count: number) => void;
    const sriCount = new Promise<number>((resolve) => (sriAttached = resolve));
    const sriTx = inTx(async (tx) => {
      sriAttached((await tx.photos.attach(own.id, sri.id, [sriDraft!.id], 3)).attached);
      await held;
    });
    expect(await sriCount).toBe(1);
    let ekoDone = false;
    const ekoTx = inTx((tx) => tx.photos.attach(own.id, eko.id, [ekoDraft!.id], 3)).finally(() => (ekoDone = true));
    // Sri's commits once Eko's has answered or waits for it (a lock not granted), whichever comes first.
    const waiting = async () =>
      (await db.prisma.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE "datname" = current_database() AND "wait_event_type" = 'Lock'`)[0]!.n > 0;
    while (!ekoDone && !(await waiting())) await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await sriTx;
    expect(await ekoTx).toEqual({ attached: 0, count: 3 });
    expect(await db.prisma.activityPhoto.count({ where: { activityId: own.id } })).toBe(3);
    expect(await db.prisma.activityPhoto.count({ where: { id: ekoDraft!.id, activityId: null } })).toBe(1);
  });

  it('erasure removes every photo the person sent', async () => {
    const ani = await db.prisma.person.create({ data: {} });
    const own = await activity(ani.id);
    const ids = await inTx(async (tx) => {
      const first = await tx.photos.addDraft(ani.id, photo(6), false, now);
      const second = await tx.photos.addDraft(ani.id, photo(7), false, now);
      await tx.photos.attach(own.id, ani.id, [first.id], 3);
      return [first.id, second.id];
    });
    const result = await inTx((tx) => tx.privacy.erase(ani.id, now));
    expect(result).toMatchObject({ kind: 'erased', counts: { photosDeleted: 2 } });
    expect(await db.prisma.activityPhoto.count({ where: { id: { in: ids } } })).toBe(0);
    expect(await readPhotoBytes(db.prisma, ids[0]!)).toBeNull();
    // The activity itself stays (others rely on it).
    expect(await db.prisma.activity.count({ where: { id: own.id } })).toBe(1);
  });

  it('retention removes photos of activities rejected longer ago than the period, and drafts after a day', async () => {
    const budi = await db.prisma.person.create({ data: {} });
    const oldRejected = await activity(budi.id, 'rejected', new Date(now.getTime() - 40 * DAY));
    const newRejected = await activity(budi.id, 'rejected', new Date(now.getTime() - 5 * DAY));
    const verified = await activity(budi.id, 'pending');
    const ids = await inTx(async (tx) => {
      const make = async (activityId: string | null, createdAt: Date) => {
        const { id } = await tx.photos.addDraft(budi.id, photo(8), false, createdAt);
        if (activityId) await tx.photos.attach(activityId, budi.id, [id], 3);
        return id;
      };
      return {
        oldRejected: await make(oldRejected.id, new Date(now.getTime() - 41 * DAY)),
        newRejected: await make(newRejected.id, new Date(now.getTime() - 41 * DAY)),
        pending: await make(verified.id, new Date(now.getTime() - 41 * DAY)),
        oldDraft: await make(null, new Date(now.getTime() - 2 * DAY)),
        freshDraft: await make(null, new Date(now.getTime() - 3_600_000)),
      };
    });
    const report = await inTx((tx) => purgeExpired(tx, now, { retentionMs: 30 * DAY }));
    expect(report.deleted).toMatchObject({ rejectedActivityPhotos: 1, draftPhotos: 1 });
    const left = (await db.prisma.activityPhoto.findMany({ where: { senderId: budi.id }, select: { id: true } })).map((row) => row.id);
    expect(left.sort()).toEqual([ids.newRejected, ids.pending, ids.freshDraft].sort());
  });
});
