/**
 * A menu entry's own name typed inside it ("kegiatan saya" in 📒 Kegiatan saya's list or at
 * one of its activities, "📥 Konfirmasi" in the inbox, "cek kelompok kami dong" at a group's
 * screen): the person asks for what the entry shows, not for the menu. The engine's aside
 * ("that is a menu entry, tap Menu") was odd where the entry is open, so a flow that shows a
 * list declares the words that name it and, typed at one of its steps that refuses them, its
 * start is shown again, read afresh, as the entry shows it.
 *
 * Only where the step refuses the words: "konfirmasi ya" still confirms, and a step that asks
 * for a name takes its answer as before (one with `asides` hears the engine's aside first).
 */
import { simplifyLabel } from '../core/button-label.js';
import type { Effect, FlowDef, StepContext, StepDef, StepOutcome } from '../core/engine/flow.js';
import type { OutboundMessage } from '../core/messages.js';
import { withoutWordsAround } from './parse/words-around.js';

/** Words asking to see it, before the name ("cek", "lihat lagi"). */
const BEFORE: ReadonlySet<string> = new Set(['cek', 'check', 'lihat', 'liat', 'buka', 'tampilkan', 'show', 'open', 'ke']);
/** Chat after the name ("dong", "lagi"). */
const AFTER: ReadonlySet<string> = new Set(['dong', 'ya', 'min', 'kak', 'aja', 'saja', 'lagi', 'please', 'pls', 'again']);

/**
 * Whether `text` is one of `names` (as simplified: "👥 Kelompok saya" is "kelompok saya"), with
 * words of asking to see it around it ("cek kelompok kami dong").
 */
export function namesEntry(text: string, names: ReadonlySet<string>): boolean {
  return names.has(withoutWordsAround(simplifyLabel(text.slice(0, 80)).split(' '), { before: BEFORE, after: AFTER }).join(' '));
}

/** Where the flow starts over: its first step, with the data and effects it starts with. */
export interface EntryStart<D> {
  readonly step: string;
  readonly data: D;
  readonly say?: readonly OutboundMessage[];
  readonly effects?: readonly Effect[];
}

/** How a flow names its menu entry, and (optionally) how its start is shown again. */
export interface OwnEntry<D> {
  /** The entry's names as typed, simplified ("kegiatan saya", "kegiatan kami", "my activities"). */
  readonly names: readonly string[];
  /**
   * The start shown again, from the step it was typed at; by default the flow's own start, as
   * the menu opens it. A flow behind a consent notice may skip asking for consent again.
   */
  readonly again?: (ctx: StepContext<D>) => EntryStart<D>;
}

/**
 * `flow` with its entry's names read at every step: typed where the step refuses them, its
 * start again (at the first step: read afresh there; elsewhere: gone back to, so `kembali`
 * returns to where they were typed).
 */
export function reopenedByName<D>(flow: FlowDef<D>, entry: OwnEntry<D>): FlowDef<D> {
  const names = new Set(entry.names.map(simplifyLabel));
  const steps = Object.fromEntries(
    Object.entries(flow.steps).map(([name, step]): [string, StepDef<D>] => [
      name,
      {
        ...step,
        on(input, ctx) {
          const outcome = step.on(input, ctx);
          if (outcome.type !== 'invalid' || input.type !== 'text' || !namesEntry(input.text, names)) return outcome;
          return startAgain(entry.again?.(ctx) ?? flow.start(undefined, ctx.env), name);
        },
      },
    ]),
  );
  return { ...flow, steps };
}

/** The outcome that shows `start` from step `from`. */
function startAgain<D>(start: EntryStart<D>, from: string): StepOutcome<D> {
  const shown = { data: start.data, ...(start.say && { say: start.say }), ...(start.effects && { effects: start.effects }) };
  return start.step === from ? { type: 'stay', ...shown, reprompt: true } : { type: 'goto', step: start.step, ...shown };
}
