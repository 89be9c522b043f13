/**
 * The part of an officer's words about alerts that keeps some of them: "sy cukup rekap
 * mingguan" (the weekly recap is all they want), "kecuali rekap mingguan", "tapi ringkasan
 * mingguan tetap ya", "except new groups". The kinds named there stay on when the rest of the
 * sentence switches alerts off (they were switched off with the rest), and "semua"/"all"
 * switched off means every kind but those.
 */
import { BUT_WORDS, alternation } from '../parse/lexicon.js';

/** Where one part of a sentence ends: punctuation, or the lexicon's "but" (and "namun") turning to another wish. */
const CLAUSE_BREAK = new RegExp(String.raw`[,.;!?]+|\b(?:${alternation(BUT_WORDS, ['namun'])})\b`, 'iu');
/** Unambiguous: whatever follows, to the part's end, is kept ("kecuali rekap mingguan"). */
const EXCEPT = /\b(?:kecuali|selain|except|apart\s+from|other\s+than)\b/iu;
/** "Only this": kept when the part switches nothing off ("sy cukup rekap mingguan"; not "matikan hanya notif kegiatan"). */
const ONLY = /\b(?:cukup|hanya|cuma|only|just)\b/iu;
/** "This stays": the whole part is kept when it switches nothing off ("ringkasan mingguan tetap ya"). */
const STAYS = /\b(?:tetap|tetep|biarkan|biarin|masih|keep|still)\b/iu;
/** Every kind of alert. */
const ALL = /\b(?:semua|semuanya|seluruh|all|every|everything)\b/iu;

/** The words split into what they ask of the alerts and what they keep. */
export interface KeptSplit {
  /** The words without the kept parts. */
  readonly rest: string;
  /** The kept parts, joined ('' when none). */
  readonly kept: string;
  /** Whether the rest names every kind ("semua", "all"). */
  readonly all: boolean;
}

/**
 * Splits `text` into the kept parts and the rest. `switchesOff` tells whether a part holds a
 * word of switching off: "cukup"/"tetap" keep only in a part that switches nothing off.
 */
export function splitKeptAlerts(text: string, switchesOff: (part: string) => boolean): KeptSplit {
  const rest: string[] = [];
  const kept: string[] = [];
  for (const part of text.split(CLAUSE_BREAK)) {
    const except = EXCEPT.exec(part);
    if (except) {
      rest.push(part.slice(0, except.index));
      kept.push(part.slice(except.index + except[0].length));
    } else if ((ONLY.test(part) || STAYS.test(part)) && !switchesOff(part)) {
      kept.push(part);
    } else {
      rest.push(part);
    }
  }
  const restText = rest.join(' , ');
  return { rest: restText, kept: kept.join(' , '), all: ALL.test(restText) };
}
