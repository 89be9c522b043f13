/**
 * Sends replies from the reply outbox, one chat at a time in the order they were produced.
 *
 * The happy path has no delay: the runner commits a message's replies (held by this
 * instance, see QueuedReplies.live) and {@link ReplyDispatcher.accept} starts the send at
 * once; once the channel confirmed it, the row is deleted (confirmations that come in while
 * one is being written go together in the next mark; the store may write a mark with other
 * work, e.g. the next message's commit, and reports it done only once committed). What a
 * crash leaves behind is
 * sent by recovery: a loop that claims replies nobody holds — written by a process that
 * died (its claim lapses after `leaseMs`, since only a live instance renews it; on the
 * embedded database claims are released at start) or given back at shutdown.
 *
 * Guarantee: every stored reply is sent at least once; one confirmed sent is never sent
 * again; one whose send was in flight when the process died may be sent twice. A chat's
 * replies go out in order, each after the previous one was sent or given up on: a failed
 * send is retried with backoff before the chat's next reply, and a reply is given up on
 * (dead, logged) only when the channel refuses it for good or after `maxAttempts`.
 */
import type { SendResult } from '../channel.js';
import { CHANNELS } from '../messages.js';
import type { Clock } from '../ports.js';
import { definedOnly } from '../record.js';
import { realSleep, type Sleep } from '../scheduler/sleep.js';
import { DEFAULT_BACKOFF, retryDelayMs, type BackoffPolicy } from './backoff.js';
import type { ChannelRegistry, DispatcherLogger } from './ports.js';
import type { QueuedReplies, ReplyStore } from './reply-ports.js';
import { sendWithin } from './send-within.js';

/** Everything a reply dispatcher is built from; all but the first four have defaults. */
export interface ReplyDispatcherOptions {
  readonly store: ReplyStore;
  readonly channels: ChannelRegistry;
  /** This process's id, as written into the replies it holds. */
  readonly owner: string;
  readonly clock: Clock;
  readonly sleep?: Sleep;
  readonly random?: () => number;
  readonly logger?: DispatcherLogger;
  /** How long a claim holds without renewal (default 30 s): the wait before a dead instance's replies are sent. */
  readonly leaseMs?: number;
  /** Between recovery claims (default 2 s). */
  readonly pollIntervalMs?: number;
  /** Replies claimed at once by recovery (default 100). */
  readonly batchSize?: number;
  /** Attempts before a reply is given up on (default 8). */
  readonly maxAttempts?: number;
  readonly backoff?: BackoffPolicy;
  /** A send that takes longer counts as a retryable failure (default 60 s). */
  readonly sendTimeoutMs?: number;
}

/** What a channel whose own answer carries the replies (web chat's HTTP response) reports. */
export interface HeldReplies {
  /** True: the answer went out, the replies count as sent. False: send them through the channel. */
  settle(answered: boolean): void;
}

/** A reply this instance holds, waiting in its chat's lane. */
interface Entry {
  readonly batch: QueuedReplies;
  readonly seq: bigint;
  attempts: number;
  readonly done: (result: SendResult) => void;
}

const answeredKey = (chat: string, messageId: string) => `${chat}\u0000${messageId}`;
const noop = () => undefined;
const silent: DispatcherLogger = { debug: noop, info: noop, warn: noop, error: noop };

/** See the module comment. */
export class ReplyDispatcher {
  readonly #o: Required<ReplyDispatcherOptions>;
  /** Per chat, the replies held here, oldest first. */
  readonly #lanes = new Map<string, Entry[]>();
  readonly #running = new Map<string, Promise<void>>();
  /** Every reply this instance holds (lanes and web chat answers), by id. */
  readonly #held = new Map<string, QueuedReplies>();
  #toMark: string[] = [];
  #marking: Promise<void> | undefined;
  /**
   * Replies a channel's own answer carried (web chat) whose "sent" mark is not written yet,
   * by id → `chat` + message id: until it is (ReplyStore.markSent resolved, i.e. committed),
   * their row still reads as pending.
   */
  readonly #answered = new Map<string, string>();
  /** The recovery claim under way: a lane starts after it, since it may bring older replies. */
  #claiming: Promise<unknown> = Promise.resolve();
  #loop: Promise<void> | undefined;
  #stopping = false;
  #stop = new AbortController();
  #renewedAt = 0;

  constructor(options: ReplyDispatcherOptions) {
    this.#o = {
      sleep: realSleep,
      random: Math.random,
      logger: silent,
      leaseMs: 30_000,
      pollIntervalMs: 2_000,
      batchSize: 100,
      maxAttempts: 8,
      backoff: DEFAULT_BACKOFF,
      sendTimeoutMs: 60_000,
      ...definedOnly(options),
      store: options.store,
      channels: options.channels,
      owner: options.owner,
      clock: options.clock,
    };
  }

  /** Replies just committed: sent now when this instance holds them (else recovery sends them). */
  accept(batch: QueuedReplies): Promise<SendResult> | undefined {
    if (!batch.live) return undefined;
    this.#held.set(batch.id, batch);
    return this.#enqueue(batch);
  }

  /**
   * Replies just committed that the channel's own answer carries: they count as sent when
   * the answer went out, and are sent through the channel (web chat: its inbox) when not.
   */
  hold(batch: QueuedReplies): HeldReplies {
    if (!batch.live) return { settle: noop };
    this.#held.set(batch.id, batch);
    let settled = false;
    return {
      settle: (answered) => {
        if (settled) return;
        settled = true;
        if (answered) {
          this.#answered.set(batch.id, answeredKey(batch.chat, batch.messageId));
          this.#sent(batch.id);
        } else void this.#enqueue(batch);
      },
    };
  }

  /**
   * True when the answer to `messageId` in `chat` carried its replies and only the record of
   * that is still being written: a retry of that message is not an answer that went missing.
   */
  answeredJustNow(chat: string, messageId: string): boolean {
    const key = answeredKey(chat, messageId);
    for (const value of this.#answered.values()) if (value === key) return true;
    return false;
  }

  /** Starts recovery (claims what nobody holds) and the renewal of this instance's claims. */
  start(): void {
    if (this.#loop) return;
    this.#stopping = false;
    this.#stop = new AbortController();
    this.#loop = this.#run();
  }

  /**
   * Stops: sends under way finish, confirmations are written, and every reply still held
   * is given back so that the next start (or another instance) sends it at once.
   */
  async stop(): Promise<void> {
    this.#stopping = true;
    this.#stop.abort();
    await this.#loop;
    this.#loop = undefined;
    await Promise.all([...this.#running.values()]);
    await this.#flushMarks();
    const left = [...this.#held.keys()];
    this.#held.clear();
    this.#lanes.clear();
    if (left.length > 0) {
      await this.#o.store.release(this.#o.owner, left).catch((error: unknown) => {
        this.#o.logger.error({ err: error, replies: left.length }, 'replies: could not give back unsent replies; sent after their claim lapses');
      });
    }
    this.#stopping = false;
  }

  /** Claims one batch of replies nobody holds and queues them; resolves with how many. */
  async recoverOnce(): Promise<number> {
    const channels = CHANNELS.filter((name) => this.#o.channels[name] !== undefined);
    if (channels.length === 0) return 0;
    const now = this.#o.clock();
    const claim = this.#o.store.claim(this.#o.owner, channels, now, new Date(now.getTime() + this.#o.leaseMs), this.#o.batchSize);
    this.#claiming = claim.catch(noop);
    const claimed = await claim;
    for (const batch of claimed) {
      this.#held.set(batch.id, batch);
      void this.#enqueue(batch);
    }
    if (claimed.length > 0) this.#o.logger.info({ replies: claimed.length }, 'replies: sending replies left unsent');
    return claimed.length;
  }

  /** Resolves when no lane is sending and every confirmation is written (tests). */
  async idle(): Promise<void> {
    while (this.#running.size > 0) await Promise.all([...this.#running.values()]);
    await this.#flushMarks();
  }

  async #run(): Promise<void> {
    while (!this.#stopping) {
      try {
        await this.#renew();
        await this.recoverOnce();
      } catch (error) {
        this.#o.logger.error({ err: error }, 'replies: recovery failed; trying again');
      }
      await this.#o.sleep(this.#o.pollIntervalMs, this.#stop.signal);
    }
  }

  /** Keeps this instance's claims alive while it holds any. */
  async #renew(): Promise<void> {
    const now = this.#o.clock().getTime();
    if (this.#held.size === 0 || now - this.#renewedAt < this.#o.leaseMs / 3) return;
    this.#renewedAt = now;
    await this.#o.store.renew(this.#o.owner, new Date(now + this.#o.leaseMs));
  }

  /** Puts a batch in its chat's lane (in sequence order) and starts the lane if idle. */
  #enqueue(batch: QueuedReplies): Promise<SendResult> {
    return new Promise<SendResult>((resolve) => {
      const key = `${batch.channel}:${batch.chat}`;
      const lane = this.#lanes.get(key) ?? [];
      const entry: Entry = { batch, seq: BigInt(batch.id), attempts: 0, done: resolve };
      const at = lane.findIndex((other) => other.seq > entry.seq);
      if (at < 0) lane.push(entry);
      else lane.splice(at, 0, entry);
      this.#lanes.set(key, lane);
      if (!this.#running.has(key)) this.#running.set(key, this.#drainLane(key, lane));
    });
  }

  async #drainLane(key: string, lane: Entry[]): Promise<void> {
    await this.#claiming;
    for (let entry = lane.shift(); entry; entry = lane.shift()) {
      entry.done(await this.#deliver(entry));
    }
    // In the same synchronous step as the last shift: a batch enqueued from now on starts a new lane.
    if (this.#lanes.get(key) === lane) this.#lanes.delete(key);
    this.#running.delete(key);
  }

  /** Sends one batch, retrying with backoff; never rejects. */
  async #deliver(entry: Entry): Promise<SendResult> {
    const { batch } = entry;
    const adapter = this.#o.channels[batch.channel];
    for (;;) {
      if (this.#stopping) return { ok: false, error: { channel: batch.channel, retryable: true, reason: 'stopped' } };
      entry.attempts += 1;
      const result: SendResult = adapter
        ? await this.#send(entry)
        : { ok: false, error: { channel: batch.channel, retryable: true, reason: `${batch.channel} is not configured here` } };
      if (result.ok) {
        this.#sent(batch.id);
        return result;
      }
      const { error } = result;
      const final = (!error.retryable && error.retryAfterMs === undefined) || entry.attempts >= this.#o.maxAttempts;
      if (final) {
        await this.#dead(batch, `${batch.channel}: ${error.reason}${entry.attempts > 1 ? ` (after ${entry.attempts} attempts)` : ''}`);
        return result;
      }
      const wait = Math.max(retryDelayMs(entry.attempts, this.#o.backoff, this.#o.random), error.retryAfterMs ?? 0);
      this.#o.logger.warn({ reply: batch.id, channel: batch.channel, attempts: entry.attempts, retryInMs: wait, reason: error.reason }, 'replies: send failed, will retry');
      await this.#o.sleep(wait, this.#stop.signal);
    }
  }

  /** The adapter's reply (or send), with a timeout; a throw or a timeout is a retryable failure. */
  async #send(entry: Entry): Promise<SendResult> {
    const { batch } = entry;
    const adapter = this.#o.channels[batch.channel]!;
    const send = adapter.reply ? adapter.reply(batch.chat, batch.messages, batch.messageId) : adapter.send(batch.chat, batch.messages);
    return sendWithin(batch.channel, send, this.#o.sleep, this.#o.sendTimeoutMs);
  }

  async #dead(batch: QueuedReplies, reason: string): Promise<void> {
    this.#held.delete(batch.id);
    this.#o.logger.error({ reply: batch.id, channel: batch.channel, reason }, 'replies: gave up on a reply');
    await this.#o.store.markDead(batch.id, reason).catch((error: unknown) => {
      this.#o.logger.error({ err: error, reply: batch.id }, 'replies: could not record a dead reply; it is sent again after its claim lapses');
    });
  }

  /** Confirmed sent: deleted with the other confirmations that are waiting. */
  #sent(id: string): void {
    this.#held.delete(id);
    this.#toMark.push(id);
    this.#marking ??= this.#flushMarks().finally(() => {
      this.#marking = undefined;
    });
  }

  async #flushMarks(): Promise<void> {
    if (this.#marking) await this.#marking;
    while (this.#toMark.length > 0) {
      const ids = this.#toMark;
      this.#toMark = [];
      try {
        await this.#o.store.markSent(ids);
        for (const id of ids) this.#answered.delete(id);
      } catch (error) {
        // Kept for the next try; after a crash they are sent again (at least once), never lost.
        this.#toMark.push(...ids);
        this.#o.logger.error({ err: error, replies: ids.length }, 'replies: could not record sent replies');
        return;
      }
    }
  }
}
