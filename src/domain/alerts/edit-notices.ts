/**
 * Telling a group's other leaders that one of them changed its data or ended it
 * (GROUP_EDITED): what changed and by whom, with the group's new values where they are short
 * (the ketua, the phone, the name). A co-leader who changes the ketua's phone is never
 * silent to the ketua, and the other way round.
 */
import { say, type OutboundMessage } from '../../core/messages.js';
import { t, type Text } from '../../core/text.js';
import { LEADER_NOTICE_KINDS } from '../model/alert-kinds.js';
import type { GroupView } from '../model/groups.js';
import type { DomainTx } from '../model/tx.js';
import { noticeGroupLeaders } from './leader-notices.js';

/** What {@link noticeGroupEdited} tells: the GROUP_EDITED payload. */
export interface GroupEdit {
  readonly group: GroupView;
  readonly fields: readonly string[];
  readonly actorId: string;
  readonly actorName: string | null;
}

/** One changed field as the notice names it, with its new value where that is short. */
function fieldText(field: string, group: GroupView): Text {
  switch (field) {
    case 'name':
      return t('groups:edited.fieldValue', { field: t('groups:field.name'), value: group.name });
    case 'ketuaName':
      return t('groups:edited.fieldValue', { field: t('groups:field.ketuaName'), value: group.ketuaName ?? '–' });
    case 'ketuaPhone':
      return t('groups:edited.fieldValue', { field: t('groups:field.ketuaPhone'), value: group.ketuaPhone ?? '–' });
    case 'members':
      return t('groups:edited.fieldValue', { field: t('groups:field.members'), value: group.memberCount });
    default:
      return t(`groups:field.${field}`);
  }
}

/** The notice's message: who changed which fields (or ended the group). */
export function groupEditedNotice({ group, fields, actorName }: Omit<GroupEdit, 'actorId'>): OutboundMessage {
  const who = actorName ?? t('groups:edited.someone');
  return say(
    fields.includes('deactivated')
      ? t('groups:edited.deactivated', { group: group.name, who })
      : t('groups:edited.changed', { group: group.name, who, fields: listText(fields.map((field) => fieldText(field, group))) }),
  );
}

/** Records the notice for every leader of the group but the one who made the change. */
export async function noticeGroupEdited(tx: Pick<DomainTx, 'outbox' | 'privacy'>, edit: GroupEdit, now: Date): Promise<void> {
  await noticeGroupLeaders(tx, edit.group.id, LEADER_NOTICE_KINDS.groupEdited, groupEditedNotice(edit), `group.edited:${edit.group.id}:${now.getTime()}`, now, edit.actorId);
}

/** "Nama ketua: Bu Sri; Nomor HP ketua: +62…" as one text (the event names at least one field). */
function listText(items: readonly Text[]): Text | string {
  const [first, ...rest] = items;
  return first === undefined ? '' : rest.reduce<Text>((all, item) => t('groups:edited.and', { first: all, next: item }), first);
}
