/**
 * The dispatcher's claim as one plain statement (issue #14): what it sends, and that each
 * claimed alert carries what Prisma's nested read (the claim's former second half, kept here
 * as the reference) gave for it: identities by recent activity, locale, quiet hours.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { ClaimedAlert, DeliveryTarget } from '../../../src/core/outbox/ports.js';
import { LEADER_QUIET_HOURS, quietHoursFor } from '../../../src/core/outbox/quiet-hours.js';
import type { PrismaClient } from '../../../src/storage/generated/prisma/client.js';
import { createOutboxStore, type PrismaOutboxStore } from '../../../src/storage/outbox/outbox-store.js';
import { messagesOf } from '../../../src/storage/outbox/payload.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { statementsOf } from '../../support/pg-statements.js';
import { at, createPerson, enqueue, LEASE, T0 } from './fixtures.js';

describeEachDatabase('outbox claim', (kind) => {
  let db: TestDatabase;
  let store: PrismaOutboxStore;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    store = createOutboxStore(db.prisma);
  });
  afterAll(() => db?.close());
  beforeEach(async () => {
    await db.prisma.alert.deleteMany();
  });

  it('claims in one statement on the pool, none of it through Prisma', async () => {
    const person = await createPerson(db.prisma, { identities: [{ channel: 'telegram', lastActiveAt: T0 }] });
    await enqueue(db.prisma, { personId: person.personId, dedupeKey: 'one' }, T0);

    const { value, sent } = await statementsOf(() => store.claim(10, T0, LEASE));
    expect(value).toHaveLength(1);
    expect(sent.map((statement) => statement.text)).toEqual([expect.stringMatching(/^WITH "due" AS \(/)]);
    expect(sent.filter((statement) => statement.text.includes('"public".'))).toEqual([]);

    // Nothing due: still the one statement.
    expect((await statementsOf(() => store.claim(10, T0, LEASE))).sent).toHaveLength(1);
  });

  it("gives each alert what Prisma's nested read gave: targets by recent activity (ties and never-used ones by age), locale, quiet hours", async () => {
    const officer = await createPerson(db.prisma, {
      locale: 'en',
      identities: [
        { channel: 'webchat', lastActiveAt: new Date('2026-10-01T00:00:00.001Z') },
        { channel: 'telegram', lastActiveAt: new Date('2026-10-01T00:00:00.002Z') },
        { channel: 'whatsapp', lastActiveAt: null },
        { channel: 'whatsapp', lastActiveAt: null },
      ],
      officer: { quietStartMin: 21 * 60, quietEndMin: 6 * 60 },
    });
    // The never-used identities apart by a millisecond, the older one created last.
    const [older, newer] = [officer.externalIds[3]!, officer.externalIds[2]!];
    await db.prisma.channelIdentity.update({ where: { channel_externalId: { channel: 'whatsapp', externalId: older } }, data: { createdAt: new Date('2026-09-01T00:00:00.998Z') } });
    await db.prisma.channelIdentity.update({ where: { channel_externalId: { channel: 'whatsapp', externalId: newer } }, data: { createdAt: new Date('2026-09-01T00:00:00.999Z') } });
    const silent = await createPerson(db.prisma, { identities: [], officer: { quietStartMin: null, quietEndMin: 300 } });
    const nobody = await createPerson(db.prisma, { locale: 'jv', identities: [] });

    await enqueue(db.prisma, { personId: officer.personId, officerId: officer.officerId, dedupeKey: 'officer' }, at(-3_000));
    await enqueue(db.prisma, { personId: officer.personId, kind: 'leader.notice', dedupeKey: 'as-leader' }, at(-2_000));
    await enqueue(db.prisma, { personId: silent.personId, officerId: silent.officerId, dedupeKey: 'silent' }, at(-1_000));
    await enqueue(db.prisma, { personId: nobody.personId, dedupeKey: 'nobody' }, at(-1_000));
    await db.prisma.alert.create({ data: { personId: nobody.personId, kind: 'legacy', payload: { text: 'old format' }, dedupeKey: 'legacy', nextAttemptAt: at(-1_000) } });

    const claimed = await store.claim(10, T0, LEASE);
    expect(claimed).toEqual(await prismaRead(db.prisma, claimed.map((alert) => alert.id)));
    expect(claimed).toHaveLength(5);
    expect(claimed[0]).toMatchObject({
      locale: 'en',
      attempts: 1,
      quietHours: { startMin: 1260, endMin: 360 },
      targets: [
        { channel: 'telegram', externalId: officer.externalIds[1] },
        { channel: 'webchat', externalId: officer.externalIds[0] },
        { channel: 'whatsapp', externalId: newer },
        { channel: 'whatsapp', externalId: older },
      ],
    });
    expect(claimed[1]!.quietHours).toEqual(LEADER_QUIET_HOURS); // a leader's notice: the leaders' quiet hours
    expect(claimed.slice(2).map((alert) => [alert.targets, alert.quietHours])).toEqual([
      [[], null],
      [[], null],
      [[], null],
    ]);
    expect(claimed.find((alert) => alert.kind === 'legacy')!.messages).toBeNull();
  });

  it('claims again after the lease, counting the attempt, and the same rows come back as Prisma read them', async () => {
    const person = await createPerson(db.prisma, { identities: [{ channel: 'telegram', lastActiveAt: T0 }] });
    await enqueue(db.prisma, { personId: person.personId, dedupeKey: 'again' }, T0);
    await store.claim(10, T0, LEASE);
    expect(await store.claim(10, at(LEASE), LEASE)).toEqual([]);
    const again = await store.claim(10, at(LEASE + 1), LEASE);
    expect(again).toMatchObject([{ attempts: 2 }]);
    expect(again).toEqual(await prismaRead(db.prisma, again.map((alert) => alert.id)));
  });

  it('drops an alert asking to verify a record decided since it was recorded (held by quiet hours); one still pending is claimed', async () => {
    const officer = await createPerson(db.prisma, { identities: [{ channel: 'telegram', lastActiveAt: T0 }], officer: { quietStartMin: 22 * 60, quietEndMin: 5 * 60 + 30 } });
    const activity = (verification: 'pending' | 'verified' | 'rejected') =>
      db.prisma.activity.create({ data: { date: new Date('2026-11-01'), category: 'bantuan_lansia', description: 'kerja bakti', villageCode: '34.02.15.2004', verification } });
    const [pending, verified, rejected] = [await activity('pending'), await activity('verified'), await activity('rejected')];
    const gone = randomUUID();
    const alert = (dedupeKey: string) => enqueue(db.prisma, { personId: officer.personId, officerId: officer.officerId, kind: 'activity.logged', dedupeKey }, at(-1_000));
    await alert(`activity.logged:${pending.id}:${officer.officerId}`);
    await alert(`activity.logged:${verified.id}:${officer.officerId}`);
    await alert(`activity.corrected:${rejected.id}:123:${officer.officerId}`);
    await alert(`activity.logged:${gone}:${officer.officerId}`);
    await alert(`group.registered:${gone}:${officer.officerId}`);
    // Not a record's id: sent as before, never a failed cast.
    await alert(`activity.logged:not-a-uuid`);

    const { value: claimed, sent } = await statementsOf(() => store.claim(10, T0, LEASE));
    expect(sent).toHaveLength(1);
    const left = await db.prisma.alert.findMany({ orderBy: { dedupeKey: 'asc' }, select: { id: true, dedupeKey: true, status: true } });
    expect(left.map((row) => row.dedupeKey)).toEqual([`activity.logged:${pending.id}:${officer.officerId}`, 'activity.logged:not-a-uuid']);
    expect(claimed.map((row) => row.id).sort()).toEqual(left.map((row) => row.id).sort());
    expect(left.every((row) => row.status === 'sending')).toBe(true);
  });
});

/** The claimed alerts as the claim read them through Prisma before issue #14 (the reference). */
async function prismaRead(prisma: PrismaClient, ids: string[]): Promise<ClaimedAlert[]> {
  const rows = await prisma.alert.findMany({
    where: { id: { in: ids } },
    orderBy: [{ nextAttemptAt: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      kind: true,
      personId: true,
      officerId: true,
      payload: true,
      attempts: true,
      person: {
        select: {
          locale: true,
          identities: { select: { channel: true, externalId: true, createdAt: true, conversation: { select: { lastActiveAt: true } } } },
        },
      },
      officer: { select: { quietStartMin: true, quietEndMin: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    personId: row.personId,
    officerId: row.officerId,
    messages: messagesOf(row.payload),
    attempts: row.attempts,
    locale: row.person.locale,
    targets: byRecentActivity(row.person.identities),
    quietHours: quietHoursFor(
      row.kind,
      row.officer && row.officer.quietStartMin !== null && row.officer.quietEndMin !== null ? { startMin: row.officer.quietStartMin, endMin: row.officer.quietEndMin } : null,
    ),
  }));
}

function byRecentActivity(
  identities: ReadonlyArray<{ channel: DeliveryTarget['channel']; externalId: string; createdAt: Date; conversation: { lastActiveAt: Date } | null }>,
): DeliveryTarget[] {
  const activity = (identity: (typeof identities)[number]) => identity.conversation?.lastActiveAt.getTime() ?? 0;
  return [...identities]
    .sort((a, b) => activity(b) - activity(a) || b.createdAt.getTime() - a.createdAt.getTime())
    .map((identity) => ({ channel: identity.channel, externalId: identity.externalId }));
}
