/**
 * releaseOrphanedClaims: alerts a killed dispatcher had claimed go back to pending at once
 * (on the embedded database, where the data-dir lock proves their claimant is dead),
 * instead of waiting out the lease; sent, dead and pending alerts are left alone.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createOutboxStore } from '../../src/storage/outbox/outbox-store.js';
import { releaseOrphanedClaims } from '../../src/storage/outbox/orphaned-claims.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../support/databases.js';
import { alertByKey, createPerson, enqueue } from '../storage/outbox/fixtures.js';

describeEachDatabase('releasing claims of a killed dispatcher', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  it('gives claimed alerts back at once and leaves the others as they are', async () => {
    const now = new Date('2026-11-30T03:00:00Z');
    const person = await createPerson(db.prisma, { identities: [{ channel: 'telegram' }] });
    for (const key of ['claimed-1', 'claimed-2', 'sent', 'pending-later']) {
      await enqueue(db.prisma, { personId: person.personId, dedupeKey: key, ...(key === 'pending-later' && { notBefore: new Date('2026-12-01T00:00:00Z') }) }, now);
    }
    const store = createOutboxStore(db.prisma);
    const claimed = await store.claim(10, now, 5 * 60_000);
    expect(claimed).toHaveLength(3);
    const sent = claimed[2]!;
    await store.markSent(sent, 'telegram', now);

    // The process dies here. A minute later, a new one starts: nothing is due yet.
    const restart = new Date(now.getTime() + 60_000);
    expect(await store.claim(10, restart, 5 * 60_000)).toEqual([]);
    expect(await releaseOrphanedClaims(db.prisma, restart)).toBe(2);

    const again = await store.claim(10, restart, 5 * 60_000);
    expect(again.map((alert) => alert.id).sort()).toEqual(claimed.filter((alert) => alert !== sent).map((alert) => alert.id).sort());
    // The first claim's attempt still counts (its send may have happened).
    expect(again.every((alert) => alert.attempts === 2)).toBe(true);
    expect((await alertByKey(db.prisma, 'pending-later'))?.status).toBe('pending');
    expect(await db.prisma.alert.count({ where: { status: 'sent' } })).toBe(1);
  });
});
