/**
 * Telling the leaders of a desa's groups that its WKSBM level went up or down: the change,
 * the criteria as they stand now (what changed) and the next steps, in one message. Recorded
 * with the officers' level alert, in the transaction that records the change.
 */
import { say, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { mayNotify } from '../privacy/consent.js';
import type { WksbmLevel } from '../model/status.js';
import { levelName, statusMessage } from '../status/status-message.js';
import type { AreaStatus } from '../status/status.js';
import type { DomainTx } from '../model/tx.js';
import { LEADER_NOTICE_KINDS } from '../model/alert-kinds.js';
import { levelDirection } from './alert-messages.js';
import type { VillageNames } from '../model/message-parts.js';

/**
 * Records the notice for every active leader of an active group in the desa (once per
 * person, however many groups they lead there), except those who withdrew their consent.
 * `dedupe` names the change; the person's id is appended. Returns how many were recorded.
 */
export async function noticeLeadersOfLevelChange(
  tx: Pick<DomainTx, 'groups' | 'outbox' | 'privacy'>,
  villageCode: string,
  village: VillageNames,
  from: WksbmLevel,
  status: AreaStatus,
  dedupe: string,
  now: Date,
): Promise<number> {
  const direction = levelDirection(from, status.level);
  const key = direction === 'up' ? 'levelUp' : direction === 'down' ? 'levelDown' : 'levelDorman';
  const details = statusMessage(status, { name: village.villageName, districtName: village.districtName, regencyName: village.regencyName });
  const message = say([t(`officers:notice.${key}`, { from: levelName(from), to: levelName(status.level) }), ...details.body]);
  return noticeVillageLeaders(tx, villageCode, message, dedupe, now);
}

/**
 * Records `message` as a level notice for every active leader of the desa's groups, once per
 * person, except those who withdrew their consent; `dedupe` names the event (the person's id
 * is appended). Returns how many were recorded.
 */
export async function noticeVillageLeaders(
  tx: Pick<DomainTx, 'groups' | 'outbox' | 'privacy'>,
  villageCode: string,
  message: OutboundMessage,
  dedupe: string,
  now: Date,
): Promise<number> {
  const told = new Set<string>();
  const entries = [];
  // Every group's leaders with their consents in one read, group by group.
  const groups = await tx.groups.listInVillage(villageCode, []);
  for (const { personId, consent } of await tx.privacy.leaderConsents(groups.map((group) => group.id))) {
    if (told.has(personId)) continue;
    told.add(personId);
    if (!mayNotify(consent)) continue;
    entries.push({ personId, officerId: null, kind: LEADER_NOTICE_KINDS.level, messages: [message], dedupeKey: `${dedupe}:${personId}` });
  }
  // Recorded together, in the order the leaders were found.
  return tx.outbox.enqueueAll(entries, now);
}
