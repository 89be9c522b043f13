/**
 * How long ▶️ Lanjutkan offers a flow set aside with `menu` (or by an alert's button).
 *
 * Why: a person who set a question aside a minute ago and taps Lanjutkan wants it back; one
 * who asked a desa's status last week and has chatted since does not expect "Desa
 * Panggungharjo, Kec. Sewon?" again, a question about an answer long finished. What is worth
 * keeping is what was typed: a form that holds answers until its end (a registration, an
 * activity logged, `keepsDraft`) with a question of it answered stays offered for as long as
 * the conversation lives (the engine's idle timeout); anything else set aside (a status check,
 * a count, a panel, a list, a form still at its first question) holds nothing that reopening
 * it from the menu would not give back, and is offered for {@link PAUSED_QUESTION_MS} only.
 */
import { holdsAnswers } from './draft.js';
import type { AnyFlow } from './flow.js';
import type { Frame } from './state.js';

/** How long a flow set aside holding no typed answers stays offered. */
export const PAUSED_QUESTION_MS = 30 * 60_000;

/**
 * What of `paused` is still offered at `now`: each copy (a flow and the sub-flows it started,
 * which go with it) holding typed answers, or set aside within {@link PAUSED_QUESTION_MS}.
 * A frame set aside before frames were dated is dated `now`: it stays offered that long from
 * here, rather than being taken for one set aside at an unknown moment.
 */
export function stillOffered(paused: readonly Frame[], flowOf: (id: string) => AnyFlow | undefined, now: Date): Frame[] {
  const kept: Frame[] = [];
  for (const copy of copiesOf(paused)) {
    const dated = copy.map((frame) => (frame.pausedAt === undefined ? { ...frame, pausedAt: now.toISOString() } : frame));
    const flow = flowOf(dated[0]!.flow);
    const recent = now.getTime() - Date.parse(dated[0]!.pausedAt!) < PAUSED_QUESTION_MS;
    if (recent || (flow !== undefined && holdsAnswers(flow, dated, { start: 0, end: dated.length }))) kept.push(...dated);
  }
  return kept;
}

/** `paused` cut into copies: each flow with the sub-flows after it. */
function copiesOf(paused: readonly Frame[]): Frame[][] {
  const copies: Frame[][] = [];
  for (const frame of paused) {
    const last = copies.at(-1);
    if (frame.sub === true && last) last.push(frame);
    else copies.push([frame]);
  }
  return copies;
}
