/**
 * A list of lines kept to a chat screen: the first {@link MAX_LISTED} one by one, the rest
 * counted ("• … dan 3 lagi"). Data saya and the officer panel's list of dashboard tokens
 * share it, so a long list is cut the same way wherever it is shown.
 */
import { t, type Text } from '../../core/text.js';
import { linesText } from './message-parts.js';

/** Entries of a list shown one by one; the rest are counted. */
export const MAX_LISTED = 20;

/** The items on lines, at most {@link MAX_LISTED} of them; `total` counts those not passed too. */
export function cappedLinesText(items: readonly Text[], total = items.length): Text {
  const shown = items.slice(0, MAX_LISTED);
  const more = total - shown.length;
  return linesText(more > 0 ? [...shown, t('privacy:data.more', { count: more })] : shown);
}
