/**
 * A web chat notice's inbox rows ride in the next unit of work's COMMIT round trip
 * (storage/outbox/webchat-inbox.ts), are written on their own when none comes, and an
 * append PostgreSQL would refuse never rides (it would fail the message carrying it): it
 * fails on its own, and the appends waiting with it are written.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createWebchatInbox } from '../../../src/storage/outbox/webchat-inbox.js';
import { folded as texts, statementsOf } from '../../support/pg-statements.js';
import { useRideTestbed } from '../../support/ride-testbed.js';

/** Long enough for the test's unit of work to surely come first, short enough to wait out. */
const WAIT_MS = 1_000;
const T0 = new Date('2026-11-02T03:00:00Z');
const RIDE = /^BEGIN; .*; SELECT 1; INSERT INTO "WebchatInbox" .*; COMMIT$/s;
const ALONE = /^INSERT INTO "WebchatInbox"/;

describe('web chat inbox appends riding [postgres]', () => {
  const bed = useRideTestbed((prisma) => createWebchatInbox(prisma, WAIT_MS));
  const { unitOfWork } = bed;

  const user = () => `webchat-${randomUUID()}`;

  it("rides in the next unit of work's COMMIT round trip, in order, and resolves once committed", async () => {
    const [ani, budi] = [user(), user()];
    const { sent } = await statementsOf(async () => {
      const first = bed.store.append(ani, [{ text: 'Satu' }, { text: 'Dua', buttons: [{ id: 'go:c1', label: 'Buka' }] }], T0);
      const second = bed.store.append(budi, [{ text: 'Tiga' }], T0, 'm-7');
      await unitOfWork();
      await Promise.all([first, second]);
    });
    expect(texts(sent)).toEqual([expect.stringMatching(RIDE)]);
    expect(await bed.store.takeUndelivered(ani, T0, 10)).toEqual([{ text: 'Satu' }, { text: 'Dua', buttons: [{ id: 'go:c1', label: 'Buka' }] }]);
    expect(await bed.store.repliesGoneToInbox(budi, 'm-7')).toBe(true);
  });

  it('is written on its own when no unit of work comes within the wait', async () => {
    const ani = user();
    const { sent } = await statementsOf(() => bed.store.append(ani, [{ text: 'Halo' }], T0));
    expect(texts(sent).filter((text) => ALONE.test(text))).toHaveLength(1);
    expect(await bed.store.takeUndelivered(ani, T0, 10)).toEqual([{ text: 'Halo' }]);
  });

  it('never lets an append PostgreSQL would refuse ride: the unit of work commits, that append fails alone, the others are written', async () => {
    const [ani, budi] = [user(), user()];
    const refused = bed.store.append(ani, [{ text: 'nul \u0000 di sini' }], T0);
    const fine = bed.store.append(budi, [{ text: 'Halo' }], T0);
    const { sent } = await statementsOf(() => unitOfWork());
    expect(texts(sent)).toEqual([expect.stringMatching(RIDE)]);
    await fine;
    await expect(refused).rejects.toThrow(/unicode|\\u0000/i);
    expect(await bed.store.takeUndelivered(budi, T0, 10)).toEqual([{ text: 'Halo' }]);
    expect(await bed.store.takeUndelivered(ani, T0, 10)).toEqual([]);
  });
});
