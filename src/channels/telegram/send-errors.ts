/**
 * Bot API failures → the neutral {@link ChannelError}. By the time an error reaches here the
 * auto-retry transformer has already retried 429s and 5xx within its limits, so this only
 * says whether trying again *later* (an outbox, an admin) can help.
 */
import { GrammyError, HttpError } from 'grammy';
import type { ChannelError } from '../../core/channel.js';

/** Classifies an error thrown by a Bot API call. */
export function toChannelError(error: unknown): ChannelError {
  if (error instanceof GrammyError) {
    const reason = `${error.method}: ${error.error_code} ${error.description}`;
    if (error.error_code === 429) {
      const after = error.parameters.retry_after;
      return typeof after === 'number'
        ? { channel: 'telegram', retryable: true, retryAfterMs: after * 1000, reason }
        : { channel: 'telegram', retryable: true, reason };
    }
    // 5xx: Telegram's side. 4xx other than 429: blocked (403), unknown chat (400), bad token
    // (401): the same request will fail the same way.
    return { channel: 'telegram', retryable: error.error_code >= 500, reason };
  }
  if (error instanceof HttpError) return { channel: 'telegram', retryable: true, reason: error.message };
  // Anything else is a bug on our side; repeating it will not help.
  return { channel: 'telegram', retryable: false, reason: error instanceof Error ? error.message : String(error) };
}
