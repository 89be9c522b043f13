/**
 * Questions typed at the consent notice instead of an answer: "apa maksudnya?" (the notice
 * put plainly) and "data sy dipake buat apa aja? aman ga?" (what the data is used for and
 * who sees it). Both get a short answer from the notice's own text, then the question again.
 */
import { dropTrailingParticles } from '../parse/particles.js';
import { NOT_WORDS } from '../parse/negation.js';
import { words } from '../parse/text.js';

/** What a question at the notice asks about. */
export type ConsentQuestion = 'meaning' | 'use';

/** "apa maksudnya", "ga ngerti", "what does this mean": the whole notice, in plain words. */
const MEANING: ReadonlySet<string> = new Set([
  'apa maksudnya', 'apa maksud', 'apa maksudnya ini', 'maksudnya', 'maksudnya apa', 'maksudnya gimana', 'maksudnya gmn', 'maksudnya bagaimana',
  'maksud nya apa', 'maksudnya apaan', 'apa artinya', 'artinya apa', 'artinya', 'gimana maksudnya', 'bagaimana maksudnya', 'maksude piye',
  'maksudnya piye', 'karepe piye', 'naon maksadna', 'maksadna naon', 'ga ngerti', 'gak ngerti', 'nggak ngerti', 'ngga ngerti', 'gk ngerti',
  'tidak mengerti', 'tidak ngerti', 'kurang ngerti', 'kurang mengerti', 'ga paham', 'gak paham', 'nggak paham', 'tidak paham', 'kurang paham',
  'belum paham', 'blm paham', 'bingung', 'jelasin', 'jelaskan', 'jelasin dong', 'what does this mean', 'what does it mean', 'what do you mean',
  'i dont understand', 'explain', 'meaning',
]);
/** Words said before such a question ("terus maksudnya apa", "saya bingung"). */
const LEADING: ReadonlySet<string> = new Set(['terus', 'trus', 'jadi', 'lalu', 'saya', 'sy', 'aku', 'maaf', 'mohon', 'tolong', 'ini', 'itu', 'nah']);

/** What is asked about: one's data, or whether it is safe. */
const DATA_WORDS: ReadonlySet<string> = new Set([
  'data', 'datanya', 'dataku', 'nomor', 'nomer', 'hp', 'nama', 'info', 'informasi', 'aman', 'safe', 'phone', 'number', 'name', 'details', 'information',
]);
/** How it is used, by whom. */
const USE_WORDS: ReadonlySet<string> = new Set([
  'dipake', 'dipakai', 'digunakan', 'dipergunakan', 'buat', 'untuk', 'utk', 'aman', 'siapa', 'dijual', 'disebar', 'disebarin', 'disalahgunakan',
  'bocor', 'dilihat', 'diliat', 'liat', 'lihat', 'used', 'use', 'safe', 'who', 'sees', 'sold', 'shared',
  // "who will see my phone number?", "why do you need my data?", "kenapa perlu nomor hp saya?"
  'see', 'need', 'needs', 'for', 'why', 'kenapa', 'knp', 'perlu', 'butuh', 'access', 'store', 'stored', 'keep', 'kept',
]);
/**
 * What makes it a question without a question mark: a question word, or a tag at the end ("aman ga").
 * Looser than faq/asides.ts isQuestion on purpose (a question word anywhere): the data and use words asked with it keep answers out.
 */
const QUESTION_WORDS: ReadonlySet<string> = new Set(['apa', 'apaan', 'siapa', 'gimana', 'gmn', 'bagaimana', 'kenapa', 'knp', 'what', 'who', 'how', 'why', 'is']);
const TAGS: ReadonlySet<string> = new Set([...NOT_WORDS, 'kah', 'gimana', 'gmn', 'nggih']);

/** The question typed at the notice, or null for anything else (an answer, or text to be refused as before). */
export function consentQuestion(text: string): ConsentQuestion | null {
  const said = words(text);
  let start = 0;
  while (start < said.length - 1 && LEADING.has(said[start]!)) start += 1;
  const core = dropTrailingParticles(said.slice(start), { keep: 1, just: false });
  if (MEANING.has(core.join(' '))) return 'meaning';
  const asked = text.includes('?') || said.some((word) => QUESTION_WORDS.has(word)) || TAGS.has(core.at(-1) ?? '');
  if (asked && said.some((word) => DATA_WORDS.has(word)) && said.some((word) => USE_WORDS.has(word))) return 'use';
  return null;
}
