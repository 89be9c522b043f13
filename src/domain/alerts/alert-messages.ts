/**
 * The messages officers receive: a new group or a logged activity to verify (with
 * Verifikasi/Tolak deep-link buttons), a desa's level going up or down, a group gone
 * quiet, and the weekly digest. Neutral texts; the dispatcher renders them per recipient.
 */
import { deepLinkButtonId } from '../../core/engine/flow.js';
import { say, type OutboundMessage } from '../../core/messages.js';
import { t, type Text } from '../../core/text.js';
import type { ActivitySummary } from '../model/activities.js';
import type { GroupView } from '../model/groups.js';
import { verifyButtons } from '../officers/verify-target.js';
import { formatAreaUnit } from '../parse/area-unit.js';
import type { WksbmLevel } from '../model/status.js';
import { levelName } from '../status/status-message.js';
import { dateText, groupTypeText, linesText, villageText, type VillageNames } from '../model/message-parts.js';
import { activityFactsText } from '../officers/activity-facts.js';
import type { DigestFigures, InactiveGroup } from '../model/reports.js';
import { OFFICER_PANEL_DEEP_LINK } from '../model/deep-links.js';
import { ownEntry } from '../../core/record.js';

/** Level changes listed one by one in a digest; more are counted. */
const MAX_DIGEST_CHANGES = 20;

/**
 * A group waiting for verification: new, changed (a verified fact changed), or resubmitted
 * after a rejection (with the earlier reason, so the officer checks what was asked). Only the
 * officers covering the desa receive it, so the ketua's phone is whole: verifying the group is
 * what the ketua gave it for.
 */
export function groupRegisteredAlert(
  group: GroupView,
  leader: { readonly name: string; readonly phone: string | null },
  why: 'new' | 'changed' | { readonly resubmitted: string | null; readonly unchanged?: boolean } = 'new',
  before?: GroupView,
): OutboundMessage {
  const unit = formatAreaUnit(group.unit);
  const phone = leader.phone;
  const headline =
    why === 'new'
      ? t('officers:alert.groupHeadline.new')
      : why === 'changed'
        ? t('officers:alert.groupHeadline.changed')
        : t(why.unchanged === true ? 'officers:alert.groupHeadline.resentUnchanged' : 'officers:alert.groupHeadline.resubmitted', { reason: why.resubmitted ?? '–' });
  const message = say(
    t('officers:alert.groupRegistered', {
      headline,
      name: group.name,
      type: groupTypeText(group.type, group.typeOther),
      area: villageText(group),
      unit: unit === '' ? t('groups:unit.whole') : unit,
      members: group.memberCount,
      contact: phone ? t('officers:alert.contactPhone', { leader: leader.name, phone }) : t('officers:alert.contact', { leader: leader.name }),
    }),
    verifyButtons('group', group.id),
  );
  const was = before ? changesFrom(before, group) : [];
  // What changed, from what: the officer checks the change, not the whole group again.
  return was.length === 0 ? message : { ...message, body: [...message.body, t('officers:alert.groupWas', { changes: linesText(was) })] };
}

/** "Nama: PKK Mawar → PKK Melati", one per verified fact that changed. */
function changesFrom(before: GroupView, after: GroupView): Text[] {
  const pairs: Array<[string, string | Text, string | Text]> = [
    ['name', before.name, after.name],
    ['type', groupTypeText(before.type, before.typeOther), groupTypeText(after.type, after.typeOther)],
    ['village', before.villageName, after.villageName],
    ['ketuaName', before.ketuaName ?? '–', after.ketuaName ?? '–'],
    ['ketuaPhone', before.ketuaPhone ?? '–', after.ketuaPhone ?? '–'],
  ];
  const differ = (a: string | Text, b: string | Text) => JSON.stringify(a) !== JSON.stringify(b);
  return pairs.filter(([, from, to]) => differ(from, to)).map(([field, from, to]) => t('officers:alert.groupChange', { field: t(`groups:field.${field}`), from, to }));
}

/** A logged activity waiting for verification, with who reported it, its partners' answers and whom it served. */
export function activityLoggedAlert(activity: ActivitySummary, photoIds: readonly string[] = []): OutboundMessage {
  // (officers:alert.activityLogged stays for alerts recorded before the facts were added: they render when sent.)
  const message = say(
    t('officers:alert.activityToVerify', {
      date: dateText(activity.date),
      category: t(`activities:category.${activity.category}`),
      description: activity.description,
      facts: activityFactsText(activity),
      area: villageText(activity),
    }),
    verifyButtons('activity', activity.id),
  );
  // The evidence goes with the alert: channels that can send the photos before the text.
  return photoIds.length > 0 ? { ...message, photos: [...photoIds] } : message;
}

/** What a corrected activity was: the reason it was rejected with, and itself before the correction (each null when unknown). */
export interface EarlierActivity {
  readonly reason: string | null;
  readonly before: ActivitySummary | null;
}

/**
 * A rejected activity its leaders corrected, waiting for verification again; `newPhotos`: how
 * many of `photoIds` (the first ones) the correction brought, said in the text. With `earlier`,
 * the headline repeats the reason it was rejected with and the fields the correction changed
 * are listed from what to what (as a resubmitted group's alert does): the officer checks what
 * was asked, not the whole activity again.
 */
export function activityCorrectedAlert(
  activity: ActivitySummary,
  photoIds: readonly string[] = [],
  unchanged = false,
  newPhotos = 0,
  earlier: EarlierActivity = { reason: null, before: null },
): OutboundMessage {
  const alert = activityLoggedAlert(activity, photoIds);
  // The keys without a reason stay for alerts recorded before it was told (they render when sent) and when none is known.
  const headline =
    earlier.reason === null
      ? t(unchanged ? 'officers:alert.activityResentUnchanged' : 'officers:alert.activityCorrected')
      : t(unchanged ? 'officers:alert.activityResentUnchangedReason' : 'officers:alert.activityCorrectedReason', { reason: earlier.reason });
  const photos = newPhotos > 0 ? [t('officers:alert.activityNewPhotos', { count: newPhotos })] : [];
  const changes = earlier.before ? activityChanges(earlier.before, activity) : [];
  const was = changes.length > 0 ? [t('officers:alert.activityWas', { changes: linesText(changes) })] : [];
  const message = say([headline, ...photos, ...was, ...alert.body], alert.buttons);
  return alert.photos ? { ...message, photos: alert.photos } : message;
}

/** "Tanggal: 15 November 2026 → 14 November 2026", "Penerima manfaat (Lansia terlantar): 15 → 12": one per field a correction changed. */
function activityChanges(before: ActivitySummary, after: ActivitySummary): Text[] {
  const changes: Text[] = [];
  const change = (field: Text, from: string | number | Text, to: string | number | Text) => changes.push(t('officers:alert.activityChange', { field, from, to }));
  if (before.date !== after.date) change(t('officers:alert.activityField.date'), dateText(before.date), dateText(after.date));
  if (before.category !== after.category) change(t('officers:alert.activityField.category'), t(`activities:category.${before.category}`), t(`activities:category.${after.category}`));
  if (before.description !== after.description) change(t('officers:alert.activityField.description'), before.description, after.description);
  // Counts per PMKS category, by code; a category added or dropped reads from or to 0.
  const count = (counts: Readonly<Record<string, number>>, code: string): number => ownEntry(counts, code) ?? 0;
  const codes = [...new Set([...Object.keys(before.beneficiaries), ...Object.keys(after.beneficiaries)])].sort((a, b) => Number(a) - Number(b));
  for (const code of codes) {
    const from = count(before.beneficiaries, code);
    const to = count(after.beneficiaries, code);
    if (from !== to) change(t('officers:alert.activityField.beneficiaries', { name: t(`activities:pmks.${code}`) }), from, to);
  }
  return changes;
}

/** Ranks for "up" and "down": Dorman sits below every working level. */
const RANK: Record<WksbmLevel, number> = { dorman: -1, belum_ada: 0, rintisan: 1, tumbuh: 2, aktif: 3 };

/** Which way a level change went: Dorman is its own direction. */
export function levelDirection(from: WksbmLevel, to: WksbmLevel): 'up' | 'down' | 'dorman' {
  return to === 'dorman' ? 'dorman' : RANK[to] > RANK[from] ? 'up' : 'down';
}

/** A desa's level changed. */
export function levelChangedAlert(village: VillageNames, from: WksbmLevel, to: WksbmLevel): OutboundMessage {
  const direction = levelDirection(from, to);
  return say(t(`officers:alert.level.${direction}`, { area: villageText(village), from: levelName(from), to: levelName(to) }));
}

/** A group without activity for `days` days or more. */
export function inactiveGroupAlert(group: InactiveGroup, idleDays: number): OutboundMessage {
  return say(
    t('officers:alert.inactive', {
      name: group.name,
      area: villageText(group),
      days: idleDays,
      last: group.lastActivityDate ? dateText(group.lastActivityDate) : t('officers:alert.never'),
    }),
  );
}

/** The weekly digest of an officer's areas. */
export function digestMessage(week: string, areas: Text | string, figures: DigestFigures): OutboundMessage {
  const changes: Text[] = figures.levelChanges.slice(0, MAX_DIGEST_CHANGES).map((change) =>
    t('officers:digest.change', { village: change.villageName, from: levelName(change.from), to: levelName(change.to) }),
  );
  const more = figures.levelChanges.length - changes.length;
  if (more > 0) changes.push(t('officers:digest.moreChanges', { count: more }));
  return say(
    [
      t('officers:digest.summary', {
        week,
        areas,
        groups: figures.activeGroups,
        newGroups: figures.newGroups,
        activities: figures.activities,
        pendingGroups: figures.pendingGroups,
        pendingActivities: figures.pendingActivities,
      }),
      // Said apart, as the pending list says it (officers:pending.own): not lost, another officer's to verify.
      ...(figures.ownPending > 0 ? [t('officers:digest.own', { count: figures.ownPending })] : []),
      changes.length > 0 ? t('officers:digest.changes', { list: linesText(changes) }) : t('officers:digest.noChanges'),
    ],
    [{ id: deepLinkButtonId(OFFICER_PANEL_DEEP_LINK, ''), label: t('officers:button.openPanel') }],
  );
}
