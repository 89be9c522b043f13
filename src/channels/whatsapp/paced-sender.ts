/**
 * The one queue every outgoing WhatsApp message goes through, in order: a random gap
 * between MIN and MAX since the previous message, and a cap per Jakarta calendar day.
 * Unofficial clients that send in bursts, at machine-regular intervals or in bulk are what
 * WhatsApp bans, so pacing is per linked number (one queue), not per chat.
 *
 * The cost is latency under load: at 1–3 s a message, twenty people answered at once wait
 * up to a minute for the last reply. That is the price of keeping the number.
 */
import type { SendResult } from '../../core/channel.js';
import { dailyCapReached, describe, sendFailed, stopped } from './channel-errors.js';
import { jakartaDate, msUntilJakartaMidnight } from '../../core/time/wib.js';
import { chatTag, type ChannelLogger } from './logger.js';
import type { SendCounter } from './ports.js';

/** Pacing limits. */
export interface Pacing {
  readonly minDelayMs: number;
  readonly maxDelayMs: number;
  /** Messages per Jakarta calendar day. */
  readonly dailyCap: number;
}

/** What the queue is built from. */
export interface PacedSenderDeps {
  readonly pacing: Pacing;
  readonly counter: SendCounter;
  /** Puts one text on the wire; throws when that fails. */
  readonly transmit: (jid: string, text: string) => Promise<void>;
  /** Puts one stored photo on the wire; throws when that fails. */
  readonly transmitPhoto?: (jid: string, photoId: string) => Promise<void>;
  readonly clock: () => Date;
  /** In [0, 1), like Math.random. */
  readonly random: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly logger: ChannelLogger;
}

/** A serial, paced, capped sender. */
export class PacedSender {
  readonly #deps: PacedSenderDeps;
  #tail: Promise<unknown> = Promise.resolve();
  #lastSentAt: number | undefined;
  #capLoggedFor: string | undefined;
  #closed = false;

  constructor(deps: PacedSenderDeps) {
    this.#deps = deps;
  }

  /** Queues one text; resolves once it was sent or refused. Never rejects. */
  enqueue(jid: string, text: string): Promise<SendResult> {
    const result = this.#tail.then(() => this.#sendOne(jid, () => this.#deps.transmit(jid, text)));
    this.#tail = result;
    return result;
  }

  /** Queues one stored photo like a text (same pacing, same daily cap). Never rejects. */
  enqueuePhoto(jid: string, photoId: string): Promise<SendResult> {
    const transmitPhoto = this.#deps.transmitPhoto;
    if (!transmitPhoto) return Promise.resolve({ ok: true });
    const result = this.#tail.then(() => this.#sendOne(jid, () => transmitPhoto(jid, photoId)));
    this.#tail = result;
    return result;
  }

  /** Resolves when everything queued so far has been sent or refused. */
  async drain(): Promise<void> {
    await this.#tail;
  }

  /** From now on, queued texts are dropped (answered "stopped") instead of sent. */
  close(): void {
    this.#closed = true;
  }

  async #sendOne(jid: string, transmit: () => Promise<void>): Promise<SendResult> {
    const { pacing, counter, clock, random, sleep, logger } = this.#deps;
    if (this.#closed) return { ok: false, error: stopped() };
    const now = clock();
    const day = jakartaDate(now);
    let allowed: boolean;
    try {
      allowed = await counter.tryReserve(day, pacing.dailyCap);
    } catch (error) {
      // Without a count, sending could break the cap: refuse for now, retryably.
      logger.error({ err: describe(error) }, 'whatsapp: could not count the daily messages; not sending');
      return { ok: false, error: sendFailed(error) };
    }
    if (!allowed) {
      if (this.#capLoggedFor !== day) {
        this.#capLoggedFor = day;
        logger.warn({ day, cap: pacing.dailyCap }, 'whatsapp: daily message cap reached; nothing more is sent until midnight (Asia/Jakarta)');
      }
      return { ok: false, error: dailyCapReached(msUntilJakartaMidnight(now)) };
    }

    const gap = pacing.minDelayMs + random() * (pacing.maxDelayMs - pacing.minDelayMs);
    const wait = this.#lastSentAt === undefined ? 0 : Math.max(0, this.#lastSentAt + gap - now.getTime());
    if (wait > 0) await sleep(Math.round(wait));
    if (this.#closed) return { ok: false, error: stopped() };
    try {
      await transmit();
      return { ok: true };
    } catch (error) {
      logger.warn({ chat: chatTag(jid), err: describe(error) }, 'whatsapp: sending a message failed');
      return { ok: false, error: sendFailed(error) };
    } finally {
      this.#lastSentAt = clock().getTime();
    }
  }
}
