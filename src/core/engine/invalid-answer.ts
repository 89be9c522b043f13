/**
 * The one short sentence said after an answer a step cannot take: the step's own reason, or an
 * example of a good answer, or what it expects. The engine says it after every refusal; a step
 * that reads text on the person's behalf (an answer typed ahead of its question) says the same.
 */
import { t, type Text } from '../text.js';
import type { StepContext, StepDef, StepInput } from './flow.js';

/**
 * Why `input` was refused at `step`. A button the step does not take is one from an earlier
 * message: an example of what to type would not explain why the tap did nothing. A photo or
 * file where an answer is typed is said so (it is not kept), with what to type.
 */
export function invalidAnswerText<D>(step: Pick<StepDef<D>, 'example' | 'expects'>, ctx: StepContext<D>, input: StepInput, reason?: Text): Text {
  if (reason !== undefined) return reason;
  if (input.type === 'button') return t('engine.staleButton');
  const media = input.type === 'media';
  return step.example
    ? t(media ? 'engine.mediaInvalidExample' : 'engine.invalidExample', { example: step.example })
    : t(media ? 'engine.mediaInvalid' : 'engine.invalid', { expected: expectsAt(step, ctx) });
}

/** What `step` expects, as the person at `ctx` sees the step. */
export function expectsAt<D>(step: Pick<StepDef<D>, 'expects'>, ctx: StepContext<D>): Text {
  return typeof step.expects === 'function' ? step.expects(ctx) : step.expects;
}
