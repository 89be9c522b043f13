/**
 * One guard for every step that asks for a name (the registration's group name, ketua and own
 * name; Kelompok saya's ✏️ Nama and ✏️ Ketua; an officer's name; Data saya's own name): a text
 * that reads as a question or a request is never kept as the name. The engine's asides answer
 * what the bot can answer first (a question about WKSBM, a menu entry's name: see
 * StepDef.asides); what is left and reads as a question ("ada yg perlu dikonfirmasi ga") is
 * refused politely, the name asked again; one that could still be a name ("Posyandu Melati
 * Sudah Terdaftar Belum", "Bu Siti?") is asked about: "Namanya “…”? ✅ Ya / ✏️ Bukan". The same
 * question is asked where a name is typed at another step (a corrected group's name at the
 * registration's members question): {@link askingName}. `kembali` while it is on screen goes
 * back to the step's own question (StepDef.backWithin), not to the question before.
 */
import type { AnyFlow, StepContext, StepDef, StepInput, StepOutcome } from '../core/engine/flow.js';
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
 * A step guarded by {@link guardingName}: the assistant lists these as the steps that ask for a
 * name (its asides read a request or a question there as such), from the flows themselves.
 */
export interface NameStepDef<D> extends StepDef<D> {
  readonly asksName: true;
}

/** Whether `step` asks for a name: it is guarded by {@link guardingName} (wrapped again or not). */
export function isNameStep(step: object): boolean {
  return 'asksName' in step && step.asksName === true;
}

/** A step of a flow: where a text was typed. */
export interface StepOfFlow {
  readonly flow: string;
  readonly step: string;
}

/**
 * The steps of `flows` that ask for a name ({@link isNameStep}), read from the steps themselves:
 * the assistant's asides answer a request or a question typed there instead of keeping it as the
 * name, and a list kept by hand could miss a name step added later.
 */
export function nameStepsOf(flows: readonly AnyFlow[]): StepOfFlow[] {
  return flows.flatMap((flow) => Object.entries(flow.steps).filter(([, step]) => isNameStep(step)).map(([step]) => ({ flow: flow.id, step })));
}

/**
 * `step` with "Namanya “…”?" on screen while `asking(data)` (a name asked about, at a step that
 * asks it now): its prompt, its prompt again after an aside, and `kembali` to the step's own
 * question, nothing kept.
 */
function confirming<D extends NameAsked>(step: StepDef<D>, asking: (data: D) => boolean): Pick<StepDef<D>, 'prompt' | 'reprompt' | 'backWithin'> {
  const asked = (data: D): string | null => (data.nameAsked !== undefined && asking(data) ? data.nameAsked : null);
  return {
    prompt: (ctx) => {
      const name = asked(ctx.data);
      return name === null ? step.prompt(ctx) : confirmPrompt(name);
    },
    reprompt: (ctx) => {
      const name = asked(ctx.data);
      return name === null ? (step.reprompt ?? step.prompt)(ctx) : confirmPrompt(name);
    },
    backWithin: (ctx) => (asked(ctx.data) === null ? (step.backWithin?.(ctx) ?? null) : withoutAsked(ctx.data)),
  };
}

/** How {@link guardingName} reads what it guards. */
export interface NameGuardOptions<D> {
  /** The name asked about as it is shown: the group's name without the words that introduce it, with its capitals. */
  readonly shown?: (typed: string, kind: NameKind) => string;
  /**
   * Words the step reads itself, with a question mark or not ("saya sendiri?" at the ketua: the
   * person unsure whether they may be it): given to the step without the mark, never refused.
   */
  readonly readsItself?: (typed: string, data: D) => boolean;
}

/**
 * `step` guarded as a name step: `kind(data)` says which name it asks for now (null where it
 * asks for something else: Kelompok saya's edit step asks every field). A text that reads as a
 * question is refused with a reason in the person's language, one that may be a name is asked
 * about, as `shown` writes it; once confirmed, `step` reads that as if typed.
 */
export function guardingName<D extends NameAsked>(step: StepDef<D>, kind: (data: D) => NameKind | null, options: NameGuardOptions<D> = {}): NameStepDef<D> {
  const { shown = (typed) => typed, readsItself } = options;
  return {
    ...step,
    asksName: true,
    ...confirming(step, (data) => kind(data) !== null),
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
      const plain = typed === null ? null : withoutQuestionMark(typed);
      if (plain !== null && readsItself?.(plain, data) === true) return keeping(step.on({ type: 'text', text: plain }, { ...ctx, data }), data);
      const reading = typed === null ? null : nameQuestion(typed, asking);
      if (reading === 'question') return { type: 'invalid', data, reason: t(asking === 'group' ? 'flow.nameIsQuestion.group' : 'flow.nameIsQuestion.person') };
      if (reading === 'unsure' && plain !== null) return { type: 'stay', data: { ...data, nameAsked: shown(plain, asking) } as D, reprompt: true };
      // Anything else (a name, a button, an effect's result) is the step's, the question asked about dropped.
      return asked === undefined ? step.on(input, ctx) : keeping(step.on(input, { ...ctx, data }), data);
    },
  };
}

/** How {@link askingName} tells a name typed at its step, and takes it. */
export interface NameAtOtherStep<D> {
  /** The name `typed` reads as, shown as asked about ("Posyandu Melati 3"), or null where it is none. */
  readonly named: (typed: string, data: D) => string | null;
  /** The step's outcome once the name is confirmed (`ctx.data` without the question). */
  readonly take: (name: string, ctx: StepContext<D>) => StepOutcome<D>;
}

/**
 * `step` (a question that asks no name), where a text it refuses that reads as a name (a group's
 * name corrected at the members question) is asked about with the name steps' own question,
 * "Namanya “…”? ✅ Ya / ✏️ Bukan": ✅ is `take`n, ✏️ asks the step's question again. Anything
 * else typed then is the step's.
 */
export function askingName<D extends NameAsked>(step: StepDef<D>, name: NameAtOtherStep<D>): StepDef<D> {
  return {
    ...step,
    ...confirming(step, () => true),
    on(input, ctx): StepOutcome<D> {
      const asked = ctx.data.nameAsked;
      const data = withoutAsked(ctx.data);
      if (asked !== undefined) {
        const answer = confirmAnswer(input);
        if (answer === 'yes') return name.take(asked, { ...ctx, data });
        if (answer === 'no') return { type: 'stay', data, reprompt: true };
      }
      const clean = { ...ctx, data };
      const outcome = step.on(input, clean);
      const typed = textOf(input);
      const named = outcome.type === 'invalid' && typed !== null ? name.named(typed, data) : null;
      if (named !== null) return { type: 'stay', data: { ...data, nameAsked: named } as D, reprompt: true };
      return asked === undefined ? outcome : keeping(outcome, data);
    },
  };
}

/** `outcome` with `data` (the step's data without the text asked about) where it keeps the step's data as it was. */
function keeping<D>(outcome: StepOutcome<D>, data: D): StepOutcome<D> {
  // `back` to this step shows its question, not the one asked about.
  if (outcome.type === 'goto') return { ...outcome, data: outcome.data ?? data, remember: outcome.remember ?? data };
  return (outcome.type === 'stay' || outcome.type === 'invalid') && outcome.data === undefined ? { ...outcome, data } : outcome;
}
