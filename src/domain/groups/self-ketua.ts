/**
 * The person answering says they chair the group themself: "saya sendiri", "sy sendiri",
 * "aku ketuanya", "yang daftar ini", "saya sendiri, Bayu 0812…". Read apart from a ketua's
 * name, so that "saya sendiri" is never stored as one: the flow uses the person's own name
 * when it knows it, or asks for it (their chat profile's name offered: {@link ownNamePrompt}).
 */
import { say, type OutboundMessage } from '../../core/messages.js';
import type { PersonView } from '../../core/ports.js';
import { t, verbatim } from '../../core/text.js';
import { parseIndonesianPhone } from '../parse/phone.js';
import { saysPhoneLater } from '../parse/phone-later.js';
import { readKetua } from './group-answers.js';

/** The button that takes the chat profile's name as the person's own. */
export const PROFILE_NAME_BUTTON = 'name:profile';

/**
 * The name on the person's chat profile (Telegram, WhatsApp) when it reads as a name: offered
 * with one tap where their own name is asked, never taken unasked (profiles hold nicknames).
 * Null when there is none, or it holds a number or no letters ("🌸", "Ibu 0812…").
 */
export function profileNameOf(person: PersonView): string | null {
  const profile = person.profileName?.trim() ?? '';
  if (profile === '' || /\d/.test(profile) || !/\p{L}/u.test(profile)) return null;
  const name = readKetua({ type: 'text', text: profile });
  return name.ok && name.value.phone === null && readSelfKetua(name.value.name) === null ? name.value.name : null;
}

/** "Me", with what came with it: the name the person typed after it (or null) and a phone. */
export interface SelfKetua {
  readonly name: string | null;
  readonly phone: string | null;
}

/**
 * Words that say "me": first-person pronouns (Indonesian, slang, Javanese) and "my name". Not
 * "abdi" (a common name) nor "i" (Balinese names start with it: "I Made Suarta").
 */
const ME = new Set(['saya', 'sy', 'sya', 'sayah', 'aku', 'aq', 'ak', 'gue', 'gw', 'gua', 'kulo', 'kula', 'kuring', 'simkuring', 'namaku', 'me', 'myself', 'im']);
/**
 * Sundanese "abdi" (I) before "myself" or "the ketua" ("abdi nyalira", "abdi sendiri", "abdi
 * ketuana"), first or after "ketuana" ("ketuana abdi nyalira, Euis …"): "me" (was stored as a
 * ketua named "Abdi Nyalira", or "ketuana abdi nyalira, Euis Komariah"). Alone or before any
 * other word it stays a name ("Abdi Santoso").
 */
const ABDI_MYSELF = /(?<=^|^ketua(?:na|nya)?[\s,]+)abdi(?=[\s,]+(?:nyalira|sendiri|pribadi|ketua(?:na|nya)?)\b)/iu;
/**
 * "ketuana abdi, Euis": "the ketua is me, Euis", "abdi" alone after "ketuana" and before a comma
 * (was stored as a ketua named "Abdi, Euis"). Read as "saya sendiri": the person, then their name.
 * Without the comma it stays a name ("ketuana Abdi Santoso").
 */
const KETUANA_ABDI = /^ketua(?:na|nya)?[\s,]+abdi(?=\s*,)/iu;
/**
 * Sundanese and Javanese krama "nami abdi" / "nami kula" (my name) before the name: "nama saya",
 * which is read so ("abdi ketuana, nami abdi Hj. Popon" was the ketua named "nami abdi Hj. Popon").
 */
const NAMI_ABDI = /(?<=^|[\s,]+)nami\s+(?:abdi|kula|kulo)(?=[\s,:]|$)/giu;
/** Words that point at the person registering ("yang daftar ini", "pendaftar"). */
const REGISTERING = new Set(['daftar', 'mendaftar', 'ndaftar', 'daftarin', 'mendaftarkan', 'pendaftar', 'registering', 'sendiri', 'piyambak', 'dhewe', 'dewe', 'pribadi', 'nyalira']);
/** Words around "me" that add nothing to who it is. */
const FILLERS = new Set([
  // "ketua nya saya": the "-nya" typed apart (was a ketua named "Saya").
  'ketua', 'ketuanya', 'ketuane', 'ketuana', 'nya', 'yang', 'yg', 'ini', 'jadi', 'jd', 'menjadi', 'adalah', 'kebetulan', 'juga', 'aja', 'saja', 'lah', 'kok', 'dong',
  'deh', 'nih', 'ya', 'iya', 'betul', 'am', 'the', 'chair', 'its', 'it', 'one', 'sing', 'nama', 'namanya', 'langsung', 'sekaligus', 'min', 'kak',
  // "I am the leader myself", "I'm the group's head".
  'leader', 'head', 'chairman', 'chairperson', 'chairwoman', 'group', 'groups',
  // "aku ketuanya sekarang", "saya ketua yang baru": at ✏️ Ketua, the new one.
  'sekarang', 'skrg', 'kini', 'now', 'mulai', 'baru', 'new',
]);
/** Forms of address to the bot: fillers at the end or before a comma ("saya sendiri mas, Bayu"), a title before a name ("saya Pak Bayu"). */
const ADDRESSES = new Set(['mas', 'mbak', 'pak', 'bu', 'kang', 'teh', 'bang', 'admin']);

/** The word as compared: lower case, letters and digits only ("sendiri," → "sendiri", "i'm" → "im"). */
const bare = (word: string): string => word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** A phone at the start or the end of the answer, split off: "saya sendiri 0812…" → ["saya sendiri", "+62812…"]. */
function splitPhone(text: string): { readonly words: string; readonly phone: string | null } {
  const trailing = /^(.*?)[\s,;:/-]*((?:\+|\b)\d[\d\s().\-/]{6,})$/.exec(text);
  if (trailing) {
    const phone = parseIndonesianPhone(trailing[2]!);
    if (phone.ok) return { words: trailing[1]!, phone: phone.value };
  }
  const leading = /^(\+?\d[\d\s().\-/]{6,}?)[\s,;:/-]+(\p{L}.*)$/u.exec(text);
  if (leading) {
    const phone = parseIndonesianPhone(leading[1]!);
    if (phone.ok) return { words: leading[2]!, phone: phone.value };
  }
  return { words: text, phone: null };
}

/** Whether the word is one of "me"'s surroundings at position `index` of `words`. */
function selfWord(words: readonly string[], index: number): boolean {
  const word = bare(words[index]!);
  if (word === '' || ME.has(word) || REGISTERING.has(word) || FILLERS.has(word)) return true;
  // "saya sendiri pak", "saya bu, Siti Aminah": an address to the bot, not the title of a name after it.
  return ADDRESSES.has(word) && (index === words.length - 1 || /,$/.test(words[index]!));
}

/** Whether "me" is followed by a word that says "myself": "saya sendiri", "kulo piyambak". */
function meMyself(lead: readonly string[]): boolean {
  return lead.some((word, index) => ME.has(word) && REGISTERING.has(lead[index + 1] ?? ''));
}

/**
 * "Me" as the answer to "who chairs the group?", or null when the answer names someone else
 * ("Bu Siti", "Ketua RT 07") or is not about the ketua. "Saya sendiri" alone gives no name;
 * "saya sendiri mas, Bayu Pratama. hp 0857…" gives the name after the words that say "me",
 * without a form of address before it ("saya Pak Bayu": Bayu).
 */
export function readSelfKetua(text: string): SelfKetua | null {
  // "I am the chair" reads as "im": the one English "I" that is no Balinese name's first word.
  const { words: said, phone } = splitPhone(text.trim().replace(/^i\s+am\b|^i['’]m\b/i, 'im').replace(KETUANA_ABDI, 'saya sendiri').replace(ABDI_MYSELF, 'saya').replace(NAMI_ABDI, 'nama saya'));
  const words = said.trim().split(/\s+/).filter((word) => word !== '');
  const says = (word: string): boolean => ME.has(word) || REGISTERING.has(word);
  let start = 0;
  while (start < words.length && selfWord(words, start)) start += 1;
  const lead = words.slice(0, start).map(bare);
  if (!lead.some(says)) return null;
  if (start === words.length) return { name: null, phone };
  // A name after "me": only when "me" came first ("saya sendiri, Bayu"), or "me myself" after the
  // role ("ketua saya sendiri, Bu Siti": the ketua is me; "ketua saya Bu Siti" is my ketua, Bu
  // Siti), not "ketuanya Bu Siti, saya sekretarisnya".
  if (!ME.has(lead[0]!) && !(lead[0] === 'nama' && ME.has(lead[1] ?? '')) && !meMyself(lead)) return null;
  const rest = words.slice(start).join(' ').replace(/^[\s:,;.-]+/u, '');
  // "saya sekretarisnya, ketuanya Bu Siti": someone else chairs it.
  if (/\bketua(?:nya)?\b/iu.test(rest)) return null;
  // "saya sendiri, nomornya nanti": me, and the number later (asked next), no name. So are "saya
  // sendiri belum tau", "sy sendiri lupa": not knowing is no name (it became "Belum Tau", and once
  // saved the person's own name).
  if (saysPhoneLater(rest)) return { name: null, phone };
  const named = readKetua({ type: 'text', text: phone ? `${rest} ${phone}` : rest });
  // The person's own name, as a ketua's is kept: "saya sendiri, bu Siti Aminah" is Siti Aminah
  // (ketuaNameKept in readKetua), "saya sendiri, pak Dukuh" keeps its role.
  return named.ok ? { name: named.value.name, phone: named.value.phone ?? phone } : null;
}

/** "Siapa nama Anda?", with the chat profile's name offered as a button when it reads as one. */
export function ownNamePrompt(person: PersonView): OutboundMessage {
  const profile = profileNameOf(person);
  if (profile === null) return say(t('groups:register.askOwnName'));
  return say(t('groups:register.askOwnNameProfile', { profile: verbatim(profile) }), [
    { id: PROFILE_NAME_BUTTON, label: t('groups:register.useProfileName', { name: verbatim(profile) }) },
  ]);
}
