/**
 * A desa picked from the list on screen by where it lies: "yg bantul", "yang di kasihan",
 * "the one in bantul", "kec. sewon", "sewon bantul". The words left after "yang (di)", "the
 * one in" and the like must be the kecamatan, kabupaten/kota or province of listed desa (one
 * such name, or two of the same desa); the desa named so are what was meant.
 */
import type { VillageInfo } from '../model/regions.js';
import { dropTrailingParticles } from '../parse/particles.js';
import { words } from '../parse/text.js';
import { provinceText } from './village-text.js';

/** Words before the place that only point at it ("yang di", "the one in", "kab", "kec"). */
const POINTING = new Set([
  'yang', 'yg', 'di', 'dari', 'daerah', 'wilayah', 'sebelah', 'the', 'one', 'in', 'at', 'from', 'which', 'is',
  'kab', 'kabupaten', 'kota', 'kodya', 'kec', 'kecamatan', 'prov', 'provinsi', 'propinsi',
]);

/** "Kabupaten Bantul" and "Kota Batu" as people say them: "bantul", "batu". */
function bare(name: string): string {
  return words(name.replace(/^(?:Kabupaten|Kota)\s+/i, '')).join('');
}

/** "Daerah Istimewa Yogyakarta", "DKI Jakarta" as people say them: "yogyakarta", "jakarta". */
const SPECIAL_REGION = /^(?:Daerah Istimewa|Daerah Khusus Ibukota|DI|DKI)\s+/i;

/** What people call DI Yogyakarta (province 34) besides its name. */
const YOGYAKARTA_WORDS = ['diy', 'jogja', 'yogya', 'jogjakarta'];

/** The places a listed desa lies in, each as one run of letters ("kasihan", "bantul", "diyogyakarta"). */
function placesOf(village: VillageInfo): Set<string> {
  const province = provinceText(village.provinceName);
  return new Set([
    bare(village.districtName),
    bare(village.regencyName),
    bare(village.provinceName),
    bare(province),
    bare(province.replace(SPECIAL_REGION, '')),
    ...(village.code.startsWith('34.') ? YOGYAKARTA_WORDS : []),
  ]);
}

/** Whether `typed` (words) is one place of `places`, or two of them one after the other ("sewon bantul"). */
function namesPlaces(typed: readonly string[], places: ReadonlySet<string>): boolean {
  if (places.has(typed.join(''))) return true;
  for (let at = 1; at < typed.length; at++) {
    if (places.has(typed.slice(0, at).join('')) && places.has(typed.slice(at).join(''))) return true;
  }
  return false;
}

/**
 * The positions (0-based, list order) of the listed desa `text` names by their place, or
 * null when it names none, or all of them (then it says nothing about which), or is the
 * name of a listed desa itself (a desa named as its kecamatan is searched as before).
 */
export function pickedByPlace(text: string, listed: readonly VillageInfo[]): number[] | null {
  const typed = dropTrailingParticles(words(text), { keep: 1, just: true });
  while (typed.length > 1 && POINTING.has(typed[0]!)) typed.shift();
  if (typed.length === 0 || typed.length > 4) return null;
  if (listed.some((village) => bare(village.name) === typed.join(''))) return null;
  const named = listed.flatMap((village, index) => (namesPlaces(typed, placesOf(village)) ? [index] : []));
  return named.length > 0 && named.length < listed.length ? named : null;
}

/**
 * "yg di jawa tengah", "the one in bantul", "di kulon progo": words that only point at a place
 * for the desa on the list. After "yang/yg di/dari/ada di", "the one in/at/from", or a bare
 * "di/in/at" first; "yg" alone is not enough ("yg penting hepi" is chat, not a place).
 */
const POINTED_PLACE = /^(?:(?:yang|yg)\s+(?:ada\s+)?(?:di|dari)|(?:the\s+one|one)\s+(?:in|at|from)|di|in|at)\s+(\S.*)$/i;

/** What follows "yang" that points at a line of the list or at nothing, never at a place ("yang lain", "yang itu"). */
const NOT_A_PLACE: ReadonlySet<string> = new Set([
  'lain', 'lainnya', 'laen', 'itu', 'ini', 'tadi', 'mana', 'bener', 'benar', 'betul', 'atas', 'bawah', 'sama', 'other', 'another', 'list', 'daftar',
  'di', 'dari', 'in', 'at', 'from',
]);

/**
 * The place a message points at for a desa of the list ("yg di jawa tengah" → "jawa tengah",
 * "the one in bantul" → "bantul"), or null when it does not start with such pointing words or
 * names no place. Up to four words, as a kecamatan, kabupaten or province is named.
 */
export function pointedPlace(text: string): string | null {
  const match = POINTED_PLACE.exec(text.trim());
  if (!match) return null;
  const place = dropTrailingParticles(words(match[1]!), { keep: 1, just: true });
  if (place.length === 0 || place.length > 4 || place.some((word) => NOT_A_PLACE.has(word))) return null;
  return place.join(' ');
}
