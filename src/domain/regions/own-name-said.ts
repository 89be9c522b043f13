/**
 * The person introducing themself where a desa is asked ("nama saya Dede", Sundanese "nami abdi
 * Asep Saepudin", Javanese "jenengku Budi", "my name is Dewi"): no desa's name. Searched, it
 * listed far-away desa that share a word with it ("Nami", Papua Tengah).
 */
import type { StepOutcome } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t, verbatim, type Text } from '../../core/text.js';
import { PLACES_LIVED } from '../parse/lexicon.js';
import { HELLO, INTRODUCING, MY_NAME } from '../parse/name-intro.js';

/** Greetings that may come first ("punten, nami abdi …", "perkenalkan, nama saya …"). */
const GREETING = String.raw`(?:(?:${HELLO}|${INTRODUCING})[\s,.!]+)*`;
const OWN_NAME = new RegExp(String.raw`^${GREETING}(?:${MY_NAME})(?:\s+(?:teh|adalah|yaitu|nyaeta))?[\s,:]+(\p{L}[\p{L} .'-]{0,59})$`, 'iu');

/** Words that say where the person is from: "nama saya Dede dari desa sidoarum" names the desa too. */
const FROM_WORDS: ReadonlySet<string> = new Set(['dari', 'asal', 'ti', 'saka', 'from', 'di']);

/**
 * The name the person gave as their own in `typed`, tidied; null when `typed` is no such
 * introduction, or names where they are from as well ("nama saya Dede dari desa sidoarum"):
 * that is searched, so the desa given is not lost.
 */
export function ownNameSaid(typed: string): string | null {
  const said = OWN_NAME.exec(typed.trim().replace(/[.!]+$/u, ''));
  if (!said) return null;
  const name = said[1]!.trim();
  return name.toLowerCase().split(/[\s.]+/u).some((word) => FROM_WORDS.has(word) || PLACES_LIVED.has(word)) ? null : name;
}

/** "Salam kenal, Asep 🙏 …": the person greeted by the name they gave, and told a desa's name is needed. */
export function ownNameGreeting(name: string): Text {
  return t('regions:ask.ownName', { name: verbatim(name) });
}

/**
 * At a desa question that starts the village search with the words typed (the status check's,
 * the registration's, an officer's level override): an introduction ("punten, nami abdi Asep")
 * is greeted by name and the question asked again, with its own buttons; null for any other
 * words, which are searched. Searched, "punten" offered Desa Punten (Kota Batu).
 */
export function introducedAtDesaQuestion<D>(typed: string): StepOutcome<D> | null {
  const own = ownNameSaid(typed);
  return own === null ? null : { type: 'stay', say: [say(ownNameGreeting(own))], reprompt: true };
}
