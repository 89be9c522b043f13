/**
 * The person does not have the number at hand: "blm tau nomornya", "nomornya nanti sy tanya
 * dulu", "lupa", "I'll ask him later". Typed where a phone is asked (or after a name, where it
 * was asked with it), it is answered with why the number is needed and how to go on later,
 * not with "that is no complete number".
 */

import { notWordsPattern } from './negation.js';

/** Words of not knowing yet, later, or asking first. */
const LATER = new RegExp(
  String.raw`\b(?:nanti|nnti|ntar|entar|mengko|mangke|engke|blm|belum|lupa|nyusul|menyusul|susul|tanya|tanyakan|tanyain|takon|takonke|later|ask|forgot|forget)\b` +
    // "gak tau", "engga tau", "teu tau", "don't know": any "not" before knowing (negation.ts).
    String.raw`|\b(?:${notWordsPattern(['dont', "don't", 'do not'])})\s+(?:tau|tahu|tw|ngerti|know|have)\b` +
    String.raw`|\b(?:gatau|gtau|gatahu|ndak\s?tau|kurang\s+(?:tau|tahu)|not\s+sure)\b`,
  'iu',
);

/** Whether `text`, with no digits in it, says the number will come later or is not known yet. */
export function saysPhoneLater(text: string): boolean {
  return !/\d/.test(text) && LATER.test(text);
}
