/**
 * The reply language guessed from what someone typed, when they never chose one: set as a
 * guess (not their choice, so a message in the other language changes it again), and when it
 * is English, the offer "I am answering in English. Which language would you like?" with the
 * two languages' buttons. One rule wherever a message is read: a question answered (at the
 * menu, or in the middle of a form), and a command or menu word that opens a flow ("delete my
 * data", "my groups"), at the menu or in the middle of another flow.
 */
import type { CommandFlowStart } from '../../core/engine/engine.js';
import type { Effect, FlowEnv } from '../../core/engine/flow.js';
import { say, type OutboundMessage } from '../../core/messages.js';
import type { PersonView } from '../../core/ports.js';
import { t } from '../../core/text.js';
import { tokenize } from '../faq/normalize.js';
import { greetsInEnglishFirst } from '../understanding/english-greeting.js';
import { languageOfText } from '../understanding/language-of.js';
import type { TextReading } from '../understanding/question-reading.js';
import { setLocale } from './effects.js';
import { hasIndonesianFormWord } from './form-words.js';
import { asksInEnglishFrame } from './english-frame.js';

/** Button id prefix of the offer's languages ("lang:en", "lang:id"), as the language flow's own. */
export const LANGUAGE_BUTTON = 'lang:';

/** The language a language button stands for ("lang:en" → "en"), or null for any other button. */
export function localeOfButton(id: string): 'id' | 'en' | null {
  const locale = id.startsWith(LANGUAGE_BUTTON) ? id.slice(LANGUAGE_BUTTON.length) : '';
  return locale === 'id' || locale === 'en' ? locale : null;
}

/** A language guessed: the locale, the effect that sets it, and what is said first. */
export interface LanguageGuess {
  readonly locale: 'en' | 'id';
  readonly effects: readonly Effect[];
  readonly say: readonly OutboundMessage[];
}

/** Who the guess is for: only their language and whether they chose it matter. */
type Person = Pick<PersonView, 'locale' | 'localeChosen'>;

/**
 * The guess for a message read as `language`, or null when the person chose a language, the
 * message's cannot be told, or it is the one they are answered in already. `offer` false
 * leaves the offer out where the language choice itself follows (a regional language asked about).
 */
export function languageGuess(language: 'en' | 'id' | null, person: Person, { offer = true }: { readonly offer?: boolean } = {}): LanguageGuess | null {
  if (person.localeChosen || language === null || language === person.locale) return null;
  const offered =
    offer && language === 'en'
      ? [say(t('home.languageOffer'), [{ id: `${LANGUAGE_BUTTON}en`, label: t('language.name.en') }, { id: `${LANGUAGE_BUTTON}id`, label: t('language.name.id') }])]
      : [];
  return { locale: language, effects: [setLocale({ locale: language, chosen: false })], say: offered };
}

/** The guess for the words of `text` (see {@link languageGuess}). */
export function guessFromText(text: string, person: Person, options: { readonly offer?: boolean } = {}): LanguageGuess | null {
  return languageGuess(languageOfWords(languageOfText(text), text, false), person, options);
}

/**
 * The guess for free text the understanding read as `language` (null for courtesy: "ok
 * thanks", "hi"), for `env`'s person (see {@link languageOfWords}).
 */
export function guessFromReading(language: 'en' | 'id' | null, text: string, env: Pick<FlowEnv, 'person' | 'firstContact'>): LanguageGuess | null {
  return languageGuess(languageOfWords(language, text, env.firstContact === true), env.person);
}

/**
 * The guess for a question answered mid-flow (the engine's `asideLanguage`): its words read as
 * the menu reads free text, so English asked in the middle of a form is answered in English,
 * and thanks or a "hi" there say no language.
 */
export function asideGuess(read: (text: string, now: Date) => Pick<TextReading, 'reading'>): (text: string, env: FlowEnv) => LanguageGuess | null {
  return (text, env) => (env.person.localeChosen ? null : guessFromReading(read(text, env.now).reading().language, text, env));
}

/**
 * The language a guess takes from a message read as `language`, its words deciding too. An
 * English command word among Indonesian ones ("change ketua") says none: residents writing
 * Indonesian type so; a whole English phrase ("change the leader") stays English. A lone "hi",
 * "hey" as someone new's very first message is English, as "hello" is: later in a conversation
 * an Indonesian resident types it too. A message no word of which tells its language, framed as
 * an English question ("is panggungharjo registered?", ./english-frame.ts), is English.
 */
function languageOfWords(language: 'en' | 'id' | null, text: string, firstContact: boolean): 'en' | 'id' | null {
  const tokens = tokenize(text);
  if (language === 'en') return hasIndonesianFormWord(tokens) ? null : 'en';
  // "is panggungharjo registered?": a desa's name says no language; the English frame around it does.
  if (language === null && asksInEnglishFrame(tokens)) return 'en';
  return language === null && firstContact && greetsInEnglishFirst(tokens) ? 'en' : language;
}

/** What a guess goes before: something said and done (a command's flow, a step's outcome). */
interface Said {
  readonly say?: readonly OutboundMessage[];
  readonly effects?: readonly Effect[];
}

/**
 * `said` with the guess set first and its offer said before the rest; as it is without a
 * guess, or for a refused answer (`invalid`: nothing is said or done with it).
 */
export function withGuess<T extends Said | { readonly type: 'invalid' }>(said: T, guess: LanguageGuess | null): T {
  if (guess === null || ('type' in said && said.type === 'invalid')) return said;
  const { say: before = [], effects = [] } = said as Said;
  return { ...said, say: [...guess.say, ...before], effects: [...guess.effects, ...effects] };
}

/** A flow a typed command opens, with the language guessed from its words set first and offered. */
export function commandWithGuess(start: CommandFlowStart | null, text: string, person: Person): CommandFlowStart | null {
  return start === null ? null : withGuess(start, guessFromText(text, person));
}
