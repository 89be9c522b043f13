/**
 * One guard for every step that asks for a name (the registration's group name, ketua and own
 * name; Kelompok saya's ✏️ Nama and ✏️ Ketua; an officer's name; Data saya's own name): a text
 * that reads as a question or a request is never kept as the name. The engine's asides answer
 * what the bot can answer first (a question about WKSBM, a menu entry's name: see
 * StepDef.asides); what is left and reads as a question ("ada yg perlu dikonfirmasi ga") is
 * refused politely, the name asked again; one that could still be a name ("Posyandu Melati
 * Sudah Terdaftar Belum", "Bu Siti?") is asked about: "Namanya “…”? ✅ Ya / ✏️ Bukan".
 */
import type { StepDef, StepInput, StepOutcome } from '../core/engine/flow.js';
import { say, type OutboundMessage } from '../core/messages.js';
import { t, verbatim } from '../core/text.js';
import { buttonOf, textOf } from './flow-kit.js';
import { nameQuestion, withoutQuestionMark, type NameKind } from './parse/name-question.js';
import { yesOrNo } from './parse/yes-no.js';

/** The data a name step keeps while it asks whether a question-like text is the name. */
export interface NameAsked {
  /** The text asked about ("Namanya “…”?"), until it is answered. */
  readonly nameAsked?: string;
}

/** The buttons of "Namanya “…”?". */
export const NAME_YES_BUTTON = 'name:yes';
export const NAME_NO_BUTTON = 'name:no';

/** "Namanya “…”?" with ✅ Ya / ✏️ Bukan. */
function confirmPrompt(name: string): OutboundMessage {
  return say(t('flow.nameConfirm', { name: verbatim(name) }), [
    { id: NAME_YES_BUTTON, label: t('flow.nameConfirmYes') },
    { id: NAME_NO_BUTTON, label: t('flow.nameConfirmNo') },
  ]);
}

/** The answer to "Namanya “…”?": its buttons, or yes or no typed; null for anything else (a new name). */
function confirmAnswer(input: StepInput): 'yes' | 'no' | null {
  const button = buttonOf(input);
  if (button === NAME_YES_BUTTON) return 'yes';
  if (button === NAME_NO_BUTTON) return 'no';
  const typed = textOf(input);
  return typed === null ? null : yesOrNo(typed);
}

/** The data without the text asked about. */
function withoutAsked<D extends NameAsked>(data: D): D {
  const { nameAsked: _asked, ...rest } = data;
  return rest as D;
}

/**
 * `step` guarded as a name step: `kind(data)` says which name it asks for now (null where it
 * asks for something else: Kelompok saya's edit step asks every field). A text that reads as a
 * question is refused with a reason in the person's language, one that may be a name is asked
 * about, as `shown` writes it (the group's name without the words that introduce it, with its
 * capitals); once confirmed, `step` reads that as if typed.
 */
export function guardingName<D extends NameAsked>(step: StepDef<D>, kind: (data: D) => NameKind | null, shown: (typed: string, kind: NameKind) => string = (typed) => typed): StepDef<D> {
  return {
    ...step,
    prompt: (ctx) => (ctx.data.nameAsked !== undefined && kind(ctx.data) !== null ? confirmPrompt(ctx.data.nameAsked) : step.prompt(ctx)),
    reprompt: (ctx) =>
      ctx.data.nameAsked !== undefined && kind(ctx.data) !== null ? confirmPrompt(ctx.data.nameAsked) : (step.reprompt ?? step.prompt)(ctx),
    on(input, ctx): StepOutcome<D> {
      const asking = kind(ctx.data);
      if (asking === null) return step.on(input, ctx);
      const asked = ctx.data.nameAsked;
      const data = withoutAsked(ctx.data);
      if (asked !== undefined) {
        const answer = confirmAnswer(input);
        // Confirmed: the name as it reads without its question mark, read by the step itself.
        if (answer === 'yes') return keeping(step.on({ type: 'text', text: asked }, { ...ctx, data }), data);
        if (answer === 'no') return { type: 'stay', data, reprompt: true };
      }
      const typed = textOf(input);
      const reading = typed === null ? null : nameQuestion(typed, asking);
      if (reading === 'question') return { type: 'invalid', data, reason: t(asking === 'group' ? 'flow.nameIsQuestion.group' : 'flow.nameIsQuestion.person') };
      if (reading === 'unsure' && typed !== null) return { type: 'stay', data: { ...data, nameAsked: shown(withoutQuestionMark(typed), asking) } as D, reprompt: true };
      // Anything else (a name, a button, an effect's result) is the step's, the question asked about dropped.
      return asked === undefined ? step.on(input, ctx) : keeping(step.on(input, { ...ctx, data }), data);
    },
  };
}

/** `outcome` with `data` (the step's data without the text asked about) where it keeps the step's data as it was. */
function keeping<D>(outcome: StepOutcome<D>, data: D): StepOutcome<D> {
  // `back` to this step shows its question, not the one asked about.
  if (outcome.type === 'goto') return { ...outcome, data: outcome.data ?? data, remember: outcome.remember ?? data };
  return (outcome.type === 'stay' || outcome.type === 'invalid') && outcome.data === undefined ? { ...outcome, data } : outcome;
}
