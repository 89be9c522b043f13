/**
 * A description taken into the activity, whichever way it came: answered at its question,
 * changed at the summary ("ubah deskripsi: santunan 20 lansia …"), or a photo's caption taken
 * with its button. One function for the three, so what is read from it cannot drift apart
 * (the counts in it were read at the question only, and dropped at the summary).
 */
import { say, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { beneficiariesInside } from '../parse/pmks-inside.js';
import { tallyText } from './pmks-names.js';
import { type LogData, countsRead } from './log-data.js';
import type { ActivityCategory } from '../model/activities.js';

/**
 * Beneficiaries counted in words that tell an activity of this kind (its description, or a
 * request that opens the flow: "… santunan yatim 15 anak"), read as {@link countsRead} says;
 * undefined when none.
 */
export function countsInside(text: string, of: { readonly category?: ActivityCategory | undefined }): Record<number, number> | undefined {
  return beneficiariesInside(text, countsRead(of))?.counts;
}

/** The activity's data with a description taken, and what is said of it. */
export interface DescriptionTaken {
  readonly data: LogData;
  readonly say: readonly OutboundMessage[];
}

/**
 * `data` with `description` as the activity's: beneficiaries counted in it ("kmrn malem kita
 * santunan yatim 15 anak") kept in the categories not recorded yet and said back, so their
 * question (or the summary) shows them as recorded instead of asking for them as if never said.
 * Counts already recorded stand: the leader typed those as counts. `next`: what the person
 * meets next, where the counts can still be changed (their question, or the summary).
 */
export function withDescription(description: string, data: LogData, next: 'beneficiaries' | 'summary'): DescriptionTaken {
  const recorded = data.beneficiaries ?? {};
  const added = Object.fromEntries(Object.entries(countsInside(description, data) ?? {}).filter(([code]) => recorded[code] === undefined));
  const so = tallyText(added);
  if (so === null) return { data: { ...data, description }, say: [] };
  // Where they can still be changed: at their question ahead, or by typing counts at the summary.
  const key = next === 'summary' ? 'activities:beneficiariesDescribedAtSummary' : 'activities:beneficiariesDescribed';
  return { data: { ...data, description, beneficiaries: { ...recorded, ...added } }, say: [say(t(key, { tally: so }))] };
}
