/**
 * What flows keep of a group between messages (only what they show or pass on), and how
 * a user picks one from a list: by its button, or by typing its number or its name.
 */
import type { StepInput } from '../../core/engine/flow.js';
import type { Button } from '../../core/messages.js';
import { verbatim, type Text } from '../../core/text.js';
import { buttonOf, textOf } from '../flow-kit.js';
import type { GroupView } from '../model/groups.js';
import { normalizeName } from '../parse/group-name.js';
import { LABEL_ROOM, simplifyLabel } from '../../core/button-label.js';
import { GROUP_TYPE_WORDS, matchChoice } from '../parse/choice.js';
import { dropTrailingParticles } from '../parse/particles.js';
import { listPosition } from '../parse/list-position.js';
import { words } from '../parse/text.js';
import type { GroupType } from '../model/group-types.js';

/** A group as a flow stores it. */
export interface GroupRef {
  readonly id: string;
  readonly name: string;
  readonly villageCode: string;
  /** Its kind, to find it by ("karang taruna"); absent in a ref stored before it was kept. */
  readonly type?: GroupType;
}

/** The stored form of a group. */
export function groupRef(group: GroupView): GroupRef {
  return { id: group.id, name: group.name, villageCode: group.villageCode, type: group.type };
}

/** One button per item, `prefix<id>`, labelled with its name. */
export function itemButtons(items: readonly { readonly id: string; readonly name: string }[], prefix: string): Button[] {
  return items.map((item) => ({ id: `${prefix}${item.id}`, label: verbatim(item.name) }));
}

/**
 * The names of `items` whole, one a line, numbered as {@link itemButtons} gives their buttons,
 * when one is longer than every channel's button shows ({@link LABEL_ROOM}): a channel cuts such
 * a label (and numbers those it cut alike), so the text says which is which, and a number
 * typed picks it ({@link pickItem}). None when every name fits.
 */
export function namesListed(items: readonly { readonly name: string }[]): Text[] {
  if (items.every((item) => item.name.length <= LABEL_ROOM)) return [];
  return [verbatim(items.map((item, index) => `${index + 1}. ${item.name}`).join('\n'))];
}

/**
 * The item chosen by its button (`prefix<id>`), by its number in the list, or by its name
 * typed (see {@link itemNamed}), if any.
 */
export function pickItem<T extends { readonly id: string; readonly name?: string }>(input: StepInput, items: readonly T[], prefix: string): T | undefined {
  const button = buttonOf(input);
  if (button?.startsWith(prefix)) return items.find((item) => item.id === button.slice(prefix.length));
  const text = textOf(input);
  if (!text) return undefined;
  // "2", "no 2 aja", "yang kedua", "yg terakhir": its place in the list.
  const position = listPosition(text);
  if (position !== null) return position === 'last' ? items.at(-1) : items[position - 1];
  return itemNamed(items, text) ?? itemNamed(items, withoutPointing(text));
}

/** Words before a name that point at one of the list ("*yg* pkk", Javanese "*sing* melati", Sundanese "*nu* …"). */
const POINTING = new Set(['yang', 'yg', 'sing', 'seng', 'ingkang', 'nu']);
/** Words after it that change nothing ("tunas muda *itu*", Javanese "melati *wae*"), besides the particles. */
const AFTER_NAME = new Set(['itu', 'tuh', 'wae', 'ae', 'mawon']);

/** `text` without the words around a name that only point at it ("yg pkk aja" → "pkk"). */
function withoutPointing(text: string): string {
  const typed = dropTrailingParticles(words(text), { keep: 1, just: true });
  while (typed.length > 1 && AFTER_NAME.has(typed.at(-1)!)) typed.pop();
  while (typed.length > 1 && POINTING.has(typed[0]!)) typed.shift();
  return typed.join(' ');
}

/**
 * A name's words as compared: as group names are compared for duplicates (lower case, letters
 * and digits, abbreviations spelled out, RT/RW numbers in one form), so "tunas bangsa rw 11"
 * names "Karang Taruna Tunas Bangsa RW XI".
 */
function nameWords(text: string): string[] {
  const plain = normalizeName(text);
  return plain === '' ? [] : plain.split(' ');
}

/**
 * The one item named by `text`: its whole name ("pkk dusun glugo", "pkk dsn glugo"), or words
 * found in its name and no other's ("pkk", "tunas muda", "rw.11" for "… RW XI"), as people
 * type instead of tapping the button.
 * None when several items fit: the list is shown again.
 */
export function itemNamed<T extends { readonly name?: string }>(items: readonly T[], text: string): T | undefined {
  const typed = nameWords(text);
  if (typed.length === 0) return undefined;
  const named = items.filter((item) => item.name !== undefined);
  const whole = named.filter((item) => nameWords(item.name!).join(' ') === typed.join(' '));
  if (whole.length === 1) return whole[0];
  const holding = named.filter((item) => {
    const words = nameWords(item.name!);
    return typed.every((word) => words.includes(word));
  });
  return holding.length === 1 ? holding[0] : undefined;
}

/** The kinds of group a group can be found by (not "Lainnya"). */
const KINDS = GROUP_TYPE_WORDS.filter((option) => option.id !== 'other');

/** The kinds' phrases as compared words, longest first ("karang taruna" → ["karang", "taruna"]). */
const KIND_PHRASES = KINDS.flatMap((option) => option.words.map((phrase) => nameWords(phrase)))
  .filter((phrase) => phrase.length > 0)
  .sort((a, b) => b.length - a.length);

/**
 * A group's own name as it may be said, as compared words: whole, then without each kind it
 * starts with, the longest kind first ("Karang Taruna Tunas Muda": "karang taruna tunas muda",
 * "tunas muda"). A name that is only a kind has no other saying.
 */
export function ownNames(group: { readonly name: string }): string[] {
  const words = nameWords(group.name);
  const kinds = KIND_PHRASES.filter((phrase) => phrase.length < words.length && phrase.every((word, at) => words[at] === word));
  return [words.join(' '), ...kinds.map((phrase) => words.slice(phrase.length).join(' '))];
}

/** A group's name without the longest kind it starts with ("Posyandu Melati" → "melati"), whole without one. */
function bareName(group: { readonly name: string }): string {
  const [whole = '', longest] = ownNames(group);
  return longest ?? whole;
}

/**
 * The groups `text` names, as a group is named in a sentence rather than picked from a list:
 * a kind's own words name every group of that kind or with them in its name ("karang taruna":
 * Karang Taruna Tunas Muda and a karang taruna registered as "Tunas Muda"); other words, the
 * one {@link itemNamed} finds, else those whose name holds them, else those of the kind they
 * name ("karang taruna tunas jaya", mistyped: every karang taruna). Chat words after it are dropped ("karang taruna aja", "pkk doang"). Several when
 * several fit, for the person to pick from; none when nothing does.
 */
export function groupsNamed(groups: readonly GroupRef[], text: string): GroupRef[] {
  const typed = dropTrailingParticles(simplifyLabel(text).split(' '), { keep: 1, just: true }).join(' ');
  if (!/\p{L}/u.test(typed)) return [];
  const words = nameWords(typed);
  const holds = (group: GroupRef) => words.every((word) => nameWords(group.name).includes(word));
  // The kind's own words ("karang taruna", "pkk"): every group of it, by name or by kind.
  const kind = KINDS.find((option) => option.words.some((phrase) => simplifyLabel(phrase) === typed))?.id;
  if (kind !== undefined) return groups.filter((group) => group.type === kind || holds(group));
  const one = itemNamed(groups, typed);
  // "melati", no kind said: the group called just that, and as much Posyandu Melati and PKK Melati, for the person to pick.
  if (one) return groups.filter((group) => group === one || bareName(group) === words.join(' '));
  const holding = groups.filter(holds);
  if (holding.length > 0) return holding;
  // (Not "no 3": a list number, which matchChoice would take as the third kind.)
  const named = /^(?:\S+ )?\d{1,3}$/.test(typed) ? null : matchChoice(typed, KINDS);
  return named === null ? [] : groups.filter((group) => group.type === named);
}
