/**
 * Registering a group: desa (the person's known desa as buttons, else the village picker,
 * which confirms an exact name at once), name (a duplicate in that desa is found right
 * away, however its RT/RW is written; one named the same but for an RT/RW only one of the
 * names carries is asked about), type (unless the name states it: "Arisan Melati"), RT/RW or dusun, members, and the group's own ketua with phone ("same ketua
 * as <group>" is one tap); a summary to confirm or change any field, including the year
 * founded and meetings, which are not asked on the way. Nothing is asked before the person
 * agreed to the personal-data notice (see ../privacy/consent-gate.ts).
 *
 * Started with `{ type }` (see {@link RegisterInput}) it skips the type question.
 */
import { commandButton } from '../../core/engine/commands.js';
import { asksWhatWaits } from '../parse/what-waits-asked.js';
import { z } from 'zod';
import { deepLinkButtonId, defineFlow, type StepContext, type StepDef, type StepInput, type StepOutcome } from '../../core/engine/flow.js';
import { say, type Button } from '../../core/messages.js';
import { t, verbatim, type Text } from '../../core/text.js';
import { buttonOf, questionStep, readFreeText, skipButton, textOf } from '../flow-kit.js';
import { askingName, guardingName, type NameAsked } from '../name-step.js';
import { readsAsName } from '../parse/name-question.js';
import { nameAsTyped, normalizeName } from '../parse/group-name.js';
import { ketuaNameKept } from '../parse/without-honorific.js';
import { formatAreaUnit } from '../parse/area-unit.js';
import { consentCheck, withConsentGate, type ConsentGated } from '../privacy/consent-gate.js';
import type { VillageInfo } from '../model/regions.js';
import { VILLAGE_PICKED, VILLAGE_PICKER_FLOW_ID } from '../regions/village-picker-flow.js';
import { introducedAtDesaQuestion } from '../regions/own-name-said.js';
import { villageLabel } from '../regions/village-text.js';
import { takenOffered } from '../regions/offered-village.js';
import { followOnOnly, saysResumeWord } from '../regions/desa-question-words.js';
import { FIND_GROUP_BY_NAME, GROUP_CONTEXT, REGISTER_GROUP, REQUEST_CO_LEADER, type FindByNameResult, type GroupContext, type RegisterGroupResult } from './effects.js';
import { WHOLE_VILLAGE_BUTTON, foundedYearTyped, readFounded, readKetua, membersAdded, membersAskedBackAndAnswered, readMemberCount, readPhone, readSchedule, readType, readUnit, takesOfferedPhone, typeButtons, typeFromName, unitFromName, rtOfName, unitInsteadOfName, withoutSaidAlready, nameIsStatusRequest, nameAfterIntro, nameShown } from './group-answers.js';
import type { PeopleCount } from '../parse/people-count.js';
import { GROUP_TYPES, type GroupType } from '../model/group-types.js';
import { MEMBER_COUNT } from './group-schema.js';
import { compactUuid } from '../model/compact-uuid.js';
import { MY_GROUPS_DEEP_LINK } from '../model/deep-links.js';
import type { AreaUnit } from '../model/groups.js';
import { isSaveAnswer, yesOrNo } from '../parse/yes-no.js';
import { isUnchangedAnswer } from '../parse/unchanged.js';
import { PROFILE_NAME_BUTTON, ownNamePrompt, profileNameOf, readSelfKetua, type SelfKetua } from './self-ketua.js';
import { isQuestion } from '../faq/asides.js';
import { saysPhoneLater } from '../parse/phone-later.js';
import { editDistance } from '../parse/edit-distance.js';
import { matchChoice, type ChoiceOption } from '../parse/choice.js';
import { maybeSamePrompt, readMaybeSame, sameGroupAnswer, type MaybeSameGroup } from './maybe-same.js';
import { correctAtSummary, keepingOtherPart, readSummaryCorrection } from './summary-correction.js';
import { sameKetuaTyped } from './same-ketua.js';
import { namesAKind } from './other-kinds.js';
import { keepingMembersTyped, membersTypedAtUnit } from './members-at-unit.js';
import { keepingUnitTyped } from './unit-at-number.js';
import { askSpecificName, kindOnlyName, nameWithKind, type KindSaid } from './register-kind-name.js';
import { askingOtherKetua, type KetuaAsked } from './ketua-at-phone.js';
import { keepingKetuaTyped } from './ketua-typed-early.js';
import { keepingKetuaPhoneTyped } from './ketua-phone-early.js';
import { keepingScheduleTyped } from './schedule-at-ketua.js';
import { correctAllAtSummary, severalCorrections } from './summary-corrections-many.js';
import { keepingMembersWithName } from './members-with-name.js';

export const REGISTER_GROUP_FLOW_ID = 'group.register';

/**
 * How the flow may be started: a type already known (e.g. from a link) is not asked again;
 * a name and a desa stated in the request ("mau daftarin posyandu mawar di desa
 * panggungharjo") are taken as if typed at their questions.
 */
export interface RegisterInput {
  readonly type?: GroupType;
  /** A kind outside the list named in the request ("takmir masjid"): without `type`, the group is a Lainnya of it. */
  readonly typeOther?: string;
  readonly name?: string;
  /** What to search the desa by. */
  readonly place?: string;
  /** Answers said in the request, not asked again (all shown at the summary). */
  readonly unit?: AreaUnit;
  readonly members?: number;
  readonly ketuaName?: string;
  readonly ketuaPhone?: string;
  /** The person turned down the type guessed from their words ("Jenis lain"): it is asked, never read from the name. */
  readonly askType?: boolean;
  /** "ketuanya saya sendiri" in the request: the person chairs it (ignored with a ketua named). */
  readonly ketuaIsMe?: boolean;
}

/** The start input; a part that does not fit is ignored (it is asked). */
const inputSchema = z.object({
  type: z.enum(GROUP_TYPES).optional().catch(undefined),
  typeOther: z.string().trim().min(3).max(60).optional().catch(undefined),
  name: z.string().trim().min(3).max(80).optional().catch(undefined),
  place: z.string().trim().min(3).max(60).optional().catch(undefined),
  unit: z.object({ rw: z.number().int().min(0).max(999), rt: z.number().int().min(0).max(999), dusun: z.string().max(60) }).optional().catch(undefined),
  members: z.number().int().min(MEMBER_COUNT.min).max(MEMBER_COUNT.max).optional().catch(undefined),
  ketuaName: z.string().trim().min(2).max(80).optional().catch(undefined),
  ketuaPhone: z.string().regex(/^\+62\d{8,13}$/).optional().catch(undefined),
  askType: z.boolean().optional().catch(undefined),
  ketuaIsMe: z.boolean().optional().catch(undefined),
});

/** One of the person's groups whose ketua can be reused with one tap. */
interface KnownKetua {
  readonly groupId: string;
  readonly group: string;
  readonly name: string;
  readonly phone: string | null;
}

/** What the flow has collected so far. Stored as JSON between messages. */
export interface RegisterData extends ConsentGated, NameAsked, KetuaAsked {
  readonly type?: GroupType;
  readonly typeOther?: string | null;
  /** The type is asked, not read from the name: the person turned down the one guessed ({@link RegisterInput.askType}). */
  readonly askType?: boolean;
  readonly name?: string;
  readonly village?: VillageInfo;
  readonly unit?: AreaUnit;
  readonly members?: number;
  readonly founded?: number | null;
  readonly schedule?: string | null;
  readonly ketuaName?: string;
  readonly ketuaPhone?: string;
  /** The person said they chair the group themself ("saya sendiri"): the ketua's name is theirs, kept as their own on save. */
  readonly ketuaIsMe?: boolean;
  /** Set while changing one field from the summary: answering returns to the summary. */
  readonly editing?: boolean;
  /** The number on record before the ketua was changed from the summary to another name: offered to keep ("same", "tetap"). */
  readonly previousPhone?: string;
  /**
   * A group of the desa with the name typed. `confirmed`: the person already said it is the group
   * they mean (the "is it that group?" question): it is not asked a second time. `own`: one of
   * the groups the person leads already (nothing to join: they are told so).
   */
  readonly duplicateOf?: { readonly id: string; readonly name: string; readonly confirmed?: boolean; readonly own?: boolean };
  /** A group named the same but for an RT/RW only one of the names carries: the person is asked whether it is theirs. */
  readonly maybeSame?: MaybeSameGroup;
  /** The group names typed at the desa question ("PKK Dusun Glugo"), the first and the latest: offered as buttons at the name question. */
  readonly typedNames?: readonly string[];
  /** One such name, as states before `typedNames` hold it: read by {@link offeredNames}. */
  readonly typedName?: string;
  /** A kind alone typed for the name ("posyandu"): the group's own name is asked ("Apa nama Posyandu-nya?"), the kind written in front of one without it. */
  readonly kindSaid?: KindSaid;
  /** A name and a desa the request stated, taken when their questions come (then dropped). */
  readonly stated?: { readonly name?: string; readonly place?: string };
  /** Loaded once consent is confirmed: desa the person named before, ketua of their groups. */
  /** `near`: the person's own area, where the picker lists same-named desa first. */
  /** `groups`: the ids of the groups the person leads or co-leads, to tell their own group from another's of that name. */
  readonly known?: { readonly villages: readonly VillageInfo[]; readonly ketua: readonly KnownKetua[]; readonly near?: readonly string[]; readonly groups?: readonly string[] };
}

/** The group names typed at the desa question, offered at the name question (an older state's one name too). */
function offeredNames(data: RegisterData): readonly string[] {
  return data.typedNames ?? (data.typedName === undefined ? [] : [data.typedName]);
}

/** The button of the name typed at the desa question at `index` (the first keeps the id it always had). */
function typedNameButton(index: number): string {
  return index === 0 ? TYPED_NAME_BUTTON : `${TYPED_NAME_BUTTON}:${index + 1}`;
}

/** "Tadi Anda menulis “…”" for the one name typed at the desa question, or both names. */
function typedNamesOffered(names: readonly string[]): Text[] {
  const [first, second] = names;
  if (first === undefined) return [];
  return [second === undefined ? t('groups:register.typedNameOffered', { name: first }) : t('groups:register.typedNamesOffered', { first, second })];
}

/** The group of the name typed, marked when the person leads it already. */
function duplicateOf(data: RegisterData, group: { readonly id: string; readonly name: string; readonly confirmed?: boolean }): NonNullable<RegisterData['duplicateOf']> {
  return { ...group, ...(data.known?.groups?.includes(group.id) === true && { own: true }) };
}

/** 👥 Kelompok saya opened at the person's own group (the one they typed the name of again). */
function openGroupButton(groupId: string): Button {
  return { id: deepLinkButtonId(MY_GROUPS_DEEP_LINK, compactUuid(groupId)), label: t('groups:mine.open') };
}

type Ctx = StepContext<RegisterData>;

/**
 * "saya sendiri?", "aku ketuanya?" where a person is named (the ketua, who asks to join): someone
 * unsure whether they may be the one, read as "me" as without the mark, never refused as a question.
 */
const SAYS_SELF = { readsItself: (typed: string) => readSelfKetua(typed) !== null } as const;

/**
 * The questions in order; the summary comes after the last. The year founded and the
 * meetings are not needed to register: they are offered on the summary's "change" screen.
 */
const ORDER = ['village', 'name', 'type', 'typeOther', 'unit', 'members', 'ketuaName', 'ketuaPhone'] as const;
type Field = (typeof ORDER)[number] | 'founded' | 'schedule';

/** Fields offered on the "change" screen (typeOther is changed through type). */
const EDITABLE = ['type', 'name', 'village', 'unit', 'members', 'founded', 'schedule', 'ketuaName', 'ketuaPhone'] as const satisfies readonly Field[];

const KETUA_BUTTON = 'ketua:same:';

/** A kind of group typed in one to three words of letters ("jimpitan", "kelompok ronda malam"). */
const OTHER_KIND = /^\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,2}$/u;

/** The duplicate name's choices typed in words: "gabung", "pakai nama lain". */
const DUPLICATE_WORDS: ReadonlyArray<ChoiceOption<'join' | 'rename'>> = [
  { id: 'join', words: ['gabung', 'gabung sebagai wakil', 'ikut gabung', 'jadi wakil', 'wakil', 'join'] },
  { id: 'rename', words: ['nama lain', 'pakai nama lain', 'ganti nama', 'beda', 'bukan', 'rename', 'other name'] },
];
/** Words of the duplicate's choice that a question about it names ("gabung itu apa", "wakil ki maksude piye?"). */
const CHOICE_ASKED = /\b(?:gabung\w*|join\w*|wakil\w*|pengurus\w*|co-?leaders?|ketua\w*|nama\s+lain|kelompok\s+itu|artinya)\b/iu;

/**
 * A question typed at the duplicate's choice ("wakil ki maksude piye?", "gabung itu apa",
 * "maksudnya wakil gimana", "gimana ini?"): it asks what the choice means, never makes it. A
 * longer question about something else ("siapa yang lihat data saya?") is not about the choice:
 * the step refuses it and the engine's asides answer it (was answered with the co-leader's
 * explanation), then the choice is asked again.
 */
function asksWhatJoinIs(typed: string): boolean {
  if (/\bmaksu[dt](?:nya|e|ne)?\b/iu.test(typed)) return true;
  return isQuestion(typed) && (CHOICE_ASKED.test(typed) || typed.trim().split(/\s+/u).length <= 3);
}

/**
 * The duplicate name's choice typed: its words, else a yes or no to "is it the same group?"
 * (asked with the duplicate, unless already answered): yes, that group, is joining it; no is
 * another name.
 */
function duplicateChoice(typed: string): 'join' | 'rename' | null {
  const named = matchChoice(typed, DUPLICATE_WORDS);
  if (named !== null) return named;
  const answer = sameGroupAnswer(typed);
  return answer === 'yes' ? 'join' : answer === 'no' ? 'rename' : null;
}

const VILLAGE_BUTTON = 'village:';
/** The group's name typed at the desa question, offered at the name question. */
const TYPED_NAME_BUTTON = 'name:typed';
const PHONE_BUTTON = 'phone:mine';
/** Keeps the number on record after the ketua's name was changed from the summary. */
const KEEP_PHONE_BUTTON = 'phone:keep';
/** At most this many "same ketua as …" buttons. */
const MAX_KETUA_BUTTONS = 3;

function applies(field: Field, data: RegisterData): boolean {
  // A type the name states ("Arisan Melati") or given at the start is not asked.
  if (field === 'type') return data.type === undefined;
  if (field === 'typeOther') return data.type === 'other' && !data.typeOther;
  // Given together with the name ("Siti 0812…") or from another group: not asked again.
  if (field === 'ketuaPhone') return data.ketuaPhone === undefined;
  // Typed where the name was asked ("rt 3 rw 2"): not asked again.
  if (field === 'unit') return data.unit === undefined;
  // Said in the request ("… anggota 25 org, ketuanya bu sri 0812…"): not asked again.
  if (field === 'members') return data.members === undefined;
  if (field === 'ketuaName') return data.ketuaName === undefined;
  return ORDER.some((ordered) => ordered === field);
}

/** Moves on after `field` was answered: the next question, or the summary. */
function advance(field: Field, data: RegisterData): StepOutcome<RegisterData> {
  const pendingOther = field === 'type' && data.type === 'other';
  const pendingPhone = field === 'ketuaName' && data.ketuaPhone === undefined;
  if (data.editing && !pendingOther && !pendingPhone) {
    return { type: 'goto', step: 'summary', data: { ...data, editing: false } };
  }
  const at = ORDER.findIndex((ordered) => ordered === field);
  const next = at === -1 ? undefined : ORDER.slice(at + 1).find((candidate) => applies(candidate, data));
  // A name the request stated is taken as if typed here.
  const statedName = next === 'name' ? data.stated?.name : undefined;
  if (statedName !== undefined) {
    const { name: _taken, ...stated } = data.stated ?? {};
    // Confirmed with the request ("Mendaftarkan “Arisan Ibu-Ibu” …?" ✅): taken even when it is only a kind's words.
    const taken = takeName(statedName, { ...data, stated }, { confirmed: true });
    if (taken.type !== 'invalid') return taken.type === 'stay' ? { ...taken, type: 'goto', step: 'name' } : taken;
  }
  // "ketuanya saya sendiri" said in the request, with no name on record: the person's own name is asked.
  if (next === 'ketuaName' && data.ketuaIsMe === true) return { type: 'goto', step: 'ownName', data };
  return { type: 'goto', step: next ?? 'summary', data };
}

function typeLabel(data: RegisterData): Text | string {
  if (data.type === 'other' && data.typeOther) return data.typeOther;
  return t(`groups:type.${data.type ?? 'other'}`);
}

/** Where the group is, as the summary shows it: "RT 003 / RW 002", "Dusun Krajan", or "seluruh desa". */
function unitShown(unit: AreaUnit | undefined): Text | string {
  const shown = unit ? formatAreaUnit(unit) : '';
  return shown === '' ? t('groups:unit.whole') : shown;
}

function summaryText(data: RegisterData): Text {
  const village = data.village;
  return t('groups:register.summary', {
    type: typeLabel(data),
    name: data.name ?? '',
    village: village ? t('groups:villageLine', { village: village.name, district: village.districtName, regency: village.regencyName }) : '',
    unit: unitShown(data.unit),
    members: data.members ?? 0,
    founded: data.founded ?? t('groups:unknown'),
    schedule: data.schedule ?? t('groups:unknown'),
    leader: data.ketuaName ?? '',
    phone: data.ketuaPhone ?? t('groups:unknown'),
  });
}

/** What the person already told about other groups, from the context effect. */
function knownOf(context: GroupContext): NonNullable<RegisterData['known']> {
  const ketua: KnownKetua[] = [];
  for (const group of context.groups) {
    if (!group.ketuaName || ketua.some((known) => known.name === group.ketuaName && known.phone === group.ketuaPhone)) continue;
    ketua.push({ groupId: group.id, group: group.name, name: group.ketuaName, phone: group.ketuaPhone });
  }
  return {
    villages: context.villages,
    ketua: ketua.slice(0, MAX_KETUA_BUTTONS),
    ...(context.areas.length > 0 && { near: context.areas }),
    ...(context.groups.length > 0 && { groups: context.groups.map((group) => group.id) }),
  };
}

/** The registration flow. */
export const registerGroupFlow = defineFlow<RegisterData>({
  id: REGISTER_GROUP_FLOW_ID,
  // 3: desa, name, then type; the group's own ketua and phone (older states are dropped politely).
  // 4: the person's own area (`known.near`), for the picker to list same-named desa there first.
  // 5: "saya sendiri" at the ketua: the person's own name (ownName step, ketuaIsMe).
  version: 5,
  title: t('menu.registerGroup'),
  // Nothing is saved until the summary: opened again from the menu, a half-done one is offered first.
  keepsDraft: true,
  // The ketua's name and phone are personal data: consent is checked before anything is asked.
  start: (input, env) => {
    const { type, typeOther, name, place, unit, members, ketuaName: said, ketuaPhone, askType, ketuaIsMe } = inputSchema.safeParse(input ?? {}).data ?? {};
    // "ketuanya bu sri wahyuni": the ketua named in the request kept as at its question (Sri Wahyuni).
    const ketuaName = said === undefined ? undefined : ketuaNameKept(said);
    // "ketuanya saya sendiri": the person's name on record, said back, else theirs is asked at the ketua question.
    const self = ketuaIsMe === true && !ketuaName;
    const ownName = self ? env.person.displayName : null;
    const stated = { ...(name && { name }), ...(place && { place }) };
    const data: RegisterData = {
      ...(type && { type }),
      // "saya takmir masjid mau daftar": a Lainnya of that kind, not asked again (as if typed at the type question).
      ...(!type && askType !== true && typeOther && { type: 'other' as const, typeOther }),
      ...(!type && askType === true && { askType: true }),
      ...(Object.keys(stated).length > 0 && { stated }),
      ...(unit && { unit }),
      ...(members && { members }),
      // The ketua's phone only with their name (or the person's own, below): a number alone belongs to nobody yet.
      ...(ketuaName && { ketuaName, ...(ketuaPhone && { ketuaPhone }) }),
      // "ketuanya saya sendiri, 0813…": their phone said with it, not asked again.
      ...(self && { ketuaIsMe: true, ...(ownName && { ketuaName: ownName }), ...(ketuaPhone && { ketuaPhone }) }),
    };
    const saidBack = ownName ? [say(t('groups:register.ketuaIsYou', { name: ownName }))] : [];
    return { step: 'village', data, say: [say(t('groups:register.intro')), ...saidBack], effects: [consentCheck] };
  },
  steps: {
    type: savingWhileEditing('type', questionStep<RegisterData, { readonly type: GroupType; readonly typeOther?: string }>({
      prompt: () => say(t('groups:register.askType'), typeButtons()),
      expects: t('groups:register.expectsType'),
      example: t('groups:register.exampleType'),
      // A kind typed in words is taken as one: a question or a menu entry typed here is not.
      asides: true,
      read: (input) => {
        const type = readType(input);
        if (type.ok) return { ok: true, value: { type: type.value } };
        // "jimpitan", "paguyuban ronda": a kind not on the list is a Lainnya of that name, not refused.
        const typed = textOf(input)?.trim() ?? '';
        const kind = OTHER_KIND.test(typed) && namesAKind(typed) && !isQuestion(typed) && yesOrNo(typed) === null;
        return kind ? { ok: true, value: { type: 'other', typeOther: typed } } : type;
      },
      then: ({ type, typeOther }, { data }) =>
        advance('type', { ...data, type, typeOther: type === 'other' ? (typeOther ?? data.typeOther ?? null) : null }),
    })),
    typeOther: questionStep<RegisterData, string>({
      prompt: () => say(t('groups:register.askTypeOther')),
      expects: t('groups:register.expectsTypeOther'),
      example: t('groups:register.exampleTypeOther'),
      asides: true,
      read: (input) => readFreeText(input, 3, 60),
      then: (typeOther, { data }) => advance('typeOther', { ...data, typeOther }),
    }),
    // "desa sidoarum, ketuanya bu Sri": the ketua kept (./ketua-typed-early.ts), the desa searched.
    village: withConsentGate(
      keepingKetuaTyped<RegisterData>({
        prompt: ({ data }) =>
          say(
            t((data.known?.villages.length ?? 0) > 0 ? 'groups:register.askVillageKnown' : 'groups:register.askVillage'),
            (data.known?.villages ?? []).map((village) => ({ id: `${VILLAGE_BUTTON}${village.code}`, label: villageLabel(village) })),
          ),
        expects: t('groups:register.expectsVillage'),
        example: t('groups:register.exampleVillage'),
        // "berapa biaya daftar?" or "mau daftar kelompok karang taruna" typed here is
        // answered, not searched for as a desa name: a place is asked, read widely.
        asides: 'eager',
        // "lanjut" is a desa's name too (Desa Lanjut, Kab. Lingga): searched, and offered (as the status check does).
        readsResumeWord: saysResumeWord,
        on(input, { data }) {
          const context = GROUP_CONTEXT.result(input);
          if (context) {
            const known = knownOf(context);
            // A desa the request stated is searched at once, as if typed here.
            const place = data.stated?.place;
            if (place !== undefined) {
              const { place: _searched, ...stated } = data.stated ?? {};
              return { type: 'start', flow: VILLAGE_PICKER_FLOW_ID, input: { query: place, groupNameLater: true, ...(data.type === undefined && { groupKindLater: true }) }, data: { ...data, stated, known } };
            }
            return { type: 'stay', data: { ...data, known }, reprompt: true };
          }
          const picked = VILLAGE_PICKED.result(input);
          if (picked) {
            // "PKK Dusun Glugo" typed for the desa: the group's name, offered at its question (a button each).
            const { groupNames, groupKind, ...village } = picked;
            const offer = groupNames !== undefined && groupNames.length > 0 && data.name === undefined && data.stated?.name === undefined;
            // "arisan" typed for the desa: the kind, not asked again (a kind given before stands).
            const kind = data.type === undefined ? GROUP_TYPES.find((known) => known === groupKind) : undefined;
            return advance('village', { ...data, village, ...(offer && { typedNames: groupNames }), ...(kind && { type: kind }) });
          }
          const button = buttonOf(input);
          const known = button?.startsWith(VILLAGE_BUTTON) ? data.known?.villages.find((village) => `${VILLAGE_BUTTON}${village.code}` === button) : undefined;
          if (known) return advance('village', { ...data, village: known });
          const query = textOf(input);
          if (!query) return { type: 'invalid' };
          // "terus?", "hmm": what to type here, said again; not searched as a desa (Teru, Terusan), as at the status check.
          if (followOnOnly(query)) return { type: 'stay', say: [say(t('groups:register.followOnVillage'))], reprompt: true };
          // "iya", "sama kyk td" with one desa offered: that desa, not a search for "iya".
          const taken = takenOffered(query, data.known?.villages ?? []);
          if (taken) return advance('village', { ...data, village: taken });
          // "punten, nami abdi Asep": greeted by name and asked again, not searched (Desa Punten was offered).
          const introduced = introducedAtDesaQuestion<RegisterData>(query);
          if (introduced) return introduced;
          const near = data.known?.near;
          // "lanjut" alone may mean "go on": the desa of that name is offered, saying it is one.
          const resumeWord = saysResumeWord(query) ? [say(t('groups:register.resumeWordPlace', { words: query.trim() }))] : [];
          // A group's name typed here instead ("PKK Dusun Glugo") is kept by the picker for the name question.
          return { type: 'start', flow: VILLAGE_PICKER_FLOW_ID, input: { query, groupNameLater: true, ...(data.type === undefined && { groupKindLater: true }), ...(near && { near: [...near] }) }, say: resumeWord };
        },
      }),
      // Once consent is confirmed: the person's groups and known desa, for one-tap answers.
      (data) => ({ type: 'stay', data, effects: [GROUP_CONTEXT.request(undefined)] }),
    ),
    // "ada yg perlu dikonfirmasi ga": never the group's name (../name-step.ts).
    // "posyandu melati, anggotanya 35": the count kept as the members (./members-with-name.ts).
    name: savingWhileEditing('name', keepingKetuaTyped(keepingMembersWithName(guardingName({
      prompt: ({ data }) =>
        data.kindSaid !== undefined
          ? askSpecificName(data.kindSaid)
          : say(
              [
                data.type ? t('groups:register.askName', { type: typeLabel(data) }) : t('groups:register.askNameAny'),
                ...typedNamesOffered(offeredNames(data)),
              ],
              offeredNames(data).map((name, index) => ({ id: typedNameButton(index), label: verbatim(name) })),
            ),
      expects: t('groups:register.expectsName'),
      example: t('groups:register.exampleName'),
      asides: true,
      on(input, { data }) {
        if (FIND_GROUP_BY_NAME.is(input)) return nameLookedUp(input.value, data);
        // A name typed at the desa question, tapped: taken as if typed here.
        const tapped = offeredNames(data).find((_name, index) => buttonOf(input) === typedNameButton(index));
        if (tapped !== undefined) return takeName(tapped, data);
        const typed = textOf(input);
        // "iya" to the one name offered: that name (it was saved as the group's name "Iya").
        const [only, ...others] = offeredNames(data);
        if (only !== undefined && others.length === 0 && typed !== null && yesOrNo(typed) === 'yes') return takeName(only, data);
        return typed === null ? { type: 'invalid' } : takeName(typed, data);
      },
    }, () => 'group', { shown: nameShown })))),
    // "50 org" typed here: kept as the members (asked next), and the RT/RW asked again; "ketuanya mas Andi, 0856…": the ketua kept.
    unit: savingWhileEditing('unit', keepingKetuaTyped(keepingKetuaPhoneTyped(keepingMembersTyped(questionStep<RegisterData, AreaUnit>({
      prompt: () => say(t('groups:register.askUnit'), [{ id: WHOLE_VILLAGE_BUTTON, label: t('groups:unit.wholeButton') }]),
      expects: t('groups:register.expectsUnit'),
      example: t('groups:register.exampleUnit'),
      help: t('groups:register.helpUnit'),
      read: readUnit,
      // A RW alone for a group whose name states its RT ("Arisan Ibu-Ibu RT 5", then "rw 3"): RT 5 RW 3 (was RT 0).
      then: (unit, { data }) => {
        const rt = unit.rt === 0 && unit.rw > 0 && unit.dusun === '' && data.name !== undefined ? rtOfName(data.name) : 0;
        return advance('unit', { ...data, unit: rt > 0 ? { ...unit, rt } : unit });
      },
    }))))),
    // "rw 5" typed here (the request said RT 3): kept as the group's, and the question asked again.
    // "Posyandu Melati 3": the group's name corrected, asked about (see takingNameCorrection).
    // The ketua's number typed here, her name given earlier: kept (./ketua-phone-early.ts).
    members: savingWhileEditing('members', keepingKetuaTyped(keepingKetuaPhoneTyped(takingNameCorrection('members', keepingUnitTyped({ ...questionStep<RegisterData, PeopleCount>({
      prompt: () => say(t('groups:register.askMembers')),
      expects: t('groups:register.expectsMembers'),
      example: t('groups:register.exampleMembers'),
      // "bentar ya tak itung dulu": acknowledged and asked again (a count is never a question).
      asides: true,
      read: readMemberCount,
      then: (count, { data }) => {
        // "12 kader 3 pengurus": added up, and said back how.
        const next = advance('members', { ...data, members: count.total });
        const added = membersAdded(count);
        return added === null || next.type === 'invalid' ? next : { ...next, say: [added, ...(next.say ?? [])] };
      },
    }),
    // "sabaraha anggotana? kinten2 35 urang": the count asked back and answered is the answer, not a question about members.
    readsWithoutAsides: membersAskedBackAndAnswered }))))),
    founded: savingWhileEditing('founded', keepingUnitTyped(questionStep<RegisterData, number | null>({
      prompt: () => say(t('groups:register.askFounded'), [skipButton]),
      expects: t('groups:register.expectsFounded'),
      example: t('groups:register.exampleFounded'),
      read: (input, { env }) => readFounded(input, env.now),
      then: (founded, { data }) => advance('founded', { ...data, founded }),
    }))),
    schedule: savingWhileEditing('schedule', questionStep<RegisterData, string | null>({
      prompt: () => say(t('groups:register.askSchedule'), [skipButton]),
      expects: t('groups:register.expectsSchedule'),
      example: t('groups:register.exampleSchedule'),
      read: readSchedule,
      then: (schedule, { data }) => advance('schedule', { ...data, schedule }),
    })),
    // "tiap bulan tgl 5": the meeting schedule typed early, kept (./schedule-at-ketua.ts); was the ketua "Tiap Bulan Tgl 5".
    ketuaName: savingWhileEditing('ketuaName', keepingScheduleTyped(guardingName({
      prompt: ({ data }) =>
        say(
          t('groups:register.askKetua'),
          (data.known?.ketua ?? []).map((known) => ({ id: `${KETUA_BUTTON}${known.groupId}`, label: t('groups:register.sameKetua', { group: known.group, name: known.name }) })),
        ),
      expects: t('groups:register.expectsKetua'),
      example: t('groups:register.exampleKetua'),
      help: t('groups:register.helpPhone'),
      asides: true,
      on(input, { data: asked, env }) {
        const { previousPhone: _previous, ...withMe } = asked;
        const kept = keptWhileEditing(input, withMe, 'ketuaName');
        if (kept) return kept;
        const typed = textOf(input);
        // "saya sendiri", "aku ketuanya": the person's own name, never "saya sendiri" as the ketua's.
        const self = typed === null ? null : readSelfKetua(typed);
        if (self) return ketuaIsMe(self, withMe, env.person.displayName);
        const data = notMe(withMe);
        const button = buttonOf(input);
        // "sama kayak ketua MT": the button typed; never a ketua called "sama kayak".
        const same = typed === null ? null : sameKetuaTyped(typed, data.known?.ketua ?? []);
        if (same === 'unclear') return { type: 'invalid', reason: t((data.known?.ketua.length ?? 0) > 0 ? 'groups:register.sameKetuaUnclear' : 'groups:register.ketuaNeedsName') };
        const known = same ?? (button?.startsWith(KETUA_BUTTON) ? data.known?.ketua.find((ketua) => `${KETUA_BUTTON}${ketua.groupId}` === button) : undefined);
        if (known) {
          const next: RegisterData = { ...data, ketuaName: known.name };
          return advance('ketuaName', known.phone ? { ...next, ketuaPhone: known.phone } : withoutPhone(next));
        }
        // "berdiri tahun 2012", "founded in 2012", "2012": no one's name, but the year founded (shown at
        // the summary), kept and said so; the ketua is asked again (the year was refused, then lost).
        const founded = foundedYearTyped(input, env.now);
        if (founded !== null) return { type: 'stay', data: { ...asked, founded }, say: [say(t('groups:register.foundedKept', { year: founded }))], reprompt: true };
        const ketua = readKetua(input);
        if (!ketua.ok) return ketua.reason ? { type: 'invalid', reason: ketua.reason } : { type: 'invalid' };
        const next: RegisterData = { ...data, ketuaName: ketua.value.name };
        if (ketua.value.phone) return advance('ketuaName', { ...next, ketuaPhone: ketua.value.phone });
        // A name corrected while changing it ("Bu Sri" → "Bu Sri Aminah") keeps the phone on
        // record; another person's name, or a first answer, asks for theirs.
        const corrected = data.editing && data.ketuaPhone !== undefined && data.ketuaName !== undefined && sameKetua(data.ketuaName, ketua.value.name);
        // Another name from the summary: its number is asked, the one on record offered to keep.
        const previous = data.editing && data.ketuaPhone !== undefined ? { previousPhone: data.ketuaPhone } : {};
        const outcome = advance('ketuaName', corrected ? next : { ...withoutPhone(next), ...previous });
        // "mas bagus, nomornya nanti sy tanya dulu": said at once why the number is asked all the same.
        return ketua.value.phoneLater && outcome.type === 'goto' && outcome.step === 'ketuaPhone' ? { ...outcome, say: [say(t('groups:register.phoneLater'))] } : outcome;
      },
    }, () => 'person', SAYS_SELF))),
    ownName: guardingName<RegisterData>({
      prompt: ({ env }) => ownNamePrompt(env.person),
      expects: t('groups:register.expectsOwnName'),
      example: t('groups:register.exampleKetua'),
      help: t('groups:register.helpPhone'),
      asides: true,
      on(input, { data, env }) {
        const profile = buttonOf(input) === PROFILE_NAME_BUTTON ? profileNameOf(env.person) : null;
        if (profile) return advance('ketuaName', { ...data, ketuaName: profile, ketuaIsMe: true });
        const typed = textOf(input);
        const self = typed === null ? null : readSelfKetua(typed);
        // "saya sendiri" once more: it is their name that is asked.
        if (self && self.name === null) return { type: 'invalid', reason: t('groups:register.ownNameNeeded') };
        const own = self?.name ? { ok: true as const, value: { name: self.name, phone: self.phone } } : readKetua(input);
        // "iya", "halo": no name; it is their own that is asked (not "the ketua's name first").
        if (!own.ok && typed !== null && /\p{L}/u.test(typed) && !/\d/.test(typed)) return { type: 'invalid', reason: t('groups:register.ownNameNeeded') };
        if (!own.ok) return own.reason ? { type: 'invalid', reason: own.reason } : { type: 'invalid' };
        const phone = own.value.phone ?? data.ketuaPhone;
        const next: RegisterData = { ...withoutPhone(data), ketuaName: own.value.name, ketuaIsMe: true };
        return advance('ketuaName', phone === undefined ? next : { ...next, ketuaPhone: phone });
      },
    }, () => 'person', SAYS_SELF),
    // "Sri Wahyuni 0812…": the name typed with the number read too (./ketua-at-phone.ts).
    ketuaPhone: savingWhileEditing('ketuaPhone', askingOtherKetua(keepingUnitTyped(questionStep<RegisterData, string>({
      prompt: ({ data, env }) =>
        say(data.ketuaIsMe === true ? t('groups:register.askOwnPhone') : t('groups:register.askKetuaPhone', { name: data.ketuaName ?? '' }), [
          ...(data.previousPhone ? [{ id: KEEP_PHONE_BUTTON, label: t('groups:mine.keepPhone', { old: verbatim(data.previousPhone) }) }] : []),
          ...(env.person.phoneE164 ? [{ id: PHONE_BUTTON, label: t('groups:register.usePhone', { phone: verbatim(env.person.phoneE164) }) }] : []),
        ]),
      expects: t('groups:register.expectsPhone'),
      example: t('groups:register.examplePhone'),
      help: t('groups:register.helpPhone'),
      // "iya", "pakai nomor itu" typed for the button take the number offered.
      read: (input, { data, env }) => {
        // "same", "sama", "tetap" after the ketua's name was changed: the number on record stays.
        if (data.previousPhone && takesOfferedPhone(input, KEEP_PHONE_BUTTON)) return { ok: true, value: data.previousPhone };
        if (env.person.phoneE164 && takesOfferedPhone(input, PHONE_BUTTON)) return { ok: true, value: env.person.phoneE164 };
        // "blm tau nomornya", "nanti sy tanya dulu": why the number is needed and how to go on later.
        const typed = textOf(input);
        return typed !== null && saysPhoneLater(typed) ? { ok: false, reason: t('groups:register.phoneLater') } : readPhone(input);
      },
      then: (ketuaPhone, { data: { previousPhone: _previous, ...data } }) => advance('ketuaPhone', { ...data, ketuaPhone }),
    })), {
      take: ({ previousPhone: _previous, ...data }, ketuaName, ketuaPhone, said) => {
        const next = advance('ketuaPhone', { ...data, ketuaName, ketuaPhone });
        return said.length === 0 || next.type === 'invalid' ? next : { ...next, say: [...said, ...(next.say ?? [])] };
      },
    })),
    summary: {
      prompt: ({ data }) =>
        say(summaryText(data), [
          { id: 'save', label: t('groups:register.save') },
          { id: 'change', label: t('groups:register.change') },
          commandButton('cancel'),
        ]),
      expects: t('groups:register.expectsSummary'),
      on(input, ctx) {
        const saved = REGISTER_GROUP.result(input);
        if (saved) return afterRegister(saved, ctx);
        const choice = buttonOf(input) ?? textOf(input)?.toLowerCase();
        if (choice === 'save' || (input.type === 'text' && isSaveAnswer(input.text))) return save(ctx.data);
        if (choice === 'change' || choice === 'ubah') return { type: 'goto', step: 'change' };
        // "pertemuannya tiap malem jumat, berdiri th 2009": each made in turn (./summary-corrections-many.ts).
        const several = input.type === 'text' ? severalCorrections(input.text) : null;
        if (several) return correctAllAtSummary(several, ctx, registrationStep);
        // "jadwal pertemuan", "anggotanya salah, 12 kader": that field, as ✏️ Ubah would open it.
        const correction = input.type === 'text' ? readSummaryCorrection(input.text) : null;
        if (correction) return correctAtSummary(keepingOtherPart(correction, ctx.data.unit), ctx, registrationStep);
        // "aya naon?", "ada apa?": what waits (the save, only on ✅ Simpan), and the summary again (was "Yang saya perlukan: …").
        if (input.type === 'text' && asksWhatWaits(input.text)) return { type: 'stay', say: [say(t('groups:register.summaryWaits'))], reprompt: true };
        return { type: 'invalid' };
      },
    },
    change: {
      prompt: () =>
        say(
          t('groups:register.askChange'),
          EDITABLE.map((field) => ({ id: `edit:${field}`, label: t(`groups:field.${field}`) })),
        ),
      expects: t('groups:register.expectsChange'),
      on(input, ctx) {
        const { data } = ctx;
        const button = buttonOf(input);
        const field = button?.startsWith('edit:') ? EDITABLE.find((editable) => editable === button.slice(5)) : undefined;
        // "the name should be Tunas Muda", "anggotanya 30": read as at the summary, not "one of the buttons".
        const correction = !field && input.type === 'text' ? readSummaryCorrection(input.text) : null;
        if (correction) return correctAtSummary(keepingOtherPart(correction, data.unit), ctx, registrationStep);
        if (!field) return { type: 'invalid' };
        return { type: 'goto', step: field, data: { ...data, editing: true } };
      },
    },
    duplicate: {
      // Asked once whether it is that group: after "ya, kelompok itu" only the choices are left.
      // One's own group: nothing to join; said at once, with the way to it (👥 Kelompok saya).
      prompt: ({ data }) =>
        data.duplicateOf?.own === true
          ? say(t('groups:register.duplicateOwn', { name: data.duplicateOf.name }), [
              openGroupButton(data.duplicateOf.id),
              { id: 'rename', label: t('groups:register.rename') },
              commandButton('cancel'),
            ])
          : say(t(data.duplicateOf?.confirmed === true ? 'groups:register.duplicateConfirmed' : 'groups:register.duplicate', { name: data.duplicateOf?.name ?? '' }), [
          { id: 'join', label: t('groups:register.join') },
          { id: 'rename', label: t('groups:register.rename') },
          commandButton('cancel'),
        ]),
      expects: t('groups:register.expectsDuplicate'),
      on(input, ctx) {
        const { data } = ctx;
        const result = REQUEST_CO_LEADER.result(input);
        if (result) {
          const key = result.kind === 'requested' ? 'groups:register.joinRequested' : 'groups:register.joinExists';
          return { type: 'done', say: [say(t(key, { name: data.duplicateOf?.name ?? '' }))], menu: true };
        }
        const typed = textOf(input);
        // "wakil ki maksude piye?": what joining as co-leader means, then the same choice.
        if (typed !== null && asksWhatJoinIs(typed)) {
          return { type: 'stay', say: [say(t('groups:register.joinExplained', { name: data.duplicateOf?.name ?? '' }))], reprompt: true };
        }
        const choice = buttonOf(input) ?? (typed === null ? null : duplicateChoice(typed));
        // "ya, itu", "gabung" for one's own group: there is nothing to join (it was their name asked, then "Anda sudah terdaftar").
        if (choice === 'join' && data.duplicateOf?.own === true) {
          return { type: 'done', say: [say(t('groups:register.duplicateOwnDone', { name: data.duplicateOf.name }), [openGroupButton(data.duplicateOf.id)])], menu: true };
        }
        // The ketua is asked to approve someone they can recognise: who is asking comes first.
        if (choice === 'join' && data.duplicateOf) return { type: 'goto', step: 'joinWho' };
        if (choice === 'rename') {
          // Back to the name; once renamed, on to where the flow was (or the summary). A dusun or
          // RT/RW read from the name set aside goes with it: the new name is asked its own.
          const { duplicateOf: _duplicate, ...rest } = data;
          const fromName = data.name === undefined ? null : unitFromName(data.name);
          const unitFromOldName = fromName !== null && data.unit !== undefined && formatAreaUnit(fromName) === formatAreaUnit(data.unit);
          const { unit: _unit, ...withoutUnit } = rest;
          return { type: 'goto', step: 'name', data: { ...(unitFromOldName ? withoutUnit : rest), editing: data.members !== undefined && !unitFromOldName } };
        }
        return { type: 'invalid' };
      },
    },
    maybeSame: {
      prompt: ({ data }) => maybeSamePrompt(data.maybeSame),
      expects: t('groups:register.expectsMaybeSame'),
      on(input, { data }) {
        const answer = readMaybeSame(input);
        const { maybeSame, ...rest } = data;
        if (!maybeSame || answer === null) return { type: 'invalid' };
        // That group: what an exact name finds, joining it as co-leader or another name.
        if (answer === 'yes') return { type: 'goto', step: 'duplicate', data: { ...rest, duplicateOf: duplicateOf(rest, { id: maybeSame.id, name: maybeSame.name, confirmed: true }) } };
        // Another group: registered as it would have been without the question.
        return nameIsNew(rest);
      },
    },
    joinWho: guardingName<RegisterData>({
      prompt: ({ data }) => say(t('groups:register.askJoinWho', { name: data.duplicateOf?.name ?? '' })),
      expects: t('groups:register.expectsJoinWho'),
      asides: true,
      on(input, { data, env }) {
        const result = REQUEST_CO_LEADER.result(input);
        if (result) {
          const key = result.kind === 'requested' ? 'groups:register.joinRequested' : 'groups:register.joinExists';
          return { type: 'done', say: [say(t(key, { name: data.duplicateOf?.name ?? '' }))], menu: true };
        }
        const typed = textOf(input);
        // "saya sendiri", "aku": who asks is the person, by the name typed after it or the one on
        // record (never a request from "saya sendiri"); without either, their name is asked.
        const self = typed === null ? null : readSelfKetua(typed);
        const ownName = self === null ? null : (self.name ?? env.person.displayName);
        if (self !== null && ownName === null) return { type: 'invalid', reason: t('groups:register.ownNameNeeded') };
        const who: ReturnType<typeof readKetua> = self !== null && ownName !== null ? { ok: true, value: { name: ownName, phone: self.phone } } : readKetua(input);
        // "nggih gabung", "iya": no name; it is the person's own that is asked (not the ketua's).
        if (!who.ok && typed !== null && /\p{L}/u.test(typed) && !/\d/.test(typed)) return { type: 'invalid', reason: t('groups:register.ownNameNeeded') };
        if (!who.ok) return who.reason ? { type: 'invalid', reason: who.reason } : { type: 'invalid' };
        if (!data.duplicateOf) return { type: 'invalid' };
        return {
          type: 'stay',
          effects: [REQUEST_CO_LEADER.request({ groupId: data.duplicateOf.id, leaderName: who.value.name, ...(who.value.phone ? { phone: who.value.phone } : {}) })],
        };
      },
    }, () => 'person', SAYS_SELF),
  },
});

/**
 * "simpan" typed at a question opened from the summary (✏️ Ubah): the summary's own "simpan",
 * so the field stays as it was (said so) and the group is saved, as the summary saves it. It
 * was refused at the year ("tulis tahunnya") and kept as the meetings ("Pertemuan: simpan").
 * A plain yes is left to the step. Any other answer is the step's.
 */
function savingWhileEditing(field: (typeof EDITABLE)[number], step: StepDef<RegisterData>): StepDef<RegisterData> {
  return {
    ...step,
    on(input, ctx) {
      const typed = textOf(input);
      if (ctx.data.editing !== true || typed === null || !isSaveAnswer(typed) || yesOrNo(typed) === 'yes') return step.on(input, ctx);
      // A new ketua's number was being asked: the one on record stays with them, as "tetap" keeps it.
      const { previousPhone, ...data } = ctx.data;
      const kept: RegisterData = { ...data, editing: false, ...(data.ketuaPhone === undefined && previousPhone !== undefined && { ketuaPhone: previousPhone }) };
      const saved = save(kept);
      const note = say(t('groups:mine.unchanged', { field: t(`groups:field.${field}`) }));
      return saved.type === 'stay' ? { type: 'goto', step: 'summary', data: kept, say: [note], ...(saved.effects && { effects: saved.effects }) } : saved;
    },
  };
}

/** A step of the registration, for a correction typed at the summary to be read by it. */
function registrationStep(step: string): StepDef<RegisterData> | undefined {
  return registerGroupFlow.steps[step];
}

/** No group of the desa has the name: on with the type the name states, then the next question. */
/**
 * The group's name typed (or stated in the request): checked, kept, and looked up in the desa
 * (the lookup's result reaches the name step). An RT/RW typed as the name is kept as the
 * RT/RW and the name asked again; so is a kind typed alone, and the group's own name asked
 * (unless `confirmed`: the request's name the person confirmed).
 */
function takeName(typed: string, data: RegisterData, { confirmed = false }: { readonly confirmed?: boolean } = {}): StepOutcome<RegisterData> {
  // "cek status desa timbulharjo": a request, not a name; refused, it is read as the request (a side trip).
  if (nameIsStatusRequest(typed)) return { type: 'invalid', reason: t('groups:register.nameIsStatusRequest') };
  // "ya td kan udh sy tulis, arisan ibu2 rt 4", "nama kelompok kami: Arisan Melati": the name after the reminder or the words that introduce it.
  const name = readFreeText({ type: 'text', text: nameAfterIntro(withoutSaidAlready(typed)) }, 3, 80);
  if (!name.ok) return name.reason ? { type: 'invalid', reason: name.reason } : { type: 'invalid' };
  const unit = unitInsteadOfName(name.value);
  if (unit) {
    // "rt 3 rw 2" is where the group meets, not what it is called: kept, and not asked again.
    return { type: 'stay', data: { ...data, unit }, say: [say(t('groups:register.unitNotName', { unit: formatAreaUnit(unit) }))], reprompt: true };
  }
  // "about 25 young people", "sekitar 30 orang": the next question's answer, not a name: kept, said back, and the name asked again.
  const members = data.members === undefined ? membersTypedAtUnit(name.value) : null;
  if (members !== null) return { type: 'stay', data: { ...data, members }, say: [say(t('groups:register.membersNotName', { count: members }))], reprompt: true };
  // "mt nurul huda rt 7 rw 2": capitals as on a form ("MT Nurul Huda RT 7 RW 2"), as a name from the request gets.
  const asTyped = nameAsTyped(name.value);
  // "posyandu": a kind, no name; kept, and the group's own name asked.
  const kindOnly = confirmed ? null : kindOnlyName(asTyped);
  if (kindOnly !== null) return { type: 'stay', data: { ...data, kindSaid: kindOnly }, reprompt: true };
  // "Melati 3" asked after "posyandu": "Posyandu Melati 3".
  const typedName = nameWithKind(asTyped, data.kindSaid);
  // "PKK Dusun Glugo": the dusun the name states is where the group is (not asked again).
  const stated = data.unit === undefined ? unitFromName(typedName) : null;
  // A name is given: those typed at the desa question are no longer offered, nor is the kind said alone.
  const { typedName: _offered, typedNames: _offeredNames, kindSaid: _kind, ...rest } = data;
  const next = { ...rest, name: typedName, ...(stated && { unit: stated }) };
  // Said back, so that the person knows the question was not forgotten (✏️ Ubah changes it at the summary).
  const statedSaid = stated ? [say(t('groups:register.unitFromName', { unit: unitShown(stated) }))] : [];
  if (!data.village) {
    const advanced = advance('name', next);
    return advanced.type === 'invalid' ? advanced : { ...advanced, say: [...statedSaid, ...(advanced.say ?? [])] };
  }
  const rw = next.unit?.rw ?? 0;
  return { type: 'stay', data: next, say: statedSaid, effects: [FIND_GROUP_BY_NAME.request({ villageCode: data.village.code, name: typedName, ...(rw > 0 && { rw }) })] };
}

/** The desa's group of the name typed, looked up (FIND_GROUP_BY_NAME): a duplicate asked about, else on with the name. */
function nameLookedUp(existing: FindByNameResult, data: RegisterData): StepOutcome<RegisterData> {
  // Found right after the name is typed, not at the end.
  if (existing?.kind === 'same') return { type: 'goto', step: 'duplicate', data: { ...data, duplicateOf: duplicateOf(data, { id: existing.id, name: existing.name }) } };
  // The same name but for an RT/RW only one of them carries: asked, not doubled silently.
  if (existing?.kind === 'areaSuffix') return { type: 'goto', step: 'maybeSame', data: { ...data, maybeSame: { id: existing.id, name: existing.name, unit: existing.unit } } };
  return nameIsNew(data);
}

/**
 * `step` (the members question), where a group's name typed instead ("Posyandu Melati 3" right
 * after "Posyandu Melati": the person correcting it) was refused as no count. It is asked about
 * with the name steps' question ("Namanya …?", ../name-step.ts askingName); ✅ takes it as the
 * name question does (looked up in the desa: a duplicate is asked about) and comes back here
 * (left out of `kembali`'s way: it was this question all along); ✏️ asks the count again.
 */
function takingNameCorrection(at: Field, step: StepDef<RegisterData>): StepDef<RegisterData> {
  // Back at this question after the name was taken: not a second entry of it in `kembali`'s history.
  const stayingHere = (outcome: StepOutcome<RegisterData>): StepOutcome<RegisterData> =>
    outcome.type === 'goto' && outcome.step === at ? { ...outcome, passed: true } : outcome;
  const asking = askingName(step, {
    named: (typed) => (readsAsName(typed, 'group') ? nameShown(typed, 'group') : null),
    take: (name, { data }) => stayingHere(takeName(name, data, { confirmed: true })),
  });
  return {
    ...asking,
    on: (input, ctx) => (FIND_GROUP_BY_NAME.is(input) ? stayingHere(nameLookedUp(input.value, ctx.data)) : asking.on(input, ctx)),
  };
}

function nameIsNew(data: RegisterData): StepOutcome<RegisterData> {
  // "Jenis lain" after a guess: the name's kind word ("Pengajian …") was that guess, so the type is asked.
  const type = data.type ?? (data.askType === true ? undefined : (typeFromName(data.name ?? '') ?? undefined));
  return advance('name', type ? { ...data, type } : data);
}

/** Whether a changed ketua name is the same person's, spelled better: one holds the other, or a typo apart. */
function sameKetua(before: string, after: string): boolean {
  const [a, b] = [normalizeName(before), normalizeName(after)];
  return a.includes(b) || b.includes(a) || editDistance(a, b) <= 2;
}

/**
 * The person chairs the group: the name typed after "saya sendiri", else the one the bot knows
 * as theirs (said back, so a wrong one is changed on the summary), else their name is asked.
 * A phone typed with it is kept; otherwise theirs is asked (their chat's own number offered).
 */
function ketuaIsMe(self: SelfKetua, data: RegisterData, knownName: string | null): StepOutcome<RegisterData> {
  const base: RegisterData = { ...withoutPhone(data), ketuaIsMe: true, ...(self.phone === null ? {} : { ketuaPhone: self.phone }) };
  const name = self.name ?? knownName;
  if (name === null) return { type: 'goto', step: 'ownName', data: base };
  const outcome = advance('ketuaName', { ...base, ketuaName: name });
  if (self.name !== null || outcome.type !== 'goto') return outcome;
  return { ...outcome, say: [say(t('groups:register.ketuaIsYou', { name }))] };
}

/**
 * "Sama", "tetap", "gak berubah" typed while changing the ketua from the summary: it stays as it
 * was, said so, and the summary comes back (never a ketua called "sama"). Null otherwise. (Not
 * at the group's name: after "nama lain" the name on record is the one taken.)
 */
function keptWhileEditing(input: StepInput, data: RegisterData, field: 'ketuaName'): StepOutcome<RegisterData> | null {
  const typed = textOf(input);
  if (data.editing !== true || data[field] === undefined || typed === null || !isUnchangedAnswer(typed)) return null;
  return { type: 'goto', step: 'summary', data: { ...data, editing: false }, say: [say(t('groups:mine.unchanged', { field: t(`groups:field.${field}`) }))] };
}

/** The data without "the ketua is me": another person's name was given. */
function notMe(data: RegisterData): RegisterData {
  const { ketuaIsMe: _me, ...rest } = data;
  return rest;
}

/** The data without a ketua phone, so that the phone question is asked. */
function withoutPhone(data: RegisterData): RegisterData {
  const { ketuaPhone: _phone, ...rest } = data;
  return rest;
}

/**
 * Saves what the flow collected, checked by the very schema the handler checks it with. The
 * questions set every required field before the summary; should one be missing all the
 * same, it is asked again rather than sent.
 */
function save(data: RegisterData): StepOutcome<RegisterData> {
  const payload = REGISTER_GROUP.schema.safeParse({
    type: data.type,
    typeOther: data.typeOther ?? null,
    name: data.name,
    villageCode: data.village?.code,
    unit: data.unit ?? { rw: 0, rt: 0, dusun: '' },
    memberCount: data.members,
    foundedYear: data.founded ?? null,
    meetingSchedule: data.schedule ?? null,
    ketuaName: data.ketuaName,
    ketuaPhone: data.ketuaPhone ?? null,
    ...(data.ketuaIsMe === true ? { ketuaIsMe: true } : {}),
  });
  if (payload.success) return { type: 'stay', effects: [REGISTER_GROUP.request(payload.data)] };
  const missing = (['village', 'name', 'type', 'members', 'ketuaName'] as const).find((field) => data[field] === undefined);
  return missing ? { type: 'goto', step: missing, data: { ...data, editing: true } } : { type: 'invalid' };
}

function afterRegister(result: RegisterGroupResult, { data }: Ctx): StepOutcome<RegisterData> {
  if (result.kind === 'duplicate') return { type: 'goto', step: 'duplicate', data: { ...data, duplicateOf: duplicateOf(data, result.existing) } };
  return {
    type: 'done',
    say: [say([t('groups:register.saved', { name: result.group.name }), t('groups:register.pendingVerification')])],
    menu: true,
  };
}
