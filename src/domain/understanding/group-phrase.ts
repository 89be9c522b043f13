/**
 * The other group's words after "bareng"/"dengan"/"with", as typed in a request or a statement
 * ("… bareng karang taruna tunas muda aja", "… with the PKK"): shared by the readers of an
 * activity's partners (./activity-details.ts) and of a tie (./tie-said.ts).
 */
import { dropTrailingParticles } from '../parse/particles.js';

/**
 * The group named by `typed` (its words, in order): without the chat words after it ("aja",
 * "ya") and an article before it ("the PKK"); undefined when that leaves no name (under two
 * characters, no letter) or more words than a group's name takes.
 */
export function groupPhrase(typed: readonly string[]): string | undefined {
  const words = typed.slice(0, dropTrailingParticles(typed.map((word) => word.toLowerCase()), { keep: 1, just: true }).length);
  const partner = words.join(' ').replace(/[.\-]+$/, '').replace(/^(?:the|our)\s+/i, '').trim();
  return partner.length < 2 || !/\p{L}/u.test(partner) || words.length > 8 ? undefined : partner;
}
