/**
 * The conversation engine: a pure function from (stored state, input) to (new state,
 * messages, effects). It does no I/O and reads no clock: the runner passes `env.now`.
 *
 * What every step shares lives here, so flows only describe their own questions:
 * global commands (cancel, back, menu, help, language, resume), re-prompts after invalid
 * answers with what is expected and an example, a menu offer after repeated invalid
 * answers, expiry of idle conversations, and dropping states of another version.
 */
import { say, type Button, type InboundContent, type OutboundMessage } from '../messages.js';
import { t } from '../text.js';
import { type GlobalCommand, commandButton, commandButtonId, recognizeCommand } from './commands.js';
import { draftChoice, draftQuestion, holdsAnswers, pausedCopyOf, type DraftChoice } from './draft.js';
import { flowResultName, parseDeepLink, type AnyFlow, type CancelledWithin, type Effect, type FlowEnv, type StepDef, type StepInput } from './flow.js';
import { invalidAnswerText } from './invalid-answer.js';
import { stillOffered } from './paused.js';
import { ENGINE_STATE_VERSION, parseEngineState, type EngineState, type Frame } from './state.js';

/** What the engine tells its `asides` (and `commandFlows`) about where the text was typed. */
export interface AsideOptions {
  /** The step reads questions widely (StepDef.asides 'eager': a place's name is asked). */
  readonly eager: boolean;
  /** The flows under way, bottom first: the step's own flow last. */
  readonly flows: readonly string[];
  /** The step asking, in the last of `flows`: an aside about one question ("why my name?") is that step's alone. */
  readonly step: string;
  /** What the step's question is about ({@link StepDef.answersTopic}): a question on it is the step's answer, no aside. */
  readonly answersTopic?: string;
}

/** How the engine is put together. */
export interface EngineConfig {
  readonly flows: readonly AnyFlow[];
  /** The flow at the bottom of every stack: greets, shows the menu, answers free text. */
  readonly rootFlow: string;
  /** The flow that `bahasa`/`language` starts. */
  readonly languageFlow: string;
  /** A conversation in a flow and idle longer than this starts over. */
  readonly idleTimeoutMs: number;
  /** After this many invalid answers in a row the menu is offered. */
  readonly maxInvalid: number;
  /**
   * Typed commands that open a flow from any step ("/datasaya", "/hapusdata", an officer's
   * invite code): the flow an input asks for, with its start input, or null. The flow opens
   * on top of the one in progress, as a side trip: never taken as the answer to the question
   * on screen, and when it ends, or on `kembali`, `batal` or `menu`, the interrupted flow is
   * what remains. `env` is the person's as at any step (a command in English from someone who
   * never chose a language is answered in English: see CommandFlowStart's `say` and `effects`).
   * `at`: the step on screen, as its asides are told, so that words a free-text step would
   * take as its answer ("english" where a group's name is asked) may open a flow there too.
   */
  readonly commandFlows?: (input: InboundContent, env: FlowEnv, at: AsideOptions) => CommandFlowStart | null;
  /**
   * Typed inputs that open a flow as such a side trip only where the step on screen does not
   * take them (its answer would be invalid), and never as a second copy of a flow in
   * progress: an officer's invite code "ABCD-EFGH" in the middle of a flow, where a step that
   * asks for a code of its own (an account link) still gets it; a menu entry's words or
   * its button. Told nothing of the step: words that must open a flow whatever the step
   * (a language's name where no place is asked) are `commandFlows`', which are told of it.
   */
  readonly fallbackFlows?: (input: InboundContent, env: FlowEnv) => CommandFlowStart | null;
  /**
   * The answer to an aside typed at a step that takes them ({@link StepDef.asides}): e.g. a
   * question about WKSBM while the bot asks for a group's name. Null when the text is no
   * such aside; then the step reads it as usual. At any other step it is asked only when the
   * step refused the text (and no fallback flow took it). `flows`: the ids of the flows under way,
   * the step's own last, so that a request for one of them is told it is being done. `env`: the
   * message's, as `asideLanguage` is given it (the moment it was typed keys the one reading of
   * the text that both, and the flows, share).
   */
  readonly asides?: (text: string, options: AsideOptions, env: FlowEnv) => readonly OutboundMessage[] | null;
  /**
   * What goes with an aside answered, read from its words: the reply language guessed for
   * someone who never chose one (an English question typed mid-form is answered in English
   * with the offer, as at the menu), or null when the language stays. Its effects come first,
   * its messages before the answer; the question on screen is then asked whole, not briefly.
   */
  readonly asideLanguage?: (text: string, env: FlowEnv) => Pick<CommandFlowStart, 'say' | 'effects'> | null;
  /**
   * The answer to a text that ends what is under way when every flow above the root only asks
   * ({@link FlowDef.asksOnly}): thanks said at a status check's desa question ("ok makasih ya")
   * means the person is done. Null for any other text. The flows close, the menu follows.
   */
  readonly closing?: (text: string) => readonly OutboundMessage[] | null;
  /**
   * The answer to courtesy (thanks, "oke", a greeting) typed at a step that refused it and
   * that no aside or fallback flow took: said, then the question again, as after an aside,
   * instead of "that answer cannot be used" ("ok makasih" under a screen of buttons was
   * scolded). Null for any other text. A step that takes the words as its answer gets them.
   */
  readonly courtesy?: (text: string, env: FlowEnv) => readonly OutboundMessage[] | null;
}

/** A flow a typed command opens (see {@link EngineConfig.commandFlows}), and what it starts with. */
export interface CommandFlowStart {
  readonly flow: string;
  readonly input?: unknown;
  /** Said before the flow's first question (the language offer to someone whose language was guessed). */
  readonly say?: readonly OutboundMessage[];
  /** Performed before the flow's own (the reply language guessed from the command's words). */
  readonly effects?: readonly Effect[];
}

/** What a deep-link button opens: the flow its key names, started with `{ deepLinkArg: arg }`. */
interface DeepLinkTarget {
  readonly flow: AnyFlow;
  readonly arg: string;
}

/** The result of one step. */
export interface StepResult {
  readonly state: EngineState;
  readonly messages: readonly OutboundMessage[];
  readonly effects: readonly Effect[];
}

/** The engine's single operation. */
export interface Engine {
  /**
   * Handles one input. `stored` is whatever was persisted last time (or null on first
   * contact); it is validated here, so any JSON is safe to pass.
   */
  step(stored: unknown, input: StepInput, env: FlowEnv): StepResult;
}

/** History kept for `back` is bounded so a long conversation cannot grow without limit. */
const MAX_HISTORY = 30;
/** Depth of nested flows; deeper starts replace the top instead of stacking. */
const MAX_STACK = 6;

/**
 * Moves `frame` to where a step's `batal` goes within its flow ({@link StepDef.cancelWithin}).
 * The history is cut back to that step's last visit, so that `kembali` there goes where it
 * went before the change began, not into the change dropped.
 */
function cancelWithin(frame: Frame, within: Extract<CancelledWithin<unknown>, { step: string }>): void {
  const visit = frame.history.map((entry) => entry.step).lastIndexOf(within.step);
  if (visit >= 0) frame.history.splice(visit);
  frame.step = within.step;
  frame.data = within.data;
}

/** Builds an engine over a fixed set of flows. Throws if the configuration is inconsistent. */
export function createEngine(config: EngineConfig): Engine {
  const flows = new Map(config.flows.map((flow) => [flow.id, flow]));
  for (const id of [config.rootFlow, config.languageFlow]) {
    if (!flows.has(id)) throw new Error(`engine: flow "${id}" is not registered`);
  }
  const root = flows.get(config.rootFlow)!;
  const deepLinks = new Map(config.flows.filter((flow) => flow.deepLink).map((flow) => [flow.deepLink!, flow]));
  if (deepLinks.size !== config.flows.filter((flow) => flow.deepLink).length) throw new Error('engine: two flows share a deep-link key');

  /** A step definition for a frame, or null when the frame no longer fits the code. */
  function stepOf(frame: Frame): StepDef<unknown> | null {
    const flow = flows.get(frame.flow);
    if (!flow || flow.version !== frame.version) return null;
    return flow.steps[frame.step] ?? null;
  }

  function freshState(env: FlowEnv): EngineState {
    const start = root.start(undefined, env);
    return {
      v: ENGINE_STATE_VERSION,
      stack: [{ flow: root.id, version: root.version, step: start.step, data: start.data, history: [] }],
      invalid: 0,
      lastActiveAt: env.now.toISOString(),
    };
  }

  function isUsable(state: EngineState): boolean {
    return [...state.stack, ...(state.paused ?? [])].every((frame) => stepOf(frame) !== null) &&
      state.stack[0]!.flow === root.id && (state.draft === undefined || flows.has(state.draft.flow));
  }

  return {
    step(stored, input, env) {
      const out: OutboundMessage[] = [];
      const effects: Effect[] = [];
      const isUserInput = input.type !== 'effect-result';

      let state: EngineState;
      if (stored === null || stored === undefined) {
        state = freshState(env);
      } else {
        const parsed = parseEngineState(stored);
        if (parsed === null || !isUsable(parsed)) {
          // Written by another version: start over politely rather than misread it.
          state = freshState(env);
          if (!isUserInput) return { state, messages: [], effects: [] };
          out.push(say(t('engine.restarted')));
          return finish(state, [...out, promptOf(state, env)], effects);
        }
        // Parsing built the state's own objects anew (stack, frames, history), so changing them
        // here leaves `stored` as it was. Flows' `data` is shared with `stored`, not copied:
        // it is never changed in place (a step returns new data), which the engine fixtures
        // hold by stepping deep-frozen states. (A deep copy here was 2–3 % of a message's CPU.)
        state = parsed;
      }

      if (isUserInput) {
        const idleMs = env.now.getTime() - Date.parse(state.lastActiveAt);
        const inFlow = state.stack.length > 1 || (state.paused?.length ?? 0) > 0;
        if (inFlow && idleMs > config.idleTimeoutMs) {
          state = freshState(env);
          out.push(say(t('engine.expired')));
          return finish(state, [...out, promptOf(state, env)], effects);
        }
        state.lastActiveAt = env.now.toISOString();
        // What was set aside long ago holding nothing typed is no longer offered (engine/paused.ts says why).
        if (state.paused) {
          const offered = stillOffered(state.paused, (id) => flows.get(id), env.now);
          if (offered.length > 0) state.paused = offered;
          else delete state.paused;
        }
        // What the input does is decided before anything changes: it answers a paused copy's
        // question (Lanjutkan or Mulai baru?), follows a deep link, is a global command, opens a
        // command's flow, or goes to the step on top.
        const draft = state.stack.length === 1 ? state.draft : undefined;
        const choice = draft ? draftChoice(input) : null;
        const link = choice === null && input.type === 'button' ? deepLinkOf(input.id) : null;
        const command = recognizeCommand(input);
        // Outside a flow "start" is a greeting for the root flow to answer.
        // "lanjut" inside a flow resumes nothing; a step that may be answered so (Desa Lanjut) reads it.
        const readsResume = command === 'resume' && input.type === 'text' && state.stack.length > 1 && stepOf(top(state))?.readsResumeWord?.(input.text) === true;
        const handled = (command === 'start' && state.stack.length === 1) || readsResume ? null : command;
        const opened = choice === null && link === null && handled === null ? commandFlowOf(state, input, env) : null;
        // That question is answered now or not at all: it stays asked only after help (said, then
        // the question again) and where the words go to the menu, which asks it again when they
        // start nothing else. Set here once, so that no path below has it to restore.
        const asked = choice === null && link === null && opened === null && (handled === null || handled === 'help') ? draft : undefined;
        if (asked) state.draft = asked;
        else delete state.draft;
        if (draft && choice !== null) return finish(state, answerDraft(state, draft, choice, env, out, effects), effects);
        if (link !== null) return finish(state, followDeepLink(state, link, env, out, effects), effects);
        if (draft && (command === 'cancel' || command === 'back')) {
          // Neither choice: nothing is lost, the copy stays offered.
          out.push(say(t('engine.draft.kept', { flow: flows.get(draft.flow)!.title })), promptOf(state, env));
          return finish(state, out, effects);
        }
        if (handled !== null) return finish(state, runCommand(state, handled === 'start' ? 'menu' : handled, env, out, effects), effects);
        if (opened !== null) {
          const reads = top(state).flow === opened.flow && stepOf(top(state))?.readsOwnCommand === true;
          if (reads) dispatch(state, input, env, out, effects, opened);
          else startCommandFlow(state, opened, env, out, effects);
          return finish(state, out, effects);
        }
        // The words go to the menu: a request there starts what it asks for, anything else asks again.
        if (input.type === 'text' && state.stack.length > 1 && config.closing && state.stack.slice(1).every((frame) => flows.get(frame.flow)?.asksOnly === true)) {
          const closing = config.closing(input.text);
          if (closing !== null) {
            // Nothing of these flows is kept (they save nothing); what was paused stays offered.
            resetToRoot(state);
            out.push(...closing, promptOf(state, env));
            return finish(state, out, effects);
          }
        }
        const def = stepOf(top(state));
        const aside = input.type === 'text' && def?.asides ? asideAt(state, def, input.text, def.asides === 'eager', env) : null;
        if (aside !== null && input.type === 'text') {
          // Answered, then the same question again: nothing is taken as the answer.
          answerAside(state, aside, input.text, env, out, effects);
          return finish(state, out, effects);
        }
      }

      dispatch(state, input, env, out, effects);
      return finish(state, out, effects);
    },
  };

  function finish(state: EngineState, messages: OutboundMessage[], effects: Effect[]): StepResult {
    return { state, messages, effects };
  }

  /**
   * An aside's answer (with the language its words set, see `asideLanguage`), then the question
   * on screen again: briefly (StepDef.reprompt), unless the aside set another language. Then it
   * is asked whole: the short form points at the question above, shown in the language left
   * (the consent notice asked in Indonesian, then "please answer the notice above" in English).
   * "Kembali ke pertanyaan tadi 👇" stands between them after an answered question, not after
   * courtesy (thanks, "oke", a greeting), where it read oddly after "Sama-sama!": there the
   * question follows as it is.
   */
  function answerAside(state: EngineState, aside: readonly OutboundMessage[], text: string, env: FlowEnv, out: OutboundMessage[], effects: Effect[]): void {
    const backLine = (config.courtesy?.(text, env) ?? null) === null;
    const language = config.asideLanguage?.(text, env) ?? null;
    effects.push(...(language?.effects ?? []));
    out.push(...(language?.say ?? []), ...aside, ...(backLine ? [say(t('engine.asideBack'))] : []), promptOf(state, env, language === null));
  }

  function top(state: EngineState): Frame {
    return state.stack[state.stack.length - 1]!;
  }

  /**
   * The current step's question, with a "continue" button when a flow is paused; at the menu, a
   * paused copy's question while it waits. `again`: after an answer it could not take or an
   * aside (StepDef.reprompt); 'afterFlow': after a flow over it ended (StepDef.afterFlow).
   */
  function promptOf(state: EngineState, env: FlowEnv, again: boolean | 'afterFlow' = false): OutboundMessage {
    if (state.draft && state.stack.length === 1) return draftQuestion(flows.get(state.draft.flow)!.title);
    const frame = top(state);
    const def = stepOf(frame)!;
    const ctx = { data: frame.data, env };
    const prompt = again === 'afterFlow' && def.afterFlow ? def.afterFlow(ctx) : again === true && def.reprompt ? def.reprompt(ctx) : def.prompt(ctx);
    const extra: Button[] = [...(def.extraButtons ?? [])];
    // Named by the flow the person opened, not the sub-flow they stood in (the desa picker of a registration).
    const paused = state.paused?.findLast((frame) => frame.sub !== true) ?? state.paused?.[state.paused.length - 1];
    if (state.stack.length === 1 && paused) {
      const pausedFlow = flows.get(paused.flow)!;
      extra.unshift({ id: commandButtonId('resume'), label: t('engine.resume', { flow: pausedFlow.title }) });
    }
    if (extra.length === 0) return prompt;
    // Spread, not rebuilt: a prompt showing the menu keeps asking for it (menu buttons come last).
    return { ...prompt, buttons: [...extra, ...(prompt.buttons ?? [])] };
  }

  /**
   * Whether the question standing shows a button `id` (asked first or again). A question that
   * shows the menu is taken to show any (its entries are filled in later, see core/menu.ts).
   */
  function buttonShown(state: EngineState, env: FlowEnv, id: string): boolean {
    return [promptOf(state, env), promptOf(state, env, true)].some((prompt) => prompt.menu === true || (prompt.buttons ?? []).some((button) => button.id === id));
  }

  function runCommand(state: EngineState, command: GlobalCommand, env: FlowEnv, out: OutboundMessage[], effects: Effect[]): OutboundMessage[] {
    const inFlow = state.stack.length > 1;
    switch (command) {
      case 'cancel': {
        const trip = topSideTripAt(state);
        if (trip > 0) {
          // "batal" in /datasaya mid-registration closes the data view, not the registration;
          // /datasaya opened over /hapusdata closes the data view alone and shows Hapus data again.
          const closed = flows.get(state.stack[trip]!.flow)!;
          state.stack.splice(trip);
          state.invalid = 0;
          out.push(say(t(state.stack.length > 1 ? 'engine.closedBackToFlow' : 'engine.closed', { flow: closed.title })));
          return returnTo(state, env, out, effects);
        }
        // "gak jadi" in the middle of a change that flow saves as it goes: that change alone is dropped.
        const within = inFlow ? (stepOf(top(state))!.cancelWithin?.({ data: top(state).data, env }) ?? null) : null;
        if (within !== null && 'ends' in within) {
          // Ended as "batal" ends a flow below, with the step's own words instead of the flow's.
          resetToRoot(state);
          out.push(...within.say);
          break;
        }
        if (within !== null) {
          cancelWithin(top(state), within);
          state.invalid = 0;
          out.push(...within.say);
          return returnTo(state, env, out, effects);
        }
        const paused = state.paused ?? [];
        // What "batal" ends: the flow on screen; at the menu, what was set aside.
        const ended = inFlow ? state.stack[1]! : paused[0];
        resetToRoot(state);
        // A flow opened from the menu while another waited there ends alone: the one set aside
        // is still offered (Lanjutkan), as it was before the other was opened.
        if (!inFlow) delete state.paused;
        // A flow that saves as it goes says so (its changes stay), not "nothing was saved".
        out.push(say(ended ? (flows.get(ended.flow)?.cancelled ?? t('engine.cancelled')) : t('engine.nothingToCancel')));
        break;
      }
      case 'back': {
        state.invalid = 0;
        // A question the step asks inside itself is left for the step's own, which stays.
        const within = inFlow ? (stepOf(top(state))!.backWithin?.({ data: top(state).data, env }) ?? null) : null;
        if (within !== null) {
          top(state).data = within;
          return returnTo(state, env, out, effects);
        }
        // A step that only waited for the sub-flow left (a registration's first question behind
        // its consent notice) was never asked: "kembali" goes back past it too.
        for (let hops = 0; hops < MAX_STACK; hops++) {
          const frame = top(state);
          const previous = frame.history.pop();
          if (previous) {
            const flow = flows.get(frame.flow);
            const keep = flow?.version === frame.version ? flow.keptOnBack : undefined;
            frame.step = previous.step;
            frame.data = keep ? keep(previous.data, frame.data) : previous.data;
          } else if (state.stack.length > 1) {
            state.stack.pop();
          }
          const below = top(state);
          if (previous || state.stack.length === 1 || stepOf(below)!.waitsOnly?.({ data: below.data, env }) !== true) break;
        }
        if (inFlow && state.stack.length === 1) out.push(say(t('engine.leftFlow')));
        return returnTo(state, env, out, effects);
      }
      case 'menu': {
        if (inFlow) {
          // Nothing is lost: the flow is set aside and offered back with a button.
          setAside(state, env);
          resetToRoot(state);
        }
        break;
      }
      case 'resume': {
        // "lanjut" in /datasaya opened mid-registration: the side trip closes and the flow under it goes on.
        const trip = inFlow ? topSideTripAt(state) : 0;
        if (trip > 0) {
          state.stack.splice(trip);
          state.invalid = 0;
          return returnTo(state, env, out, effects);
        }
        if (state.paused && state.paused.length > 0 && !inFlow) return resumePaused(state, state.paused.length, env, out, effects);
        // "lanjut daftar" at the menu with nothing set aside (it ended, or was never begun): said, not a bare menu.
        if (!inFlow) out.push(say(t('engine.nothingToResume')));
        // "lanjutin" at a question: asked again without a word, it looked as if it had been saved or gone on with.
        else out.push(say(t('engine.resumeHere')));
        break;
      }
      case 'help': {
        const help = stepOf(top(state))!.help;
        out.push(say(help ? [t('engine.help'), help] : [t('engine.help')]));
        break;
      }
      case 'language': {
        if (top(state).flow !== config.languageFlow) startFlow(state, config.languageFlow, undefined, env, out, []);
        return [...out, promptOf(state, env)];
      }
    }
    return [...out, promptOf(state, env)];
  }

  /**
   * Goes on with the flows paused below `end` (all of them: ▶️ Lanjutkan), where they stood;
   * those set aside above them stay paused, offered once these end.
   */
  function resumePaused(state: EngineState, end: number, env: FlowEnv, out: OutboundMessage[], effects: Effect[]): OutboundMessage[] {
    const paused = state.paused ?? [];
    // Back on the stack, no longer set aside: undated (set aside again, they are dated anew).
    state.stack.push(...paused.slice(0, end).map(({ pausedAt: _pausedAt, ...frame }) => frame));
    if (end < paused.length) state.paused = paused.slice(end);
    else delete state.paused;
    state.invalid = 0;
    return returnTo(state, env, out, effects);
  }

  /**
   * The person's choice at a paused copy's question: Lanjutkan goes on with the copy as
   * ▶️ Lanjutkan does (with the flows paused under it, not those set aside on top of it);
   * Mulai baru drops it and starts the flow as the menu asked.
   */
  function answerDraft(state: EngineState, draft: NonNullable<EngineState['draft']>, choice: DraftChoice, env: FlowEnv, out: OutboundMessage[], effects: Effect[]): OutboundMessage[] {
    const copy = pausedCopyOf(state.paused, draft.flow);
    if (choice === 'resume' && copy !== null) return resumePaused(state, copy.end, env, out, effects);
    const awaits = startFlow(state, draft.flow, draft.input, env, out, effects, { fresh: true });
    if (!awaits) out.push(promptOf(state, env));
    return out;
  }

  /**
   * Asks the question on top again after leaving the flows above it (one finished, a side
   * trip closed, "kembali", "Lanjutkan"): a step that shows what may have changed meanwhile
   * (a list of the person's records) asks for it afresh (`refresh`) and is prompted once the
   * result is in; any other step is asked as it was.
   */
  function returnTo(state: EngineState, env: FlowEnv, out: OutboundMessage[], effects: Effect[], afterFlow = false): OutboundMessage[] {
    const frame = top(state);
    const refresh = state.stack.length > 1 ? (stepOf(frame)!.refresh?.({ data: frame.data, env }) ?? null) : null;
    if (refresh !== null) effects.push({ ...refresh, reply: true });
    else if (afterFlow) shownOnce(out, promptOf(state, env, 'afterFlow'), frame, env);
    else out.push(promptOf(state, env));
    return out;
  }

  /**
   * Adds `prompt`, `frame`'s question asked again after a flow over it ended with `out`'s last
   * message: that message's buttons that the prompt shows too, or that lead to what the prompt
   * asks (🛡️ Menu petugas under a desa's status checked from that menu's home), are left out,
   * so that each way on is shown once, below. Every other button stays, one into `frame`'s
   * flow too: it leads somewhere the prompt does not (see {@link leadsWhereItStands}).
   */
  function shownOnce(out: OutboundMessage[], prompt: OutboundMessage, frame: Frame, env: FlowEnv): void {
    const last = out.at(-1);
    if (last?.buttons && prompt.buttons) {
      const below = new Set(prompt.buttons.map((button) => button.id));
      const buttons = last.buttons.filter((button) => !below.has(button.id) && !leadsWhereItStands(button.id, frame, env));
      if (buttons.length < last.buttons.length) {
        const { buttons: _all, ...message } = last;
        out[out.length - 1] = buttons.length > 0 ? { ...message, buttons } : message;
      }
    }
    out.push(prompt);
  }

  /**
   * Whether a deep-link button would open `frame`'s flow where the frame stands: at the step it
   * stands at, with nothing its data does not hold already (the officer menu's start, under
   * that menu's home). Pressed, it would only set the copy open aside for a second one at the
   * same place, so it is left off on purpose. A link leading elsewhere in the flow is a way
   * the question below does not show, and is kept: the menu's home from its quiet-hours
   * question, another record than the one on screen (the next alert's Verifikasi), a group
   * other than the one open. The flow's `start` is pure (its effects are only asked for), so
   * calling it here to see where the link leads does nothing.
   */
  function leadsWhereItStands(buttonId: string, frame: Frame, env: FlowEnv): boolean {
    const link = deepLinkOf(buttonId);
    if (link === null || link.flow.id !== frame.flow) return false;
    const start = link.flow.start({ deepLinkArg: link.arg }, env);
    if (start.step !== frame.step) return false;
    const opened: unknown = start.data;
    const held: unknown = frame.data;
    if (typeof opened !== 'object' || opened === null) return opened === held;
    if (typeof held !== 'object' || held === null) return false;
    return Object.entries(opened).every(([key, value]) => JSON.stringify((held as Record<string, unknown>)[key]) === JSON.stringify(value));
  }

  /** The flow a deep-link button names (from an alert, pressed at any time) and its argument, or null when the id is no deep link we know. */
  function deepLinkOf(buttonId: string): DeepLinkTarget | null {
    const link = parseDeepLink(buttonId);
    const flow = link ? deepLinks.get(link.key) : undefined;
    return link && flow ? { flow, arg: link.arg } : null;
  }

  /** Starts the flow a deep-link button names, setting the flow in progress aside as `menu` does. */
  function followDeepLink(state: EngineState, link: DeepLinkTarget, env: FlowEnv, out: OutboundMessage[], effects: Effect[]): OutboundMessage[] {
    if (state.stack.length > 1) {
      setAside(state, env);
      state.stack.splice(1);
    }
    const awaits = startFlow(state, link.flow.id, { deepLinkArg: link.arg }, env, out, effects, { keepPaused: true });
    if (!awaits) out.push(promptOf(state, env));
    return out;
  }

  /** The flow a typed command opens from any step ({@link EngineConfig.commandFlows}), or null (none, or one not registered). */
  function commandFlowOf(state: EngineState, input: InboundContent, env: FlowEnv): CommandFlowStart | null {
    const opened = config.commandFlows?.(input, env, optionsAt(state, stepOf(top(state))?.asides === 'eager')) ?? null;
    return opened !== null && flows.has(opened.flow) ? opened : null;
  }

  /**
   * Starts the flow a typed command names on top of the flow in progress, like a sub-flow:
   * when it ends (or on "kembali") the interrupted question is asked again, nothing lost.
   * The same command again starts its flow afresh rather than stacking a second copy.
   */
  function startCommandFlow(state: EngineState, command: CommandFlowStart, env: FlowEnv, out: OutboundMessage[], effects: Effect[]): void {
    const already = state.stack.findIndex((frame, index) => index > 0 && frame.flow === command.flow);
    if (already > 0) state.stack.splice(already);
    out.push(...(command.say ?? []));
    effects.push(...(command.effects ?? []));
    const awaits = startFlow(state, command.flow, command.input, env, out, effects, { keepPaused: true });
    top(state).command = true;
    if (!awaits) out.push(promptOf(state, env));
  }

  /**
   * Pauses the flows above the root for "Lanjutkan", leaving out command flows on top: after
   * /datasaya mid-registration, "menu" then "Lanjutkan" goes on with the registration (the
   * data view is one tap away in the menu). When only command flows were open, what was
   * paused before stays paused.
   */
  function setAside(state: EngineState, env: FlowEnv): void {
    const trip = sideTripAt(state);
    // Dated, for how long Lanjutkan offers them (engine/paused.ts).
    const kept = state.stack.slice(1, trip > 0 ? trip : undefined).map((frame) => ({ ...frame, pausedAt: env.now.toISOString() }));
    if (kept.length === 0) return;
    // A form still paused from before stays under this one (Lanjutkan goes on with this one,
    // then with that form), unless the two together would be deeper than a stack may be. An
    // older copy of a flow set aside now (reopened from an alert's button) is stale: it goes,
    // with what was set aside on top of it, as startFlow drops it.
    const paused = state.paused ?? [];
    const stale = paused.findIndex((frame) => kept.some((open) => open.flow === frame.flow));
    const before = stale < 0 ? paused : paused.slice(0, stale);
    state.paused = before.length + kept.length <= MAX_STACK - 2 ? [...before, ...kept] : kept;
  }

  /**
   * Where the side trip a typed command opened begins in the stack (the flows above it are
   * its own: "Hapus data" pressed in /datasaya, a sub-flow), or -1 when there is none.
   */
  function sideTripAt(state: EngineState): number {
    return state.stack.findIndex((frame, index) => index > 0 && frame.command === true);
  }

  /**
   * Where the side trip on top begins (the last frame a typed command opened; the flows above
   * it are its own), or -1 when there is none: /datasaya typed in /hapusdata is the one "batal" closes.
   */
  function topSideTripAt(state: EngineState): number {
    return state.stack.findLastIndex((frame, index) => index > 0 && frame.command === true);
  }

  function resetToRoot(state: EngineState): void {
    state.stack.splice(1);
    state.invalid = 0;
  }

  /**
   * Pushes `flowId`'s first step. `replace`: in place of the flow on top; `keepPaused`: a
   * paused copy of it stays paused (a command or a deep link opened it on top of the menu);
   * `byStep`: a step of the flow below started it (a sub-flow, when that flow is not the root);
   * `fresh`: the person chose to drop a paused copy holding answers. Without it, such a copy
   * makes the menu ask first (pushing nothing, returning false: the prompt is the question).
   */
  function startFlow(
    state: EngineState,
    flowId: string,
    input: unknown,
    env: FlowEnv,
    out: OutboundMessage[],
    effects: Effect[],
    how: { readonly replace?: boolean; readonly keepPaused?: boolean; readonly byStep?: boolean; readonly fresh?: boolean } = {},
  ): boolean {
    const { replace = false, keepPaused = false, byStep = false, fresh = false } = how;
    const flow = flows.get(flowId);
    if (!flow) throw new Error(`engine: flow "${flowId}" is not registered`);
    delete state.draft;
    const copy = state.stack.length === 1 && !keepPaused ? pausedCopyOf(state.paused, flowId) : null;
    if (copy !== null && !fresh && holdsAnswers(flow, state.paused!, copy)) {
      // Its answers are not dropped unasked: Lanjutkan or Mulai baru? (promptOf asks it).
      state.draft = input === undefined ? { flow: flowId } : { flow: flowId, input };
      return false;
    }
    const replaced = (replace || state.stack.length >= MAX_STACK) && state.stack.length > 1 ? state.stack.pop() : undefined;
    // "Hapus data" pressed in /datasaya opened over /hapusdata: that side trip afresh, never a second copy on top.
    const open = replace && replaced?.command ? state.stack.findIndex((frame, index) => index > 0 && frame.flow === flowId && frame.command === true) : -1;
    if (open > 0) state.stack.splice(open);
    // Starting from the menu a flow whose paused copy holds nothing yet, or whose copy the person
    // chose to drop, starts it afresh: the copy is dropped, with what was set aside on top of it
    // (a deep link keeps it). Another flow leaves it paused, offered again once that one ends:
    // nothing typed there is lost.
    if (copy?.start === 0) delete state.paused;
    else if (copy !== null) state.paused = state.paused!.slice(0, copy.start);
    const start = flow.start(input, env);
    const frame: Frame = { flow: flow.id, version: flow.version, step: start.step, data: start.data, history: [] };
    // "Hapus data" pressed in /datasaya replaces it and is as much a side trip.
    if (replace && replaced?.command) frame.command = true;
    // A sub-flow's replacement (a picker going a level deeper) is as much a part of the flow below.
    if ((replace && replaced?.sub) || (byStep && state.stack.length > 1)) frame.sub = true;
    state.stack.push(frame);
    state.invalid = 0;
    if (start.say) out.push(...start.say);
    if (start.effects) effects.push(...start.effects);
    return start.effects?.some((effect) => effect.reply === true) ?? false;
  }

  /**
   * The engine's `asides` answer to `text` typed at the top step `def`, or null: no aside, or
   * words the step reads itself ({@link StepDef.readsWithoutAsides}).
   */
  function asideAt(state: EngineState, def: StepDef<unknown>, text: string, eager: boolean, env: FlowEnv): readonly OutboundMessage[] | null {
    if (!config.asides || def.readsWithoutAsides?.(text) === true) return null;
    const topic = def.answersTopic === undefined ? {} : { answersTopic: def.answersTopic };
    return config.asides(text, { ...optionsAt(state, eager), ...topic }, env);
  }

  /** Where the text was typed, as asides and commandFlows are told it ({@link AsideOptions}). */
  function optionsAt(state: EngineState, eager: boolean): AsideOptions {
    return { eager, flows: state.stack.map((frame) => frame.flow), step: top(state).step };
  }

  /** Hands the input to the top step; `refused` is the command flow started when the step refuses it ({@link StepDef.readsOwnCommand}). */
  function dispatch(state: EngineState, input: StepInput, env: FlowEnv, out: OutboundMessage[], effects: Effect[], refused?: CommandFlowStart): void {
    const frame = top(state);
    const def = stepOf(frame)!;
    const outcome = def.on(input, { data: frame.data, env });
    const newEffects = 'effects' in outcome && outcome.effects ? outcome.effects : [];
    // A step waiting for an effect's result prompts once the result is in, not before.
    const awaiting = newEffects.some((effect) => effect.reply === true);
    if (state.draft && state.stack.length === 1 && outcome.type !== 'start' && !awaiting) {
      // Words at a paused copy's question that start nothing (a lookup of a menu entry named
      // goes on first): not answered as at the menu, the question is asked again.
      out.push(say(t('engine.draft.again')), promptOf(state, env));
      return;
    }
    effects.push(...newEffects);

    switch (outcome.type) {
      case 'invalid': {
        if (input.type === 'effect-result') {
          out.push(promptOf(state, env));
          return;
        }
        if (refused) {
          startCommandFlow(state, refused, env, out, effects);
          return;
        }
        const fallback = input.type === 'text' || input.type === 'button' ? (config.fallbackFlows?.(input, env) ?? null) : null;
        // Never a second copy of a flow in progress: "kegiatan" refused inside an activity's
        // own questions must not start that activity afresh.
        if (fallback !== null && flows.has(fallback.flow) && !state.stack.some((open) => open.flow === fallback.flow)) {
          startCommandFlow(state, fallback, env, out, effects);
          return;
        }
        // A question typed where a button or a form answer is wanted ("datanya aman kan?" at a
        // summary, "gratis kan?" at the consent notice): answered like an aside, and the same
        // question asked again, not refused. Steps that take asides have been asked already.
        const aside = input.type === 'text' && !def.asides ? asideAt(state, def, input.text, false, env) : null;
        if (aside !== null && input.type === 'text') {
          answerAside(state, aside, input.text, env, out, effects);
          return;
        }
        // Thanks or a greeting the step has no use for: answered kindly, not refused.
        const polite = input.type === 'text' ? (config.courtesy?.(input.text, env) ?? null) : null;
        if (polite !== null && input.type === 'text') {
          answerAside(state, polite, input.text, env, out, effects);
          return;
        }
        // A button the question does not show is one from an earlier message: said so, whatever
        // the step's reason (its reason is about what to type, which does not explain the tap).
        const reason = input.type === 'button' && !buttonShown(state, env, input.id) ? undefined : outcome.reason;
        if (outcome.data !== undefined) frame.data = outcome.data;
        // An answer that kept something is no invalid one: it breaks a row of them, as a valid answer does.
        const kept = outcome.kept === true && outcome.data !== undefined;
        state.invalid = kept ? 0 : state.invalid + 1;
        // One short sentence (why, or an example of a good answer), then the question once.
        out.push(say(invalidAnswerText(def, { data: frame.data, env }, input, reason)), promptOf(state, env, true));
        if (!kept && state.invalid % config.maxInvalid === 0) {
          out.push(
            say(t('engine.offerMenu'), [
              commandButton('menu'),
              commandButton('help'),
              commandButton('cancel'),
            ]),
          );
        }
        return;
      }
      case 'goto': {
        if (outcome.passed !== true) frame.history.push({ step: frame.step, data: outcome.remember ?? frame.data });
        if (frame.history.length > MAX_HISTORY) frame.history.shift();
        frame.step = outcome.step;
        if (outcome.data !== undefined) frame.data = outcome.data;
        state.invalid = 0;
        if (!stepOf(frame)) throw new Error(`engine: flow "${frame.flow}" has no step "${frame.step}"`);
        out.push(...(outcome.say ?? []));
        // A step that cannot be answered here passes on at once (bounded: a loop is a bug).
        for (let hops = 0; ; hops++) {
          const skip = stepOf(frame)!.skip?.({ data: frame.data, env }) ?? null;
          if (skip === null) break;
          if (hops >= 8) throw new Error(`engine: flow "${frame.flow}" skips steps in a loop`);
          frame.step = skip.step;
          if (!stepOf(frame)) throw new Error(`engine: flow "${frame.flow}" has no step "${frame.step}"`);
          out.push(...(skip.say ?? []));
        }
        if (!awaiting) out.push(promptOf(state, env));
        return;
      }
      case 'stay': {
        if (outcome.data !== undefined) frame.data = outcome.data;
        if (input.type !== 'effect-result') state.invalid = 0;
        out.push(...(outcome.say ?? []));
        if (outcome.reprompt && !awaiting) out.push(promptOf(state, env));
        return;
      }
      case 'done': {
        if (outcome.restart) {
          // Nothing below resumes, nothing paused is offered: their answers are gone with the rest.
          const ended = state.stack.length > 2 || (state.paused?.length ?? 0) > 0;
          resetToRoot(state);
          delete state.paused;
          out.push(...(outcome.say ?? []));
          if (ended) out.push(say(t('engine.restartEnded')));
          if (outcome.menu) out.push(promptOf(state, env));
          return;
        }
        const finished = state.stack.length > 1 ? state.stack.pop() : undefined;
        state.invalid = 0;
        out.push(...(outcome.say ?? []));
        if (finished && outcome.result !== undefined) {
          const result = { type: 'effect-result', effect: flowResultName(finished.flow), value: outcome.result } as const;
          dispatch(state, result, env, out, effects);
        } else if (finished && state.stack.length > 1) {
          returnTo(state, env, out, effects, true);
        } else if (state.stack.length > 1 || outcome.menu) {
          out.push(promptOf(state, env));
        }
        return;
      }
      case 'start': {
        if (outcome.data !== undefined && outcome.replace !== true) frame.data = outcome.data;
        out.push(...(outcome.say ?? []));
        const startAwaits = startFlow(state, outcome.flow, outcome.input, env, out, effects, { replace: outcome.replace === true, byStep: true });
        if (!awaiting && !startAwaits) out.push(promptOf(state, env));
        return;
      }
    }
  }
}
