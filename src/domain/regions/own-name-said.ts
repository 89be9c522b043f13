/**
 * The person introducing themself where a desa is asked ("nama saya Dede", Sundanese "nami abdi
 * Asep Saepudin", Javanese "jenengku Budi", "my name is Dewi"): no desa's name. Searched, it
 * listed far-away desa that share a word with it ("Nami", Papua Tengah).
 */

/** Greetings that may come first ("punten, nami abdi …"). */
const GREETING = String.raw`(?:(?:punten|permisi|halo|hai|sampurasun|assalamualaikum|salam kenal|perkenalkan|kenalkan|hello|hi)[\s,.!]+)*`;
/** "My name", as people say it: Indonesian, Sundanese, Javanese, English. */
const MY_NAME = String.raw`(?:nama\s+(?:saya|sy|aku|ku|gue|gw)|namaku|nami\s+(?:abdi|simkuring|kuring|kulo|kula|kawula)|jenengku|jeneng\s+(?:kulo|kula|aku)|my\s+name\s+is|my\s+name's)`;
const OWN_NAME = new RegExp(String.raw`^${GREETING}${MY_NAME}(?:\s+(?:teh|adalah|yaitu|nyaeta))?[\s,:]+(\p{L}[\p{L} .'-]{0,59})$`, 'iu');

/** The name the person gave as their own in `typed`, tidied; null when `typed` is no such introduction. */
export function ownNameSaid(typed: string): string | null {
  const said = OWN_NAME.exec(typed.trim().replace(/[.!]+$/u, ''));
  return said ? said[1]!.trim() : null;
}
