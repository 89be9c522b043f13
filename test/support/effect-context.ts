/**
 * The context the runner gives an effect handler, for tests that call handlers directly.
 * Changing the person's language is the runner's business (it renders in it): these
 * tests never ask for it, so it fails loudly if a handler does.
 */
import type { EffectContext } from '../../src/core/runner.js';

/** An effect context from its fields; `setLocale` rejects. */
export function effectContext<Tx>(fields: Omit<EffectContext<Tx>, 'setLocale'>): EffectContext<Tx> {
  return {
    ...fields,
    setLocale: (locale) => Promise.reject(new Error(`effect-context: this test does not change the language (asked for "${locale}")`)),
  };
}
