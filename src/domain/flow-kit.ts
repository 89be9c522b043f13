/**
 * Small helpers for declaring question steps, so a flow reads as a list of questions:
 * what is asked, how an answer is read, and where it leads.
 */
import type { StepContext, StepDef, StepInput, StepOutcome, FlowEnv } from '../core/engine/flow.js';
import { say, type Button, type OutboundMessage } from '../core/messages.js';
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
  /** See {@link StepDef.asides}: a name or a description, never a question. */
  readonly asides?: boolean;
  /** Reads the answer; effect results and other inputs may be handled here too. */
  readonly read: (input: StepInput, ctx: StepContext<D>) => Answer<V>;
  readonly then: (value: V, ctx: StepContext<D>) => StepOutcome<D>;
}): StepDef<D> {
  return {
    prompt: spec.prompt,
    expects: spec.expects,
    ...(spec.example ? { example: spec.example } : {}),
    ...(spec.help ? { help: spec.help } : {}),
    ...(spec.asides ? { asides: true } : {}),
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
/** Typed for "none" or "skip", as people write it ("ga ada", "gak ada", "lewati"). */
const SKIP_WORDS = new Set(['-', 'lewati', 'skip', 'none', 'tidak ada', 'tdk ada', 'ga ada', 'gak ada', 'gk ada', 'nggak ada', 'ngga ada', 'gaada', 'gakada', 'enggak ada', 'ora ono', 'mboten wonten', 'teu aya']);

export function isSkip(input: StepInput): boolean {
  if (input.type === 'button') return input.id === SKIP_BUTTON;
  const text = textOf(input)?.toLowerCase();
  return text !== undefined && SKIP_WORDS.has(text.replace(/[.!]+$/, '').trim());
}

/** Bidi embeddings, overrides and isolates (and LRM/RLM/ALM): they can make a name read backwards. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Control characters other than whitespace. */
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
/** Invisible characters, removed where they join nothing: at the start and the end. */
const EDGE_INVISIBLES = /^[\s\u200b-\u200d\u2060\ufeff\u00ad]+|[\s\u200b-\u200d\u2060\ufeff\u00ad]+$/g;

/**
 * Tidies typed free text (names, descriptions): bidi controls and control characters go,
 * runs of whitespace become one space, invisible characters at the edges go. Zero-width
 * joiners and non-joiners inside the text stay: they build emoji sequences
 * ("👨‍👩‍👧‍👦 Keluarga") and spell words in scripts such as Persian or Kannada.
 */
export function tidyFreeText(raw: string): string {
  return raw.replace(BIDI_CONTROLS, '').replace(CONTROLS, '').replace(/\s+/g, ' ').replace(EDGE_INVISIBLES, '');
}

/** Plain free text within length limits, tidied by {@link tidyFreeText}. */
export function readFreeText(input: StepInput, min: number, max: number): Answer<string> {
  const raw = textOf(input);
  if (raw === null) return { ok: false };
  const text = tidyFreeText(raw);
  if (text.length < min) return { ok: false, reason: t('flow.tooShort', { min }) };
  if (text.length > max) return { ok: false, reason: t('flow.tooLong', { max }) };
  return { ok: true, value: text };
}

/**
 * `step`, where an answer to another of the flow's questions typed here instead (`early` reads
 * it: the data with it kept, and the line that says so) is kept, said back, and this question
 * asked again; any other answer is the step's. Nothing typed early is lost.
 */
export function keepingTypedEarly<D>(
  step: StepDef<D>,
  early: (typed: string, data: D) => { readonly data: D; readonly said: OutboundMessage } | null,
): StepDef<D> {
  return keepingTypedAlong(step, (typed, data) => {
    const kept = early(typed, data);
    return kept === null ? null : { ...kept, rest: '' };
  });
}

/** What {@link keepingTypedAlong} reads: the data with another question's answer kept, the line that says so, and the rest of the answer. */
export interface TypedAlong<D> {
  readonly data: D;
  readonly said: OutboundMessage;
  readonly rest: string;
}

/**
 * `step`, where another question's answer typed with this one's ("desa sidoarum, ketuanya bu
 * Sri", "posyandu melati, anggotanya 35") is kept and said back (`along` reads it), and the rest
 * of the answer is the step's, as if typed alone. With nothing else typed, or a rest that is not
 * this question's answer, the question is asked again (with why): the part kept is never lost.
 */
export function keepingTypedAlong<D>(step: StepDef<D>, along: (typed: string, data: D, env: FlowEnv) => TypedAlong<D> | null): StepDef<D> {
  return {
    ...step,
    on(input, ctx) {
      const typed = textOf(input);
      const kept = typed === null ? null : along(typed, ctx.data, ctx.env);
      if (kept === null) return step.on(input, ctx);
      if (!/[\p{L}\p{N}]/u.test(kept.rest)) return { type: 'stay', data: kept.data, say: [kept.said], reprompt: true };
      const outcome = step.on({ type: 'text', text: kept.rest }, { ...ctx, data: kept.data });
      if (outcome.type === 'invalid') {
        const reason = outcome.reason === undefined ? [] : [say(outcome.reason)];
        return { type: 'stay', data: outcome.data ?? kept.data, say: [kept.said, ...reason], reprompt: true };
      }
      const said = [kept.said, ...(outcome.say ?? [])];
      // A rest that ends the flow (a sub-flow's result, read from the data kept) still says what was kept.
      return outcome.type === 'done' ? { ...outcome, say: said } : { ...outcome, data: outcome.data ?? kept.data, say: said };
    },
  };
}

