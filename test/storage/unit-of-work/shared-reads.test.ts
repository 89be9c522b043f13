/** Identical reads on their way at once share one statement; a write in between, or an answer, ends the sharing. */
import { describe, expect, it } from 'vitest';
import { SharedReads } from '../../../src/storage/unit-of-work/shared-reads.js';

/** A read that answers when the test says, counting how often it was started. */
function reads() {
  const answers: Array<(value: string) => void> = [];
  return {
    started: () => answers.length,
    run: () => new Promise<string>((resolve) => answers.push(resolve)),
    answer: (index: number, value: string) => answers[index]!(value),
  };
}

describe('SharedReads', () => {
  it('shares a read on its way, not one for another key', async () => {
    const shared = new SharedReads<string>();
    const source = reads();
    const a = shared.read('p1', source.run);
    const b = shared.read('p1', source.run);
    const other = shared.read('p2', source.run);
    expect(source.started()).toBe(2);
    source.answer(0, 'groups of p1');
    source.answer(1, 'groups of p2');
    expect(await Promise.all([a, b, other])).toEqual(['groups of p1', 'groups of p1', 'groups of p2']);
  });

  it('starts a new read after a write (clear) and after the first answered', async () => {
    const shared = new SharedReads<string>();
    const source = reads();
    const before = shared.read('p1', source.run);
    shared.clear();
    const after = shared.read('p1', source.run);
    expect(source.started()).toBe(2);
    source.answer(0, 'old');
    source.answer(1, 'new');
    expect([await before, await after]).toEqual(['old', 'new']);
    const later = shared.read('p1', source.run);
    expect(source.started()).toBe(3);
    source.answer(2, 'newer');
    expect(await later).toBe('newer');
  });

  it('lets a failed read fail every caller that shared it, and the next read start afresh', async () => {
    const shared = new SharedReads<string>();
    let calls = 0;
    const failing = () => {
      calls += 1;
      return Promise.reject(new Error('statement failed'));
    };
    await expect(Promise.all([shared.read('p1', failing), shared.read('p1', failing)])).rejects.toThrow('statement failed');
    expect(calls).toBe(1);
    await expect(shared.read('p1', failing)).rejects.toThrow('statement failed');
    expect(calls).toBe(2);
  });
});
