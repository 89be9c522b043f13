/**
 * How people introduce themselves before or after their name, as they answer "what is your
 * name?" or "who is the ketua?": "I am Wulan Sari", "my name is …", "perkenalkan, saya Budi",
 * "saya bernama Budi", "dengan Budi" (as on the phone), "Wulan here". None of it is the name:
 * "I am Wulan Sari" was kept whole, and leaders were told "petugas I am Wulan Sari".
 */

/** Greetings said before one's name ("halo", Sundanese "punten", "sampurasun", "salam kenal"), as a regex alternation. */
export const HELLO = String.raw`hi|hello|halo|hai|punten|permisi|sampurasun|assalamualaikum|salam\s+kenal`;
/** "Let me introduce (myself)" ("perkenalkan", "kenalin"), as a regex alternation. */
export const INTRODUCING = 'perkenalkan|kenalkan|kenalin';
/** "My name is", in English, as a regex alternation. */
const MY_NAME_EN = String.raw`my\s+name\s+is|my\s+name's`;
/**
 * "My name", as people say it before their name: Indonesian, Sundanese ("nami abdi"), Javanese
 * ("jenengku", "jeneng kula"), English; a regex alternation.
 */
export const MY_NAME = String.raw`nama\s+(?:saya|sy|aku|ku|gue|gw)|namaku|nami\s+(?:abdi|simkuring|kuring|kulo|kula|kawula)|jenengku|jeneng\s+(?:kulo|kula|aku)|${MY_NAME_EN}`;

/** The words before the name: a greeting, "perkenalkan" (with "saya" or not), or "saya bernama", "my name is"… */
const INTRO = new RegExp(
  String.raw`^(?:(?:${HELLO})[\s,!.]+)?(?:(?:${INTRODUCING})[\s,]+(?:(?:nama\s+saya|saya|aku)(?:\s+(?:adalah|bernama))?[\s,]+)?|(?:nama\s+saya|saya|aku)\s+(?:adalah|bernama)\s+|dengan\s+|(?:${MY_NAME_EN})\s+|i\s+am\s+|i'm\s+|this\s+is\s+|call\s+me\s+)`,
  'iu',
);
/** "Wulan here": the same, said after the name. */
const HERE = /\s+here[.!]*$/iu;

/** "nama saya Budi", "nami abdi Asep": my name, then the name. */
const OWN_NAME_FIRST = new RegExp(String.raw`^(?:${MY_NAME})\s+`, 'iu');

/** Whether the text introduces its writer by name ("my name is Wulan Sari", "nama saya Budi"): a name given unasked. */
export function introducesName(text: string): boolean {
  return INTRO.test(text.trim()) || OWN_NAME_FIRST.test(text.trim());
}

/** The text without the words that introduce the name, when a name is left after them; else as typed. */
export function withoutNameIntro(typed: string): string {
  const bare = typed.trim().replace(INTRO, '').replace(HERE, '');
  return /\p{L}/u.test(bare) ? bare : typed;
}
