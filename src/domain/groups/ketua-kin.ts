/**
 * The ketua named as the person's kin before their name: "my mom, bu Sri Wahyuni", "ibu saya, Sri
 * Wahyuni", "bapak saya, Pak Darto", "nyokap gw, Bu Sri". The kin says who they are to the person,
 * the words after the comma are the name (was stored as a ketua named "my mom, bu Sri Wahyuni").
 */
import { I_WORDS, WE_WORDS, alternation } from '../parse/lexicon.js';

/** Kin, in Indonesian, slang, Javanese and English. */
const KIN = String.raw`(?:ibu|ibuk|bu|mama|mamah|mamak|emak|mak|nyokap|bapak|bapa|ayah|papa|papah|bokap|suami|istri|isteri|kakak|kak|adik|adek|mertua|paman|pakde|bude|bulik|paklik|om|tante|bibi|nenek|kakek|mbah|simbok|anak|mom|mum|mother|dad|father|husband|wife|sister|brother|aunt|uncle|grandma|grandmother)`;
/** Whose kin: the lexicon's "I" and "we" ("saya", "gw", "kami", Javanese "kula", Sundanese "abdi"), and slang "gua". */
const MINE = String.raw`(?:${alternation(I_WORDS, WE_WORDS, ['gua'])})`;
/** "my mom, …", "ibu saya, …", "ibuku, …", then the name (the "ketuanya" before it is taken off already). */
const KIN_THEN_NAME = new RegExp(String.raw`^(?:(?:my|our)\s+${KIN}|${KIN}\s+${MINE}|${KIN}(?:ku|ne))\s*,\s*(\p{L}.*)$`, 'iu');

/** `name` without the kin said before it ("my mom, bu Sri Wahyuni" → "bu Sri Wahyuni"); any other name as it is. */
export function withoutKinBefore(name: string): string {
  return KIN_THEN_NAME.exec(name.trim())?.[1]?.trim() ?? name;
}
