/**
 * An open-loop load generator: messages arrive on a fixed schedule (`rate` per second,
 * evenly spaced), whatever the replies do, so latency is read at a stated load rather
 * than at whatever load a fixed number of users happens to produce.
 *
 * Arrivals are handed to simulated users drawn at random from a pool. Each user's
 * messages stay in order as a real person's would: a user whose message is still in
 * flight is not given another. Such an arrival is counted as *deferred* and handed to a
 * user who is ready instead; when no user is ready the arrival waits in the generator
 * (counted as *late*) and goes to the next user who becomes ready, even after the
 * schedule's last arrival (the backlog is served, not dropped). Latency runs from the
 * arrival's scheduled time until every reply is there, so time spent waiting in the
 * generator counts (no coordinated omission).
 */
import { performance } from 'node:perf_hooks';
import type { ChatClient, Exchange, UserInput } from './chat-clients.js';
import { seededRandom, summarize, type LatencySummary } from './stats.js';

/** Thrown to a user waiting for a turn when the schedule has ended: the flow stops quietly. */
export class ScheduleEnded extends Error {
  constructor() {
    super('the open-loop schedule has ended');
  }
}

/** What the generator observed. */
export interface ScheduleFigures {
  /** The offered rate, arrivals per second. */
  readonly offeredPerSecond: number;
  readonly seconds: number;
  /** Arrivals scheduled within `seconds`. */
  readonly arrivals: number;
  /** Updates answered (every reply there) of those arrivals. */
  readonly completed: number;
  /** completed / time from the first arrival until the last answer (or `seconds`, if longer). */
  readonly achievedPerSecond: number;
  /** Arrivals whose drawn user had a message in flight (handed to a ready user instead). */
  readonly deferred: number;
  /** Arrivals that found no user ready and waited in the generator (their wait is in the latency). */
  readonly late: number;
  /** Arrivals never sent: still waiting when every flow had stopped (errors, or the bench's time limit). */
  readonly unsent: number;
  readonly latencyMs: LatencySummary;
}

/** A set that also draws a member at random in O(1) (swap-remove keeps the array dense). */
class DrawableSet<T> {
  readonly #items: T[] = [];
  readonly #index = new Map<T, number>();

  get size(): number {
    return this.#items.length;
  }

  add(item: T): void {
    if (this.#index.has(item)) return;
    this.#index.set(item, this.#items.length);
    this.#items.push(item);
  }

  delete(item: T): void {
    const at = this.#index.get(item);
    if (at === undefined) return;
    const last = this.#items.pop()!;
    this.#index.delete(item);
    if (last !== item) {
      this.#items[at] = last;
      this.#index.set(last, at);
    }
  }

  /** A member chosen by `random()` in [0, 1), or undefined when empty. */
  draw(random: () => number): T | undefined {
    return this.#items[Math.floor(random() * this.#items.length)];
  }

  values(): readonly T[] {
    return [...this.#items];
  }

  clear(): void {
    this.#items.length = 0;
    this.#index.clear();
  }
}

type State = { kind: 'idle' } | { kind: 'ready'; grant: (at: number) => void; refuse: (error: Error) => void } | { kind: 'flight' };

/** The schedule and the pool of users it hands arrivals to. */
export class ArrivalSchedule {
  readonly #users = new Map<PacedClient, State>();
  /** The same users, to draw from. */
  readonly #pool = new DrawableSet<PacedClient>();
  readonly #ready = new DrawableSet<PacedClient>();
  /** Scheduled times of arrivals that found no ready user, oldest first. */
  readonly #waiting: number[] = [];
  readonly #latencies: number[] = [];
  readonly #random = seededRandom(14);
  #ended = false;
  #started = 0;
  #arrivals = 0;
  #deferred = 0;
  #late = 0;
  #lastAnswer = 0;
  #timer: NodeJS.Timeout | undefined;
  #finished: (() => void) | undefined;

  constructor(
    readonly rate: number,
    readonly seconds: number,
  ) {}

  /** Whether the last arrival is past: flows stop starting anew. */
  get ended(): boolean {
    return this.#ended;
  }

  /** Wraps a chat client so that it sends only when given an arrival. */
  join(client: ChatClient): PacedClient {
    const paced = new PacedClient(client, this);
    this.#users.set(paced, { kind: 'idle' });
    this.#pool.add(paced);
    return paced;
  }

  /** The user has left the pool (its flow ended). */
  leave(client: PacedClient): void {
    this.#ready.delete(client);
    this.#pool.delete(client);
    this.#users.delete(client);
  }

  /** Starts the schedule; resolves once its last arrival is due (answers may still be on their way). */
  run(): Promise<void> {
    this.#started = performance.now();
    const total = Math.floor(this.rate * this.seconds);
    return new Promise((resolve) => {
      this.#finished = resolve;
      const tick = () => {
        const now = performance.now();
        while (this.#arrivals < total && this.#started + (this.#arrivals * 1000) / this.rate <= now) {
          this.#arrive(this.#started + (this.#arrivals * 1000) / this.rate);
          this.#arrivals += 1;
        }
        if (this.#arrivals >= total) return this.#end();
        const next = this.#started + (this.#arrivals * 1000) / this.rate;
        this.#timer = setTimeout(tick, Math.max(0, next - performance.now()));
      };
      tick();
    });
  }

  /** Called by a paced client: resolves with the scheduled time of the arrival it was given. */
  turn(client: PacedClient): Promise<number> {
    // Arrivals that waited for a ready user are sent even after the schedule's end.
    const waiting = this.#waiting.shift();
    if (waiting !== undefined) {
      this.#users.set(client, { kind: 'flight' });
      return Promise.resolve(waiting);
    }
    if (this.#ended) return Promise.reject(new ScheduleEnded());
    return new Promise((grant, refuse) => {
      this.#users.set(client, { kind: 'ready', grant, refuse });
      this.#ready.add(client);
    });
  }

  /** Called by a paced client when every reply of its message is there (or it failed). */
  answered(client: PacedClient, scheduledAt: number, ok: boolean): void {
    const now = performance.now();
    if (this.#users.has(client)) this.#users.set(client, { kind: 'idle' });
    if (ok) {
      this.#latencies.push(now - scheduledAt);
      this.#lastAnswer = now;
    }
  }

  /** The figures, once every flow has stopped. */
  figures(): ScheduleFigures {
    const completed = this.#latencies.length;
    const span = Math.max(this.seconds, (this.#lastAnswer - this.#started) / 1000);
    return {
      offeredPerSecond: round(this.rate),
      seconds: this.seconds,
      arrivals: this.#arrivals,
      completed,
      achievedPerSecond: round(completed / span),
      deferred: this.#deferred,
      late: this.#late,
      unsent: this.#waiting.length,
      latencyMs: summarize(this.#latencies),
    };
  }

  #arrive(scheduledAt: number): void {
    const drawn = this.#pool.draw(this.#random);
    let chosen: PacedClient | undefined;
    if (drawn !== undefined && this.#users.get(drawn)?.kind === 'ready') chosen = drawn;
    else {
      if (drawn !== undefined && this.#users.get(drawn)?.kind === 'flight') this.#deferred += 1;
      chosen = this.#ready.draw(this.#random);
    }
    if (chosen === undefined) {
      this.#late += 1;
      this.#waiting.push(scheduledAt);
      return;
    }
    const state = this.#users.get(chosen);
    this.#ready.delete(chosen);
    this.#users.set(chosen, { kind: 'flight' });
    if (state?.kind === 'ready') state.grant(scheduledAt);
  }

  #end(): void {
    this.#ended = true;
    if (this.#timer) clearTimeout(this.#timer);
    for (const client of this.#ready.values()) {
      const state = this.#users.get(client);
      if (state?.kind === 'ready') state.refuse(new ScheduleEnded());
    }
    this.#ready.clear();
    this.#finished?.();
  }
}

/** A chat client that sends each message only when the schedule gives it an arrival. */
export class PacedClient implements ChatClient {
  constructor(
    private readonly inner: ChatClient,
    private readonly schedule: ArrivalSchedule,
  ) {}

  get userId(): string {
    return this.inner.userId;
  }

  async send(input: UserInput): Promise<Exchange> {
    const scheduledAt = await this.schedule.turn(this);
    try {
      const exchange = await this.inner.send(input);
      this.schedule.answered(this, scheduledAt, true);
      return { replies: exchange.replies, ms: performance.now() - scheduledAt };
    } catch (error) {
      this.schedule.answered(this, scheduledAt, false);
      throw error;
    }
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
