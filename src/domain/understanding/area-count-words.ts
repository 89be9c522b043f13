/**
 * The place a count of desa is asked for, read from the words: "berapa desa di Bantul yang
 * sudah WKSBM?" (Bantul), "desa mana saja yang sudah WKSBM di kecamatan Godean"
 * (kecamatan Godean), "ada berapa desa WKSBM se-kabupaten Sleman", "how many villages in
 * Bantul are a WKSBM", and the person's own area: "berapa desa di kecamatan kami yang sudah
 * WKSBM", "di wilayah saya".
 */

import { AREA_KIND_WORDS } from '../model/area-counts.js';

/** What a count question names: a place as typed, or the person's own area (of a kind when said). */
export interface AreaAsked {
  readonly query?: string;
  readonly mine?: true;
  readonly of?: 'district' | 'regency' | 'province';
}

/** Words that lead the place: "di Bantul", "in Bantul", "se-kabupaten Sleman". */
const LEADS = new Set(['di', 'in', 'se', 'sa', 'ing', 'ning', 'neng', 'nang', 'within', 'wilayah', 'daerah', 'area']);
/** The person's own: "kecamatan kami", "di sini". */
const MINE = new Set(['saya', 'kami', 'kita', 'ku', 'sy', 'aku', 'gue', 'gw', 'kula', 'abdi', 'my', 'our', 'kmi', 'sini', 'sekitar']);
/** Words after the place's name: the rest of the question. */
const ENDS = new Set([
  'yang', 'yg', 'sing', 'nu', 'which', 'that', 'sudah', 'udah', 'udh', 'sdh', 'dah', 'wis', 'tos', 'belum', 'blm', 'durung', 'wksbm', 'wksbmnya',
  'aktif', 'active', 'ada', 'berapa', 'brp', 'apa', 'are', 'is', 'have', 'has', 'jadi', 'dadi', 'punya', 'sekarang', 'skrg', 'saat', 'ini',
  'ya', 'sih', 'kah', 'min', 'kak', 'pak', 'bu', 'dong', 'nih', 'tuh', 'saja', 'aja', 'mana', 'already', 'now', 'so', 'far', 'desa', 'kelurahan',
  'villages', 'village', 'many', 'how', 'jumlah', 'total', 'semua', 'seluruh', 'status', 'level', 'tingkat', 'rintisan', 'tumbuh', 'dorman',
  // Javanese krama: "ing bantul wonten pinten desa ingkang sampun WKSBM?"
  'wonten', 'pinten', 'ingkang', 'sampun', 'dereng',
]);
/** Places that are no area of the list: the whole country; asked as such, the flow asks for an area. */
const COUNTRY = new Set(['indonesia', 'nasional', 'national', 'nkri']);

/** The place of a desa-count question in its words (tokenized), or nothing named. */
export function areaAsked(tokens: readonly string[]): AreaAsked {
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    // "sekabupaten sleman", "sekecamatan": "se-" joined to the kind (AREA_KIND_WORDS).
    const joinedKind = token.startsWith('se') ? AREA_KIND_WORDS.get(token.slice(2)) : undefined;
    const kind = AREA_KIND_WORDS.get(token);
    if (!LEADS.has(token) && kind === undefined && joinedKind === undefined) continue;
    const start = joinedKind !== undefined ? at + 1 : at + (kind === undefined ? 1 : 0);
    const words: string[] = joinedKind !== undefined ? [token.slice(2)] : [];
    for (const word of tokens.slice(start)) {
      if (ENDS.has(word) || /^\d+$/.test(word)) break;
      words.push(word);
    }
    const named = words.filter((word) => !LEADS.has(word));
    // "di kecamatan kami", "di wilayah saya", "in my district": the person's own area.
    const [first, second] = named;
    if (first !== undefined && (MINE.has(first) || (second !== undefined && MINE.has(second)))) {
      const of = AREA_KIND_WORDS.get(MINE.has(first) ? (second ?? '') : first);
      return { mine: true, ...(of && { of }) };
    }
    if (named.length === 0 || named.every((word) => AREA_KIND_WORDS.has(word))) continue;
    if (named.some((word) => COUNTRY.has(word))) return {};
    return { query: named.join(' ') };
  }
  return {};
}
