/**
 * Ani's Arisan Melati logs activities with Budi's Posyandu Mawar in Panggungharjo, through
 * storage and the alert subscriber, so 📥 Konfirmasi asks Budi to confirm each (for tests of
 * the partner's answers).
 */
import { afterAll, beforeAll } from 'vitest';
import type { NewActivity } from '../../src/domain/model/activities.js';
import type { NewGroup } from '../../src/domain/model/groups.js';
import { createAppTransactionRunner } from '../../src/storage/app-tx.js';
import type { Clock } from '../../src/core/ports.js';
import { createTestStore, manualClock, startTestBot, type TestBot, type TestStore } from './bot.js';
import type { DatabaseKind } from './databases.js';
import { createGroup } from './create-group.js';
import { chattingLeaders, seededGroup } from './seeded-leaders.js';

const PANGGUNGHARJO = '34.02.15.2004';

/** An activity to log: its date, kind and words. */
export type LoggedActivity = Pick<NewActivity, 'date' | 'category' | 'description'>;

/** Logs `activities` as Ani's with Budi's group asked; the activities' ids (in order) and the posyandu's. */
export async function partnerRequests(bot: TestBot, clock: Clock, activities: readonly LoggedActivity[]): Promise<{ activityIds: string[]; posyanduId: string }> {
  const ids = await chattingLeaders(bot, ['ani', 'budi'], clock());
  const { onActivityLogged } = await import('../../src/domain/alerts/event-alerts.js');
  const activityIds: string[] = [];
  let posyanduId = '';
  await createAppTransactionRunner(bot.bot.database.prisma, clock).transaction(async (tx) => {
    const group = (type: NewGroup['type'], name: string) => seededGroup(type, name, PANGGUNGHARJO);
    const arisan = (await createGroup(tx.groups, group('arisan', 'Arisan Melati'), 'arisan melati', ids.ani, clock())).id;
    posyanduId = (await createGroup(tx.groups, group('posyandu', 'Posyandu Mawar'), 'posyandu mawar', ids.budi, clock())).id;
    for (const logged of activities) {
      const activity = (await tx.activities.create({ ...logged, villageCode: PANGGUNGHARJO, ownGroupId: arisan, partnerGroupIds: [posyanduId], beneficiaries: {}, photoRef: null }, ids.ani, clock())).id;
      activityIds.push(activity);
      await onActivityLogged(tx, activity, [posyanduId], ids.ani, false, clock());
    }
  });
  return { activityIds, posyanduId };
}

/**
 * A bot for the suite, on a store of `kind`, where Budi's Posyandu Mawar is asked to confirm
 * `activities` ({@link partnerRequests}), a minute before the tests send anything. Call it in a
 * describe block: it starts in `beforeAll` and stops in `afterAll`.
 */
export function usePartnerRequestsBot(kind: DatabaseKind, activities: readonly LoggedActivity[]): Pick<TestBot, 'send'> {
  let store: TestStore | undefined;
  let bot: TestBot | undefined;
  const clock = manualClock('2026-12-07T03:00:00Z');
  beforeAll(async () => {
    store = await createTestStore(kind);
    bot = await startTestBot(store, { clock });
    await partnerRequests(bot, clock, activities);
    clock.advance(60_000);
  });
  afterAll(async () => {
    await bot?.close();
    await store?.dispose();
  });
  return { send: (user, input, messageId) => bot!.send(user, input, messageId) };
}
