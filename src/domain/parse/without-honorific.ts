/**
 * A person's name without the form of address typed before it: "bu Siti Aminah" → "Siti
 * Aminah", "Pak Bayu" → "Bayu". The bot addresses people itself; a title saved in the name
 * came back doubled ("Bu bu Siti") and split one person into two names ("Bu Siti" and
 * "Siti"). Titles that are part of how a name is written (Hj., Dr.) stay.
 */
import { FORMS_OF_ADDRESS } from './name-phone.js';
import { personNameAsTyped } from './person-name.js';

/** What is left that is a role, not a name: "Pak RT", "Bu RW 05", "Bu Ketua", "Ibu Kader Sari" keep their word. */
const ROLE_LEFT = /^(?:rt|rw|ketua|kader)\b/iu;

/**
 * The name with its leading forms of address removed ("bu", "Bapak.", "mbak"), or as typed
 * when nothing that reads as a name is left: a role ("Pak RT", "Bu Ketua") or fewer than three
 * letters ("Pak A", "Pak No" stay as typed).
 */
export function withoutHonorific(name: string): string {
  const words = name.trim().split(/\s+/u);
  let start = 0;
  while (start < words.length - 1 && FORMS_OF_ADDRESS.has(words[start]!.toLowerCase().replace(/[.,]+$/u, ''))) start += 1;
  const rest = words.slice(start).join(' ');
  return (rest.match(/\p{L}/gu) ?? []).length >= 3 && !ROLE_LEFT.test(rest) ? rest : name.trim();
}

/**
 * A person's name as it is kept, an officer's own or a group's ketua: without the form of address
 * typed before it ("bu sri wahyuni" → "Sri Wahyuni"), with a name's capitals (./person-name.ts).
 */
export function personNameKept(name: string): string {
  return personNameAsTyped(withoutHonorific(name));
}

/**
 * Whether two names kept are one, a form of address aside ("Bu Sri" kept before names lost it,
 * and "Sri"): a ketua typed again as they were is no new ketua.
 */
export function samePersonName(one: string | null, other: string | null): boolean {
  return one === other || (one !== null && other !== null && personNameKept(one) === personNameKept(other));
}
