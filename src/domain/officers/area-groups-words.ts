/**
 * An officer asking in words for the groups of their area (./area-groups.ts): all of them
 * ("kelompok apa saja di wilayah saya", "daftar kelompok di wilayah saya") or those not
 * counted as active ("kelompok mana yg belum aktif", "kelompok yang blm aktif apa aja"). The
 * whole text must be such a question (words of asking before, chat after), so "kelompok saya
 * belum aktif" (a leader's own group) and "matikan notifikasi kelompok tidak aktif" (a mute)
 * are not.
 */
import { notWordsPattern } from '../parse/negation.js';
import { I_WORDS, WE_WORDS } from '../parse/lexicon.js';

const ASKING = String.raw`(?:(?:cek|lihat|liat|tolong|minta|coba|tampilkan|tunjukkan|ada|mana|which|what|show|list) )*`;
const WHICH_ALL = String.raw`(?: (?:mana|apa))?(?: (?:saja|aja|sj|ja))?`;
const MINE = String.raw`(?:di )?(?:wilayah|daerah|kecamatan|kec) (?:${[...I_WORDS, ...WE_WORDS, 'ku'].join('|')})`;
const CHAT = String.raw`(?: (?:dong|ya|min|pak|bu|kak|sekarang|skrg|nih|sih|ini|deh|please|pls))*`;
/** The lexicon's "not" words ("gk", "ora", "teu" too), and "belum", "kurang". */
const NOT = `(?:${notWordsPattern(['belum', 'blm', 'kurang', 'not'])})`;

const UNCOUNTED = new RegExp(
  String.raw`^${ASKING}(?:daftar )?(?:kelompok|groups?)${WHICH_ALL}(?: (?:yang|yg|are|is))? ${NOT} (?:aktif|active)(?: ${MINE}| in my area)?${WHICH_ALL}${CHAT}$`,
  'u',
);
const ALL = new RegExp(
  String.raw`^${ASKING}(?:daftar |semua )?(?:kelompok|groups?)${WHICH_ALL}(?: (?:yang|yg) (?:ada|terdaftar))? (?:${MINE}|in my area)${WHICH_ALL}${CHAT}$`,
  'u',
);

/** The groups `text` asks for (`uncountedOnly`: those not counted as active), or null when it asks for none. */
export function areaGroupsAsked(text: string): { readonly uncountedOnly: boolean } | null {
  // "wilayahku": the "my" apart, as the recap's words are read (./recap-words.ts).
  const joined = text.toLowerCase().replace(/(wilayah|daerah)ku\b/gu, '$1 ku').split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '').join(' ');
  if (UNCOUNTED.test(joined)) return { uncountedOnly: true };
  if (ALL.test(joined)) return { uncountedOnly: false };
  return null;
}
