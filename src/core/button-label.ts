/**
 * A button's label as people type it instead of tapping the button: compared without case,
 * accents, emoji and punctuation ("lanjutkan" for "▶️ Lanjutkan", "seluruh desa" for
 * "🏘️ Seluruh desa"). The channels that remember what they last showed use it to take such a
 * text as the button; the domain reads short typed answers the same way (menu words, yes/no,
 * a group's name).
 */

/**
 * The longest label every channel shows whole: WhatsApp Cloud's reply buttons take 20
 * characters (its list rows 24, Telegram's rows about 30). Each channel fits a longer one to its
 * own room at the edge (channels/fit-title.ts), so a choice among long names says them whole
 * in its text too.
 */
export const LABEL_ROOM = 20;

/** Lower case letters and digits only, single-spaced: "↩️ Kembali!" → "kembali". */
export function simplifyLabel(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // accents split off by NFKD
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The one button among `buttons` whose label `text` is (as simplified); undefined when none or several. */
export function buttonWithLabel<B extends { readonly label: string }>(text: string, buttons: readonly B[]): B | undefined {
  const wanted = simplifyLabel(text);
  if (wanted === '') return undefined;
  const found = buttons.filter((button) => simplifyLabel(button.label) === wanted);
  return found.length === 1 ? found[0] : undefined;
}
