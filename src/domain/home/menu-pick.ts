/**
 * Answers picked from the main menu: a menu button, a number typed at the menu, or a word
 * that opens an entry ("daftar", "petugas"). The entries depend on the person (a leader's
 * entries, the inbox when something waits, the officer panel), so the home flow does not
 * hold them: it asks for the pick as an effect, whose handler reads the live menu, and
 * reacts to the entry found (or to none) when the result comes back.
 */
import type { Effect } from '../../core/engine/flow.js';
import type { MenuEntry } from '../../core/menu.js';
import type { PersonView } from '../../core/ports.js';
import type { EffectHandler } from '../../core/effect-registry.js';

/** Finds an entry of the person's menu; replies with a {@link MenuPickResult}. */
export const MENU_PICK_EFFECT = 'menu.pick';

/** How an entry was picked; the text is kept so a miss can be read as free text. */
export type MenuPickRequest =
  /** A menu button, by its entry id. */
  | { readonly by: 'button'; readonly id: string }
  /** A number typed ("2"): the entry at that place of the list, counted from 1. */
  | { readonly by: 'number'; readonly position: number; readonly text: string }
  /** A word that opens an entry by its id. */
  | { readonly by: 'word'; readonly id: string; readonly text: string };

/** The pick asked for, and the entry it names in the menu now (null when there is none). */
export interface MenuPickResult {
  readonly request: MenuPickRequest;
  readonly entry: MenuEntry | null;
}

/** The effect that picks an entry; its result reaches the asking step. */
export function pickFromMenu(request: MenuPickRequest): Effect {
  return { type: MENU_PICK_EFFECT, payload: request, reply: true };
}

/** The entry a request names among `entries`, or null. */
export function pickedEntry(request: MenuPickRequest, entries: readonly MenuEntry[]): MenuEntry | null {
  const entry = request.by === 'number' ? entries[request.position - 1] : entries.find((item) => item.id === request.id);
  return entry ?? null;
}

/** Handlers of the menu effects over the assistant's menu, to spread into the runner's effect table. */
export function menuEffects<Tx>(
  menu: (ctx: { readonly tx: Tx; readonly person: PersonView }) => Promise<readonly MenuEntry[]>,
): Record<string, EffectHandler<Tx>> {
  return {
    [MENU_PICK_EFFECT]: async (effect, ctx): Promise<MenuPickResult> => {
      // Asked only by the home flow, with a request it built.
      const request = effect.payload as MenuPickRequest;
      return { request, entry: pickedEntry(request, await menu(ctx)) };
    },
  };
}
