/**
 * What flows keep of a group between messages (only what they show or pass on), and how
 * a user picks one from a list: by its button, or by typing its number or its name.
 */
import type { StepInput } from '../../core/engine/flow.js';
import type { Button } from '../../core/messages.js';
import { verbatim } from '../../core/text.js';
import { buttonOf, textOf } from '../flow-kit.js';
import type { GroupView } from '../model/groups.js';
import { normalizeName } from '../parse/group-name.js';

/** A group as a flow stores it. */
export interface GroupRef {
  readonly id: string;
  readonly name: string;
  readonly villageCode: string;
}

/** The stored form of a group. */
export function groupRef(group: GroupView): GroupRef {
  return { id: group.id, name: group.name, villageCode: group.villageCode };
}

/** One button per item, `prefix<id>`, labelled with its name. */
export function itemButtons(items: readonly { readonly id: string; readonly name: string }[], prefix: string): Button[] {
  return items.map((item) => ({ id: `${prefix}${item.id}`, label: verbatim(item.name) }));
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
  return /^\d{1,2}$/.test(text) ? items[Number(text) - 1] : itemNamed(items, text);
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
