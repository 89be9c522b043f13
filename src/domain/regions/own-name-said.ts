/**
 * The person introducing themself where a desa is asked ("nama saya Dede", Sundanese "nami abdi
 * Asep Saepudin", Javanese "jenengku Budi", "my name is Dewi"): no desa's name. Searched, it
 * listed far-away desa that share a word with it ("Nami", Papua Tengah).
 */
import { HELLO, INTRODUCING, MY_NAME } from '../parse/name-intro.js';

/** Greetings that may come first ("punten, nami abdi …", "perkenalkan, nama saya …"). */
const GREETING = String.raw`(?:(?:${HELLO}|${INTRODUCING})[\s,.!]+)*`;
const OWN_NAME = new RegExp(String.raw`^${GREETING}(?:${MY_NAME})(?:\s+(?:teh|adalah|yaitu|nyaeta))?[\s,:]+(\p{L}[\p{L} .'-]{0,59})$`, 'iu');

/** The name the person gave as their own in `typed`, tidied; null when `typed` is no such introduction. */
export function ownNameSaid(typed: string): string | null {
  const said = OWN_NAME.exec(typed.trim().replace(/[.!]+$/u, ''));
  return said ? said[1]!.trim() : null;
}
