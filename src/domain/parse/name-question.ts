/**
 * Whether a text typed where a name is asked (a group's, a ketua's, one's own) reads as a
 * question or a request instead: "ada yg perlu dikonfirmasi ga" typed at Kelompok saya's
 * ✏️ Nama renamed the group "Ada Yg Perlu Dikonfirmasi Ga" and sent it to be verified again.
 * A name is data a leader and an officer trust, so a question is never kept as one; a text
 * that reads as a question yet could be a name ("Posyandu Melati Sudah Terdaftar Belum",
 * "Arisan Apa Kabar?") is asked about rather than refused: see {@link nameQuestion}.
 */
import { GROUP_TYPE_WORDS } from './choice.js';
import { FORMS_OF_ADDRESS } from './name-phone.js';
import { NOT_WORDS } from './negation.js';

/** What is asked: a group's name, or a person's. */
export type NameKind = 'group' | 'person';

/**
 * Words a question or a request starts with (after "lho", "eh", "terus"…), Indonesian,
 * Javanese, Sundanese and English. No group or person is named with one of them first (the
 * kind word or the title comes first: "Arisan Apa Saja", "Bu Siti").
 */
const QUESTION_STARTS = new Set([
  'apa', 'apakah', 'apaan', 'gimana', 'gmn', 'bagaimana', 'kenapa', 'knp', 'mengapa', 'siapa', 'siapakah', 'berapa', 'brp', 'kapan', 'dimana', 'kok',
  'maksudnya', 'maksude', 'bisa', 'bisakah', 'boleh', 'bolehkah', 'adakah', 'sudahkah', 'perlukah', 'haruskah', 'benarkah',
  'opo', 'piye', 'pripun', 'kepiye', 'naon', 'kumaha', 'what', 'how', 'why', 'who', 'which', 'can', 'could', 'should', 'do', 'does', 'is', 'are',
]);

/** Words said before a question ("lho kok gitu", "terus gimana"), which start no name. */
const BEFORE_QUESTION = new Set(['lho', 'loh', 'lha', 'eh', 'terus', 'trus', 'trs', 'lalu', 'jadi', 'jd', 'min', 'kak', 'so', 'but', 'and', 'um', 'hmm']);

/**
 * Words that end a yes/no question typed without its mark ("ada yg perlu dikonfirmasi ga",
 * "sudah terdaftar belum", "… kah"): a "not" or "not yet" last. No name ends so.
 */
const YES_NO_ENDS = new Set([...NOT_WORDS, 'kah', 'belum', 'blm', 'belom', 'blom', 'ora', 'durung', 'teu']);

/** Particles said after a question's last word ("… ga sih", "… belum ya", "… gak min"), dropped before it is looked at. */
const AFTER_QUESTION = new Set(['ya', 'yah', 'sih', 'nih', 'dong', 'deh', 'min', 'kak', 'pak', 'bu', 'mas', 'mbak', 'to', 'tho', 'toh']);

/** The phrases that name a kind of group, which lead a group's name ("posyandu melati"). */
const KIND_PHRASES: readonly string[] = GROUP_TYPE_WORDS.filter((option) => option.id !== 'other').flatMap((option) => option.words);

/** The words of `text`, lower case, letters and digits only. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\d']+/u).filter(Boolean);
}

/** Words that introduce a name ("namanya …", "nama kelompok kami adalah …"), skipped before its first word is looked at. */
const INTRO = new Set(['namanya', 'namane', 'jenenge', 'bernama', 'nama', 'kelompoknya', 'kami', 'kita', 'saya', 'sy', 'adalah', 'yaitu', 'jadi', 'menjadi']);

/** The words after those that introduce a name ("namanya …", "nama kelompok kami adalah …"). */
function withoutIntro(said: readonly string[]): readonly string[] {
  let start = 0;
  while (start < said.length - 1 && (INTRO.has(said[start]!) || (said[start] === 'kelompok' && said[start - 1] === 'nama'))) start++;
  return said.slice(start);
}

/**
 * The words after the kind of group ("posyandu …") or the title ("bu …") a name of that kind
 * starts with (none for a kind of two words alone: "karang taruna"), or null where the text
 * (of two words or more) starts so not.
 */
function afterNameStart(said: readonly string[], kind: NameKind): readonly string[] | null {
  const words = withoutIntro(said);
  if (words.length < 2) return null;
  if (kind === 'person') return FORMS_OF_ADDRESS.has(words[0]!) ? words.slice(1) : null;
  const joined = ` ${words.join(' ')} `;
  const phrase = KIND_PHRASES.filter((candidate) => joined.startsWith(` ${candidate} `)).sort((a, b) => b.length - a.length)[0];
  return phrase === undefined ? null : words.slice(phrase.split(' ').length);
}

/** Whether the words start as a name of that kind does: a kind of group ("posyandu …"), a title before a person ("bu …"). */
function startsAsName(said: readonly string[], kind: NameKind): boolean {
  return afterNameStart(said, kind) !== null;
}

/**
 * The words of a text after the kind of group or the title it starts with, as a name of either
 * kind starts ("Posyandu Melati?" → "melati", "karang taruna bisa daftar?" → "bisa daftar"), or
 * null where it starts as no name (or is a kind alone): what the name's own words say, apart
 * from the kind's.
 */
export function wordsAfterNameStart(text: string): readonly string[] | null {
  const said = wordsOf(text);
  const rest = afterNameStart(said, 'group') ?? afterNameStart(said, 'person');
  return rest === null || rest.length === 0 ? null : rest;
}

/**
 * How a text typed for a name reads: `question` when it is plainly one (a question word
 * first, unless capitals on every word and nothing else of a question say it was typed as a
 * name; or a question mark or a yes/no word last on words no name starts with), never to be
 * kept; `unsure` when it reads as a question but starts as a name does ("Posyandu Melati Sudah
 * Terdaftar Belum", "Bu Siti?"): the person is asked whether that is the name; null for a name.
 * A question word inside ("Arisan Apa Kabar", "Paguyuban Kok Tiba") makes no question.
 */
export function nameQuestion(text: string, kind: NameKind): 'question' | 'unsure' | null {
  const typed = text.trim();
  const marked = /\?[\s\p{Extended_Pictographic}\uFE0F]*$/u.test(typed);
  const words = wordsOf(typed);
  while (words.length > 1 && BEFORE_QUESTION.has(words[0]!)) words.shift();
  const last = [...words];
  while (last.length > 2 && AFTER_QUESTION.has(last.at(-1)!)) last.pop();
  const tagged = last.length > 1 && YES_NO_ENDS.has(last.at(-1)!);
  if (QUESTION_STARTS.has(words[0] ?? '')) return marked || tagged || !typedAsName(typed) ? 'question' : 'unsure';
  if (!marked && !tagged) return null;
  return startsAsName(words, kind) ? 'unsure' : 'question';
}

/**
 * Whether a text typed where something else is asked reads as a name of that kind, and not as a
 * question: it starts as one does ("Posyandu Melati 3" at the members question, a group's name
 * corrected).
 */
export function readsAsName(text: string, kind: NameKind): boolean {
  return nameQuestion(text, kind) === null && startsAsName(wordsOf(text), kind);
}

/**
 * Whether every word of two or more starts with a capital, as names are typed ("Bisa Makmur",
 * "Apa Adanya Group") and questions are not ("bisa diganti nanti"): a question word first then
 * is asked about, so that a group whose name starts so can still be registered.
 */
export function typedAsName(typed: string): boolean {
  const words = typed.split(/\s+/u).filter(Boolean);
  return words.length > 1 && words.every((word) => /^[\p{Lu}\d]/u.test(word));
}

/** `text` without the question mark (and emoji) that ends it: the name asked about, as it would be kept. */
export function withoutQuestionMark(text: string): string {
  return text.trim().replace(/[\s?\p{Extended_Pictographic}\uFE0F]+$/u, '');
}
