/**
 * A web chat notice's inbox rows ride in the next unit of work's COMMIT round trip
 * (storage/outbox/webchat-inbox.ts), are written on their own when none comes, and an
 * append PostgreSQL would refuse never rides (it would fail the message carrying it): it
 * fails on its own, and the appends waiting with it are written.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebchatInbox, type RidingWebchatInbox } from '../../../src/storage/outbox/webchat-inbox.js';
import { createTransactionRunner } from '../../../src/storage/transaction-runner.js';
import { riders } from '../../../src/storage/unit-of-work/passenger.js';
import type { Sql } from '../../../src/storage/unit-of-work/sql.js';
import { openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { statementsOf } from '../../support/pg-statements.js';

/** Long enough for the test's unit of work to surely come first, short enough to wait out. */
const WAIT_MS = 1_000;
const T0 = new Date('2026-11-02T03:00:00Z');
const RIDE = /^BEGIN; .*; SELECT 1; INSERT INTO "WebchatInbox" .*; COMMIT$/s;
const ALONE = /^INSERT INTO "WebchatInbox"/;

describe('web chat inbox appends riding [postgres]', () => {
  let db: TestDatabase;
  let inbox: RidingWebchatInbox;
  let unitOfWork: () => Promise<unknown>;

  beforeAll(async () => {
    db = await openTestDatabase('postgres');
    inbox = createWebchatInbox(db.prisma, WAIT_MS);
    const runner = createTransactionRunner(db.prisma, (_tx, sql): Sql => sql, riders(inbox.board));
    unitOfWork = () => runner.transaction((sql) => sql.lastRows('SELECT 1', []));
  });
  afterAll(() => db?.close());

  const texts = (sent: readonly { text: string }[]) => sent.map((statement) => statement.text.replace(/\s+/g, ' ').trim());
  const user = () => `webchat-${randomUUID()}`;

  it("rides in the next unit of work's COMMIT round trip, in order, and resolves once committed", async () => {
    const [ani, budi] = [user(), user()];
    const { sent } = await statementsOf(async () => {
      const first = inbox.append(ani, [{ text: 'Satu' }, { text: 'Dua', buttons: [{ id: 'go:c1', label: 'Buka' }] }], T0);
      const second = inbox.append(budi, [{ text: 'Tiga' }], T0, 'm-7');
      await unitOfWork();
      await Promise.all([first, second]);
    });
    expect(texts(sent)).toEqual([expect.stringMatching(RIDE)]);
    expect(await inbox.takeUndelivered(ani, T0, 10)).toEqual([{ text: 'Satu' }, { text: 'Dua', buttons: [{ id: 'go:c1', label: 'Buka' }] }]);
    expect(await inbox.repliesGoneToInbox(budi, 'm-7')).toBe(true);
  });

  it('is written on its own when no unit of work comes within the wait', async () => {
    const ani = user();
    const { sent } = await statementsOf(() => inbox.append(ani, [{ text: 'Halo' }], T0));
    expect(texts(sent).filter((text) => ALONE.test(text))).toHaveLength(1);
    expect(await inbox.takeUndelivered(ani, T0, 10)).toEqual([{ text: 'Halo' }]);
  });

  it('never lets an append PostgreSQL would refuse ride: the unit of work commits, that append fails alone, the others are written', async () => {
    const [ani, budi] = [user(), user()];
    const refused = inbox.append(ani, [{ text: 'nul \u0000 di sini' }], T0);
    const fine = inbox.append(budi, [{ text: 'Halo' }], T0);
    const { sent } = await statementsOf(() => unitOfWork());
    expect(texts(sent)).toEqual([expect.stringMatching(RIDE)]);
    await fine;
    await expect(refused).rejects.toThrow(/unicode|\\u0000/i);
    expect(await inbox.takeUndelivered(budi, T0, 10)).toEqual([{ text: 'Halo' }]);
    expect(await inbox.takeUndelivered(ani, T0, 10)).toEqual([]);
  });
});
