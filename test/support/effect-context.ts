/**
 * The context the runner gives an effect handler, for tests that call handlers directly.
 * Changing the person's language is the runner's business (it renders in it): these
 * tests never ask for it, so it fails loudly if a handler does. Events go to the
 * subscriptions given (the assistant's, for tests that check alerts), as the runner's do.
 */
import type { EffectContext } from '../../src/core/effect-context.js';
import { EventBus, type Subscription } from '../../src/core/events.js';

/** An effect context from its fields; `setLocale` rejects; `emit` reaches `subscriptions`. */
export function effectContext<Tx>(
  fields: Omit<EffectContext<Tx>, 'setLocale' | 'emit'>,
  subscriptions: readonly Subscription<Tx>[] = [],
): EffectContext<Tx> {
  return {
    ...fields,
    emit: new EventBus(subscriptions).emitter(fields.tx, fields.now),
    setLocale: (locale) => Promise.reject(new Error(`effect-context: this test does not change the language (asked for "${locale}")`)),
  };
}
