/**
 * A language asked for in words: "ganti bahasa ke inggris", "change language to english",
 * "english please", "pakai bahasa indonesia aja" set it at once; a language the bot does not
 * speak ("bisa bahasa arab?") or a change with none named ("ganti bahasa") opens the choice;
 * a regional language ("bisa pake bahasa jawa?", "boso jowo iso?", "can I write in Javanese?")
 * opens it too, said first that such messages are understood though answered in the two.
 * Were "not understood" (the words "bahasa" and "language" alone are the global command).
 * At the menu a language's name alone will do ("english"); at another step it may be the
 * answer ("Indonesia" where an area is asked), so there the words must ask ({@link languageAskedAtStep}),
 * unless the step asks for no place (assistant.ts `languageNamedFlow`: "english" where a name is asked).
 */
import { tokenize } from '../faq/normalize.js';
import { ADDRESS_WORDS, OK_WORDS, TONE_PARTICLES, WANT_WORDS } from '../parse/lexicon.js';
import { ownEntry } from '../../core/record.js';

/** What the words ask: a language the bot speaks, the choice, or whether a regional language will do. */
export type LanguageAsked = { readonly kind: 'set'; readonly locale: 'id' | 'en' } | { readonly kind: 'choose' } | { readonly kind: 'regional' };

const NAMES: Readonly<Record<string, 'id' | 'en'>> = {
  inggris: 'en', english: 'en', eng: 'en', inggeris: 'en',
  indonesia: 'id', indonesian: 'id', indo: 'id',
};
/**
 * Indonesia's regional languages (Javanese "jowo"/"jawi" as its speakers write it): the bot
 * reads messages in Javanese and Sundanese as well as it can and answers in Indonesian or English.
 */
const REGIONAL = new Set([
  'jawa', 'jowo', 'jawi', 'javanese', 'sunda', 'sundanese', 'madura', 'madurese', 'bali', 'balinese', 'batak', 'minang', 'bugis', 'betawi', 'banjar',
]);
/** Languages people may ask for that the bot does not speak: the choice is shown. */
const OTHERS = new Set([...REGIONAL, 'arab', 'arabic', 'mandarin', 'chinese']);
const LANGUAGE_WORDS = new Set(['bahasa', 'language', 'basa', 'boso', 'lang', 'bhs']);
/**
 * Words of changing or using a language ("ganti", "pakai", "switch to", "in", "speak"), and of
 * writing in one ("can I write in …", Javanese "iso nganggo …").
 */
const USE_WORDS = new Set([
  'ganti', 'ubah', 'pakai', 'pake', 'gunakan', 'pakailah', 'change', 'switch', 'use', 'speak', 'in', 'dalam', 'bisa', 'can', 'set',
  'write', 'type', 'talk', 'chat', 'nulis', 'ngetik', 'ngomong', 'iso', 'isa', 'nganggo', 'ngangge', 'tiasa',
]);
/** Words around such a request that say nothing else. */
const AROUND = new Set([
  ...TONE_PARTICLES, ...ADDRESS_WORDS, ...WANT_WORDS, 'ke', 'jadi', 'to', 'into', 'please', 'pls', 'plis', 'tolong', 'aja', 'saja', 'i', 'want', 'would',
  'like', 'the', 'reply', 'answer', 'jawab', 'balas', 'yang', 'yg', 'gak', 'ga', 'nggak', 'tidak', 'you', 'do', 'only', 'dgn', 'dengan', 'pakai',
  // "… ora?", "… henteu?": the Javanese and Sundanese "or not" that ends such a question.
  'ora', 'po', 'henteu', 'atau', 'or',
  // "ok now in bahasa indonesia please", "bahasa indonesia aja deh", "can you speak english again".
  ...OK_WORDS, 'deh', 'lah', 'now', 'again', 'lagi', 'sekarang', 'skrg',
]);

/** Words that make a language's name a request: "english please", "tolong inggris". */
const ASKING = new Set(['please', 'pls', 'plis', 'tolong']);

/**
 * The language asked for at a step that is not the menu: as {@link languageAsked}, but a
 * name alone or with filler ("indonesia aja") is left to the step, whose answer it may be.
 */
export function languageAskedAtStep(text: string): LanguageAsked | null {
  const asked = languageAsked(text);
  if (asked === null) return null;
  const tokens = tokenize(text.slice(0, 200));
  return tokens.some((token) => LANGUAGE_WORDS.has(token) || USE_WORDS.has(token) || ASKING.has(token)) ? asked : null;
}

/** The language asked for in `text`, or null when the words ask something else. */
export function languageAsked(text: string): LanguageAsked | null {
  const tokens = tokenize(text.slice(0, 200));
  if (tokens.length === 0 || tokens.length > 7) return null;
  const named = tokens.filter((token) => ownEntry(NAMES, token) !== undefined);
  const other = tokens.some((token) => OTHERS.has(token));
  const saysLanguage = tokens.some((token) => LANGUAGE_WORDS.has(token));
  const uses = tokens.some((token) => USE_WORDS.has(token));
  // Every word is about the request: "english please", not "apa itu wksbm dalam bahasa inggris".
  const known = (token: string) => ownEntry(NAMES, token) !== undefined || OTHERS.has(token) || LANGUAGE_WORDS.has(token) || USE_WORDS.has(token) || AROUND.has(token);
  if (!tokens.every(known)) return null;
  const locales = new Set(named.map((token) => ownEntry(NAMES, token)!));
  if (locales.size === 1 && !other && (saysLanguage || uses || tokens.length <= 3)) return { kind: 'set', locale: [...locales][0]! };
  if (tokens.some((token) => REGIONAL.has(token)) && (saysLanguage || uses)) return { kind: 'regional' };
  if ((other || locales.size > 1) && (saysLanguage || uses)) return { kind: 'choose' };
  // "ganti bahasa", "change language": a change with no language named.
  if (saysLanguage && uses && tokens.length >= 2) return { kind: 'choose' };
  return null;
}
