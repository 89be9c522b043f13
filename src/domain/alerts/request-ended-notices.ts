/**
 * Telling a joint activity's partner groups that had not confirmed yet that the request to
 * confirm it ended: an officer rejected the activity, or its reporting group withdrew it. The
 * request leaves their Konfirmasi either way; they are told rather than find it gone. Partners
 * that confirmed are asked nothing more, so they are not told.
 */
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { LEADER_NOTICE_KINDS } from '../model/alert-kinds.js';
import type { ActivitySummary } from '../model/activities.js';
import { dateText } from '../model/message-parts.js';
import type { DomainTx } from '../model/tx.js';
import { noticeGroupLeaders } from './leader-notices.js';

/** Why the request ended: the key of the notice. */
export type RequestEndedWhy = 'rejected' | 'withdrawn';

const KEYS: Record<RequestEndedWhy, string> = {
  rejected: 'officers:notice.requestEndedRejected',
  withdrawn: 'officers:notice.requestEndedWithdrawn',
};

/**
 * Records the notice for the leaders of each partner group of `activity` that had not
 * confirmed, except `exceptPersonId` (who caused it); consent is respected as for every
 * leader notice. Each event is its own notice (`now` in the key): a corrected activity may be
 * rejected again.
 */
export async function noticeRequestEnded(
  tx: Pick<DomainTx, 'outbox' | 'privacy'>,
  activity: ActivitySummary,
  why: RequestEndedWhy,
  now: Date,
  exceptPersonId?: string,
): Promise<void> {
  for (const partner of activity.partners.filter((p) => !p.confirmed)) {
    const body = t(KEYS[why], {
      reporter: activity.reportingGroup?.name ?? '–',
      group: partner.name,
      date: dateText(activity.date),
      category: t(`activities:category.${activity.category}`),
    });
    const dedupe = `request.ended:${activity.id}:${partner.groupId}:${now.getTime()}`;
    await noticeGroupLeaders(tx, partner.groupId, LEADER_NOTICE_KINDS.requestEnded, say(body), dedupe, now, exceptPersonId);
  }
}
