/**
 * Telling a group's leaders that an officer (or the admin) merged a group registered twice
 * into theirs (GROUP_MERGED), in the merge's transaction. The duplicate's leaders lead the
 * group that stays now, so one notice to that group's leaders reaches both sides; its button
 * opens the group in "my groups", where the merged data is.
 */
import { deepLinkButtonId } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { LEADER_NOTICE_KINDS } from '../model/alert-kinds.js';
import { compactUuid } from '../model/compact-uuid.js';
import { MY_GROUPS_DEEP_LINK } from '../model/deep-links.js';
import type { GroupMerged } from '../model/events.js';
import type { DomainTx } from '../model/tx.js';
import { noticeGroupLeaders } from './leader-notices.js';

/** Records the merge's notice for the leaders of the group that stays, except the one who merged. */
export async function noticeMerge(tx: Pick<DomainTx, 'outbox' | 'privacy'>, { from, into, officerKind, officerName, deciderId }: GroupMerged, now: Date): Promise<void> {
  const by = officerKind
    ? officerName
      ? t('officers:notice.mergedByNamed', { officer: t(`officers:kind.${officerKind}`), name: officerName })
      : t('officers:notice.mergedByOfficer', { officer: t(`officers:kind.${officerKind}`) })
    : t('officers:notice.mergedByAdmin');
  const notice = say(t('officers:notice.merged', { from: from.name, into: into.name, by }), [
    { id: deepLinkButtonId(MY_GROUPS_DEEP_LINK, compactUuid(into.id)), label: t('groups:mine.open') },
  ]);
  await noticeGroupLeaders(tx, into.id, LEADER_NOTICE_KINDS.merged, notice, `leader.merged:${from.id}`, now, deciderId ?? undefined);
}
