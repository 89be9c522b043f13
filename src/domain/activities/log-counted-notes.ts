/**
 * The notes said when beneficiaries typed by name are counted in a PMKS category their words did
 * not name: "20 lansia" at Bantuan lansia as Lansia terlantar, "20 anak yatim" as Anak terlantar.
 * Said wherever counts are typed (the beneficiaries' question, a correction at the summary), so
 * the leader can undo a reading they did not mean.
 */
import { say, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { orphansCountedNeglected, parseBeneficiaries } from '../parse/pmks.js';
import { pmksName } from './pmks-names.js';
import { type LogData, countsRead } from './log-data.js';

/** PMKS "lanjut usia terlantar" (Permensos 8/2012). */
const ELDERLY = 8;
/** PMKS "anak terlantar", where orphans are counted (DOMAIN.md's 26 categories have none of their own). */
const NEGLECTED_CHILDREN = 2;

/**
 * The elderly counted as PMKS Lansia terlantar though the words did not say they were neglected
 * ("20 lansia" at Bantuan lansia): their count, said back so the leader can undo it, since
 * DOMAIN.md's category is the neglected elderly only; null when "terlantar" was said, or none.
 */
function elderlyAssumedNeglected(text: string, counts: Readonly<Record<number, number>>, data: LogData): number | null {
  const count = counts[ELDERLY];
  if (count === undefined || countsRead(data).ordinaryElderly) return null;
  const asOrdinary = parseBeneficiaries(text, { ordinaryElderly: true });
  return !asOrdinary.ok && asOrdinary.error === 'not_neglected_elderly' ? count : null;
}

/**
 * What to say of `counts` read from `text` (as typed, lower case) for the activity `data`: the
 * elderly and the orphans counted as neglected without being called so, one line each; none
 * when the words named the category ("lansia terlantar", "anak terlantar", its number).
 */
export function countedNeglectedNotes(text: string, counts: Readonly<Record<number, number>>, data: LogData): OutboundMessage[] {
  const assumed = elderlyAssumedNeglected(text, counts, data);
  const orphans = orphansCountedNeglected(text);
  return [
    ...(assumed === null ? [] : [say(t('activities:elderlyCountedNeglected', { count: assumed, name: pmksName(ELDERLY) }))]),
    ...(orphans === 0 ? [] : [say(t('activities:orphansCountedNeglected', { count: orphans, name: pmksName(NEGLECTED_CHILDREN) }))]),
  ];
}
