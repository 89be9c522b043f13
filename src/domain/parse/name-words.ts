import { GROUP_TYPE_WORDS } from './choice.js';

/**
 * Common words groups are named after: flowers, trees, fruits, birds, gems, sky and virtues
 * ("Posyandu Mawar", "Arisan Melati", "KWT Kelapa Gading", "Karang Taruna Tunas Muda", "Majelis
 * Taklim Nurul Hidayah"). They are words of the language, not typos: the FAQ's typo corrector
 * (faq/canonical.ts) leaves them alone, so that "mawar" (rose) is never read as the Sundanese
 * "mayar" (to pay), "salak" as "salah" or "kelapa" as "kenapa", one edit away. Lower case, as
 * tokenised words; only words of five letters or more matter (shorter ones are never corrected,
 * parse/edit-distance.ts allowedTypos), but the list is of names, not lengths.
 */
export const GROUP_NAME_WORDS: ReadonlySet<string> = new Set(
  `mawar melati anggrek kenanga dahlia sakura teratai cempaka kamboja seruni tulip lili lily aster flamboyan
  bougenville bugenvil asoka kemuning cendana kantil kanthil soka sedap malam wijaya kusuma tanjung bakung
  beringin cemara jati mahoni pinus bambu waru akasia nusa indah palem kelapa pinang gading
  anggur mangga apel jeruk nangka durian salak pisang padi delima manggis rambutan sawo belimbing
  merpati rajawali garuda elang kutilang cendrawasih nuri kenari perkutut
  mutiara permata intan berlian zamrud kencana mustika
  fajar mentari surya bintang bulan purnama pelangi embun
  sejahtera makmur mekar lestari bahagia mandiri sentosa rukun damai sehati sejati jaya asri harapan
  bersama bersatu berkah barokah amanah ikhlas sabar syukur nurul hidayah rahmah taqwa
  sekar wangi harum tunas karya dharma kartini srikandi ceria`.split(/\s+/),
);

/**
 * Names that are as often a keyword mistyped: "mulia" (noble) is "mulai" (start) with two letters
 * swapped ("cara mulia wksbm", how to start). A name only right after a group's kind
 * ("Arisan Mulia"), see {@link namedAfterKind}; corrected anywhere else.
 */
const NAMES_AFTER_KIND: ReadonlySet<string> = new Set(['mulia']);

/** The words a group's kind ends with ("arisan", "posyandu", "kelompok tani"), and the generic "kelompok". */
const KIND_ENDS: ReadonlySet<string> = new Set([
  ...GROUP_TYPE_WORDS.filter((option) => option.id !== 'other').flatMap((option) => option.words.map((phrase) => phrase.split(' ').at(-1)!)),
  'kelompok', 'komunitas', 'paguyuban',
]);

/** Whether `tokens[at]` is a group's name after its kind ("arisan mulia"), not a keyword's typo. */
export function namedAfterKind(tokens: readonly string[], at: number): boolean {
  return NAMES_AFTER_KIND.has(tokens[at] ?? '') && at > 0 && KIND_ENDS.has(tokens[at - 1]!);
}
