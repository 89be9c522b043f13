/**
 * A form opened again from the menu while a copy of it, set aside with answers in it, waits
 * for ▶️ Lanjutkan: like a phone app with a draft, the person is asked first whether to go on
 * with that copy or to start afresh, rather than losing its answers without a word. Here are
 * the question, how its answers are read, and which paused frames make up the copy.
 */
import { say, type InboundContent, type OutboundMessage } from '../messages.js';
import { t, type Text } from '../text.js';
import { commandWord, recognizeCommand } from './commands.js';
import type { AnyFlow } from './flow.js';
import type { Frame } from './state.js';
import { dropTrailing } from './trailing-words.js';

/** The button that goes on with the paused copy. */
const DRAFT_RESUME_BUTTON = 'draft:resume';
/** The button that drops the paused copy and starts afresh. */
const DRAFT_FRESH_BUTTON = 'draft:fresh';

/** What the person chose at the question. */
export type DraftChoice = 'resume' | 'fresh';

/** "lanjut"/"lanjutkan" are the resume command's own words (commands.ts): read there. */
const RESUME_WORDS = new Set([
  'yang tadi', 'yg tadi', 'tadi', 'yang lama', 'yg lama', 'lanjut yang tadi', 'lanjutkan yang tadi', 'lanjut yg tadi', 'lanjutkan yg tadi', 'terusin', 'teruskan', 'terusin yang tadi',
  'the earlier one', 'the old one', 'continue the earlier one', 'go on',
]);

const FRESH_WORDS = new Set([
  'baru', 'mulai baru', 'yang baru', 'yg baru', 'ulang', 'ulangi', 'mulai ulang', 'dari awal', 'mulai dari awal', 'ulang dari awal', 'bikin baru', 'buat baru',
  'new', 'a new one', 'new one', 'start new', 'start a new one', 'start over', 'start again', 'restart',
]);

/** Words after the choice that change nothing ("yang tadi aja", "baru deh", "mulai baru ya kak"). */
const PARTICLES = new Set(['aja', 'saja', 'deh', 'ya', 'dong', 'kak', 'min', 'lah', 'sih', 'please', 'pls']);

/** The choice an input makes at the question, or null when it makes none. */
export function draftChoice(input: InboundContent): DraftChoice | null {
  if (input.type === 'button' && input.id === DRAFT_FRESH_BUTTON) return 'fresh';
  // The menu's own ▶️ Lanjutkan, still on screen, and every word of the resume command go on with it too.
  if ((input.type === 'button' && input.id === DRAFT_RESUME_BUTTON) || recognizeCommand(input) === 'resume') return 'resume';
  if (input.type !== 'text') return null;
  const said = dropTrailing(commandWord(input.text).replace(/[,.!]/g, ' ').split(' ').filter(Boolean), PARTICLES).join(' ');
  if (RESUME_WORDS.has(said) || recognizeCommand({ type: 'text', text: said }) === 'resume') return 'resume';
  return FRESH_WORDS.has(said) ? 'fresh' : null;
}

/** The question, naming the form by its title. */
export function draftQuestion(flowTitle: Text): OutboundMessage {
  return say(t('engine.draft.ask', { flow: flowTitle }), [
    { id: DRAFT_RESUME_BUTTON, label: t('engine.draft.resume') },
    { id: DRAFT_FRESH_BUTTON, label: t('engine.draft.fresh') },
  ]);
}

/** Where a paused copy of a flow lies in `paused`: its own frame, then the sub-flows it started. */
export interface PausedCopy {
  readonly start: number;
  /** Just past the copy's last frame: what lies from here on was set aside on top of it. */
  readonly end: number;
}

/** The paused copy of `flowId` (there is at most one: setting aside drops an older one), or null. */
export function pausedCopyOf(paused: readonly Frame[] | undefined, flowId: string): PausedCopy | null {
  const start = paused?.findIndex((frame) => frame.flow === flowId) ?? -1;
  if (start < 0) return null;
  let end = start + 1;
  while (end < paused!.length && paused![end]!.sub === true) end += 1;
  return { start, end };
}

/**
 * Whether the copy of `flow` holds answers worth asking about: the flow is a form that keeps
 * them until its end ({@link AnyFlow.keepsDraft}) and a question of it (or of a sub-flow it
 * started, a desa picker) was answered. One still at its first question holds nothing; a panel
 * or a flow that saves each change as it is made (Kelompok saya, the officer's panel) loses
 * nothing when opened afresh, and asking would only be in the way.
 */
export function holdsAnswers(flow: AnyFlow, paused: readonly Frame[], copy: PausedCopy): boolean {
  return flow.keepsDraft === true && paused.slice(copy.start, copy.end).some((frame) => frame.history.length > 0);
}
