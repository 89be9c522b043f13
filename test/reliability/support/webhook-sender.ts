/**
 * Delivers updates to the app's Telegram webhook the way Telegram does: an update not
 * answered 200 (refused connection, reset, 5xx, 503 while starting) is sent again after a
 * short wait, for as long as it takes; an update of one chat is only sent after the
 * previous one of that chat was accepted; and now and then an update that was answered 200
 * is sent once more (a lost acknowledgement), which must change nothing.
 */
import type { Update } from 'grammy/types';
import { TELEGRAM_WEBHOOK_PATH } from '../../../src/channels/telegram/webhook-routes.js';
import { sleep } from './app-process.js';
import type { SeededRandom } from './seeded-random.js';

/** Counters of what the sender did. */
export interface SenderStats {
  /** Updates answered 200 (first acceptance of each). */
  accepted: number;
  /** POSTs that did not get a 200 and were retried. */
  retried: number;
  /** Updates sent again after a 200. */
  resentAfterAccept: number;
  /** Status codes other than 200 seen, by code (0 = no answer). */
  readonly failures: Map<number, number>;
}

/** Options of {@link WebhookSender}. */
export interface WebhookSenderOptions {
  readonly url: () => string;
  readonly secret: string;
  readonly random: SeededRandom;
  /** Probability of sending an accepted update once more (default 0.04). */
  readonly resendProbability?: number;
  /** Give up (throw) after this long without a 200 for one update (default 90 s). */
  readonly giveUpAfterMs?: number;
}

/** A Telegram-like webhook client. */
export class WebhookSender {
  readonly stats: SenderStats = { accepted: 0, retried: 0, resentAfterAccept: 0, failures: new Map() };
  readonly #options: WebhookSenderOptions;
  readonly #listeners = new Set<() => void>();

  constructor(options: WebhookSenderOptions) {
    this.#options = options;
  }

  /** Called after every first acceptance (the kill scheduler counts them). */
  onAccepted(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** One POST; the status code, or 0 when there was no answer. */
  async post(update: Update): Promise<number> {
    try {
      const response = await fetch(`${this.#options.url()}${TELEGRAM_WEBHOOK_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': this.#options.secret },
        body: JSON.stringify(update),
        signal: AbortSignal.timeout(30_000),
      });
      await response.arrayBuffer();
      return response.status;
    } catch {
      return 0;
    }
  }

  /** Sends until answered 200, then maybe once more; resolves when accepted. */
  async deliver(update: Update): Promise<void> {
    await this.#untilAccepted(update);
    this.stats.accepted++;
    for (const listener of this.#listeners) listener();
    if (this.#options.random.chance(this.#options.resendProbability ?? 0.04)) {
      this.stats.resentAfterAccept++;
      await this.#untilAccepted(update);
    }
  }

  async #untilAccepted(update: Update): Promise<void> {
    const started = Date.now();
    for (;;) {
      const status = await this.post(update);
      if (status === 200) return;
      if (status >= 400 && status < 500 && status !== 429) {
        // Telegram would drop it; for us it is a bug (the secret and the body are right).
        throw new Error(`webhook answered ${status} to update ${update.update_id}`);
      }
      this.stats.retried++;
      this.stats.failures.set(status, (this.stats.failures.get(status) ?? 0) + 1);
      if (Date.now() - started > (this.#options.giveUpAfterMs ?? 90_000)) {
        throw new Error(`update ${update.update_id} not accepted within ${this.#options.giveUpAfterMs ?? 90_000} ms (last status ${status})`);
      }
      await sleep(this.#options.random.int(50, 250));
    }
  }
}
