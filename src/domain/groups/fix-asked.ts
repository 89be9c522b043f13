/**
 * A wish to fix one's group's data with no field named ("mau perbaiki data kelompok", "perbaiki",
 * "revisi data kelompok", "fix my group's data"), typically after an officer rejected the group:
 * the main menu opens 👥 Kelompok saya, where the group's screen shows the officer's reason and
 * the ✏️ buttons (see ../home/entry-of-words.ts). A field named with it is a change instead
 * (./change-said.ts).
 */

/**
 * Asked to fix the group's data, no field named: "mau perbaiki data kelompok", "perbaiki", "betulkan
 * data", "revisi data kelompok", "fix my group's data". A verb of fixing alone, or any verb of
 * changing with the data or the group named.
 */
const FIX_ASKED =
  /^(?:(?:saya|aku|sy|kami|i|we)\s+)?(?:(?:mau|mo|ingin|pengen|pingin|tolong|mohon|minta|bantu|want\s+to|need\s+to|please|would\s+like\s+to)\s+)*(?:(?:perbaiki|perbaikin|betulkan|betulin|benerin|benahi|revisi|koreksi|diperbaiki|dibetulkan|dibetulin|dibenerin|direvisi|dikoreksi|mbetulke|mbenerke|ndandani|dandani|mbenakke|fix|correct)(?:\s+(?:data(?:nya)?|details?|info)|(?=\s+(?:kelompok|klp|grup|group|my|our)\b)|(?=\s*$))|(?:ubah|ganti|edit|update|perbarui|change)(?:\s+data(?:nya)?|(?=\s+(?:my|our)\s+group\b)))(?:\s+(?:(?:kelompok|klp|grup|group)(?:'s)?(?:nya)?|my|our|the)(?:\s+(?:kami|saya|kita|sy|data|details?|info))?)*(?:(?<=kelompok|klp)(?:\s+[\p{L}\d]+){1,4}?)?(?:\s+(?:dong|ya|yah|min|kak|deh|nih|pls|please))*[.!]*$/iu;
/** Words that name the group ("data *kelompok*", "my *group's* data"): without them the data may be the person's own. */
const GROUP_NAMED = /\b(?:kelompok|klp|grup|group)/iu;

/** True when `text` asks to fix the group's data without naming a field ("mau perbaiki data kelompok", "perbaiki"): Kelompok saya opens. */
export function isFixAsked(text: string): boolean {
  return FIX_ASKED.test(text.trim());
}

/** True when fixing data is asked without naming the group ("perbaiki", "betulkan data"): from someone who leads none, it may be their own data. */
export function isFixAskedOfAnyData(text: string): boolean {
  return isFixAsked(text) && !GROUP_NAMED.test(text);
}
