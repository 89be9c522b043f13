/** Bot API failures → neutral channel errors: may a later attempt help? */
import { GrammyError, HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { toChannelError } from '../../../src/channels/telegram/send-errors.js';

const apiError = (error_code: number, description: string, retry_after?: number) =>
  new GrammyError('Call to sendMessage failed!', { ok: false, error_code, description, ...(retry_after !== undefined && { parameters: { retry_after } }) }, 'sendMessage', {});

describe('toChannelError', () => {
  it('says a blocked bot, an unknown chat or a bad token will not get better', () => {
    for (const [code, description] of [
      [403, 'Forbidden: bot was blocked by the user'],
      [403, 'Forbidden: bot was kicked from the group chat'],
      [400, 'Bad Request: chat not found'],
      [401, 'Unauthorized'],
    ] as const) {
      expect(toChannelError(apiError(code, description))).toEqual({ channel: 'telegram', retryable: false, reason: `sendMessage: ${code} ${description}` });
    }
  });

  it('says rate limits (with the wait), server errors and network faults may', () => {
    expect(toChannelError(apiError(429, 'Too Many Requests: retry after 7', 7))).toEqual({
      channel: 'telegram',
      retryable: true,
      retryAfterMs: 7000,
      reason: 'sendMessage: 429 Too Many Requests: retry after 7',
    });
    expect(toChannelError(apiError(429, 'Too Many Requests'))).toMatchObject({ retryable: true });
    expect(toChannelError(apiError(502, 'Bad Gateway'))).toMatchObject({ retryable: true });
    expect(toChannelError(new HttpError("Network request for 'sendMessage' failed!", new Error('ECONNRESET')))).toMatchObject({ retryable: true });
    expect(toChannelError(new TypeError('bug'))).toMatchObject({ retryable: false, reason: 'bug' });
  });
});
