/**
 * A message at the main menu that is only a place name ("Panggungharjo", "sidomulyo
 * bambanglipuro") and means nothing else to the bot, or that the FAQ reads only by taking a
 * word for a typo ("bantul" as "bantu", bansos): people who heard of WKSBM often just name
 * their desa (or kabupaten) to ask how it stands. When a desa of exactly that name exists, or
 * a kabupaten/kota ("bantul", "kab bantul", "kota jogja": the picker then asks which desa in
 * it) or a kecamatan ("kec depok": the picker lists its desa), the status check opens for
 * it (its village picker asks for the one-tap confirmation); otherwise the question the words read as is answered, or the usual "not understood" reply
 * with the topics is given.
 */
import { z } from 'zod';
import { handleEffect, type EffectEntry } from '../../core/effect-registry.js';
import { defineEffect } from '../../core/engine/effect.js';
import type { GroupRepository, GroupView } from '../model/groups.js';
import type { RegionDirectory } from '../model/regions.js';
import { normalizeName } from '../parse/group-name.js';
import { yesOrNo } from '../parse/yes-no.js';

/** Search scores from this up are an identical name (see storage/regions/region-directory.ts). */
const EXACT_NAME = 0.99;
/** A name this similar to a desa's (trigram similarity) is taken as it misspelt, when typed alone and long. */
const NEAR_NAME = 0.5;
/** Shorter words are too often something else to be read as a misspelt desa. */
const MIN_TYPO_LENGTH = 7;

/** Up to four words of letters (names like "Kali-Bawang", "Ngestiharjo, Kasihan"), nothing else. */
const PLACE_LIKE = /^\p{L}[\p{L}'’.\- ]*(?:,\s*\p{L}[\p{L}'’.\- ]*)?$/u;

/** Whether `text` could be a place's name at all (the search is asked only then). */
export function looksLikePlaceName(text: string): boolean {
  const trimmed = text.trim();
  const words = trimmed.split(/[\s,]+/).filter(Boolean);
  // "ya, tolak", "gak jadi": an answer to something, not a place (Desa Tolak is in Maybrat).
  if (words.length > 0 && yesOrNo(words[0]!) !== null) return false;
  return trimmed.length >= 3 && trimmed.length <= 60 && PLACE_LIKE.test(trimmed) && words.length <= 4;
}

/**
 * Whether a desa (or a kabupaten/kota) is called `query` (with its kecamatan or kabupaten when
 * typed); the query comes back for the status check, whose desa picker searches it with the
 * person's own area first.
 */
export const PLACE_NAMED = defineEffect<{ readonly query: string; readonly desa?: boolean; readonly groups?: readonly GroupView[] }>()(
  'home.placeNamed',
  // `asked`: the whole message when `query` is only its candidate words ("Timbulharjo wksbm gak?"):
  // then only a desa called so counts, no misspelt one. `groups`: the groups of that name are
  // looked up too ("is sidomulyo registered?" may ask about a group). `status`: a status request
  // ("status panggungharjo"), whose name opens the status check unless a group is called so:
  // then `desa` is absent (not searched) when none is, the check's picker searching it anyway.
  z.object({ query: z.string().min(1).max(60), asked: z.string().max(1000).optional(), groups: z.literal(true).optional(), status: z.literal(true).optional() }),
);

/** Groups of one name listed at most (a name repeats little; the reply names each one's desa). */
const MAX_NAMED_GROUPS = 5;

/** The handler of {@link PLACE_NAMED}. */
export function placeEffects<Tx extends { readonly regions: RegionDirectory; readonly groups: GroupRepository }>(): EffectEntry<Tx>[] {
  return [
    handleEffect(PLACE_NAMED, async ({ query, asked, groups, status }, { tx }) => {
      // A status request naming no group is the status check's whatever the search finds: its
      // picker searches the name (with the person's area first), so it is not searched here too.
      const named = groups ? await tx.groups.listNamed(normalizeName(query), MAX_NAMED_GROUPS) : undefined;
      if (status && named?.length === 0) return { query, groups: named };
      // Only whether it is a place: the best hit, nothing of the person read. Most names typed
      // here are none; for a desa, the status check reads the person's area (GROUP_CONTEXT) and
      // its picker searches once with it. Reading the area here too cost more than that search.
      const found = await tx.regions.searchPlaces(query, 1);
      // "kec depok": a kecamatan's desa are found through it (the picker lists them).
      const first = found.villages[0];
      // "panggunharjo", "timbulhardjo": one long word a letter off a desa's name, and nothing else
      // to the bot; the picker shows the look-alikes to choose from (or says none is near).
      // Not for the words of a question ("wksbm berguna gak?"): there only a desa called so counts.
      const misspelt = asked === undefined && !/[\s,]/.test(query.trim()) && query.trim().length >= MIN_TYPO_LENGTH && (first?.score ?? 0) >= NEAR_NAME;
      const desa = (first?.score ?? 0) >= EXACT_NAME || misspelt || first?.inDistrict === true || found.regencies.length > 0;
      return named === undefined ? { query, desa } : { query, desa, groups: named };
    }),
  ];
}
