/**
 * The audit actions the activity effects write (./effects.ts), which others read back: kept
 * apart from the effects so that storage can name them without importing the effects.
 */

/**
 * A rejected activity corrected and sent back: its entry keeps the date and kind it had where
 * the correction changed them, which 📥 Konfirmasi tells a partner asked again (read with the
 * inbox's pending participations, storage/activities/activity-sql.ts).
 */
export const CORRECTION_AUDITED = 'activity.correct';

/**
 * A pending activity withdrawn by its reporting group: the row is gone, so its entry (with the
 * desa) is what tells an officer who meets the activity later that it was withdrawn, and when
 * (officers/verification.ts).
 */
export const WITHDRAWAL_AUDITED = 'activity.withdraw';
