/**
 * What already waits for a newly enrolled officer's verdict in their areas, said with their
 * welcome ("⏳ 2 kelompok menunggu verifikasi di wilayah Anda", with the list's button): the
 * welcome said only that alerts would come, while groups of the area had waited for days.
 */
import { say, type Button, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import type { PendingList } from '../model/reports.js';

/** Records waiting in the officer's areas: by kind when the list read holds them all (else null). */
export interface Waiting {
  readonly total: number;
  readonly groups: number | null;
  readonly activities: number | null;
}

/** The waiting records of a pending list (its first items and total; the officer's own groups' left out). */
export function waitingOf(list: PendingList): Waiting {
  const whole = list.items.length === list.total;
  const groups = list.items.filter((item) => item.type === 'group').length;
  return { total: list.total, groups: whole ? groups : null, activities: whole ? list.total - groups : null };
}

/** The line with `listButton` (the pending list's), or null when nothing waits. */
export function waitingMessage(waiting: Waiting | undefined, listButton: Button): OutboundMessage | null {
  if (!waiting || waiting.total === 0) return null;
  const { total, groups, activities } = waiting;
  const text =
    groups === null || activities === null
      ? t('officers:enroll.waiting.records', { count: total })
      : activities === 0
        ? t('officers:enroll.waiting.groups', { count: groups })
        : groups === 0
          ? t('officers:enroll.waiting.activities', { count: activities })
          : t('officers:enroll.waiting.both', { groups, activities });
  return say(text, [listButton]);
}
