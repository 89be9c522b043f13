/**
 * Moving house, said or asked of oneself or one's group: "kalau saya pindah rumah, data kelompok
 * gmn?", "nek aku pindah omah, kelompoke piye", "upami abdi ngalih bumi", "if I move house what
 * happens to my group". Answered with the FAQ's `change_data` (the group's desa or RT/RW, or its
 * ketua, changed in Kelompok saya), not "belum paham", nor what a desa not yet a WKSBM does next,
 * which the FAQ's phrasings picked for "kelompoke piye". Read here: no phrasing can hold every
 * place one moves to.
 */

/** Moving in one word ("pindahan", Javanese "boyongan", Sundanese "ngalih", "relocate"). */
const MOVING_WORDS: ReadonlySet<string> = new Set(['pindahan', 'boyongan', 'ngalih', 'pindah2', 'relocate', 'relocating', 'relocated']);
/** "Move" before a place or "house": "pindah rumah", "pindah ke desa lain", "move house". */
const MOVE_VERBS: ReadonlySet<string> = new Set(['pindah', 'pindahan', 'ngalih', 'move', 'moving', 'moved', 'moves']);
/** What one moves, or to where ("rumah", "alamat", "desa", Javanese "omah", Sundanese "bumi", "house", "away"). */
const MOVED: ReadonlySet<string> = new Set([
  'rumah', 'alamat', 'domisili', 'tempat', 'desa', 'kelurahan', 'kampung', 'kota', 'kabupaten', 'rt', 'rw', 'omah', 'griya', 'dalem', 'bumi', 'imah',
  'house', 'home', 'away', 'address', 'village', 'town',
]);
/** Words between the verb and the place ("pindah ke desa lain", "move to another village", "pindah dari rumah"). */
const TOWARDS: ReadonlySet<string> = new Set(['ke', 'dari', 'menyang', 'nang', 'ka', 'to', 'another', 'a', 'new', 'out', 'of', 'lain', 'baru']);
/** The most words of such a question: more is a story that only mentions a move. */
const MAX_WORDS = 14;

/** Whether `tokens` (as tokenize gives them) tell or ask of moving house. */
export function asksMoving(tokens: readonly string[]): boolean {
  if (tokens.length === 0 || tokens.length > MAX_WORDS) return false;
  if (tokens.some((token) => MOVING_WORDS.has(token))) return true;
  return tokens.some((token, at) => {
    if (!MOVE_VERBS.has(token)) return false;
    let next = at + 1;
    while (next < tokens.length && next - at <= 3 && TOWARDS.has(tokens[next]!)) next++;
    return MOVED.has(tokens[next] ?? '');
  });
}
