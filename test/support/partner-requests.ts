/**
 * Ani's Arisan Melati logs activities with Budi's Posyandu Mawar in Panggungharjo, through
 * storage and the alert subscriber, so 📥 Konfirmasi asks Budi to confirm each (for tests of
 * the partner's answers).
 */
import type { NewActivity } from '../../src/domain/model/activities.js';
import type { NewGroup } from '../../src/domain/model/groups.js';
import { createAppTransactionRunner } from '../../src/storage/app-tx.js';
import type { Clock } from '../../src/core/ports.js';
import type { TestBot } from './bot.js';
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
