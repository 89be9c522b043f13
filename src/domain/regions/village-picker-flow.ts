/**
 * "Which desa/kelurahan?": a reusable sub-flow that asks for a village name, searches it
 * (typos and an added kecamatan or kabupaten are fine) and lets the user pick one of the
 * hits, by button or by number. It ends with the village picked as its result, which the
 * flow that started it reads with `VILLAGE_PICKED.result(input)` (core/engine/flow-result.ts).
 *
 * Started with `{ query }` (the parent already asked), it searches at once; started without
 * input it asks first.
 */
import { z } from 'zod';
import { defineFlow, type StepDef, type StepInput, type StepOutcome } from '../../core/engine/flow.js';
import { defineFlowResult } from '../../core/engine/flow-result.js';
import { say, type Button } from '../../core/messages.js';
import { t, type Text } from '../../core/text.js';
import { MAX_VILLAGE_QUERY, SEARCH_VILLAGES, VILLAGE_CHOICES, type VillageSearch } from './effects.js';
import type { RegencyInfo, VillageInfo, VillageMatch } from '../model/regions.js';
import { districtOf, EXACT_NAME_SCORE, exactOf, regencyOffer } from './village-listing.js';
import { regencyNames, regencyText, villageKind, villageLabel, villageList, villagePicked } from './village-text.js';
import { yesOrNo } from '../parse/yes-no.js';
import { isQuestion } from '../faq/asides.js';
import { words } from '../parse/text.js';
import { isAnyCall, isLaughter } from '../parse/chatter.js';
import { listPosition } from '../parse/list-position.js';
import { pickedByPlace, pointedPlace } from './listed-place.js';
import { groupKindAlone, leadsWithGroupKind } from './group-name-typed.js';
import { ownNameGreeting, ownNameSaid } from './own-name-said.js';

/** The picker's flow id; its result reaches the parent as the effect `flow:region.pickVillage`. */
export const VILLAGE_PICKER_FLOW_ID = 'region.pickVillage';

/** The village picked, as the parent reads it: `VILLAGE_PICKED.result(input)`. */
export const VILLAGE_PICKED = defineFlowResult<PickedVillage>()(VILLAGE_PICKER_FLOW_ID);

/**
 * The village picked; `groupNames`: the group names typed instead of the desa ("PKK Dusun
 * Glugo"), in the order typed, kept for a parent that asks the name next (started with `groupNameLater`);
 * `groupKind`: the kind of group typed alone instead of the desa ("arisan"), for the same parent.
 */
export type PickedVillage = VillageInfo & { readonly groupNames?: readonly string[]; readonly groupKind?: string; readonly rw?: number };

/**
 * At most this many group names typed for the desa are kept: the first and the latest. A second
 * one replaced the first, so what was said first was lost; both are offered to pick from.
 */
const MAX_TYPED_NAMES = 2;

/**
 * The start input `{ query }`: the name the parent already asked for (anything else: the
 * picker asks); `within`: only villages under these codes are offered (an officer's areas).
 */
const inputSchema = z.object({ query: z.string(), within: z.array(z.string()).min(1).max(50).optional() });

/** A kecamatan's code, "34.04.02": codes this long or longer name a kecamatan or a desa. */
const KECAMATAN_CODE_LENGTH = 8;

/** `near`: villages under these codes are listed first among equal hits (the person's own area). */
const nearSchema = z.object({ near: z.array(z.string().regex(/^\d{2}(?:\.\d{2}){0,2}(?:\.\d{4})?$/)).min(1).max(20) });

/** `groupNameLater`: the parent asks the group's name after the desa (a registration): one typed here is kept for it. */
const groupNameLaterSchema = z.object({ groupNameLater: z.literal(true) });
/** `groupKindLater`: the parent asks the group's kind after the desa (a registration without one yet): a kind typed alone here is kept. */
const groupKindLaterSchema = z.object({ groupKindLater: z.literal(true) });

/** `statusNamed`: the parent checks a desa's status, so a status question naming a desa here is a search for it. */
const statusNamedSchema = z.object({ statusNamed: z.literal(true) });

/** What the flow keeps between messages. */
export interface VillagePickerData {
  /** The last name searched for, shown back to the user. */
  readonly query?: string;
  /** The villages offered, in list order; empty when the search found none; absent while searching. */
  readonly matches?: readonly VillageInfo[];
  /** True when more villages matched than are offered. */
  readonly more?: boolean;
  /** The one village whose name (and place, when given) matched exactly: confirmed, not listed. */
  readonly exact?: VillageInfo;
  /** Set when the name typed was a kecamatan's ("sewon"): the list is its villages. */
  readonly district?: { readonly name: string; readonly regencyName: string };
  /** Only villages under these codes are searched (an officer's areas). */
  readonly within?: readonly string[];
  /** Villages under these codes come first among equal hits: the person's own area, and a kabupaten they named. */
  readonly near?: readonly string[];
  /**
   * The kabupaten/kota the person named ("sleman"), and an officer's own kecamatan or desa
   * (from `near`): one exact hit inside it is confirmed, however many elsewhere.
   */
  readonly area?: readonly string[];
  /** Set on the list of a query that named a kabupaten/kota: the prompt says so and asks which desa in it. */
  readonly regencies?: readonly RegencyInfo[];
  /** The kecamatan's list ends with desa named as typed elsewhere ("godean": Desa Godean in Nganjuk). */
  readonly namesakes?: true;
  /** A desa named exactly as typed, outside the officer's areas (`within`): said so above the list. */
  readonly outside?: VillageInfo;
  /**
   * The desa offered for confirmation when another text was typed there: offered again if
   * that text finds no desa ("dsn glugo"), so nothing is lost.
   */
  readonly offered?: { readonly exact: VillageInfo; readonly matches: readonly VillageInfo[]; readonly query: string };
  /** The parent asks the group's name after the desa: a group's name typed here is kept ({@link groupNames}). */
  readonly groupNameLater?: true;
  /** The group names typed instead of the desa ("PKK Dusun Glugo"), handed to the parent with the desa picked. */
  readonly groupNames?: readonly string[];
  /** One group name kept, as states before `groupNames` hold it: read by {@link namesKept}. */
  readonly groupName?: string;
  /** The parent asks the group's kind after the desa: a kind typed alone here is kept ({@link groupKind}). */
  readonly groupKindLater?: true;
  /** The kind of group typed alone instead of the desa ("arisan"): the id of GROUP_TYPE_WORDS, handed to the parent. */
  readonly groupKind?: string;
  /**
   * The parent checks a desa's status: a status question naming another desa ("status desa
   * panggungharjo gimana" at the list of Sidomulyo) is a search for that desa, not a question
   * refused. Elsewhere (a registration) it is no answer: the engine opens the status check on the side.
   */
  readonly statusNamed?: true;
  /** The RW a status question named here ("yang RW 03", "sidomulyo rw 3"), handed to the parent with the desa picked. */
  readonly rw?: number;
}

/** Button ids: one per offered village, and "search again". */
const VILLAGE_BUTTON = 'village:';
const AGAIN_BUTTON = 'village-search-again';
const YES_BUTTON = 'village-exact:yes';
const NO_BUTTON = 'village-exact:no';

/** Codes ranked first at most (the search effect's limit). */
const MAX_NEAR = 20;

/**
 * Below this no hit reads as what was typed ("yg kurang apa" → "Ampang Kuranji" 0.44): the
 * name is said not found rather than answered with far-away look-alikes. Real typos of a
 * name score well above ("pangungharjo" → Panggungharjo 0.8, "panggunghrjo" 0.69).
 */
const MIN_LISTED_SCORE = 0.45;

/** "gak tau nama desanya", "lupa", "ga ngerti": the person cannot name it; a kecamatan will do. */
const DONT_KNOW = /^(?:(?:saya|aku|sy|q)\s+)?(?:(?:gak|ga|nggak|ngga|tidak|tdk|gk|ndak|ora)\s+(?:tau|tahu|tw|ngerti|paham|ingat|inget)|lupa|kurang tahu|kurang tau|belum tahu|belum tau|don'?t know|dunno|i forgot|forgot)\b/;

/**
 * Why `query` is no desa's name, or null: the person cannot name it, or asked a question (two
 * words or more, since a desa may be named "Bisa"). A question the FAQ knows never gets here:
 * the engine answered it (StepDef.asides).
 */
function notAPlace(query: string): Text | null {
  const typed = words(query);
  if (DONT_KNOW.test(typed.join(' '))) return t('regions:ask.dontKnow');
  if (typed.length >= 2 && isQuestion(query, true)) return t('regions:ask.question');
  return null;
}

/**
 * Laughter or a call for attention where a desa is asked, once the search named no desa so:
 * said kindly, and the desa asked again, never "“wkwk” tidak ditemukan" or a list of Mimin,
 * Mintin… Read only after the search, so a desa truly named so is still found.
 */
function chatterOnly(query: string): Text | null {
  const typed = words(query);
  if (typed.length === 0) return null;
  if (typed.every(isLaughter)) return t('regions:ask.laughter');
  if (typed.length <= 3 && typed.every((word) => isAnyCall(word) || isLaughter(word))) return t('regions:ask.called');
  return null;
}

/** Control and invisible characters carry nothing in a name and would be echoed back. */
const INVISIBLE = /[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

type Outcome = StepOutcome<VillagePickerData>;

/** The typed name, tidied; null when nothing usable was typed. */
function typedQuery(input: StepInput): string | null {
  if (input.type !== 'text') return null;
  const query = input.text.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  return query === '' ? null : query;
}

/** The search effect for `query` within the data's scope. */
function searchRequest(query: string, scope: VillagePickerData) {
  return SEARCH_VILLAGES.request({
    query,
    ...(scope.within && { within: [...scope.within] }),
    ...(scope.near && scope.near.length > 0 && { near: [...scope.near] }),
  });
}

/** A search for `query`: its result comes back to the choose step. */
function search(typed: string, from: 'ask' | 'choose' | 'confirm', scope: VillagePickerData): Outcome {
  // "nami abdi Asep", "nama saya Dede": the person introduced themself; greeted, the desa asked again.
  // Typed at a list or a confirmation, that list is no answer to it: the question asked afresh (or the desa being confirmed offered again).
  const own = ownNameSaid(typed);
  if (own !== null) {
    const reason = ownNameGreeting(own);
    if (from === 'confirm' && scope.exact) return offeredAgain({ exact: scope.exact, matches: scope.matches ?? [], query: scope.query ?? '' }, scope, reason);
    return { type: 'goto', step: 'ask', data: keepScope(scope), say: [say(reason)] };
  }
  const query = desaFirst(typed);
  if (query.length > MAX_VILLAGE_QUERY) return { type: 'invalid', reason: t('regions:ask.tooLong', { max: MAX_VILLAGE_QUERY }) };
  const offered = from === 'confirm' && scope.exact ? { exact: scope.exact, matches: scope.matches ?? [], query: scope.query ?? '' } : undefined;
  const data: VillagePickerData = { ...keepScope(scope), query, ...(offered && { offered }) };
  const effects = [searchRequest(query, data)];
  // From the list, a new name replaces the list in place, so "kembali" still leads to the question.
  return from === 'choose' ? { type: 'stay', data, effects } : { type: 'goto', step: 'choose', data, effects };
}

/** What is kept across a new search: the area limit, the area ranked first, the kabupaten named. */
function keepScope(data: VillagePickerData): VillagePickerData {
  return {
    ...(data.within && { within: data.within }),
    ...(data.near && { near: data.near }),
    ...(data.area && { area: data.area }),
    ...(data.groupNameLater && { groupNameLater: true as const }),
    ...(namesKept(data).length > 0 && { groupNames: namesKept(data) }),
    ...(data.groupKindLater && { groupKindLater: true as const }),
    ...(data.groupKind !== undefined && { groupKind: data.groupKind }),
    ...(data.statusNamed && { statusNamed: true as const }),
    ...(data.rw !== undefined && { rw: data.rw }),
  };
}

/**
 * The desa a status question in a typed text names ("status desa panggungharjo gimana" →
 * "panggungharjo"), or null: understanding/status-desa-named.ts, handed in by the assistant
 * (the understanding reads the groups' words, which read this folder: it is not imported here).
 */
export type StatusDesaOf = (typed: string) => StatusNamed | null;

/** What a status question typed here names: the desa to search, the RW, or both ("sidomulyo rw 3"). */
export interface StatusNamed {
  readonly desa?: string;
  readonly rw?: number;
}

/** The desa a status question in `typed` names, where the parent reads one so ({@link VillagePickerData.statusNamed}); else null. */
function statusDesaNamed(typed: string, data: VillagePickerData, desaOf: StatusDesaOf): StatusNamed | null {
  return data.statusNamed ? desaOf(typed) : null;
}

/**
 * A status question's desa searched, its RW kept for the parent; an RW alone ("yang RW 03")
 * is kept and the same list (or question) shown again, said noted.
 */
function statusNamedSearch(asked: StatusNamed, from: 'ask' | 'choose' | 'confirm', data: VillagePickerData): Outcome {
  const kept: VillagePickerData = asked.rw === undefined ? data : { ...data, rw: asked.rw };
  if (asked.desa !== undefined) return search(asked.desa, from, kept);
  return { type: 'stay', data: kept, say: [say(t('statusCheck.rwNoted', { rw: asked.rw ?? 0 }))], reprompt: true };
}

/** The group names typed for the desa so far (an older state's one name too). */
function namesKept(data: VillagePickerData): readonly string[] {
  return data.groupNames ?? (data.groupName === undefined ? [] : [data.groupName]);
}

/** The villages of a search, as the flow keeps them (without their scores). */
function villagesOf(found: readonly VillageMatch[]): VillageInfo[] {
  return found.map(({ code, name, districtName, regencyName, provinceName }) => ({ code, name, districtName, regencyName, provinceName }));
}

/**
 * A query that is the name of a kabupaten/kota ("sleman", "kab bantul", "kota jogja"): the
 * person named where they live, not their desa. Said so, and the desa in it asked, searched
 * there first from now on; offered meanwhile: the desa of a kecamatan of that name inside it
 * (Kec. Sleman) and desa truly named so (Desa Sleman in Indramayu, last), never confirmed
 * alone.
 */
function regencyListing(found: readonly VillageMatch[], regencies: readonly RegencyInfo[], data: VillagePickerData): Outcome {
  const codes = regencies.map((regency) => regency.code);
  const ordered = regencyOffer(found, codes);
  const matches = villagesOf(ordered.slice(0, VILLAGE_CHOICES));
  const scope = keepScope(data);
  const near = [...new Set([...codes, ...(scope.near ?? [])])].slice(0, MAX_NEAR);
  const area = [...new Set([...codes, ...(scope.area ?? [])])].slice(0, MAX_NEAR);
  return {
    type: 'stay',
    reprompt: true,
    data: { ...scope, near, area, query: data.query ?? '', matches, more: ordered.length > matches.length, regencies: [...regencies] },
  };
}

/**
 * The desa that was being confirmed, offered again with `reason` said first: the text typed
 * at its confirmation named no desa ("dsn glugo"), so the candidate is not lost.
 */
function offeredAgain(offered: NonNullable<VillagePickerData['offered']>, data: VillagePickerData, reason: Text | Text[]): Outcome {
  return {
    type: 'goto',
    step: 'confirm',
    data: { ...keepScope(data), query: offered.query, matches: [...offered.matches], exact: offered.exact },
    say: [say(reason)],
  };
}

/**
 * A group's name typed for the desa: said so, and the desa asked again (or the desa being
 * confirmed offered again). Kept for the parent that asks the name next (a registration).
 */
function groupNameTyped(data: VillagePickerData): Outcome {
  const query = data.query ?? '';
  const before = namesKept(data);
  // Another name after one kept already: both kept (the first and this one), both offered later.
  const another = data.groupNameLater === true && before.length > 0 && !before.some((name) => sameName(name, query));
  const names = another ? [...before.slice(0, MAX_TYPED_NAMES - 1), query] : before.length > 0 ? before : [query];
  const scope: VillagePickerData = { ...keepScope(data), ...(data.groupNameLater && { groupNames: names }) };
  const reason = t(another ? 'regions:groupName.keptBoth' : data.groupNameLater ? 'regions:groupName.kept' : 'regions:groupName.notDesa', { query, first: before[0] ?? '' });
  if (data.offered) return offeredAgain(data.offered, scope, [reason, t('regions:groupName.confirmFirst')]);
  return { type: 'goto', step: 'ask', data: scope, say: [say(reason)] };
}

/** Whether two typed names are one, but for capitals and spacing ("pkk dusun glugo", "PKK  Dusun Glugo"). */
function sameName(a: string, b: string): boolean {
  return words(a).join(' ') === words(b).join(' ');
}

/** The search's hits as the list (or the one confirmation) the person sees next. */
function listed({ villages: searched, regencies, outside: elsewhere }: VillageSearch, data: VillagePickerData): Outcome {
  // A question or "gak tau" that no desa is named exactly: said so, and the desa asked again.
  const not = searched.some((match) => match.score >= EXACT_NAME_SCORE) ? null : (notAPlace(data.query ?? '') ?? chatterOnly(data.query ?? ''));
  if (not && data.offered) return offeredAgain(data.offered, data, not);
  if (not) return { type: 'goto', step: 'ask', data: keepScope(data), say: [say(not)] };
  // "PKK Dusun Glugo", "karang taruna tunas harapan": a group's name, where no desa is named so.
  if (regencies.length === 0 && !searched.some((match) => match.score >= EXACT_NAME_SCORE) && leadsWithGroupKind(data.query ?? '')) return groupNameTyped(data);
  // "arisan" alone, in a registration that has no kind yet: the kind of group, kept for it; the desa asked again.
  const kind = data.groupKindLater && regencies.length === 0 && !searched.some((match) => match.score >= EXACT_NAME_SCORE) ? groupKindAlone(data.query ?? '') : undefined;
  if (kind !== undefined) return groupKindTyped(kind, data);
  const found = searched.filter((match) => match.score >= MIN_LISTED_SCORE);
  // Typed at a confirmation, a text that finds no desa: the desa being confirmed, offered again.
  if (found.length === 0 && regencies.length === 0 && data.offered) {
    return offeredAgain(data.offered, data, t('regions:confirm.notFoundKept', { query: data.query ?? '' }));
  }
  if (regencies.length > 0) return regencyListing(found, regencies, data);
  // Within an officer's areas, a desa named exactly but elsewhere ("timbulharjo" for Sleman):
  // said to be outside, before any look-alike inside (Umbulharjo), unless one inside is exact too.
  const outside = searched.some((match) => match.score >= EXACT_NAME_SCORE) ? undefined : elsewhere?.find((match) => match.score >= EXACT_NAME_SCORE);
  const listing = districtOf(found, data.query ?? '');
  const hits = listing?.villages ?? found;
  const matches = villagesOf(hits.slice(0, VILLAGE_CHOICES));
  const next: VillagePickerData = {
    ...keepScope(data),
    query: data.query ?? '',
    matches,
    more: hits.length > matches.length,
    ...(listing?.district && { district: listing.district }),
    ...(listing?.namesakes && { namesakes: true as const }),
    // Not above a kecamatan's list ("godean" for Sleman): the desa of that name elsewhere is no loss.
    ...(outside && !listing?.district && { outside: villagesOf([outside])[0]! }),
  };
  // One exact name (within the kecamatan/kabupaten typed): one confirmation, never a list.
  const exact = listing?.noConfirm ? undefined : exactOf(found, matches, data.area);
  if (exact) return { type: 'goto', step: 'confirm', data: { ...next, exact } };
  return { type: 'stay', data: next, reprompt: true };
}

/**
 * "“sleman” adalah nama Kab. Sleman (DI Yogyakarta). Desa/kelurahan Anda yang mana?…", with
 * the desa offered meanwhile (see {@link regencyListing}) as a list and buttons.
 */
function regencyPrompt(query: string, regencies: readonly RegencyInfo[], matches: readonly VillageInfo[], again: Button) {
  const [first, ...rest] = matches;
  const asked = t('regions:choose.regencyPrompt', { query, regency: regencyNames(regencies) });
  if (first === undefined) return say(asked, [again]);
  return say(
    [asked, t('regions:choose.regencyList'), villageList([first, ...rest])],
    [...matches.map((village) => ({ id: `${VILLAGE_BUTTON}${village.code}`, label: villageLabel(village) })), again],
  );
}

/**
 * "yang di bantul, panggungharjo", "the one in bantul, panggungharjo": the place said first,
 * then the desa. Searched as "panggungharjo, bantul", as if typed the usual way round. Only
 * after "yang"/"the one": "di panggungharjo, bantul" names the desa first.
 */
const PLACE_FIRST = /^(?:yang|yg|the one)\s+(?:di|dari|in|from)\s+([^,]+?)\s*,\s*(.+)$/i;

/**
 * English words a parent's question may leave before the name ("whats wirobrajan" from "what's
 * the status of Wirobrajan?", "there in sidomulyo" from "is there a WKSBM in Sidomulyo?"): no
 * desa's name starts with them, and they would be shown back and keep an exact name from being
 * confirmed. Indonesian words are left alone: "Ada", "Di" may begin a name.
 */
const ENGLISH_LEAD: ReadonlySet<string> = new Set(['whats', 'what', 'is', 'are', 'there', 'in', 'of', 'the', 'for', 'about', 'how', 'hows']);

/** `typed` without English lead words (see {@link ENGLISH_LEAD}), at least one word kept. */
function withoutEnglishLead(typed: string): string {
  const parts = typed.split(/\s+/);
  let start = 0;
  while (start < parts.length - 1 && ENGLISH_LEAD.has(words(parts[start]!).join(''))) start++;
  return parts.slice(start).join(' ');
}

/** The query with a place said first put after the desa's name; otherwise as typed. */
function desaFirst(query: string): string {
  const match = PLACE_FIRST.exec(query);
  return match ? `${match[2]!.trim()}, ${match[1]!}` : query;
}

/**
 * The list on screen narrowed to the desa whose place the person typed ("yg bantul", "yang di
 * kasihan"): the one desa picked, or the few listed again; null when the text names no place
 * of some of them (then it is a new name to search).
 */
function narrowedByPlace(text: string, data: VillagePickerData): Outcome | null {
  const matches = data.matches ?? [];
  const named = pickedByPlace(text, matches);
  if (named === null) return null;
  const there = named.map((index) => matches[index]!);
  // Of those, the desa named as searched, not the look-alikes listed below them ("godean" at
  // "sidomulyo": Sidomulyo in Godean, not Sidomoyo in Godean too).
  const searched = words(data.query ?? '').join('');
  const asSearched = there.filter((village) => searched.includes(words(village.name).join('')));
  const villages = asSearched.length > 0 ? asSearched : there;
  if (villages.length === 1) return picked(villages[0]!, data);
  return { type: 'stay', reprompt: true, data: { ...keepScope(data), query: data.query ?? text, matches: villages, more: false } };
}

/**
 * The desa name the list on screen was searched for ("sidorejo"), as the listed desa spell it;
 * null for a kecamatan's or kabupaten's list, or when no listed desa bears the name searched.
 */
function listedName(data: VillagePickerData): string | null {
  if (data.district || (data.regencies && data.regencies.length > 0)) return null;
  const searched = words((data.query ?? '').split(',')[0] ?? '').join('');
  const named = (data.matches ?? []).find((village) => searched.includes(words(village.name).join('')));
  return named ? named.name : null;
}

/** Words before a desa's name that only say it is one ("desa sampun", "yg enya"). */
const NAME_LEAD: ReadonlySet<string> = new Set(['desa', 'kelurahan', 'kel', 'yang', 'yg', 'the']);

/** The one listed desa `typed` is the name of ("Sampun", "desa sampun"), or null (none, or several of that name). */
/** A kind of group typed alone for the desa in a registration: kept for the parent, said so, and the desa asked again. */
function groupKindTyped(kind: string, data: VillagePickerData): Outcome {
  const scope: VillagePickerData = { ...keepScope(data), groupKind: kind };
  const reason = t('regions:groupKind.kept', { query: (data.query ?? '').trim(), kind: t(`groups:type.${kind}`) });
  if (data.offered) return offeredAgain(data.offered, scope, [reason, t('regions:groupName.confirmFirst')]);
  return { type: 'goto', step: 'ask', data: scope, say: [say(reason)] };
}

function listedByName(typed: string, matches: readonly VillageInfo[]): VillageInfo | null {
  const said = words(typed);
  while (said.length > 1 && NAME_LEAD.has(said[0]!)) said.shift();
  const name = said.join('');
  if (name === '') return null;
  const named = matches.filter((village) => words(village.name).join('') === name);
  return named.length === 1 ? named[0]! : null;
}

/** The flow ends with the chosen village as its result. */
function picked(village: VillageInfo, data: VillagePickerData): Outcome {
  const names = namesKept(data);
  const named: PickedVillage = {
    ...village,
    ...(names.length > 0 && { groupNames: names }),
    ...(data.groupKind !== undefined && { groupKind: data.groupKind }),
  };
  const result: PickedVillage = data.rw === undefined ? named : { ...named, rw: data.rw };
  return VILLAGE_PICKED.done(result, [say(villagePicked(village))]);
}

const ask = (desaOf: StatusDesaOf): StepDef<VillagePickerData> => ({
  expects: t('regions:ask.expects'),
  example: t('regions:ask.example'),
  help: t('regions:ask.help'),
  // "berapa biaya daftar?" typed here is answered, not searched for as a desa name.
  asides: 'eager',
  prompt: () => say(t('regions:ask.prompt')),
  on(input, { data }) {
    const query = typedQuery(input);
    if (query === null) return { type: 'invalid' };
    const asked = statusDesaNamed(query, data, desaOf);
    if (asked !== null) return statusNamedSearch(asked, 'ask', data);
    const not = notAPlace(query);
    return not ? { type: 'invalid', reason: not } : search(query, 'ask', data);
  },
});

/** "Desa Timbulharjo (Kec. Sewon, Kab. Bantul) ada, tetapi di luar wilayah Anda." */
function outsideArea(village: VillageInfo): Text {
  return t('regions:choose.outsideArea', { kind: villageKind(village.code), name: village.name, district: village.districtName, regency: regencyText(village.regencyName) });
}

const choose = (desaOf: StatusDesaOf): StepDef<VillagePickerData> => ({
  expects: t('regions:choose.expects'),
  example: t('regions:choose.example'),
  help: t('regions:choose.help'),
  asides: 'eager',
  prompt({ data }) {
    const again: Button = { id: AGAIN_BUTTON, label: t('regions:button.again') };
    const [first, ...rest] = data.matches ?? [];
    if (data.regencies && data.regencies.length > 0) return regencyPrompt(data.query ?? '', data.regencies, data.matches ?? [], again);
    const outside = data.outside ? outsideArea(data.outside) : null;
    const notFound = t(data.within ? 'regions:choose.notFoundWithin' : 'regions:choose.notFound', { query: data.query ?? '' });
    if (first === undefined) return say(outside ? [notFound, outside] : notFound);
    const matches = [first, ...rest] as const;
    const district = data.district;
    return say(
      [
        ...(outside ? [outside] : []),
        district
          ? t(data.namesakes ? 'regions:choose.districtNamesakes' : 'regions:choose.districtPrompt', {
              district: district.name,
              regency: regencyText(district.regencyName),
              query: data.query ?? '',
            })
          : t('regions:choose.prompt', { query: data.query ?? '' }),
        villageList(matches),
        district && data.more
          ? t('regions:choose.districtMore', { district: district.name })
          : t(data.more ? 'regions:choose.more' : 'regions:choose.notListed'),
      ],
      [...matches.map((village) => ({ id: `${VILLAGE_BUTTON}${village.code}`, label: villageLabel(village) })), again],
    );
  },
  on(input, { data }) {
    const searched = SEARCH_VILLAGES.result(input);
    if (searched) {
      // The step was only searching (no list shown): "kembali" from what comes next goes to the
      // question before the search, never to "“timbulharjo” not found" for a desa that was found.
      const next = listed(searched, data);
      return next.type === 'goto' ? { ...next, passed: true } : next;
    }
    if (input.type === 'effect-result') return { type: 'invalid' };
    const matches = data.matches ?? [];
    if (input.type === 'button') {
      if (input.id === AGAIN_BUTTON) return { type: 'goto', step: 'ask', data: keepScope(data) };
      const village = input.id.startsWith(VILLAGE_BUTTON)
        ? matches.find((candidate) => candidate.code === input.id.slice(VILLAGE_BUTTON.length))
        : undefined;
      return village ? picked(village, data) : { type: 'invalid', reason: t('regions:choose.stale') };
    }
    const query = typedQuery(input);
    if (query === null) return { type: 'invalid' };
    // "2", "no 2 min", "yang kedua", "the last one".
    const position = listPosition(query);
    if (position !== null && matches.length > 0) {
      const village = matches[(position === 'last' ? matches.length : position) - 1];
      return village ? picked(village, data) : { type: 'invalid', reason: t('regions:choose.noSuchNumber', { max: matches.length }) };
    }
    // "sampun", "enya" where Desa Sampun or Enya is listed: that desa, never read as a yes
    // (typed at the question before the list, the same word finds it as well).
    // The name searched typed again ("godean" at the list of Desa Godean and Kec. Godean's desa) picks none of them.
    const named = words(query).join('') === words(data.query ?? '').join('') ? null : listedByName(query, matches);
    if (named) return picked(named, data);
    // "ya" at a list of one desa: that one, nothing else to choose from.
    if (matches.length === 1 && yesOrNo(query) === 'yes') return picked(matches[0]!, data);
    // "ya", "iya bener" at a longer list: which one is still to be said.
    if (matches.length > 0 && yesOrNo(query) !== null) return { type: 'invalid', reason: t('regions:choose.yesAtList') };
    // "yg bantul", "kasihan", "the one in bantul": the listed desa that lie there.
    const narrowed = narrowedByPlace(query, data);
    if (narrowed) return narrowed;
    // "status desa panggungharjo gimana" at the status check's list of Sidomulyo: that desa, searched.
    const asked = statusDesaNamed(query, data, desaOf);
    if (asked !== null) return statusNamedSearch(asked, 'choose', data);
    const not = notAPlace(query);
    if (not) return { type: 'invalid', reason: not };
    // "yg di jawa tengah", "the one in bantul" where no listed desa lies: the same name searched
    // there ("sidorejo, jawa tengah"), not the pointing words as a desa's name.
    const place = pointedPlace(query);
    const name = place === null ? null : listedName(data);
    if (place !== null && name !== null) return search(`${name}, ${place}`, 'choose', data);
    return search(query, 'choose', data);
  },
});

const confirm = (desaOf: StatusDesaOf): StepDef<VillagePickerData> => ({
  expects: t('regions:confirm.expects'),
  example: t('regions:confirm.example'),
  // Besides yes or no, a new desa name is typed here: a question about WKSBM is answered instead.
  asides: 'eager',
  prompt: ({ data }) =>
    say(
      data.exact
        ? t('regions:confirm.prompt', { kind: villageKind(data.exact.code), name: data.exact.name, district: data.exact.districtName, regency: regencyText(data.exact.regencyName) })
        : t('regions:ask.prompt'),
      [
        { id: YES_BUTTON, label: t('regions:confirm.yes') },
        { id: NO_BUTTON, label: t('regions:confirm.no') },
      ],
    ),
  on(input, { data }) {
    const button = input.type === 'button' ? input.id : null;
    const query = typedQuery(input);
    if (button === null && query === null) return { type: 'invalid' };
    const typed = query === null ? null : yesOrNo(query);
    if ((button === YES_BUTTON || typed === 'yes') && data.exact) return picked(data.exact, data);
    // "bukan, panggungharjo maksudnya": the desa meant, after the no, is searched.
    const meant = typed === 'no' && query?.includes(',') ? query.slice(query.indexOf(',') + 1).trim() : '';
    if (meant !== '') return search(meant, 'confirm', data);
    // "Bukan": the other villages of that name, or a new search.
    if (button === NO_BUTTON || typed === 'no') {
      const others = (data.matches ?? []).filter((village) => village.code !== data.exact?.code);
      const { exact: _exact, ...rest } = data;
      return others.length > 0 ? { type: 'goto', step: 'choose', data: { ...rest, matches: others } } : { type: 'goto', step: 'ask', data: keepScope(data) };
    }
    // Another name: searched, and its hits listed (or confirmed) at the list step.
    if (query === null) return { type: 'invalid', reason: t('regions:choose.stale') };
    const asked = statusDesaNamed(query, data, desaOf);
    if (asked !== null) return statusNamedSearch(asked, 'confirm', data);
    const not = notAPlace(query);
    return not ? { type: 'invalid', reason: not } : search(query, 'confirm', data);
  },
});

/**
 * The village picker flow; `desaOf` reads the desa a status question names, searched at a
 * parent's request (`statusNamed`: the status check). Without it no such question is read.
 */
export function createVillagePickerFlow(desaOf: StatusDesaOf = () => null) {
  return defineFlow<VillagePickerData>({
    id: VILLAGE_PICKER_FLOW_ID,
    // 2: the kabupaten named (`regencies`, `area`), the area ranked first (`near`), `namesakes`.
    // (`groupNameLater`, `groupNames`, `groupKind` are optional: older states read as before; an older `groupName` is read as one name.)
    // (`statusNamed` is optional too: a state from before it reads a status question as before.)
    version: 2,
    title: t('regions:title'),
    start(input) {
      const query = inputSchema.safeParse(input).data?.query;
      const typed = query === undefined ? null : typedQuery({ type: 'text', text: query });
      const within = inputSchema.partial().safeParse(input).data?.within;
      const near = nearSchema.safeParse(input).data?.near;
      const later = groupNameLaterSchema.safeParse(input).success;
      const kindLater = groupKindLaterSchema.safeParse(input).success;
      const statusNamed = statusNamedSchema.safeParse(input).success;
      // An officer's own kecamatan or desa among `near` (a leader's own area is a whole kabupaten,
      // too wide): a TKSK of Godean typing "sidomulyo" means Godean's, confirmed with one tap.
      const own = near?.filter((code) => code.length >= KECAMATAN_CODE_LENGTH) ?? [];
      const scope: VillagePickerData = {
        ...(within && { within }),
        ...(near && { near }),
        ...(own.length > 0 && { area: own }),
        ...(later && { groupNameLater: true as const }),
        ...(kindLater && { groupKindLater: true as const }),
        ...(statusNamed && { statusNamed: true as const }),
      };
      if (typed === null) return { step: 'ask', data: scope };
      const data = { ...scope, query: withoutEnglishLead(desaFirst(typed)).slice(0, MAX_VILLAGE_QUERY) };
      return { step: 'choose', data, effects: [searchRequest(data.query, data)] };
    },
    steps: { ask: ask(desaOf), choose: choose(desaOf), confirm: confirm(desaOf) },
  });
}

/** The village picker flow reading no status question: as the tests of its own build it. */
export const villagePickerFlow = createVillagePickerFlow();
