/**
 * Consent rules (UU PDP 27/2022, Pasal 20–24): personal data is collected only after the
 * person agreed to the current notice; a withdrawal stops collection and proactive
 * messages until they agree again.
 */
import type { ConsentState } from '../model/privacy.js';

/**
 * The version of the consent notice (locales/<lng>/privacy.json, `consent.*`). Change it
 * whenever what the notice says changes: everyone is then asked again before their next
 * personal data is collected.
 */
// 2026-12-05: the verifying officers see the ketua's whole phone (issue #11).
// 2026-12-08: names the activity photos (and their place, when chosen) among what is
// recorded, and says group data stays after the group is deactivated.
export const NOTICE_VERSION = '2026-12-08';

/** True when the person agreed to `version` of the notice and has not withdrawn it. */
export function hasCurrentConsent(state: ConsentState, version: string = NOTICE_VERSION): boolean {
  if (state.anonymised) return false;
  return state.consents.some((consent) => consent.noticeVersion === version && consent.withdrawnAt === null);
}

/** True when the person has a consent in force (of any notice version). */
export function hasActiveConsent(state: ConsentState): boolean {
  return !state.anonymised && state.consents.some((consent) => consent.withdrawnAt === null);
}

/**
 * Whether proactive notices (to leaders) may go to the person: not after they withdrew
 * every consent they gave, nor after erasure. People who never saw a notice (records from
 * before it existed) are still told about their own groups.
 */
export function mayNotify(state: ConsentState): boolean {
  if (state.anonymised) return false;
  return state.consents.length === 0 || hasActiveConsent(state);
}
