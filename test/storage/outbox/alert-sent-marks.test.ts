/**
 * The alert outbox's "sent" marks ride in the next unit of work's COMMIT round trip
 * (storage/outbox/alert-sent-marks.ts), stay fenced by the claim that sent the alert, and are
 * never lost: a mark no unit of work comes for, or one whose row another transaction holds,
 * is written on its own.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { AlertSentMarks } from '../../../src/storage/outbox/alert-sent-marks.js';
import { folded as texts, statementsOf } from '../../support/pg-statements.js';
import { useRideTestbed } from '../../support/ride-testbed.js';
import { createPerson, T0 } from './fixtures.js';

/** Long enough for the test's unit of work to surely come first, short enough to wait out. */
const WAIT_MS = 1_000;
const RIDE = /WITH "mark" AS .*FOR UPDATE OF a SKIP LOCKED.*; COMMIT$/s;
const ALONE = /^WITH "mark" AS .* UPDATE "Alert"/s;

describe('alert sent marks [postgres]', () => {
  const bed = useRideTestbed((prisma) => new AlertSentMarks(prisma, WAIT_MS));
  const { unitOfWork } = bed;

  /** An alert claimed once (status sending, attempts 1), as the dispatcher holds it while sending. */
  async function claimedAlert(): Promise<{ id: string; attempts: number }> {
    const person = await createPerson(bed.db.prisma, { identities: [{ channel: 'telegram' }] });
    const alert = await bed.db.prisma.alert.create({
      data: { personId: person.personId, kind: 'test.notice', payload: {}, dedupeKey: `test:${randomUUID()}`, status: 'sending', attempts: 1, claimedUntil: new Date(T0.getTime() + 60_000) },
      select: { id: true },
    });
    return { id: alert.id, attempts: 1 };
  }
  const stored = (id: string) => bed.db.prisma.alert.findUniqueOrThrow({ where: { id }, select: { status: true, channel: true, sentAt: true, claimedUntil: true } });

  it("rides in the next unit of work's COMMIT round trip: sent, on its channel, at its time, and no statement of its own", async () => {
    const lease = await claimedAlert();
    const { sent, value: marked } = await statementsOf(async () => {
      const marking = bed.store.mark(lease, 'telegram', T0);
      await unitOfWork();
      return marking;
    });
    expect(marked).toBe(true);
    expect(texts(sent)).toEqual([expect.stringMatching(RIDE)]);
    expect(await stored(lease.id)).toEqual({ status: 'sent', channel: 'telegram', sentAt: T0, claimedUntil: null });
  });

  it('is written on its own when no unit of work comes within the wait', async () => {
    const lease = await claimedAlert();
    const { sent, value: marked } = await statementsOf(() => bed.store.mark(lease, 'webchat', T0));
    expect(marked).toBe(true);
    expect(texts(sent).filter((text) => ALONE.test(text))).toHaveLength(1);
    expect(await stored(lease.id)).toMatchObject({ status: 'sent', channel: 'webchat' });
  });

  it('changes nothing and resolves false when the claim no longer holds the alert, ridden or not', async () => {
    const lease = await claimedAlert();
    // Another dispatcher claimed it again after this one's lease ended.
    await bed.db.prisma.alert.update({ where: { id: lease.id }, data: { attempts: 2 } });
    const riding = bed.store.mark(lease, 'telegram', T0);
    await unitOfWork();
    expect(await riding).toBe(false);
    expect(await bed.store.mark(lease, 'telegram', T0)).toBe(false);
    expect(await stored(lease.id)).toMatchObject({ status: 'sending', channel: null });
  });

  it('does not wait for a row another transaction holds: the unit of work commits, and the mark is written once the lock is gone', async () => {
    const lease = await claimedAlert();
    const locker = new pg.Client({ connectionString: bed.db.url });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('SELECT 1 FROM "Alert" WHERE "id" = $1 FOR UPDATE', [lease.id]);
      const marking = bed.store.mark(lease, 'telegram', T0);
      await unitOfWork();
      expect((await stored(lease.id)).status).toBe('sending');
      await locker.query('COMMIT');
      expect(await marking).toBe(true);
      expect((await stored(lease.id)).status).toBe('sent');
    } finally {
      await locker.end();
    }
  });

  it('never lets a lease the statements could not cast ride or fail the others: it is simply not marked', async () => {
    const lease = await claimedAlert();
    const odd = bed.store.mark({ id: 'not-a-uuid', attempts: 1 }, 'telegram', T0);
    const fine = bed.store.mark(lease, 'telegram', T0);
    const { sent } = await statementsOf(() => unitOfWork());
    expect(texts(sent)).toEqual([expect.stringMatching(RIDE)]);
    expect(await fine).toBe(true);
    expect(await odd).toBe(false);
  });
});
