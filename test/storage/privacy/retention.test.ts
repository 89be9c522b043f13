/**
 * The daily retention job on both databases, run by the real scheduler over the JobRun
 * table: conversations, processed message ids, web chat inbox items (delivered or not),
 * replies left in the outbox, WhatsApp numbered lists and finished alerts older than the
 * retention are deleted in batches, as are codes expired and tokens revoked that long ago; newer and unfinished rows stay;
 * a summary goes into the audit log; a backlog beyond one run's cap is left for the next.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Scheduler } from '../../../src/core/scheduler/scheduler.js';
import { RETENTION_JOB_NAME, purgeExpired, retentionJobs } from '../../../src/domain/privacy/retention-job.js';
import { PrismaAppTx } from '../../../src/storage/app-tx.js';
import { createJobRuns } from '../../../src/storage/jobs/job-runs.js';
import { manualClock } from '../../support/bot.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';

const DAY = 86_400_000;
const RETENTION = 90 * DAY;
/** 04:00 WIB, after the job's 03:00 start. */
const NOW = new Date('2026-11-30T21:00:00Z');
const OLD = new Date(NOW.getTime() - 100 * DAY);
const RECENT = new Date(NOW.getTime() - 10 * DAY);

describeEachDatabase('retention job', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(async () => db?.close());

  async function conversation(lastActiveAt: Date): Promise<string> {
    const person = await db.prisma.person.create({ data: {} });
    const identity = await db.prisma.channelIdentity.create({ data: { channel: 'webchat', externalId: randomUUID(), personId: person.id } });
    await db.prisma.conversation.create({ data: { identityId: identity.id, state: {}, lastActiveAt } });
    return identity.id;
  }

  async function processed(processedAt: Date, count: number): Promise<void> {
    await db.prisma.processedMessage.createMany({
      data: Array.from({ length: count }, () => ({ channel: 'telegram' as const, senderId: '1001', messageId: randomUUID(), processedAt })),
    });
  }

  async function alert(status: 'pending' | 'sent' | 'dead', createdAt: Date): Promise<string> {
    const person = await db.prisma.person.create({ data: {} });
    const row = await db.prisma.alert.create({ data: { personId: person.id, kind: 'leader.notice', payload: {}, dedupeKey: randomUUID(), status, createdAt } });
    return row.id;
  }

  it('deletes what is older than the retention, in batches, keeps the rest, and audits the counts', async () => {
    const oldConversations = [await conversation(OLD), await conversation(OLD), await conversation(OLD)];
    const recentConversation = await conversation(RECENT);
    await processed(OLD, 5);
    await processed(RECENT, 2);
    await db.prisma.webchatInbox.createMany({
      data: [
        { externalId: 'w1', message: {}, createdAt: OLD, deliveredAt: OLD },
        { externalId: 'w1', message: {}, createdAt: OLD, deliveredAt: OLD },
        { externalId: 'w2', message: {}, createdAt: OLD, deliveredAt: null },
        { externalId: 'w2', message: {}, createdAt: RECENT, deliveredAt: RECENT },
      ],
    });
    await Promise.all([alert('sent', OLD), alert('dead', OLD), alert('sent', OLD)]);
    const kept = [await alert('pending', OLD), await alert('sent', RECENT)];

    const clock = manualClock(NOW.toISOString());
    const scheduler = new Scheduler<PrismaAppTx>({ runs: createJobRuns(db.prisma, (tx) => new PrismaAppTx(tx), { clock }), clock });
    // Batches of two: every table needs more than one statement.
    for (const job of retentionJobs<PrismaAppTx>({ retentionMs: RETENTION, batchSize: 2 })) scheduler.register(job);
    expect(await scheduler.tick()).toEqual({ [RETENTION_JOB_NAME]: 'ran' });

    expect(await db.prisma.conversation.count({ where: { identityId: { in: oldConversations } } })).toBe(0);
    expect(await db.prisma.conversation.count({ where: { identityId: recentConversation } })).toBe(1);
    // The identities stay: only the conversation state goes.
    expect(await db.prisma.channelIdentity.count({ where: { id: { in: oldConversations } } })).toBe(3);
    expect(await db.prisma.processedMessage.count({ where: { processedAt: OLD } })).toBe(0);
    expect(await db.prisma.processedMessage.count({ where: { processedAt: RECENT } })).toBe(2);
    // Unread rows as old go too (see the test of what still names a chat).
    expect(await db.prisma.webchatInbox.count()).toBe(1);
    expect(await db.prisma.webchatInbox.count({ where: { deliveredAt: null } })).toBe(0);
    expect((await db.prisma.alert.findMany({ select: { id: true } })).map((row) => row.id).sort()).toEqual(kept.sort());

    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: 'data.retention' } });
    expect(audit).toMatchObject({ actorKind: 'system', actorId: null, via: 'job' });
    expect(audit.details).toMatchObject({ conversations: 3, processedMessages: 5, webchatInbox: 2, unreadWebchatInbox: 1, alerts: 3, complete: true });

    // Once per day: a second tick the same day does nothing.
    await processed(OLD, 1);
    expect(await scheduler.tick()).toEqual({});
    expect(await db.prisma.processedMessage.count({ where: { processedAt: OLD } })).toBe(1);
    await db.prisma.processedMessage.deleteMany({ where: { processedAt: OLD } });
  });

  it('leaves a backlog beyond one run\'s cap for the next run, and says so', async () => {
    await processed(OLD, 7);
    const first = await db.prisma.$transaction((tx) => purgeExpired(new PrismaAppTx(tx), NOW, { retentionMs: RETENTION, batchSize: 2, maxBatches: 2 }));
    expect(first.deleted.processedMessages).toBe(4);
    expect(first.complete).toBe(false);
    expect(await db.prisma.processedMessage.count({ where: { processedAt: OLD } })).toBe(3);

    const second = await db.prisma.$transaction((tx) => purgeExpired(new PrismaAppTx(tx), NOW, { retentionMs: RETENTION, batchSize: 2, maxBatches: 2 }));
    expect(second).toMatchObject({ deleted: { processedMessages: 3 }, complete: true });
    expect(await db.prisma.processedMessage.count({ where: { processedAt: OLD } })).toBe(0);
    expect(await db.prisma.auditLog.count({ where: { action: 'data.retention' } })).toBe(3);
  });

  it('deletes what still names a chat after the retention: unread web chat inbox rows, replies left in the outbox, WhatsApp numbered lists', async () => {
    // A notice never fetched: the session that could fetch it is purged after the same time.
    const unread = [
      { externalId: 'gone-session', message: { text: 'Ketua: Bu Sumarni (+6285722334455)' }, createdAt: OLD, deliveredAt: null },
      { externalId: 'live-session', message: { text: 'baru' }, createdAt: RECENT, deliveredAt: null },
    ];
    await db.prisma.webchatInbox.createMany({ data: unread });
    // A reply given up on (kept with its reason) or never sent (its channel was switched off).
    await db.prisma.reply.createMany({
      data: [
        { channel: 'telegram', chat: '5001', messageId: 'm1', messages: [{ text: 'Nama: Bu Sumarni' }], status: 'dead', lastError: 'blocked', createdAt: OLD },
        { channel: 'whatsapp', chat: '6285722334455@s.whatsapp.net', messageId: 'm2', messages: [{ text: 'Nama: Bu Sumarni' }], createdAt: OLD },
        { channel: 'telegram', chat: '5002', messageId: 'm3', messages: [{ text: 'baru' }], createdAt: RECENT },
      ],
    });
    // The last numbered list sent to a WhatsApp chat is keyed by the chat's number.
    await db.prisma.whatsAppState.createMany({
      data: [
        { session: 'default', kind: 'wksbm:chat-list', key: '6285722334455@s.whatsapp.net', value: '{}', updatedAt: OLD },
        { session: 'default', kind: 'wksbm:chat-list', key: '6281111111111@s.whatsapp.net', value: '{}', updatedAt: RECENT },
        { session: 'default', kind: 'creds', key: '', value: '{}', updatedAt: OLD },
      ],
    });

    await db.prisma.$transaction((tx) => purgeExpired(new PrismaAppTx(tx), NOW, { retentionMs: RETENTION, batchSize: 1 }));

    expect((await db.prisma.webchatInbox.findMany({ where: { externalId: { in: ['gone-session', 'live-session'] } } })).map((row) => row.externalId)).toEqual(['live-session']);
    expect((await db.prisma.reply.findMany({ select: { messageId: true } })).map((row) => row.messageId)).toEqual(['m3']);
    expect((await db.prisma.whatsAppState.findMany({ orderBy: { kind: 'asc' }, select: { kind: true, key: true } }))).toEqual([
      { kind: 'creds', key: '' },
      { kind: 'wksbm:chat-list', key: '6281111111111@s.whatsapp.net' },
    ]);
    await db.prisma.webchatInbox.deleteMany({ where: { externalId: 'live-session' } });
    await db.prisma.reply.deleteMany();
    await db.prisma.whatsAppState.deleteMany();
  });

  it('deletes sign-in, link and invite codes and dashboard tokens once expired or revoked longer than the retention; keeps the rest', async () => {
    const owner = await db.prisma.person.create({ data: {} });
    const personId = owner.id;
    await db.prisma.linkCode.createMany({
      data: [
        { code: 'LINK-OLD', personId, createdAt: OLD, expiresAt: OLD },
        { code: 'LINK-USED-OLD', personId, createdAt: OLD, expiresAt: OLD, usedAt: OLD },
        { code: 'LINK-RECENT', personId, createdAt: RECENT, expiresAt: RECENT },
      ],
    });
    await db.prisma.signInCode.createMany({
      data: [
        { codeHash: 'sign-old', personId, createdAt: OLD, expiresAt: OLD },
        { codeHash: 'sign-recent', personId, createdAt: RECENT, expiresAt: RECENT },
      ],
    });
    await db.prisma.apiToken.createMany({
      data: [
        { tokenHash: 'token-revoked-old', personId, createdAt: OLD, revokedAt: OLD },
        { tokenHash: 'token-expired-old', personId, createdAt: OLD, expiresAt: OLD },
        { tokenHash: 'token-revoked-recent', personId, createdAt: OLD, revokedAt: RECENT },
        { tokenHash: 'token-live', personId, createdAt: OLD },
        { tokenHash: 'token-expires-later', personId, createdAt: OLD, expiresAt: new Date(NOW.getTime() + DAY) },
      ],
    });
    await db.prisma.officerInvite.createMany({
      data: [
        { code: 'INV-OLD', kind: 'tksk', areaPrefixes: ['34.04'], createdAt: OLD, expiresAt: OLD },
        { code: 'INV-USED-OLD', kind: 'tksk', areaPrefixes: ['34.04'], createdAt: OLD, expiresAt: OLD, usedAt: OLD, usedByPersonId: personId },
        { code: 'INV-RECENT', kind: 'tksk', areaPrefixes: ['34.04'], createdAt: RECENT, expiresAt: RECENT },
      ],
    });

    const report = await db.prisma.$transaction((tx) => purgeExpired(new PrismaAppTx(tx), NOW, { retentionMs: RETENTION, batchSize: 1 }));

    expect(report.deleted).toMatchObject({ linkCodes: 2, signInCodes: 1, apiTokens: 2, officerInvites: 2 });
    expect((await db.prisma.linkCode.findMany({ select: { code: true } })).map((row) => row.code)).toEqual(['LINK-RECENT']);
    expect((await db.prisma.signInCode.findMany({ select: { codeHash: true } })).map((row) => row.codeHash)).toEqual(['sign-recent']);
    expect((await db.prisma.apiToken.findMany({ select: { tokenHash: true } })).map((row) => row.tokenHash).sort()).toEqual([
      'token-expires-later',
      'token-live',
      'token-revoked-recent',
    ]);
    expect((await db.prisma.officerInvite.findMany({ select: { code: true } })).map((row) => row.code)).toEqual(['INV-RECENT']);
    await db.prisma.person.delete({ where: { id: personId } });
    await db.prisma.officerInvite.deleteMany();
  });

  it('deletes people with nothing to keep and no message for the idle period, with their chat accounts; keeps everyone else', async () => {
    const person = async (data: { createdAt: Date; lastActiveAt?: Date; isAdmin?: boolean }) => {
      const created = await db.prisma.person.create({ data: { createdAt: data.createdAt, isAdmin: data.isAdmin ?? false } });
      const externalId = randomUUID();
      const identity = await db.prisma.channelIdentity.create({ data: { channel: 'webchat', externalId, personId: created.id } });
      if (data.lastActiveAt) await db.prisma.conversation.create({ data: { identityId: identity.id, state: {}, lastActiveAt: data.lastActiveAt } });
      await db.prisma.webchatInbox.create({ data: { externalId, message: { text: 'x' } } });
      return { id: created.id, externalId };
    };
    const idle = [await person({ createdAt: OLD, lastActiveAt: OLD }), await person({ createdAt: OLD })];
    const recentlyActive = await person({ createdAt: OLD, lastActiveAt: RECENT });
    const newcomer = await person({ createdAt: RECENT });
    const admin = await person({ createdAt: OLD, isAdmin: true });
    const consenting = await person({ createdAt: OLD });
    await db.prisma.consent.create({ data: { personId: consenting.id, noticeVersion: 'v1', channel: 'webchat', externalId: consenting.externalId } });
    const officer = await person({ createdAt: OLD });
    await db.prisma.officer.create({ data: { personId: officer.id, kind: 'tksk' } });

    const report = await db.prisma.$transaction((tx) =>
      purgeExpired(new PrismaAppTx(tx), NOW, { retentionMs: RETENTION, idlePersonMs: RETENTION, batchSize: 1 }),
    );
    expect(report.deleted.idlePeople).toBeGreaterThanOrEqual(2);
    for (const gone of idle) {
      expect(await db.prisma.person.count({ where: { id: gone.id } })).toBe(0);
      expect(await db.prisma.channelIdentity.count({ where: { externalId: gone.externalId } })).toBe(0);
      expect(await db.prisma.webchatInbox.count({ where: { externalId: gone.externalId } })).toBe(0);
    }
    for (const kept of [recentlyActive, newcomer, admin, consenting, officer]) {
      expect(await db.prisma.person.count({ where: { id: kept.id } })).toBe(1);
    }
  });
});
