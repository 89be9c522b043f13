/**
 * How people introduce themselves before or after their name, as they answer "what is your
 * name?" or "who is the ketua?": "I am Wulan Sari", "my name is …", "perkenalkan, saya Budi",
 * "saya bernama Budi", "dengan Budi" (as on the phone), "Wulan here". None of it is the name:
 * "I am Wulan Sari" was kept whole, and leaders were told "petugas I am Wulan Sari".
 */

/** The words before the name: a greeting, "perkenalkan" (with "saya" or not), or "saya bernama", "my name is"… */
const INTRO =
  /^(?:(?:hi|hello|halo|hai)[\s,!.]+)?(?:(?:perkenalkan|kenalkan|kenalin)[\s,]+(?:(?:nama\s+saya|saya|aku)(?:\s+(?:adalah|bernama))?[\s,]+)?|(?:nama\s+saya|saya|aku)\s+(?:adalah|bernama)\s+|dengan\s+|my\s+name\s+is\s+|my\s+name's\s+|i\s+am\s+|i'm\s+|this\s+is\s+|call\s+me\s+)/iu;
/** "Wulan here": the same, said after the name. */
const HERE = /\s+here[.!]*$/iu;

/** Whether the text introduces its writer by name ("my name is Wulan Sari", "nama saya Budi"): a name given unasked. */
export function introducesName(text: string): boolean {
  return INTRO.test(text.trim()) || /^nama\s+(?:saya|aku|sy)\s+/iu.test(text.trim());
}

/** The text without the words that introduce the name, when a name is left after them; else as typed. */
export function withoutNameIntro(typed: string): string {
  const bare = typed.trim().replace(INTRO, '').replace(HERE, '');
  return /\p{L}/u.test(bare) ? bare : typed;
}
