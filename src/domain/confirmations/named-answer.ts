/**
 * An answer at 📥 Konfirmasi that first names the activity it answers: "yg penyuluhan gizi
 * itu bener kok bu", "yg tgl 3 itu kami cuma bantu angkat2 aja sih, tapi iya ikut". The words
 * between "yg" and "itu" name one waiting activity (by its description, kind or date: with
 * several waiting, not always the one shown); the words after them hold the yes or no, whole
 * or in their last clause (after "tapi", or a comma).
 */
import type { InboxItem } from '../model/confirmations.js';
import { activitiesNamed } from '../parse/described.js';
import { BUT_WORDS, alternation } from '../parse/lexicon.js';
import { yesOrNo } from '../parse/yes-no.js';
import { tookPart } from './took-part.js';

type Participation = Extract<InboxItem, { kind: 'participation' }>;

/** Where the last clause begins: a comma, or the lexicon's "but" (and "namun"). */
const CLAUSE_BREAK = new RegExp(String.raw`,|;|\b(?:${alternation(BUT_WORDS, ['namun'])})\b`, 'iu');

/** "yg <what> itu <answer>": the activity named, then the answer. */
const NAMED_FIRST = /^(?:yg|yang|kegiatan|acara)\s+(.+?)\s+(?:itu|tuh|tu|td|tadi)\b[\s,.!]*(.+)$/iu;

/** A clause's yes or no: as a general answer, or as taking part said in words. */
function answerIn(clause: string): 'yes' | 'no' | null {
  const said = clause.trim();
  return said === '' ? null : (yesOrNo(said) ?? tookPart(said));
}

/** The answer in the words after the activity: all of them, else their last clause. */
function answerAfter(rest: string): 'yes' | 'no' | null {
  const whole = answerIn(rest);
  if (whole !== null) return whole;
  const clauses = rest.split(CLAUSE_BREAK);
  return clauses.length > 1 ? answerIn(clauses.at(-1)!) : null;
}

/** What the words answer: the waiting activity they name, and yes or no. */
export interface NamedAnswer {
  readonly item: InboxItem;
  readonly answer: 'yes' | 'no';
}

/**
 * The answer `text` gives to a waiting activity it names first; null when it names none
 * (or several, none of them `shown`), or says no yes or no after the name.
 */
export function namedAnswer(text: string, items: readonly InboxItem[], shown: InboxItem, now: Date): NamedAnswer | null {
  const match = NAMED_FIRST.exec(text.trim());
  if (!match) return null;
  const answer = answerAfter(match[2]!);
  if (answer === null) return null;
  const waiting = items.filter((item): item is Participation => item.kind === 'participation');
  const fits = activitiesNamed(match[1]!, waiting, now);
  const item = fits.length === 1 ? fits[0] : fits.find((fit) => fit === shown);
  return item ? { item, answer } : null;
}
