/**
 * The dedupe keys of the alerts that ask officers to verify a record (a new or changed group,
 * a logged or corrected activity). Each starts `<prefix>:<record id>`, so that the outbox can
 * tell, when it releases an alert (after an officer's quiet hours, say), whether its record
 * still awaits a verdict: one that was verified or rejected meanwhile is not asked about any
 * more (storage/outbox/claim.ts drops the alert).
 */

/** The prefixes of verification alerts' keys, by the table of the record they ask about. */
export const VERIFY_ALERT_PREFIXES = {
  Group: ['group.registered', 'group.changed'],
  Activity: ['activity.logged', 'activity.corrected'],
} as const;

type Prefix = (typeof VERIFY_ALERT_PREFIXES)[keyof typeof VERIFY_ALERT_PREFIXES][number];

/**
 * A verification alert's key (before the officer's id is appended): the record's id second;
 * `at` (epoch ms) when the same record may be asked about again (a change, a correction).
 */
export function verifyAlertKey(prefix: Prefix, recordId: string, at?: Date): string {
  return at === undefined ? `${prefix}:${recordId}` : `${prefix}:${recordId}:${at.getTime()}`;
}
