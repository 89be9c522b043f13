/**
 * A group's end asked about: "kalau kelompok bubar gimana?", "gmn cara hapus kelompok",
 * "bubarin grup", "delete my group". A group is never deleted: its leaders deactivate it in
 * 👥 Kelompok saya, and erasing one's own data (🔒 Data saya) keeps it, since it counts for the
 * desa (the FAQ's `end_group`). Read here, not by the FAQ's phrasings, where "bubar" would take
 * "bubur" for its typo and "hapus" made it a question about one's data (privacy).
 */

/** "bubar", "bubarin": a group that ended, or is ended. */
const ENDED_WORDS: ReadonlySet<string> = new Set(['bubar', 'bubaran', 'dibubarkan', 'membubarkan', 'bubarkan', 'bubarin', 'dibubarin', 'vakum', 'ended']);
/** "hapus", "delete": a group removed, which is how people ask to end one. */
const REMOVE_WORDS: ReadonlySet<string> = new Set([
  'hapus', 'hapusin', 'hapuskan', 'dihapus', 'menghapus', 'apus', 'apusin', 'diapus', 'ngapus', 'delete', 'deleted', 'remove', 'removed', 'deactivate',
]);
/** A group named: "kelompok", "grup", "group". */
const GROUP_WORDS: ReadonlySet<string> = new Set(['kelompok', 'kelompoknya', 'kelompoke', 'klompok', 'grup', 'grupnya', 'group', 'groups']);
/** Said with a group, these name something of it removed, not the group: "hapus anggota kelompok", "hapus kegiatan kelompok". */
const PART_WORDS: ReadonlySet<string> = new Set(['anggota', 'anggotanya', 'member', 'members', 'kegiatan', 'kegiatannya', 'activity', 'activities', 'foto', 'photo', 'ketua', 'pengurus']);

/** Whether `tokens` ask about a group ending, or being deleted. */
export function asksGroupEnd(tokens: readonly string[]): boolean {
  if (!tokens.some((token) => GROUP_WORDS.has(token)) || tokens.some((token) => PART_WORDS.has(token))) return false;
  return tokens.some((token) => ENDED_WORDS.has(token) || REMOVE_WORDS.has(token));
}
