/**
 * The sent marks' bookkeeping without a database (sent-marks.ts): who rides, who waits, who
 * goes out on their own, and when each caller hears. The statements themselves run against
 * PostgreSQL in test/storage/unit-of-work/sent-mark-statements.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SentMarks } from '../../../src/storage/outbox/sent-marks.js';

const WAIT_MS = 5;

/** A `remove` whose calls are recorded and settle when the test says. */
function removals() {
  const calls: { ids: string[]; settle: (error?: Error) => void }[] = [];
  const remove = (ids: string[]) =>
    new Promise<void>((resolve, reject) => {
      calls.push({ ids, settle: (error) => (error ? reject(error) : resolve()) });
    });
  return { calls, remove };
}

/** Whether `promise` has settled (after the microtasks pending now). */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(() => (done = true), () => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('sent marks', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes the marks asked within the wait in one statement of their own when no unit of work takes them', async () => {
    const { calls, remove } = removals();
    const marks = new SentMarks(remove, WAIT_MS);
    const first = marks.mark(['1']);
    await vi.advanceTimersByTimeAsync(WAIT_MS - 1);
    const second = marks.mark(['2', '3']);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((call) => call.ids)).toEqual([['1', '2', '3']]);
    expect(await settled(first)).toBe(false);
    calls[0]!.settle();
    await expect(Promise.all([first, second])).resolves.toEqual([undefined, undefined]);
  });

  it('lets the marks asked while one statement runs wait for a ride in turn, then go out together', async () => {
    const { calls, remove } = removals();
    const marks = new SentMarks(remove, WAIT_MS);
    const first = marks.mark(['1']);
    await vi.advanceTimersByTimeAsync(WAIT_MS);
    const second = marks.mark(['2']);
    const third = marks.mark(['3']);
    await vi.advanceTimersByTimeAsync(WAIT_MS * 3);
    expect(calls.map((call) => call.ids)).toEqual([['1']]);
    calls[0]!.settle();
    await first;
    await vi.advanceTimersByTimeAsync(WAIT_MS);
    expect(calls.map((call) => call.ids)).toEqual([['1'], ['2', '3']]);
    calls[1]!.settle(new Error('connection lost'));
    await expect(second).rejects.toThrow('connection lost');
    await expect(third).rejects.toThrow('connection lost');
  });

  it('hands every mark waiting to the unit of work that asks, and resolves them when it committed', async () => {
    const { calls, remove } = removals();
    const marks = new SentMarks(remove, WAIT_MS);
    const first = marks.mark(['1']);
    const second = marks.mark(['2']);
    const passenger = marks.board();
    expect(passenger?.statement.values).toEqual([['1', '2']]);
    expect(passenger?.statement.text).toMatch(/FOR UPDATE SKIP LOCKED/);
    expect(marks.board()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(WAIT_MS * 2);
    expect(await settled(first)).toBe(false);
    passenger!.arrived([{ id: '1' }, { id: '2' }]);
    await expect(Promise.all([first, second])).resolves.toEqual([undefined, undefined]);
    await vi.advanceTimersByTimeAsync(WAIT_MS * 2);
    expect(calls).toEqual([]);
  });

  it('gives the next mark the whole wait once a unit of work took every mark waiting', async () => {
    const { calls, remove } = removals();
    const marks = new SentMarks(remove, WAIT_MS);
    const first = marks.mark(['1']);
    await vi.advanceTimersByTimeAsync(WAIT_MS - 1);
    marks.board()!.arrived([{ id: '1' }]);
    await first;
    const second = marks.mark(['2']);
    await vi.advanceTimersByTimeAsync(WAIT_MS - 1);
    expect(calls).toEqual([]);
    expect(marks.board()?.statement.values).toEqual([['2']]);
    expect(await settled(second)).toBe(false);
  });

  it('writes on their own, never on a ride again, the marks whose ride failed or skipped a row', async () => {
    const { calls, remove } = removals();
    const marks = new SentMarks(remove, WAIT_MS);
    const stranded = marks.mark(['1']);
    marks.board()!.stranded();
    const skipped = marks.mark(['2', '3']);
    const deleted = marks.mark(['4']);
    marks.board()!.arrived([{ id: '2' }, { id: '4' }]);
    await deleted;
    // They wait (a unit of work that asks now gets none of them) and go out on their own.
    expect(marks.board()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(WAIT_MS);
    expect(calls.map((call) => call.ids)).toEqual([['1', '2', '3']]);
    expect(await settled(stranded)).toBe(false);
    calls[0]!.settle();
    await expect(Promise.all([stranded, skipped])).resolves.toEqual([undefined, undefined]);
  });

  it('never lets ids the ride could not cast ride: they would fail the unit of work that carries them', async () => {
    const { calls, remove } = removals();
    const marks = new SentMarks(remove, WAIT_MS);
    const odd = marks.mark(['not a number']);
    const huge = marks.mark(['9223372036854775808']);
    const fine = marks.mark(['9223372036854775807']);
    expect(marks.board()?.statement.values).toEqual([['9223372036854775807']]);
    await vi.advanceTimersByTimeAsync(WAIT_MS);
    expect(calls.map((call) => call.ids)).toEqual([['not a number', '9223372036854775808']]);
    calls[0]!.settle(new Error('invalid input syntax for type bigint'));
    await expect(odd).rejects.toThrow('bigint');
    await expect(huge).rejects.toThrow('bigint');
    expect(await settled(fine)).toBe(false);
  });
});
