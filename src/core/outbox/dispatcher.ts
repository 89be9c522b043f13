/**
 * The outbox dispatcher: claims due alerts, sends each through the recipient's channel in
 * their language, and records the outcome. Every app instance may run one; SKIP LOCKED
 * claims with a lease (storage) keep them from sending an alert twice.
 *
 * Delivery is exactly once, except for a send in flight when its dispatcher dies (claimed,
 * sent, not yet recorded) or one that outlives `sendTimeoutMs` and then succeeds: those are
 * sent again after the lease ends or at the retry (at least once).
 *
 * Failure policy:
 * - retryable error (429, 5xx, network), a send that throws or times out, or no adapter
 *   here for any of the person's channels → try again after exponential backoff with
 *   jitter, never before the channel's `retryAfterMs`;
 * - a non-retryable error without `retryAfterMs` (blocked bot, unknown chat), a payload
 *   that cannot be sent, or a person without any channel identity → dead at once;
 * - after `maxAttempts` attempts → dead with the last reason (admins see it);
 * - officers' quiet hours, a rate-limit wait longer than `maxRateWaitMs`, a lease about to
 *   end and shutdown → back to pending without counting an attempt;
 * - a channel that holds the alert (`hold`: WhatsApp outside its 24-hour window with no
 *   template) → the person's next channel that runs here, if any; else back to pending
 *   without counting an attempt, its reason kept for admins.
 */
import type { ChannelAdapter, ChannelError, SendResult } from '../channel.js';
import { CHANNELS, type ChannelName, type RenderedMessage } from '../messages.js';
import type { Clock, Renderer } from '../ports.js';
import { definedOnly } from '../record.js';
import { realSleep, type Sleep } from '../scheduler/sleep.js';
import { DEFAULT_BACKOFF, retryDelayMs, type BackoffPolicy } from './backoff.js';
import { planDelivery } from './delivery-plan.js';
import type { ChannelRegistry, ClaimedAlert, DeliveryTarget, DispatcherLogger, OutboxStore } from './ports.js';
import { RateLimiter, type RateLimit } from './rate-limiter.js';
import { sendWithin } from './send-within.js';

/** Everything a dispatcher is built from; all but the first four have defaults. */
export interface DispatcherOptions {
  readonly store: OutboxStore;
  readonly channels: ChannelRegistry;
  readonly renderer: Renderer;
  readonly clock: Clock;
  readonly sleep?: Sleep;
  /** [0, 1), for backoff jitter. */
  readonly random?: () => number;
  readonly logger?: DispatcherLogger;
  /** Alerts claimed at once (default 50). */
  readonly batchSize?: number;
  /** How long a claim keeps other dispatchers off an alert (default 5 min); must exceed sendTimeoutMs + maxRateWaitMs. */
  readonly leaseMs?: number;
  /** Wait between claims when nothing is due (default 1 s); {@link OutboxDispatcher.wake} cuts it short. */
  readonly pollIntervalMs?: number;
  /** Wait after a failed claim (database down), default 5 s. */
  readonly errorPauseMs?: number;
  /** Attempts before an alert is dead (default 8). */
  readonly maxAttempts?: number;
  readonly backoff?: BackoffPolicy;
  /** A send that takes longer counts as a retryable failure (default 2 min). */
  readonly sendTimeoutMs?: number;
  /** Recipients served at once (default 8); one recipient's alerts always go in order. */
  readonly concurrency?: number;
  /** Per-channel limits; default: what each adapter declares in its `limits.rate`. */
  readonly rateLimits?: Readonly<Partial<Record<ChannelName, RateLimit>>>;
  /** Longest a claimed alert waits for a rate limit before it is put back (default 10 s). */
  readonly maxRateWaitMs?: number;
  /** Channels whose alerts go strictly one after another; default: adapters declaring `limits.sequential`. */
  readonly sequentialChannels?: readonly ChannelName[];
}

/** A claimed alert the plan says to send, with its lease's end. */
interface SendJob {
  readonly alert: ClaimedAlert;
  readonly target: DeliveryTarget;
  readonly adapter: ChannelAdapter;
  readonly rendered: readonly RenderedMessage[];
  /** Epoch ms when the claim's lease ends. */
  readonly leaseEnd: number;
}

/** Why an attempt failed: a channel's error, or the dispatcher's own reason. */
type Failure = Pick<ChannelError, 'retryable' | 'retryAfterMs' | 'reason' | 'hold'>;

/** When a held alert (see ChannelError.hold) is looked at again if the channel named no time. */
const HOLD_RECHECK_MS = 60 * 60_000;
const noop = () => undefined;
const silent: DispatcherLogger = { debug: noop, info: noop, warn: noop, error: noop };

/** Longest a claimed alert waits for a rate limit before it is put back (the default of `maxRateWaitMs`). */
export const OUTBOX_MAX_RATE_WAIT_MS = 10_000;

/** The channels whose adapters ask for one message at a time. */
function declaredSequential(channels: ChannelRegistry): ChannelName[] {
  return Object.values(channels).flatMap((adapter) => (adapter?.limits?.sequential ? [adapter.name] : []));
}

/** The rate limits the adapters declare, by channel. */
function declaredRateLimits(channels: ChannelRegistry): Partial<Record<ChannelName, RateLimit>> {
  return Object.fromEntries(Object.values(channels).flatMap((adapter) => (adapter?.limits?.rate ? [[adapter.name, adapter.limits.rate]] : [])));
}

/** Sends the outbox; see the module comment. */
export class OutboxDispatcher {
  readonly #o: Required<Omit<DispatcherOptions, 'rateLimits'>>;
  readonly #limiters = new Map<ChannelName, RateLimiter>();
  #loop: Promise<void> | undefined;
  #stopping = false;
  /** Aborted by stop(): cuts short rate-limit and error waits. */
  #stop = new AbortController();
  /** Aborted by wake() or stop(): cuts short the idle wait. */
  #idle: AbortController | undefined;
  #woken = false;

  constructor(options: DispatcherOptions) {
    this.#o = {
      sleep: realSleep,
      random: Math.random,
      logger: silent,
      batchSize: 50,
      leaseMs: 5 * 60_000,
      pollIntervalMs: 1_000,
      errorPauseMs: 5_000,
      maxAttempts: 8,
      backoff: DEFAULT_BACKOFF,
      sendTimeoutMs: 2 * 60_000,
      concurrency: 8,
      maxRateWaitMs: OUTBOX_MAX_RATE_WAIT_MS,
      sequentialChannels: declaredSequential(options.channels),
      ...definedOnly(options),
      store: options.store,
      channels: options.channels,
      renderer: options.renderer,
      clock: options.clock,
    };
    if (this.#o.leaseMs <= this.#o.sendTimeoutMs + this.#o.maxRateWaitMs) {
      throw new RangeError('outbox: leaseMs must exceed sendTimeoutMs + maxRateWaitMs, or a slow send could outlive its lease');
    }
    const rateLimits = options.rateLimits ?? declaredRateLimits(options.channels);
    for (const channel of CHANNELS) {
      const limit = rateLimits[channel];
      if (limit) this.#limiters.set(channel, new RateLimiter(limit));
    }
  }

  /** Starts the loop: claim a batch, send it, repeat; wait `pollIntervalMs` when idle. */
  start(): void {
    if (this.#loop) return;
    this.#stopping = false;
    this.#stop = new AbortController();
    this.#loop = this.#run();
  }

  /** Something was just committed to the outbox: claim now instead of at the next poll. */
  wake(): void {
    this.#woken = true;
    // A reason of our own: abort() without one builds a DOMException (wake runs per alert recorded).
    this.#idle?.abort('woken');
  }

  /**
   * Stops the loop. Sends already under way finish and are recorded; claimed alerts not yet
   * sent go back to pending at once (no attempt counted) rather than waiting for their lease.
   */
  async stop(): Promise<void> {
    this.#stopping = true;
    this.#stop.abort();
    this.#idle?.abort();
    await this.#loop;
    this.#loop = undefined;
    // Stopped, not broken: an explicit runOnce() (tests, tools) or start() works again.
    this.#stopping = false;
  }

  /** Claims one batch and delivers it; resolves with the number of alerts claimed. */
  async runOnce(): Promise<number> {
    const now = this.#o.clock();
    const batch = await this.#o.store.claim(this.#o.batchSize, now, this.#o.leaseMs);
    if (batch.length > 0) await this.#deliver(batch, now.getTime() + this.#o.leaseMs);
    return batch.length;
  }

  async #run(): Promise<void> {
    while (!this.#stopping) {
      this.#woken = false;
      let claimed: number;
      try {
        claimed = await this.runOnce();
      } catch (error) {
        this.#o.logger.error({ err: error }, 'outbox: claiming failed');
        await this.#o.sleep(this.#o.errorPauseMs, this.#stop.signal);
        continue;
      }
      // A full batch means more may be due; a wake() during the batch means new alerts.
      if (this.#stopping || claimed >= this.#o.batchSize || this.#woken) continue;
      this.#idle = new AbortController();
      await this.#o.sleep(this.#o.pollIntervalMs, this.#idle.signal);
      this.#idle = undefined;
    }
  }

  /** Settles the alerts that need no send, then sends the rest in per-recipient lanes. */
  async #deliver(batch: readonly ClaimedAlert[], leaseEnd: number): Promise<void> {
    const lanes = new Map<string, SendJob[]>();
    for (const alert of batch) {
      const plan = planDelivery(alert, this.#o.channels, this.#o.renderer, this.#o.clock());
      switch (plan.kind) {
        case 'send': {
          const { channel, externalId } = plan.target;
          const key = this.#o.sequentialChannels.includes(channel) ? channel : `${channel}:${externalId}`;
          const lane = lanes.get(key) ?? [];
          lane.push({ alert, target: plan.target, adapter: plan.adapter, rendered: plan.rendered, leaseEnd });
          lanes.set(key, lane);
          break;
        }
        case 'defer':
          await this.#guard(alert, () => this.#o.store.deferWithoutAttempt(alert, plan.at), 'deferred (quiet hours)');
          break;
        case 'retry':
          await this.#guard(alert, () => this.#failed(alert, { retryable: true, reason: plan.reason }), 'failed');
          break;
        case 'dead':
          await this.#guard(alert, () => this.#dead(alert, plan.reason), 'dead');
          break;
      }
    }
    // Lanes run side by side (bounded); one lane's alerts go in claim order.
    const queue = [...lanes.values()];
    const worker = async () => {
      for (let lane = queue.shift(); lane; lane = queue.shift()) {
        for (const job of lane) await this.#guard(job.alert, () => this.#sendOne(job), 'send');
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.#o.concurrency, queue.length) }, worker));
  }

  async #sendOne(job: SendJob): Promise<boolean> {
    const { alert, target } = job;
    const now = this.#o.clock().getTime();
    // A send must end (or time out) before the lease does, or another dispatcher could send
    // the alert too: one that could not start early enough is given back, not attempted.
    const maxWait = Math.min(this.#o.maxRateWaitMs, job.leaseEnd - this.#o.sendTimeoutMs - 1 - now);
    if (this.#stopping || maxWait < 0) return this.#o.store.deferWithoutAttempt(alert, new Date(now));
    const limiter = this.#limiters.get(target.channel);
    if (limiter) {
      const slot = limiter.reserve(target.externalId, now, job.rendered.length, maxWait);
      if (slot.kind === 'too-late') return this.#o.store.deferWithoutAttempt(alert, new Date(slot.at));
      if (slot.at > now) {
        await this.#o.sleep(slot.at - now, this.#stop.signal);
        if (this.#stopping) return this.#o.store.deferWithoutAttempt(alert, this.#o.clock());
      }
    }
    const result = await this.#send(job);
    if (result.ok) {
      const marked = await this.#o.store.markSent(alert, target.channel, this.#o.clock());
      this.#o.logger.debug({ alertId: alert.id, kind: alert.kind, channel: target.channel, attempts: alert.attempts }, 'outbox: sent');
      return marked;
    }
    if (result.error.hold) {
      // Held on this channel (WhatsApp's window): the person's next channel here may take it now.
      const next = this.#nextTarget(alert, target);
      if (next) return this.#sendOne({ ...job, target: next, adapter: this.#o.channels[next.channel]! });
    }
    return this.#failed(alert, { ...result.error, reason: `${target.channel}: ${result.error.reason}` }, target);
  }

  /** The person's next identity (in the plan's order) whose channel runs here, after `current`. */
  #nextTarget(alert: ClaimedAlert, current: DeliveryTarget): DeliveryTarget | undefined {
    const index = alert.targets.findIndex((candidate) => candidate.channel === current.channel && candidate.externalId === current.externalId);
    return alert.targets.slice(index + 1).find((candidate) => candidate.channel !== current.channel && this.#o.channels[candidate.channel] !== undefined);
  }

  /** The adapter's send, with a timeout; a throw or a timeout is a retryable failure. */
  async #send(job: SendJob): Promise<SendResult> {
    const { adapter, target } = job;
    const send = adapter.send(target.externalId, job.rendered, { alertId: job.alert.id, kind: job.alert.kind, locale: job.alert.locale });
    return sendWithin(target.channel, send, this.#o.sleep, this.#o.sendTimeoutMs);
  }

  /** Records a failed attempt: retry later (backoff, retryAfterMs) or dead. */
  async #failed(alert: ClaimedAlert, error: Failure, target?: DeliveryTarget): Promise<boolean> {
    const now = this.#o.clock().getTime();
    const { reason } = error;
    if (error.hold) {
      // Waiting for the person (WhatsApp's 24-hour window), not failing: no attempt is counted.
      this.#o.logger.info({ alertId: alert.id, kind: alert.kind, reason }, 'outbox: held by the channel');
      return this.#o.store.deferWithoutAttempt(alert, new Date(now + (error.retryAfterMs ?? HOLD_RECHECK_MS)), reason);
    }
    if (target && error.retryAfterMs !== undefined) {
      // Later alerts of this batch to the same chat wait too (or go back to pending).
      this.#limiters.get(target.channel)?.block(target.externalId, now + error.retryAfterMs, now);
    }
    // A refusal that names a time (WhatsApp's daily cap) is worth another try then.
    if (!error.retryable && error.retryAfterMs === undefined) return this.#dead(alert, reason);
    if (alert.attempts >= this.#o.maxAttempts) return this.#dead(alert, `gave up after ${alert.attempts} attempts: ${reason}`);
    const wait = Math.max(retryDelayMs(alert.attempts, this.#o.backoff, this.#o.random), error.retryAfterMs ?? 0);
    this.#o.logger.warn({ alertId: alert.id, kind: alert.kind, attempts: alert.attempts, retryInMs: wait, reason }, 'outbox: send failed, will retry');
    return this.#o.store.reschedule(alert, new Date(now + wait), reason);
  }

  #dead(alert: ClaimedAlert, reason: string): Promise<boolean> {
    this.#o.logger.error({ alertId: alert.id, kind: alert.kind, attempts: alert.attempts, reason }, 'outbox: alert is dead');
    return this.#o.store.markDead(alert, reason);
  }

  /**
   * Runs one alert's step; never rejects. A lost lease (another dispatcher took the alert
   * over) and storage errors are logged: the alert stays claimed until its lease ends, and
   * is then claimed again.
   */
  async #guard(alert: ClaimedAlert, step: () => Promise<boolean>, what: string): Promise<void> {
    try {
      if (!(await step())) this.#o.logger.warn({ alertId: alert.id, step: what }, 'outbox: lease lost; another dispatcher has the alert');
    } catch (error) {
      this.#o.logger.error({ err: error, alertId: alert.id, step: what }, 'outbox: could not record the outcome; retried after the lease');
    }
  }
}
