/**
 * A button's label typed as it reads on a screen that cuts long labels (Telegram's apps cut a
 * row's label at the width the screen has, with "…"): people type what they see, the cut
 * label ("Panggungharjo — Kec. Sewon, K…"), its beginning ("sama dengan ketua arisan melati")
 * or a numbered one ("2. Majelis Taklim Al Hik…"). Only labels a screen may cut are read so,
 * and only a beginning long enough not to be an answer of its own.
 */
import { LABEL_ROOM, simplifyLabel } from '../core/button-label.js';

/** A button as shown: its label as the screen got it (numbered when alike, see fit-title.ts). */
export interface ReadButton {
  readonly shown: string;
}

/** A typed beginning without "…" needs this many words and letters: "sama" or "ya" alone is an answer. */
const MIN_WORDS = 2;
const MIN_LETTERS = 8;

/** Text ending with "…" or "..": copied from a cut label. */
const CUT = /(?:…|\.{2,})\s*$/u;

/** Whether `typed` (as typed; `wanted`, as compared) is long enough to be read as the beginning of a label. */
function longEnough(typed: string, wanted: string): boolean {
  if (CUT.test(typed)) return wanted.length >= 3;
  return wanted.split(' ').length >= MIN_WORDS && wanted.length >= MIN_LETTERS;
}

/**
 * The one button of `buttons` whose shown label `typed` is the beginning of, read as above;
 * undefined when none or several, or the label is short enough to be shown whole everywhere
 * ({@link LABEL_ROOM}).
 */
export function buttonReadAs<B extends ReadButton>(typed: string, buttons: readonly B[]): B | undefined {
  const wanted = simplifyLabel(typed);
  if (!longEnough(typed, wanted)) return undefined;
  const found = buttons.filter((button) => button.shown.length > LABEL_ROOM && simplifyLabel(button.shown).startsWith(wanted));
  return found.length === 1 ? found[0] : undefined;
}
