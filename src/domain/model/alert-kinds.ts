/**
 * The kinds of proactive messages. Officer alerts can be muted by kind; notices to leaders
 * cannot (they concern the leader's own group and are rare).
 */

/** Officer alert kinds, in the order the mute screen lists them. */
export const OFFICER_ALERT_KINDS = [
  'group.registered',
  'activity.logged',
  'level.changed',
  'group.inactive',
  'digest.weekly',
] as const;
export type OfficerAlertKind = (typeof OFFICER_ALERT_KINDS)[number];

/** Notices to group leaders. */
export const LEADER_NOTICE_KINDS = {
  /** An officer verified or rejected the leader's group or activity. */
  verdict: 'leader.verdict',
  /** Another group asks the leader's group to confirm something (inbox). */
  confirmRequest: 'leader.confirmRequest',
  /** A partner group confirmed or declined an activity or a relation the leader's group asked about. */
  answer: 'leader.answer',
  /** The leader's request to co-lead a group was approved or declined. */
  coLeader: 'leader.coLeader',
  /** The level of the desa of the leader's group went up or down. */
  level: 'leader.level',
  /** Another leader of the group changed its data or ended it. */
  groupEdited: 'leader.groupEdited',
  /** A request the leader's group had not answered yet ended without them (an officer rejected the activity). */
  requestEnded: 'leader.requestEnded',
  /** An officer or the admin merged a group registered twice into the one that stays. */
  merged: 'leader.merged',
} as const;

/** The i18n key of an alert kind's name (for the mute screen). */
export function alertKindLabelKey(kind: OfficerAlertKind): string {
  return `officers:alertKind.${kind.replace('.', '_')}`;
}

/** True when `kind` is an officer alert kind. */
export function isOfficerAlertKind(kind: string): kind is OfficerAlertKind {
  return OFFICER_ALERT_KINDS.some((known) => known === kind);
}
