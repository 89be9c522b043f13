/**
 * A partner's answer in words to "Benar <group> ikut?": "kami gak ikut yg itu, salah catat",
 * "ga ikutan", "bukan kami", "we didn't take part" say no; "kami ikut", "ikut kok" say yes.
 * Read only where the general yes/no reading found nothing, and never for a question
 * ("kalau gak ikut gimana?"), so a message that is not an answer stays unread.
 */

import { notWordsPattern } from '../parse/negation.js';

/** A negation right before taking part: "gak ikut", "tidak pernah ikut", "didn't join". */
const NOT_TAKEN_PART = new RegExp(
  String.raw`(?:^|[\s,.!])(?:${notWordsPattern(['g', 'nda', 'bukan', 'belum', 'blm', "didn't", 'didnt', 'did not', 'not', 'never'])})\s+(?:pernah\s+|ikut\s+)?(?:ikut(?:an)?|terlibat|join(?:ed)?|take part|took part|participate[d]?)(?=$|[\s,.!])`,
  'i',
);

/** It was someone else, or recorded by mistake: "bukan kami", "salah catat", "salah kelompok". */
const NOT_US = /(?:^|[\s,.!])(?:bukan\s+(?:kami|kita|kelompok\s+kami)|salah\s+(?:catat|input|kelompok|pilih|tag))(?=$|[\s,.!])/i;

/** Taking part, said alone: "kami ikut", "ikut kok", "we took part". */
const TOOK_PART = /^(?:(?:ya|iya|betul|benar|bener)\s+)?(?:kami|kita|we)?\s*(?:ikut(?:an)?|terlibat|joined|took part|took part in it)(?:\s+(?:kok|dong|semua|juga|semuanya))?[.!]*$/i;

/** Words that make the message a question or a condition, not an answer: anywhere, unlike faq/asides.ts isQuestion, since a condition ("kalau …") is no answer either. */
const NOT_AN_ANSWER = /\?|(?:^|\s)(?:kalau|kalo|klo|jika|gimana|bagaimana|apa|apakah|kenapa|what|how|if)(?=$|\s)/i;

/** 'no' or 'yes' when `text` answers whether the group took part in words; null otherwise. */
export function tookPart(text: string): 'yes' | 'no' | null {
  const said = text.trim();
  if (said === '' || NOT_AN_ANSWER.test(said)) return null;
  if (NOT_TAKEN_PART.test(said) || NOT_US.test(said)) return 'no';
  return TOOK_PART.test(said) ? 'yes' : null;
}
