/**
 * Typed effects. A flow asks for I/O by returning an {@link Effect}; the runner performs it
 * with the handler registered for its name and gives the value back to the flow's step.
 * `defineEffect` ties a name to one payload schema and one result type, so the flow that
 * asks, the handler that answers and the step that reads the answer share both types and
 * nothing is cast:
 *
 * ```ts
 * export const DECLARE_RELATION = defineEffect<DeclareRelationResult>()('relation.declare', declareSchema);
 * // in a step:   return { type: 'stay', effects: [DECLARE_RELATION.request({ fromGroupId, toGroupId, kind })] };
 * //              const result = DECLARE_RELATION.result(input); if (result) …
 * // the handler: handleEffect(DECLARE_RELATION, async (payload, ctx) => …)   (core/effect-registry.ts)
 * ```
 */
import type { z } from 'zod';
import type { Effect, EffectResultInput, StepInput } from './flow.js';

/** An effect's name, payload schema and result type. */
export interface EffectDefinition<P, R> {
  readonly name: string;
  /** The one schema of the payload: the flow's request is typed by it, the handler's input checked by it. */
  readonly schema: z.ZodType<P>;
  /** The effect, asking for its result to come back to the current step. */
  request(payload: P): Effect;
  /** The effect, without waiting for a result (the step goes on at once). */
  fire(payload: P): Effect;
  /** True when `input` is this effect's result (narrowing its value to `R`). */
  is(input: StepInput): input is EffectResultInput & { readonly value: R };
  /** This effect's result when `input` is it, else undefined. Use {@link is} when `R` may be undefined. */
  result(input: StepInput): R | undefined;
  /** The input this effect's result `value` reaches a step as: for a result already in hand (a flow start's `result`). */
  resultInput(value: R): EffectResultInput;
}

/**
 * Declares an effect. Called in two steps so the result type is named and the payload type
 * is read from the schema: `defineEffect<Result>()(name, schema)`.
 */
export function defineEffect<R>(): <P>(name: string, schema: z.ZodType<P>) => EffectDefinition<P, R> {
  return (name, schema) => {
    const is = (input: StepInput): input is EffectResultInput & { readonly value: R } => input.type === 'effect-result' && input.effect === name;
    return {
      name,
      schema,
      request: (payload) => ({ type: name, payload, reply: true }),
      fire: (payload) => ({ type: name, payload }),
      is,
      result: (input) => (is(input) ? input.value : undefined),
      resultInput: (value) => ({ type: 'effect-result', effect: name, value }),
    };
  };
}
