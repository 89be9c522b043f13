/**
 * The officer's "waiting for verification" list: one message per record, each with its
 * own Verifikasi/Tolak buttons (the same deep links as in alerts), so a muted or missed
 * alert never leaves a record without a way to decide on it.
 */
import { say, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { dateText, groupTypeText } from '../model/message-parts.js';
import type { PendingGroupDetails, PendingVerification } from '../model/reports.js';
import { formatAreaUnit } from '../parse/area-unit.js';
import { activityFactsText } from './activity-facts.js';
import { verifyButtons } from './verify-target.js';

/**
 * The list's messages: a count, then one message per record. `own` records (of groups the
 * officer leads) are not listed, since their buttons would only refuse; the count says they
 * wait for another officer, so the officer knows they are not lost.
 */
export function pendingMessages(items: readonly PendingVerification[], total: number, own = 0): OutboundMessage[] {
  const ownLine = own > 0 ? [t('officers:pending.own', { count: own })] : [];
  if (total === 0) return [say([t('officers:pending.none'), ...ownLine])];
  const header = say([
    t('officers:pending.title', { count: total }),
    ...(total > items.length ? [t('officers:pending.more', { count: items.length })] : []),
    ...ownLine,
  ]);
  return [header, ...items.map(pendingItemMessage)];
}

/**
 * Ketua (with the whole phone: only officers of the desa see this list, and verifying the
 * group is the purpose the ketua gave it for), members and RT/RW.
 */
function detailsText(details: PendingGroupDetails) {
  const unit = formatAreaUnit(details.unit);
  const ketua = details.ketua;
  return t('officers:pending.groupDetails', {
    ketua: ketua?.name ?? '–',
    phone: ketua?.phone ?? '–',
    members: details.memberCount,
    unit: unit === '' ? t('groups:unit.whole') : unit,
  });
}

/** One record of the list, with its ✅ Verifikasi / ❌ Tolak buttons (and its photos, for an activity). */
export function pendingItemMessage(item: PendingVerification): OutboundMessage {
  if (item.type === 'group') {
    const head = t('officers:pending.group', { name: item.name, type: groupTypeText(item.groupType, item.typeOther ?? null), village: item.villageName });
    return say(item.details ? [head, detailsText(item.details)] : head, verifyButtons('group', item.id));
  }
  const head = t('officers:pending.activity', {
    date: dateText(item.date),
    category: t(`activities:category.${item.category}`),
    description: item.description,
    village: item.villageName,
  });
  const message = say(item.details ? [head, activityFactsText(item.details)] : head, verifyButtons('activity', item.id));
  // The evidence before the text, on channels that can send photos (as with the alert).
  const photoIds = item.details?.photoIds ?? [];
  return photoIds.length > 0 ? { ...message, photos: [...photoIds] } : message;
}
