/**
 * The partner groups an activity request names ("mau lapor kegiatan kerja bakti bareng
 * karang taruna tunas muda"): the activity flow then looks them up among the desa's groups
 * instead of asking again what was already said (as register-details.ts does for a
 * registration). Only what is clearly marked is taken: the words after "bareng"/"bersama", or
 * after "dengan"/"sama" when they name a kind of group or a "kelompok" ("… sama PKK", not
 * "… dengan 20 lansia").
 */
import { type ActivityCategory } from '../model/activities.js';
import { ACTIVITY_CATEGORY_WORDS, choicesNamed } from '../parse/choice.js';
import { DAY_AHEAD_WORDS, DAY_NEXT_WORDS, alternation } from '../parse/lexicon.js';
import { groupPhrase } from './group-phrase.js';

/** The lexicon's words of a day ahead ("besok", "depan"): a partner ends before them as before "kemarin". */
const AHEAD = alternation(DAY_AHEAD_WORDS.keys(), DAY_NEXT_WORDS.keys());

/** "bareng karang taruna", "bersama dengan PKK", "dgn posyandu mawar", "with the youth group": the words after it, up to the next part of the sentence. */
const PARTNER = new RegExp(
  String.raw`(?:^|\s)(bareng(?:an)?|bersama(?:\s+dengan|\s+sama)?|brg|bersama2|dengan|dgn|sama|ama|with|together with)\s+` +
    String.raw`([\p{L}\d][\p{L}\d'’.\- ]*?)` +
    // "… sama pkk besok", "… sama pkk di balai": a day (behind or ahead) or a place is no part of a name.
    String.raw`(?=\s*(?:[,.;!?]|$|\s(?:kemarin|kemaren|kmrn|tadi|td|hari\s+ini|tgl|tanggal|pada|minggu|bulan|untuk|utk|buat|di|yesterday|today|on|last|${AHEAD})\b|` +
    // "… sama pkk sabtu kemarin", "… sabtu depan": a weekday said with "kemarin"/"lalu"/"depan" is the day, no part of a name ("… malam jumat" may be).
    String.raw`\s(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|ahad)\s+(?:kemarin|kemaren|kmrn|lalu|kemarinnya|${AHEAD})\b))`,
  'iu',
);

/** Words that surely name other groups after them, unlike "dengan"/"sama" ("kegiatan dengan 20 lansia"). */
const SURE = /^(?:bareng|bersama|brg|with|together)/i;

/** Words that say the phrase is a group ("kelompok tani", "grup arisan"). */
const GROUP_WORDS = /^(?:kelompok|klp|grup|group|komunitas|paguyuban)\b/i;

/**
 * The partner groups named in `text`, as typed ("karang taruna tunas muda", "pkk dan posyandu
 * mawar"), and the rest of the text without them (where the activity's kind is read), or
 * undefined. `kinds`: the phrases that name a kind of group, which make a phrase after
 * "dengan"/"sama" a partner. With `loose`, a phrase after "dengan"/"sama" that names no kind
 * ("sama tunas muda", "sama pak RT") is given too, marked `loose`: a partner only if the caller
 * finds it is a group's own name.
 */
export function activityPartner(
  text: string,
  kinds: readonly string[],
  options: { readonly loose?: boolean } = {},
): { readonly partner: string; readonly rest: string; readonly loose?: true } | undefined {
  const clean = text.replace(/\s+/g, ' ').trim();
  const found = PARTNER.exec(clean);
  if (!found) return undefined;
  // "karang taruna aja", "pkk doang", "with the PKK": the chat words after it and the article name nothing.
  const partner = groupPhrase(found[2]!.trim().split(' '));
  if (partner === undefined) return undefined;
  const lower = partner.toLowerCase();
  const namesKind = GROUP_WORDS.test(lower) || kinds.some((kind) => lower === kind || lower.startsWith(`${kind} `) || lower.includes(` ${kind}`));
  const rest = `${clean.slice(0, found.index)} ${clean.slice(found.index + found[0].length)}`.trim();
  if (!SURE.test(found[1]!) && !namesKind) return options.loose === true ? { partner, rest, loose: true } : undefined;
  return { partner, rest };
}

/** The kinds of activity words may name ("Lainnya" names none). */
const NAMED_KINDS = ACTIVITY_CATEGORY_WORDS.filter((option) => option.id !== 'lainnya');

/** An activity told in words ({@link activityTold}). */
export interface ActivityTold {
  /** The one kind of activity the words name, if they name one. */
  readonly category?: ActivityCategory;
  /** The partner groups named, as typed ({@link activityPartner}). */
  readonly partner?: string;
  /** The words beside the partner: what was done ('' when only a partner was named). */
  readonly rest: string;
}

/**
 * An activity told where something else was asked ("penimbangan balita bareng pkk" at the
 * date's question), read as a request names it at the start ("catat kegiatan kerja bakti sama
 * pkk kemarin"): the kind its words name, the partner groups named (`kinds` as for
 * {@link activityPartner}). Undefined when the words name neither a kind of activity nor a
 * partner, or ask something.
 */
export function activityTold(text: string, kinds: readonly string[]): ActivityTold | undefined {
  if (text.includes('?')) return undefined;
  const named = activityPartner(text, kinds);
  const rest = named ? named.rest : text.replace(/\s+/g, ' ').trim();
  const categories = rest === '' ? [] : choicesNamed(rest, NAMED_KINDS);
  if (named === undefined && categories.length === 0) return undefined;
  return { ...(categories.length === 1 && { category: categories[0]! }), ...(named && { partner: named.partner }), rest };
}
