/**
 * What a resident's free-text message asks for, beyond the FAQ: a status question (with
 * the desa named, or "desa saya"), a registration (with the group type named), an
 * activity report (with its date and category), emoji thanks and greetings, and which
 * language it is written in. Pure: the same text and moment give the same answer. FAQ
 * questions, greetings and thanks in words are the FAQ matcher's.
 */
import type { ActivityCategory } from '../model/activities.js';
import type { FaqExplanation, FaqIntent, FaqMatcher } from '../faq/matcher.js';
import type { FaqTopicId } from '../faq/topics.js';
import { areaAsked, type AreaAsked } from './area-count-words.js';
import { tokenize } from '../faq/normalize.js';
import type { GroupType } from '../model/group-types.js';
import { ACTIVITY_CATEGORY_WORDS, GROUP_TYPE_WORDS, matchChoice } from '../parse/choice.js';
import { parseActivityDate } from '../parse/date.js';
import { isCall, isLaughingEmoji, isLaughter } from '../parse/chatter.js';
import { YES_NO_TAGS } from '../parse/negation.js';
import { FOLLOW_UP_CHATTER, THEN_WORDS, asksWhatNext } from '../faq/what-next.js';
import { ACTIVITY_NOUN_WORDS, ADDRESS_WORDS, ALREADY_WORDS, DESA_NAME_WORDS, FOLLOW_UP_LEADS, HOW_WORDS, I_WORDS, IF_WORDS, LOG_VERBS, NOT_YET_WORDS, PLACES_LIVED, TONE_PARTICLES, WANT_WORDS, WE_WORDS, WHO_WORDS } from '../parse/lexicon.js';
import { withoutFollowUpLead } from '../parse/follow-up-lead.js';
import { registerDetails, type RegisterDetails } from './register-details.js';
import { REGISTER_VERB_WORDS as REGISTER_VERBS } from './register-verbs.js';
import { activityPartner } from './activity-details.js';
import { desaAskedAlreadyOrNot, desaAskedWhetherWksbm, nameAskedWhetherRegistered } from './desa-asked.js';
import { asksHowToStartOne } from './start-one-asked.js';
import { asksBecoming } from './become-asked.js';
import { JOIN_VERB, joinAsked, kindMayJoin, type JoinAsked } from './join-asked.js';
import { groupNamedAlone } from './group-named.js';
import { greetsInEnglish } from './english-greeting.js';
import { asksGroupEnd } from './group-end-asked.js';
import { questionByRule } from './question-rules.js';
import { languageOf } from './language-of.js';
import { missingAskedIn } from '../parse/missing-asked.js';
import { rwListIn } from '../parse/rw-answer.js';

/** A message's meaning, with what it names. */
export type Understood =
  /** `also`: FAQ topics the message asked besides ("… udh wksbm blm? ada biayanya?"), answered with it. */
  /** `moreRw`: more RWs named with `rw` ("rw 3 dan 4"), shown after it in this order. */
  /** `missing`: only what the desa still lacks is asked ("apa yg kurang"), not its whole status. */
  /** `becoming`: how the person's own desa becomes a WKSBM is asked ("gimana biar desa kami jadi wksbm"). */
  | { readonly kind: 'status'; readonly mine: boolean; readonly query?: string; readonly rw?: number; readonly moreRw?: readonly number[]; readonly also?: readonly FaqTopicId[]; readonly missing?: true; readonly becoming?: true }
  /** What the request states besides the kind: its name, desa (a search), RT/RW, members, ketua. */
  | ({ readonly kind: 'register'; readonly groupType?: GroupType } & RegisterDetails)
  /** `partner`: the other groups named in the request, as typed ("bareng karang taruna tunas muda"). */
  | { readonly kind: 'activity'; readonly date?: string; readonly category?: ActivityCategory; readonly partner?: string }
  /** How many desa of an area are a WKSBM: the place named, or the person's own (see area-count-words.ts). */
  | ({ readonly kind: 'area_counts' } & AreaAsked)
  /** A group's own people wishing to take part (see join-asked.ts): answered with the registration offered. */
  | ({ readonly kind: 'join' } & JoinAsked)
  | FaqIntent;

/** A message's meaning and language. */
export interface Reading {
  readonly understood: Understood;
  /** 'en' when the message is clearly English, 'id' when clearly not; null when it cannot tell. */
  readonly language: 'en' | 'id' | null;
  /**
   * Set when a FAQ reading rests on a word the bot only read as a typo of a known one:
   * "bantul" (a kabupaten) is one letter from "bantu" (bansos). Such a message may be a name
   * instead, a place's most of all: the menu looks it up before answering the question.
   */
  readonly guessed?: boolean;
  /**
   * Words that may name a desa asked about in a yes/no question on being a WKSBM, read by the
   * FAQ as something else ("Timbulharjo wksbm gak?"), or named bare before "already … not
   * yet?" ("cipete udh blm?"): the menu looks them up first (see ./desa-asked.ts). Only on a
   * FAQ or unknown reading.
   */
  readonly desaAsked?: string;
  /**
   * A name asked about in a question of whether it is registered, read by the FAQ as how to
   * register ("is sidomulyo registered?"): a desa's or a group's, the menu looks up both (see
   * ./desa-asked.ts). Only on a FAQ or unknown reading.
   */
  readonly registeredAsked?: string;
  /**
   * Whether a kind of group may take part, asked ("pengajian bisa daftar?", see join-asked.ts
   * kindMayJoin): on a FAQ reading of which groups may join or how to register, or an unknown
   * one, the menu answers for that kind with its registration.
   */
  readonly kindAsked?: JoinAsked;
  /**
   * A group's name typed alone ("Posyandu Mawar", "kelompok mawar", see ./group-named.ts): on a
   * FAQ reading (of its kind alone) or an unknown one, the menu offers to register it by that name.
   */
  readonly groupNamed?: JoinAsked;
}

const THANKS_EMOJI = /[👍🙏❤♥💕💖👌🤝😊🙂☺😁😀🥰💯✅👏]/u;
const GREETING_EMOJI = /[👋🖐✋]/u;

const STATE_WORDS = new Set(['sudah', 'udah', 'udh', 'sdh', 'dah', 'belum', 'blm', 'blom', 'lom', 'wis', 'uwis', 'durung', 'yet', 'already', 'aktif', 'active', 'tos', 'teacan', 'acan', 'sampun', 'dereng']);
// "dsa", "sya": typed in a hurry ("sya dr desa panggungharjo, dsa sy udh wksbm blm").
const VILLAGE_WORDS = new Set([...PLACES_LIVED, 'nagari', 'padukuhan', 'lurah', 'dsa']);
const MINE_WORDS = new Set([...I_WORDS, ...WE_WORDS, 'ku', 'desaku', 'kampungku', 'my', 'our', 'kmi', 'sya']);
/** The phrases that name a kind of group, which may lead a group's name ("posyandu mawar"). */
const KIND_PHRASES = GROUP_TYPE_WORDS.filter((option) => option.id !== 'other').flatMap((option) => option.words);

/**
 * Words that name a group with no type of the list: "kelompok", and a mosque's managing
 * committee ("saya takmir masjid mau daftar", "DKM kami mau daftar"), which is none of the
 * types (the registration asks its type, where "takmir masjid" is taken as a Lainnya).
 */
const GROUP_NOUNS = new Set(['kelompok', 'group', 'kelompoknya', 'komunitas', 'takmir', 'tamir', 'dkm']);
/** Words that make a registration message a question about registering, not a request. */
const QUESTION_WORDS = new Set([
  ...HOW_WORDS, 'cara', 'carane', 'carana', 'siapa', 'sapa', 'sopo', 'saha', 'berapa', 'brp',
  'bayar', 'biaya', 'gratis', 'syarat', 'boleh', 'who', 'cost', 'free', 'apa', 'apakah', 'langkah', 'prosedur', 'mbayar',
]);
/**
 * Words that ask what it takes ("syaratnya apa biar aktif", "supaya aktif harus ngapain",
 * "what does a village need to be active"): with a level named and no desa, a question about
 * the rules (the FAQ's `minimum` topic, the counts per level), not a desa called "syaratnya".
 */
const WHAT_IT_TAKES = new Set([
  'syarat', 'syaratnya', 'syarate', 'persyaratan', 'kriteria', 'kriterianya', 'biar', 'supaya', 'agar', 'cara', 'caranya', 'carane', 'cr', 'crnya',
  // "so that" in Javanese and Sundanese: "piye carane ben desaku dadi wksbm".
  'ben', 'men', 'supados', 'amrih', 'sangkan', 'ambeh',
  ...HOW_WORDS, 'harus', 'kudu', 'perlu', 'butuh', 'kapan', 'need', 'needs', 'become', 'when',
  'requirement', 'requirements', 'criteria',
]);
/** Words asking a difference ("bedanya rintisan sama aktif"). */
const DIFFERENCE = new Set(['beda', 'bedanya', 'perbedaan', 'perbedaannya', 'bedane', 'bedana', 'benten', 'bentenipun', 'difference', 'vs']);
/** Words joining the levels compared ("rintisan sama aktif", "tumbuh dan aktif", "rintisan karo tumbuh"). */
const LEVEL_JOINS = new Set(['sama', 'ama', 'dan', 'dengan', 'dgn', 'karo', 'kalih', 'jeung', 'and', 'or', 'between', 'level', 'tingkat', 'tingkatan']);
/** Words asking what something means ("level aktif maksudnya gimana", "what does dorman mean"). */
const MEANING = new Set(['arti', 'artinya', 'maksud', 'maksudnya', 'pengertian', 'tegese', 'tegesipun', 'hartina', 'mean', 'means', 'meaning']);
/** "Which ones": "apa aja", "apa saja", "ada apa". */
const ANY_OF = new Set(['aja', 'saja', 'wae', 'ada']);
/** The FAQ's answer on the levels and how a desa moves between them. */
const LEVELS: Understood = { kind: 'faq', topic: 'levels', confidence: 1 };
/** "When", asked ("kapan", Sundanese "iraha"); not "tahun", which may name a year. */
const ASKS_WHEN = new Set(['kapan', 'kapankah', 'when', 'iraha']);
/** Said around such a "when" that names no desa ("when will it change", "kapan bisa naik"). */
const WHEN_CHATTER = new Set(['does', 'do', 'will', 'would', 'bisa', 'akan', 'bakal', 'tingkatnya']);
/** Words of a level changing ("kapan status desa saya berubah", "when does it go up"). */
const CHANGE_WORDS = new Set(['berubah', 'ubah', 'berganti', 'ganti', 'naik', 'turun', 'change', 'changes', 'go', 'up', 'down', 'rise', 'drop', 'owah', 'robah']);
/** The levels a desa reaches, as people name them in such a question. */
const LEVEL_WORDS = new Set(['aktif', 'active', 'tumbuh', 'rintisan']);
/** Groups named: "kelompok aktif" is about the groups, not a desa. */
const GROUP_WORDS = new Set(['kelompok', 'kelompoknya', 'group', 'groups']);
/** The FAQ's answer to what it takes: the counts per level, and when a group is active. */
const RULES_OF_LEVELS: Understood = { kind: 'faq', topic: 'minimum', confidence: 1 };
/** Words of such a question that name nothing ("apa aja", "to be", "ngapain"). */
const WHAT_IT_TAKES_FILLER = new Set([
  'aja', 'saja', 'wae', 'wéh', 'weh', 'ngapain', 'hrs', 'jadi', 'menjadi', 'jd', 'dadi', 'to', 'be', 'does', 'do', 'need', 'status', 'statusnya', 'level',
  // "can" before becoming ("… desa kami dapat menjadi wksbm", "biar desa kami bisa jadi wksbm"): no desa's name.
  'dapat', 'bisa', 'bs', 'iso', 'saged', 'tiasa', 'can',
]);
/** "jadi wksbm", "menjadi WKSBM": becoming one, a level like "aktif" ("biar desa kami jadi wksbm"). */
const BECOME = new Set(['jadi', 'menjadi', 'jd', 'dadi', 'dados', 'become', 'be']);
/** How to get there ("gimana biar …", "supaya …"); "syarat jadi wksbm" stays the criteria. */
const HOW_TO = new Set([...HOW_WORDS, 'biar', 'supaya', 'agar', 'ben', 'supados', 'sangkan', 'ambeh', 'cara', 'caranya', 'carane', 'cr', 'crnya']);

/** "All", before a word for desa: "semua desa", "seluruh desa", "every village". */
const ALL_WORDS = new Set(['semua', 'seluruh', 'sedaya', 'sadaya', 'every', 'all']);

/** Words of being registered, which are about groups ("kelompok saya udah terdaftar") unless "… sebagai wksbm". */
const REGISTERED = new Set(['daftar', 'terdaftar', 'didaftarkan']);
/**
 * Being registered, said of a desa ("desa saya sudah terdaftar belum", "is my village already
 * registered?"): a desa is registered by being a WKSBM, so that desa's status. Only the
 * passive forms: "desa saya mau daftar" asks how to register.
 */
const DESA_REGISTERED = new Set(['terdaftar', 'didaftarkan', 'tercatat', 'registered']);
/** "Have" in "does my village have a wksbm" and "has sidomulyo got a wksbm". */
const HAVE = new Set(['have', 'has', 'got']);
/** "as" between them and "wksbm": "terdaftar sebagai wksbm", "terdaftar jadi wksbm". */
const REGISTERED_AS = new Set(['sebagai', 'jadi', 'menjadi', 'jd', 'as']);
/** Words that open a yes/no question: "is my village registered?", "apakah desa sidomulyo terdaftar?". */
const ASKS_WHETHER = new Set(['is', 'are', 'apakah']);
/** Words between being registered and what with, naming no desa: "registered as a wksbm", "registered in/with wksbm", "or not". */
const REGISTERED_LINKS = new Set([...REGISTERED_AS, 'in', 'with', 'on', 'under', 'dalam', 'or', 'not', 'atau']);
/** The most words a desa's name takes in such a yes/no question: more is a sentence about registering ("is it possible for my village to be …"). */
const MAX_REGISTERED_NAME_WORDS = 3;

/** "rw 2", "RW 05", "rw.3" in a status question (RW 1–999). */
const RW_NAMED = /\brw\.?\s*0*([1-9]\d{0,2})\b/i;

/** Sundanese "can" (not yet, "naha desa abdi can aktif?"): read so only with a Sundanese "why"/"how" in the question, since English "can" asks something else. */
const SUNDANESE_NOT_YET = 'can';
/** Words asking what then, or why not ("trus gimana", "harus ngapain", "kok belum"). */
const WHAT_THEN = new Set([
  ...HOW_WORDS, 'harus', 'kudu', 'langkah', 'langkahnya', 'ngapain', 'trus', 'terus', 'trs', 'lalu', 'kok',
  'kenapa', 'mengapa', 'napa', 'caranya', 'carane',
  // Sundanese "why" ("naha desa abdi can aktif?").
  'naha',
]);
/** Chat words such a question has around it, which name no desa ("punya", "sebelah", "kalo"). */
const WHAT_THEN_CHATTER = new Set([
  ...WHAT_THEN, 'punya', 'sebelah', 'kalau', 'kalo', 'klo', 'yang', 'yg', 'masih', 'upami', 'aya', 'abdi', 'teu', 'wis', 'iki', 'ada', 'ono', 'wonten',
  'cara', 'biar', 'supaya', 'agar', 'jadi', 'jd', 'nih', 'skrg', 'sekarang',
  // "desa saya belum wksbm, apa yang harus dilakukan?"
  'apa', 'dilakukan', 'lakukan', 'dikerjakan', 'kerjakan', 'sebaiknya', 'selanjutnya', 'berikutnya',
]);
/** "desa saya di caturtunggal depok sleman", "kelurahan kami namanya sinduadi": the person's desa, told. */
const DESA_TOLD = /\b(?:desa|kelurahan|kampung|kalurahan)\s*(?:saya|kami|ku|sy|aku|kita)\s+(?:itu\s+)?(?:di|ada di|namanya|nama|yaitu|adalah|ialah|:)\s*([\p{L}][\p{L}'\- ,.]{2,60})$/iu;
/** Words that only join a message to what came before ("trus desa kami udah wksbm belum?"). */
const CONNECTIVES = new Set([...FOLLOW_UP_LEADS,
  // Javanese "lajeng", "njur" (then): "lajeng menawi desa kula … dereng?" (was searched "lajeng"). Not "banjur" nor
  // Sundanese "teras": a kecamatan is named Teras (Boyolali), and a desa may be Banjur.
  'lajeng', 'njur']);
/** "We" of a group telling what it did ("kemarin kami …", "tadi kita …"). */
const WE_TELLING = new Set([...WE_WORDS, 'we', 'kmi', 'kt', 'awakdewe', 'urang']);
/** Going to something others hold ("ikut posyandu", "ke posyandu"): a resident's news, not a group's activity. */
const ATTENDED = new Set(['ikut', 'ke', 'datang', 'dateng', 'pergi', 'hadir', 'melu', 'mengikuti', 'attended', 'went']);
/** "That", after "who" in a question about someone: "siapa yang …", "sopo sing …", "saha nu …". */
const WHO_THAT = new Set(['yang', 'yg', 'sing', 'nu', 'ingkang', 'ingkan']);
/** Words of knowing ("how do I know whether …"): a question about the state, not what to do next. */
const KNOW_WORDS = new Set(['tau', 'tahu', 'know', 'terang', 'uninga', 'ngerti', 'ngertos', 'mangertos', 'weruh']);
/** Words that ask how many: "berapa desa", "jumlah kelompok", "sabaraha", "pira". */
const COUNT_WORDS = new Set(['berapa', 'brp', 'jumlah', 'sabaraha', 'pira', 'piro', 'pinten']);
/**
 * Words besides the place of "jumlah wksbm di sleman berapa", "wksbm di jogja ada brp", "how
 * many wksbm villages in bantul": a count of WKSBM asked, nothing else ("berapa biaya wksbm
 * di kantor desa" has "biaya").
 */
const COUNT_CHATTER = new Set([
  ...COUNT_WORDS, ...TONE_PARTICLES, ...ADDRESS_WORDS, 'wksbm', 'wksbmnya', 'di', 'in', 'se', 'ada', 'ana', 'ono', 'wonten', 'aya', 'yang', 'yg', 'sing', 'nu',
  'sudah', 'udah', 'udh', 'sdh', 'dah', 'total', 'how', 'many', 'villages', 'village', 'are', 'there', 'is', 'tuh',
  'sekarang', 'skrg', 'saat', 'ini', 'semua', 'seluruh', 'kab', 'kabupaten', 'kota', 'kec', 'kecamatan', 'provinsi', 'prov',
]);
/** FAQ topics a question whether a kind may take part is read as ("arisan boleh ikut wksbm?": member groups). */
const KIND_JOIN_TOPICS: ReadonlySet<FaqTopicId> = new Set(['member_groups', 'how_to_register', 'who_may_register']);
/** The FAQ's answer to how to start one: registering here, and making it official. */
const HOW_TO_START: Understood = { kind: 'faq', topic: 'how_to_register', confidence: 1 };
/** The FAQ's answer to what a desa that is not (yet) a WKSBM does next. */
const WHAT_NEXT: Understood = { kind: 'faq', topic: 'not_yet', confidence: 1 };

/** Words that say what kind of place the name after them is: "kab bantul", "kota jogja", "kec sewon". */
const REGION_WORDS = new Set(['kab', 'kabupaten', 'kota', 'kec', 'kecamatan']);
/** Words that make such a message a question about places ("kota mana saja yang sudah wksbm"). */
const PLACE_QUESTION_WORDS = new Set([...QUESTION_WORDS, ...STATE_WORDS, 'mana', 'dimana', 'which', 'where', 'ada', 'wksbm', 'bansos', 'bantuan']);

/** Words of checking, anywhere in a question ("how do i check my village", "cara ngecek desa saya"). */
const CHECK_WORDS = new Set(['cek', 'check', 'ngecek', 'mengecek', 'dicek', 'ngecheck']);

/** "Want" words that are also a desa's whole name or its last word (Desa Bade in Boyolali, Taba Pingin). */
const WANTS_NAMING_DESA: ReadonlySet<string> = new Set(['bade', 'pingin']);
/**
 * The lexicon's "want" words ("pgn", "arep", "pengin") but those naming a desa: dropped from a
 * status question ("pgn cek status desa panggungharjo" searched "pgn panggungharjo"), while
 * "status desa bade" still searches Bade.
 */
const WANTS_NAMING_NO_DESA: ReadonlySet<string> = new Set([...WANT_WORDS].filter((word) => !WANTS_NAMING_DESA.has(word)));

/** Words that ask for a check before "cek": "coba cek desa sinduadi". */
// Not "bade", "pingin" ({@link WANTS_NAMING_DESA}): the words left are searched as the desa, so "bade cek" would search for "bade".
const CHECK_ASKS = new Set(['coba', 'tolong', 'mau', 'pengen', 'ingin', 'bisa', 'please', 'pls']);

/** Words dropped from a status question to leave the desa's name (and maybe its kecamatan). */
const STATUS_FILLER = new Set([
  ...STATE_WORDS, ...VILLAGE_WORDS, ...MINE_WORDS, ...CONNECTIVES, ...ADDRESS_WORDS, ...TONE_PARTICLES, 'status', 'statusnya', 'level', 'tingkat', 'cek', 'check', 'lihat', 'wksbm', 'wksbmnya',
  'jadi', 'menjadi', 'dadi', 'apa', 'apakah', ...HOW_WORDS, 'is', 'a', 'an', 'the', 'of', 'what', 'kec', 'kecamatan',
  // "is there a wksbm in sidomulyo?" (searched "there in sidomulyo").
  'there', 'in',
  // "has sidomulyo joined wksbm yet?" (searched "has sidomulyo joined").
  'has', 'have', 'joined',
  'di', 'itu', 'ini', 'tanya', 'tolong', 'please', 'bang',
  // "pgn cek status desa panggungharjo", "arep ngecek …" (searched "pgn panggungharjo"): "want", no name.
  ...WANTS_NAMING_NO_DESA,
  // "desa gw tuh cipete udh blm?": "that" of chat, no part of the name (searched "tuh cipete").
  'tuh',
  'nya', 'ne', 'teh', 'mah', 'apa', 'opo', 'naon', 'belom', 'wksbm', 'kampung', 'still', 'my', 'village', 'kab', 'kabupaten', 'active',
  'already', 'yet', 'now', 'kok', 'kalo', 'kalau', 'klo', 'coba', 'tau', 'tahu', 'skrg', 'sekarang', 'saat', 'jd', 'dah',
  // "tos wksbm teu acan?" (Sundanese), "desaku ning sidomulyo" (Javanese "in"): no desa's name.
  ...YES_NO_TAGS, 'henteu', 'ning', 'neng', 'nang', 'ing', 'dekat', 'deket', 'sebelah',
  // "kumaha carana terang desa abdi tos wksbm atanapi teu acan", "desa kulo sampun wksbm dereng nggih?"
  // (Sundanese and Javanese krama: know, or, already, not yet, yes-tag, whether).
  'terang', 'uninga', 'atanapi', 'atawa', 'utawi', 'utawa', 'sampun', 'dereng', 'nggih', 'punapa', 'menapa', 'ngertos', 'ngerti', 'mangertos',
  'carana', 'carane', 'dados',
  // "desa saya udah wksbm atau belum", "desa gw udh wksbm ato blm" (searched "atau", "ato"): "or", no name.
  'atau', 'ato', 'or', 'not',
  // "klo mw ngecek desa sy udh masuk wksbm ap blm" (searched "ap"): "apa" typed in a hurry ("mw" is a "want" above).
  'ap',
  // Sundanese "so that", "become" ("kumaha carana supados desa abdi janten aktif?").
  'supados', 'janten',
  // Thanks and chat around the question: "makasih min infonya. oh iya desa panggungharjo udah wksbm belum?"
  'makasih', 'makasi', 'mksh', 'terima', 'kasih', 'trims', 'thanks', 'thank', 'you', 'tq', 'info', 'infonya', 'oh', 'iya', 'iyaa', 'ok', 'oke', 'sip', 'btw',
  // "desa kami sudah tumbuh, biar aktif harus apa lagi?", "kenapa status desa saya turun": that desa's status.
  'lagi', 'kenapa', 'mengapa', 'turun', 'naik', 'harus', 'hrs',
  // "oh gt, trs gmn …", "menawi desa kula … sampun dados WKSBM dereng?" (krama "if"): chat and "if", no name.
  'gt', 'gitu', 'gtu', 'begitu', 'menawi', 'menawa', 'upami', 'lom', 'lum',
  // "nek desaku pengen dadi wksbm kudu piye?": Javanese "if" and "must" (searched as a desa "nek").
  ...IF_WORDS, 'kudu', 'kedah',
  // "ngestiharjo status e piye": the Javanese "-e" ("its") typed apart; "ada apa aja": only.
  'e', 'aja', 'saja', 'wae',
  // "desa saya sudah ada wksbm belum", "wksbm di desaku wis ono durung", "desa saya apa sudah masuk wksbm",
  // "gimana cara cek status desa saya": there is, has, counted in, how; no desa's name.
  'ada', 'ono', 'ana', 'wonten', 'aya', 'punya', 'duwe', 'gadah', 'boga', 'masuk', 'cara', 'caranya', 'ngecek', 'mengecek', 'dicek', 'ngecheck',
  // "saya dari desa sinduadi, kira2 desa saya udah termasuk belum ya": from, guessing, belonging.
  'dari', 'kira', 'kayaknya', 'termasuk', 'tergolong',
  // "how do I know if my village is already a wksbm?"
  'how', 'do', 'i', 'know', 'if', 'whether', 'can', 'find', 'out', 'tell', 'me', 'see', 'are', 'we',
  // Where the person is from, before the desa: "saya warga panggungharjo", Sundanese "abdi ti desa …",
  // krama "kulo saking desa …"; "my village is X, is it a wksbm yet?".
  'warga', 'ti', 'saking', 'asal', 'from', 'it', 'dr',
  // "mohon info, apakah desa … sudah terdaftar sebagai wksbm?", "saya mau nanya apakah desa …": asking politely.
  'mohon', 'nanya', 'bertanya', 'tanyain', 'takon', 'naros',
]);

/**
 * What {@link understand} reads of a message that its caller may have read already (see
 * ./question-reading.ts): the request in it ({@link understandRequest} with the same `now`)
 * and the FAQ's explanation of the whole text. Given, they are used instead of read again.
 */
export interface ReadAlready {
  request(): Understood | null;
  explained(): FaqExplanation;
}

/**
 * Reads one message. `faq` handles FAQ questions, greetings and thanks in words; `read` gives
 * the parts of it read already, for the same text, matcher and moment.
 */
export function understand(text: string, faq: FaqMatcher, now: Date, read?: ReadAlready): Reading {
  const tokens = tokenize(text.slice(0, 1000)).slice(0, 60);
  const language = languageOf(tokens);
  if (tokens.length === 0) {
    if (GREETING_EMOJI.test(text)) return { understood: { kind: 'greeting', greeting: 'hello' }, language };
    if (THANKS_EMOJI.test(text)) return { understood: { kind: 'thanks' }, language };
  }
  const asked = bySentence(text, faq, now);
  if (asked) return { understood: asked, language };
  const intent = read ? read.request() : requestIn(tokens, text, faq, now);
  if (intent) return { understood: intent, language };
  // "kalo mau bikin di desa saya gimana": how to start one there (the FAQ reads "bikin" as "for").
  if (asksHowToStartOne(tokens)) return { understood: HOW_TO_START, language };
  // "kelompok saya mau ikut wksbm", "saya ketua karang taruna di desa sidomulyo": a group's wish to
  // take part, which is registering (were the FAQ's list of member groups, or what Karang Taruna is).
  const join = joinAsked(faq.withoutGreeting(tokens), () => registerDetails(text, KIND_PHRASES, JOIN_VERB));
  if (join) return { understood: { kind: 'join', ...join }, language };
  // "kalau di desa saya?", "desa saya gimana?", "how about my village?": the person's own desa,
  // asked after anything; its status shows where it stands and what it still lacks. So does a
  // desa named so ("kalau desa sinduadi gimana?").
  // "nah kalau desa sinduadi?", "jadi desa saya gimana?": read without the lead word that joins it to the answer before.
  const opened = withoutFollowUpLead(tokens, text);
  const desa = desaFollowedUp(opened, opened.length < tokens.length);
  if (desa) return { understood: desa, language };
  // "kalau kelompok bubar gimana?", "gmn cara hapus kelompok": a group's end asked about (./group-end-asked.ts).
  if (asksGroupEnd(tokens)) return { understood: GROUP_ENDED_ASKED, language };
  // "wksbm ada sejak kapan", "since when has wksbm existed": its legal basis, which says since when
  // (read with "wksbm" named: "sejak kemarin hujan" asks nothing of it).
  if (tokens.includes('wksbm') && tokens.some((token, at) => SINCE.has(token) && WHEN.has(tokens[at + 1] ?? ''))) return { understood: SINCE_WHEN, language };
  // "anggota kami cuma 8", "tksk nang endi?", "habis daftar terus ngapain": read by rule (./question-rules.ts).
  const ruled = questionByRule(tokens);
  if (ruled) return { understood: ruled, language };
  // "terus?", "oke terus gimana", "trus aku kudu piye", "then what?": what to do next, with
  // nothing named. The steps (the FAQ's not_yet), not thanks for "oke" nor "not understood".
  if (asksWhatNext(tokens)) return { understood: WHAT_NEXT, language };
  // "kab bantul": a place and nothing else. The FAQ would correct "bantul" to "bantu" and
  // answer about bansos; unknown lets the menu look the place up (home/place-named.ts).
  if (namesOnlyAPlace(tokens)) return { understood: { kind: 'unknown' }, language };
  // "min mau nanya dong", "numpang tanya", "can I ask something?": a question is coming. Greeted
  // with the menu's invitation to ask, not told the (not yet asked) question was not understood.
  if (announcesQuestion(tokens)) return { understood: { kind: 'greeting', greeting: 'hello' }, language };
  // "wkwk", "hehe 😂": laughter alone settles nothing; taken as thanks (ok, noted), not "not understood".
  if ((tokens.length > 0 && tokens.length <= 3 && tokens.every(isLaughter)) || (tokens.length === 0 && isLaughingEmoji(text))) {
    return { understood: { kind: 'thanks' }, language: null };
  }
  // "min?", "kak", "permisi min": someone calling for attention. Greeted, not "not understood".
  // "punten" (Sundanese "excuse me") has its own answer, "Mangga, silakan!", as with more words after it.
  if (tokens.length <= 2 && tokens.every(isCall)) return { understood: { kind: 'greeting', greeting: tokens.includes('punten') ? 'punten' : 'hello' }, language };
  const explained = read ? read.explained() : faq.explain(text);
  let understood: Understood = explained.intent;
  // "cara supaya desa jadi wksbm", "desa pengen dadi wksbm kudu piye": how a desa becomes one, which
  // the FAQ's phrasings missed: the steps (own desa named so, "desa kami jadi wksbm", is its status above).
  if (understood.kind === 'unknown' && asksBecoming(tokens)) understood = WHAT_NEXT;
  // "rekap kecamatan godean", "desa endi wae sing wis": counts of desa, answered with the area's figures.
  if (understood.kind === 'faq' && understood.topic === 'area_counts' && !explained.guessed) understood = { kind: 'area_counts', ...areaAsked(tokens) };
  // "oke 👍", "mantap 🙏": an emoji of thanks settles an otherwise unknown message.
  if (understood.kind === 'unknown' && tokens.length <= 3 && THANKS_EMOJI.test(text)) understood = { kind: 'thanks' };
  // "ok thanks", "hi": the English people chat in any language says nothing of theirs; "hello",
  // "good morning" do (see english-greeting.ts).
  const courtesy = tokens.length <= 2 && (understood.kind === 'thanks' || (understood.kind === 'greeting' && !understood.followedBy)) && !greetsInEnglish(tokens);
  const desaAsked = understood.kind === 'faq' || understood.kind === 'unknown' ? (desaAskedWhetherWksbm(text, faq) ?? desaAskedAlreadyOrNot(text, faq)) : null;
  const registeredAsked = understood.kind === 'faq' || understood.kind === 'unknown' ? nameAskedWhetherRegistered(text) : null;
  const kindAsked = (understood.kind === 'faq' && KIND_JOIN_TOPICS.has(understood.topic)) || understood.kind === 'unknown' ? kindMayJoin(tokens) : null;
  // Read last, and only without a "?": the FAQ's per-word readings it asks for replace the matcher's one remembered text.
  const groupNamed = kindAsked === null && (understood.kind === 'faq' || understood.kind === 'unknown') && !/[?？]/u.test(text) ? groupNamedAlone(faq.withoutGreeting(tokens), faq) : null;
  return {
    understood,
    language: courtesy ? null : language,
    ...(understood.kind === 'faq' && explained.guessed && { guessed: true }),
    ...(desaAsked !== null && { desaAsked }),
    ...(registeredAsked !== null && { registeredAsked }),
    ...(kindAsked !== null && { kindAsked }),
    ...(groupNamed !== null && { groupNamed }),
  };
}

/**
 * Where a message is cut into its sentences: each asks one thing ("… udh wksbm blm? kalo belum gmn caranya").
 * No commas, unlike faq/matcher.ts SENTENCE_BREAK: a request is read with its details, listed with commas ("daftar kelompok mawar, desa sidomulyo").
 */
const SENTENCES = /[?？!;\n]+/u;

/**
 * A message of several sentences, read one by one, when one of them is a request or the
 * steps for a desa not yet a WKSBM: read whole, the words of the others would be searched as
 * the desa ("sidomulyo bantul caranya") or hide the question. A status check goes with the
 * FAQ topics the other sentences ask (answered first); else every topic asked, in order.
 * Null for one sentence, or when no sentence is such a reading (the FAQ reads it whole).
 */
function bySentence(text: string, faq: FaqMatcher, now: Date): Understood | null {
  const sentences = text.slice(0, 1000).split(SENTENCES).map((part) => part.trim()).filter((part) => tokenize(part).length > 0);
  if (sentences.length < 2) return null;
  const readings = sentences.map((sentence) => requestIn(tokenize(sentence).slice(0, 60), sentence, faq, now));
  if (readings.every((reading) => reading === null)) return null;
  const topics: FaqTopicId[] = [];
  let request: Understood | null = null;
  for (const [index, reading] of readings.entries()) {
    const understood = reading ?? faq.match(sentences[index]!);
    const topic = understood.kind === 'faq' ? understood.topic : understood.kind === 'greeting' && understood.followedBy?.kind === 'faq' ? understood.followedBy.topic : null;
    if (topic !== null && !topics.includes(topic)) topics.push(topic);
    else if (request === null && (understood.kind === 'status' || understood.kind === 'register' || understood.kind === 'activity' || understood.kind === 'area_counts')) request = understood;
  }
  if (request?.kind === 'status') {
    // "desa saya udah wksbm belum? desa sidoarum": the desa named in a sentence of its own is the one asked about.
    const named = request.query === undefined ? sentences.map(desaNamedAlone).find((query) => query !== null) ?? null : null;
    const asked = named === null ? request : { ...request, mine: false, query: named };
    return topics.length > 0 ? { ...asked, also: topics } : asked;
  }
  if (request !== null) return request;
  const [first, ...also] = topics;
  return first === undefined ? null : { kind: 'faq', topic: first, confidence: 1, ...(also.length > 0 && { also }) };
}

/** "desa sidoarum", "kelurahan wirobrajan": a sentence that is only a desa named with its word; its name, or null. */
function desaNamedAlone(sentence: string): string | null {
  const [first, ...rest] = tokenize(sentence);
  return first !== undefined && DESA_NAME_WORDS.has(first) && rest.length > 0 && rest.length <= 4 ? rest.join(' ') : null;
}

/**
 * The FAQ topic a question asked mid-flow is about, as {@link understand} reads it: the rules
 * of the levels and what a desa that is not yet a WKSBM does next are read from the whole
 * question ("trus kalo belum gimana"), the rest by the FAQ. A request (a status check, a
 * registration) is no such question: null. `request` is the text's {@link understandRequest}.
 */
export function questionTopicOf(request: Understood | null, text: string, faq: Pick<FaqMatcher, 'match'>): FaqTopicId | null {
  return questionAskedIn(request, text, faq)?.topic ?? null;
}

/** A FAQ topic a text asks, and how sure the reading is: in (0, 1], 1 for one of the FAQ's own phrasings or a request read by rule. */
export interface QuestionAsked {
  readonly topic: FaqTopicId;
  readonly confidence: number;
}

/** {@link questionTopicOf} with how sure it is (the FAQ matcher's confidence). */
export function questionAskedIn(request: Understood | null, text: string, faq: Pick<FaqMatcher, 'match'>): QuestionAsked | null {
  const intent = request ?? faq.match(text);
  // Asked aside in another flow, a count of desa gets the FAQ's word on where counts are.
  if (intent.kind === 'area_counts') return { topic: 'area_counts', confidence: 1 };
  return intent.kind === 'faq' ? { topic: intent.topic, confidence: intent.confidence } : null;
}

/**
 * Whether `text` has the words without which no count of desa is asked (a word for desa, and
 * "berapa", "jumlah", "mana", "ada", "how many"…): a cheap check before a step's answer is
 * read for such a request, with the words {@link understandRequest} reads it by.
 */
export function mayAskDesaCount(text: string): boolean {
  const tokens = tokenize(text.slice(0, 1000)).slice(0, 60);
  return tokens.some((token) => VILLAGE_WORDS.has(token) || token === 'villages') && tokens.some((token) => COUNT_WORDS.has(token) || ASKS_WHICH_OR_ANY.has(token));
}

/** Words that, with a word for desa, may ask a count: which ("desa mana"), any ("ada desa …"), "how many". */
const ASKS_WHICH_OR_ANY = new Set(['mana', 'endi', 'ada', 'how']);

/**
 * Only the request in a message (a desa's status, a registration, an activity), or null:
 * {@link understand} without the FAQ's reading, for a caller that reads questions itself.
 */
export function understandRequest(text: string, faq: FaqMatcher, now: Date): Understood | null {
  return requestIn(tokenize(text.slice(0, 1000)).slice(0, 60), text, faq, now);
}

/**
 * {@link understandRequest} for a reader with no FAQ matcher at hand (a flow's step): a greeting
 * in front is not dropped first, which an answer typed at a step's question seldom has.
 */
export function understandRequestAlone(text: string, now: Date): Understood | null {
  return requestOf(tokenize(text.slice(0, 1000)).slice(0, 60), text, now);
}

/** The request in `tokens`, read after a leading greeting first ("hi, is my village … a WKSBM yet?"). */
function requestIn(all: readonly string[], text: string, faq: FaqMatcher, now: Date): Understood | null {
  // "wksbm itu wajib gak sih, soalnya rt gw blm ada": the reason told after the question is no
  // part of it (its "blm" made a status question of a desa "wajib soalnya rt").
  const reasonAt = all.findIndex((token, at) => at >= 2 && REASON_WORDS.has(token));
  const tokens = reasonAt > 0 ? all.slice(0, reasonAt) : all;
  const afterGreeting = faq.withoutGreeting(tokens);
  // "trus apa lg yg kurang", "terus gimana, desa saya udah wksbm belum?": the words after a lead
  // that joins them to the answer before, read first as the greeting's (../parse/follow-up-lead.ts).
  const afterLead = withoutFollowUpLead(afterGreeting, text);
  return (
    (afterLead.length < afterGreeting.length ? requestOf(afterLead, text, now) : null) ??
    (afterGreeting.length < tokens.length ? requestOf(afterGreeting, text, now) : null) ??
    requestOf(tokens, text, now)
  );
}

/** Words that start a reason told ("soalnya", "karena", Javanese "soale", "amarga", Sundanese "margi", "because"). */
const REASON_WORDS: ReadonlySet<string> = new Set(['soalnya', 'soale', 'karena', 'krn', 'karna', 'sebab', 'amarga', 'margi', 'because', 'coz', 'cause']);

/** A status, registration or activity request, or null. */
function requestOf(tokens: readonly string[], text: string, now: Date): Understood | null {
  const has = (set: ReadonlySet<string>) => tokens.some((token) => set.has(token));
  // "kelompok baru bisa daftar gak", "cuma 5 orang, bisa daftar?": whether one may, asked first.
  // "my group has 8 members, can we register?": whether one may, in English too.
  // "… bisa ikut daftar ga ya": the tag may have a particle after it (was a registration of "Arisan Ibu-Ibu Bisa Ikut").
  const tagged = tokens.filter((token, at) => at < tokens.length - 1 || !TONE_PARTICLES.has(token)).at(-1) ?? '';
  const mayI = (tokens.includes('bisa') || tokens.includes('can') || tokens.includes('boleh')) && (/\?\s*$/.test(text) || YES_NO_TAGS.has(tagged));
  const question = has(QUESTION_WORDS) || mayI;

  // Registration: a verb of registering and a group named, not a question about registering.
  if (has(REGISTER_VERBS) && !question && !asksOfRegistering(tokens)) {
    const groupType = groupTypeIn(tokens);
    const namesGroup = groupType !== undefined || tokens.some((token) => GROUP_NOUNS.has(token));
    if (namesGroup && !tokens.includes('wksbm')) return { kind: 'register', ...(groupType && { groupType }), ...registerDetails(text, KIND_PHRASES) };
  }

  // Activity: a verb of recording with "kegiatan" or a category named.
  if (has(LOG_VERBS) && !tokens.some((token) => ['cara', 'gimana', 'bagaimana', 'how', 'siapa'].includes(token))) {
    // "… kerja bakti bareng karang taruna tunas muda": the partner's words name no kind of activity.
    const named = activityPartner(text, KIND_PHRASES);
    const category = categoryIn(named ? tokenize(named.rest) : tokens);
    if (has(ACTIVITY_NOUN_WORDS) || category) {
      const date = dateIn(text, now);
      return { kind: 'activity', ...(date ? { date } : {}), ...(category ? { category } : {}), ...(named && { partner: named.partner }) };
    }
  }
  // Told as news, with no verb of recording: "kemarin kami posyandu balita bareng pkk, 30 balita
  // ditimbang", "tadi pagi kita kerja bakti sama karang taruna": a day, "we", and a partner group
  // or a kind of activity. The menu confirms it with one tap before anything is logged.
  // "kemarin kami ikut posyandu" (attended, as residents do) and questions are no such news.
  if (!has(LOG_VERBS) && !question && !/\?\s*$/.test(text) && has(WE_TELLING)) {
    const date = dateIn(text, now);
    const named = activityPartner(text, KIND_PHRASES);
    const category = categoryIn(named ? tokenize(named.rest) : tokens);
    const attended = has(ATTENDED);
    // "minggu kemarin …": a week; the activity's flow asks which day of it.
    const lastWeek = /\b(?:minggu|pekan)\s+(?:lalu|kemarin|kmrn|kemaren)\b|\blast week\b/iu.test(text);
    if ((date !== undefined || lastWeek) && (named || (category && !attended))) {
      return { kind: 'activity', ...(date !== undefined && { date }), ...(category ? { category } : {}), ...(named && { partner: named.partner }) };
    }
  }

  // "apa lagi yang kurang", "what is still missing for my village?": what the person's own desa
  // still lacks, which its status shows (the desa of their groups, or asked), not the general steps.
  // Marked so, wherever it is typed (the menu, ❓ Tanya): only what is missing is shown.
  if (missingAskedIn(tokens)) return { kind: 'status', mine: true, missing: true };

  // "apa arti sementara di status", "why is my village status provisional": the mark asked about,
  // for the FAQ (was a search for a desa called "arti sementara").
  if (namesProvisional(tokens)) return null;
  // Status: "status …", "cek desa X", or a desa asked whether it is (a WKSBM / Aktif) yet.
  // "how can our village become a wksbm?": the article between is no matter.
  const becomesWksbm = has(HOW_TO) && tokens.some((token, at) => token === 'wksbm' && at > 0 && (BECOME.has(tokens[at - 1]!) || (tokens[at - 1] === 'a' && BECOME.has(tokens[at - 2] ?? ''))));
  // "does my village have a wksbm?", "has sidomulyo got a wksbm?": whether it is one, asked in English.
  const doesItHave = (((tokens[0] === 'does' || tokens[0] === 'do') && has(HAVE)) || ((tokens[0] === 'has' || tokens[0] === 'have') && tokens.includes('got'))) && tokens.includes('wksbm');
  const asksState = has(STATE_WORDS) || doesItHave || (tokens.includes('wksbm') && ((tokens[0] === 'is' && tokens[1] !== 'wksbm') || tokens.includes('yet')));
  const namesVillage = has(VILLAGE_WORDS);
  // "desa saya sudah terdaftar belum", "is my village registered yet": a desa, not a group, said
  // to be registered, with "already" or "yet": that desa's status.
  // "is my village sidomulyo registered", "is sidomulyo registered as a wksbm?", "apakah desa
  // sidomulyo terdaftar?": asked whether, with no "already" (was the how-to-register answer);
  // "can my village be registered?", "how …" ask about registering.
  const asksWhether = (ASKS_WHETHER.has(tokens[0] ?? '') || YES_NO_TAGS.has(tokens.at(-1) ?? '')) && !mayI && !tokens.some((token) => QUESTION_WORDS.has(token) && token !== 'apa' && token !== 'apakah');
  const registeredAsked = !has(STATE_WORDS) && asksWhether && (namesVillage || tokens.includes('wksbm'));
  const desaRegistered = !has(GROUP_WORDS) && has(DESA_REGISTERED) && ((namesVillage && has(STATE_WORDS)) || registeredAsked);
  const mine = (namesVillage && has(MINE_WORDS)) || tokens.includes('desaku') || tokens.includes('kampungku');
  // "syaratnya apa aja biar aktif": what it takes to reach a level. Its words name no desa.
  const whatItTakes = has(WHAT_IT_TAKES) && (has(LEVEL_WORDS) || becomesWksbm);
  const namesNothing = (token: string) => whatItTakes && (WHAT_IT_TAKES.has(token) || WHAT_IT_TAKES_FILLER.has(token) || LEVEL_WORDS.has(token));
  const rest = tokens.filter((token) => !STATUS_FILLER.has(token) && !/^\d+$/.test(token) && !namesNothing(token));
  // With no desa named, the rules answer it; "… biar desa kami aktif" and "… biar Sinduadi
  // aktif" are that desa's status, which shows what is still missing.
  // Becoming a WKSBM with no desa named ("cara jadi wksbm") is left to the FAQ; a desa named
  // or the person's own ("gimana biar desa kami jadi wksbm") shows what that desa still lacks.
  if (whatItTakes && !mine && rest.length === 0 && has(LEVEL_WORDS)) return RULES_OF_LEVELS;
  // "kelompok aktif itu apa", "how many groups are active": groups being active, by the same
  // rules, not a desa called "kelompok".
  const statusWord = tokens.includes('status') || tokens.includes('statusnya') || tokens.includes('level');
  if (has(LEVEL_WORDS) && has(GROUP_WORDS) && !namesVillage && !statusWord) return RULES_OF_LEVELS;
  // "bedanya rintisan sama aktif", "level desa ada apa aja": the levels themselves, asked of no desa
  // (were searches for "bedanya rintisan", "aja").
  const levelNamed = tokens.some((token) => LEVEL_WORDS.has(token) || token === 'dorman');
  const whichLevels = (tokens.includes('level') || tokens.includes('tingkat') || tokens.includes('tingkatan')) && tokens.includes('apa') && tokens.some((token) => ANY_OF.has(token));
  const besidesLevels = rest.filter((token) => !DIFFERENCE.has(token) && !MEANING.has(token) && token !== 'does' && !LEVEL_WORDS.has(token) && token !== 'dorman' && !LEVEL_JOINS.has(token));
  // "level aktif maksudnya gimana": what a level means (was a search for a desa "maksudnya").
  if (((has(DIFFERENCE) && levelNamed) || (has(MEANING) && levelNamed) || whichLevels) && !mine && besidesLevels.length === 0) return LEVELS;
  // "kapan status desa saya berubah", "when does our level go up": when a level changes, asked of no
  // desa named (was searched as a desa called "kapan berubah"); the levels say when it is computed.
  if (has(ASKS_WHEN) && has(CHANGE_WORDS) && rest.every((token) => ASKS_WHEN.has(token) || CHANGE_WORDS.has(token) || LEVEL_JOINS.has(token) || WHEN_CHATTER.has(token))) return LEVELS;
  // "kelurahan saya belum punya wksbm, trus gimana?", "desa sebelah udah, desa saya kok belum":
  // what a desa that is not yet a WKSBM does next, with no desa named. The steps, not a search.
  // "trus desa kami udah wksbm belum?" is asking, not saying it is not: "sudah … belum?" with
  // only a connective in front is a status question.
  // "kumaha carana terang desa abdi tos wksbm atanapi teu acan": how to know whether it is, asking too;
  // so is how to check ("gimana cara cek desa saya sudah wksbm apa belum", was the steps for a desa not yet one).
  // Knowing or checking, the how may come last: "klo mw ngecek desa sy udh masuk wksbm ap blm caranya gmn".
  const endsNotYet = NOT_YET_WORDS.has(tokens.at(-1) ?? '') || NOT_YET_WORDS.has(tagged);
  const onlyConnectives = tokens.filter((token) => WHAT_THEN.has(token)).every((token) => CONNECTIVES.has(token));
  const asksAlready = has(ALREADY_WORDS) && ((endsNotYet && onlyConnectives) || (has(NOT_YET_WORDS) && (has(KNOW_WORDS) || has(CHECK_WORDS))));
  const sundaneseNotYet = tokens.includes('naha') && tokens.includes(SUNDANESE_NOT_YET);
  if ((has(NOT_YET_WORDS) || sundaneseNotYet) && has(WHAT_THEN) && !statusWord && !asksAlready && rest.every((token) => WHAT_THEN_CHATTER.has(token) || (sundaneseNotYet && token === SUNDANESE_NOT_YET))) return WHAT_NEXT;
  // "cek desa X", also asked for: "coba cek …", "tolong cek …", "mau cek …".
  const checkAt = tokens[0] !== undefined && CHECK_ASKS.has(tokens[0]) ? 1 : 0;
  const checkWord = tokens[checkAt] === 'cek' || tokens[checkAt] === 'check';
  const aboutWksbm = tokens.includes('wksbm') || tokens.includes('wksbmnya') || tokens.includes('aktif') || tokens.includes('active') || desaRegistered;
  // "berapa desa di bantul yang sudah wksbm?", "desa mana saja yang sudah wksbm": a count of
  // desa, not one desa's status (the FAQ says where totals are).
  const villageThenWhich = tokens.some((token, at) => VILLAGE_WORDS.has(token) && (tokens[at + 1] === 'mana' || tokens[at + 1] === 'endi'));
  // "berapa desa", "jumlah desa", "desa mana (saja)": the count is of desa ("berapa kelompok …
  // supaya desa jadi wksbm" counts groups: the minimum).
  const countThenVillage = tokens.some(
    (token, at) =>
      (COUNT_WORDS.has(token) && VILLAGE_WORDS.has(tokens[at + 1] ?? '')) ||
      (token === 'how' && tokens[at + 1] === 'many' && ['villages', 'desa'].includes(tokens[at + 2] ?? '')),
  );
  // "ada desa di sleman yang udah wksbm ga?", "ada desa yang sudah aktif?": whether any has, a count too.
  const anyVillage = tokens.some((token, at) => token === 'ada' && VILLAGE_WORDS.has(tokens[at + 1] ?? '') && ['di', 'yang', 'yg', 'se', 'sing', 'nu'].includes(tokens[at + 2] ?? ''));
  // "apakah semua desa sudah punya wksbm?", "seluruh desa di bantul udah wksbm?": all of them, a count too (searched "semua punya").
  const allVillages = tokens.some((token, at) => ALL_WORDS.has(token) && VILLAGE_WORDS.has(tokens[at + 1] ?? ''));
  const countsDesa = countThenVillage || villageThenWhich || ((anyVillage || allVillages) && (has(ALREADY_WORDS) || aboutWksbm));
  if (countsDesa && !statusWord) return { kind: 'area_counts', ...areaAsked(tokens) };
  // "jumlah wksbm di sleman berapa", "wksbm di jogja ada brp": how many WKSBM in a place named, a count too.
  const countsWksbm = (has(COUNT_WORDS) || tokens.some((token, at) => token === 'how' && tokens[at + 1] === 'many')) && tokens.includes('wksbm');
  if (countsWksbm && !statusWord) {
    const area = areaAsked(tokens);
    const placeWords = new Set(tokenize(area.query ?? ''));
    if (area.query !== undefined && tokens.every((token) => placeWords.has(token) || COUNT_CHATTER.has(token))) return { kind: 'area_counts', ...area };
  }
  // "berapa kelompok yang terdaftar di desa panggungharjo?": that desa's groups, shown by its
  // status; "berapa kelompok supaya desa jadi wksbm" asks the minimum (the rules, above).
  const countsGroups = tokens.some((token, at) => COUNT_WORDS.has(token) && GROUP_WORDS.has(tokens[at + 1] ?? ''));
  const desaNamed = tokens.findIndex((token, at) => VILLAGE_WORDS.has(token) && at > 0 && ['di', 'ing', 'ning', 'in', 'of', 'dari', 'desa'].includes(tokens[at - 1]!));
  if (countsGroups && (has(HOW_TO) || has(WHAT_IT_TAKES)) && (tokens.includes('wksbm') || has(LEVEL_WORDS))) return RULES_OF_LEVELS;
  if (countsGroups && desaNamed >= 0 && !has(HOW_TO) && !has(WHAT_IT_TAKES)) {
    const place = tokens.slice(desaNamed + 1).filter((token) => !STATUS_FILLER.has(token) && !YES_NO_TAGS.has(token) && !COUNT_WORDS.has(token));
    if (place.length > 0 && place.length <= 4) return { kind: 'status', mine: false, query: place.join(' ') };
    if (place.length === 0 && has(MINE_WORDS)) return { kind: 'status', mine: true };
  }
  // "kalo kelompok saya udah daftar, desa langsung jadi wksbm?": about what registering does,
  // for the FAQ; no desa is named by "kelompok" or "daftar".
  // "apakah desa panggungharjo sudah terdaftar sebagai wksbm?" asks the desa's status: registered as one is being one.
  const registeredAs = tokens.some((token, at) => REGISTERED.has(token) && REGISTERED_AS.has(tokens[at + 1] ?? '') && tokens[at + 2] === 'wksbm');
  const aboutGroups = rest.some((token) => GROUP_WORDS.has(token) || (!registeredAs && !desaRegistered && REGISTERED.has(token)));
  // "jam berapa bot aktif", "aplikasinya aktif gak": the bot, not a desa.
  if (tokens.some((token) => ['bot', 'aplikasi', 'aplikasinya', 'app'].includes(token)) && !statusWord && !checkWord) return null;
  // "terus kalo udah jadi wksbm dapet apa": what being one brings, supposed ("if it already
  // is"), not whether a desa is; "kalo desa saya udah wksbm belum?" still asks.
  const supposes = tokens.some((token, at) => IF_WORDS.has(token) && ALREADY_WORDS.has(tokens[at + 1] ?? '')) && !has(NOT_YET_WORDS) && !statusWord && !checkWord;
  if (supposes) return null;
  // "kenapa desa saya belum wksbm padahal udah ada pkk": why not, though groups exist (the FAQ's
  // not_counted), not a desa called "padahal ada pkk".
  if (tokens.includes('padahal') && has(NOT_YET_WORDS) && !statusWord && !checkWord) return null;
  const isStatus =
    statusWord ||
    (checkWord && (namesVillage || rest.length > 0)) ||
    // "how do i check my village", "gimana cara ngecek desa saya": a check asked of a desa, the word for desa said.
    (tokens.some((token) => CHECK_WORDS.has(token)) && namesVillage && !aboutGroups) ||
    (asksState && namesVillage && (aboutWksbm || mine) && !aboutGroups) ||
    // "desa sidomulyo udah blm ya?", asked after talking of WKSBM: "sudah … belum?" of a desa named
    // in a word or two is whether it is one (was "belum paham"); more words may ask anything of it.
    (asksAlready && namesVillage && rest.length > 0 && rest.length <= 2 && !aboutGroups) ||
    // "gimana biar desa kami jadi wksbm", "… biar desa sidomulyo jadi wksbm": that desa's status;
    // "gimana caranya desa jadi wksbm" names no desa and stays a question for the FAQ.
    (becomesWksbm && (mine || (rest.length > 0 && rest.length <= 3)) && !rest.some((token) => QUESTION_WORDS.has(token) || GROUP_WORDS.has(token))) ||
    (asksState && aboutWksbm && rest.length > 0 && rest.length <= 3 && !aboutGroups) ||
    // "is sidomulyo a wksbm yet?"; "is wksbm mandatory" asks about WKSBM itself.
    (tokens[0] === 'is' && tokens[1] !== 'wksbm' && tokens.includes('wksbm') && rest.length > 0) ||
    (desaRegistered && !aboutGroups);
  // "siapa yang menentukan desa kami sudah wksbm atau belum": who decides, for the FAQ; no desa asked about.
  // "sopo sing nentokake status desa?", "who decides the status of a village": a who-question
  // about people (who opens it, or "who that …" follows), the status word its subject, not a desa named.
  const asksWho = tokens.some((token) => WHO_WORDS.has(token)) && ((!statusWord && !checkWord) || asksAboutSomeone(tokens));
  if (!isStatus || asksWho) {
    if (asksWho) return null;
    // "btw desa saya di caturtunggal depok sleman": the person's desa, told: its status.
    const told = question ? null : DESA_TOLD.exec(text)?.[1]?.replace(/[\s,.;!]+$/u, '').trim();
    return told && told.length >= 3 ? { kind: 'status', mine: false, query: told } : null;
  }
  // "status panggungharjo rw 2": that RW's status, not the whole desa's; "… rw 3 dan 4": each
  // RW's in turn, as the status check's RW question takes them (parse/rw-answer.ts).
  const rwList = rwListIn(text);
  const rwNamed = RW_NAMED.exec(text);
  const [firstRw, ...moreRw] = rwList?.rws ?? [];
  const rw = firstRw !== undefined ? { rw: firstRw, moreRw } : rwNamed ? { rw: Number(rwNamed[1]) } : {};
  const named = rest.filter(
    (token) =>
      token !== 'rw' &&
      !/^rw\d+$/u.test(token) &&
      !rwList?.words.includes(token) &&
      !(registeredAs && (REGISTERED.has(token) || REGISTERED_AS.has(token))) &&
      !(desaRegistered && (DESA_REGISTERED.has(token) || REGISTERED_LINKS.has(token))) &&
      !(doesItHave && (HAVE.has(token) || token === 'does' || token === 'do' || token === 'got')),
  );
  // Six words or more left once the question's are gone are a story around a question ("jadi
  // gini sy kan ketua rt …, sy blm ngerti itu apa"), not a desa's name with its kecamatan.
  if (named.length > MAX_PLACE_WORDS || (desaRegistered && registeredAsked && named.length > MAX_REGISTERED_NAME_WORDS)) return null;
  // "gimana biar desa kami jadi wksbm": the way asked too, told where the desa is asked.
  if (mine && named.length === 0) return { kind: 'status', mine: true, ...rw, ...(becomesWksbm && { becoming: true as const }) };
  return named.length > 0 ? { kind: 'status', mine: false, query: named.join(' '), ...rw } : { kind: 'status', mine, ...rw };
}

/** Words that announce a question ("tanya", "nanya", "ask"). */
const ASK_WORDS = new Set(['tanya', 'nanya', 'bertanya', 'tanyain', 'takon', 'naros', 'ask', 'question']);
/** Words around such an announcement that ask nothing yet. */
const ASK_CHATTER = new Set([
  ...WANT_WORDS, ...ADDRESS_WORDS, ...TONE_PARTICLES, ...I_WORDS, 'numpang', 'izin', 'ijin', 'boleh', 'bisa', 'admin', 'permisi', 'punten', 'nuwun', 'sewu', 'hendak', 'sedikit', 'dikit', 'lagi', 'can', 'i', 'may', 'a', 'have',
  'something', 'some', 'questions', 'please', 'hai', 'halo', 'hi', 'hello',
]);

/** The most words a desa's name with its kecamatan and kabupaten takes in a status question. */
const MAX_PLACE_WORDS = 5;

/** "Since" and "from" before "when" ("sejak kapan", "mulai kapan", "dari tahun …", "since when"). */
const SINCE = new Set(['sejak', 'mulai', 'semenjak', 'since', 'wiwit', 'ti']);
const WHEN = new Set(['kapan', 'kapan2', 'tahun', 'thn', 'when', 'kapankah', 'iraha']);
/** The FAQ's answer on the legal basis, which says since when WKSBM has existed. */
const SINCE_WHEN: Understood = { kind: 'faq', topic: 'legal_basis', confidence: 1 };
/** The FAQ's answer on ending a group: deactivated by its leaders, kept when one's own data is erased. */
const GROUP_ENDED_ASKED: Understood = { kind: 'faq', topic: 'end_group', confidence: 1 };

/** Words around "my desa" in such a follow-up: if, in, about, how ("kalau di desa saya?", "upami di desa abdi kumaha"). */
const OWN_DESA_CHATTER = new Set([
  ...IF_WORDS, ...HOW_WORDS, ...THEN_WORDS, ...FOLLOW_UP_CHATTER, 'di', 'neng', 'ning', 'nang', 'ing', 'ten', 'dengan', 'dgn', 'sama', 'ama', 'soal', 'untuk',
  'utk', 'buat', 'kanggo', 'keur', 'about', 'in', 'what', 'for', 'with',
]);

/**
 * A follow-up that asks about a desa and nothing else: the person's own ("kalau di desa saya?",
 * "how about my village"), or one named after a word for desa, the message opening with "if" or
 * "then" ("kalau desa sinduadi gimana?", "terus desa sidomulyo bantul?"); else null. `led`: the
 * tokens are what followed a lead word ("terus", "nah"), which opens it as "then" does.
 */
function desaFollowedUp(tokens: readonly string[], led: boolean): Understood | null {
  if (tokens.length > 7 || !tokens.some((token) => VILLAGE_WORDS.has(token))) return null;
  const own = tokens.some((token) => token === 'desaku' || token === 'kampungku' || MINE_WORDS.has(token));
  const named = tokens.filter((token) => !VILLAGE_WORDS.has(token) && !MINE_WORDS.has(token) && !OWN_DESA_CHATTER.has(token));
  if (named.length === 0) return own ? { kind: 'status', mine: true } : null;
  // The name's words follow the word for desa, together, up to three (a desa with its kecamatan and kabupaten).
  const at = tokens.indexOf(named[0]!);
  const together = tokens.slice(at, at + named.length).join(' ') === named.join(' ');
  // "desa gw cipete gmn?", "desaku sidoarum piye?": the person's own desa, named after "my desa".
  const before = tokens[at - 1] ?? '';
  const ownNamed = MINE_WORDS.has(before) && (VILLAGE_WORDS.has(before) || VILLAGE_WORDS.has(tokens[at - 2] ?? ''));
  if (own && ownNamed && together && named.length <= 3) return { kind: 'status', mine: false, query: named.join(' ') };
  const opens = led || IF_WORDS.has(tokens[0]!) || THEN_WORDS.has(tokens[0]!);
  return !own && opens && together && named.length <= 3 && VILLAGE_WORDS.has(tokens[at - 1] ?? '') ? { kind: 'status', mine: false, query: named.join(' ') } : null;
}

/**
 * Whether a question asks who does something: it opens with "who" ("who decides the status …"),
 * or "who" is followed by "that" ("siapa yang menentukan status desa", "sopo sing nentokake …").
 */
function asksAboutSomeone(tokens: readonly string[]): boolean {
  return WHO_WORDS.has(tokens[0] ?? '') || tokens.some((token, at) => WHO_WORDS.has(token) && WHO_THAT.has(tokens[at + 1] ?? ''));
}

/** Only the announcement of a question: an asking word and chat around it, nothing asked yet. */
function announcesQuestion(tokens: readonly string[]): boolean {
  return tokens.some((token) => ASK_WORDS.has(token)) && tokens.every((token) => ASK_WORDS.has(token) || ASK_CHATTER.has(token));
}

/** "kab bantul", "kota jogja", "kec sewon kab bantul": a kind of place, then only its name (up to three words). */
function namesOnlyAPlace(tokens: readonly string[]): boolean {
  return tokens.length >= 2 && tokens.length <= 4 && REGION_WORDS.has(tokens[0]!) && !tokens.some((token) => PLACE_QUESTION_WORDS.has(token));
}

/** Words that make a sentence with a verb of registering a question about it ("what do i need to register my group?", "why should my group register"). */
const ASKS_OF_REGISTERING = new Set(['what', 'why', 'kenapa', 'mengapa', 'napa', 'naha']);
/** English yes/no openers: "can i register more than one group" asks, "?" typed or not. */
const YES_NO_OPENERS = new Set(['can', 'could', 'may', 'should', 'do', 'does', 'is', 'are']);
/** "more than one", "several": registering several groups asked about (the FAQ's several_groups), never one group's request. */
const SEVERAL = new Set(['several', 'multiple', 'beberapa']);

/** Whether words with a verb of registering ask about registering rather than ask to register. */
function asksOfRegistering(tokens: readonly string[]): boolean {
  const moreThan = tokens.some((token, at) => (token === 'more' && tokens[at + 1] === 'than') || (token === 'lebih' && tokens[at + 1] === 'dari'));
  return moreThan || YES_NO_OPENERS.has(tokens[0] ?? '') || tokens.some((token) => ASKS_OF_REGISTERING.has(token) || SEVERAL.has(token));
}

/**
 * Whether the provisional mark of a status is named: "provisional", or "sementara" except as
 * "for now" ("sementara ini", "untuk sementara"), which may lead any request.
 */
function namesProvisional(tokens: readonly string[]): boolean {
  return tokens.some(
    (token, at) => token === 'provisional' || (token === 'sementara' && tokens[at + 1] !== 'ini' && !['untuk', 'utk', 'buat'].includes(tokens[at - 1] ?? '')),
  );
}

/** Words of a registration request that name no kind of group ("saya mau daftar kelompok …"). */
const NOT_A_KIND = new Set([...WANT_WORDS, ...I_WORDS, ...WE_WORDS, 'dong', 'kelompok', 'our', 'i', 'want', 'to', 'group']);

function groupTypeIn(tokens: readonly string[]): GroupType | undefined {
  const words = tokens.filter((token) => !REGISTER_VERBS.has(token) && !NOT_A_KIND.has(token));
  if (words.length === 0) return undefined;
  // "youth group" is Karang Taruna in English.
  if (tokens.includes('youth')) return 'karang_taruna';
  const type = matchChoice(words.join(' '), GROUP_TYPE_WORDS.filter((option) => option.id !== 'other'));
  return type ?? undefined;
}

/**
 * The one kind of activity `tokens` name. The people counted ("…, 20 lansia") are who was served,
 * not another kind: read without them first ("posyandu lansia …, 20 lansia" tied Kesehatan with
 * Bantuan lansia, and no kind was read), then with them ("catat kegiatan 20 lansia").
 */
function categoryIn(tokens: readonly string[]): ActivityCategory | undefined {
  const uncounted = tokens.filter((token, at) => !/^\d+$/u.test(token) && !/^\d+$/u.test(tokens[at - 1] ?? ''));
  return (uncounted.length < tokens.length ? categoryNamed(uncounted) : undefined) ?? categoryNamed(tokens);
}

/** The one kind of activity `tokens` name, the words of recording and of days aside. */
function categoryNamed(tokens: readonly string[]): ActivityCategory | undefined {
  const words = tokens.filter((token) => !LOG_VERBS.has(token) && !ACTIVITY_NOUN_WORDS.has(token) && !['kemarin', 'hari', 'ini', 'tadi', 'pagi', 'mau', 'tgl', 'tanggal', 'minggu', 'lalu'].includes(token));
  if (words.length === 0) return undefined;
  const category = matchChoice(words.join(' '), ACTIVITY_CATEGORY_WORDS.filter((option) => option.id !== 'lainnya'));
  return category ?? undefined;
}

/** The first phrase of the message that reads as a date ("kemarin", "tgl 3 november"). */
function dateIn(text: string, now: Date): string | undefined {
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}/.-]+/gu, ' ').trim().split(' ');
  for (let length = 4; length >= 1; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      const parsed = parseActivityDate(words.slice(start, start + length).join(' '), now);
      if (parsed.ok) return parsed.value;
      // "minggu kemarin" is a week: no day is read from it ("kemarin" alone would be yesterday).
      if (parsed.error === 'vague_week') return undefined;
    }
  }
  return undefined;
}

/** The label of a reading in the labelled message sets: `faq:<topic>`, `status`, `greeting`… */
export function readingLabel(understood: Understood): string {
  switch (understood.kind) {
    case 'faq':
      return `faq:${understood.topic}`;
    case 'greeting':
      return understood.followedBy && understood.followedBy.kind !== 'unknown' ? readingLabel(understood.followedBy) : 'greeting';
    default:
      return understood.kind;
  }
}
