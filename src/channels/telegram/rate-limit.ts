import type { RateLimit } from '../../core/outbox/rate-limiter.js';

/**
 * Telegram's documented limits for bots are 30 messages/s overall and about 1 message/s per
 * chat. We aim at 29/s: requests leave exactly 1000/30 ms apart but arrive with network
 * jitter, so at exactly 30/s some land 31 in one of Telegram's seconds and get a 429 whose
 * retry_after stalls far more than the 3 % given up here (measured in the fan-out bench).
 */
export const TELEGRAM_RATE_LIMIT: RateLimit = { perSecond: 29, perChatIntervalMs: 1_000 };
