/**
 * What the WhatsApp channel logs with: a pino logger fits as is. The channel never logs
 * message text or phone numbers; a chat appears as a short hash, enough to follow one
 * conversation through the logs without saying whose it is.
 */
import { createHash } from 'node:crypto';

/** Structured fields first, then the message (pino's argument order). */
export type LogFn = (fields: Record<string, unknown>, message: string) => void;

/** A pino-like logger. */
export interface ChannelLogger {
  readonly debug: LogFn;
  readonly info: LogFn;
  readonly warn: LogFn;
  readonly error: LogFn;
}

/** A stable 10-character pseudonym of a JID for logs. */
export function chatTag(jid: string): string {
  return createHash('sha256').update(jid).digest('hex').slice(0, 10);
}
