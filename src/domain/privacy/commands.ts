/**
 * The words that open the personal-data flows from the main menu: /datasaya, /hapusdata and
 * /tarikpersetujuan (Telegram commands), their English forms and plain phrases, and a short
 * request to delete one's data said in other words ("tolong hapus data sy", "hapus akun saya"),
 * and one to see it ("show me my personal data").
 */
import { commandWord } from '../../core/engine/commands.js';
import { I_WORDS } from '../parse/lexicon.js';
import { NOT_WORDS as NOT } from '../parse/negation.js';
import { words } from '../parse/text.js';
import { ERASE_FLOW_ID, MY_DATA_FLOW_ID, WITHDRAW_FLOW_ID } from './flow-ids.js';

const WORDS: Readonly<Record<string, readonly string[]>> = {
  [MY_DATA_FLOW_ID]: ['datasaya', 'data saya', 'lihat data saya', 'data pribadi saya', 'mydata', 'my data', 'show my data'],
  [ERASE_FLOW_ID]: ['hapusdata', 'hapus data', 'hapus data saya', 'deletedata', 'delete data', 'delete my data', 'erase my data'],
  [WITHDRAW_FLOW_ID]: ['tarikpersetujuan', 'tarik persetujuan', 'cabut persetujuan', 'withdrawconsent', 'withdraw consent', 'withdraw my consent'],
};

const BY_WORD = new Map(Object.entries(WORDS).flatMap(([flow, words]) => words.map((word) => [word, flow] as const)));

/**
 * "hapus", "hapusin", "delete": the verb of a deletion request; Javanese "busak"/"mbusak", and
 * chat's vowel-dropped "hps"/"hpus".
 */
const DELETE_VERBS: ReadonlySet<string> = new Set([
  'hapus', 'hapuskan', 'hapusin', 'dihapus', 'hapusen', 'apus', 'apusin', 'diapus', 'hilangkan', 'ilangin', 'delete', 'erase', 'remove',
  'hps', 'hpus', 'busak', 'mbusak', 'dibusak', 'busaken', 'busakaken',
]);
/** "lihat", "show", "mana" (where is): asking to see something. */
const SEE_VERBS: ReadonlySet<string> = new Set(['mana', 'lihat', 'liat', 'melihat', 'tampilkan', 'tampilin', 'tunjukkan', 'tunjukin', 'cek', 'see', 'show', 'view', 'check']);
/** What is deleted: one's data, account or number (a group or an activity is never one of these). */
const DATA_WORDS: ReadonlySet<string> = new Set(['data', 'datanya', 'dta', 'akun', 'akunnya', 'nomor', 'nomer', 'nomornya', 'nomernya', 'account', 'number', 'details']);
/**
 * The person's own: required, so that "hapus data kelompok" or "hapus nomor ketua" is never one.
 * Every "I" of the lexicon: Javanese "kula" and Sundanese "abdi" too ("hapus data abdi" was the FAQ on what is kept).
 */
const OWN_WORDS: ReadonlySet<string> = new Set([...I_WORDS, 'ku', 'kami', 'my', 'me', 'mine']);
/** "dataku", "akunku": the thing and the owner in one word. */
const OWN_DATA_WORDS: ReadonlySet<string> = new Set(['dataku', 'akunku', 'nomorku', 'nomerku']);
/** "ga mau", "gamau", "jangan (simpan)": not wanting something. */
const REFUSALS: ReadonlySet<string> = new Set(['gamau', 'gakmau', 'nggakmau', 'ogah', 'emoh', 'dont', 'jangan', 'jgn']);
/** "disimpan", "dicatat": what the person does not want done with their data. */
const STORE_VERBS: ReadonlySet<string> = new Set(['disimpan', 'disimpen', 'simpan', 'nyimpen', 'menyimpan', 'tersimpan', 'dicatat', 'catat', 'store', 'stored', 'keep', 'kept', 'saved']);
/**
 * Words a short request may have besides those ("tolong … dari sistem", "semua … ya min"):
 * politeness, "all", what kind of number, where from. Any other word makes it a sentence of
 * its own (a question, a group's name, an activity described), which is read as such.
 */
const FILLER: ReadonlySet<string> = new Set([
  // Javanese "tulung" (please) and Sundanese "punten" (excuse me) before a request.
  'tulung', 'punten',
  'tolong', 'mohon', 'minta', 'please', 'pls', 'plz', 'dong', 'ya', 'yah', 'deh', 'aja', 'saja', 'min', 'kak', 'pak', 'bu', 'mas', 'mbak',
  'mau', 'ingin', 'pengen', 'pingin', 'pgn', 'i', 'want', 'to', 'would', 'like', 'semua', 'semuanya', 'seluruh', 'all', 'the', 'and', 'dan',
  'pribadi', 'personal', 'hp', 'wa', 'whatsapp', 'telepon', 'telpon', 'telp', 'handphone', 'phone', 'yang', 'yg', 'ada', 'di', 'dari', 'sistem',
  'system', 'bot', 'sini', 'ini', 'from', 'your', 'sekarang', 'now', 'juga', 'aj', 'sj', 'lagi', 'kalian',
  // "I'd like to …", "can you …".
  'id', 'can', 'you',
  // "iya, hapus data saya": a yes before the request (at its confirmation, the request said again).
  'iya', 'iyaa', 'yes', 'ok', 'oke', 'okay',
]);

/** "tarik", "revoke": taking back a consent. */
const WITHDRAW_VERBS: ReadonlySet<string> = new Set(['tarik', 'menarik', 'cabut', 'mencabut', 'batalkan', 'withdraw', 'revoke', 'retract']);
const CONSENT_WORDS: ReadonlySet<string> = new Set(['persetujuan', 'persetujuannya', 'consent', 'izin', 'ijin']);
/** "setuju", "agree": what "no longer" is said of. */
const AGREE_WORDS: ReadonlySet<string> = new Set(['setuju', 'agree']);
/** Said of one's data besides politeness: "… data saya dipakai", "… to my data being used". */
const DATA_USE: ReadonlySet<string> = new Set(['dipakai', 'dipake', 'digunakan', 'disimpan', 'used', 'being', 'kept', 'stored', 'with', 'dengan', 'untuk', 'buat']);

/** Requests longer than this are sentences, not commands. */
const MAX_WORDS = 12;

/**
 * The kinds of word in `said`, each word counted for the first of `kinds` whose set holds it,
 * or null when a word is in none of them and is no politeness ({@link FILLER}): then the
 * message says something else besides, and is read as that.
 */
function kindsOf<K extends string>(said: readonly string[], kinds: ReadonlyArray<readonly [K, ReadonlySet<string>]>): Set<K> | null {
  const seen = new Set<K>();
  for (const word of said) {
    const kind = kinds.find(([, set]) => set.has(word));
    if (kind) seen.add(kind[0]);
    else if (!FILLER.has(word)) return null;
  }
  return seen;
}

/** One's data named as one's own: "data saya", "nomor hp sy", or "dataku" in one word. */
function ownData(kinds: ReadonlySet<string>): boolean {
  return kinds.has('ownData') || (kinds.has('data') && kinds.has('own'));
}

const ERASE_KINDS = [['verb', DELETE_VERBS], ['data', DATA_WORDS], ['own', OWN_WORDS], ['ownData', OWN_DATA_WORDS]] as const;

/**
 * A short request to delete one's own data in other words: a delete verb, one's data
 * (account, number) as one's own, and nothing else but politeness: "tolong hapus data sy",
 * "tolong hapus nomor hp saya dari sistem", "hapus akun saya". "hapus kegiatan", "hapus
 * data kelompok" or "cara hapus data saya?" are not.
 */
function asksToErase(said: readonly string[]): boolean {
  const kinds = kindsOf(said, ERASE_KINDS);
  return kinds !== null && kinds.has('verb') && ownData(kinds);
}

/** "not" in either language: "tidak setuju lagi", "no longer agree". */
const SAID_NOT: ReadonlySet<string> = new Set([...NOT, 'no', 'not']);
const NO_MORE: ReadonlySet<string> = new Set(['lagi', 'longer', 'anymore']);
/** Words a withdrawal may have besides its own: whose data, and what it is used for. */
const WITHDRAW_CONTEXT: ReadonlySet<string> = new Set([...OWN_WORDS, ...DATA_WORDS, ...DATA_USE]);
const WITHDRAW_KINDS = [
  ['verb', WITHDRAW_VERBS], ['consent', CONSENT_WORDS], ['agree', AGREE_WORDS], ['not', SAID_NOT], ['more', NO_MORE], ['context', WITHDRAW_CONTEXT],
] as const;

/**
 * Taking one's consent back in other words: "cabut persetujuan saya", "revoke my consent", or
 * agreeing no more ("saya tidak setuju lagi data saya dipakai", "I no longer agree to my data
 * being used"). Only a confirmation opens, so a misreading costs a tap on Batal.
 */
function asksToWithdraw(said: readonly string[]): boolean {
  const kinds = kindsOf(said, WITHDRAW_KINDS);
  return kinds !== null && ((kinds.has('verb') && kinds.has('consent')) || (kinds.has('agree') && kinds.has('not') && kinds.has('more')));
}

const SEE_KINDS = [
  ['verb', SEE_VERBS], ['data', new Set(['data', 'datanya'])],
  // "show me the data" does not say whose data; "my data" does.
  ['me', new Set(['me'])],
  ['own', OWN_WORDS], ['ownData', new Set(['dataku'])],
] as const;

/**
 * A short request to see one's own data: one's data as one's own, maybe a verb of seeing, and
 * nothing else but politeness ("show me my personal data", "tolong tampilkan data saya",
 * "data saya dong": asked for, one's data is to be seen, as 🔒 Data saya shows it). "lihat
 * data kelompok saya", "cek data desa" or "data saya apa aja yang disimpan" (a question about
 * what is kept, for the FAQ) are not.
 */
function asksToSee(said: readonly string[], verbless: boolean): boolean {
  const kinds = kindsOf(said, SEE_KINDS);
  return kinds !== null && ownData(kinds) && (verbless || kinds.has('verb') || said.some((word) => ASKING.has(word)));
}

/** Words that ask for something: with them one's data is asked for at any step ("data saya dong", "minta data saya"). */
const ASKING: ReadonlySet<string> = new Set(['dong', 'donk', 'minta', 'mana', 'tolong', 'mohon', 'please', 'pls', 'plz']);

const REFUSAL_KINDS = [['refusal', REFUSALS], ['data', DATA_WORDS], ['own', OWN_WORDS], ['ownData', OWN_DATA_WORDS], ['store', STORE_VERBS]] as const;

/**
 * "sy gamau data sy disimpen", "saya tidak mau data saya disimpan": not wanting one's data
 * kept ("jangan simpan data saya lagi", "don't keep my data"), which opens Data saya (what is
 * held, with delete and withdraw) rather than deleting.
 */
function refusesStorage(said: readonly string[]): boolean {
  // "tidak mau" is "gamau" in two words.
  const joined = said.flatMap((word, index) => (word === 'mau' && NOT.has(said[index - 1] ?? '') ? [] : NOT.has(word) && said[index + 1] === 'mau' ? ['gamau'] : [word]));
  const kinds = kindsOf(joined, REFUSAL_KINDS);
  return kinds !== null && kinds.has('refusal') && kinds.has('store') && ownData(kinds);
}

/**
 * The personal-data flow a message asks for ("/hapusdata@wksbm_bot", "Data saya!", "tolong hapus data sy"), or null.
 * `verbless`: one's data named with neither a verb of seeing nor a word of asking ("data saya",
 * "ini data saya") opens it too: true at the menu, false where a question waits for its answer
 * ("ini data saya", "iya data saya" answer it; "data saya dong" still asks for the data).
 */
export function privacyCommandFlow(text: string, options: { readonly verbless?: boolean } = {}): string | null {
  const command = BY_WORD.get(commandWord(text));
  if (command) return command;
  // A question ("bisa hapus data saya?") is answered, not taken as the request.
  if (text.includes('?')) return null;
  const said = words(text);
  if (said.length === 0 || said.length > MAX_WORDS) return null;
  if (asksToErase(said)) return ERASE_FLOW_ID;
  if (refusesStorage(said) || asksToSee(said, options.verbless ?? true)) return MY_DATA_FLOW_ID;
  if (asksToWithdraw(said)) return WITHDRAW_FLOW_ID;
  return null;
}
