/**
 * Alerting a change of a desa's level, as the status feature reports it (LEVEL_DROP_STARTED,
 * LEVEL_CHANGED, see status/refresh-area.ts), in the transaction that records it: the
 * officers of the desa and the leaders of its groups hear of a drop once, when it is first
 * seen, and of every change of the recorded level (to Dorman included). Officers follow
 * whole desa; RW figures are a leader's planning aid, so an RW's events are not alerted.
 */
import { subscribe, type EventContext, type Subscription } from '../../core/events.js';
import type { OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import type { LevelOverride, OverrideChange } from '../model/officers.js';
import { levelName } from '../status/status-message.js';
import { LEVEL_CHANGED, LEVEL_DROP_STARTED, LEVEL_OVERRIDE_CHANGED } from '../model/events.js';
import type { AreaRef, AreaStatus, LevelRecord, WksbmLevel } from '../model/status.js';
import type { VillageNames } from '../model/message-parts.js';
import type { DomainTx } from '../model/tx.js';
import { levelChangedAlert } from './alert-messages.js';
import { levelDropWarning } from './drop-warning.js';
import { noticeGroupLeaders } from './leader-notices.js';
import { noticeLeadersOfLevelChange } from './level-notices.js';
import { noticeLeadersOfOverride } from './override-notices.js';
import { alertOfficersOfVillage } from './officer-alerts.js';

/** The outbox kind of the drop warning to a desa's leaders. */
export const LEVEL_DROP_NOTICE_KIND = 'leader.levelDrop';

type LevelTx = Pick<DomainTx, 'officers' | 'outbox' | 'regions' | 'groups' | 'privacy'>;

const wholeDesa = (area: AreaRef): boolean => area.rw === undefined || area.rw === 0;

async function namesOf(tx: Pick<DomainTx, 'regions'>, villageCode: string): Promise<VillageNames> {
  const village = await tx.regions.village(villageCode);
  return village
    ? { villageName: village.name, districtName: village.districtName, regencyName: village.regencyName }
    : { villageName: villageCode, districtName: '', regencyName: '' };
}

/** An officer's alert of the computed level, with the officer's level in force beside it. */
function withOverride(message: OutboundMessage, override: LevelOverride | null): OutboundMessage {
  if (!override) return message;
  // Named when known, as in the status reply: the officers of a desa see which of them set it.
  const line = override.officerName
    ? t('officers:alert.level.overriddenNamed', { level: levelName(override.level), name: override.officerName, reason: override.reason })
    : t('officers:alert.level.overridden', { level: levelName(override.level), reason: override.reason });
  return { ...message, body: [...message.body, line] };
}

/** A drop was first seen: the desa's officers and leaders are warned, once per drop. */
export async function onLevelDropStarted(
  tx: LevelTx,
  { area, current, drop, since }: { readonly area: AreaRef; readonly current: WksbmLevel; readonly drop: NonNullable<AreaStatus['pendingDrop']>; readonly since: Date },
  now: Date,
): Promise<void> {
  if (!wholeDesa(area)) return;
  const warning = levelDropWarning(await namesOf(tx, area.villageCode), current, drop);
  // The moment the drop was first seen names it.
  const dedupe = `level.drop:${area.villageCode}:${since.getTime()}`;
  const override = await tx.officers.levelOverride(area);
  await alertOfficersOfVillage(tx, area.villageCode, 'level.changed', withOverride(warning, override), dedupe, now);
  // While an officer's level stands, the computed one's drop is not the leaders' level.
  if (override) return;
  for (const group of await tx.groups.listInVillage(area.villageCode, [])) {
    if (group.active) await noticeGroupLeaders(tx, group.id, LEVEL_DROP_NOTICE_KIND, warning, dedupe, now);
  }
}

/** The desa's recorded level changed: its officers are alerted and its leaders told what it means for them. */
export async function onLevelChanged(
  tx: LevelTx,
  { area, previous, status }: { readonly area: AreaRef; readonly previous: LevelRecord; readonly status: AreaStatus },
  now: Date,
): Promise<void> {
  if (!wholeDesa(area)) return;
  const names = await namesOf(tx, area.villageCode);
  const override = await tx.officers.levelOverride(area);
  await alertOfficersOfVillage(
    tx,
    area.villageCode,
    'level.changed',
    withOverride(levelChangedAlert(names, previous.level, status.level), override),
    // The previous record's moment names this change uniquely.
    `level.changed:${area.villageCode}:${previous.at.getTime()}:${status.level}`,
    now,
  );
  // The desa's leaders hear it too, with what it means for them (issue #11) — unless an
  // officer's level stands: their status answer shows that one, which did not change.
  if (override) return;
  await noticeLeadersOfLevelChange(tx, area.villageCode, names, previous.level, status, `leader.level:${area.villageCode}:${previous.at.getTime()}:${status.level}`, now);
}

/** An officer set or withdrew a desa's level: its leaders are told when the level in force moved. */
export async function onLevelOverrideChanged(
  tx: LevelTx,
  { area, before, change }: { readonly area: AreaRef; readonly before: WksbmLevel; readonly change: OverrideChange },
  now: Date,
): Promise<void> {
  if (!wholeDesa(area)) return;
  await noticeLeadersOfOverride(tx, area.villageCode, await namesOf(tx, area.villageCode), before, change, now);
}

/** The level alerts' subscriptions (part of {@link alertSubscriptions}). */
export function levelAlertSubscriptions<Tx extends LevelTx>(): Subscription<Tx>[] {
  return [
    subscribe(LEVEL_DROP_STARTED, (payload, { tx, now }: EventContext<Tx>) => onLevelDropStarted(tx, payload, now)),
    subscribe(LEVEL_CHANGED, (payload, { tx, now }: EventContext<Tx>) => onLevelChanged(tx, payload, now)),
    subscribe(LEVEL_OVERRIDE_CHANGED, (payload, { tx, now }: EventContext<Tx>) => onLevelOverrideChanged(tx, payload, now)),
  ];
}

