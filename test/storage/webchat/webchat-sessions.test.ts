/**
 * Web chat sessions on a real database: a session is known once issued, a use refreshes
 * `lastSeenAt` only when it is over an hour old (a statement at most once a minute per
 * session, a write now and then), and an unknown id is refused; all as plain SQL.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createWebchatSessionStore } from '../../../src/storage/webchat/webchat-sessions.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { statementsOf } from '../../support/pg-statements.js';

const T0 = new Date('2026-12-05T01:00:00.000Z');
const MINUTE = 60_000;

describeEachDatabase('web chat sessions', (kind) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  const lastSeen = async (idHash: string) => (await db.prisma.webchatSession.findUniqueOrThrow({ where: { idHash } })).lastSeenAt.toISOString();

  it('knows an issued session and refreshes its last use at most hourly', async () => {
    const store = createWebchatSessionStore(db.prisma);
    const idHash = randomUUID();
    await store.create(idHash, T0);

    expect(await store.touch(idHash, new Date(T0.getTime() + 30 * MINUTE))).toBe(true);
    expect(await lastSeen(idHash)).toBe(T0.toISOString());

    const later = new Date(T0.getTime() + 61 * MINUTE);
    expect(await store.touch(idHash, later)).toBe(true);
    expect(await lastSeen(idHash)).toBe(later.toISOString());

    // Exactly an hour after that use: not yet stale.
    expect(await store.touch(idHash, new Date(later.getTime() + 60 * MINUTE))).toBe(true);
    expect(await lastSeen(idHash)).toBe(later.toISOString());
  });

  it('stores a new session in one plain statement (no Prisma), created and last seen now', async () => {
    const store = createWebchatSessionStore(db.prisma);
    const idHash = randomUUID();
    const { sent } = await statementsOf(() => store.create(idHash, T0));
    expect(sent.map((statement) => statement.text)).toEqual([expect.stringMatching(/^INSERT INTO "WebchatSession" /)]);
    const row = await db.prisma.webchatSession.findUniqueOrThrow({ where: { idHash } });
    expect([row.createdAt, row.lastSeenAt]).toEqual([T0, T0]);
    // An id issued twice is a fault, not a session to share.
    await expect(store.create(idHash, T0)).rejects.toThrow();
  });

  it('refuses an id it never issued, and writes nothing', async () => {
    const store = createWebchatSessionStore(db.prisma);
    const idHash = randomUUID();
    expect(await store.touch(idHash, T0)).toBe(false);
    expect(await db.prisma.webchatSession.count({ where: { idHash } })).toBe(0);
  });

  it('asks the database at most once a minute for a session in use, and always for one it does not know', async () => {
    const store = createWebchatSessionStore(db.prisma);
    const idHash = randomUUID();
    await store.create(idHash, T0);
    const touches = async (at: Date) => (await statementsOf(() => store.touch(idHash, at))).sent.length;
    expect(await touches(new Date(T0.getTime() + 59_000))).toBe(0);
    expect(await touches(new Date(T0.getTime() + 60_000))).toBe(1);
    expect(await touches(new Date(T0.getTime() + 90_000))).toBe(0);
    // A clock that went back is no reason to trust the memory.
    expect(await touches(new Date(T0.getTime() - 1_000))).toBe(1);
    // Gone from the database (as the retention job deletes it): refused once the minute is over.
    await db.prisma.webchatSession.delete({ where: { idHash } });
    expect(await store.touch(idHash, new Date(T0.getTime() + 10 * MINUTE))).toBe(false);
    const unknown = randomUUID();
    expect((await statementsOf(() => store.touch(unknown, T0))).sent).toHaveLength(1);
    expect((await statementsOf(() => store.touch(unknown, T0))).sent).toHaveLength(1);
  });
});
