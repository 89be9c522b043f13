/**
 * A person's name, and their phone when it is typed with it, as people answer "who is it?":
 * "Siti Aminah 0812-2745-6789", "Nama: Sri Wahyuni, HP: 0812…", "0812… Pak Budi", "Tono
 * Sugiarto". Read for a group's ketua (domain/groups) and for an officer's own name
 * (domain/officers); here so that neither feature imports the other. Tidying and length
 * limits stay with the flows, as for any free text.
 */
import { ADDRESS_WORDS, BUT_WORDS, TONE_PARTICLES, VILLAGE_ROLES, alternation } from './lexicon.js';
import { withoutNameIntro } from './name-intro.js';
import { saysPhoneLater } from './phone-later.js';
import { parseIndonesianPhone, type PhoneError } from './phone.js';
import { fail, ok, type ParseResult } from './result.js';
import { yesOrNo } from './yes-no.js';

/**
 * A name as typed (labels around it removed), and the phone in E.164 when one was typed with
 * it. `phoneLater` when, instead of the number, a remark about it came after the name ("mas
 * Bagus, nomornya nanti sy tanya dulu"): the flow may say at once why the number is needed.
 */
export interface NameAndPhone {
  readonly name: string;
  readonly phone: string | null;
  readonly phoneLater?: true;
}

/** `needs_name`: only a number, or only labels ("hp 0812…"); otherwise why the number is no phone. */
export type NameAndPhoneError = 'needs_name' | PhoneError;

/**
 * "Siti Aminah 0812-2745-6789" gives both; "Siti Aminah" only the name. A number that is
 * not a valid phone is reported rather than kept in the name.
 */
export function parseNameAndPhone(typed: string): ParseResult<NameAndPhone, NameAndPhoneError> {
  // "saya bernama Budi", "perkenalkan, saya Budi", "Wulan here": only the name (was "bernama Budi").
  const read = readNameAndPhone(withoutNameIntro(typed));
  // "nggih gabung", "iya", "halo min": a yes, a choice or a greeting typed where a name is asked, never one.
  return read.ok && isNoName(read.value.name) ? fail('needs_name') : read;
}

function readNameAndPhone(typed: string): ParseResult<NameAndPhone, NameAndPhoneError> {
  const remark = phoneRemark(typed.trim());
  if (remark) {
    const name = nameWithoutLabels(remark);
    return /\p{L}/u.test(name) ? ok({ name, phone: null, phoneLater: true }) : fail('needs_name');
  }
  const text = leadingPhoneLast(withoutRemarkAfterPhone(typed.trim()));
  const match = TRAILING_PHONE.exec(text);
  if (match && match[1]!.trim().length >= 2) {
    // A name may end in digits ("Ketua RT 07 0812…"): the longest trailing part that is a
    // valid phone wins, so "07" stays in the name.
    const split = trailingPhone(text) ?? { name: match[1]!, phone: parseIndonesianPhone(match[2]!) };
    if (!split.phone.ok) return fail(split.phone.error);
    const name = nameWithoutLabels(split.name);
    // "hp 0812…": a number with no name.
    return name === '' ? fail('needs_name') : ok({ name, phone: split.phone.value });
  }
  // "Pak Joko 0812": a mobile number begun and cut short is reported, not kept as part of the name.
  if (SHORT_MOBILE.test(text)) return fail('not_a_phone');
  const name = nameWithoutLabels(text) || text;
  // A name needs letters: "0812…" alone is a phone typed too early, not a name.
  return /\p{L}/u.test(name) ? ok({ name, phone: null }) : fail('needs_name');
}

/**
 * Where a remark about the number begins, after the name and a comma ("mas bagus, nomornya nanti
 * sy tanya dulu ya", "Bu Sri, no hp blm tau"), or at a word that only ever labels a number
 * ("Pak Budi hpnya menyusul"). No digits after it: a number there is read as the phone.
 */
const PHONE_REMARK = /^(.*?\p{L}.*?)(?:,\s*(?=(?:nomor|nomer|nmr|no|hp|wa|telp|telpon|tlp|kontak|number|phone|contact)(?:nya)?\b)|\s+(?=(?:nomornya|nomernya|hpnya|wanya|nohp|telpnya|kontaknya)\b))(\D+)$/iu;

/**
 * The name before a remark that the number comes later ({@link PHONE_REMARK}, {@link
 * saysPhoneLater}), or null. Only such a remark: "Sri, Wa Ode…" or "Pak Budi, wa" are read as before.
 */
function phoneRemark(text: string): string | null {
  const match = PHONE_REMARK.exec(text);
  return match && saysPhoneLater(match[2]!) ? match[1]! : null;
}

/**
 * Words that are no name when a name is asked: a yes, the join choice, greetings, thanks
 * ("nggih gabung", "iya mas", "halo min", "makasih"). Not "salam" nor "selamat" (people are
 * called Abdul Salam, Pak Selamat): "selamat pagi" is read as a phrase ({@link GREETING}).
 */
const NOT_A_NAME = new Set([
  'gabung', 'join', 'ikut', 'wakil', 'mau', 'ingin', 'pengen', 'jadi', 'menjadi', 'sebagai', 'oke', 'ok', 'okay', 'baik', 'siap', 'sip', 'setuju',
  'halo', 'hallo', 'hai', 'hi', 'hello', 'hey', 'assalamualaikum', 'assalamu', 'alaikum', 'aslm', 'asw', 'permisi', 'punten', 'sampurasun', 'nuwun',
  'sewu', 'makasih', 'terimakasih', 'terima', 'kasih', 'thanks', 'thank', 'you', 'dong', 'deh', 'aja', 'saja', 'nih', 'lah', 'kok', 'admin',
]);
/** "selamat pagi", "sugeng enjing", "good morning": a greeting, with the word for the time of day. */
const GREETING = /\b(?:selamat|slamat|slmt|met|sugeng|wilujeng|good)\s+(?:pagi|siang|sore|malam|enjing|enjang|siyang|sonten|dalu|wengi|morning|afternoon|evening)\b/giu;

/** Whether a name read is no name at all ({@link NOT_A_NAME}), alone or with forms of address ("iya pak"). */
function isNoName(name: string): boolean {
  const words = name.replace(GREETING, 'halo').toLowerCase().split(/\s+/).map((word) => word.replace(/[^\p{L}\p{N}]+/gu, '')).filter((word) => word !== '');
  const noName = (word: string): boolean => NOT_A_NAME.has(word) || yesOrNo(word) === 'yes';
  return words.some(noName) && words.every((word) => noName(word) || ADDRESS_WORDS.has(word));
}

/** A phone number at the end of a line: "Siti Aminah 0812-2745-6789", "Pak Budi, +62 812…". */
const TRAILING_PHONE = /^(.*?)[\s,;:/-]*((?:\+|\b)[\d][\d\s().\-/]{6,})$/;
/**
 * A name, then the start of an Indonesian mobile number too short to be one ("Pak Joko 0812",
 * "Tono +62 812"): no name ends in "08…" and two digits more. An RT's or a year's number ("Ketua RT 07",
 * "Pak RT 08") is not so.
 */
const SHORT_MOBILE = /\p{L}.*?[\s,;:/-](?:\+?62[\s-]?8|08)\d{2}[\d\s.\-]*$/u;

/** Words that label what follows them, typed around a name: "Nama: …", "ketuanya …", "saya sendiri, …", "…, hp nya 0812…". */
/** "skrg yg jd ketua", "sekarang yang menjadi ketuanya": words before a new ketua's name. */
const WHO_IS_KETUA = /^(?:(?:skrg|sekarang|now)\s+)?(?:(?:yg|yang)\s+)?(?:jd|jadi|menjadi)\s+ketua(?:nya)?\s+(?=\S)/iu;

const LEADING_LABELS = new Set(['nama', 'namanya', 'namane', 'ketuanya', 'ketuane', 'name', 'saya', 'aku', 'sy', 'sendiri', 'adalah', 'ialah', 'yaitu', 'yakni']);
/** "a.n.", "a/n", "an." (atas nama, "in the name of"): written before a name, never part of it. */
const ATAS_NAMA = /^(?:a\.n\.?|a\/n|an\.)$/i;
const TRAILING_LABELS = new Set([
  'nomornya', 'nomernya', 'hp', 'hpnya', 'nohp', 'hape', 'handphone', 'wanya', 'whatsapp', 'telp', 'telpon', 'telepon', 'tlp', 'kontak',
  'kontaknya', 'contact', 'phone', 'number', 'nya',
]);
/**
 * Labels that are also short names ("Pak No", "Mbah Wa"): dropped only when marked as a
 * label, "No.", "WA:", after a comma ("…, wa"), or before another label ("no hp").
 */
const SHORT_LABELS = new Set(['no', 'nomor', 'nomer', 'nmr', 'wa', 'cp']);

/**
 * Every word that labels a phone number ("no hp", "nomornya", "wa", "telp"): a number typed with a
 * name at the ketua's phone question ("no hp bu sri 0812…", groups/ketua-at-phone.ts), or after
 * the ketua named early ("mas Andi, telp 0856…", groups/ketua-typed-early.ts).
 */
export const PHONE_LABELS: ReadonlySet<string> = new Set([...SHORT_LABELS, ...TRAILING_LABELS]);

/**
 * Roles in a group or a neighbourhood, typed after a name ("Bu Ani, kader posyandu", "Pak Budi
 * ketua RT 03", "Bu Sri (bendahara)"): what the person does, not what they are called.
 */
const ROLE_WORDS = new Set([
  'kader', 'ketua', 'waketu', 'wakil', 'sekretaris', 'sekertaris', 'sekre', 'bendahara', 'bendahari', 'pengurus', 'anggota',
  'koordinator', 'korlap', 'pembina', 'penasehat', 'penasihat', 'humas', 'seksi',
]);
/** Words that bring in a role after a name: "Bu Ani selaku ketua", "Pak Budi sebagai pengurus". */
const ROLE_MARKERS = new Set(['selaku', 'sebagai', 'sbg', 'jabatan', 'jabatannya']);
/**
 * The everyday forms of address typed before a person's name ("bu Siti", "Pak Bayu"), never
 * part of how the name is written: dropped from a name a person gives as their own
 * (parse/without-honorific.ts).
 */
export const FORMS_OF_ADDRESS: ReadonlySet<string> = new Set(['bu', 'ibu', 'ibuk', 'buk', 'pak', 'bapak', 'bpk', 'mas', 'mbak', 'mba', 'kak']);

/**
 * Forms of address and titles written before a name, one list: alone they are no name, so a role
 * right after them is kept ("Bu Ketua", "Ibu Kader Sari" stay as typed); a new ketua said with
 * one is a person (groups/change-said.ts), and so is a value corrected with one ("bukan ustadz
 * Ali tapi ustadz Budi", groups/value-corrected.ts). Kin, regional and English ones too ("kakak",
 * "teteh", "Mr"): each reader had its own copy, and "ustadz" was known to one and not the other.
 */
export const TITLES: ReadonlySet<string> = new Set([
  ...FORMS_OF_ADDRESS, 'kang', 'teh', 'teteh', 'neng', 'bang', 'abang', 'kakak', 'dik', 'adik', 'mbah', 'mbok', 'om', 'tante', 'cak',
  'ning', 'bli', 'uda', 'uni', 'daeng', 'ustadz', 'ustaz', 'ustad', 'ustadzah', 'ustazah', 'ust', 'hj', 'haji', 'hajah', 'hajjah', 'dr', 'drs', 'ir',
  'sdr', 'sdri', 'saudara', 'saudari', 'ny', 'nyonya', 'tn', 'tuan', 'nona', 'mr', 'mrs', 'ms', 'miss',
]);

/** Particles typed after a name that no name ends with: the lexicon's tone particles, "aja"/"saja"/"doang" ("just"), "deh", "lah", "kok". */
const NAME_END_PARTICLES: ReadonlySet<string> = new Set([...TONE_PARTICLES, 'aja', 'saja', 'doang', 'deh', 'lah', 'kok']);

/** Whether a bare word is a role ("kader", "sekretarisnya"). */
function isRole(word: string): boolean {
  return ROLE_WORDS.has(word) || (word.endsWith('nya') && ROLE_WORDS.has(word.slice(0, -3)));
}

/**
 * Where a role typed after the name begins ("Bu Ani, kader posyandu" → at "kader"): the first
 * role word, or a word that brings one in, after a word of the name itself (not a title alone:
 * "Ketua RT 07" and "Bu Ketua" are names as typed); `end` when there is none.
 */
function roleStart(bare: readonly string[], start: number, end: number): number {
  let named = false;
  for (let index = start; index < end; index += 1) {
    const word = bare[index]!;
    if (named && (isRole(word) || ROLE_MARKERS.has(word))) return index;
    if (word !== '' && !TITLES.has(word)) named = true;
  }
  return end;
}

/**
 * A name without the labels people type around it: "Nama: Sri Wahyuni, HP" →
 * "Sri Wahyuni", "bu Sri Wahyuni, hp nya" → "bu Sri Wahyuni", "ketuanya pak Budi, nomornya"
 * → "pak Budi", "saya bu Ani, kader posyandu" → "bu Ani". '' when nothing but a label is there ("hp").
 */
function nameWithoutLabels(raw: string): string {
  // "skrg yg jd ketua pak Harjo", "yang jadi ketuanya Bu Sri": who is ketua now, said before the name;
  // "bu RT, namanya bu Wartini": the name said after what the person is.
  const words = afterNamedInside(raw.trim()).replace(WHO_IS_KETUA, '').split(/\s+/);
  // Each word as compared with the labels: lower case, without its punctuation.
  const bare = words.map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''));
  const isLabel = (word: string): boolean => word === '' || TRAILING_LABELS.has(word) || SHORT_LABELS.has(word) || LEADING_LABELS.has(word);
  if (bare.every(isLabel)) return '';
  let start = 0;
  let end = words.length;
  // "Nama: …", "ketuanya …", "saya sendiri mas, …"; "Ketua: Pak Budi" (a name "Ketua RT 07" keeps its word: only with a colon).
  // "a.n. Bu Euis", "atas nama Bu Euis", "ketua nya Bu Euis".
  const leading = (index: number): boolean =>
    LEADING_LABELS.has(bare[index]!) ||
    /^ketua:$/i.test(words[index]!) ||
    ATAS_NAMA.test(words[index]!) ||
    (bare[index] === 'atas' && bare[index + 1] === 'nama') ||
    (bare[index] === 'ketua' && bare[index + 1] === 'nya') ||
    (bare[index] === 'nya' && bare[index - 1] === 'ketua') ||
    // A form of address to the bot before the name and a comma ("saya sendiri mas, Bayu"): not the ketua's title.
    (index > 0 && ADDRESS_WORDS.has(bare[index]!) && /,$/.test(words[index]!));
  while (start < end - 1 && leading(start)) start += 1;
  let labelled = false;
  while (end > start + 1) {
    const marked = labelled || /[.:]$/.test(words[end - 1]!) || /,$/.test(words[end - 2]!);
    if (!TRAILING_LABELS.has(bare[end - 1]!) && !(SHORT_LABELS.has(bare[end - 1]!) && marked)) break;
    labelled = true;
    end -= 1;
  }
  // "Bu Ani, kader posyandu": the role after the name is not part of it.
  end = roleStart(bare, start, end);
  // "bu Tini aja deh", "Pak Budi ya": chat particles end the answer, not the name (kept, "Tini Aja Deh"
  // was asked for a phone), so long as a word of the name itself stays ("Pak Sih" is as typed).
  while (end > start + 1 && NAME_END_PARTICLES.has(bare[end - 1]!) && bare.slice(start, end - 1).some((word) => word !== '' && !TITLES.has(word))) end -= 1;
  const name = words.slice(start, end).join(' ').replace(/^[\s:,;-]+|[\s,;:/(.\-–]+$/gu, '');
  return name === '' ? raw.trim() : name;
}

/**
 * A remark after the phone, brought in by "tapi" (the lexicon's "but"), "cuma", "kalau"… ("… 0878-1234-9876 tapi jarang
 * aktif wa nya"): no part of the answer. Only a remark without digits, after a valid phone.
 */
const REMARK_AFTER_PHONE = new RegExp(
  String.raw`^(.*?(?:\+|\b)\d[\d\s().\-/]{6,}?)[\s,;.]+(?:${alternation(BUT_WORDS, ['cuma', 'cuman', 'hanya', 'kalau', 'kalo', 'klo', 'soalnya', 'krn', 'karena'])})\b\D*$`,
  'iu',
);

function withoutRemarkAfterPhone(text: string): string {
  const match = REMARK_AFTER_PHONE.exec(text);
  if (!match) return text;
  const phone = /(?:\+|\b)\d[\d\s().\-/]{6,}$/.exec(match[1]!);
  return phone && parseIndonesianPhone(phone[0]).ok ? match[1]! : text;
}

/** "…, namanya X" after words that describe the person ("ketuanya bu RT, namanya bu Wartini"): X. */
const NAMED_INSIDE = /^\S.*?[,;]\s*(?:namanya|namane|jenenge)\s*:?\s+(?=\p{L})/iu;

/** Words a role said before a name may run on with ("ketua RT 03", "kader posyandu", "kepala desa"): at most this many after its role word. */
const ROLE_RUNS_ON = 3;

/**
 * "bu lurah, bu Endang Sulastri", "pak RT 03, Pak Darto", "kader posyandu, bu Ani", "bu kades, bu
 * Sri": what the person is (a role of the village or a group, addressed so or not), then a comma
 * and the name, which is the ketua's. The part before the comma begins, after any form of
 * address, with a role word; after the comma a word of a name follows (not only a label: "pak
 * RT, hp 0812…" keeps "pak RT"). Without the comma "Bu RT" is the name as typed.
 */
function afterRoleFirst(text: string): string {
  const comma = /[,;]/u.exec(text);
  if (comma === null) return text;
  const before = text.slice(0, comma.index).toLowerCase().split(/\s+/u).map((word) => word.replace(/[^\p{L}\p{N}]+/gu, '')).filter((word) => word !== '');
  const first = before.findIndex((word) => !TITLES.has(word));
  if (first < 0 || !(VILLAGE_ROLES.has(before[first]!) || isRole(before[first]!)) || before.length - first - 1 > ROLE_RUNS_ON) return text;
  const after = text.slice(comma.index + 1).trim();
  const words = after.split(/\s+/u).map((word) => word.toLowerCase().replace(/[^\p{L}]+/gu, ''));
  // The name after the comma is addressed ("bu Endang", "Pak Darto"): a degree or a place after
  // a name's comma ("Bidan Sari, A.Md.Keb", "Kader Ani, Posyandu Mawar") is no one's name.
  if (!TITLES.has(words[0] ?? '')) return text;
  const named = words.some((bare) => bare !== '' && !TITLES.has(bare) && !PHONE_LABELS.has(bare) && !LEADING_LABELS.has(bare));
  return named ? after : text;
}

function afterNamedInside(text: string): string {
  const match = NAMED_INSIDE.exec(text);
  return match ? text.slice(match[0].length) : afterRoleFirst(text);
}

/** "0812 3456 7890 Sri Wahyuni" → "Sri Wahyuni 0812 3456 7890": the phone first is read as after the name. */
function leadingPhoneLast(text: string): string {
  const match = /^(\+?\d[\d\s().\-/]{6,}?)[\s,;:/-]+(\p{L}.*)$/u.exec(text.trim());
  if (!match || !parseIndonesianPhone(match[1]!).ok) return text;
  return `${match[2]!} ${match[1]!}`;
}

/** The longest valid phone at the end of `text`, with the name before it; null when none is valid. */
function trailingPhone(text: string): { name: string; phone: ReturnType<typeof parseIndonesianPhone> } | null {
  for (const start of text.matchAll(/(?:\+|\b)\d/g)) {
    const name = text.slice(0, start.index).replace(/[\s,;:/-]+$/, '');
    const rest = text.slice(start.index);
    if (name.trim().length < 2 || !/^\+?\d[\d\s().\-/]{6,}$/.test(rest)) continue;
    const phone = parseIndonesianPhone(rest);
    if (phone.ok) return { name, phone };
  }
  return null;
}
