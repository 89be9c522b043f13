import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { EffectContext } from '../../src/core/effect-context.js';
import { EffectRegistry, handleEffect } from '../../src/core/effect-registry.js';
import { defineEffect } from '../../src/core/engine/effect.js';
import { defineEvent, EventBus, subscribe } from '../../src/core/events.js';

const COUNT = defineEffect<{ readonly total: number }>()('test.count', z.object({ items: z.array(z.string()).max(3) }));
const NOW = new Date('2026-12-05T03:00:00Z');

function context(log: string[] = []): EffectContext<string[]> {
  return {
    tx: log,
    person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null },
    identityId: 'i1',
    channel: 'webchat',
    now: NOW,
    setLocale: () => Promise.reject(new Error('not in this test')),
    emit: new EventBus<string[]>([]).emitter(log, NOW),
  };
}

describe('typed effects', () => {
  it('a request carries the name and payload, and only its own result is read back', () => {
    expect(COUNT.request({ items: ['a'] })).toEqual({ type: 'test.count', payload: { items: ['a'] }, reply: true });
    expect(COUNT.fire({ items: [] })).toEqual({ type: 'test.count', payload: { items: [] } });
    const mine = { type: 'effect-result', effect: 'test.count', value: { total: 2 } } as const;
    const other = { type: 'effect-result', effect: 'test.other', value: { total: 9 } } as const;
    expect(COUNT.result(mine)).toEqual({ total: 2 });
    expect(COUNT.result(other)).toBeUndefined();
    expect(COUNT.result({ type: 'text', text: 'halo' })).toBeUndefined();
    expect(COUNT.is(mine)).toBe(true);
  });

  it('the registry checks the payload against the one schema and runs the handler', async () => {
    const registry = new EffectRegistry<string[]>([handleEffect(COUNT, async ({ items }) => ({ total: items.length }))]);
    await expect(registry.perform(COUNT.request({ items: ['a', 'b'] }), context())).resolves.toEqual({ total: 2 });
    // A flow sending a payload its schema refuses is a bug: it fails loudly, nothing is done.
    await expect(registry.perform({ type: 'test.count', payload: { items: ['a', 'b', 'c', 'd'] } }, context())).rejects.toThrow();
    await expect(registry.perform({ type: 'test.unknown' }, context())).rejects.toThrow(/no handler for effect "test.unknown"/);
  });

  it('refuses two handlers of one name (one would silently win)', () => {
    const entry = handleEffect(COUNT, async () => ({ total: 0 }));
    expect(() => new EffectRegistry([entry, handleEffect(COUNT, async () => ({ total: 1 }))])).toThrow(/two handlers for "test.count"/);
  });
});

describe('domain events', () => {
  const SAVED = defineEvent<{ readonly id: string }>('test.saved');
  const FOLLOWED = defineEvent<{ readonly id: string }>('test.followed');

  it('runs subscribers in registration order, in the emitter transaction, and lets them emit', async () => {
    const bus = new EventBus<string[]>([
      subscribe(SAVED, async ({ id }, { tx, emit }) => {
        tx.push(`first:${id}`);
        await emit(FOLLOWED, { id });
      }),
      subscribe(SAVED, async ({ id }, { tx, now }) => void tx.push(`second:${id}:${now.toISOString()}`)),
      subscribe(FOLLOWED, async ({ id }, { tx }) => void tx.push(`followed:${id}`)),
    ]);
    const log: string[] = [];
    await bus.emitter(log, NOW)(SAVED, { id: 'g1' });
    expect(log).toEqual(['first:g1', 'followed:g1', `second:g1:${NOW.toISOString()}`]);
  });

  it('an event nobody subscribes to is fine; a failing subscriber fails the emit (and so the transaction)', async () => {
    const log: string[] = [];
    await new EventBus<string[]>([]).emitter(log, NOW)(SAVED, { id: 'x' });
    const failing = new EventBus<string[]>([subscribe(SAVED, () => Promise.reject(new Error('alert store down')))]);
    await expect(failing.emitter(log, NOW)(SAVED, { id: 'x' })).rejects.toThrow('alert store down');
  });

  it('refuses two different events of one name, and stops a subscriber loop', async () => {
    const twin = defineEvent<{ readonly other: number }>('test.saved');
    expect(() => new EventBus<string[]>([subscribe(SAVED, async () => {}), subscribe(twin, async () => {})])).toThrow(/two events are named "test.saved"/);
    const PING = defineEvent<null>('test.ping');
    const loop = new EventBus<string[]>([subscribe(PING, (_payload, { emit }) => emit(PING, null))]);
    await expect(loop.emitter([], NOW)(PING, null)).rejects.toThrow(/levels deep/);
  });
});
