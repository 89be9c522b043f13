/**
 * Telling a group's leaders an officer's (or the admin's) verdict on their group or
 * activity, in the verdict's transaction (VERIFICATION_DECIDED). A rejected activity's
 * notice opens "my activities", a rejected group's opens that group in "my groups", where each
 * is fixed and sent back, with one tap. A rejected activity's partner groups that had not
 * confirmed yet are told too: their request left their Konfirmasi, and nothing is asked of
 * them any more.
 */
import { deepLinkButtonId } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { LEADER_NOTICE_KINDS } from '../model/alert-kinds.js';
import { compactUuid } from '../model/compact-uuid.js';
import { MY_ACTIVITIES_DEEP_LINK, MY_GROUPS_DEEP_LINK } from '../model/deep-links.js';
import type { DecidedRecord } from '../model/events.js';
import type { Verdict } from '../model/groups.js';
import type { OfficerKind } from '../model/officers.js';
import type { DomainTx } from '../model/tx.js';
import { noticeGroupLeaders } from './leader-notices.js';
import { noticeRequestEnded } from './request-ended-notices.js';

/** What {@link noticeVerdict} tells: the VERIFICATION_DECIDED payload. */
export interface VerdictNotice {
  readonly record: DecidedRecord;
  readonly verdict: Verdict;
  readonly reason: string | null;
  readonly officerKind: OfficerKind | null;
  readonly officerName: string | null;
  readonly deciderId: string | null;
}

/**
 * Records the verdict's notice for the leaders of the record's group, except the decider, and
 * for a rejected activity the notice of its partners that had not confirmed yet. It names the
 * officer when their name is known ("… petugas TKSK (Tono Sugiarto)"): the leaders know whom
 * to ask. The named texts are keys of their own, so notices queued before an officer gave a
 * name still read as they did.
 */
export async function noticeVerdict(
  tx: Pick<DomainTx, 'groups' | 'outbox' | 'privacy' | 'activities'>,
  { record, verdict, reason, officerKind, officerName, deciderId }: VerdictNotice,
  now: Date,
): Promise<void> {
  if (record.type === 'activity' && verdict === 'rejected') {
    const activity = await tx.activities.summary(record.id);
    if (activity) await noticeRequestEnded(tx, activity, 'rejected', now, deciderId ?? undefined);
  }
  if (!record.groupId) return;
  const by = officerKind ? t(`officers:kind.${officerKind}`) : null;
  const what = record.label;
  const why = reason ?? '';
  const text = !by
    ? verdict === 'verified'
      ? t('officers:notice.verifiedByAdmin', { what })
      : t('officers:notice.rejectedByAdmin', { what, reason: why })
    : officerName
      ? verdict === 'verified'
        ? t('officers:notice.verifiedNamed', { what, officer: by, name: officerName })
        : t('officers:notice.rejectedNamed', { what, officer: by, name: officerName, reason: why })
      : verdict === 'verified'
        ? t('officers:notice.verified', { what, officer: by })
        : t('officers:notice.rejected', { what, officer: by, reason: why });
  const notice = say(
    text,
    verdict !== 'rejected'
      ? undefined
      : record.type === 'activity'
        ? [{ id: deepLinkButtonId(MY_ACTIVITIES_DEEP_LINK, ''), label: t('activities:mine.open') }]
        : [{ id: deepLinkButtonId(MY_GROUPS_DEEP_LINK, compactUuid(record.id)), label: t('groups:mine.open') }],
  );
  await noticeGroupLeaders(
    tx,
    record.groupId,
    LEADER_NOTICE_KINDS.verdict,
    notice,
    // A corrected activity is decided again: each verdict is its own notice.
    `leader.verdict:${record.type}:${record.id}:${now.getTime()}`,
    now,
    deciderId ?? undefined,
  );
}
