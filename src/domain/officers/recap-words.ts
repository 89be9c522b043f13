/**
 * An officer asking for the recap of their own area in words: "rekap", "rekap wilayah saya",
 * "gimana wilayah saya?", "rekap kabupaten saya dong", "recap of my area", or for its desa
 * nearest to their next level, which the recap names ("desa mana yang paling dekat naik
 * tingkat?", "desa yang hampir aktif", "which villages are closest to the next level"). The whole text
 * must be the recap's words (with words of asking before and chat after), so a place named
 * ("rekap kecamatan sewon") stays a count of that place, and "matikan rekap mingguan" a mute.
 */
import { AREA_KIND_WORDS, type NamedArea } from '../model/area-counts.js';
import { withoutWordsAround } from '../parse/words-around.js';
import { WE_WORDS } from '../parse/lexicon.js';

/** The recap asked for: of the officer's own area, of a kind when said ("kabupaten saya"). */
export interface RecapAsked {
  readonly of?: NamedArea['kind'];
}

/** Words of asking before it ("cek", "gimana", "tolong lihat"). */
const BEFORE = new Set([
  'cek', 'check', 'lihat', 'liat', 'minta', 'tolong', 'mau', 'coba', 'tampilkan', 'tunjukkan', 'buka', 'gimana', 'gmn', 'bagaimana', 'bgmn', 'piye', 'pripun',
  'saya', 'sy', 'aku', 'how', 'is', 'show', 'give', 'me', 'please', 'pls', 'the',
]);
/** Chat after it ("dong", "sekarang"), and the question word chat puts last ("rekap wilayah saya gimana"). */
const AFTER = new Set([
  'dong', 'ya', 'yah', 'min', 'kak', 'pak', 'bu', 'aja', 'saja', 'deh', 'nih', 'sih', 'sekarang', 'skrg', 'terbaru', 'please', 'pls', 'now', 'doing',
  'gimana', 'gmn', 'bagaimana', 'bgmn', 'piye', 'pripun', 'kumaha',
]);
/** The recap's own word, which may stand alone ("rekap"). */
const RECAP = new Set(['rekap', 'rekapan', 'recap']);
/** Words for how an area stands, which need the area after them ("kondisi wilayah saya"). */
const STANDING = new Set(['ringkasan', 'statistik', 'kondisi', 'keadaan', 'perkembangan', 'summary']);
/** The area, of no kind in particular. */
const AREA = new Set(['wilayah', 'daerah', 'area']);
/** "My", "our". */
const MINE = new Set(['saya', ...WE_WORDS, 'sy', 'ku', 'aku', 'my', 'our']);

/**
 * The desa nearest to their next level, asked of the officer's own area (a place named
 * after it is a count of that place): "[cek] desa [mana] [saja] [yang] paling dekat naik
 * tingkat | hampir aktif | hampir jadi wksbm [di wilayah saya] [dong]", "[which] villages
 * [are] closest to the next level | almost active [in my area]".
 */
const NEAREST_ID =
  /^(?:(?:cek|lihat|liat|tolong|minta|coba|tampilkan|tunjukkan) )?(?:desa|kelurahan|desa kelurahan)(?: (?:mana|apa))?(?: (?:saja|aja|sj))?(?: (?:yang|yg))? (?:paling (?:dekat|deket|siap)|hampir|nyaris|sudah dekat|udah deket|mendekati|segera) (?:naik (?:tingkat|level|kelas)|aktif|jadi (?:wksbm|aktif)|wksbm|(?:ke )?tingkat (?:berikutnya|selanjutnya))(?: (?:di )?(?:wilayah|daerah) (?:saya|kami|ku|sy))?(?: (?:dong|ya|min|pak|bu|kak|sekarang|skrg|nih|sih|ini))*$/u;
const NEAREST_EN =
  /^(?:(?:which|what) )?villages? (?:(?:are|is) )?(?:closest|nearest|close|almost|nearly) (?:to )?(?:the )?(?:next level|active|level up|a wksbm|wksbm)(?: in (?:my|our) area)?(?: (?:now|please|pls))*$/u;

/** The recap `text` asks for, or null when it is none. */
export function recapAsked(text: string): RecapAsked | null {
  const words = text.toLowerCase().replace(/(wilayah|daerah)ku\b/gu, '$1 ku').split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
  // "desa mana yang paling dekat naik tingkat?": the recap names them.
  const joined = words.join(' ');
  if (NEAREST_ID.test(joined) || NEAREST_EN.test(joined)) return {};
  // At most three words each side ("tolong cek", "dong ya min"), and one word always left to read.
  return recapCore(withoutWordsAround(words, { before: BEFORE, after: AFTER, keep: 1, most: 3 }));
}

/**
 * The recap of words without those around them: [rekap | standing word] [area] [mine], in
 * English also "[my] area [recap]" and "recap of my area". A standing word needs the area;
 * an area alone needs "mine" ("wilayah saya"); a kind's word says which area is meant.
 */
function recapCore(core: readonly string[]): RecapAsked | null {
  let rest = core.filter((word) => word !== 'of');
  const head = rest[0] !== undefined && (RECAP.has(rest[0]) || STANDING.has(rest[0])) ? rest[0] : undefined;
  if (head !== undefined) rest = rest.slice(1);
  // "my area recap": the recap's word last, as English puts it.
  const tail = head === undefined && rest.length > 1 && RECAP.has(rest.at(-1)!) ? rest.at(-1) : undefined;
  if (tail !== undefined) rest = rest.slice(0, -1);
  // "my area": "mine" first in English, last in Indonesian.
  const mine = rest.length > 0 && (MINE.has(rest[0]!) || MINE.has(rest.at(-1)!));
  if (mine) rest = MINE.has(rest[0]!) ? rest.slice(1) : rest.slice(0, -1);
  if (rest.length > 1) return null;
  const [place] = rest;
  const kind = place === undefined ? undefined : AREA_KIND_WORDS.get(place);
  if (place !== undefined && kind === undefined && !AREA.has(place)) return null;
  if (place === undefined) return head !== undefined && RECAP.has(head) ? {} : null;
  // A kind of area with no "mine" is some area of it, named next ("rekap kecamatan"): not the officer's own.
  if (kind !== undefined && !mine) return null;
  if (head === undefined && tail === undefined && !mine) return null;
  return kind === undefined ? {} : { of: kind };
}
