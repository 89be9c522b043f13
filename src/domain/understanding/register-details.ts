/**
 * What a request to register says besides the kind of group: its name and its desa, as
 * people type them in one go ("mau daftarin posyandu mawar di desa panggungharjo",
 * "daftar kelompok arisan namanya Arisan Melati, kelurahan sinduadi"). The registration then
 * starts with them instead of asking again what was already said. Only what is clearly
 * marked is taken: a desa after "desa"/"kelurahan", a name after "namanya" or a kind followed
 * by its own words ("posyandu mawar"); anything else is asked as before.
 */

/** The name and desa a registration request states; either may be absent. */
export interface RegisterDetails {
  readonly name?: string;
  /** What to search the desa by, as typed ("panggungharjo sewon"). */
  readonly place?: string;
}

/** Where a desa's name ends: punctuation, RT/RW, the kecamatan, or the next part of the sentence. */
const PLACE_END = String.raw`(?=\s*(?:[,.;!?]|$|\b(?:rt|rw|kec|kecamatan|kab|kabupaten|dan|yg|yang|ketua|ketuanya|namanya|nama|anggota|anggotanya|jumlah|sama|dengan|dgn)\b))`;
const PLACE = new RegExp(String.raw`\b(?:di\s+)?(?:desa|kelurahan|kel\.?|ds\.?)\s+([\p{L}][\p{L}'\- ]{1,40}?)${PLACE_END}`, 'iu');
/** A name marked as one: "namanya Arisan Melati", "bernama PKK Glugo", "nama kelompoknya …". */
const NAMED = new RegExp(String.raw`\b(?:namanya|bernama|nama\s+kelompoknya|nama\s+kelompok|nama)\s*:?\s+(.{3,80}?)(?=\s+(?:di|desa|kelurahan|rw|rt|ketuanya|ketua)\b|[,.;!?]|$)`, 'iu');
/** The words of the request itself, before the group: "mau daftarin", "saya ingin mendaftarkan kelompok". */
const REQUEST_WORDS = new Set([
  'mau', 'saya', 'kami', 'aku', 'ingin', 'pengen', 'pingin', 'tolong', 'bisa', 'dong', 'min', 'kak', 'pak', 'bu', 'mas', 'mbak', 'daftar',
  'daftarkan', 'daftarin', 'mendaftarkan', 'mendaftar', 'ndaftar', 'ndaftarke', 'register', 'registrasi', 'daptar', 'kelompok', 'group',
  'komunitas', 'baru', 'sebuah', 'satu', 'a', 'new', 'our', 'i', 'want', 'to', 'we', 'my',
]);
/** Where the group's own words end ("posyandu mawar | di desa …"). */
const NAME_END = /\s+(?:di|desa|kelurahan|rw|rt|ketuanya|ketua|yg|yang|dengan|dgn|anggota|anggotanya)\b|[,.;!?]/iu;

/**
 * The name and desa in `text`, a registration request. `kinds` are the phrases that name a
 * kind of group ("posyandu", "kelompok tani"): a name led by one needs words of its own after
 * it ("Posyandu Mawar"; "posyandu" alone is only the kind).
 */
export function registerDetails(text: string, kinds: readonly string[]): RegisterDetails {
  const clean = text.replace(/\s+/g, ' ').trim();
  const place = PLACE.exec(clean)?.[1]?.trim();
  const named = NAMED.exec(clean)?.[1]?.trim();
  const name = named ?? kindLedName(clean, kinds);
  return { ...(name && { name: asTyped(name) }), ...(place && place.length >= 3 && { place }) };
}

/** "mau daftarin posyandu mawar di …" → "posyandu mawar": the kind and its own words. */
function kindLedName(text: string, kinds: readonly string[]): string | undefined {
  const head = text.split(NAME_END)[0] ?? '';
  const words = head.split(' ');
  const kindAt = (at: number): number => {
    const rest = words.slice(at).join(' ').toLowerCase();
    const kind = kinds.filter((phrase) => rest === phrase || rest.startsWith(`${phrase} `)).sort((a, b) => b.length - a.length)[0];
    return kind === undefined ? 0 : kind.split(' ').length;
  };
  let start = 0;
  // "kelompok tani …" is a kind; "kelompok posyandu …" is the request's "kelompok".
  while (start < words.length && REQUEST_WORDS.has(words[start]!.toLowerCase()) && kindAt(start) === 0) start++;
  const kindLength = kindAt(start);
  const own = words.slice(start + kindLength);
  if (kindLength === 0 || own.length === 0 || own.length > 6) return undefined;
  // The kind's own words only: "posyandu" + "mawar", not "posyandu" + "aja".
  if (own.every((word) => FILLER.has(word.toLowerCase()))) return undefined;
  return words.slice(start).join(' ');
}

const FILLER = new Set(['aja', 'saja', 'dong', 'ya', 'yah', 'nih', 'ini', 'itu', 'baru', 'kami', 'saya', 'kita', 'lagi', 'juga', 'min', 'kak']);

/** Words written in capitals in a group's name. */
const ACRONYMS = new Set(['pkk', 'rt', 'rw', 'kwt', 'kt', 'tp', 'mt', 'kub', 'rk', 'lks', 'bumdes', 'lpmd', 'lpmk', 'irmas', 'risma']);

/** A name typed all in lower case gets capitals ("pkk dusun glugo" → "PKK Dusun Glugo"); one typed with capitals stays. */
function asTyped(name: string): string {
  if (name !== name.toLowerCase()) return name;
  return name
    .split(' ')
    .map((word) => (ACRONYMS.has(word) ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}
