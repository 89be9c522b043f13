/**
 * Correcting one's own name in Data saya (the right to correct, UU PDP 27/2022): reading a
 * request to change it ("ubah nama saya", "nama saya salah, yg bener Bu Tutik Rahayu",
 * "change my name to Tutik") and the new name, typed with the request or asked for after it.
 */
import type { Text } from '../../core/text.js';
import { t } from '../../core/text.js';
import { readFreeText } from '../flow-kit.js';
import { parseNameAndPhone } from '../parse/name-phone.js';
import { personNameAsTyped } from '../parse/person-name.js';
import { words } from '../parse/text.js';

/** A request to change one's name; `name` is the new one when it was typed with it. */
export interface NameChange {
  readonly name: string | null;
}

/** A name read, or why it cannot be used. */
export type NameRead = { readonly ok: true; readonly name: string } | { readonly ok: false; readonly reason?: Text };

const NAME_WORDS: ReadonlySet<string> = new Set(['nama', 'namanya', 'namaku', 'name']);
/** "ubah", "ganti", "perbaiki": asking for a change. */
const CHANGE_WORDS: ReadonlySet<string> = new Set([
  'ubah', 'ubahin', 'ganti', 'gantiin', 'gnti', 'perbaiki', 'perbaikin', 'betulkan', 'betulin', 'benarkan', 'benerin', 'koreksi', 'edit', 'change',
  'fix', 'correct', 'update', 'rubah',
]);
/** "salah", "keliru": saying it is wrong, which asks for the change too. */
const WRONG_WORDS: ReadonlySet<string> = new Set(['salah', 'keliru', 'typo', 'wrong', 'incorrect']);
/** Whose name, and politeness: nothing else may be in the request (a group's name is changed in Kelompok saya). */
const FILLER: ReadonlySet<string> = new Set([
  'saya', 'sy', 'aku', 'ku', 'my', 'tolong', 'mohon', 'minta', 'please', 'dong', 'ya', 'min', 'kak', 'mau', 'ingin', 'pengen', 'i', 'want', 'to',
  'is', 'tulisan', 'penulisan', 'nya', 'itu', 'tuh', 'kok', 'ini', 'the', 'data',
  // "I'd like to change my name", "my name is wrong, please correct it", "can you fix my name".
  'id', 'like', 'would', 'it', 'can', 'could', 'you', 'pls', 'plz', 'spelled', 'spelt', 'written',
  // "ubah nama saya jadi", "nama saya salah, yang bener": the new name still to come.
  'jadi', 'menjadi', 'jd', 'yg', 'yang', 'bener', 'benar', 'betul',
]);

/** Words that bring in the new name: "…, yg bener Bu Tutik", "… jadi Bu Tutik", "… to Tutik", "…: Bu Tutik". */
const NEW_NAME = /^(.*?)(?:\s*[,;.]\s*|\s+)(?:(?:yg|yang)\s+(?:bener|benar|betul)(?:nya)?|seharusnya|harusnya|mestinya|semestinya|menjadi|jadi|jd|should\s+be|to)\s*[:,]?\s+(\S.*)$/iu;
const COLON = /^([^:]*?)\s*:\s*(\S.*)$/u;
/** "ya", "min" after the name: said to the bot, not part of the name. */
const TRAILING = /(?:[\s,]+(?:ya|yah|min|kak|dong|deh|nih|please|pls))+[.!\s]*$/iu;

/** Whether `head` asks to change one's name: a name word, a change or wrong word, and nothing else. */
function asksToChange(head: string): boolean {
  const said = words(head);
  let name = false;
  let change = false;
  for (const word of said) {
    if (NAME_WORDS.has(word)) name = true;
    else if (CHANGE_WORDS.has(word) || WRONG_WORDS.has(word)) change = true;
    else if (!FILLER.has(word)) return false;
  }
  return name && change;
}

/**
 * A request to change one's own name, with the new name when typed with it, or null:
 * "ubah nama" → { name: null }; "nama saya salah, yg bener Bu Tutik Rahayu" → { name:
 * "Bu Tutik Rahayu" }. A question ("bisa ganti nama?") is no request.
 */
export function readNameChange(text: string): NameChange | null {
  const typed = text.trim();
  if (typed.includes('?')) return null;
  for (const pattern of [NEW_NAME, COLON]) {
    const match = pattern.exec(typed);
    if (match && asksToChange(match[1]!)) return { name: match[2]!.replace(TRAILING, '').trim() };
  }
  return asksToChange(typed) ? { name: null } : null;
}

/**
 * The new name as typed (2–80 characters, with letters, labels around it removed; typed all in
 * lower case or capitals, with a name's capitals); a phone typed with it is refused.
 */
export function readOwnName(typed: string): NameRead {
  const read = parseNameAndPhone(typed);
  if (!read.ok) return { ok: false, reason: t(read.error === 'needs_name' ? 'privacy:name.needsName' : 'privacy:name.nameOnly') };
  if (read.value.phone !== null) return { ok: false, reason: t('privacy:name.nameOnly') };
  const name = readFreeText({ type: 'text', text: read.value.name }, 2, 80);
  return name.ok ? { ok: true, name: personNameAsTyped(name.value) } : { ok: false, ...(name.reason && { reason: name.reason }) };
}
