/**
 * Typed sub-flow results. A sub-flow (the village picker, the consent notice) ends with
 * `{ type: 'done', result }`; the engine hands the result to the step below it as the effect
 * result `flow:<id>` (see {@link flowResultName}). `defineFlowResult` ties the flow id to the
 * result's type, so the sub-flow that ends with it and the parent step that reads it share
 * one type and nothing is cast:
 *
 * ```ts
 * export const VILLAGE_PICKED = defineFlowResult<VillageInfo>()(VILLAGE_PICKER_FLOW_ID);
 * // in the sub-flow:   return VILLAGE_PICKED.done(village, [say(…)]);
 * // in the parent:     const village = VILLAGE_PICKED.result(input); if (village) …
 * ```
 */
import type { OutboundMessage } from '../messages.js';
import { flowResultName, type Effect, type EffectResultInput, type StepInput } from './flow.js';

/** The `done` outcome of a sub-flow ending with its result; assignable to any flow's StepOutcome. */
export interface FlowResultOutcome<R> {
  readonly type: 'done';
  readonly result: R;
  readonly say?: readonly OutboundMessage[];
  readonly effects?: readonly Effect[];
}

/** A sub-flow's id and the type of the result it ends with. */
export interface FlowResultDefinition<R> {
  readonly flowId: string;
  /** The effect name under which the result reaches the parent (`flow:<id>`). */
  readonly name: string;
  /** True when `input` is this sub-flow's result (narrowing its value to `R`). */
  is(input: StepInput): input is EffectResultInput & { readonly value: R };
  /** This sub-flow's result when `input` is it, else undefined. */
  result(input: StepInput): R | undefined;
  /** The sub-flow's last outcome: it ends, handing `result` to the step below (R must not be undefined). */
  done(result: R, say?: readonly OutboundMessage[], effects?: readonly Effect[]): FlowResultOutcome<R>;
}

/**
 * Declares the result of the sub-flow `flowId`. Called in two steps so the result type is
 * named and the id read: `defineFlowResult<Result>()(flowId)`.
 */
export function defineFlowResult<R>(): (flowId: string) => FlowResultDefinition<R> {
  return (flowId) => {
    const name = flowResultName(flowId);
    const is = (input: StepInput): input is EffectResultInput & { readonly value: R } => input.type === 'effect-result' && input.effect === name;
    return {
      flowId,
      name,
      is,
      result: (input) => (is(input) ? input.value : undefined),
      done: (result, say, effects) => ({ type: 'done', result, ...(say ? { say } : {}), ...(effects ? { effects } : {}) }),
    };
  };
}
