import { describe, expect, it } from 'vitest';
import type { ChatClient, Exchange } from '../../bench/lib/chat-clients.js';
import { ArrivalSchedule, ScheduleEnded, type PacedClient } from '../../bench/lib/open-loop.js';

/** A user that answers at once, counting its messages and how many were in flight together. */
class InstantUser implements ChatClient {
  sent = 0;
  constructor(readonly userId: string) {}
  async send(): Promise<Exchange> {
    this.sent += 1;
    return { replies: [], ms: 0 };
  }
}

/** A user whose first message stays in flight until released. */
class StuckUser implements ChatClient {
  sent = 0;
  inFlight = 0;
  maxInFlight = 0;
  release: () => void = () => undefined;
  readonly #released = new Promise<void>((resolve) => (this.release = resolve));
  constructor(readonly userId: string) {}
  async send(): Promise<Exchange> {
    this.sent += 1;
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    await this.#released;
    this.inFlight -= 1;
    return { replies: [], ms: 0 };
  }
}

/** Sends messages through `client` until the schedule refuses it a turn. */
async function walk(client: PacedClient): Promise<void> {
  for (;;) {
    try {
      await client.send({ text: 'x' });
    } catch (error) {
      if (error instanceof ScheduleEnded) return;
      throw error;
    }
  }
}

describe('open-loop arrival schedule', () => {
  it('sends every scheduled arrival once when users answer at once, and measures it', async () => {
    const schedule = new ArrivalSchedule(200, 0.25);
    const users = [new InstantUser('a'), new InstantUser('b'), new InstantUser('c')];
    const paced = users.map((user) => schedule.join(user));
    const walks = paced.map((client) => walk(client));
    await schedule.run();
    await Promise.all(walks);
    const figures = schedule.figures();
    expect(figures.arrivals).toBe(50);
    expect(figures.completed).toBe(50);
    expect(figures.unsent).toBe(0);
    expect(users.reduce((sum, user) => sum + user.sent, 0)).toBe(50);
    expect(figures.latencyMs.count).toBe(50);
    expect(figures.offeredPerSecond).toBe(200);
  });

  it('never gives a user a second message while one is in flight: the arrival is deferred to another user', async () => {
    const schedule = new ArrivalSchedule(200, 0.25);
    const stuck = new StuckUser('stuck');
    const quick = new InstantUser('quick');
    const pacedStuck = schedule.join(stuck);
    const walks = [walk(pacedStuck), walk(schedule.join(quick))];
    await schedule.run();
    const stuckDuringSchedule = stuck.sent;
    stuck.release();
    await Promise.all(walks);
    const figures = schedule.figures();
    expect(stuckDuringSchedule).toBe(1);
    expect(stuck.maxInFlight).toBe(1);
    expect(stuck.sent + quick.sent).toBe(50);
    // Half the draws land on the stuck user (seeded): they are counted and handed on.
    expect(figures.deferred).toBeGreaterThan(5);
    expect(figures.completed).toBe(50);
  });

  it('holds arrivals that find nobody ready as late and sends them once a user is ready, after the schedule too', async () => {
    const schedule = new ArrivalSchedule(200, 0.1);
    const stuck = new StuckUser('only');
    const walking = walk(schedule.join(stuck));
    await schedule.run();
    stuck.release();
    await walking;
    const figures = schedule.figures();
    expect(figures.arrivals).toBe(20);
    expect(figures.late).toBe(19);
    expect(figures.completed).toBe(20);
    expect(stuck.sent).toBe(20);
    expect(figures.unsent).toBe(0);
    // Waiting counts: the late ones' latency runs from their scheduled time.
    expect(figures.latencyMs.max).toBeGreaterThan(0);
  });
});
