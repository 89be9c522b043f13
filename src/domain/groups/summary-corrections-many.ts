/**
 * Several corrections typed at the registration's summary in one message, apart by commas
 * ("pertemuannya tiap malem jumat, berdiri th 2009"): each is made in turn, as if typed alone.
 * Read as one, the first field took the rest as its value (the schedule was "tiap malem jumat,
 * berdiri th 2009" and the year stayed empty).
 */
import type { StepContext, StepDef, StepOutcome } from '../../core/engine/flow.js';
import type { OutboundMessage } from '../../core/messages.js';
import type { AreaUnit } from '../model/groups.js';
import { correctAtSummary, keepingOtherPart, readSummaryCorrection, type SummaryCorrection } from './summary-correction.js';

/** Where the corrections of one message part: a comma, a semicolon, "dan". */
const APART = /\s*[,;]\s*|\s+(?:dan|terus|trus|and)\s+/iu;

/**
 * The corrections `text` makes, two or more, each of another field and with its value; null
 * when it makes one, or any part is no correction with a value ("ketua salah, bukan pak Joko
 * tapi bu Sari" is one correction, read whole).
 */
export function severalCorrections(text: string): readonly SummaryCorrection[] | null {
  const parts = text.split(APART).map((part) => part.trim()).filter((part) => part !== '');
  if (parts.length < 2) return null;
  const read = parts.map((part) => readSummaryCorrection(part));
  if (read.some((correction) => correction === null || correction.value === null || correction.field === 'village')) return null;
  const fields = new Set(read.map((correction) => correction!.field));
  return fields.size === read.length ? (read as SummaryCorrection[]) : null;
}

/**
 * Makes `corrections` in turn at the summary ({@link correctAtSummary}): each that brings the
 * summary back passes its data on to the next; one that goes on at its own step (a phone to
 * ask) ends there, with what was made before kept.
 */
export function correctAllAtSummary<D extends { readonly editing?: boolean; readonly unit?: AreaUnit }>(
  corrections: readonly SummaryCorrection[],
  ctx: StepContext<D>,
  stepOf: (field: SummaryCorrection['field']) => StepDef<D> | undefined,
): StepOutcome<D> {
  let data = ctx.data;
  const said: OutboundMessage[] = [];
  let outcome: StepOutcome<D> | null = null;
  for (const correction of corrections) {
    outcome = correctAtSummary(keepingOtherPart(correction, data.unit), { ...ctx, data }, stepOf);
    if (outcome.type !== 'goto' || outcome.step !== 'summary' || outcome.data === undefined) break;
    data = outcome.data;
    said.push(...(outcome.say ?? []));
  }
  if (outcome === null || outcome.type !== 'goto') return outcome ?? { type: 'invalid' };
  return { ...outcome, data: outcome.data ?? data, ...(said.length > 0 && { say: outcome.step === 'summary' ? said : [...said, ...(outcome.say ?? [])] }) };
}
