/**
 * Matching a typed answer to one of a few options: by its number in the list ("3", "3.",
 * "no 3"), by a word or phrase of the option ("pengajian", "kerja bakti"), or by a close
 * typo of one ("arsian", "gotong royog"). An answer that fits two options equally well
 * matches neither: asking again is cheaper than filing a group under the wrong type.
 */
import { ACTIVITY_CATEGORIES, type ActivityCategory } from '../model/activities.js';
import { editDistance } from './edit-distance.js';
import { GROUP_TYPES, type GroupType } from '../model/group-types.js';
import { RELATION_KINDS, type RelationKind } from '../model/relations.js';
import { words } from './text.js';

/** One option: its id and the words or phrases people use for it (any case, any spacing). */
export interface ChoiceOption<T extends string> {
  readonly id: T;
  readonly words: readonly string[];
}

/**
 * The option a typed answer names, or null when none or several fit. Tried in order, the
 * first step that finds anything decides: the option's 1-based number; the whole answer
 * equal to a phrase (spaces ignored, so "kerjabakti" = "kerja bakti"; an id with letters
 * counts as a phrase); a phrase inside the answer ("arisan ibu-ibu RT 5"; a phrase inside a longer
 * matched phrase does not count); the whole answer a typo of a phrase; a word of the answer a
 * typo of a one-word phrase. Typos: Damerau-Levenshtein ≤ 1 from 4 letters, ≤ 2 from 8
 * (5 letters for single words inside a longer answer, where stray hits are likelier).
 */
export function matchChoice<T extends string>(text: string, options: ReadonlyArray<ChoiceOption<T>>): T | null {
  const typed = words(text);
  if (typed.length === 0) return null;
  const byNumber = /^(?:(?:no|nomor|nomer|nmr|nr|number|pilihan|pilih|opsi|option) )?(\d{1,3})$/.exec(typed.join(' '));
  if (byNumber) return options[Number(byNumber[1]) - 1]?.id ?? null;

  const phrases = options.flatMap((option) => phrasesOf(option).map((tokens) => ({ id: option.id, tokens })));
  const answer = typed.join(' ');
  const compact = typed.join('');

  const exact = phrases.filter((p) => p.tokens.join('') === compact);
  if (exact.length > 0) return unique(exact.map((p) => p.id));

  const inside = phrasesInside(typed, phrases);
  if (inside.length > 0) return unique(inside);

  const close = closest(phrases.map((p) => ({ id: p.id, distance: typoDistance(answer, p.tokens.join(' ')) })));
  if (close !== undefined) return close;

  const wordTypos = typed.flatMap((word) =>
    word.length < 5 ? [] : phrases.filter((p) => p.tokens.length === 1).map((p) => ({ id: p.id, distance: typoDistance(word, p.tokens[0]!) })),
  );
  return closest(wordTypos) ?? null;
}

/**
 * The options whose words stand in the answer, in list order ("posyandu balita dan lansia":
 * layanan kesehatan and bantuan lansia): for saying which ones an answer could mean when
 * {@link matchChoice} found it naming several.
 */
export function choicesNamed<T extends string>(text: string, options: ReadonlyArray<ChoiceOption<T>>): T[] {
  const typed = words(text);
  const phrases = options.flatMap((option) => phrasesOf(option).map((tokens) => ({ id: option.id, tokens })));
  const named = new Set(phrasesInside(typed, phrases));
  return options.filter((option) => named.has(option.id)).map((option) => option.id);
}

/**
 * `typed` without the words that said option `id`: the first place one of its phrases stands,
 * typos of it too ("kerja bakri"), its longest phrase there. What is left says more than the
 * option ("kerja bakti *saluran air*"), for telling apart things of the one option.
 */
export function withoutOptionSaid<T extends string>(typed: readonly string[], options: ReadonlyArray<ChoiceOption<T>>, id: T): string[] {
  const option = options.find((one) => one.id === id);
  const phrases = option === undefined ? [] : phrasesOf(option).map((tokens) => tokens.join(''));
  for (let start = 0; start < typed.length; start++) {
    // Longest first, so "kerja bakti" is dropped whole, not "kerja" alone; spaces ignored ("kerjabakti").
    for (let end = typed.length; end > start; end--) {
      const said = typed.slice(start, end).join('');
      if (phrases.some((phrase) => said === phrase || Number.isFinite(typoDistance(said, phrase)))) return [...typed.slice(0, start), ...typed.slice(end)];
    }
  }
  return [...typed];
}

/**
 * The words of each of an option's phrases (its id counts as one, unless it is a bare number
 * like a PMKS code), worked out once per option: the option lists are fixed (group types,
 * activity kinds, PMKS; a filtered list keeps the same option objects), and every typed answer
 * or free text is matched against all of them (cleaning the phrases up took more time than
 * the matching; it showed in the profile).
 */
function phrasesOf(option: ChoiceOption<string>): ReadonlyArray<readonly string[]> {
  let phrases = OPTION_PHRASES.get(option);
  if (phrases === undefined) {
    phrases = [...(/[a-z]/i.test(option.id) ? [option.id.replace(/_/g, ' ')] : []), ...option.words].map(words);
    OPTION_PHRASES.set(option, phrases);
  }
  return phrases;
}

const OPTION_PHRASES = new WeakMap<ChoiceOption<string>, ReadonlyArray<readonly string[]>>();

/** The single id of a list, or null when the list names several. */
function unique<T>(ids: readonly T[]): T | null {
  const distinct = [...new Set(ids)];
  return distinct.length === 1 ? distinct[0]! : null;
}

/** Ids of phrases found as whole words in the answer, dropping those inside a longer find. */
function phrasesInside<T>(typed: readonly string[], phrases: ReadonlyArray<{ id: T; tokens: readonly string[] }>): T[] {
  const found: Array<{ id: T; start: number; end: number }> = [];
  for (const phrase of phrases) {
    const n = phrase.tokens.length;
    for (let start = 0; n > 0 && start + n <= typed.length; start++) {
      if (phrase.tokens.every((token, i) => typed[start + i] === token)) found.push({ id: phrase.id, start, end: start + n });
    }
  }
  return found
    .filter((a) => !found.some((b) => b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start))
    .map((a) => a.id);
}

/** Edit distance when within the typo allowance for the shorter string, else Infinity. */
function typoDistance(a: string, b: string): number {
  const length = Math.min(a.replace(/ /g, '').length, b.replace(/ /g, '').length);
  const allowed = length >= 8 ? 2 : length >= 4 ? 1 : 0;
  if (allowed === 0) return Number.POSITIVE_INFINITY;
  const distance = editDistance(a, b, allowed);
  return distance <= allowed ? distance : Number.POSITIVE_INFINITY;
}

/** The id at the smallest finite distance; null when ids tie; undefined when none is finite. */
function closest<T>(candidates: ReadonlyArray<{ id: T; distance: number }>): T | null | undefined {
  const finite = candidates.filter((c) => Number.isFinite(c.distance));
  if (finite.length === 0) return undefined;
  const best = Math.min(...finite.map((c) => c.distance));
  return unique(finite.filter((c) => c.distance === best).map((c) => c.id));
}

/** Kinds of grassroots groups, as people name them in chat. */
export const GROUP_TYPE_WORDS: ReadonlyArray<ChoiceOption<GroupType>> = options(GROUP_TYPES, {
  arisan: ['arisan', 'arisan rt', 'arisan ibu ibu', 'arisan bapak bapak', 'savings group', 'rotating savings group', 'savings'],
  majelis_taklim: [
    'majelis taklim', 'majlis taklim', "majelis ta'lim", 'majelis talim', 'taklim', 'pengajian', 'yasinan',
    'tahlilan', 'mt', 'jamaah pengajian', 'kelompok pengajian', 'prayer group', 'quran study group', 'islamic study group', 'quran recitation',
  ],
  // "karangtaruna" written joined (as "dasawisma" is): was no kind, and the request "belum paham".
  karang_taruna: ['karang taruna', 'karangtaruna', 'kt', 'karta', 'taruna', 'youth group', 'youth organisation', 'youth organization'],
  pkk: ['pkk', 'tp pkk', 'tim penggerak pkk', 'pembinaan kesejahteraan keluarga'],
  dasa_wisma: ['dasa wisma', 'dasawisma', 'dawis'],
  posyandu: ['posyandu', 'posyandu balita', 'posyandu lansia', 'health post', 'integrated health post'],
  kelompok_tani: ['kelompok tani', 'poktan', 'gapoktan', 'tani', 'petani', 'kwt', 'kelompok wanita tani', 'farming group', 'farmers group', 'farmer group', 'womens farming group', 'farming', 'farmers'],
  kelompok_nelayan: ['kelompok nelayan', 'nelayan', 'kub nelayan', 'fishing group', 'fishermen group', 'fishers group', 'fishermen', 'fishers'],
  rukun_kematian: ['rukun kematian', 'kematian', 'rk', 'rukem', 'santunan kematian', 'funeral association', 'funeral group'],
  remaja_masjid: ['remaja masjid', 'risma', 'irmas', 'remas', 'ikatan remaja masjid'],
  paguyuban: ['paguyuban'],
  other: ['lainnya', 'lain', 'lain lain', 'yang lain', 'other', 'others'],
});

/**
 * Activities people name by what was done ("penimbangan balita", "donor darah", "banjir"): each
 * reads as its kind ({@link ACTIVITY_CATEGORY_WORDS} holds them too), yet says more than the
 * kind's name, so the words are worth keeping as the activity's description.
 */
export const ACTIVITY_DOING_WORDS: ReadonlyArray<ChoiceOption<ActivityCategory>> = options(ACTIVITY_CATEGORIES, {
  santunan_anak_yatim: ['santunan yatim piatu', 'santunan anak yatim piatu', 'sedekah anak yatim'],
  bantuan_lansia: ['sembako lansia', 'santunan jompo'],
  bedah_rumah: ['rehab rumah', 'renovasi rumah', 'perbaikan rumah', 'house repair', 'home repair', 'house renovation'],
  jimpitan: ['jimpitan beras', 'iuran warga'],
  kerja_bakti: ['bersih desa', 'bersih dusun', 'bersih kampung', 'bersih lingkungan', 'bersih selokan', 'bersih makam', 'bersih bersih'],
  bantuan_bencana: ['banjir', 'gempa', 'longsor', 'tanah longsor', 'kebakaran', 'erupsi', 'flood', 'flood relief', 'earthquake', 'landslide'],
  layanan_kesehatan: [
    'penimbangan', 'penimbangan balita', 'timbang balita', 'nimbang balita', 'menimbang balita', 'timbangan balita', 'posyandu balita',
    'imunisasi', 'imunisasi balita', 'vaksinasi', 'cek kesehatan', 'cek tensi', 'pemeriksaan kesehatan', 'pengobatan gratis',
    'senam lansia', 'senam sehat', 'donor darah', 'pemberian makanan tambahan',
    'weighing toddlers', 'toddler weighing', 'immunisation', 'immunization', 'vaccination', 'blood donation', 'elderly exercise', 'free medical treatment',
  ],
  pendidikan: ['les', 'les gratis', 'belajar', 'belajar bersama', 'belajar kelompok', 'tpa', 'tpq', 'taman pendidikan al quran', 'beasiswa', 'bimbingan belajar', 'bimbel', 'lessons', 'study group', 'scholarship', 'scholarships', 'tutoring'],
  lainnya: [],
});

/** The words naming each kind of joint activity itself ("kerja bakti", "santunan yatim"), the doing words aside. */
const ACTIVITY_NAME_WORDS: Readonly<Record<ActivityCategory, readonly string[]>> = {
  santunan_anak_yatim: ['santunan anak yatim', 'santunan', 'yatim', 'anak yatim', 'yatim piatu', 'santunan yatim',
    // English: an English-speaking leader names it so ("orphan donation").
    'orphan', 'orphans', 'orphan donation', 'orphan aid', 'orphan support', 'donation for orphans', 'aid for orphans',
  ],
  bantuan_lansia: ['bantuan lansia', 'lansia', 'manula', 'lanjut usia', 'jompo', 'santunan lansia',
    'elderly', 'the elderly', 'elderly aid', 'aid for the elderly', 'aid for elderly', 'elderly support', 'help for the elderly', 'senior citizens',
  ],
  bedah_rumah: ['bedah rumah', 'rtlh', 'rumah tidak layak huni'],
  jimpitan: ['jimpitan', 'iuran', 'iuran sosial', 'jimpitan iuran sosial', 'dues', 'rice collection', 'coin collection'],
  kerja_bakti: ['kerja bakti', 'gotong royong', 'kerja bakti gotong royong', 'clean up', 'cleanup', 'community work'],
  bantuan_bencana: ['bantuan bencana', 'bencana', 'disaster', 'disaster relief', 'disaster aid'],
  layanan_kesehatan: [
    'layanan kesehatan', 'kesehatan', 'posyandu', 'posyandu lansia', 'kesehatan posyandu',
    // "health check for elderly" is a health service (for the elderly), not aid to lansia: the longer phrase wins.
    'health check', 'health checks', 'health check for elderly', 'health check for the elderly', 'health checkup', 'health service', 'health services',
    'medical check',
  ],
  pendidikan: ['pendidikan', 'sekolah', 'education', 'school'],
  lainnya: ['lainnya', 'lain', 'lain lain', 'yang lain', 'other', 'others'],
};

/** Categories of joint activities, as people name them in chat: by their names and by what was done. */
export const ACTIVITY_CATEGORY_WORDS: ReadonlyArray<ChoiceOption<ActivityCategory>> = ACTIVITY_DOING_WORDS.map((doing) => ({
  id: doing.id,
  words: [...ACTIVITY_NAME_WORDS[doing.id], ...doing.words],
}));

/**
 * Each kind of joint activity by its names alone ("kerja bakti", "gotong royong"): words that say
 * the kind and nothing more of an activity, unlike its doing words ("bersih selokan", "cek tensi").
 */
export const ACTIVITY_NAMING_WORDS: ReadonlyArray<ChoiceOption<ActivityCategory>> = ACTIVITY_CATEGORIES.map((id) => ({ id, words: ACTIVITY_NAME_WORDS[id] }));

/** Kinds of ties between groups, as leaders describe them ("kita sering rapat bareng"). */
export const RELATION_KIND_WORDS: ReadonlyArray<ChoiceOption<RelationKind>> = options(RELATION_KINDS, {
  formal_mou: ['mou', 'kesepakatan', 'perjanjian', 'nota kesepahaman', 'kesepakatan tertulis', 'kontrak', 'agreement', 'formal mou'],
  formal_sk: ['sk', 'sk desa', 'sk lurah', 'sk kades', 'sk kepala desa', 'surat keputusan', 'decree', 'formal sk'],
  shared_meetings: ['pertemuan', 'pertemuan bersama', 'rapat', 'rapat bareng', 'rapat bersama', 'kumpul', 'kumpulan', 'ketemu', 'musyawarah', 'meet', 'meeting', 'meetings'],
  shared_fund: ['dana', 'dana bersama', 'kas', 'kas bersama', 'uang bersama', 'iuran bersama', 'fund', 'shared fund'],
  // Also members of both said so: "ada anggota kita yg jg anggota pkk", "pengurusnya merangkap", "anggotanya juga ikut karang taruna".
  shared_members: [
    'anggota sama', 'anggota yang sama', 'anggotanya sama', 'orangnya sama', 'pengurus sama', 'pengurusnya sama', 'shared members', 'same members',
    'juga anggota', 'jg anggota', 'anggotanya juga', 'anggota juga', 'merangkap', 'rangkap', 'anggota ganda',
  ],
});

/** Options in the order of the id list; the record type makes a missing id a compile error. */
function options<T extends string>(ids: readonly T[], wordsById: Readonly<Record<T, readonly string[]>>): Array<ChoiceOption<T>> {
  return ids.map((id) => ({ id, words: wordsById[id] }));
}
