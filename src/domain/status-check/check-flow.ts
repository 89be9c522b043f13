/**
 * "Cek status WKSBM": anyone picks a desa by name (buttons for their own groups' desa and
 * their last check's), optionally one RW, and gets the level, each criterion with its numbers
 * and what is still missing. Asked in free text, it goes straight to the desa named.
 */
import { commandButton } from '../../core/engine/commands.js';
import { z } from 'zod';
import { deepLinkButtonId, defineFlow, type StepInput, type StepOutcome } from '../../core/engine/flow.js';
import { say, type OutboundMessage } from '../../core/messages.js';
import { t, verbatim } from '../../core/text.js';
import { buttonOf, textOf } from '../flow-kit.js';
import { GROUP_CONTEXT, REMEMBER_VILLAGE } from '../groups/effects.js';
import type { GroupView } from '../model/groups.js';
import type { VillageInfo } from '../model/regions.js';
import { OFFICER_PANEL_DEEP_LINK } from '../model/deep-links.js';
import type { WksbmLevel } from '../model/status.js';
import { VILLAGE_PICKED, VILLAGE_PICKER_FLOW_ID } from '../regions/village-picker-flow.js';
import { introducedAtDesaQuestion } from '../regions/own-name-said.js';
import { villageKind } from '../regions/village-text.js';
import { takenOffered } from '../regions/offered-village.js';
import { followOnOnly, saysResumeWord } from '../regions/desa-question-words.js';
import { missingMessage, statusMessage } from '../status/status-message.js';
import { STATUS_CHECK } from '../status/status-check-effect.js';
import { readRws, rwOfWords, saidOfRw } from '../parse/rw-answer.js';
import { words } from '../parse/text.js';
import { menuEntryNamed } from '../parse/menu-entry-words.js';
import { acknowledgesOnly } from '../faq/acknowledgement.js';
import { TOPIC_BUTTON_PREFIX } from '../faq/answers.js';
import { entryButton } from '../../core/menu.js';
import { OFFICER_PROFILE } from '../officers/effects.js';
import { singleVillage } from '../officers/profile.js';
import { coverageLevel } from '../officers/coverage.js';
import { desaOfStatusQuestion } from '../understanding/status-desa-named.js';
import { desaAskedAlreadyOrNot } from '../understanding/desa-asked.js';
import { guessFromText, withGuess } from '../language/guess.js';
import { PLACES_LIVED, WE_WORDS } from '../parse/lexicon.js';

export const STATUS_CHECK_FLOW_ID = 'status.check';

/** The step that asks which desa; it reads an acknowledgement ("oke") itself (see {@link villageQuestion}). */
export const VILLAGE_QUESTION_STEP = 'where';

/** What a free-text question already named ("cek status desa sinduadi", "desa saya sudah wksbm?"). */
export interface StatusCheckInput {
  /** The desa's name as typed, perhaps with its kecamatan. */
  readonly query?: string;
  /** "desa saya": the desa of the person's own groups. */
  readonly mine?: boolean;
  /** "… rw 2": that RW's status. */
  readonly rw?: number;
  /** "… rw 3 dan 4": more RWs named with `rw`, shown after it in this order. */
  readonly moreRw?: readonly number[];
  /**
   * Asked right after a desa's status ("apa yang kurang", "desa saya gimana"): with `mine`, the
   * desa of that last check is meant when the person leads no group (whose desa would be theirs).
   */
  readonly again?: boolean;
  /** "apa yg kurang": only what the desa still lacks is shown, not the whole status (status/status-message.ts missingMessage). */
  readonly missing?: boolean;
  /**
   * "gimana caranya supaya desa kami jadi wksbm": how it becomes one was asked, so the desa
   * question, when asked, tells the way in brief first (the status then shows what it lacks).
   */
  readonly becoming?: boolean;
}

/** The start input as given; anything else (no input, a menu pick) asks from the beginning. */
const startInputSchema: z.ZodType<StatusCheckInput> = z.object({
  query: z.string().optional(),
  mine: z.boolean().optional(),
  rw: z.number().int().min(1).max(999).optional(),
  moreRw: z.array(z.number().int().min(1).max(999)).max(4).optional(),
  again: z.boolean().optional(),
  missing: z.boolean().optional(),
  becoming: z.boolean().optional(),
});

interface CheckData {
  /** Asked in free text: answered for the whole desa without asking for an RW. */
  readonly direct?: boolean;
  readonly query?: string;
  readonly mine?: boolean;
  /** Desa of the person's own groups, offered as buttons. */
  readonly own?: readonly VillageInfo[];
  /** The person's own area: same-named desa there are listed first by the picker. */
  readonly near?: readonly string[];
  readonly village?: VillageInfo;
  /** The RW asked about; absent for the whole desa. */
  readonly rw?: number;
  /** More RWs named with it ("rw 3 dan 4"), shown after it in this order. */
  readonly moreRw?: readonly number[];
  /** Desa where the person leads a group: their next steps there are their own to take. */
  readonly leads?: readonly string[];
  /** An officer is checking: their next step is following the desa up, not registering a group. */
  readonly officer?: true;
  /** "desa saya" asked right after a status check (see {@link StatusCheckInput.again}). */
  readonly again?: true;
  /** Only what the desa still lacks is asked (see {@link StatusCheckInput.missing}). */
  readonly missing?: true;
  /** How the desa becomes a WKSBM was asked (see {@link StatusCheckInput.becoming}). */
  readonly becoming?: true;
}

function ownVillages(groups: readonly GroupView[]): VillageInfo[] {
  const byCode = new Map<string, VillageInfo>();
  for (const group of groups) {
    byCode.set(group.villageCode, {
      code: group.villageCode,
      name: group.villageName,
      districtName: group.districtName,
      regencyName: group.regencyName,
      provinceName: '',
    });
  }
  return [...byCode.values()];
}

/**
 * An officer's next steps after a desa's status: follow up what it still lacks with its groups
 * (or, at Aktif, keep them logging joint activities), with their 🛡️ menu; not "daftarkan
 * kelompok Anda", a resident's step.
 */
function officerNextSteps(level: WksbmLevel): OutboundMessage {
  return say(t(level === 'aktif' ? 'statusCheck.afterOfficerAktif' : 'statusCheck.afterOfficer'), [
    entryButton('status', t('statusCheck.again')),
    { id: deepLinkButtonId(OFFICER_PANEL_DEEP_LINK, ''), label: t('officers:button.openPanel') },
    commandButton('menu'),
  ]);
}

/** "rw 3", "RW. 03", "rw3": an RW named alone, where a desa is asked. */
const RW_ONLY = /^rw\.?\s*0*([1-9]\d{0,2})\s*[.!?]*$/;

/** Words no desa is named by: a query of these only ("in", from "status of RW 5 in my desa") names none. */
const NO_NAME: ReadonlySet<string> = new Set([
  'in', 'at', 'of', 'on', 'the', 'a', 'my', 'our', 'di', 'ke', 'dari', 'saya', 'sy', ...WE_WORDS, 'desa', 'kelurahan', 'village', 'rw', 'rt',
]);

/** The person's own words in a query of no name ("my", "saya"): the desa meant is theirs. */
const OWN: ReadonlySet<string> = new Set(['my', 'our', 'saya', 'sy', ...WE_WORDS]);

/** Own words said with a desa's word only ("desa sendiri", "desaku", "desa aku"): read as OWN there. */
const OWN_WITH_PLACE: ReadonlySet<string> = new Set([...OWN, 'sendiri', 'aku', 'ku', 'gue', 'gw', 'own', 'desaku', 'kampungku']);

/** The words for a desa in "desa saya", "my village": the lexicon's places lived ("desane aku", "kalurahan kami") and "desanya". */
const PLACE_WORDS: ReadonlySet<string> = new Set([...PLACES_LIVED, 'desanya']);

/** Chat around "desa saya" that names no desa ("cek status rw 05 desa saya dong", "kalau di desa saya?"). */
const OWN_CHAT: ReadonlySet<string> = new Set([
  'cek', 'status', 'wksbm', 'gimana', 'gmn', 'bagaimana', 'dong', 'aja', 'ya', 'min', 'kak', 'nya', 'desanya', 'kalau', 'kalo', 'klo', 'terus', 'trus',
  'sih', 'deh', 'nih', 'how', 'about', 'what', 'and', 'then', 'is', 'itself',
]);

/**
 * "desa saya", "rw 05 desa saya", "desa kami rw 5": the person's own desa named by their own
 * words only, with the RW when one is said; null when any other word is there (a name).
 */
function ownDesaSaid(typed: string): { readonly rw?: number } | null {
  const said = words(typed);
  let rw: number | undefined;
  const rest: string[] = [];
  for (let i = 0; i < said.length; i++) {
    const word = said[i]!;
    const joined = /^rw0*([1-9]\d{0,2})$/.exec(word);
    const next = word === 'rw' ? /^0*([1-9]\d{0,2})$/.exec(said[i + 1] ?? '') : null;
    if (rw === undefined && (joined || next)) {
      rw = Number((joined ?? next)![1]);
      if (next) i += 1;
      continue;
    }
    rest.push(word);
  }
  // Both "desa" (or "kelurahan"…) and "saya" (or "kami", "sendiri"…): "saya" alone may answer something else.
  if (!rest.some((word) => OWN_WITH_PLACE.has(word)) || !rest.some((word) => PLACE_WORDS.has(word))) return null;
  if (!rest.every((word) => NO_NAME.has(word) || OWN_CHAT.has(word) || OWN_WITH_PLACE.has(word) || PLACE_WORDS.has(word))) return null;
  return rw === undefined ? {} : { rw };
}

/**
 * Told to the picker: a status question naming a desa at its list or confirmation ("status desa
 * panggungharjo gimana") is the next desa to check, searched, not a question refused.
 */
const STATUS_NAMED = { statusNamed: true } as const;

/** Entries whose words this question leaves to the engine: its own (asked here already) and the officer's panel (opened from the menu only). */
const NOT_OPENED_HERE: ReadonlySet<string> = new Set(['status', 'officer']);

/**
 * Another menu entry's own words typed at the desa question ("daftar kelompok", "catat
 * kegiatan"): the person means to go there. Two words at least (a desa may be called
 * "Daftar"). Refused here, the engine opens that entry as a side trip (EngineConfig.fallbackFlows):
 * once it ends, the desa is asked again. They were told it was a menu choice.
 */
export function otherEntryNamed(typed: string): boolean {
  const entry = menuEntryNamed(typed);
  return entry !== null && !NOT_OPENED_HERE.has(entry) && words(typed).length >= 2;
}

/**
 * "RW 3", "rw03", "3" and "RW III" are all RW 3 ("rw 07 please" too); "seluruh desa", "the
 * whole desa" is the whole desa; null otherwise.
 */
function readRw(input: StepInput): number | 'whole' | null {
  if (buttonOf(input) === 'rw:whole') return 'whole';
  const typed = textOf(input);
  return typed ? rwOfWords(saidOfRw(typed)) : null;
}

/**
 * "gatau rw nya", "ga tau RW berapa", "lupa", "not sure", "I don't know": the person cannot
 * name their RW (refused as "not usable" before). Chat around it is allowed, a number is not.
 */
const RW_UNKNOWN = /^(?:(?:saya|aku|sy|gw|gue)\s+)?(?:(?:gak|ga|g|nggak|ngga|gk|tidak|tdk|ndak|ora|kurang|belum|blm)\s*(?:tau|tahu|tw|ngerti|paham|ingat|inget)|lupa|i\s+(?:don'?t|do not)\s+know|don'?t\s+know|dunno|not\s+sure|no\s+idea)\b(?:[^\d]*)$/iu;

/** Whether `typed` says the RW is not known ({@link RW_UNKNOWN}). */
function rwUnknown(typed: string | null): boolean {
  return typed !== null && RW_UNKNOWN.test(typed);
}

/**
 * "Desa/kelurahan mana yang ingin dicek?", with a button for each desa the person named before
 * ("or pick a button" only when there are some). After an acknowledgement ("oke", "sip"), the
 * kind word leads the question in one reply: "Baik 🙂 Desa/kelurahan mana…". The engine's
 * aside said it as three ("Baik 🙂", "Kembali ke pertanyaan tadi 👇", the question), the
 * middle one doubling the question that follows it at once.
 */
function villageQuestion(data: CheckData, acknowledged = false): OutboundMessage {
  const offered = (data.own ?? []).length > 0;
  const buttons = (data.own ?? []).map((village) => ({ id: `village:${village.code}`, label: verbatim(village.name) }));
  // "how does our desa become one?": the way in brief, then its desa asked (not a bare question back).
  if (data.becoming && !acknowledged) return say([t('statusCheck.becomingWay'), t(offered ? 'statusCheck.askVillageBecomingOwn' : 'statusCheck.askVillageBecoming')], buttons);
  const question = t(offered ? 'statusCheck.askVillage' : 'statusCheck.askVillageTyped');
  return say(acknowledged ? t('statusCheck.askVillageAcknowledged', { question }) : question, buttons);
}

/**
 * The desa is known: ask for an RW, or (asked in free text) show the whole desa at once. The
 * desa is remembered, to be offered first the next time a desa is asked.
 */
function toVillage(data: CheckData, village: VillageInfo): StepOutcome<CheckData> {
  const remember = REMEMBER_VILLAGE.fire({ villageCode: village.code });
  if (!data.direct) return { type: 'goto', step: 'rw', data: { ...data, village }, effects: [remember] };
  return {
    type: 'goto',
    step: 'rw',
    data: { ...data, village },
    effects: [remember, STATUS_CHECK.request(data.rw === undefined ? { villageCode: village.code } : { villageCode: village.code, rw: data.rw })],
  };
}

/** `data` without the RWs named after its first ("rw 3 dan 4"): another RW said replaces them. */
function withoutMoreRw(data: CheckData): CheckData {
  const { moreRw: _more, ...rest } = data;
  return rest;
}

/** `data` without the way told ({@link CheckData.becoming}): asked again, the desa question is asked plainly. */
function unframed(data: CheckData): CheckData {
  const { becoming: _told, ...rest } = data;
  return rest;
}

/** The status check flow. */
export const statusCheckFlow = defineFlow<CheckData>({
  id: STATUS_CHECK_FLOW_ID,
  // 2: the person's known desa (own groups, last check) come from one effect.
  // 3: the person's own area (`near`), for the picker to list same-named desa there first.
  version: 3,
  title: t('menu.status'),
  start: (input) => {
    const parsed = startInputSchema.safeParse(input);
    const asked = parsed.success ? parsed.data : {};
    const typed = asked.query && asked.query.trim() !== '' ? asked.query.trim().slice(0, 80) : undefined;
    // A "name" of function words only names no desa: asked for (the person's own when they said "my").
    const said = typed === undefined ? [] : words(typed);
    const noName = said.length > 0 && said.every((word) => NO_NAME.has(word));
    const query = noName ? undefined : typed;
    const mine = asked.mine === true || (noName && said.some((word) => OWN.has(word)));
    const rw = asked.rw === undefined ? {} : { rw: asked.rw, ...(asked.moreRw && asked.moreRw.length > 0 && { moreRw: asked.moreRw }) };
    const again = asked.again === true ? { again: true as const } : {};
    const missing = asked.missing === true ? { missing: true as const } : {};
    const becoming = asked.becoming === true && !query && mine ? { becoming: true as const } : {};
    const data: CheckData = query ? { direct: true, query, ...rw, ...missing } : mine ? { direct: true, mine: true, ...rw, ...again, ...missing, ...becoming } : asked.rw === undefined ? {} : { direct: true, ...rw };
    return { step: VILLAGE_QUESTION_STEP, data, effects: [GROUP_CONTEXT.request(undefined)] };
  },
  steps: {
    [VILLAGE_QUESTION_STEP]: {
      prompt: ({ data }) => villageQuestion(data),
      expects: t('statusCheck.expectsVillage'),
      example: t('statusCheck.exampleVillage'),
      // "apa itu wksbm?" typed here is answered, not searched for as a desa name; so is a
      // request ("saya mau cek status aja"): a place is asked, so questions are read widely.
      asides: 'eager',
      // "lanjut" is a desa's name too (Desa Lanjut, Kab. Lingga): searched, and offered.
      readsResumeWord: saysResumeWord,
      // "daftar kelompok": refused below, and opened by the engine, not answered as a request aside.
      // "nek panggungharjo wis durung?": a desa asked "already or not yet?" is the answer, read below
      // (the FAQ's reading, the steps of a desa not yet a WKSBM, was answered over it).
      readsWithoutAsides: (typed) => otherEntryNamed(typed) || desaAskedAlreadyOrNot(typed) !== null,
      on(input, { data, env }) {
        const picked = VILLAGE_PICKED.result(input);
        // "yang RW 03" or "sidomulyo rw 3" said at the picker's list: that RW's status, asked no more.
        // That RW replaces the ones named before, more RWs too.
        if (picked) return toVillage(picked.rw === undefined ? data : { ...withoutMoreRw(data), direct: true, rw: picked.rw }, picked);
        const context = GROUP_CONTEXT.result(input);
        if (context) {
          // Buttons: the desa of the person's groups and of their last check.
          const own = [...context.villages];
          const leads = ownVillages(context.groups).map((village) => village.code);
          const near = context.areas.length > 0 ? { near: [...context.areas] } : {};
          const led = { ...(leads.length > 0 && { leads }), ...(context.officer && { officer: true as const }) };
          // A desa named in the question: the picker's list is the one-tap confirmation. Its one
          // search lists the person's own area first, read just now (the menu read none of it).
          if (data.query) return { type: 'start', flow: VILLAGE_PICKER_FLOW_ID, input: { query: data.query, ...near, ...STATUS_NAMED }, data: { ...data, ...led } };
          // "desa saya" with one desa among the person's groups: that desa, no guess involved.
          const groupVillages = ownVillages(context.groups);
          if (data.mine && groupVillages.length === 1) return toVillage({ ...data, own, ...near, ...led }, groupVillages[0]!);
          // Right after a status check, from someone with no group: their one known desa is that check's.
          if (data.mine && data.again && groupVillages.length === 0 && own.length === 1) return toVillage({ ...data, own, ...near, ...led }, own[0]!);
          // An officer covering a desa (a PSM) who leads no group: "desa saya" may be theirs, read from their profile.
          if (data.mine && groupVillages.length === 0 && context.areas.some((code) => coverageLevel(code) === 'village')) {
            return { type: 'stay', data: { ...data, own, ...near, ...led }, effects: [OFFICER_PROFILE.request(undefined)] };
          }
          return { type: 'stay', data: { ...data, own, ...near, ...led }, reprompt: true };
        }
        if (OFFICER_PROFILE.is(input)) {
          // Their one desa, when the officer covers exactly one; else asked which, as anyone is.
          const only = input.value ? singleVillage(input.value) : null;
          return only ? toVillage(data, only) : { type: 'stay', reprompt: true };
        }
        const button = buttonOf(input);
        const village = button?.startsWith('village:') ? data.own?.find((own) => own.code === button.slice(8)) : undefined;
        if (village) return toVillage(data, village);
        const query = textOf(input);
        if (!query) return { type: 'invalid' };
        // "oke", "sip min": nothing to thank for, the question is open; asked again, kindly, in one reply.
        if (acknowledgesOnly(query)) return { type: 'stay', say: [villageQuestion(data, true)] };
        // "rw 3" before the desa: that RW is kept for the desa named next, not searched as a desa's name.
        const rwFirst = RW_ONLY.exec(query.toLowerCase());
        if (rwFirst) {
          const rw = Number(rwFirst[1]);
          return { type: 'stay', data: { ...unframed(data), direct: true, rw }, say: [say(t('statusCheck.rwNoted', { rw }))], reprompt: true };
        }
        // "daftar kelompok": that entry, opened by the engine over this question.
        if (otherEntryNamed(query)) return { type: 'invalid' };
        // "terus?", "gimana?", "hmm": what to do here, said again with an example; not searched as a desa.
        // The way, told with the first question, is not told again.
        if (followOnOnly(query)) return { type: 'stay', data: unframed(data), say: [say(t('statusCheck.followOn'))], reprompt: true };
        // "desa saya", "rw 05 desa saya", "kalau di desa saya?", "desa sendiri": the person's own desa, not searched.
        const mine = ownDesaSaid(query);
        if (mine) {
          const own = data.own ?? [];
          const led = own.filter((village) => data.leads?.includes(village.code));
          // The desa of their group; else, leading none, the one desa they checked last.
          const theirs = led.length === 1 ? led[0] : led.length === 0 && own.length === 1 ? own[0] : undefined;
          if (theirs) return toVillage({ ...data, direct: true, ...(mine.rw !== undefined && { rw: mine.rw }) }, theirs);
          const rw = mine.rw === undefined ? {} : { direct: true, rw: mine.rw };
          // Several known: which one (the buttons come with the question); none: its name, asked kindly.
          return own.length > 1
            ? { type: 'stay', data: { ...data, ...rw }, say: [say(t('statusCheck.ownWhich'))], reprompt: true }
            : { type: 'stay', data: { ...data, ...rw }, say: [say(t('statusCheck.ownUnknown'))] };
        }
        // "iya", "sama kyk td" with one desa offered (the person's own, or their last check's): that desa.
        const taken = takenOffered(query, data.own ?? []);
        if (taken) return toVillage(data, taken);
        // "punten, nami abdi Asep": greeted by name and asked again, not searched (Desa Punten was offered).
        const introduced = introducedAtDesaQuestion<CheckData>(query);
        if (introduced) return introduced;
        // "lanjut" alone may mean "go on": the desa of that name is offered, saying it is one.
        const resumeWord = saysResumeWord(query) ? [say(t('statusCheck.resumeWordPlace', { words: query.trim() }))] : [];
        // "is sidomulyo village registered?", "kumaha panggungharjo tos acan?": the desa it names is
        // searched (the whole question found none, or was refused as a question).
        const named = desaOfStatusQuestion(query) ?? desaAskedAlreadyOrNot(query) ?? query;
        const search: StepOutcome<CheckData> = { type: 'start', flow: VILLAGE_PICKER_FLOW_ID, input: { query: named, ...(data.near && { near: [...data.near] }), ...STATUS_NAMED }, say: resumeWord };
        // "panggungharjo already or not yet?": answered in English to someone who never chose a
        // language, as at the menu (a name alone says no language, and changes nothing).
        return named === query ? search : withGuess(search, guessFromText(query, env.person));
      },
    },
    rw: {
      prompt: ({ data }) =>
        say(t('statusCheck.askRw', { kind: villageKind(data.village?.code ?? ''), village: data.village?.name ?? '' }), [{ id: 'rw:whole', label: t('statusCheck.wholeVillage') }]),
      expects: t('statusCheck.expectsRw'),
      example: t('statusCheck.exampleRw'),
      // As at the desa question: "daftar kelompok" is refused and opened; where a registration
      // is under way below, the RW is asked again, with no word on how to reach the menu.
      readsWithoutAsides: otherEntryNamed,
      on(input, { data }) {
        const status = STATUS_CHECK.result(input);
        // The step is reached with the desa chosen; a stored state without one starts over.
        const village = data.village;
        if (!village) return { type: 'done', menu: true };
        // "rw 3 dan 4": this RW's status, then the next one's.
        const [next, ...later] = data.moreRw ?? [];
        if (status && next !== undefined) {
          return {
            type: 'stay',
            data: { ...data, rw: next, moreRw: later },
            say: [statusMessage(status, village, data.rw)],
            effects: [STATUS_CHECK.request({ villageCode: village.code, rw: next })],
          };
        }
        if (status) {
          return {
            type: 'done',
            say: [
              data.missing ? missingMessage(status, village, data.rw) : statusMessage(status, village, data.rw),
              // What a resident does next: another desa, their own group, or (short of Aktif) the
              // steps; a statement with buttons, not a yes/no question a "ya" could not answer.
              // A leader of a group in this desa gets their own next steps: ties and joint activities.
              data.leads?.includes(village.code)
                ? say(t(status.level === 'aktif' ? 'statusCheck.afterLeaderAktif' : 'statusCheck.afterLeader'), [
                    entryButton('activity', t('menu.logActivity')),
                    entryButton('relation', t('menu.relations')),
                    entryButton('register', t('menu.registerGroup')),
                    commandButton('menu'),
                  ])
                : data.officer
                  ? officerNextSteps(status.level)
                  : say(t(status.level === 'aktif' ? 'statusCheck.afterAktif' : 'statusCheck.after'), [
                    entryButton('status', t('statusCheck.again')),
                    entryButton('register', t('menu.registerGroup')),
                    ...(status.level === 'aktif' ? [] : [{ id: `${TOPIC_BUTTON_PREFIX}not_yet`, label: t('statusCheck.steps') }]),
                    commandButton('menu'),
                  ]),
            ],
          };
        }
        // "gatau rw nya", "lupa", "not sure": no RW to give; the whole desa is what can be shown, said so.
        if (rwUnknown(textOf(input))) {
          const { rw: _previous, moreRw: _more, ...rest } = data;
          return { type: 'stay', data: rest, say: [say(t('statusCheck.rwUnknown'))], effects: [STATUS_CHECK.request({ villageCode: village.code })] };
        }
        // "rw 3 dan 4", "RW 2, 5": each RW named, one after the other (not the first alone).
        const several = readRws(textOf(input));
        if (several) {
          const [first, ...later] = several;
          return { type: 'stay', data: { ...data, rw: first!, moreRw: later }, effects: [STATUS_CHECK.request({ villageCode: village.code, rw: first! })] };
        }
        const rw = readRw(input);
        if (rw === null) return { type: 'invalid' };
        if (rw === 'whole') {
          const { rw: _previous, moreRw: _more, ...rest } = data;
          return { type: 'stay', data: rest, effects: [STATUS_CHECK.request({ villageCode: village.code })] };
        }
        return { type: 'stay', data: { ...withoutMoreRw(data), rw }, effects: [STATUS_CHECK.request({ villageCode: village.code, rw })] };
      },
    },
  },
});
