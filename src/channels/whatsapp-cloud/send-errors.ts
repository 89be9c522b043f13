/**
 * Cloud API failures → the neutral {@link ChannelError}: whether trying again can help, and
 * when. The same codes come back in two places: the answer to a send, and later in a
 * `failed` status webhook; both are classified here.
 *
 * Codes: https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes
 */
import type { ChannelError } from '../../core/channel.js';
import { GraphApiError } from './graph-client.js';

/** Re-engagement: more than 24 hours since the person last wrote; only a template may go. */
export const OUTSIDE_WINDOW = 131047;

/** Codes worth another try, and the least wait before it. */
const RETRYABLE: ReadonlyMap<number, { readonly afterMs: number; readonly what: string }> = new Map([
  [130429, { afterMs: 2_000, what: 'throughput rate limit reached' }],
  [131056, { afterMs: 6_000, what: 'too many messages to this person in a short time (pair rate limit)' }],
  [4, { afterMs: 60_000, what: 'application call limit reached' }],
  [80007, { afterMs: 60_000, what: 'business account rate limit reached' }],
  [131048, { afterMs: 60 * 60_000, what: 'spam rate limit: the number is sending too much' }],
  [131000, { afterMs: 10_000, what: 'something went wrong at Meta' }],
  [131016, { afterMs: 30_000, what: 'service temporarily unavailable' }],
  [131057, { afterMs: 5 * 60_000, what: 'business account in maintenance mode' }],
  [1, { afterMs: 10_000, what: 'API unknown error' }],
  [2, { afterMs: 10_000, what: 'API service temporarily unavailable' }],
  // A token that expired is renewed by an admin: the alerts should go out once it is.
  [190, { afterMs: 10 * 60_000, what: 'access token expired or invalid: renew WHATSAPP_CLOUD_ACCESS_TOKEN' }],
]);

/** Known refusals, said plainly for the dead letters (the code and Meta's text follow). */
const REFUSED: ReadonlyMap<number, string> = new Map([
  [OUTSIDE_WINDOW, 'outside the 24-hour window (re-engagement): a template is needed'],
  [131026, 'message undeliverable (not a WhatsApp number, old app, or the person has not accepted the terms)'],
  [100, 'invalid parameter'],
  [131008, 'required parameter missing'],
  [131009, 'parameter value not valid'],
  [131021, 'recipient is the sender'],
  [131030, 'recipient not in the allowed list (test number)'],
  [131031, 'business account locked'],
  [131049, 'Meta chose not to deliver it (per-user marketing limit)'],
  [131050, 'the person stopped marketing messages'],
  [131051, 'unsupported message type'],
  [132000, 'template parameter count does not match'],
  [132001, 'template does not exist in this language'],
  [132005, 'template text too long after filling in'],
  [132007, 'template breaks the formatting policy'],
  [132012, 'template parameter format does not match'],
  [132015, 'template is paused for low quality'],
  [132016, 'template is disabled'],
  [132018, 'template parameter has new lines, tabs or too many spaces'],
  [368, 'temporarily blocked for policy violations'],
  [131045, 'phone number not registered'],
]);

/** A failure described by an error code (from an answer or a status webhook). */
export function classifyCode(code: number | undefined, description: string, httpStatus?: number): ChannelError {
  const label = `${code === undefined ? '' : `#${code} `}${description}`.trim();
  const retry = code === undefined ? undefined : RETRYABLE.get(code);
  if (retry) return { channel: 'whatsapp', retryable: true, retryAfterMs: retry.afterMs, reason: `${retry.what} (${label})` };
  const refused = code === undefined ? undefined : REFUSED.get(code);
  if (refused) return { channel: 'whatsapp', retryable: false, reason: `${refused} (${label})` };
  // Unknown codes: Meta's side (5xx) may mend itself; a 4xx will fail the same way again.
  const retryable = httpStatus === undefined ? false : httpStatus >= 500 || httpStatus === 429;
  return { channel: 'whatsapp', retryable, reason: label || `HTTP ${httpStatus ?? '?'}` };
}

/** Classifies an error thrown by a {@link GraphClient} call (or by fetch itself). */
export function toChannelError(error: unknown): ChannelError {
  if (error instanceof GraphApiError) return classifyCode(error.code, error.details ? `${error.description}: ${error.details}` : error.description, error.status);
  // fetch's TypeError (network), a timeout's AbortError/TimeoutError: try again later.
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'TypeError' || name === 'AbortError' || name === 'TimeoutError') {
    return { channel: 'whatsapp', retryable: true, reason: `network: ${message.slice(0, 120)}` };
  }
  return { channel: 'whatsapp', retryable: false, reason: message.slice(0, 200) };
}

/** True when a send failed because the person's 24-hour window is closed. */
export function isOutsideWindow(error: unknown): boolean {
  return error instanceof GraphApiError && error.code === OUTSIDE_WINDOW;
}
