/**
 * A person's name without the form of address typed before it: "bu Siti Aminah" → "Siti
 * Aminah", "Pak Bayu" → "Bayu". The bot addresses people itself; a title saved in the name
 * came back doubled ("Bu bu Siti") and split one person into two names ("Bu Siti" and
 * "Siti"). Titles that are part of how a name is written (Hj., Dr.) stay.
 */
import { VILLAGE_ROLES, alternation } from './lexicon.js';
import { FORMS_OF_ADDRESS } from './name-phone.js';
import { personNameAsTyped } from './person-name.js';

/**
 * What is left that is a role, not a name: "Pak RT", "Bu RW 05", "Bu Ketua", "Ibu Kader Sari",
 * "Pak Dukuh", "Pak Ustadz Hasan" keep their word (the village's roles, ./lexicon.ts).
 */
const ROLE_LEFT = new RegExp(String.raw`^(?:${alternation(VILLAGE_ROLES)})\b`, 'iu');
/** Fewer letters than a name kept alone has: "Pak No", "Mbak Ri" keep their word. */
const MIN_NAME_LETTERS = 3;

/**
 * The name with its leading forms of address removed ("bu", "Bapak.", "mbak"), or as typed
 * when nothing that reads as a name is left ("Bu RT" keeps its word only if the rest has at
 * least two letters: "Pak A" stays "Pak A"). Officers' names stored before were tidied by the
 * same rule in SQL (a migration; test/storage/officers/officer-name-form-of-address.test.ts).
 */
export function withoutHonorific(name: string): string {
  const words = name.trim().split(/\s+/u);
  let start = 0;
  while (start < words.length - 1 && FORMS_OF_ADDRESS.has(words[start]!.toLowerCase().replace(/[.,]+$/u, ''))) start += 1;
  const rest = words.slice(start).join(' ');
  return (rest.match(/\p{L}/gu) ?? []).length >= 2 ? rest : name.trim();
}

/**
 * A group's ketua as kept: without the form of address typed before the name, as an officer's
 * own name is ("bu sri wahyuni" → "Sri Wahyuni"), with a name's capitals (./person-name.ts). A
 * ketua may be known by a role or a short name that needs its word ("Pak RT", "Bu Ketua", "Pak
 * No"): those stay as typed.
 */
export function ketuaNameKept(name: string): string {
  const rest = withoutHonorific(name);
  const named = (rest.match(/\p{L}/gu) ?? []).length >= MIN_NAME_LETTERS && !ROLE_LEFT.test(rest);
  return personNameAsTyped(named ? rest : name.trim());
}

/**
 * Whether two names kept are one, a form of address aside ("Bu Sri" kept before names lost it,
 * and "Sri"): a ketua typed again as they were is no new ketua.
 */
export function samePersonName(one: string | null, other: string | null): boolean {
  return one === other || (one !== null && other !== null && ketuaNameKept(one) === ketuaNameKept(other));
}
