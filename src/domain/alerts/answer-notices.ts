/**
 * Telling leaders that someone answered their request: a partner group confirmed or
 * declined taking part in an activity their group reported, the other group confirmed or
 * declined a relation they declared, or their request to co-lead a group was answered.
 * Recorded in the answer's own transaction; the outbox sends them (never at night).
 */
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import type { InboxItem } from '../model/confirmations.js';
import { mayNotify } from '../privacy/consent.js';
import type { DomainTx } from '../model/tx.js';
import { LEADER_NOTICE_KINDS } from '../model/alert-kinds.js';
import { noticeGroupLeaders } from './leader-notices.js';
import { dateText } from '../model/message-parts.js';

type AnswerTx = Pick<DomainTx, 'groups' | 'outbox' | 'privacy' | 'activities'>;

/** Records the notice for an answer just recorded on `item`; `deciderId` answered (and is not told). */
export async function noticeAnswer(tx: AnswerTx, item: InboxItem, accept: boolean, deciderId: string, now: Date): Promise<void> {
  const answer = accept ? 'confirmed' : 'declined';
  switch (item.kind) {
    case 'participation': {
      const activity = await tx.activities.summary(item.activityId);
      if (!activity?.reportingGroup || activity.reportingGroup.id === item.groupId) return;
      const body = t(`officers:notice.participation_${answer}`, {
        group: item.groupName,
        reporter: activity.reportingGroup.name,
        date: dateText(item.date),
        category: t(`activities:category.${item.category}`),
      });
      await noticeGroupLeaders(tx, activity.reportingGroup.id, LEADER_NOTICE_KINDS.answer, say(body), `answer.participation:${item.activityId}:${item.groupId}`, now, deciderId);
      return;
    }
    case 'relation': {
      const body = t(`officers:notice.relation_${answer}`, { group: item.groupName, from: item.fromGroupName, kind: t(`relations:kind.${item.relationKind}`) });
      await noticeGroupLeaders(tx, item.fromGroupId, LEADER_NOTICE_KINDS.answer, say(body), `answer.relation:${item.relationId}:${answer}`, now, deciderId);
      return;
    }
    case 'coleader': {
      // The requester is not a leader of the group before the answer: told directly.
      if (item.requesterId === deciderId || !mayNotify(await tx.privacy.consentState(item.requesterId))) return;
      await tx.outbox.enqueue(
        {
          personId: item.requesterId,
          officerId: null,
          kind: LEADER_NOTICE_KINDS.coLeader,
          messages: [say(t(`officers:notice.coleader_${answer}`, { group: item.groupName }))],
          dedupeKey: `answer.coleader:${item.groupId}:${item.requesterId}:${now.getTime()}`,
        },
        now,
      );
      return;
    }
  }
}
