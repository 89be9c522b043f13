/**
 * 📷 Tambah foto sent twice at once (two tabs, two leaders) for one activity, on a real
 * database. The activity's photo lock was taken only when attaching, after the room was
 * counted: the second message counted the photos before the first committed, so it said
 * "2/3" for the activity's third photo, and stored a draft for a place already taken. The lock
 * is taken before the count: the second waits, then counts what the first attached.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PreparedPhoto } from '../../../src/core/media.js';
import { ADD_ACTIVITY_PHOTO, photoEffects, type AddPhotoResult } from '../../../src/domain/activities/photo-effects.js';
import { PrismaAppTx } from '../../../src/storage/app-tx.js';
import { createTransactionRunner } from '../../../src/storage/transaction-runner.js';
import { effectContext } from '../../support/effect-context.js';
import { newVillage } from '../groups/fixtures.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';

const now = new Date('2026-11-20T03:00:00Z');

function photo(seed: number): PreparedPhoto {
  return { bytes: new Uint8Array([0xff, 0xd8, 0xff, seed, 0, 1, 2, 255]), mime: 'image/jpeg', width: 10, height: 8, gps: null };
}

const addPhoto = photoEffects<PrismaAppTx>().find((entry) => entry.name === ADD_ACTIVITY_PHOTO.name)!;

describeEachDatabase('two photos added to one activity at once', (kind) => {
  let db: TestDatabase;
  const inTx = <T>(fn: (tx: PrismaAppTx) => Promise<T>) => createTransactionRunner(db.prisma, (tx) => new PrismaAppTx(tx)).transaction(fn);

  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await db?.close();
  });

  /** A pending activity of a group led by two co-leaders, with `photos` of theirs attached. */
  async function activityWith(photos: number) {
    const [sri, eko] = [await db.prisma.person.create({ data: {} }), await db.prisma.person.create({ data: {} })];
    const village = await newVillage(db.prisma);
    const area = await db.prisma.area.create({ data: { villageCode: village } });
    const group = await db.prisma.group.create({
      data: {
        name: `PKK ${photos}`, nameNorm: `pkk ${photos}`, type: 'pkk', areaId: area.id, villageCode: village, memberCount: 12, verification: 'verified',
        leaders: { create: [{ personId: sri.id, role: 'leader' }, { personId: eko.id, role: 'coleader' }] },
      },
    });
    const activity = await db.prisma.activity.create({
      data: {
        date: new Date('2026-11-19'), category: 'kerja_bakti', description: 'Kerja bakti', villageCode: village, reporterId: sri.id,
        participants: { create: [{ groupId: group.id, status: 'confirmed', confirmedAt: now }] },
      },
    });
    await inTx(async (tx) => {
      const ids = [];
      for (let seed = 0; seed < photos; seed++) ids.push((await tx.photos.addDraft(sri.id, photo(seed), false, now)).id);
      await tx.photos.attach(activity.id, sri.id, ids, 3);
    });
    return { sri, eko, activityId: activity.id };
  }

  /** `first` adds a photo and holds its transaction open until `second`'s waits for a lock (or is done); then both end. */
  async function atOnce(activityId: string, first: { id: string }, second: { id: string }): Promise<[AddPhotoResult, AddPhotoResult]> {
    const run = (person: { id: string }, seed: number, held?: Promise<void>, answered?: (result: AddPhotoResult) => void) =>
      inTx(async (tx) => {
        const ctx = effectContext<PrismaAppTx>({ tx, person: { id: person.id, locale: 'id', displayName: null, phoneE164: null }, identityId: person.id, channel: 'webchat', now, photo: { kind: 'ok', photo: photo(seed) } });
        const result = (await addPhoto.run({ activityId }, ctx)) as AddPhotoResult;
        answered?.(result);
        await held;
        return result;
      });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let answered!: (result: AddPhotoResult) => void;
    const firstAnswered = new Promise<AddPhotoResult>((resolve) => (answered = resolve));
    const firstTx = run(first, 40, held, answered);
    await firstAnswered;
    let secondDone = false;
    const secondTx = run(second, 41).finally(() => (secondDone = true));
    const waiting = async () =>
      (await db.prisma.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE "datname" = current_database() AND "wait_event_type" = 'Lock'`)[0]!.n > 0;
    while (!secondDone && !(await waiting())) await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    return [await firstTx, await secondTx];
  }

  it('the second counts the first one\'s photo: "3/3", not "2/3"', async () => {
    const { sri, eko, activityId } = await activityWith(1);
    const [first, second] = await atOnce(activityId, sri, eko);
    expect(first).toMatchObject({ kind: 'added', count: 2 });
    expect(second).toMatchObject({ kind: 'added', count: 3 });
    expect(await db.prisma.activityPhoto.count({ where: { activityId } })).toBe(3);
  });

  it('the one too many is told the activity is full, and no draft of it is stored', async () => {
    const { sri, eko, activityId } = await activityWith(2);
    const [first, second] = await atOnce(activityId, sri, eko);
    expect(first).toMatchObject({ kind: 'added', count: 3 });
    expect(second).toEqual({ kind: 'full' });
    expect(await db.prisma.activityPhoto.count({ where: { activityId } })).toBe(3);
    expect(await db.prisma.activityPhoto.count({ where: { senderId: eko.id } })).toBe(0);
  });
});
