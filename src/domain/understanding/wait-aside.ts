/**
 * "Bentar ya, saya tanya pak RT dulu" typed where a place is asked: the person will answer
 * later. Searched as a desa's name it found Desa Bentar in Brebes; it is acknowledged instead,
 * and the engine asks the question again. Only a word of waiting followed by more words
 * ("bentar" alone may be that desa), and only at steps that read answers eagerly.
 */
import type { AsideOptions } from '../../core/engine/engine.js';
import { say, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';

/** Words of waiting first, then anything: "bentar ya", "sebentar saya cek dulu", "tunggu ya min", "wait a moment". */
const WAITING = /^\s*(?:bentar|sebentar|bntr|tunggu|tunggu\s+sebentar|nanti\s+dulu|entar|ntar|sek|sik|sekedap|antosan|wait|hold\s+on|one\s+moment)\b[\s,.!]+\S/iu;

/** The acknowledgement of a "wait" at an eager step, or null. */
export function waitAside(text: string, options: AsideOptions): readonly OutboundMessage[] | null {
  return options.eager && WAITING.test(text) ? [say(t('home.waitAside'))] : null;
}
