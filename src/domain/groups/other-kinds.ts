/**
 * Kinds of community group outside the list's types ("jimpitan", "paguyuban ronda", "takmir
 * masjid"): a group of such a kind is registered as Lainnya with the kind's own words, whether
 * typed at the type question or named in the request ("saya takmir masjid mau daftar").
 */

/**
 * Words of community groups outside the list's types ("jimpitan", "paguyuban ronda",
 * "kelompok hadroh"): typed at the type question, such a kind is a Lainnya of that name
 * (anything else, "kapal selam", is still asked again).
 */
export const KIND_WORDS: ReadonlySet<string> = new Set([
  'jimpitan', 'ronda', 'siskamling', 'paguyuban', 'kelompok', 'komunitas', 'perkumpulan', 'ikatan', 'forum', 'jamaah', 'jemaah', 'dasawisma',
  'gapoktan', 'koperasi', 'sanggar', 'pemuda', 'remaja', 'kader', 'relawan', 'tahlil', 'yasinan', 'hadroh', 'hadrah', 'sholawat', 'kesenian',
  'senam', 'ternak', 'peternak', 'nelayan', 'perajin', 'pengrajin', 'umkm', 'ukm', 'bank', 'sampah', 'tpa', 'tpq', 'karawitan', 'gamelan', 'rebana',
  // A mosque's managing committee (takmir; DKM in West Java): none of the list's types (majelis
  // taklim is a study group, remaja masjid its youth), so a Lainnya of that name.
  'takmir', "ta'mir", 'dkm',
]);

/** Whether a typed kind holds a community-group word. */
export function namesAKind(typed: string): boolean {
  return typed.toLowerCase().split(/\s+/).some((word) => KIND_WORDS.has(word));
}

/**
 * A kind outside the list as a request names it, whole: a mosque's committee ("takmir masjid",
 * "ta'mir mushola", "dkm"), or "kelompok"/"komunitas"/"perkumpulan" with a kind's word ("kelompok
 * ronda", "komunitas hadroh"). Only these: "kelompok" alone, or "kelompok apa saja", names none.
 */
const REQUEST_KIND =
  /(?<![\p{L}'’])(?:(?:takmir|ta['’]mir|tamir|dkm)(?:\s+(?:masjid|mesjid|musholl?a|mushala|langgar|surau))?|(?:kelompok|komunitas|perkumpulan)\s+(?:jimpitan|ronda|siskamling|hadroh|hadrah|sholawat|rebana|karawitan|gamelan|kesenian|senam|ternak|peternak|perajin|pengrajin|umkm|ukm|relawan|koperasi))(?![\p{L}'’])/iu;

/** The kind outside the list that `text` (a registration request) names ("takmir masjid"), lower case; undefined when none. */
export function otherKindIn(text: string): string | undefined {
  return REQUEST_KIND.exec(text)?.[0]?.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
}
