/**
 * What a request to register says besides the kind of group: its name and its desa, as
 * people type them in one go ("mau daftarin posyandu mawar di desa panggungharjo",
 * "daftar kelompok arisan namanya Arisan Melati, kelurahan sinduadi"). The registration then
 * starts with them instead of asking again what was already said. Only what is clearly
 * marked is taken: a desa after "desa"/"kelurahan" (or after "di" where nothing else is said
 * of the place: the village search confirms it), a name after "namanya" or a kind followed
 * by its own words ("posyandu mawar"); anything else is asked as before.
 */
import type { AreaUnit } from '../model/groups.js';
import { parseAreaUnit } from '../parse/area-unit.js';
import { ADDRESS_WORDS, I_WORDS, TONE_PARTICLES, WANT_WORDS, WE_WORDS } from '../parse/lexicon.js';
import { nameAsTyped } from '../parse/group-name.js';
import { parseNameAndPhone } from '../parse/name-phone.js';
import { parseCount } from '../parse/numbers.js';
import { parsePeopleCount } from '../parse/people-count.js';
import { MEMBER_COUNT } from '../groups/group-schema.js';
import { readSelfKetua } from '../groups/self-ketua.js';
import { otherKindIn } from '../groups/other-kinds.js';
import { REGISTER_VERB, REGISTER_VERB_WORDS } from './register-verbs.js';

/** What a registration request states; any part may be absent. */
export interface RegisterDetails {
  readonly name?: string;
  /** A kind of group outside the list that the request names ("saya takmir masjid mau daftar"): registered as Lainnya of it. */
  readonly typeOther?: string;
  /** What to search the desa by, as typed ("panggungharjo sewon"). */
  readonly place?: string;
  /** The RT/RW said ("rt 4", "rw 3", "rt 5 rw 2"). */
  readonly unit?: AreaUnit;
  /** The members counted ("anggota 25 org", "anggotanya 40 orang"). */
  readonly members?: number;
  /** The ketua named after "ketua"/"ketuanya", with their phone when given with it. */
  readonly ketua?: { readonly name: string; readonly phone: string | null };
  /**
   * "ketuanya saya sendiri": the person chairs the group themself, their name asked. With their
   * name typed after it ("ketuanya saya sendiri darto 0813…") that is `ketua` instead.
   */
  readonly ketuaIsMe?: true;
  /** With {@link ketuaIsMe}: the person's phone typed with it ("ketuanya saya sendiri, 0813…"). */
  readonly ownPhone?: string;
}

/** "rt 5 rw 2", "rw 3", "rt.04/rw.01": the RT/RW said in the request. */
const UNIT = /\b(?:rt|rw)\.?\s*\d{1,3}(?:\s*[/,]?\s*(?:rt|rw)\.?\s*\d{1,3})?\b/iu;
/** "anggota 25 org", "anggotanya ada 40 orang", "jumlah anggota dua belas kader": the words after the label are the count. */
const MEMBERS_LABEL = /\b(?:jumlah\s+)?anggota(?:nya)?\b\s*:?\s*/giu;
/** Where the count after "anggota" ends: punctuation or the next part of the sentence. */
const MEMBERS_END = /[,;!?]|\.(?!\d)|(?:^|\s)(?:ketua|ketuanya|desa|kelurahan|di|rt|rw|namanya|nama)\b/iu;
/** The most words a count after "anggota" is read from ("sekitar dua puluh lima orang ibu"). */
const MEMBERS_WORDS = 6;
/** "25 anggota", "25 org anggota": a count in digits before the word, not the end of a longer number. */
const MEMBERS_BEFORE = /(?<![\d+][\s.\-/()]?)\b(\d{1,5})\s*(?:anggota|org\s+anggota|orang\s+anggota)\b/iu;
/**
 * A phone number, or any run of digit groups as long as one ("0812 3456 7890", "0812-2233-4455",
 * "+62 812…"): its last group is no count ("… 7890 anggota" was read as 7890 members).
 */
const PHONE_LIKE = /\+?\d(?:[\s.\-/()]*\d){7,}/gu;
/** "ketuanya bu sri 0812…", "ketua: Pak Budi 0857…": up to the next part of the sentence. */
const KETUA = /\bketua(?:nya)?\s*(?:adalah\s+|:\s*)?(\p{L}[^,;]*?)(?=\s*(?:[,;]|$|\b(?:anggota(?:nya)?|jumlah|desa|kelurahan|rt|rw)\b))/giu;
/** "ketuanya saya sendiri", "ketua aku": the person, whose name the registration asks itself. */
const SELF = new RegExp(String.raw`^(?:${[...I_WORDS].join('|')}|i|me)\b`, 'iu');
/** "saya sendiri darto": "me myself", then a name (not "ketua saya bu sri": my ketua, Bu Sri). */
const MYSELF = new RegExp(String.raw`^(?:${[...I_WORDS].join('|')})\s+(?:sendiri|piyambak|dhewe|dewe|pribadi)\b`, 'iu');

/** "Want" as a regular-expression alternation ("mau|ingin|pengen|…"). */
const WANT = [...WANT_WORDS].join('|');
/** Where a desa's name ends: punctuation, RT/RW, the kecamatan, or the next part of the sentence. */
// "… di desa panggungharjo mau daftar": the request after the desa is no part of it.
const PLACE_END = String.raw`(?=\s*(?:[,.;!?]|$|\b(?:rt|rw|kec|kecamatan|kab|kabupaten|dan|yg|yang|ketua|ketuanya|namanya|nama|anggota|anggotanya|jumlah|sama|dengan|dgn|with|and|led|leader|members|${WANT}|daftar)\b))`;
// "dsa" is "desa" typed short ("karang taruna dsa kami": was the name "Karang Taruna Dsa Kami").
const PLACE = new RegExp(String.raw`\b(?:di\s+)?(desa|dsa|kelurahan|kel\.?|ds\.?)\s+([\p{L}][\p{L}'\- ]{1,40}?)${PLACE_END}`, 'iu');
/** "in Sidomulyo, Bambanglipuro", "at the village of Panggungharjo": names written with capitals. */
const ENGLISH_PLACE = /\b(?:in|at)\s+(?:the\s+)?(?:village\s+of\s+|desa\s+)?(\p{Lu}[\p{L}'\-]+(?:\s*,?\s+\p{Lu}[\p{L}'\-]+){0,3})/u;
/**
 * A desa said without "desa" ("posyandu mawar di panggungharjo", "… in panggungharjo"): one
 * to three words after "di" or "in", unless they start with a place that is no desa ("di rumah bu sri", "di rt 3", "di
 * balai dusun"). The registration's village search confirms it with one tap, or asks again.
 */
const PLACE_LOOSE = new RegExp(String.raw`\b(?:di|in)\s+([\p{L}][\p{L}'\-]+(?:\s+[\p{L}][\p{L}'\-]+){0,2}?)${PLACE_END}`, 'iu');
/** First words after "di" that are no desa's name. */
const NOT_A_DESA = new Set([
  'rumah', 'rmh', 'balai', 'masjid', 'mushola', 'musholla', 'gereja', 'sekolah', 'kantor', 'lapangan', 'pos', 'dusun', 'dukuh', 'padukuhan',
  'kampung', 'lingkungan', 'wilayah', 'daerah', 'sini', 'sana', 'situ', 'sekitar', 'sebelah', 'tempat', 'gedung', 'aula', 'pendopo',
  'kec', 'kecamatan', 'kab', 'kabupaten', 'kota', 'grup', 'group', 'wa', 'whatsapp', 'telegram', 'bot', 'mana',
  // "in our village", "in the morning", "in rw 3": English after "in".
  'our', 'my', 'the', 'this', 'that', 'a', 'an', 'village', 'area', 'morning', 'evening', 'afternoon',
]);
/** The longest place the registration keeps (its flow data's limit). */
const PLACE_MAX = 60;
/** The kecamatan or kabupaten said right after the desa ("desa sidomulyo kec bambanglipuro"). */
const PLACE_AREA = new RegExp(String.raw`^[\s,]*((?:kec\.?|kecamatan|kab\.?|kabupaten|kota)\s+[\p{L}][\p{L}'\- ]{1,40}?)${PLACE_END.replace('kec|kecamatan|kab|kabupaten|', '')}`, 'iu');
/** A name marked as one: "namanya Arisan Melati", "bernama PKK Glugo", "nama kelompoknya …". */
const NAMED = new RegExp(String.raw`\b(?:namanya|bernama|nama\s+kelompoknya|nama\s+kelompok|nama)\s*:?\s+(.{3,80}?)(?=\s+(?:di|desa|kelurahan|rw|rt|ketuanya|ketua)\b|[,.;!?]|$)`, 'iu');
/** The words of the request itself, before the group: "mau daftarin", "saya ingin mendaftarkan kelompok". */
const REQUEST_WORDS = new Set([
  // Javanese and Sundanese "I want" too: "aku arep ndaftarke …", "abdi hoyong ngadaftarkeun …".
  ...REGISTER_VERB_WORDS, ...WANT_WORDS, ...I_WORDS, ...WE_WORDS, ...ADDRESS_WORDS, 'tolong', 'bisa', 'dong', 'kelompok', 'group',
  'komunitas', 'baru', 'sebuah', 'satu', 'a', 'new', 'our', 'i', 'want', 'to', 'we', 'my',
]);
/** Where the group's own words end ("posyandu mawar | di desa …"). */
const NAME_END = /\s+(?:di|in|at|dari|from|desa|dsa|ds|kelurahan|kel|rw|rt|ketuanya|ketua|yg|yang|dengan|dgn|anggota|anggotanya)\b|[,.;!?]/iu;

/**
 * The name and desa in `text`, a registration request. `kinds` are the phrases that name a
 * kind of group ("posyandu", "kelompok tani"): a name led by one needs words of its own after
 * it ("Posyandu Mawar"; "posyandu" alone is only the kind). `verb` finds where the request
 * itself starts, the group being named after it or before it: a verb of registering, or
 * another's ("kami dari posyandu mawar mau ikut": joining, ./join-asked.ts).
 */
export function registerDetails(text: string, kinds: readonly string[], verb: RegExp = REGISTER_VERB): RegisterDetails {
  const clean = text.replace(/\s+/g, ' ').trim();
  const place = placeOf(clean);
  const named = NAMED.exec(clean)?.[1]?.trim();
  const said = verb.exec(clean);
  const name = named ?? kindLedNameOf(said ? clean.slice(said.index) : clean, kinds) ?? (said ? nameBeforeVerb(clean.slice(0, said.index), kinds) : undefined);
  const unitTyped = UNIT.exec(clean)?.[0];
  const unit = unitTyped === undefined ? null : parseAreaUnit(unitTyped);
  const members = membersOf(clean);
  const otherKind = otherKindIn(clean);
  // "kelompok ternak sapi" is a kind of its own; "kelompok nelayan" is on the list (read as its type).
  const typeOther = otherKind !== undefined && !kinds.some((phrase) => ` ${otherKind} `.includes(` ${phrase} `)) ? otherKind : undefined;
  const ketuaTyped = ketuaOf(clean, kinds);
  const self = typeof ketuaTyped === 'object' && ketuaTyped.name === null ? ketuaTyped : null;
  const ketua =
    ketuaTyped === undefined || self !== null ? null : typeof ketuaTyped === 'string' ? parseNameAndPhone(ketuaTyped) : { ok: true as const, value: { name: ketuaTyped.name!, phone: ketuaTyped.phone } };
  return {
    ...(name && { name: nameAsTyped(name) }),
    ...(typeOther && { typeOther }),
    ...(place && { place }),
    ...(unit?.ok && { unit: unit.value }),
    ...(members !== undefined && { members }),
    ...(ketua?.ok && ketua.value.name.length >= 2 && { ketua: { name: ketua.value.name, phone: ketua.value.phone } }),
    ...(self !== null && { ketuaIsMe: true as const, ...(self.phone !== null && { ownPhone: self.phone }) }),
  };
}

/**
 * The members counted in the request: the words after "anggota" ("anggota 20 orang", "anggota
 * dua belas kader"), else digits before it ("25 anggota"). A phone number's digits are never
 * a count: they are set aside first, and a count that cannot be read is asked as before.
 */
function membersOf(text: string): number | undefined {
  const plain = text.replace(PHONE_LIKE, ' , ');
  for (const label of plain.matchAll(MEMBERS_LABEL)) {
    const rest = plain.slice(label.index + label[0].length);
    const words = (rest.split(MEMBERS_END)[0] ?? '').trim().split(' ').filter(Boolean).slice(0, MEMBERS_WORDS);
    // The longest run of words that is a count: "20 orang" of "20 orang pak", "dua belas kader".
    for (let length = words.length; length > 0; length--) {
      const count = parsePeopleCount(words.slice(0, length).join(' '), MEMBER_COUNT);
      if (count.ok) return count.value;
    }
  }
  const before = MEMBERS_BEFORE.exec(plain)?.[1];
  const count = before === undefined ? null : parseCount(before, MEMBER_COUNT);
  return count?.ok ? count.value : undefined;
}

/**
 * The desa as the search should read it: with "desa"/"kelurahan" kept, so that a name that is
 * also a kecamatan's ("desa wonokromo") lists the desa of that name first, and with the
 * kecamatan or kabupaten said after it ("… kec bambanglipuro"), so that one desa is found.
 */
function placeOf(text: string): string | undefined {
  const found = PLACE.exec(text);
  // In English: "… in Sidomulyo, Bambanglipuro" (a name in capitals after "in"/"at").
  const english = found === null ? ENGLISH_PLACE.exec(text)?.[1]?.trim() : undefined;
  if (english !== undefined) return english.length <= PLACE_MAX ? english : english.slice(0, PLACE_MAX).trim();
  if (found === null && english === undefined) return loosePlaceOf(text);
  const name = found?.[2]?.trim();
  if (found === null || name === undefined || name.length < 3 || ownWordsOnly(name)) return undefined;
  const marker = /^(?:kel|kelurahan)/i.test(found[1]!) ? 'kelurahan' : 'desa';
  const area = PLACE_AREA.exec(text.slice(found.index + found[0].length))?.[1]?.trim();
  const withArea = [marker, name, area].filter(Boolean).join(' ');
  // The registration keeps at most 60 characters of it: the desa itself comes first.
  return withArea.length <= PLACE_MAX ? withArea : `${marker} ${name}`;
}

/**
 * "desa kami", "desa saya", "kelurahan kita": the person's own desa, not named (it was searched
 * for "desa kami"): asked as before.
 */
function ownWordsOnly(name: string): boolean {
  return name.split(' ').every((word) => WE_WORDS.has(word.toLowerCase()) || I_WORDS.has(word.toLowerCase()) || TONE_PARTICLES.has(word.toLowerCase()));
}

/** A desa after "di" alone (see {@link PLACE_LOOSE}), with the kecamatan or kabupaten said after it. */
function loosePlaceOf(text: string): string | undefined {
  const found = PLACE_LOOSE.exec(text);
  const name = found?.[1]?.trim();
  if (found === null || name === undefined || name.length < 3 || NOT_A_DESA.has(name.split(' ')[0]!.toLowerCase())) return undefined;
  const area = PLACE_AREA.exec(text.slice(found.index + found[0].length))?.[1]?.trim();
  const withArea = [name, area].filter(Boolean).join(' ');
  return withArea.length <= PLACE_MAX ? withArea : name;
}

/** The part after a comma ("…, Bayu Pratama", "…, 0813-2222-3333"), up to the next one or the next part of the sentence. */
const NEXT_PART = /^\s*,\s*([^,;]+?)(?=\s*(?:[,;]|$|\b(?:anggota(?:nya)?|jumlah|desa|kelurahan|rt|rw)\b))/iu;
/** A name of one to four words, or a phone, or both: what may follow "me" after a comma. */
const NAME_OR_PHONE = /^(?:\p{L}[\p{L}.'’]*(?:\s+\p{L}[\p{L}.'’]*){0,3})?\s*(?:\+?\d[\d\s().\-/]{6,})?$/u;
/** Words after a comma that are the request going on, no name ("…, mau daftar", "…, makasih"). */
const NOT_A_NAME = new RegExp(String.raw`^(?:${WANT}|tolong|mohon|bisa|terima|makasih|trims|thanks|ya|iya|ok|oke|dan|terus|lalu|nomor|nomer|no|hp|wa)\b`, 'iu');

/**
 * "me" with the part after a comma when that part is a name or a phone: "ketua saya sendiri mas,
 * Bayu Pratama", "ketuanya saya sendiri, 0813…" (the name, or the phone, was cut at the comma).
 */
function withNextPart(said: string, after: string): string {
  const next = NEXT_PART.exec(after)?.[1]?.trim();
  if (next === undefined || next === '' || !NAME_OR_PHONE.test(next) || NOT_A_NAME.test(next)) return said;
  return `${said}, ${next}`;
}

/**
 * The person themself: with the name they typed after "me" ("ketuanya saya sendiri darto 0813…"),
 * or without (null: "ketuanya saya sendiri", the registration takes their own name), and their phone.
 */
interface NamedSelf {
  readonly name: string | null;
  readonly phone: string | null;
}

/**
 * The ketua's name as said after "ketua"/"ketuanya", or the person themself, said with nothing
 * else or a phone only ("ketuanya saya sendiri", "ketua aku", "… saya sendiri, 0813…"): the registration then
 * takes the person's own name; or the person with the name they typed after it ("ketuanya saya
 * sendiri darto 0813…": the ketua was lost and asked again). Not a role ("saya ketua karang taruna": a kind of group follows),
 * nor "saya" before another name ("ketua saya pak budi"), which is asked as before.
 */
function ketuaOf(text: string, kinds: readonly string[]): string | NamedSelf | undefined {
  for (const found of text.matchAll(KETUA)) {
    const said = found[1]?.trim();
    if (said === undefined) continue;
    if (SELF.test(said)) {
      // "ketua saya sendiri mas, Bayu Pratama": the name after the comma (was cut off there).
      const wide = readSelfKetua(withNextPart(said, text.slice(found.index + found[0].length)));
      if (wide?.name != null && MYSELF.test(said)) return { name: wide.name, phone: wide.phone };
      // "ketuanya saya sendiri, 0813…": the person, with their phone (was lost at the comma).
      if (wide !== null && wide.name === null) return { name: null, phone: wide.phone };
      const self = readSelfKetua(said);
      if (self !== null && self.name === null) return { name: null, phone: self.phone };
      if (self?.name != null && MYSELF.test(said)) return { name: self.name, phone: self.phone };
      continue;
    }
    const lower = said.toLowerCase();
    if (kinds.some((phrase) => lower === phrase || lower.startsWith(`${phrase} `))) continue;
    return said;
  }
  return undefined;
}

/**
 * The kind-led name of the request ({@link kindLedName}), from its first part, or from the
 * next one when the first only asks ("daftar kelompok lagi dong, karang taruna tunas muda desa
 * …": the group is named after the comma).
 */
function kindLedNameOf(text: string, kinds: readonly string[]): string | undefined {
  const [first = '', next] = text.split(/[,.;!?]/).map((part) => part.trim());
  const name = kindLedName(first, kinds);
  if (name !== undefined || next === undefined || next === '') return name;
  const onlyAsks = first.split(' ').every((word) => REQUEST_WORDS.has(word.toLowerCase()) || FILLER.has(word.toLowerCase()));
  return onlyAsks ? kindLedName(next, kinds) : undefined;
}

/**
 * The group named before the verb, when nothing after it names one: "kami dari kelompok tani
 * ngudi makmur mau daftar" → "kelompok tani ngudi makmur". Read from the last kind named there,
 * with the words asking ("mau", "ingin") dropped from its end.
 */
function nameBeforeVerb(before: string, kinds: readonly string[]): string | undefined {
  const words = before.trim().split(' ');
  while (words.length > 0 && REQUEST_WORDS.has(words.at(-1)!.toLowerCase()) && !kinds.includes(words.at(-1)!.toLowerCase())) words.pop();
  const lower = words.map((word) => word.toLowerCase());
  // The last kind named, whole: "kelompok tani …", not its "tani"; "karang taruna …", not "taruna".
  let last = -1;
  for (let at = 0; at < lower.length; at++) {
    const rest = lower.slice(at).join(' ');
    const kind = kinds.filter((phrase) => rest === phrase || rest.startsWith(`${phrase} `)).sort((a, b) => b.length - a.length)[0];
    if (kind === undefined) continue;
    last = at;
    at += kind.split(' ').length - 1;
  }
  return last < 0 ? undefined : kindLedName(words.slice(last).join(' '), kinds);
}

/** "mau daftarin posyandu mawar di …" → "posyandu mawar": the kind and its own words. */
function kindLedName(text: string, kinds: readonly string[]): string | undefined {
  const head = text.split(NAME_END)[0] ?? '';
  const words = head.split(' ');
  const kindAt = (at: number): number => {
    const rest = words.slice(at).join(' ').toLowerCase();
    const kind = kinds.filter((phrase) => rest === phrase || rest.startsWith(`${phrase} `)).sort((a, b) => b.length - a.length)[0];
    return kind === undefined ? 0 : kind.split(' ').length;
  };
  let start = 0;
  // "kelompok tani …" is a kind; "kelompok posyandu …" is the request's "kelompok".
  while (start < words.length && REQUEST_WORDS.has(words[start]!.toLowerCase()) && kindAt(start) === 0) start++;
  const kindLength = kindAt(start);
  // "pengajian ibu2 nih", "posyandu mawar ya kak": the chat's particles at the end are no part of the name.
  let end = words.length;
  while (end > start + kindLength && trailingParticle(words, end - 1)) end--;
  // "kwt melati kampung sy", "posyandu mawar dusun kami": where the person lives, no part of the name.
  while (end > start + kindLength && OWN_WORDS.has(words[end - 1]!.toLowerCase())) {
    end--;
    if (end > start + kindLength + 1 && OWN_PLACE.has(words[end - 1]!.toLowerCase())) end--;
  }
  const own = words.slice(start + kindLength, end);
  if (kindLength === 0 || own.length === 0 || own.length > 6) return undefined;
  // The kind's own words only: "posyandu" + "mawar", not "posyandu" + "aja".
  if (own.every((word) => FILLER.has(word.toLowerCase()))) return undefined;
  return words.slice(start, end).join(' ');
}

/** "My", "our" at the end of a name: the person's own place or group ("… kampung sy"), never the name's. */
const OWN_WORDS: ReadonlySet<string> = new Set([...I_WORDS, ...WE_WORDS]);
/** Places said before "my"/"our" at the end of a name ("kampung sy", "dusun kami"). */
const OWN_PLACE: ReadonlySet<string> = new Set(['kampung', 'kampong', 'dusun', 'dsn', 'dukuh', 'padukuhan', 'lingkungan', 'desa', 'dsa', 'kelurahan', 'wilayah', 'daerah']);

/** Tone particles and forms of address that end a chat sentence ("… nih", "… ya kak", "… dong min"). */
const PARTICLES_AFTER = new Set(['nih', 'dong', 'donk', 'ya', 'yah', 'yaa', 'deh', 'sih', 'min', 'mimin', 'admin', 'kak', 'gan', 'lho', 'loh', 'please', 'pls']);
/** "Just" at the end ("posyandu mawar aja"), unless it follows a question word: "Arisan Apa Saja" is a name. */
const JUST = new Set(['aja', 'saja', 'doang']);

/** Whether `words[at]` is a particle ending the sentence, no part of the name before it. */
function trailingParticle(words: readonly string[], at: number): boolean {
  const word = words[at]!.toLowerCase();
  if (PARTICLES_AFTER.has(word)) return true;
  return JUST.has(word) && !['apa', 'siapa', 'mana'].includes(words[at - 1]?.toLowerCase() ?? '');
}

const FILLER = new Set([...TONE_PARTICLES, ...I_WORDS, ...WE_WORDS, ...ADDRESS_WORDS, 'aja', 'saja', 'ini', 'itu', 'baru', 'lagi', 'juga']);

