/**
 * The WhatsApp channel's send failures as {@link ChannelError}s: whether trying again can
 * help, and when.
 */
import type { ChannelError } from '../../core/channel.js';
import { field } from '../../core/unknown.js';

/** Not connected right now (reconnecting, pairing): try again shortly. */
export function notConnected(): ChannelError {
  return { channel: 'whatsapp', retryable: true, reason: 'not connected to WhatsApp' };
}

/** Sending failed or timed out on the wire: try again. */
export function sendFailed(cause: unknown): ChannelError {
  return { channel: 'whatsapp', retryable: true, reason: `sending failed: ${describe(cause)}` };
}

/** The person never wrote to the bot: writing first is how numbers get banned. */
export function noPriorContact(): ChannelError {
  return { channel: 'whatsapp', retryable: false, reason: 'refused: this number has not written to the bot' };
}

/** Today's cap is used up: not before the next Jakarta midnight. */
export function dailyCapReached(retryAfterMs: number): ChannelError {
  return { channel: 'whatsapp', retryable: false, retryAfterMs, reason: 'refused: daily WhatsApp message cap reached' };
}

/** The channel is stopping or stopped. */
export function stopped(): ChannelError {
  return { channel: 'whatsapp', retryable: true, reason: 'WhatsApp channel stopped' };
}

/** A short description of an error for logs: its name and status, never message content. */
export function describe(error: unknown): string {
  const status = statusCodeOf(error);
  const name = error instanceof Error ? error.message.slice(0, 80) : String(error).slice(0, 80);
  return status === undefined ? name : `${name} (${status})`;
}

/** The HTTP-like status of a Baileys (Boom) error: `error.output.statusCode`. */
export function statusCodeOf(error: unknown): number | undefined {
  const statusCode = field(field(error, 'output'), 'statusCode');
  return typeof statusCode === 'number' ? statusCode : undefined;
}
