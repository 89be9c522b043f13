/**
 * What a Verifikasi/Tolak button in an officer's alert points at, packed into a deep-link
 * argument: one letter for the record type, one for the action, and the record's UUID in
 * 22 characters — 24 in all, within the 30 a deep link allows. The flow behind the button
 * re-checks everything (role, area, still pending); the argument only says what was tapped.
 */
import { deepLinkButtonId } from '../../core/engine/flow.js';
import type { Button } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { compactUuid, expandUuid } from '../model/compact-uuid.js';

/** The verification flow's id (here so that the panel can start it without importing the flow, which starts the panel). */
export const OFFICER_VERIFY_FLOW_ID = 'officer.verify';

/** The deep-link key of the verification flow. */
export const VERIFY_DEEP_LINK = 'v';

export type VerifyTargetType = 'group' | 'activity';
export type VerifyAction = 'verify' | 'reject';

/** A record and what to do with it. */
export interface VerifyTarget {
  readonly type: VerifyTargetType;
  readonly id: string;
  readonly action: VerifyAction;
}

const TYPE_LETTER: Record<VerifyTargetType, string> = { group: 'g', activity: 'a' };
const ACTION_LETTER: Record<VerifyAction, string> = { verify: 'v', reject: 'r' };

/** The deep-link argument of a target. */
export function encodeVerifyTarget(target: VerifyTarget): string {
  return `${TYPE_LETTER[target.type]}${ACTION_LETTER[target.action]}${compactUuid(target.id)}`;
}

/** The target of a deep-link argument, or null when it is not one. */
export function decodeVerifyTarget(arg: string): VerifyTarget | null {
  const type = arg[0] === 'g' ? 'group' : arg[0] === 'a' ? 'activity' : null;
  const action = arg[1] === 'v' ? 'verify' : arg[1] === 'r' ? 'reject' : null;
  const id = expandUuid(arg.slice(2));
  return type && action && id ? { type, id, action } : null;
}

/** The Verifikasi and Tolak buttons of an alert about a record. */
export function verifyButtons(type: VerifyTargetType, id: string): Button[] {
  return [
    { id: deepLinkButtonId(VERIFY_DEEP_LINK, encodeVerifyTarget({ type, id, action: 'verify' })), label: t('officers:button.verify') },
    { id: deepLinkButtonId(VERIFY_DEEP_LINK, encodeVerifyTarget({ type, id, action: 'reject' })), label: t('officers:button.reject') },
  ];
}
