/**
 * A small group's few members told or asked about: "anggota kami cuma 8", "we only have 8
 * members", "our group is only 5 people", "minimal anggota berapa orang". Answered with who may
 * register (the FAQ's `who_may_register`, which says a group of 2 members or more may), not
 * with nothing, nor with the minimum of groups a desa needs (`minimum`). Read here: the FAQ's
 * phrasings cannot know every count, and "cuma"/"only" weigh nothing there.
 */
import { parseNumber } from '../parse/numbers.js';

/** A group's members: "anggota", a posyandu's "kader", "members". */
const MEMBER_WORDS: ReadonlySet<string> = new Set(['anggota', 'anggotanya', 'anggotane', 'anggotana', 'anggauta', 'kader', 'kadernya', 'kadere', 'member', 'members']);
/** People counted, which are the members when the group is named with them ("our group is only 5 people"). */
const PEOPLE_WORDS: ReadonlySet<string> = new Set(['orang', 'org', 'people', 'persons', 'wong', 'tiyang', 'jalma', 'urang']);
/** A group named. */
const GROUP_WORDS: ReadonlySet<string> = new Set(['kelompok', 'kelompoknya', 'kelompoke', 'group', 'grup', 'groups']);
/** "Only": Indonesian, slang, Javanese ("mung", "namung"), Sundanese ("ngan", "ukur"), English. */
const ONLY_WORDS: ReadonlySet<string> = new Set(['cuma', 'cuman', 'cm', 'hanya', 'hny', 'mung', 'cuma2', 'namung', 'ngan', 'ukur', 'only', 'just']);
/** Few, small, said without a count ("anggotanya sedikit", "kelompok kecil"). */
const FEW_WORDS: ReadonlySet<string> = new Set(['sedikit', 'dikit', 'sitik', 'sithik', 'saeutik', 'few', 'kecil', 'small', 'beberapa']);
/** "At least" asked ("minimal anggota berapa", "minimum members"). */
const MINIMUM_WORDS: ReadonlySet<string> = new Set(['minimal', 'minimalnya', 'minimum', 'minim', 'least', 'sekurangnya']);
/**
 * Words that make the members counted something else: those who came to one activity ("anggota
 * yang datang cuma 8"), the WKSBM's own member groups ("anggota wksbm cuma 3 kelompok").
 */
const OTHER_COUNT_WORDS: ReadonlySet<string> = new Set(['datang', 'hadir', 'ikut', 'came', 'attended', 'wksbm', 'penerima', 'desa']);

/** Whether `tokens` (as tokenize gives them) tell or ask of a group's few members. */
export function asksSmallGroup(tokens: readonly string[]): boolean {
  if (tokens.length === 0 || tokens.length > 12 || tokens.some((token) => OTHER_COUNT_WORDS.has(token))) return false;
  // A count of groups ("cuma 2 kelompok", "only 2 groups") is a desa's groups: the minimum's.
  if (tokens.some((token, at) => parseNumber(token) !== null && GROUP_WORDS.has(tokens[at + 1] ?? ''))) return false;
  const members = tokens.some((token) => MEMBER_WORDS.has(token)) || (tokens.some((token) => GROUP_WORDS.has(token)) && tokens.some((token) => PEOPLE_WORDS.has(token)));
  if (!members) return false;
  if (tokens.some((token) => MINIMUM_WORDS.has(token))) return true;
  const few = tokens.some((token) => FEW_WORDS.has(token));
  const counted = tokens.some((token) => ONLY_WORDS.has(token)) && tokens.some((token) => parseNumber(token) !== null);
  return few || counted;
}
