/**
 * "kelompok apa saja di wilayah saya", "kelompok mana yg belum aktif": the groups of an
 * officer's areas listed in the chat, each with its verification state, or only those the
 * status rules do not count as active (no activity in the window, not newly registered).
 * They were answered as a resident's question (the FAQ on levels, or "belum paham"); the
 * whole list, with its filters, is the dashboard's.
 */
import { z } from 'zod';
import type { EffectContext } from '../../core/effect-context.js';
import { defineEffect } from '../../core/engine/effect.js';
import { handleEffect, type EffectEntry } from '../../core/effect-registry.js';
import { say, type Button, type OutboundMessage } from '../../core/messages.js';
import { t, type Text } from '../../core/text.js';
import { jakartaDateDaysBefore } from '../../core/time/wib.js';
import { linesText } from '../model/message-parts.js';
import type { AreaGroup, AreaGroupList } from '../model/reports.js';
import type { DomainTx } from '../model/tx.js';

/** How many groups the chat lists; the rest are counted and left to the dashboard. */
const AREA_GROUPS_LIMIT = 20;

/** The status rules' windows that make a group count as active (domain/status/thresholds.ts). */
export interface ActiveWindow {
  readonly activityWindowDays: number;
  readonly newGroupGraceDays: number;
}

/** The groups listed, and which were asked; null for someone who is not an active officer. */
export type AreaGroupsResult = (AreaGroupList & { readonly uncountedOnly: boolean }) | null;

/** Lists the groups of the officer's areas (`uncountedOnly`: those not counted as active). */
export const OFFICER_AREA_GROUPS = defineEffect<AreaGroupsResult>()('officer.areaGroups', z.object({ uncountedOnly: z.boolean() }));

/** The handler of {@link OFFICER_AREA_GROUPS}. */
export function areaGroupEffects<Tx extends DomainTx>(window: ActiveWindow): EffectEntry<Tx>[] {
  return [
    handleEffect(OFFICER_AREA_GROUPS, async ({ uncountedOnly }, { tx, person, now }: EffectContext<Tx>): Promise<AreaGroupsResult> => {
      const officer = await tx.officers.byPerson(person.id);
      if (!officer?.active) return null;
      const dates = { activeSince: jakartaDateDaysBefore(now, window.activityWindowDays), registeredSince: jakartaDateDaysBefore(now, window.newGroupGraceDays) };
      const list = await tx.alertReports.areaGroups(officer.areaPrefixes, { ...dates, uncountedOnly }, AREA_GROUPS_LIMIT);
      return { ...list, uncountedOnly };
    }),
  ];
}

/** "• Arisan Mawar (Sidoarum): ⏳ menunggu verifikasi · 💤 belum aktif". */
function groupLine(group: AreaGroup): Text {
  const state = t(`officers:areaGroups.state.${group.verification}`);
  const counted = group.counted || group.verification === 'rejected';
  return t(counted ? 'officers:areaGroups.line' : 'officers:areaGroups.lineNotCounted', { name: group.name, village: group.villageName, state });
}

/** The list as one message, with `buttons` (the panel, the menu). */
export function areaGroupsMessage(list: NonNullable<AreaGroupsResult>, buttons: readonly Button[]): OutboundMessage {
  const kind = list.uncountedOnly ? 'uncounted' : 'all';
  if (list.total === 0) return say(t(`officers:areaGroups.none.${kind}`), buttons);
  const more = list.total - list.items.length;
  return say(
    linesText([
      t(`officers:areaGroups.title.${kind}`, { count: list.total }),
      ...list.items.map(groupLine),
      ...(more > 0 ? [t('officers:areaGroups.more', { count: more })] : []),
      ...(list.uncountedOnly ? [t('officers:areaGroups.uncountedHint')] : []),
    ]),
    buttons,
  );
}
