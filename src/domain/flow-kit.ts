/**
 * Small helpers for declaring question steps, so a flow reads as a list of questions:
 * what is asked, how an answer is read, and where it leads.
 */
import type { StepContext, StepDef, StepInput, StepOutcome } from '../core/engine/flow.js';
import type { Button, OutboundMessage } from '../core/messages.js';
import { t, type Text } from '../core/text.js';

/** How an answer was read: a value, or why it could not be used. */
export type Answer<V> = { readonly ok: true; readonly value: V } | { readonly ok: false; readonly reason?: Text };

/** Button id of "skip this optional question". */
export const SKIP_BUTTON = 'skip';

/** The skip button. */
export const skipButton: Button = { id: SKIP_BUTTON, label: t('flow.skip') };

/** A step that reads one answer and decides where it leads. */
export function questionStep<D, V>(spec: {
  readonly prompt: (ctx: StepContext<D>) => OutboundMessage;
  readonly expects: Text;
  readonly example?: Text;
  readonly help?: Text;
  /** Reads the answer; effect results and other inputs may be handled here too. */
  readonly read: (input: StepInput, ctx: StepContext<D>) => Answer<V>;
  readonly then: (value: V, ctx: StepContext<D>) => StepOutcome<D>;
}): StepDef<D> {
  return {
    prompt: spec.prompt,
    expects: spec.expects,
    ...(spec.example ? { example: spec.example } : {}),
    ...(spec.help ? { help: spec.help } : {}),
    on(input, ctx) {
      const answer = spec.read(input, ctx);
      if (!answer.ok) return answer.reason ? { type: 'invalid', reason: answer.reason } : { type: 'invalid' };
      return spec.then(answer.value, ctx);
    },
  };
}

/** The typed text of an input, trimmed, or null for anything else. */
export function textOf(input: StepInput): string | null {
  return input.type === 'text' ? input.text.trim() : null;
}

/** The id of a pressed button, or null. */
export function buttonOf(input: StepInput): string | null {
  return input.type === 'button' ? input.id : null;
}

/** True when the user skipped an optional question (button, "-", "lewati", "skip"). */
export function isSkip(input: StepInput): boolean {
  if (input.type === 'button') return input.id === SKIP_BUTTON;
  const text = textOf(input)?.toLowerCase();
  return text === '-' || text === 'lewati' || text === 'skip' || text === 'tidak ada' || text === 'tdk ada' || text === 'none';
}

/** Plain free text within length limits, with control characters removed. */
export function readFreeText(input: StepInput, min: number, max: number): Answer<string> {
  const raw = textOf(input);
  if (raw === null) return { ok: false };
  // Zero-width and control characters carry no meaning in a name and break later display.
  const text = raw.replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '').replace(/\s+/g, ' ').trim();
  if (text.length < min) return { ok: false, reason: t('flow.tooShort', { min }) };
  if (text.length > max) return { ok: false, reason: t('flow.tooLong', { max }) };
  return { ok: true, value: text };
}

/** Lower-case, punctuation-free form of a name, for duplicate detection. */
export function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
