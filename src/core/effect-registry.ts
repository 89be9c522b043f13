/**
 * The effect handlers of the assistant, each registered with its definition
 * (core/engine/effect.ts): the handler receives the payload already checked by the
 * definition's schema and must return the definition's result type.
 */
import type { EffectContext } from './effect-context.js';
import type { EffectDefinition } from './engine/effect.js';
import type { Effect } from './engine/flow.js';

/** A registered handler, its types erased for the registry. */
export interface EffectEntry<Tx> {
  readonly name: string;
  /** Checks the payload against the definition's schema, then runs the handler. */
  run(payload: unknown, ctx: EffectContext<Tx>): Promise<unknown>;
}

/** Registers `handler` for `definition`: the pair the runner performs effects of that name with. */
export function handleEffect<Tx, P, R>(definition: EffectDefinition<P, R>, handler: (payload: P, ctx: EffectContext<Tx>) => Promise<R>): EffectEntry<Tx> {
  return {
    name: definition.name,
    // A payload failing its schema is a bug in the flow that sent it: it fails loudly.
    run: async (payload, ctx) => handler(definition.schema.parse(payload), ctx),
  };
}

/** Every effect the runner can perform, by name. */
export class EffectRegistry<Tx> {
  readonly #byName = new Map<string, EffectEntry<Tx>>();

  /** Throws when two handlers claim one name: one would silently win over the other. */
  constructor(entries: readonly EffectEntry<Tx>[]) {
    for (const entry of entries) {
      if (this.#byName.has(entry.name)) throw new Error(`effects: two handlers for "${entry.name}"`);
      this.#byName.set(entry.name, entry);
    }
  }

  /** Performs `effect`; throws for a name nothing handles. */
  async perform(effect: Effect, ctx: EffectContext<Tx>): Promise<unknown> {
    const entry = this.#byName.get(effect.type);
    if (!entry) throw new Error(`runner: no handler for effect "${effect.type}"`);
    return entry.run(effect.payload, ctx);
  }
}

