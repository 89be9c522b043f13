/**
 * Button labels fitted to a channel's room at the edge: the Cloud API's titles are short
 * (reply buttons 20 characters, list rows 24), and Telegram's apps cut a label wider than its
 * row. A label that is too long is fitted without losing its meaning: first the leading
 * emoji go ("❓ Tanya tentang WKSBM" → "Tanya tentang WKSBM"), then words are cut from the
 * end with "…". Lengths are counted in UTF-16 units, as strictly as the platform may count.
 */

/** `label` with its runs of white space made one space, trimmed. */
function tidy(label: string): string {
  return label.replace(/\s+/g, ' ').trim();
}

/** `label` without its leading emoji and marks ("❓ Tanya tentang WKSBM" → "Tanya tentang WKSBM"). */
function withoutLead(label: string): string {
  return label.replace(/^[^\p{L}\p{N}]+/u, '');
}

/** `label` in at most `max` characters. */
export function fitTitle(label: string, max: number): string {
  const whole = tidy(label);
  if (whole.length <= max) return whole;
  const bare = withoutLead(whole).trim();
  if (bare.length <= max) return bare;
  const room = max - 1; // for the ellipsis
  const cut = bare.lastIndexOf(' ', room);
  const head = (cut >= Math.floor(room / 2) ? bare.slice(0, cut) : bare.slice(0, room)).replace(/[\s,.;:–-]+$/u, '');
  // Never half a surrogate pair.
  const safe = /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head;
  return `${safe}…`;
}

/** Whether two of `fitted` (labels as fitted) read alike, case aside. */
function readAlike(fitted: readonly string[]): boolean {
  return new Set(fitted.map((title) => title.toLowerCase())).size < fitted.length;
}

/** `label` numbered as the message's list of long names numbers it: "2. Majelis Taklim …", its leading emoji dropped. */
function numbered(label: string, index: number): string {
  return `${index + 1}. ${withoutLead(tidy(label))}`;
}

/**
 * Titles for a set of buttons, each at most `max` and all different (the Cloud API refuses
 * duplicates, and alike ones tell a person nothing): when fitting made two alike, every title
 * is numbered, as a list of long names in the message's text is (domain/groups/group-ref.ts).
 */
export function fitTitles(labels: readonly string[], max: number): string[] {
  const fitted = labels.map((label) => fitTitle(label, max));
  if (!readAlike(fitted)) return fitted;
  return labels.map((label, index) => fitTitle(numbered(label, index), max));
}

/**
 * Labels kept whole (a channel whose apps cut a long label themselves, at the width the screen
 * has), but numbered when cut to `max` two would read alike: a wide screen shows the whole
 * label, a narrow one still tells them apart, and the numbers match the message's list.
 */
export function numberedWhenAlike(labels: readonly string[], max: number): string[] {
  if (!readAlike(labels.map((label) => fitTitle(label, max)))) return labels.map(tidy);
  return labels.map(numbered);
}
