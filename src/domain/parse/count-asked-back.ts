/**
 * A count asked back, then answered, in one message: "sabaraha anggotana? kinten2 35 urang",
 * "berapa anggotanya? kira2 35 orang". People repeat the bot's "how many" to themselves before
 * they answer it; the question mark ended the sentence, so the whole was read as a question (the
 * FAQ on members answered, the count asked again). The words after the last question mark are
 * the answer, when the words before it ask "how many".
 */

/** "How many" and "the number of", Indonesian, slang, Javanese, Sundanese and English. */
const HOW_MANY = /(?:^|[^\p{L}])(?:berapa|brp|brapa|pira|pinten|sabaraha|sbrh|sabrha|jumlah(?:nya)?|how\s+many|number\s+of)(?![\p{L}])/iu;

/** The words answering a count asked back in `text` (after its last "?"), or null when no "how many" was asked before them. */
export function answerAfterCountAsked(text: string): string | null {
  const mark = text.lastIndexOf('?');
  if (mark < 0) return null;
  const answer = text.slice(mark + 1).trim();
  return answer !== '' && HOW_MANY.test(text.slice(0, mark)) ? answer : null;
}
