/**
 * A change to one's own group said in words: which field a phrase names ("ganti ketua",
 * "ubah nomor hp"), a field named with its new value ("ganti ketua jadi Bu Aminah", "anggota
 * kami sekarang jadi 35"), and the group's end ("kelompok kami sudah bubar"). Kelompok saya
 * reads them at a group's screen; the main menu reads them to open Kelompok saya with the
 * change (see ../home/entry-of-words.ts). Kept apart from the flow so the menu can ask
 * without importing the flow.
 */
import { GROUP_TYPE_WORDS, choicesNamed, matchChoice, type ChoiceOption } from '../parse/choice.js';
import { words } from '../parse/text.js';
import { parseAreaUnit } from '../parse/area-unit.js';
import { ADDRESS_WORDS, BUT_WORDS, WE_WORDS, alternation } from '../parse/lexicon.js';
import { TITLES } from '../parse/name-phone.js';
import { BECOMES, CHANGE_REQUEST_BEFORE, REGIONAL_CHANGE_VERBS } from './change-verbs.js';
import { plainChangeWords } from './change-chat-words.js';

/** The fields a leader can change, in the order the edit buttons list them. */
export const EDIT_FIELDS = ['type', 'name', 'village', 'unit', 'members', 'founded', 'schedule', 'ketuaName', 'ketuaPhone'] as const;

/** A field named in words, as people ask for a change: "ganti ketua", "ubah nomor hp", "edit jadwal pertemuan". */
export const FIELD_WORDS: ReadonlyArray<ChoiceOption<(typeof EDIT_FIELDS)[number]>> = [
  { id: 'type', words: ['jenis', 'jenis kelompok', 'type'] },
  // Javanese "jeneng" ("jenenge kleru"), krama and Sundanese "nami", Sundanese "ngaran".
  { id: 'name', words: ['nama', 'nama kelompok', 'name', 'jeneng', 'nami', 'ngaran'] },
  { id: 'village', words: ['desa', 'kelurahan', 'alamat', 'village'] },
  // The labels of the summary's ✏️ Ubah list too ("RW/RT/dusun", "Nomor HP ketua", "Year founded").
  { id: 'unit', words: ['rt', 'rw', 'rt rw', 'rt/rw', 'rw/rt/dusun', 'dusun', 'wilayah'] },
  // A posyandu's members are its kader ("kader nya cuma 8", as officers say it); Javanese "cacah" is a count.
  { id: 'members', words: ['anggota', 'jumlah anggota', 'members', 'kader', 'jumlah kader', 'cacah anggota', 'member count', 'number of members'] },
  { id: 'founded', words: ['tahun', 'tahun berdiri', 'berdiri', 'founded', 'year founded'] },
  { id: 'schedule', words: ['jadwal', 'pertemuan', 'jadwal pertemuan', 'schedule', 'meetings'] },
  // "leader": "change the leader" at a group's screen was refused.
  { id: 'ketuaName', words: ['ketua', 'nama ketua', 'ketuanya', 'chair', "chair's name", 'leader', "leader's name"] },
  // "nomer" as it is often typed, and the WhatsApp number ("no wa ketua").
  {
    id: 'ketuaPhone',
    words: ['hp', 'no hp', 'nomor hp', 'hp ketua', 'nomor ketua', 'nomor hp ketua', 'no hp ketua', 'nomor', 'nomer', 'nomer hp', 'nomer ketua', 'nomer hp ketua', 'no wa', 'nomor wa', 'wa ketua', 'no wa ketua', 'nomor wa ketua', 'telepon', 'wa', 'phone', "chair's phone", "leader's phone"],
  },
];

/** "ganti ketua jadi …", "ubah jumlah anggota: 35", "ketua diganti ke …", "change the chair to …": a field named with its new value. */
const FIELD_WITH_VALUE = new RegExp(
  String.raw`^${CHANGE_REQUEST_BEFORE}(?:ganti|ubah|ubh|edit|koreksi|update|perbarui|betulkan|change|set|${REGIONAL_CHANGE_VERBS})\s+(.+?)\s*(?:\s(?:${BECOMES}|ke|to)\s|[:=→])\s*(\S.*)$`,
  'iu',
);
/** "anggota kelompok kami sekarang nambah jadi 35 orang", "ketua kami sekarang jadi Bu Aminah": said as news. */
const FIELD_BECAME = new RegExp(String.raw`^(.+?)\s+(?:${BECOMES})\s+(\S.*)$`, 'iu');
/** Words around the field in such news ("… kelompok kami sekarang nambah …"), which name no field. */
const NEWS_WORDS = new Set([
  'kelompok', ...WE_WORDS, 'saya', 'kmi', 'sy', 'sekarang', 'skrg', 'skg', 'nambah', 'bertambah', 'tambah', 'berkurang', 'kurang', 'berubah',
  'naik', 'turun', 'udah', 'sudah', 'udh', 'sdh', 'dah', 'ganti', 'diganti', 'yang', 'yg', 'baru', 'min', 'kak', 'pak', 'bu', 'ya', 'nih', 'ini',
  // Javanese: "anggotane saiki dadi selawe", "ketuane sampun ganti".
  'saiki', 'siki', 'sakniki', 'sak', 'niki', 'wis', 'wes', 'sampun', 'kula', 'kulo', 'awake', 'dewe', 'nggih',
  // Sundanese: "anggotana ayeuna 42 urang", "ketua parantos diganti".
  'ayeuna', 'tos', 'parantos', 'abdi', 'urang',
]);

/** A question where the new value would be ("ketua kelompok jadi siapa?", "anggotanya jadi berapa"): no value. */
const ASKED_VALUE = /^(?:siapa|sapa|sopo|saha|apa|apaan|berapa|brp|pira|gimana|bagaimana|kapan|mana|who|what|how)\b/iu;

/**
 * A new ketua said as news without "jadi": "ketua kami skrg ganti mas Rizky …", "ketuanya sekarang
 * dipegang Bu Sri", "ketua diganti oleh Pak Budi". Read only for the ketua and their phone, and
 * only with a value that is plainly a person or a number (see {@link NEW_KETUA}): "anggota kami
 * diganti 2 orang" or "ketua ganti tiap tahun" is no change.
 */
const KETUA_TAKEN_OVER =
  /^(.+?)\s+(?:ganti|diganti|digantikan|dipegang|dijabat)(?:\s+(?:oleh|olh|sama|sm|ama|ke|dengan|dgn))?(?:\s*,\s*|\s+)(?:(?:skrg|sekarang|skg)\s+)?(\S.*)$/iu;
/** A form of address or title before a person's name ("mas Rizky", "Bu Sri", "ustadz Budi", "Mr Budi"): parse/name-phone.ts's one list. */
const TITLE = String.raw`(?:${alternation(TITLES)})\.?\s+`;
const ADDRESS = String.raw`${TITLE}\p{L}`;
/** A person named as people name a new ketua: a form of address first ("mas Rizky", "Bu Sri"), or a phone with the name. */
const NEW_KETUA = new RegExp(String.raw`^${ADDRESS}|\p{L}.*(?:\+62|\b0)8[\d\s.-]{7,}$`, 'iu');
/** A person addressed first ("bu Sri 0857…"): what follows a group named between the ketua and the person. */
const ADDRESSED = new RegExp(`^${ADDRESS}`, 'iu');
/** A phone number alone ("0812 3456 7890", "+62 812…"). */
const PHONE_ALONE = /^(?:\+62|0)\s?8[\d\s.-]{7,}$/u;

/** Words around a group named with its change ("ganti nama kelompok *kami yang* tunas muda …") and chat words, which name no group. */
const NOT_GROUP_WORDS = new Set([...NEWS_WORDS, 'di', 'dari', 'untuk', 'utk', 'buat', 'punya', 'dong', 'deh', 'sih', 'aja', 'saja', 'tolong', 'mohon', 'please', 'data', 'the', 'our', 'my', 'of', 'group',
  // "the chair is now Bu Sri" (was a group named "now").
  'now', 'currently', 'actually']);
/** Every word of a field's phrases ("nama", "jumlah", "hp"…): none names a group. */
const FIELD_PHRASE_WORDS = new Set(FIELD_WORDS.flatMap((option) => option.words.flatMap((phrase) => words(phrase))));

/** A field's word typed with a slip ("anggtoa", "anggoat"): no group's word, though it is no field's word either. */
function isFieldTypo(word: string): boolean {
  return word.length >= 5 && matchChoice(word, FIELD_WORDS) !== null;
}

/**
 * The words besides the field's that name which group the change is for ("ganti nama kelompok
 * *tunas muda* jadi …", "anggota *pkk* sekarang jadi 40"), or undefined when there are none.
 */
function groupWords(fieldPart: string): string | undefined {
  const left = words(fieldPart).filter((word) => !FIELD_PHRASE_WORDS.has(word) && !NOT_GROUP_WORDS.has(word) && !isFieldTypo(word));
  return left.length > 0 ? left.join(' ') : undefined;
}

/** A change said in words: the field, its new value and, if named, which group ({@link groupWords}). */
export interface ChangeSaid {
  readonly field: (typeof EDIT_FIELDS)[number];
  readonly value: string;
  readonly group?: string;
}

/** The field and new value a change names ("ganti ketua jadi …", "anggota kami sekarang jadi 35"), or null. */
export function fieldAndValue(typed: string): ChangeSaid | null {
  // "berdiri thn 2015 min", "angota nya 23 orang": read as typed plainly (./change-chat-words.ts).
  const text = plainChangeWords(typed, FIELD_PHRASE_WORDS);
  const asked = FIELD_WITH_VALUE.exec(text);
  if (asked) {
    const field = matchChoice(withoutNya(asked[1]!), FIELD_WORDS);
    return field === null || ASKED_VALUE.test(asked[2]!) ? null : said(field, asked[2]!, withoutNya(asked[1]!));
  }
  // Said as news, a question mark makes it a question ("ketua kami jadi Bu Aminah?").
  if (text.includes('?')) return null;
  const news = FIELD_BECAME.exec(text);
  if (news) return ASKED_VALUE.test(news[2]!) ? null : newsOf(news[1]!, news[2]!);
  const taken = KETUA_TAKEN_OVER.exec(text);
  if (!taken) {
    // "ganti nomor hp ketua 0812…": the verb and the value, no "jadi" between; else a field said wrong with the right value.
    const verb = VERB_FIRST.exec(text);
    return verb ? fieldThenValue(verb[1]!) : correctionSaid(text);
  }
  const change = newsOf(taken[1]!, taken[2]!);
  const plain = change === null ? false : change.field === 'ketuaName' ? NEW_KETUA.test(change.value) : change.field === 'ketuaPhone' && PHONE_ALONE.test(change.value);
  return plain ? change : null;
}

/**
 * A field's words without their "-nya" ("jadwalnya" → "jadwal", "rt nya" → "rt"), or the Javanese
 * "-ne"/"-e" ("anggotane" → "anggota", "jadwale" → "jadwal"), as people name one.
 */
function withoutNya(part: string): string {
  return part
    .split(/\s+/)
    .filter((word) => word.toLowerCase() !== 'nya')
    .map((word) => (word.length > 5 && /nya$/iu.test(word) ? word.slice(0, -3) : javaneseFieldWord(word)))
    .join(' ');
}

/** Javanese "-nipun" (krama), "-ne", "-e" and Sundanese "-na" after a field's word ("anggotane", "jenenge", "jadwalna", "naminipun"). */
const FIELD_WORD_ENDINGS = ['nipun', 'ipun', 'ne', 'na', 'e'] as const;

/** A field's word with the Javanese "-ne" or "-e" ("anggotane", "ketuane", "jadwale") or the Sundanese "-na", as the field's word; any other word as it is. */
export function javaneseFieldWord(word: string): string {
  const lower = word.toLowerCase();
  for (const ending of FIELD_WORD_ENDINGS) {
    const stem = lower.slice(0, -ending.length);
    if (stem.length >= 3 && lower.endsWith(ending) && FIELD_PHRASE_WORDS.has(stem)) return stem;
  }
  return word;
}

/** A field named in news ("anggota kelompok kami sekarang …") with its new value, or null. */
function newsOf(fieldPart: string, value: string): ChangeSaid | null {
  const named = withoutNya(fieldPart).split(/\s+/).filter((word) => word !== '' && !NEWS_WORDS.has(word.toLowerCase()));
  if (named.length > 3) return groupNews(named, value, fieldPart);
  // Only the field's own words are left: "anggota", "ketua", "nomor hp ketua", "jadwal pertemuan".
  if (named.length === 0) return null;
  const field = matchChoice(named.join(' '), FIELD_WORDS);
  return field === null ? null : said(field, value, withoutNya(fieldPart));
}

/**
 * News naming the group at length ("anggota mt nurul iman skrg jadi 40 orang", "ketua karang
 * taruna tunas muda jadi mas Rizky"): the members or the ketua first, and only with a value
 * plainly theirs (a count; a person addressed as a ketua is), so that a longer sentence with
 * "jadi" ("anggota pkk kami banyak yang jadi kader") is no change.
 */
function groupNews(named: readonly string[], value: string, fieldPart: string): ChangeSaid | null {
  const first = named[0]!.toLowerCase();
  // "anggtoa posyandu anggrek jd 22": the field's word with a slip is read as it.
  const read = first === 'anggota' ? 'members' : first === 'ketua' ? 'ketuaName' : isFieldTypo(first) ? matchChoice(first, FIELD_WORDS) : null;
  const field = read === 'members' || read === 'ketuaName' ? read : null;
  // The count is the value's first word ("40 orang", "selikur", "patbelas"), read as the plain field "anggotanya …" reads it.
  const plain = field === 'members' ? COUNT_VALUE.test(value.trim().split(/\s+/)[0]!) : field === 'ketuaName' && NEW_KETUA.test(value);
  return field !== null && plain ? said(field, value, withoutNya(fieldPart)) : null;
}

function said(field: (typeof EDIT_FIELDS)[number], value: string, fieldPart: string): ChangeSaid {
  const group = groupWords(fieldPart);
  return group === undefined ? { field, value } : { field, value, group };
}

/** A change asked for with a verb first ("ganti nomor hp ketua 0812…", "ubah anggota 8 orang"): the rest. */
const VERB_FIRST = new RegExp(
  String.raw`^${CHANGE_REQUEST_BEFORE}(?:ganti|ubah|ubh|edit|koreksi|update|perbarui|perbaiki|betulkan|benerin|revisi|change|set|fix|${REGIONAL_CHANGE_VERBS})\s+(\S.*)$`,
  'iu',
);

/**
 * A field said wrong with the right value ("jumlah anggota posyandu anggrek sebenarnya 8 orang",
 * "anggotanya salah, yang benar 8", Javanese "anggotane sakjane wolu", "members should be 8"):
 * the field's words, then the value.
 */
const SAID_RIGHT =
  /^(.+?)[\s,]+(?:(?:salah|keliru|kleru|lepat|wrong)[\s,.:;!-]+)?(?:sebenarnya|sebenernya|sbnrnya|harusnya|hrsnya|seharusnya|mestinya|semestinya|(?:yang|yg|sing|nu)\s+(?:benar|bener|betul|bener(?:e|ipun)?|leres)|sakjane|sakjatine|sejatine|satemene|kudune|mestine|actually|should\s+be)[\s,:]+(\S.*)$/iu;
/**
 * "jumlah anggota bukan 25 tapi 8", "anggota posyandu anggrek bukan 25, 8 orang", "ketuanya bukan bu
 * ani tapi bu sri", "ketuanya bukan ustadz Ali tapi ustadz Budi": the field, the value it is not (a
 * person with their title: was one word only, and the words went to the FAQ), the right one.
 */
const SAID_NOT = new RegExp(
  String.raw`^(.+?)\s+(?:bukan|bkn|dudu|sanes|not)\s+(?:${TITLE})?\S+(?:\s+(?:orang|org|wong))?\s*(?:,\s*(?:(?:${alternation(BUT_WORDS)})\s+)?|\s+(?:${alternation(BUT_WORDS)})\s+)(\S.*)$`,
  'iu',
);
/** ", bukan 25", "bukan 25 orang" ending a correction: the value it is not. */
const NOT_AFTER = /[\s,]+(?:bukan|bkn|dudu|sanes|not)\s+\S+(?:\s+(?:orang|org|wong))?$/iu;
/** "harusnya …", "yang benar …", "salah min, …" before the field: the words that say it was wrong, then the field and its value. */
const RIGHT_WORDS = String.raw`harusnya|seharusnya|sebenarnya|sebenernya|mestinya|(?:yang|yg|sing)\s+(?:benar|bener|betul)|sakjane|kudune`;
const RIGHT_FIRST = new RegExp(
  String.raw`^(?:(?:salah|keliru|kleru|wrong)\b[\s,]*(?:(?:${alternation(ADDRESS_WORDS, ['ya'])})\b[\s,]*)?(?:(?:${RIGHT_WORDS})\b[\s,:]*)?|(?:${RIGHT_WORDS})\b[\s,:]*)(\S.*)$`,
  'iu',
);
/**
 * "no hp ketua sekarang 0812…", "anggota posyandu anggrek 8 orang", "ketua sekarang bu sri": a field
 * and a value plainly its own, no verb ({@link strictValue}). The ketua only addressed as a ketua is
 * (Bu/Pak/Mas…): the leader is asked before it is saved (./change-confirm.ts).
 */
const NO_VERB_FIELDS: ReadonlySet<(typeof EDIT_FIELDS)[number]> = new Set(['members', 'founded', 'ketuaPhone', 'ketuaName']);
/** The ketua alone, of those fields. */
const KETUA_FIELD: ReadonlySet<(typeof EDIT_FIELDS)[number]> = new Set(['ketuaName']);
/** Words that make the words after a field a rule or a question, not a group's name ("anggota *minimal* 5 orang"). */
const NOT_A_NAME = new Set(['bukan', 'bkn', 'dudu', 'sanes', 'jadi', 'jd', 'menjadi', 'dadi', 'ganti', 'diganti', 'ke', 'to', 'minimal', 'maksimal', 'maks', 'minimum', 'maximum', 'harus', 'wajib', 'berapa', 'brp', 'boleh', 'bisa', 'paling', 'lebih', 'kurang', 'dari', 'per', 'tiap', 'setiap', 'sampai', 'sampe', 'hingga', 'cuma', 'hanya', 'mung', 'kalau', 'kalo', 'klo', 'apa', 'apakah',
  // Said of groups in general ("ketua posyandu *biasanya* ibu kader", "anggota pkk *umumnya* 20 orang"): no change.
  // ("-nya" is dropped from a field part's words before they are looked at: "biasa", "umum".)
  'biasanya', 'biasa', 'biasane', 'umumnya', 'umum', 'selalu', 'usually']);

/** Words between a field and its value that name no group ("anggota *kok* 25", "members *are* actually 8"). */
const CHAT_WORDS = new Set(['kok', 'koq', 'tuh', 'itu', 'are', 'is', 'was', 'were', 'orang', 'org', 'wong']);

/** "8", "8 orang", "cuma 8 kader", "delapan", "wolu": a count and nothing else. */
const COUNT_ONLY =
  /^(?:(?:cuma|cuman|hanya|mung|ada|total|ya|kira-kira|sekitar|only|about)\s+)?(?:\d{1,4}|(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)(?:\s+(?:orang|org|anggota|kader|jiwa|wong|tiyang|urang|jalmi|members?|people))?$/iu;
/** Javanese counts the members question reads ("wolu", "sanga"), beside {@link COUNT_VALUE}'s. */
const JAVANESE_DIGITS = /\b(?:siji|loro|telu|papat|lima|enem|pitu|wolu|sanga|sepuluh)\b/iu;

/** A value plainly of `field`, as a whole (not merely holding one): what a change said with no "jadi" must be. */
function strictValue(field: (typeof EDIT_FIELDS)[number], value: string): boolean {
  const plain = value.trim().replace(/[.!]+$/u, '');
  switch (field) {
    case 'members':
      return COUNT_ONLY.test(plain) && (COUNT_VALUE.test(plain) || JAVANESE_DIGITS.test(plain));
    case 'founded':
      return /^(?:(?:tahun|thn|th|sejak|in)\s+)?(?:19|20)\d\d$/iu.test(plain);
    case 'ketuaPhone':
      return PHONE_ALONE.test(plain);
    case 'ketuaName':
      // "is now Mrs Sri 0857…": the words before the person are no part of their name.
      return NEW_KETUA.test(plain) && !/^(?:is|are|was|now|itu|tuh|kok)\b/iu.test(plain);
    case 'schedule':
      return SCHEDULE_VALUE.test(plain);
    case 'unit':
      return parseAreaUnit(plain).ok;
    default:
      return false;
  }
}

/**
 * The field `fieldPart` names first and the group named after it ("jumlah anggota *posyandu
 * anggrek*", "nomor hp ketua"): its longest run of words that is a field's phrase, after chat
 * words ("kami", "sekarang") and "-nya"/"-ne" are dropped. Null when it starts with no field.
 */
function fieldFirst(fieldPart: string): { field: (typeof EDIT_FIELDS)[number]; group?: string } | null {
  const named = words(withoutNya(fieldPart)).filter((word) => !NOT_GROUP_WORDS.has(word));
  for (let length = Math.min(4, named.length); length > 0; length--) {
    const phrase = named.slice(0, length).join(' ');
    const option = FIELD_WORDS.find((candidate) => candidate.words.some((words_) => words(words_).join(' ') === phrase));
    if (!option) continue;
    // The value said wrong before the right one ("jumlah anggota kok *25*, harusnya 8") and chat words name no group.
    const rest = named.slice(length).filter((word) => word.length > 1 && !/\d/u.test(word) && !CHAT_WORDS.has(word));
    if (rest.some((word) => NOT_A_NAME.has(word) || FIELD_PHRASE_WORDS.has(word))) return null;
    return rest.length > 0 ? { field: option.id, group: rest.join(' ') } : { field: option.id };
  }
  return null;
}

/** The field (and group) of the first words of `text` and the value after them, plainly that field's: the shortest such field part. */
function fieldThenValue(text: string, fields?: ReadonlySet<(typeof EDIT_FIELDS)[number]>, valueStarts?: RegExp): ChangeSaid | null {
  const parts = text.trim().split(/\s+/u);
  for (let cut = 1; cut < parts.length; cut++) {
    const named = fieldFirst(parts.slice(0, cut).join(' '));
    const value = parts.slice(cut).join(' ');
    if (named && (fields === undefined || fields.has(named.field)) && strictValue(named.field, value) && (valueStarts === undefined || valueStarts.test(value))) {
      return { ...named, value };
    }
  }
  return null;
}

/**
 * A change said as a correction, with no verb: the field said wrong or not so, with the right
 * value ({@link SAID_RIGHT}, {@link SAID_NOT}), or a field and a value plainly its own as a whole
 * ("anggotanya 8 orang", "no hp ketua sekarang 0812…", "ketua sekarang bu sri"; a meeting time only
 * named by the meeting's own words, "jadwal rapat na unggal malem minggu", for "jadwal posyandu tiap
 * bulan" may be asked about); the group named between, if any. Null for anything else.
 */
function correctionSaid(text: string): ChangeSaid | null {
  // "… harusnya 8 bukan 25", "anggota 8 bukan 25": the value it is not, said after, is left out.
  const plain = text.replace(/[.!]+$/u, '').replace(NOT_AFTER, '');
  // "harusnya anggotanya 8", "salah min, anggotanya 8": said wrong first, then the field and its value.
  const after = RIGHT_FIRST.exec(plain);
  if (after) return plainSaid(after[1]!);
  const right = SAID_NOT.exec(plain) ?? SAID_RIGHT.exec(plain);
  if (right) {
    const named = fieldFirst(right[1]!);
    const value = right[2]!.trim();
    return named && strictValue(named.field, value) ? { ...named, value } : null;
  }
  return plainSaid(plain);
}

/**
 * The members said as what the group has ("actually we have 20 members", "we now have 20
 * members", "our group has 20 members now", "kami punya 20 anggota"): the count. English has no
 * field-first way to say it, so the field-and-value readings above never saw it.
 */
const HAVE_MEMBERS =
  /^(?:(?:actually|now|so|well|sebenarnya|sekarang)[\s,]+)?(?:we|we've|our group|kami|kelompok kami)\s+(?:(?:now|actually|only|just|currently|sekarang|cuma|hanya)\s+)*(?:have|has|got|punya|ada)\s+(?:(?:only|just|about|around|cuma|hanya|sekitar)\s+)?(\d{1,4})\s+(?:members|anggota|orang anggota)(?:\s+(?:now|already|sekarang))?$/iu;

/** A question word in a meeting time ("tiap kapan", "jam berapa", Sundanese "iraha"): asked, not said. */
const SCHEDULE_ASKED = /\b(?:kapan|berapa|brp|apa|apakah|gimana|bagaimana|mana|iraha|sabaraha|naon|kumaha|piye|pira|when|what)\b/iu;

/** A field and a value plainly its own ("anggotanya 8 orang", "no hp ketua sekarang 0812…"), the group between, if any. */
function plainSaid(plain: string): ChangeSaid | null {
  const had = HAVE_MEMBERS.exec(plain.trim());
  if (had) return { field: 'members', value: had[1]! };
  // "ketua posyandu anggrek skrg bu sri 0857…": the group named before the person addressed (was all of it the new ketua's name).
  const addressed = fieldThenValue(plain, KETUA_FIELD, ADDRESSED);
  if (addressed?.group !== undefined) return addressed;
  // "berdirinya th 2015": the field's own reading first, which leaves out the words before the value.
  const own = fieldWithPlainValue(plain);
  if (own !== null && NO_VERB_FIELDS.has(own.field) && strictValue(own.field, own.value)) return own;
  // "jadwal rapat na unggal malem minggu", "pertemuannya tiap malam jumat": a meeting time named by its
  // own words (a leader is asked before it is saved); not one asked about ("jadwal rapat tiap kapan").
  // Its first word a time's ("jadwal posyandu tiap bulan" may be a question about posyandu in general).
  if (own !== null && own.field === 'schedule' && SCHEDULE_VALUE.test(own.value.trim().split(/\s+/u)[0]!) && !SCHEDULE_ASKED.test(own.value)) return own;
  return fieldThenValue(plain, NO_VERB_FIELDS) ?? groupFirst(plain);
}

/**
 * The group named before its field ("posyandu anggrek anggotanya 22", "karang taruna ketuanya
 * sekarang mas Dimas"): read only when those words name a kind of group (posyandu, karang taruna,
 * pkk…), so that a question ("minimal anggotanya 10") is no change.
 */
function groupFirst(plain: string): ChangeSaid | null {
  const parts = plain.trim().split(/\s+/u);
  for (let cut = 1; cut <= Math.min(5, parts.length - 2); cut++) {
    const named = parts.slice(0, cut).join(' ');
    const group = groupWords(named);
    if (group === undefined || choicesNamed(named, GROUP_TYPE_WORDS).length === 0) continue;
    const rest = parts.slice(cut).join(' ');
    const own = fieldWithPlainValue(rest);
    const read = own !== null && NO_VERB_FIELDS.has(own.field) && strictValue(own.field, own.value) ? own : fieldThenValue(rest, NO_VERB_FIELDS);
    if (read !== null && read.group === undefined) return { ...read, group };
  }
  return null;
}

/**
 * True when `text` is a change read only from a field and its value, with no verb and no "jadi"
 * ("anggotanya 8 orang", "jumlah anggota posyandu anggrek sebenarnya 8 orang"): from someone who
 * leads no group the words are read as a question (the FAQ), not as a change they cannot make.
 */
export function isChangeWithoutVerb(text: string): boolean {
  const typed = plainChangeWords(text, FIELD_PHRASE_WORDS);
  if (FIELD_WITH_VALUE.test(typed) || VERB_FIRST.test(typed) || FIELD_BECAME.test(typed) || KETUA_TAKEN_OVER.test(typed)) return false;
  return !typed.includes('?') && correctionSaid(typed) !== null;
}

/** "kelompok kami sudah bubar, tolong dihapus", "hapus kelompok saya": the group ended, said in words. */
const GROUP_ENDED =
  /\b(?:bubar|bubaran|dibubarkan|vakum|nonaktifkan|nonaktif|hapus\s+kelompok|kelompok\w*\s+(?:\w+\s+){0,3}(?:dihapus|hapus|tidak\s+aktif\s+lagi|(?:ga|gak|nggak|sudah\s+tidak|udah\s+ga|udah\s+gak)\s+aktif(?:\s+lagi)?))\b/iu;
const ASKING_ENDED = /\?|\b(?:apa|apakah|gimana|bagaimana|cara|caranya|kenapa|bisa|boleh|kalau|kalo|klo)\b/iu;

/**
 * True when `text` said at the menu says the person's group has ended ("kelompok kami sudah
 * bubar, tolong dihapus"): Kelompok saya asks to confirm marking it inactive. A question
 * ("kalau kelompok bubar gimana?") stays the FAQ's.
 */
export function isGroupEndSaid(text: string): boolean {
  return GROUP_ENDED.test(text) && !ASKING_ENDED.test(text);
}

/**
 * True when `text` said at the menu is a change to the person's own group with its new value
 * ("anggota kelompok kami sekarang nambah jadi 35 orang", "ganti ketua jadi Bu Aminah 0857…"):
 * Kelompok saya opens with it and makes it (see `MyGroupsData.change` in ./my-groups-flow.ts);
 * one said without a verb ({@link isChangeWithoutVerb}) is asked about first (./change-confirm.ts).
 */
export function isGroupChangeSaid(text: string): boolean {
  const said = fieldAndValue(text);
  return said !== null && said.field !== 'village' && said.field !== 'type';
}

/** A count in digits or Indonesian (or Javanese) number words ("30", "dua puluh lima", "lima belas", "selawe"). */
const COUNT_VALUE =
  /\d|\b(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus|selawe|seket|sewidak|satus|rolas|sewelas|\p{L}+likur|telung|patang|limang|rong)\b|belas\b|puluh|ratus\b/iu;
/** A year founded ("2015", "th 2015"). */
const YEAR_VALUE = /\b(?:19|20)\d\d\b/u;
/**
 * Words of a meeting time: days (Javanese market days too), times of day, "tiap", dates; the days,
 * "malem" and "every" as Javanese and Sundanese say them ("unggal malem jumaah", "saben malem setu").
 */
const SCHEDULE_VALUE =
  /\b(?:senin|selasa|rabu|kamis|jumat|jum'at|jum’at|sabtu|minggu|ahad|legi|pahing|pon|wage|kliwon|malam|pagi|siang|sore|tiap|setiap|saben|tanggal|tgl|bulan|bulanan|pekan|mingguan|sebulan|seminggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday|every|weekly|monthly|senen|seloso|salasa|rebo|kemis|jemuah|jumaah|jumaat|setu|saptu|malem|unggal|dinten)\b/iu;

/**
 * Fields named with their value right after, no "jadi" nor "salah" between ("anggotanya 15 kader
 * + 3 pengurus", "berdirinya th 2015", "pertemuannya tiap malam jumat", "ketuanya pak Slamet
 * Riyadi", "no hp 0812…"). Read only where a value plainly of that field follows: a count, a
 * year, a meeting time, a person addressed as people address a ketua, a phone number (see
 * {@link fieldWithPlainValue}); "ketuanya orangnya baik" or "anggota kami banyak" is no change.
 */
const PLAIN_FIELDS: ReadonlyArray<{ readonly field: (typeof EDIT_FIELDS)[number]; readonly named: RegExp; readonly value: RegExp }> = [
  {
    field: 'members',
    named: /^(?:jumlah\s+)?(?:anggota|member|members)(?:nya|ne)?(?:\s+(?:kami|kita|ada|sekarang|skrg|saiki|sakniki|total|semua(?:nya)?))*\s*[:=]?\s*(\S.*)$/iu,
    value: COUNT_VALUE,
  },
  {
    field: 'founded',
    named: /^(?:tahun\s+)?(?:berdiri(?:nya)?|didirikan|founded)(?:\s+(?:tahun|thn|th|sejak|pada|in))*\s*[:=]?\s*(\S.*)$/iu,
    value: YEAR_VALUE,
  },
  {
    field: 'schedule',
    // Named by what the group does at it too: "pengajiane tiap kamis sore", "arisannya tiap tanggal 5", "posyandunya tiap tanggal 10".
    // "jadwal rapatnya", Sundanese "jadwal rapat na": the meeting named after "jadwal" by what it is, "-nya" apart too.
    // Told as news too: "skrg pertemuannya pindah tiap malem senin" (was "pilih tombol" at the group's screen).
    named:
      /^(?:(?:skrg|sekarang|skg)\s+)?(?:jadwal(?:nya|na)?(?:\s+(?:pertemuan|ketemu|kumpul|rapat|pengajian|arisan|latihan|kegiatan)(?:nya|na|ne)?(?:\s+(?:nya|na))?)?|pertemuan(?:nya)?|ketemunya|kumpulnya|meetings?|(?:pengajian|arisan|latihan|posyandu|rapat|kegiatan|acara)(?:nya|ne|e))(?:\s+(?:rutin|rutinnya|biasanya|kami|skrg|sekarang|pindah|berubah|ganti|diganti|ke))*\s*[:=]?\s*(\S.*)$/iu,
    value: SCHEDULE_VALUE,
  },
  // "ketuanya sekarang bu Rini 0812…": "now" is no part of her name (was the ketua "Sekarang Bu Rini").
  { field: 'ketuaName', named: /^(?:nama\s+)?(?:ketua(?:nya|ne)?|chair)(?:\s+(?:sekarang|skrg|skg|saiki|now))?\s*[:=]?\s*(\S.*)$/iu, value: NEW_KETUA },
  {
    field: 'ketuaPhone',
    named: /^(?:(?:no|nomor|nomer|nmr)\.?(?:nya)?\s*(?:hp|wa|telp|telepon)?|hp|wa)(?:nya)?(?:\s+ketua(?:nya)?)?\s*[:=]?\s*(\S.*)$/iu,
    value: PHONE_ALONE,
  },
  {
    // "namanya Posyandu Melati 3", "nama kelompoknya …", "nama: …", "nama kelompok kami jadi …", Javanese "jenenge …":
    // said so, the words after are the name (was "Maaf, jawaban itu belum bisa saya pakai", or ✏️ Nama opened without it).
    // A bare "nama …" is not read: "nama ketua …" is the ketua's.
    field: 'name',
    named:
      /^(?:(?:nama(?:nya|ne)?|jeneng(?:e|ipun)?|namine|naminipun)(?:\s+(?:kelompok|klp|grup|group)(?:nya|ne|e)?(?:\s+(?:kami|kita|saya|sy|kmi))?)?\s*(?::|=|\s(?:jadi|jd|menjadi|dadi|adalah|yaitu|ialah)\s)|namanya|nama\s+nya|namane|jenenge|nama\s+(?:kelompok|klp)(?:nya|ne)?|nama\s+kelompok\s+(?:kami|kita|saya|sy))\s*(\S.*)$/iu,
    value: /\p{L}/u,
  },
];

/** A label before an RT/RW ("rt/rw nya …", "wilayahnya …"), which is no part of it. */
const UNIT_LABEL = /^(?:rt\s*\/?\s*rw|rw\s*\/?\s*rt|wilayah|lokasi)(?:nya)?\b\s*[:=]?\s*/iu;
/** Chat words around an RT/RW said as a change ("rt nya 3 *ya* rw 11", "*pindah ke* rt 2 rw 3"). */
const UNIT_FILLER = /\b(?:nya|ya|aja|saja|deh|sih|dong|kok|pindah|ke|jadi|jd|sekarang|skrg|harusnya|seharusnya|mestinya|now|moved|to)\b/giu;

/**
 * An RT/RW said as a change with no verb ("rt nya 3 ya rw 11", "rt/rw nya pindah ke rt 2 rw 3"):
 * the RT/RW it says, written plainly ("rt 3 rw 11"), or null when the text is not one.
 */
function unitSaid(text: string): string | null {
  if (!/^(?:rt|rw|wilayah|lokasi)/iu.test(text)) return null;
  const value = text
    .replace(UNIT_LABEL, '')
    .replace(/\b(r[tw])nya\b/giu, '$1')
    .replace(UNIT_FILLER, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return value !== '' && parseAreaUnit(value).ok ? value : null;
}

/**
 * A field named with its value and no verb ({@link PLAIN_FIELDS}), or an RT/RW said so (one the
 * RT/RW question reads): for the registration's summary and Kelompok saya's group screen, where
 * the person is looking at the group's fields. Null for anything else.
 */
export function fieldWithPlainValue(typed: string): ChangeSaid | null {
  const text = typed.trim().replace(/[.!]+$/u, '');
  if (text.includes('?')) return null;
  const unit = unitSaid(text);
  if (unit !== null) return { field: 'unit', value: unit };
  for (const { field, named, value } of PLAIN_FIELDS) {
    const found = named.exec(text);
    if (found && value.test(found[1]!)) return { field, value: found[1]! };
  }
  return null;
}

/** Verbs of a change asked for ("pindah desa", "ganti ketua", "tambah anggota", "change the leader"). */
const CHANGE_VERB = new RegExp(
  String.raw`^${CHANGE_REQUEST_BEFORE}(?:pindah|ganti|ubah|ubh|edit|koreksi|update|perbarui|betulkan|tambah|change|add|${REGIONAL_CHANGE_VERBS})\s+(?:(?:the|my|our)\s+)?(\S.*)$`,
  'iu',
);

/**
 * The field a change asked for names, when the text is nothing else ("ganti nama", "ganti ketua",
 * "ubah jumlah anggota", "change the leader"). Null otherwise ("Posyandu Pindah Jaya" has no verb
 * first, "ganti ketua baru kami" says more).
 */
export function fieldAsked(typed: string): (typeof EDIT_FIELDS)[number] | null {
  const asked = CHANGE_VERB.exec(typed.trim().replace(/[.!]+$/u, ''));
  if (!asked) return null;
  const named = words(withoutNya(asked[1]!)).join(' ');
  // The whole rest must be a field's phrase: "ganti ketua" is asked, "ganti ketua baru kami" is not read here.
  return FIELD_WORDS.find((option) => option.words.some((phrase) => words(phrase).join(' ') === named))?.id ?? null;
}

/**
 * The field a change asked for names, when it is a field other than the group's name (see
 * {@link fieldAsked}): typed where a new name is asked, it is no name.
 */
export function otherFieldAsked(typed: string): Exclude<(typeof EDIT_FIELDS)[number], 'name'> | null {
  const field = fieldAsked(typed);
  return field === null || field === 'name' ? null : field;
}

/**
 * The group on screen removed, said there in few words ("hapus", "hapus aja", "hapus kelompok
 * ini", "delete this group", "remove it"): which group is plain, so no group need be named.
 */
const THIS_REMOVED =
  /^(?:(?:tolong|mohon|please)\s+)?(?:hapus|hapusin|hapuskan|apus|apusin|delete|remove|deactivate|nonaktifkan)(?:\s+(?:ini|itu|aja|saja|dong|ya|yah|this|it|one|kelompok|grup|group|please))*$/iu;

/**
 * True when `text`, typed at a group's screen (or its list), asks to end the group: as at the menu
 * ({@link isGroupEndSaid}), or the few words that name the group on screen ({@link THIS_REMOVED}).
 * Never at the menu, where "delete my group" is asked how (the FAQ's answer).
 */
export function isGroupEndSaidHere(text: string): boolean {
  return isGroupEndSaid(text) || THIS_REMOVED.test(text.trim().replace(/[.!]+$/u, ''));
}
