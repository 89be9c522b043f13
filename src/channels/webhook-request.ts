/**
 * What the platforms' webhook routes (Telegram, WhatsApp Cloud API) share: the error a
 * refused request is answered with, and the constant-time comparison of a shared secret.
 */
import { hash, timingSafeEqual } from 'node:crypto';

/** A 4xx the app's error handler answers with its message. */
export class WebhookRequestError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'WebhookRequestError';
  }
}

/**
 * A comparer for `secret`: true when what was sent is that secret. Comparing digests keeps
 * the comparison constant-time whatever the length sent.
 */
export function secretMatcher(secret: string): (given: unknown) => boolean {
  const expected = sha256(secret);
  return (given) => typeof given === 'string' && timingSafeEqual(sha256(given), expected);
}

/** One-shot: it runs on every webhook POST, and a Hash object costs more than the digest. */
function sha256(value: string): Buffer {
  return hash('sha256', value, 'buffer');
}
