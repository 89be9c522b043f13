/**
 * A person named in free text by a title and a name ("rumah mbah Karto", "bantu bu Sumi yang
 * sakit"): an activity's description must not name the people helped (UU PDP: beneficiaries
 * are counted, never named). A title before a role, a kind of person or a group ("pak RT",
 * "ibu hamil", "bapak-bapak", "bu kader") names nobody, and one the group did it with ("sama
 * mas Budi", "dipimpin pak Slamet") is no one helped.
 */

import { TONE_PARTICLES, VILLAGE_ROLES } from './lexicon.js';

/**
 * Titles of the elderly: the person named is said back as "seorang lansia". Only words that
 * mean an old person: "mbok" (Javanese: a mother, a woman, "Mbok Darmi") is among the others.
 */
const ELDER_TITLES = ['mbah', 'simbah', 'nenek', 'nek', 'kakek', 'kek', 'eyang', 'nini', 'aki', 'engkong', 'oma', 'opa'];
/** Other titles before a name: said back as "seorang warga". */
const TITLES = ['mbok', 'bu', 'ibu', 'buk', 'bude', 'budhe', 'pakde', 'pak', 'bapak', 'bpk', 'mas', 'mbak', 'mba', 'bang', 'om', 'tante', 'kang', 'teh', 'cak', 'ning', 'bulik', 'paklik', 'sdr', 'sdri'];

/** Words after a title that name a role, a kind of person or a place, not one person. */
const NOT_NAMES = new Set([
  // Roles and offices (the village's, one list: a ketua's name keeps them too), and "pak haji" said of nobody in particular.
  ...VILLAGE_ROLES, 'haji', 'hajjah',
  // Kinds of people.
  'ibu', 'bu', 'bapak', 'pak', 'mbah', 'hamil', 'menyusui', 'balita', 'lansia', 'warga', 'tani', 'petani', 'nelayan', 'jompo', 'janda', 'duda', 'yatim', 'miskin',
  'sakit', 'tua', 'sepuh', 'muda', 'putri', 'kakung', 'uti', 'kung', 'ti', 'kos', 'kost', 'pkk', 'posyandu', 'dasawisma', 'arisan', 'penerima', 'peserta',
  // What people do, said after "ibu-ibu" / "bapak2" typed apart ("bapak bapak kerja bakti").
  'kerja', 'masak', 'memasak', 'senam', 'bantu', 'membantu', 'gotong', 'rapat', 'pengajian', 'yasinan', 'ronda', 'jaga',
  // Words that follow a title in a sentence.
  'yang', 'yg', 'dan', 'di', 'ke', 'dari', 'untuk', 'utk', 'dengan', 'dgn', 'sama', 'serta', 'atau', 'juga', 'ikut', 'lain', 'semua', 'sekalian', 'itu', 'ini',
  'nya', 'kami', 'kita', 'saya', 'kalian', 'mereka', 'setempat', 'sekitar', 'se', 'desa', 'dusun', 'kampung', 'rumah', 'pada', 'bersama', 'bareng',
]);

/** Words before a person who did the activity with the group, not one it helped. */
const WITH_WORDS = new Set(['sama', 'bareng', 'bersama', 'dengan', 'dgn', 'dibantu', 'oleh', 'dipimpin', 'bersama-sama', 'ama', 'karo', 'kalih', 'bantuan']);

/**
 * "mbok" is also a Javanese particle urging ("mbok ya dicatat", "mbok yao", "mbok ojo"): so read
 * when a particle or a passive verb of noting or sending follows it ("dicatat", "ditulis"), not
 * a name. Any "di…" word was too much: "mbok Diyem", "mbok Dikem" are names typed in lower case.
 */
const MBOK_URGING = /^(?:yo|yao|ojo|aja|jangan|wis|uwis|coba|tulung|tolong|mending|di(?:catat|catet|cathet|tulis|laporke|laporkan|laporin|simpen|simpan|isi|ganti|ubah|kirim|tambah|cek)\p{Ll}*)$/u;

/** Whether `title` and the word after it are the particle "mbok" urging, not a title and a name. */
function isUrging(title: string, next: string): boolean {
  return title.toLowerCase() === 'mbok' && (TONE_PARTICLES.has(next.toLowerCase()) || MBOK_URGING.test(next));
}

/** A title after a title ("mas mas karang taruna", "ibu bapak") is no name either. */
const ALL_TITLES: ReadonlySet<string> = new Set([...ELDER_TITLES, ...TITLES]);

const TITLE_PATTERN = [...ALL_TITLES].sort((a, b) => b.length - a.length).join('|');
/** A title as a whole word (not "ibu-ibu", "mbah2"), a space, a word, and a capitalised second word when the first was one. */
const NAMED = new RegExp(String.raw`(?<![\p{L}\p{N}-])(${TITLE_PATTERN})\.?\s+(\p{L}[\p{L}']*)(?![\p{L}\p{N}-])(?:\s+(\p{Lu}[\p{L}']*)(?![\p{L}\p{N}-]))?`, 'giu');

/** A person named in the text: the words as typed ("mbah Karto") and the same said without the name. */
export interface PersonNamed {
  readonly said: string;
  /** The text with every person named replaced by "seorang lansia" / "seorang warga". */
  readonly without: string;
}

/** Whether the word after a title is a name: not a role or kind of person, of letters enough. */
function isName(word: string): boolean {
  const lower = word.toLowerCase();
  return lower.length >= 3 && !NOT_NAMES.has(lower) && !ALL_TITLES.has(lower) && !(lower.endsWith('nya') && NOT_NAMES.has(lower.slice(0, -3)));
}

/** "seorang warga dan seorang warga" (two named): "beberapa warga"; "beberapa lansia" when all were elders. */
function several(text: string): string {
  return text.replace(/seorang (warga|lansia)(?:(?:,\s*|\s+(?:dan|&|sama)\s+)seorang (warga|lansia))+/gu, (run: string) => (run.includes('warga') ? 'beberapa warga' : 'beberapa lansia'));
}

/** The first person named by title and name in `text`, and the text without any; null when none. */
export function personNamed(text: string): PersonNamed | null {
  let first: string | null = null;
  let without = '';
  let from = 0;
  const named = new RegExp(NAMED.source, NAMED.flags);
  for (let match = named.exec(text); match !== null; match = named.exec(text)) {
    const [whole, title = '', name = '', surname] = match;
    // The word after a title that is no name ("bu RT"): looked at again from that word ("pak rt bu Sumi"),
    // past it when it is the title again ("bapak bapak kerja bakti": many people, none named).
    if (!isName(name) || isUrging(title, name)) {
      const after = whole.indexOf(name, title.length);
      named.lastIndex = match.index + (ALL_TITLES.has(name.toLowerCase()) ? after + name.length : after);
      continue;
    }
    // "sama mas Budi", "dipimpin pak Slamet": one who helped or led, not one helped.
    const before = /(\p{L}+)\W*$/u.exec(text.slice(0, match.index))?.[1]?.toLowerCase();
    if (before !== undefined && WITH_WORDS.has(before)) continue;
    // "Karto" capitalised takes a capitalised surname along; "sumi" typed in lower case, only itself.
    const withSurname = surname !== undefined && /^\p{Lu}/u.test(name) && /^\p{Lu}/u.test(surname) && isName(surname);
    const end = withSurname ? whole.length : whole.indexOf(name, title.length) + name.length;
    first ??= whole.slice(0, end);
    without += text.slice(from, match.index) + (ELDER_TITLES.includes(title.toLowerCase()) ? 'seorang lansia' : 'seorang warga');
    from = match.index + end;
    named.lastIndex = from;
  }
  return first === null ? null : { said: first, without: several(without + text.slice(from)) };
}
