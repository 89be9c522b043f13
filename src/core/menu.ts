/**
 * The main menu as the core knows it: entries (a label and the flow each starts) that only
 * the runner looks up, and only for a reply that shows them. Flows stay pure and never see
 * the entries: a message asks for them with `menu: true` (see {@link OutboundMessage.menu}),
 * and an answer picked from the menu is resolved by an effect against the live entries.
 */
import type { Button, OutboundMessage } from './messages.js';
import type { Text } from './text.js';

/** A main-menu entry: a label and the flow it starts. */
export interface MenuEntry {
  readonly id: string;
  readonly label: Text;
  readonly flow: string;
  readonly input?: unknown;
}

/** Button id prefix of main-menu entries: `menu:<entry id>`. */
export const MENU_BUTTON_PREFIX = 'menu:';

/** The button of a menu entry. */
export function menuButton(entry: MenuEntry): Button {
  return entryButton(entry.id, entry.label);
}

/** A button that opens the menu entry `entryId` from a reply (📝 Daftarkan kelompok under an answer). */
export function entryButton(entryId: string, label: MenuEntry['label']): Button {
  return { id: `${MENU_BUTTON_PREFIX}${entryId}`, label };
}

/** The entry id a menu button names, or null for any other button. */
export function menuEntryIdOfButton(buttonId: string): string | null {
  return buttonId.startsWith(MENU_BUTTON_PREFIX) ? buttonId.slice(MENU_BUTTON_PREFIX.length) : null;
}

/** The message followed by the main menu's entries as buttons (filled in when the reply is rendered). */
export function withMenu(message: OutboundMessage): OutboundMessage {
  return { ...message, menu: true };
}

/**
 * Fills every message that shows the menu with one button per entry, after its own buttons.
 * `load` runs at most once, and only when some message shows the menu (it costs queries).
 */
export async function fillMenus(
  messages: readonly OutboundMessage[],
  load: () => Promise<readonly MenuEntry[]>,
): Promise<OutboundMessage[]> {
  if (!messages.some((message) => message.menu === true)) return [...messages];
  const buttons = (await load()).map(menuButton);
  return messages.map((message) => {
    if (message.menu !== true) return message;
    const { menu: _shown, ...rest } = message;
    const all = [...(rest.buttons ?? []), ...buttons];
    return all.length > 0 ? { ...rest, buttons: all } : rest;
  });
}
