/**
 * How flows are declared. A flow is a small typed state machine: named steps, each with a
 * prompt and a pure handler that turns an input into an outcome. The engine (step.ts)
 * adds everything every step shares: global commands, back, re-prompts, expiry, versions.
 */
import type { Button, InboundContent, OutboundMessage } from '../messages.js';
import type { PersonView } from '../ports.js';
import type { Text } from '../text.js';

/**
 * A request for the runner to do I/O (write a record, look something up). Flows never do
 * I/O themselves. When `reply` is true the runner feeds the handler's result back to the
 * current step as a {@link EffectResultInput}, in the same transaction.
 */
export interface Effect {
  readonly type: string;
  readonly payload?: unknown;
  readonly reply?: boolean;
}

/** The `effect` name under which a finished sub-flow's result reaches its parent. */
export function flowResultName(flowId: string): string {
  return `flow:${flowId}`;
}

/** The result of an effect that asked for a reply, or of a finished sub-flow. */
export interface EffectResultInput {
  readonly type: 'effect-result';
  readonly effect: string;
  readonly value: unknown;
}

/** What a step handler receives: something the user sent, or an effect's result. */
export type StepInput = InboundContent | EffectResultInput;

/** Facts about the moment a step runs; everything a flow may depend on besides its data. */
export interface FlowEnv {
  readonly now: Date;
  readonly person: PersonView;
  /** False when the person's channel cannot carry a photo to the bot (steps asking for one skip). */
  readonly canReceivePhotos?: boolean;
  /**
   * True for the first message of someone new: their conversation was never active before it.
   * A guess too bold later in a conversation is fair then (a lone "hi" read as English).
   */
  readonly firstContact?: boolean;
}

/** What a handler decides. Anything not listed is left as it was. */
export type StepOutcome<D> =
  /** Move to another step (the current one is remembered for `back`). */
  | {
      readonly type: 'goto';
      readonly step: string;
      readonly data?: D;
      readonly say?: readonly OutboundMessage[];
      readonly effects?: readonly Effect[];
      /**
       * The current step was passed without the person answering it (its only choice taken,
       * e.g. their one group): it is left out of the `back` history, so that `kembali`
       * never lands on a question that was never asked.
       */
      readonly passed?: boolean;
      /**
       * The data the current step is remembered with for `back` (default: its data before
       * this input). For a step passed on by an effect's result before its question was
       * shown (partners named in the request, taken once the desa's groups are listed): what
       * the result brought, so that `kembali` shows the step with it, not without.
       */
      readonly remember?: D;
    }
  /** Stay on this step, e.g. after an effect result or an aside; re-prompts when asked. */
  | {
      readonly type: 'stay';
      readonly data?: D;
      readonly say?: readonly OutboundMessage[];
      readonly effects?: readonly Effect[];
      readonly reprompt?: boolean;
    }
  /**
   * The input does not fit: the engine re-prompts with what is expected and an example. `data`
   * is kept only when the refusal stands (no other flow started, no question answered aside),
   * e.g. an answer typed ahead that a later step can take. `kept`: that data keeps part of the
   * answer (the activity typed where its date is asked): said and asked again as a refusal,
   * but no invalid answer, so it never leads to the menu offer (only answers that keep nothing do).
   */
  | { readonly type: 'invalid'; readonly reason?: Text; readonly data?: D; readonly kept?: boolean }
  /**
   * The flow is finished; the flow below it (if any) is resumed. With a `result`, the step
   * below receives it as `{ type: 'effect-result', effect: 'flow:<this flow id>', value }`
   * instead of being asked its question again (a sub-flow returning a value).
   */
  | {
      readonly type: 'done';
      readonly say?: readonly OutboundMessage[];
      readonly effects?: readonly Effect[];
      readonly result?: unknown;
      /** Show the main menu afterwards (when no flow below resumes). */
      readonly menu?: boolean;
      /**
       * End every other flow too, in progress or paused: the conversation starts afresh and
       * keeps none of the answers typed so far (after an erasure of the person's data).
       */
      readonly restart?: boolean;
    }
  /** Start another flow on top of this one (this one resumes when it is done). */
  | {
      readonly type: 'start';
      readonly flow: string;
      readonly input?: unknown;
      /** This flow's data from now on (kept below the new flow; not with `replace`). */
      readonly data?: D;
      readonly say?: readonly OutboundMessage[];
      readonly effects?: readonly Effect[];
      /** Replace this flow instead of stacking on it. */
      readonly replace?: boolean;
    };

/** Everything a step function sees. */
export interface StepContext<D> {
  readonly data: D;
  readonly env: FlowEnv;
}

/**
 * Where `batal` at a step goes within its flow (see {@link StepDef.cancelWithin}): a step of it,
 * with its data; or (`ends`) nowhere, the flow ended as `batal` ends it but with the step's own
 * line instead of the flow's `cancelled` (a change asked about: "jumlah anggota tetap 25").
 */
export type CancelledWithin<D> =
  | { readonly step: string; readonly data: D; readonly say: readonly OutboundMessage[] }
  | { readonly ends: true; readonly say: readonly OutboundMessage[] };

/** One step of a flow. */
export interface StepDef<D> {
  /** The question this step asks. */
  prompt(ctx: StepContext<D>): OutboundMessage;
  /** Handles an input. Must be pure: same data, env and input give the same outcome. */
  on(input: StepInput, ctx: StepContext<D>): StepOutcome<D>;
  /**
   * The question asked again after an answer it could not take, or after an aside, when the
   * prompt is too long to repeat (the privacy notice: its text stands above, unchanged). The
   * prompt itself by default, and after an aside that set another reply language (the text
   * above is in the other one: see EngineConfig.asideLanguage).
   */
  reprompt?(ctx: StepContext<D>): OutboundMessage;
  /**
   * The question asked again when a flow started over this step (a side trip, a sub-flow) has
   * just ended with its own reply, where the prompt would repeat what the person read before it
   * (the officer menu's summary after a desa's status): its buttons with a short line. The
   * prompt itself by default.
   */
  afterFlow?(ctx: StepContext<D>): OutboundMessage;
  /**
   * What a valid answer looks like, shown after an invalid one. A function where that depends
   * on what the step shows (a screen whose buttons differ from person to person): the hint
   * names what is on screen, never a choice this person was not offered.
   */
  readonly expects: Text | ((ctx: StepContext<D>) => Text);
  /** An example answer, shown after an invalid one. */
  readonly example?: Text;
  /** Extra help for `bantuan`/`help` at this step. */
  readonly help?: Text;
  /**
   * True for steps whose answer is a name or a description, never a question: what the
   * engine's `asides` answer (a question about WKSBM asked mid-registration, a menu entry's
   * name) is answered and this step's question asked again, instead of becoming the answer.
   * 'eager' where no answer could read as a question (a place's name: "syaratnya apa aja" is
   * no desa, while a group may be called "Arisan Apa Saja"): questions are read more widely.
   */
  readonly asides?: boolean | 'eager';
  /**
   * Texts this step reads itself, which the engine's `asides` are not asked about, before the
   * step reads them or after: another menu entry's words it refuses so that the engine's
   * `fallbackFlows` open what they name ("daftar kelompok" at a status check's desa question,
   * where at a group's name the asides tell how to get there), or its own question asked back,
   * then answered ("berapa anggotanya? kira2 35 orang"). One hook for both: the engine does
   * the same with either (the step's `on` decides what becomes of the text).
   */
  readsWithoutAsides?(text: string): boolean;
  /**
   * What this step's question is about, as the asides name a subject (a FAQ topic): a question
   * on it typed here is this step's answer ("berapa desa WKSBM di Jateng?" where the place of a
   * count is asked names that place), not an aside answered over it. The engine passes it to
   * its `asides` (AsideOptions.answersTopic); it knows nothing of what it names.
   */
  readonly answersTopic?: string;
  /** Buttons always offered with the prompt besides the step's own (e.g. skip). */
  readonly extraButtons?: readonly Button[];
  /**
   * True where the request that opens this step's own flow, typed again, is this step's to
   * read: "ya hapus data saya" at the erase confirmation confirms, where the engine's
   * `commandFlows` would start the flow afresh and ask the same thing again. A text the step
   * refuses still starts it afresh.
   */
  readonly readsOwnCommand?: boolean;
  /**
   * True for the resume wording that may be an answer here: "lanjut" alone at a desa question
   * (Desa Lanjut). Inside a flow that wording resumes nothing (only the menu's paused flows
   * resume), so it is the step's text to read; other resume wording ("lanjutin yg tadi") is no
   * answer and stays the command (it was searched as a desa and called one).
   */
  readonly readsResumeWord?: (text: string) => boolean;
  /**
   * For a step that asks a question of its own inside itself (a name asked about: "Namanya
   * “…”?"): the data that takes that question off screen, or null when none is on it.
   * `kembali` then returns to the step's own question with that data instead of leaving the
   * step (it went back to the question before, the desa).
   */
  backWithin?(ctx: StepContext<D>): D | null;
  /**
   * For a step inside a flow that saves each change as it is made (a change being made in
   * Kelompok saya): where `batal` ("gak jadi") goes instead of ending the whole flow, the
   * change alone being dropped — a step of this flow, its data, and what is said — or the
   * flow ended with what is said (`ends`), or null to end the flow as usual.
   */
  cancelWithin?(ctx: StepContext<D>): CancelledWithin<D> | null;
  /**
   * For a step showing data that may change while the person is elsewhere (their list of
   * activities): the effect that reads it again, requested (with a reply) when the person
   * comes back to this step after flows above it ended — a side trip closed, a sub-flow done,
   * "kembali", "Lanjutkan" — instead of showing what was read before. The step's `on` takes
   * its result as it takes the first read's and re-prompts.
   */
  refresh?(ctx: StepContext<D>): Effect | null;
  /**
   * True while this step has only waited for the sub-flow it started (its own question never
   * asked: a registration's first question behind the consent notice): `kembali` out of that
   * sub-flow goes back past this step as well, to the question before it or out of the flow.
   */
  waitsOnly?(ctx: StepContext<D>): boolean;
  /**
   * Checked when a `goto` reaches this step: a non-null answer moves straight on to that
   * step, saying why, and this step is left out of the `back` history (e.g. a photo step
   * on a channel that cannot carry photos).
   */
  skip?(ctx: StepContext<D>): { readonly step: string; readonly say?: readonly OutboundMessage[] } | null;
}

/** A flow: versioned, with a typed data record shared by its steps. */
export interface FlowDef<D> {
  readonly id: string;
  /**
   * Bump whenever steps or data change shape: stored conversations of another version are
   * dropped politely instead of being misread.
   */
  readonly version: number;
  /** Its menu title, used when the flow is paused and offered for resuming. */
  readonly title: Text;
  /**
   * The flow only asks and answers (a status check, a count, the desa picker they use): it
   * saves nothing, so thanks typed at its question closes it (the engine's `closing`) rather
   * than being answered with the question asked again.
   */
  readonly asksOnly?: boolean;
  /**
   * What `batal` says when it ends this flow (opened from the menu), instead of the engine's
   * "nothing from that step was saved": for a flow that saves each change as it is made
   * (Kelompok saya), where that would be untrue.
   */
  readonly cancelled?: Text;
  /**
   * The flow is a form whose answers are kept only until it ends (a registration, an activity
   * logged): opened again from the menu while a paused copy of it holds answers, the person is
   * asked whether to go on with that copy or start afresh (engine/draft.ts), as a phone app
   * does with a draft. Flows without it (panels, lists, one that saves each change as it is
   * made) start afresh, their paused copy dropped: nothing of them is lost.
   */
  readonly keepsDraft?: boolean;
  /**
   * A short key (1–4 letters) that lets a button in a proactive message (an alert) start
   * this flow from wherever the user is: button id `go:<key>:<arg>` starts it with input
   * `{ arg }`, setting aside the flow in progress as `menu` does. The flow must re-check
   * that the user may do what the button asks. Keep `arg` ≤ 30 characters so the whole id
   * fits in a Telegram callback (see {@link deepLinkButtonId}).
   */
  readonly deepLink?: string;
  /**
   * What `kembali` keeps of the data it leaves: the earlier step's remembered data is
   * `earlier`, the data at the step left is `now`. By default the earlier data alone, as
   * remembered; a flow keeps here what was stored on the way and is no answer of a step (an
   * activity's photos, kept as drafts: going back dropped them from the activity).
   */
  keptOnBack?(earlier: D, now: D): D;
  /**
   * First step and initial data; `input` comes from whoever started the flow. Effects
   * asking for a reply are performed before the first question is shown, and their results
   * reach the first step (e.g. load the user's groups, then ask which one).
   */
  start(
    input: unknown,
    env: FlowEnv,
  ): {
    readonly step: string;
    readonly data: D;
    readonly say?: readonly OutboundMessage[];
    readonly effects?: readonly Effect[];
  };
  readonly steps: Readonly<Record<string, StepDef<D>>>;
}

/** A flow with its data type erased, for registries. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFlow = FlowDef<any>;

/** Declares a flow with its data type checked against every step. */
export function defineFlow<D>(flow: FlowDef<D>): FlowDef<D> {
  return flow;
}

/** The input a flow started by a deep-link button receives. */
export interface DeepLinkInput {
  readonly deepLinkArg: string;
}

/** The button id that starts the flow with deep-link `key` and argument `arg`. */
export function deepLinkButtonId(key: string, arg: string): string {
  if (!/^[a-z]{1,4}$/.test(key) || arg.length > 30 || arg.includes(' ')) throw new Error(`deep link "${key}:${arg}" is too long or malformed`);
  return `go:${key}:${arg}`;
}

/** The key and argument of a deep-link button id, or null. */
export function parseDeepLink(id: string): { readonly key: string; readonly arg: string } | null {
  const match = /^go:([a-z]{1,4}):(\S{0,30})$/.exec(id);
  return match ? { key: match[1]!, arg: match[2]! } : null;
}
