/**
 * What flows keep of a group between messages (only what they show or pass on), and how
 * a user picks one from a list: by its button, or by typing its number.
 */
import type { StepInput } from '../../core/engine/flow.js';
import type { Button } from '../../core/messages.js';
import { verbatim } from '../../core/text.js';
import { buttonOf, textOf } from '../flow-kit.js';
import type { GroupView } from '../model/groups.js';

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

/** The item chosen by its button (`prefix<id>`) or by its number in the list, if any. */
export function pickItem<T extends { readonly id: string }>(input: StepInput, items: readonly T[], prefix: string): T | undefined {
  const button = buttonOf(input);
  if (button?.startsWith(prefix)) return items.find((item) => item.id === button.slice(prefix.length));
  const text = textOf(input);
  return text && /^\d{1,2}$/.test(text) ? items[Number(text) - 1] : undefined;
}
