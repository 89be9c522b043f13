/**
 * Notices to the leaders of a group (leader and active co-leaders), recorded in the
 * caller's transaction: an officer's verdict on their group or activity, and requests of
 * other groups waiting in their confirmation inbox. The inbox stays the source of truth;
 * a notice only tells them to look.
 */
import { deepLinkButtonId } from '../../core/engine/flow.js';
import { say, type OutboundMessage } from '../../core/messages.js';
import { t, type Text } from '../../core/text.js';
import { mayNotify } from '../privacy/consent.js';
import type { DomainTx } from '../model/tx.js';
import { LEADER_NOTICE_KINDS } from '../model/alert-kinds.js';
import { INBOX_DEEP_LINK } from '../model/deep-links.js';

/**
 * Records `message` for every active leader of the group except `exceptPersonId` (who
 * caused it) and those who withdrew their consent or were erased (no proactive messages
 * then; the inbox still shows the request when they look). `dedupe` identifies the event;
 * the person's id is appended. Returns how many notices were recorded.
 */
export async function noticeGroupLeaders(
  tx: Pick<DomainTx, 'outbox' | 'privacy'>,
  groupId: string,
  kind: string,
  message: OutboundMessage,
  dedupe: string,
  now: Date,
  exceptPersonId?: string,
): Promise<number> {
  // The leaders with their consents in one read (the same leaders and order as leaderIds),
  // their notices recorded together in that order.
  const entries = (await tx.privacy.leaderConsents([groupId]))
    .filter(({ personId, consent }) => personId !== exceptPersonId && mayNotify(consent))
    .map(({ personId }) => ({ personId, officerId: null, kind, messages: [message], dedupeKey: `${dedupe}:${personId}` }));
  return tx.outbox.enqueueAll(entries, now);
}

/** A request waiting in the inbox, with a button that opens it. */
export function confirmRequestNotice(body: Text): OutboundMessage {
  return say(body, [{ id: deepLinkButtonId(INBOX_DEEP_LINK, ''), label: t('officers:button.openInbox') }]);
}

/** Records a confirmation request notice for a group's leaders. */
export function noticeConfirmRequest(
  tx: Pick<DomainTx, 'outbox' | 'privacy'>,
  groupId: string,
  body: Text,
  dedupe: string,
  now: Date,
  exceptPersonId: string,
): Promise<number> {
  return noticeGroupLeaders(tx, groupId, LEADER_NOTICE_KINDS.confirmRequest, confirmRequestNotice(body), dedupe, now, exceptPersonId);
}
