import { describe, expect, it } from 'vitest';
import { KeyedQueue } from '../../src/core/keyed-queue.js';

/** A promise with its resolve exposed, so tests decide when work finishes. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

describe('KeyedQueue', () => {
  it('runs tasks of one key in submission order, one at a time', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const first = gate();
    const a = queue.run('k', async () => {
      log.push('a:start');
      await first.promise;
      log.push('a:end');
    });
    const b = queue.run('k', async () => {
      log.push('b:start');
      log.push('b:end');
    });
    await Promise.resolve();
    expect(log).toEqual(['a:start']);
    first.open();
    await Promise.all([a, b]);
    expect(log).toEqual(['a:start', 'a:end', 'b:start', 'b:end']);
  });

  it('runs different keys concurrently', async () => {
    const queue = new KeyedQueue();
    const blocker = gate();
    const log: string[] = [];
    const a = queue.run('a', async () => {
      await blocker.promise;
      log.push('a');
    });
    await queue.run('b', async () => log.push('b'));
    expect(log).toEqual(['b']);
    blocker.open();
    await a;
    expect(log).toEqual(['b', 'a']);
  });

  it('keeps going after a failed task and forgets idle keys', async () => {
    const queue = new KeyedQueue();
    const failed = queue.run('k', async () => {
      throw new Error('boom');
    });
    const next = queue.run('k', async () => 'ok');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ok');
    await queue.drain();
    expect(queue.size).toBe(0);
  });
});
