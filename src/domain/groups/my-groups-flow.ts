/**
 * "Kelompok saya": a leader lists their own groups, sees one, changes any field (type, name,
 * desa, RT/RW, members, year founded, meetings, ketua, ketua's phone), or deactivates it.
 * A new name another group of the desa has but for an RT/RW only one of the two carries asks
 * "is it that group?" first, as registration does; so does a new desa where a group has the
 * group's name but for such an RT/RW (the same name there is refused).
 * A change said without a verb ("anggotanya 8 orang", "ketuanya sekarang bu Rini 0812…"), at the
 * menu or at the group's screen, is asked about before it is saved (confirmChange); one asked with
 * a verb ("ubah anggota jadi 8") is saved at once.
 * A new name, type, desa or ketua goes back to the officer for verification (the ketua's phone
 * alone does not: it is contact data, and the leader is told the status stays); a rejected group
 * shows the officer's reason and, once fixed, is sent back with "📤 Kirim ulang". Only their own
 * groups: the list comes from their memberships, and every change is re-checked by the effect
 * handlers.
 */
import { commandButton } from '../../core/engine/commands.js';
import { entryButton } from '../../core/menu.js';
import { defineFlow, type CancelledWithin, type DeepLinkInput, type FlowEnv, type StepInput, type StepOutcome } from '../../core/engine/flow.js';
import { say, type Button, type OutboundMessage } from '../../core/messages.js';
import { t, verbatim, type Text } from '../../core/text.js';
import { buttonOf, readFreeText, skipButton, textOf, type Answer } from '../flow-kit.js';
import { guardingName, type NameAsked } from '../name-step.js';
import { nameQuestion, withoutQuestionMark, type NameKind } from '../parse/name-question.js';
import { expandUuid } from '../model/compact-uuid.js';
import { consentCheck, withConsentGate, type ConsentGated } from '../privacy/consent-gate.js';
import { isResubmitAnswer, yesOrNo } from '../parse/yes-no.js';
import { isUnchangedAnswer } from '../parse/unchanged.js';
import { formatAreaUnit } from '../parse/area-unit.js';
import { matchChoice } from '../parse/choice.js';
import type { VillageInfo } from '../model/regions.js';
import { VILLAGE_PICKED, VILLAGE_PICKER_FLOW_ID } from '../regions/village-picker-flow.js';
import { DEACTIVATE_GROUP, FIND_GROUP_BY_NAME, LIST_MY_GROUPS, RESUBMIT_GROUP, UPDATE_GROUP, type FindByNameResult, type GroupChangeResult } from './effects.js';
import { maybeSamePrompt, readMaybeSame, type MaybeSameGroup } from './maybe-same.js';
import { membersChangedBy } from './members-changed-by.js';
import { WHOLE_VILLAGE_BUTTON, foundedYearTyped, readFounded, readKetua, readMembers, readPhone, readSchedule, readType, readUnit, takesOfferedPhone, typeButtons, unitInsteadOfName, nameIsStatusRequest, nameAfterIntro, nameShown } from './group-answers.js';
import { nameAsTyped } from '../parse/group-name.js';
import { saysPhoneLater } from '../parse/phone-later.js';
import { samePersonName } from '../parse/without-honorific.js';
import { groupRef, groupsNamed, itemNamed, pickItem } from './group-ref.js';
import { listPosition } from '../parse/list-position.js';
import { PROFILE_NAME_BUTTON, ownNamePrompt, profileNameOf, readSelfKetua, type SelfKetua } from './self-ketua.js';
import type { GroupChanges, GroupView } from '../model/groups.js';
import { reopenedByName } from '../own-entry.js';
import { EDIT_FIELDS, FIELD_WORDS, fieldAndValue, fieldAsked, isChangeWithoutVerb, isGroupEndSaidHere, otherFieldAsked, type ChangeSaid } from './change-said.js';
import { CHANGE_NO_BUTTON, CHANGE_YES_BUTTON, changeConfirmPrompt, changeKeptLine, changeWaitsSaid, valueWhichPrompt } from './change-confirm.js';
import { fieldsHolding, groupHoldingWrong, valueCorrected, valueInstead } from './value-corrected.js';
import { asksWhatWaits } from '../parse/what-waits-asked.js';
import { keepingOtherPart, readSummaryCorrection } from './summary-correction.js';
import { unitTypedAtNumber } from './unit-at-number.js';
import { confirmationMeaningAsked, confirmationsAnswered, confirmationsAsked } from './confirmations-waiting.js';
import { groupActivitiesAsked } from './activities-asked.js';
import { MY_ACTIVITIES_FLOW_ID, type GroupActivitiesInput } from '../model/my-activities.js';
import { missingAnswered, missingRequested } from './missing-status.js';
import { groupStateAsked } from './state-asked.js';

export const MY_GROUPS_FLOW_ID = 'group.mine';

type ChangeField = (typeof EDIT_FIELDS)[number];
type EditField = ChangeField | 'typeOther';

interface MyGroupsData extends ConsentGated, NameAsked {
  /** The group a notice's button asked to open (its id), until the list arrives. */
  readonly open?: string;
  readonly groups?: readonly GroupView[];
  readonly selected?: GroupView;
  readonly field?: EditField;
  /**
   * A new desa picked: the group's name is looked up there (and perhaps asked about), then its
   * RT/RW is asked before the change is saved.
   */
  readonly village?: VillageInfo;
  /** A new ketua typed without a phone: their phone is asked before both are saved. */
  readonly newKetua?: string;
  /** The new ketua is the person themself ("saya sendiri"): their name is asked unless known, and kept as theirs. */
  readonly ketuaIsMe?: boolean;
  /** 📤 pressed with nothing fixed since the rejection: a second press sends it back as it is. */
  readonly unchangedAsked?: boolean;
  /** A new name typed, looked up among the desa's groups (and perhaps asked about) before it is saved. */
  readonly newName?: string;
  /**
   * Another group named so but for an RT/RW only one of the names carries: "is it that group?"
   * is asked, of the new name (`newName`) or of the group's name in the new desa (`village`).
   */
  readonly maybeSame?: MaybeSameGroup;
  /**
   * A change said at the menu ("anggota kami sekarang jadi 35"), made once the group is known;
   * said without a verb ("anggotanya 8 orang"), asked about first (the confirmChange step).
   */
  readonly change?: string;
  /** One's own group's state asked at the menu ("kelompok saya udah diverifikasi belum?"): said first, once the groups are read. */
  readonly stateAsked?: true;
  /** A year typed for the new ketua ("tahun 2012"), being saved as the year founded: then the ketua is asked again. */
  readonly foundedKept?: number;
  /** An RT/RW typed at a number question ("rw 5" for the members), being saved as the group's: then that question is asked again. */
  readonly unitKept?: boolean;
  /** A change asked about before it is saved (the confirmChange step, of the group selected): its field and its value as said. */
  readonly confirm?: { readonly field: ChangeField; readonly value: string };
  /** The group whose screen that change was typed at: ❌ Tidak goes back to it (none: said at the menu, the flow ends). */
  readonly screen?: string;
}

/**
 * The data without the change being made: its field, a new desa, a new ketua (or oneself as it),
 * a change said at the menu, and one asked about with the screen it was typed at. Each way into
 * another change or back to the group's screen starts from it, so nothing of the last one leaks in.
 */
function withoutChange(data: MyGroupsData): MyGroupsData {
  const { field: _field, village: _village, newKetua: _newKetua, ketuaIsMe: _me, change: _change, confirm: _confirm, screen: _screen, ...rest } = data;
  return rest;
}

/** Keeps the phone on record with a new ketua (a number the group shares, say). */
const KEEP_PHONE_BUTTON = 'phone:keep';
/** The person's own number (WhatsApp's, or the one on record) for themself as the new ketua. */
const MY_PHONE_BUTTON = 'phone:mine';

function readChange(field: EditField, input: StepInput, data: MyGroupsData, env: FlowEnv): Answer<GroupChanges> {
  const now = env.now;
  const map = <V>(answer: Answer<V>, changes: (value: V) => GroupChanges): Answer<GroupChanges> =>
    answer.ok ? { ok: true, value: changes(answer.value) } : answer;
  switch (field) {
    case 'type':
      return map(readType(input), (type) => ({ type }));
    case 'typeOther':
      return map(readFreeText(input, 3, 60), (typeOther) => ({ type: 'other', typeOther }));
    case 'name': {
      const typed = textOf(input);
      // "cek status desa timbulharjo": a request renames nothing (as at registration, where it was saved as the name).
      if (typed !== null && nameIsStatusRequest(typed)) return { ok: false, reason: t('groups:mine.nameIsStatusRequest') };
      // "namanya Posyandu Melati II": the name after the words that introduce it, capitals as at registration.
      const read = readFreeText(typed === null ? input : { type: 'text', text: nameAfterIntro(typed) }, 3, 80);
      const name: Answer<string> = read.ok ? { ok: true, value: nameAsTyped(read.value) } : read;
      // "rt 3 rw 2" is where the group meets, not a new name (as at the registration's name question).
      const unit = name.ok ? unitInsteadOfName(name.value) : null;
      if (unit) return { ok: false, reason: t('groups:mine.unitNotName', { unit: formatAreaUnit(unit) }) };
      return map(name, (value) => ({ name: value }));
    }
    case 'unit':
      return map(readUnit(input), (unit) => (data.village ? { villageCode: data.village.code, unit } : { unit }));
    case 'members':
      return map(readMembers(input), (memberCount) => ({ memberCount }));
    case 'founded':
      return map(readFounded(input, now), (foundedYear) => ({ foundedYear }));
    case 'schedule':
      return map(readSchedule(input), (meetingSchedule) => ({ meetingSchedule }));
    case 'ketuaName':
      return map(readKetua(input), (ketua) => (ketua.phone ? { ketuaName: ketua.name, ketuaPhone: ketua.phone } : { ketuaName: ketua.name }));
    case 'ketuaPhone': {
      const newKetua = data.newKetua;
      // "tetap", "sama" typed for the button: the number on record stays, with the new ketua.
      if (newKetua !== undefined && (buttonOf(input) === KEEP_PHONE_BUTTON || saysUnchanged(input))) return { ok: true, value: { ketuaName: newKetua } };
      // "nomornya belum tau, nanti ya": why the new ketua's number is needed, and that nothing changed yet.
      const typed = textOf(input);
      if (newKetua !== undefined && typed !== null && saysPhoneLater(typed)) return { ok: false, reason: t('groups:mine.phoneLater') };
      const mine = data.ketuaIsMe === true && takesOfferedPhone(input, MY_PHONE_BUTTON) ? env.person.phoneE164 : null;
      const phone: Answer<string> = mine ? { ok: true, value: mine } : readPhone(input);
      return map(phone, (ketuaPhone) => (newKetua === undefined ? { ketuaPhone } : { ketuaName: newKetua, ketuaPhone }));
    }
    case 'village':
      return { ok: false };
  }
}

/** The name the edit step asks for: the group's (✏️ Nama), a person's (✏️ Ketua, or one's own after "saya sendiri"), or none. */
function nameAskedAt(data: MyGroupsData): NameKind | null {
  return data.field === 'name' ? 'group' : data.field === 'ketuaName' ? 'person' : null;
}

/** A typed "unchanged" ("sama", "tetap", "masih sama"): see ../parse/unchanged.ts. */
function saysUnchanged(input: StepInput): boolean {
  const typed = textOf(input);
  return typed !== null && isUnchangedAnswer(typed);
}

/**
 * A change typed with its value: read as the field's own question reads it, and saved (or, a new
 * ketua without a phone, their phone asked). `atScreen`: typed at the group's screen, where one
 * said without a verb is asked about first, as at the menu. Null when the words name no field,
 * the field is chosen otherwise (desa, type), or the value does not read.
 */
function changeWithValue(typed: string, data: MyGroupsData, env: FlowEnv, atScreen = false): StepOutcome<MyGroupsData> | null {
  // At the group's screen also a field and a value plainly its own ("anggotanya 30", "rt/rw nya pindah ke rt 2 rw 3"),
  // or said wrong with the right value, read as the registration's summary reads them ("jadwalnya salah, tiap
  // malam jumat" was saved as "salah, tiap malam jumat"; "rw nya salah, harusnya rw 4" and "rt nya 3": the other part stays).
  const said = data.selected ? correctedWithValue(typed, data.selected) : fieldAndValue(typed);
  if (said === null || said.field === 'village' || said.field === 'type') return null;
  // Another of their groups named ("ganti nama kelompok tunas muda jadi …" at Arisan Melati's
  // screen): the change is for that one, opened with it, not made to the group on screen.
  // Asked first ("Ubah jumlah anggota Karang Taruna … dari 40 jadi 30?"): never made to another group than the one on screen unseen.
  const other = groupNamedIn(said.group, data.groups);
  if (other && data.selected && other.id !== data.selected.id) {
    return askedFirst(other, said.field, said.value, data, env, data.selected.id) ?? opened({ ...data, selected: other, change: typed }, env, false);
  }
  // Said without a verb, a change may be a remark, so it is asked about first, as at the menu: at the
  // group's screen any ("anggotanya 30", "ketuanya sekarang bu Rini 0812…" were saved at once), and
  // anywhere a new ketua without a phone ("ketuanya bukan bu ani tapi bu sri" was straight on to Bu
  // Sri's phone, the ketua replaced). Asked with a verb ("ubah anggota jadi 30") it is made.
  const ketuaAlone = said.field === 'ketuaName' && !/\d/u.test(said.value);
  if ((atScreen || ketuaAlone) && data.selected && isChangeWithoutVerb(typed)) {
    const asked = askedFirst(data.selected, said.field, said.value, data, env, data.selected.id);
    if (asked) return asked;
  }
  return makeChange(said.field, said.value, data, env);
}

/**
 * The change of `field` to `value` (as said) made to the group selected, read as the field's own
 * question reads it, and saved (or, a new ketua without a phone, their phone asked). Null when
 * the value does not read.
 */
function makeChange(field: ChangeField, value: string, data: MyGroupsData, env: FlowEnv): StepOutcome<MyGroupsData> | null {
  const said = { field, value };
  const editing: MyGroupsData = { ...withoutChange(data), field };
  // "namanya ada yg perlu dikonfirmasi ga": no name (read as anything else it may be); one that may be a name is asked about at ✏️ Nama.
  const kind = nameAskedAt(editing);
  const asked = kind === null ? null : nameQuestion(said.value, kind);
  if (kind !== null && asked === 'question') return { type: 'goto', step: 'edit', data: editing, say: [say(t(`flow.nameIsQuestion.${kind}`))] };
  if (kind !== null && asked === 'unsure') return { type: 'goto', step: 'edit', data: { ...editing, nameAsked: nameShown(withoutQuestionMark(said.value), kind) } };
  // "ganti ketua jadi saya sendiri": the person themself, as ✏️ Ketua reads it (was a ketua named "Saya Sendiri").
  const self = field === 'ketuaName' ? readSelfKetua(said.value) : null;
  if (self) return fromEditStep(ketuaIsMe(self, editing, env.person.displayName), editing);
  const change = readChange(field, { type: 'text', text: field === 'ketuaName' ? selfNamed(said.value) : said.value }, editing, env);
  if (!change.ok) return null;
  const saved = saveChange(field, change.value, editing, []);
  // Saved from the edit step, which reads the save's result (or asks a new ketua's phone).
  return saved.type === 'stay' ? { type: 'goto', step: 'edit', data: saved.data ?? editing, ...(saved.effects && { effects: saved.effects }) } : saved;
}

/** `outcome` of the edit step's own readers, made from elsewhere: a stay there is the edit step shown (or its question asked again). */
function fromEditStep(outcome: StepOutcome<MyGroupsData>, editing: MyGroupsData): StepOutcome<MyGroupsData> {
  if (outcome.type !== 'stay') return outcome;
  return { type: 'goto', step: 'edit', data: outcome.data ?? editing, ...(outcome.effects && { effects: outcome.effects }), ...(outcome.say && { say: outcome.say }) };
}

/** What the change of `field` to `value` would set in `group`, read as makeChange reads it, or null when it does not read. */
function changesOf(field: ChangeField, value: string, group: GroupView, data: MyGroupsData, env: FlowEnv): GroupChanges | null {
  if (field === 'village' || field === 'type') return null;
  // A name or ketua that may be a question is asked about at its own question (makeChange), not here.
  if ((field === 'name' || field === 'ketuaName') && nameQuestion(value, field === 'name' ? 'group' : 'person') !== null) return null;
  // "ketuanya saya sendiri" with no name: no value to ask about, the person themself (makeChange).
  if (field === 'ketuaName' && readSelfKetua(value)?.name === null) return null;
  const change = readChange(field, { type: 'text', text: field === 'ketuaName' ? selfNamed(value) : value }, { ...data, selected: group, field }, env);
  return change.ok ? change.value : null;
}

/**
 * The change of `field` to `value` for `group`, asked about before it is saved (the confirmChange
 * step); `screen`: the group on screen when it was said, shown again on ❌ Tidak. Null when the
 * value does not read.
 */
function askedFirst(group: GroupView, field: ChangeField, value: string, data: MyGroupsData, env: FlowEnv, screen?: string): StepOutcome<MyGroupsData> | null {
  return changesOf(field, value, group, data, env) === null ? null : confirmAsked(group, field, value, data, screen);
}

/** The confirmChange step for a change of `group` already read (see {@link askedFirst}). */
function confirmAsked(group: GroupView, field: ChangeField, value: string, data: MyGroupsData, screen?: string): StepOutcome<MyGroupsData> {
  return { type: 'goto', step: 'confirmChange', data: { ...withoutChange(data), selected: group, confirm: { field, value }, ...(screen !== undefined && { screen }) } };
}

/**
 * A value corrected with no field named ("bukan 25 tapi 8"): the one field of the leader's groups
 * holding the wrong value (the group on screen's first, `screen`) asked to be changed; none or
 * several, which is asked (`which` says where). Null when `typed` is no such correction.
 */
function valueCorrection(
  typed: string,
  data: MyGroupsData,
  env: FlowEnv,
  which: (message: OutboundMessage) => StepOutcome<MyGroupsData>,
  screen?: GroupView,
  among: readonly GroupView[] = data.groups ?? [],
): StepOutcome<MyGroupsData> | null {
  const said = valueCorrected(typed);
  if (said === null) return null;
  // Each field read once: those the right value reads for, one of them asked about as it is.
  const holding = fieldsHolding(said.wrong, among, screen).filter(({ group, field }) => changesOf(field, said.right, group, data, env) !== null);
  const one = holding.length === 1 ? holding[0]! : null;
  return one ? confirmAsked(one.group, one.field, said.right, data, screen?.id) : which(valueWhichPrompt(said, holding));
}

/**
 * A new ketua said as the person themself with their name ("abdi nyalira, Asep Saepudin 0813…",
 * "saya sendiri, Bu Siti"): that name and phone, as ✏️ Ketua reads it (was kept whole, "abdi
 * nyalira, Asep Saepudin" asked a phone for). Anything else as typed.
 */
function selfNamed(value: string): string {
  const self = readSelfKetua(value);
  return self?.name ? [self.name, self.phone].filter((part) => part !== null).join(' ') : value;
}

/**
 * A change with its value as the registration's summary reads one ("ganti ketua jadi …",
 * "anggotanya salah, 12 kader", "pertemuannya tiap malam jumat", "rw nya 05 bukan 04"), an RT or
 * RW said alone keeping the other part, and the group it names, if any ("ubah jumlah anggota
 * tunas muda jadi 45").
 */
function correctedWithValue(typed: string, group: GroupView): ChangeSaid | null {
  const correction = readSummaryCorrection(typed);
  if (correction === null || correction.value === null) return null;
  const value = keepingOtherPart(correction, group.unit).value;
  if (value === null) return null;
  const named = fieldAndValue(typed);
  return named?.group !== undefined && named.field === correction.field ? { field: correction.field, value, group: named.group } : { field: correction.field, value };
}

/**
 * A change of another field with its value ("founded in 2012", "anggotanya 40", "ketuanya pak
 * Slamet" for a new name) typed where a new name or ketua is asked: that change is made, and the
 * person told that the name or ketua was not changed. Null for anything else (a name).
 */
function otherChangeInstead(typed: string, field: 'name' | 'ketuaName', data: MyGroupsData, env: FlowEnv): StepOutcome<MyGroupsData> | null {
  const said = data.selected ? correctedWithValue(typed, data.selected) : null;
  if (said === null || said.field === field || said.field === 'village' || said.field === 'type' || said.field === 'name') return null;
  // A new ketua's phone with their name is theirs ("Bu Sari 0812…" is read as the ketua).
  if (field === 'ketuaName' && said.field === 'ketuaPhone') return null;
  const made = changeWithValue(typed, data, env);
  if (!made) return null;
  const note = say(t(field === 'name' ? 'groups:mine.otherFieldNotName' : 'groups:mine.otherFieldNotKetua', { said: verbatim(typed.trim()), field: t(`groups:field.${said.field}`) }));
  return made.type === 'goto' || made.type === 'stay' ? { ...made, say: [note, ...(made.say ?? [])] } : made;
}

/** Words before a group typed from the list that name nothing ("*yg* posyandu", "*kelompok* majelis taklim"). */
const PICK_FILLER = /^(?:(?:yang|yg|kelompok|klp|itu|ini|the|pilih|buka|lihat)\s+)+/iu;

/**
 * A group typed from the list otherwise than {@link pickItem} reads it: its line in words ("yang
 * pertama", "nomor dua"), or its kind or words of its name after "yg" ("yg posyandu", "majelis
 * taklim" for MT Nurul Iman); only when exactly one group fits.
 */
function groupTyped(input: StepInput, groups: readonly GroupView[]): GroupView | undefined {
  const typed = textOf(input);
  if (typed === null) return undefined;
  const position = listPosition(typed);
  if (position !== null) return position === 'last' ? groups.at(-1) : groups[position - 1];
  const named = groupsNamed(groups.map(groupRef), typed.trim().replace(PICK_FILLER, ''));
  return named.length === 1 ? groups.find((group) => group.id === named[0]!.id) : undefined;
}

/**
 * The one group of `groups` a change said at the menu is for: named ("ganti nama kelompok tunas
 * muda jadi …"), or the one whose field holds the value said wrong ("anggotanya bukan 25 tp 8").
 */
function groupOfChange(typed: string, groups: readonly GroupView[]): GroupView | undefined {
  const said = fieldAndValue(typed);
  return groupNamedIn(said?.group, groups) ?? (said ? groupHoldingWrong(typed, said.field, groups) : undefined);
}

/** The one group of `groups` the words of a change name ("tunas muda", "pkk"), if exactly one fits. */
function groupNamedIn(words: string | undefined, groups: readonly GroupView[] | undefined): GroupView | undefined {
  return words === undefined ? undefined : itemNamed(groups ?? [], words);
}

/**
 * Saves a change; a new ketua without a phone first has theirs asked, so that the previous
 * ketua's number is not kept by mistake. `said` goes before.
 */
function saveChange(field: EditField, changes: GroupChanges, data: MyGroupsData, said: OutboundMessage[]): StepOutcome<MyGroupsData> {
  // "Saya sendiri" from the ketua on record: she is told so (was "Ketua yang baru: …", her phone asked).
  const already = field === 'ketuaName' && data.ketuaIsMe === true ? alreadyKetua(changes, data) : null;
  if (already) return already;
  // A new name is looked up first, as at registration: another group of the desa named the same
  // but for an RT/RW is asked about (see the edit step), not renamed into silently.
  if (field === 'name' && changes.name !== undefined && data.selected) {
    const { selected } = data;
    const rw = selected.unit.rw;
    return {
      type: 'stay',
      data: { ...data, newName: changes.name },
      say: said,
      effects: [FIND_GROUP_BY_NAME.request({ villageCode: selected.villageCode, name: changes.name, ...(rw > 0 && { rw }), exclude: selected.id })],
    };
  }
  if (field === 'ketuaName' && changes.ketuaPhone === undefined && changes.ketuaName !== undefined && data.selected?.ketuaPhone) {
    return { type: 'stay', data: { ...data, field: 'ketuaPhone', newKetua: changes.ketuaName }, say: said, reprompt: true };
  }
  if (!data.selected) return forbidden();
  const me = data.ketuaIsMe === true && changes.ketuaName !== undefined ? { ketuaIsMe: true } : {};
  return { type: 'stay', say: said, effects: [UPDATE_GROUP.request({ groupId: data.selected.id, changes, ...me })] };
}

/**
 * The person naming herself the new ketua is the ketua on record (her name, as kept): nothing
 * changes but a new number typed with it, and she is told she already is the ketua. Null when
 * the ketua on record is someone else.
 */
function alreadyKetua(changes: GroupChanges, data: MyGroupsData): StepOutcome<MyGroupsData> | null {
  const group = data.selected;
  if (!group || changes.ketuaName === undefined || !samePersonName(changes.ketuaName, group.ketuaName)) return null;
  const told = say(t('groups:mine.alreadyKetua', { group: group.name }));
  const phone = changes.ketuaPhone;
  if (phone !== undefined && phone !== group.ketuaPhone) {
    const { ketuaIsMe: _me, ...rest } = data;
    return saveChange('ketuaPhone', { ketuaPhone: phone }, { ...rest, field: 'ketuaPhone' }, [told]);
  }
  return { type: 'goto', step: 'group', data: withoutChange(data), say: [told] };
}

/**
 * "Saya sendiri" as the new ketua: the name typed after it, else the one the bot knows as the
 * person's (said back), else theirs is asked (a second "saya" is asked again).
 */
function ketuaIsMe(self: SelfKetua, data: MyGroupsData, knownName: string | null): StepOutcome<MyGroupsData> {
  const name = self.name ?? (data.ketuaIsMe === true ? null : knownName);
  if (name === null) {
    return data.ketuaIsMe === true ? { type: 'invalid', reason: t('groups:register.ownNameNeeded') } : { type: 'stay', data: { ...data, ketuaIsMe: true }, reprompt: true };
  }
  const said = self.name === null ? [say(t('groups:mine.ketuaIsYou', { name }))] : [];
  return saveChange('ketuaName', { ketuaName: name, ...(self.phone === null ? {} : { ketuaPhone: self.phone }) }, { ...data, ketuaIsMe: true }, said);
}

/** Saves the new name looked up (or asked about): from the edit step, which reads the result. */
function saveName(data: MyGroupsData): StepOutcome<MyGroupsData> {
  const { newName, maybeSame: _asked, ...rest } = data;
  if (!rest.selected || newName === undefined) return forbidden();
  return { type: 'goto', step: 'edit', data: { ...rest, field: 'name' }, effects: [UPDATE_GROUP.request({ groupId: rest.selected.id, changes: { name: newName } })] };
}

/** What the lookup of a new name found: the same name (refused), one to ask about, or none (saved). */
function afterNameLookup(found: FindByNameResult, data: MyGroupsData): StepOutcome<MyGroupsData> {
  const { newName: _typed, ...rest } = data;
  if (data.newName === undefined) return { type: 'invalid' };
  if (found?.kind === 'same') return { type: 'stay', data: rest, say: [say(t('groups:mine.duplicate', { name: found.name }))], reprompt: true };
  if (found?.kind === 'areaSuffix') return { type: 'goto', step: 'maybeSame', data: { ...data, maybeSame: { id: found.id, name: found.name, unit: found.unit } } };
  return saveName(data);
}

/**
 * A new desa picked: the group's own name is looked up there first, as a new name is, so that
 * moving it next to its own second record ("… RW 05" there) is asked about, not saved silently.
 * No RW goes with it: the group's RT/RW in the new desa is asked only afterwards.
 */
function lookUpInVillage(village: VillageInfo, data: MyGroupsData): StepOutcome<MyGroupsData> {
  const { selected } = data;
  if (!selected) return forbidden();
  const { newName: _name, maybeSame: _asked, ...rest } = data;
  return { type: 'stay', data: { ...rest, village }, effects: [FIND_GROUP_BY_NAME.request({ villageCode: village.code, name: selected.name, exclude: selected.id })] };
}

/** What the lookup of the group's name in its new desa found: the same name (refused), one to ask about, or none (its RT/RW asked next). */
function afterVillageLookup(found: FindByNameResult, data: MyGroupsData): StepOutcome<MyGroupsData> {
  const { village, ...rest } = data;
  if (!village) return { type: 'invalid' };
  // Nothing is saved: the group stays where it was, and its screen is shown again.
  if (found?.kind === 'same') return { type: 'stay', data: rest, say: [say(t('groups:mine.duplicateMove', { name: found.name, village: village.name }))], reprompt: true };
  if (found?.kind === 'areaSuffix') return { type: 'goto', step: 'maybeSame', data: { ...data, maybeSame: { id: found.id, name: found.name, unit: found.unit } } };
  return askNewUnit(data);
}

/** The new desa's RT/RW asked; the two are saved together (see readChange's 'unit'). */
function askNewUnit(data: MyGroupsData): StepOutcome<MyGroupsData> {
  const { maybeSame: _asked, ...rest } = data;
  return { type: 'goto', step: 'edit', data: { ...rest, field: 'unit' } };
}

/** The group's state said, with 📊 Cek status WKSBM for its desa's (which "statusnya" may have meant); the screen again. */
function stateAnswered(group: GroupView): StepOutcome<MyGroupsData> {
  return { type: 'stay', say: [stateMessage([group])], reprompt: true };
}

/** The state of `groups` (one: a sentence; several: a line each), with 📊 Cek status WKSBM for their desa's. */
function stateMessage(groups: readonly GroupView[]): OutboundMessage {
  const verification = (group: GroupView) => t(`groups:verification.${group.verification}`);
  const text =
    groups.length === 1
      ? [t('groups:mine.stateAnswer', { name: groups[0]!.name, verification: verification(groups[0]!) })]
      : [...groups.map((group) => t('groups:mine.stateLine', { name: group.name, verification: verification(group) })), t('groups:mine.statesDesa')];
  return say(text, [entryButton('status', t('menu.status'))]);
}

/** The buttons of a group's screen: send back (when rejected), each field's change, deactivate, back. */
function screenButtons(group: GroupView): Button[] {
  return [
    ...(isRejected(group) ? [{ id: 'resubmit', label: t('groups:mine.resubmit') }] : []),
    ...EDIT_FIELDS.map((field) => ({ id: `edit:${field}`, label: t(`groups:mine.edit.${field}`) })),
    { id: 'deactivate', label: t('groups:mine.deactivate') },
    commandButton('back'),
  ];
}

/** A group an officer rejected: what its leader must fix and send back. */
function isRejected(group: GroupView): boolean {
  return group.verification === 'rejected';
}

/** The groups with those rejected first, each part in the order read: the list leads with what needs fixing. */
function rejectedFirst(groups: readonly GroupView[]): readonly GroupView[] {
  return [...groups.filter(isRejected), ...groups.filter((group) => !isRejected(group))];
}

/** The field a change being made is of (a new desa's RT/RW: the desa; a new ketua's phone: the ketua). */
function changedField(data: MyGroupsData): EditField {
  if (data.village) return 'village';
  if (data.newKetua !== undefined) return 'ketuaName';
  return data.field ?? 'name';
}

/** A field's name as the screen shows it ("Jumlah anggota"). */
function fieldLabel(field: EditField): Text {
  return t(`groups:field.${field === 'typeOther' ? 'type' : field}`);
}

/** "gak jadi" in a change: nothing of it kept, the group's screen again with `said` (see StepDef.cancelWithin). */
function changeCancelled(data: MyGroupsData, said: Text): CancelledWithin<MyGroupsData> | null {
  if (!data.selected) return null;
  const { groups, selected, consented } = data;
  return { step: 'group', data: { ...(groups && { groups }), selected, ...(consented !== undefined && { consented }) }, say: [say(said)] };
}

/** "gak jadi" while a field's new value is asked: the change dropped, said with the field's name. */
function editCancelled(data: MyGroupsData): CancelledWithin<MyGroupsData> | null {
  return changeCancelled(data, t('groups:mine.changeCancelled', { field: fieldLabel(changedField(data)), name: data.selected?.name ?? '' }));
}

/**
 * A change asked about and not made (❌ Tidak, "ga jadi"): what stays said ("Baik, jumlah anggota
 * Posyandu Anggrek tetap 25."), and the group's screen it was typed at again, or, said at the
 * menu, the flow ended.
 */
function changeKept(data: MyGroupsData): CancelledWithin<MyGroupsData> {
  const said = [say(data.selected && data.confirm ? changeKeptLine(data.selected, data.confirm.field) : t('groups:mine.changeNotMade'))];
  const { groups, consented } = data;
  const screen = groups?.find((group) => group.id === data.screen);
  if (!screen) return { ends: true, say: said };
  return { step: 'group', data: { groups, selected: screen, ...(consented !== undefined && { consented }) }, say: said };
}

/**
 * Which field a value corrected is of, asked at the list: one group's screen shown with it; several
 * groups' list, the correction kept for the group picked (openedFromMenu looks for the value there).
 */
function whichAtList(groups: readonly GroupView[], message: OutboundMessage, change: string): StepOutcome<MyGroupsData> {
  return groups.length === 1
    ? { type: 'goto', step: 'group', data: { groups, selected: groups[0]! }, say: [message], passed: true }
    : { type: 'stay', data: { groups, change: change.trim().slice(0, MAX_CHANGE_SAID) }, say: [message], reprompt: true };
}

function forbidden(): StepOutcome<MyGroupsData> {
  return { type: 'done', say: [say(t('groups:mine.forbidden'))], menu: true };
}

/**
 * Something typed for another field saved: the year for the new ketua ({@link MyGroupsData.foundedKept}),
 * an RT/RW at a number question ({@link MyGroupsData.unitKept}). Said so, and the question asked again.
 */
function afterKept(result: GroupChangeResult, data: MyGroupsData): StepOutcome<MyGroupsData> {
  const { foundedKept: year, unitKept: _unit, ...rest } = data;
  if (result.kind !== 'ok' || !result.group) return afterChange(result, rest, () => [t('groups:mine.updated')]);
  const group = result.group;
  const groups = (rest.groups ?? []).map((item) => (item.id === group.id ? group : item));
  const said =
    year !== undefined
      ? t('groups:mine.foundedKept', { year })
      : t('groups:mine.unitKept', { unit: formatAreaUnit(group.unit), field: t(`groups:field.${rest.field ?? 'members'}`) });
  return { type: 'stay', data: { ...rest, groups, selected: group }, say: [say(said)], reprompt: true };
}

/** The number questions where an RT/RW typed is the group's ("rw 5" for the members), as at registration. */
const NUMBER_FIELDS: ReadonlySet<EditField> = new Set(['members', 'founded', 'ketuaPhone']);

/**
 * Whether a change the group was not verified again for gave the ketua another phone: the ketua
 * stayed who they were, or UPDATE_GROUP would have sent it back (effects.ts), so only the phone changed.
 */
function onlyPhoneChanged(before: GroupView, after: GroupView): boolean {
  return before.ketuaPhone !== after.ketuaPhone;
}

/** The group's details again, with what the leader's change or resubmission did. */
function afterChange(result: GroupChangeResult, data: MyGroupsData, done: (group: GroupView, reverify: boolean) => Text[]): StepOutcome<MyGroupsData> {
  if (result.kind === 'duplicate') return { type: 'invalid', reason: t('groups:mine.duplicate', { name: result.existing.name }) };
  if (result.kind === 'forbidden') return forbidden();
  const group = result.group;
  if (!group) return forbidden();
  const groups = (data.groups ?? []).map((item) => (item.id === group.id ? group : item));
  const reverify = result.kind === 'ok' && result.reverify === true;
  return { type: 'goto', step: 'group', data: { groups, selected: group }, say: [say(done(group, reverify))] };
}

function editPrompt(field: EditField, data: MyGroupsData, env: FlowEnv) {
  // Themself as the new ketua: their own number offered, unless it is the one on record already.
  const own = data.ketuaIsMe === true && env.person.phoneE164 && env.person.phoneE164 !== data.selected?.ketuaPhone ? env.person.phoneE164 : null;
  const ownButton = own ? [{ id: MY_PHONE_BUTTON, label: t('groups:register.usePhone', { phone: verbatim(own) }) }] : [];
  switch (field) {
    case 'type':
      return say(t('groups:mine.ask.type'), typeButtons());
    case 'unit':
      return say(t('groups:mine.ask.unit', { village: data.village?.name ?? data.selected?.villageName ?? '' }), [{ id: WHOLE_VILLAGE_BUTTON, label: t('groups:unit.wholeButton') }]);
    case 'founded':
    case 'schedule':
      return say(t(`groups:mine.ask.${field}`), [skipButton]);
    case 'ketuaPhone':
      // After a new ketua's name: their own number, not the previous ketua's.
      if (data.newKetua !== undefined && data.selected?.ketuaPhone) {
        // Themself: their own number asked ("Berapa nomor HP Anda?"), not as another person's by their name.
        const asked = data.ketuaIsMe === true ? t('groups:mine.ask.ownKetuaPhone', { old: data.selected.ketuaPhone }) : t('groups:mine.ask.newKetuaPhone', { name: data.newKetua, old: data.selected.ketuaPhone });
        return say(asked, [
          ...ownButton,
          { id: KEEP_PHONE_BUTTON, label: t('groups:mine.keepPhone', { old: data.selected.ketuaPhone }) },
        ]);
      }
      return say(t('groups:mine.ask.ketuaPhone'));
    case 'ketuaName':
      // "saya sendiri" with no name known: theirs is asked.
      return data.ketuaIsMe === true ? ownNamePrompt(env.person) : say(t('groups:mine.ask.ketuaName'));
    default:
      return say(t(`groups:mine.ask.${field}`));
  }
}

/** The longest change said at the menu that is carried in (a message is longer only by mistake). */
const MAX_CHANGE_SAID = 300;

/**
 * The change `typed` would make to the group selected, or to the one of their groups it names:
 * the group, the field and the changes, read as {@link changeWithValue} reads them. Null when
 * it reads no change (a name or ketua that may be a question is left to changeWithValue too).
 */
function changeRead(typed: string, data: MyGroupsData, env: FlowEnv): { group: GroupView; field: ChangeField; value: string; changes: GroupChanges } | null {
  if (!data.selected) return null;
  const named = groupNamedIn(correctedWithValue(typed, data.selected)?.group, data.groups);
  const group = named ?? data.selected;
  const said = correctedWithValue(typed, group);
  if (said === null || said.field === 'village' || said.field === 'type' || said.field === 'name') return null;
  const change = readChange(said.field, { type: 'text', text: said.value }, { ...data, selected: group, field: said.field }, env);
  return change.ok ? { group, field: said.field, value: said.value, changes: change.value } : null;
}

/**
 * A group selected for a change said at the menu: said without a verb ("jumlah anggota posyandu
 * anggrek sebenarnya 8 orang"), which may be a remark, it is asked about first ("Ubah jumlah
 * anggota … dari 25 jadi 8?"); anything else as {@link opened} does it.
 */
function openedFromMenu(data: MyGroupsData, env: FlowEnv, passed: boolean): StepOutcome<MyGroupsData> {
  const said = data.change;
  // "bukan 8 tapi 10" said before this group was picked: its field holding 8 asked about (none: which, at its screen).
  const { change: _said, ...rest } = data;
  const screen = data.selected;
  const which = (message: OutboundMessage): StepOutcome<MyGroupsData> => ({ type: 'goto', step: 'group', data: rest, say: [message], ...(passed && { passed: true }) });
  const corrected = said !== undefined && screen ? valueCorrection(said, rest, env, which, screen, [screen]) : null;
  if (corrected) return passed && corrected.type === 'goto' ? { ...corrected, passed: true } : corrected;
  const read = said !== undefined && isChangeWithoutVerb(said) ? changeRead(said, data, env) : null;
  if (read === null) return opened(data, env, passed);
  return { type: 'goto', step: 'confirmChange', data: { ...rest, selected: read.group, confirm: { field: read.field, value: read.value } }, ...(passed && { passed: true }) };
}

/**
 * A group selected: its screen, or, with a change said at the menu, that change made (said
 * back from the edit step). A change that does not read is said so, and the screen shown.
 */
function opened(data: MyGroupsData, env: FlowEnv, passed: boolean): StepOutcome<MyGroupsData> {
  const { change: said, ...rest } = data;
  // "kelompok kami sudah bubar": marking it inactive, asked to confirm (nothing is deleted).
  if (said !== undefined && isGroupEndSaidHere(said)) return { type: 'goto', step: 'confirmDeactivate', data: rest };
  const made = said === undefined ? null : changeWithValue(said, rest, env);
  if (made) return made;
  // "ganti ketua" typed at the list: that field's question for the group picked (a new desa is searched from its screen).
  const field = said === undefined ? null : fieldAsked(said);
  if (field !== null && field !== 'village') return { type: 'goto', step: 'edit', data: { ...rest, field } };
  const notRead = said === undefined ? [] : [say(t('groups:mine.changeNotRead', { words: said }))];
  return { type: 'goto', step: 'group', data: rest, ...(notRead.length > 0 && { say: notRead }), ...(passed && { passed: true }) };
}

/**
 * The "my groups" flow. Its entry's name typed in it ("kelompok saya" at the list or a group's
 * screen) shows the groups' list again (one group: its screen), read afresh, as the 👥 entry
 * does (see ../own-entry.ts); consent was given to get here, so it is not asked for again.
 */
export const myGroupsFlow = reopenedByName(defineFlow<MyGroupsData>({
  id: MY_GROUPS_FLOW_ID,
  // 2: every field can be changed (older states are dropped politely). 3: consent checked first.
  // 4: "saya sendiri" at ✏️ Ketua (ketuaIsMe). 5: a change asked about holds its field and value (confirm).
  version: 5,
  title: t('menu.myGroups'),
  // Each change is saved when it is made: "batal" keeps them, and says so.
  cancelled: t('groups:mine.cancelled'),
  start: (input) => {
    // A rejection notice's button names the group to open (see MY_GROUPS_DEEP_LINK).
    const open = expandUuid((input as Partial<DeepLinkInput> | undefined)?.deepLinkArg ?? '');
    // A change said at the menu ("anggota kami sekarang jadi 35"): made once the group is known.
    const said = (input as { change?: unknown } | undefined)?.change;
    const change = typeof said === 'string' && said.trim() !== '' ? { change: said.trim().slice(0, MAX_CHANGE_SAID) } : {};
    const state = (input as { state?: unknown } | undefined)?.state === true ? { stateAsked: true as const } : {};
    // The group's data is the leaders' (and the ketua's) personal data: after a withdrawal, the
    // notice comes first again, as for any flow that records personal data.
    return { step: 'list', data: { ...(open && { open }), ...change, ...state }, effects: [consentCheck] };
  },
  steps: {
    list: withConsentGate<MyGroupsData>({
      prompt: ({ data }) =>
        say(
          // A change said at the menu waits for its group: said back, so the pick is not a riddle.
          [
            ...(data.change === undefined ? [] : [t('groups:mine.pickForChange', { words: data.change })]),
            t('groups:mine.pick'),
            // What the leader must act on, said above the buttons (listed first): the officer's reason.
            ...(data.groups ?? []).filter(isRejected).map((group) => t('groups:mine.rejectedListed', { name: group.name, reason: group.rejectionReason ?? '–' })),
          ],
          (data.groups ?? []).map((group) => ({
            id: `group:${group.id}`,
            label: t(group.verification === 'rejected' ? 'groups:mine.groupButtonRejected' : 'groups:mine.groupButton', { name: group.name, village: group.villageName }),
          })),
        ),
      expects: t('groups:mine.expectsPick'),
      on(input, { data, env }) {
        const read = LIST_MY_GROUPS.result(input);
        const groups = read && rejectedFirst(read);
        const change = data.change === undefined ? {} : { change: data.change };
        if (groups) {
          if (groups.length === 0) return { type: 'done', say: [say(t('groups:mine.none'))], menu: true };
          // "kelompok saya udah diverifikasi belum?" at the menu: answered first, above the group's screen (or the list of several).
          if (data.stateAsked === true && data.change === undefined) {
            if (groups.length === 1) return { type: 'goto', step: 'group', data: { groups, selected: groups[0]! }, say: [stateMessage(groups)], passed: true };
            return { type: 'stay', data: { groups }, say: [stateMessage(groups)], reprompt: true };
          }
          // "bukan 25 tapi 8" at the menu: the field holding 25 found in their groups, asked about first.
          const corrected = data.change === undefined ? null : valueCorrection(data.change, { groups }, env, (message) => whichAtList(groups, message, data.change!));
          if (corrected) return groups.length === 1 && corrected.type === 'goto' ? { ...corrected, passed: true } : corrected;
          if (groups.length === 1) return openedFromMenu({ groups, selected: groups[0]!, ...change }, env, true);
          // A notice's group, else the one the change names ("ganti nama kelompok tunas muda jadi …").
          const named = groups.find((group) => group.id === data.open) ?? (data.change === undefined ? undefined : groupOfChange(data.change, groups));
          if (named) return openedFromMenu({ groups, selected: named, ...change }, env, false);
          // Several groups and a change said: which group it is for is asked first.
          return { type: 'stay', data: { groups, ...change }, reprompt: true };
        }
        const answered = confirmationsAnswered<MyGroupsData>(input);
        if (answered) return answered;
        const group = pickItem(input, data.groups ?? [], 'group:') ?? groupTyped(input, data.groups ?? []);
        if (group) return openedFromMenu({ ...data, selected: group }, env, false);
        const typedHere = textOf(input);
        const corrected = typedHere === null ? null : valueCorrection(typedHere, data, env, (message) => whichAtList(data.groups ?? [], message, typedHere));
        if (corrected) return corrected;
        // "hapus kelompok ini", "ganti ketua" at a list of several: which group is asked, then it is done there.
        const typed = textOf(input);
        if (typed !== null && (data.groups?.length ?? 0) > 1 && (isGroupEndSaidHere(typed) || fieldAsked(typed) !== null)) {
          return { type: 'stay', data: { ...data, change: typed.trim().slice(0, MAX_CHANGE_SAID) }, reprompt: true };
        }
        // "ada konfirmasi?": how many requests wait for the leader, the list asked again.
        return confirmationsAsked<MyGroupsData>(textOf(input)) ?? { type: 'invalid' };
      },
    }, (data) => ({ type: 'stay', data, effects: [LIST_MY_GROUPS.request(undefined)] })),
    group: {
      prompt: ({ data }) => {
        const group = data.selected;
        // Every way into this step selects a group; a stored state without one shows the list.
        if (!group) return say(t('groups:mine.pick'));
        const unit = formatAreaUnit(group.unit);
        const rejected = group.verification === 'rejected';
        return say(
          [
            t('groups:mine.details', {
              name: group.name,
              type: group.type === 'other' && group.typeOther ? group.typeOther : t(`groups:type.${group.type}`),
              village: t('groups:villageLine', { village: group.villageName, district: group.districtName, regency: group.regencyName }),
              unit: unit === '' ? t('groups:unit.whole') : unit,
              members: group.memberCount,
              founded: group.foundedYear ?? t('groups:unknown'),
              schedule: group.meetingSchedule ?? t('groups:unknown'),
              // No ketua (erased at their request): say how to name one, not a bare "-".
              ketua: group.ketuaName ?? t('groups:mine.ketuaMissing'),
              phone: group.ketuaPhone ?? t('groups:unknown'),
              verification: t(`groups:verification.${group.verification}`),
            }),
            ...(rejected ? [t('groups:mine.rejected', { reason: group.rejectionReason ?? '–' })] : []),
          ],
          screenButtons(group),
        );
      },
      expects: t('groups:mine.expectsAction'),
      // Back from a side trip (Konfirmasi, /datasaya) or the menu: another leader may have
      // changed the group meanwhile.
      refresh: () => LIST_MY_GROUPS.request(undefined),
      on(input, { data, env }) {
        const fresh = LIST_MY_GROUPS.result(input);
        if (fresh) {
          const selected = fresh.find((group) => group.id === data.selected?.id);
          if (selected) return { type: 'stay', data: { ...data, groups: fresh, selected }, reprompt: true };
          // Gone from their groups (ended, or they no longer lead it): the list as it is now.
          if (fresh.length === 0) return { type: 'done', say: [say(t('groups:mine.none'))], menu: true };
          const { selected: _gone, open: _opened, ...kept } = data;
          return { type: 'goto', step: 'list', data: { ...kept, groups: rejectedFirst(fresh) }, passed: true };
        }
        const answered = confirmationsAnswered<MyGroupsData>(input) ?? missingAnswered<MyGroupsData>(input, data.selected, screenButtons);
        if (answered) return answered;
        const resubmitted = RESUBMIT_GROUP.result(input);
        if (resubmitted) {
          if (resubmitted.kind === 'notRejected') return afterChange(resubmitted, data, () => [t('groups:mine.notRejected')]);
          // Nothing fixed since the rejection: said once; pressed again, it goes back as it is.
          if (resubmitted.kind === 'unchanged') return { type: 'stay', data: { ...data, unchangedAsked: true }, say: [say(t('groups:mine.nothingFixed'))], reprompt: true };
          return afterChange(resubmitted, data, () => [t('groups:mine.resubmitted')]);
        }
        const button = buttonOf(input);
        if (button === 'deactivate') return { type: 'goto', step: 'confirmDeactivate' };
        const typed = textOf(input);
        // "kelompok ini udah ga aktif lagi": ⛔ Nonaktifkan in words, asked to confirm (nothing is deleted).
        if (typed !== null && isGroupEndSaidHere(typed)) return { type: 'goto', step: 'confirmDeactivate' };
        if (button === 'resubmit' || (typed !== null && isResubmitAnswer(typed))) {
          return data.selected
            ? { type: 'stay', effects: [RESUBMIT_GROUP.request(data.unchangedAsked === true ? { groupId: data.selected.id, anyway: true } : { groupId: data.selected.id })] }
            : forbidden();
        }
        // "bukan 25 tapi 8": the field holding 25 (this group's first), asked about before it is changed.
        const corrected = typed !== null ? valueCorrection(typed, data, env, (message) => ({ type: 'stay', say: [message], reprompt: true }), data.selected) : null;
        if (corrected) return corrected;
        // "ganti ketua jadi Bu Aminah 0857…", "ubah jumlah anggota jadi 35": the field and its new value at once.
        const withValue = typed !== null ? changeWithValue(typed, data, env, true) : null;
        if (withValue) return withValue;
        const field = button?.startsWith('edit:')
          ? EDIT_FIELDS.find((editable) => editable === button.slice(5))
          : typed !== null
            ? // "namanya salah", "jadwal pertemuan keliru": that field's question, as at the registration's summary.
              (matchChoice(typed, FIELD_WORDS) ?? readSummaryCorrection(typed)?.field ?? undefined)
            : undefined;
        // "status desa panggungharjo" names the desa field but asks its status: refused here, the status
        // check opens over the screen (assistant.ts fallbackFlows), where it asked for the group's new desa.
        if (field === 'village' && typed !== null && nameIsStatusRequest(typed)) return { type: 'invalid' };
        // The village picker asks for the new desa and returns it here; same-named desa in the
        // group's kabupaten are listed first (a group moves next door more often than far).
        if (field === 'village') {
          return { type: 'start', flow: VILLAGE_PICKER_FLOW_ID, input: data.selected ? { near: [data.selected.villageCode.slice(0, 5)] } : {} };
        }
        // "ketuanya saya", "saya ketuanya": the person themself, as ✏️ Ketua reads it (was "Siapa ketua yang baru?").
        const self = field === 'ketuaName' && typed !== null && readSelfKetua(typed) !== null ? makeChange('ketuaName', typed, data, env) : null;
        if (self) return self;
        if (field) {
          return { type: 'goto', step: 'edit', data: { ...withoutChange(data), field } };
        }
        const village = VILLAGE_PICKED.result(input);
        // A new desa: the group's name is looked up there, then its RT/RW asked, then both saved together.
        if (village) return lookUpInVillage(village, data);
        if (FIND_GROUP_BY_NAME.is(input)) return afterVillageLookup(input.value, data);
        // "statusnya gimana", "sudah diverifikasi belum": this group's state (was "choose a button", or a desa asked for).
        if (typed !== null && data.selected && groupStateAsked(typed)) return stateAnswered(data.selected);
        // "lihat kegiatan kelompok ini": 📒 Kegiatan saya for this group, its screen again after (was "choose a button").
        if (typed !== null && data.selected && groupActivitiesAsked(typed)) {
          return { type: 'start', flow: MY_ACTIVITIES_FLOW_ID, input: { group: { id: data.selected.id, name: data.selected.name } } satisfies GroupActivitiesInput };
        }
        // "apa yang kurang": what the group's desa still lacks for its status (was "choose a button").
        const missing = data.selected ? missingRequested<MyGroupsData>(typed, data.selected) : null;
        if (missing) return missing;
        // "ada yg perlu dikonfirmasi ga": how many requests wait for the leader, with 📥 Konfirmasi (was "choose a button").
        return confirmationsAsked<MyGroupsData>(typed) ?? { type: 'invalid' };
      },
    },
    // A new name or ketua: "ada yg perlu dikonfirmasi ga" renames nothing (../name-step.ts).
    edit: guardingName<MyGroupsData>({
      prompt: ({ data, env }) => editPrompt(data.field ?? 'name', data, env),
      expects: t('groups:mine.expectsValue'),
      // A new name is typed here: "apa itu wksbm?" or "kelompok saya" is no name (see StepDef.asides).
      asides: true,
      // "gak jadi" in the middle of a change: that change dropped, the group's screen again (was Kelompok saya closed).
      cancelWithin: ({ data }) => editCancelled(data),
      on(input, { data, env }) {
        if (FIND_GROUP_BY_NAME.is(input)) return afterNameLookup(input.value, data);
        const confirmations = confirmationsAnswered<MyGroupsData>(input);
        if (confirmations) return confirmations;
        const result = UPDATE_GROUP.result(input);
        if (result && (data.foundedKept !== undefined || data.unitKept === true)) return afterKept(result, data);
        if (result) {
          return afterChange(result, data, (group, reverify) =>
            reverify
              ? [t('groups:mine.updated'), t('groups:mine.reverify')]
              : // Still rejected: the fix reaches the officer only when sent back.
                group.verification === 'rejected'
                ? [t('groups:mine.updated'), t('groups:mine.stillRejected')]
                : // Only the ketua's number: the group is not verified again, and its status is said as it stays.
                  data.selected && onlyPhoneChanged(data.selected, group)
                  ? [t('groups:mine.updated'), t('groups:mine.phoneOnlyKept', { verification: t(`groups:verification.${group.verification}`) })]
                  : [t('groups:mine.updated')],
          );
        }
        const field = data.field ?? 'name';
        // "ada konfirmasi?", "konfirmasi itu apa" where a count or a year is asked: answered, and the question
        // asked again (was "Mohon tulis jumlahnya dengan angka"). A name or ketua has its own guard (../name-step.ts).
        const aside = nameAskedAt(data) === null ? (confirmationsAsked<MyGroupsData>(textOf(input)) ?? confirmationMeaningAsked<MyGroupsData>(textOf(input))) : null;
        if (aside) return aside;
        // "sama kyk td", "tetap", "gak berubah": nothing to change, and said so (never stored as the value).
        // After a new ketua's name, the phone question's "tetap" keeps the number instead (readChange).
        if (saysUnchanged(input) && !(field === 'ketuaPhone' && data.newKetua !== undefined)) {
          // A new desa picked, and "sama" for its RT/RW: the same RT/RW there, the desa still moves.
          if (field === 'unit' && data.village && data.selected) return saveChange(field, { villageCode: data.village.code, unit: data.selected.unit }, data, []);
          return { type: 'goto', step: 'group', data: withoutChange(data), say: [say(t('groups:mine.unchanged', { field: fieldLabel(field) }))] };
        }
        // Their name as their chat profile shows it, taken with one tap.
        const profile = field === 'ketuaName' && data.ketuaIsMe === true && buttonOf(input) === PROFILE_NAME_BUTTON ? profileNameOf(env.person) : null;
        if (profile) return saveChange('ketuaName', { ketuaName: profile }, data, []);
        const typed = textOf(input);
        // "pindah desa", "ganti ketua" typed for the new name: that field's change, not a name.
        const other = field === 'name' && typed !== null ? otherFieldAsked(typed) : null;
        if (other !== null && typed !== null) {
          const note = say(t('groups:mine.otherFieldNotName', { said: verbatim(typed.trim()), field: t(`groups:field.${other}`) }));
          const rest = withoutChange(data);
          // A move goes through the desa search from the group's screen (✏️ Desa); the others are asked here.
          return other === 'village'
            ? { type: 'goto', step: 'group', data: rest, say: [note, say(t('groups:mine.moveWithButton'))] }
            : { type: 'goto', step: 'edit', data: { ...rest, field: other }, say: [note] };
        }
        // "tahun 2012", "sejak 2012", "founded in 2012" typed for the new ketua: no one's name (was refused,
        // the year lost) but the year founded, saved and said so, and the ketua asked again (as at registration).
        const founded = field === 'ketuaName' && data.ketuaIsMe !== true ? foundedYearTyped(input, env.now) : null;
        if (founded !== null && data.selected) {
          return { type: 'stay', data: { ...data, foundedKept: founded }, effects: [UPDATE_GROUP.request({ groupId: data.selected.id, changes: { foundedYear: founded } })] };
        }
        // "rw 5" at ✏️ Anggota (the year founded, the ketua's phone): no number but the group's RT/RW (was refused,
        // "Mohon tulis jumlahnya dengan angka", and lost). Saved as ✏️ RT/RW saves it (the part not said stays),
        // said so, and the question asked again, as at registration (unit-at-number.ts).
        const unit = NUMBER_FIELDS.has(field) && typed !== null && data.selected ? unitTypedAtNumber(typed, data.selected.unit) : null;
        if (unit !== null && data.selected) {
          return { type: 'stay', data: { ...data, unitKept: true }, effects: [UPDATE_GROUP.request({ groupId: data.selected.id, changes: { unit } })] };
        }
        // "anggotanya 40" typed for a new name or ketua: that change made, not a name
        // ("founded in 2012" was saved as the new ketua's name).
        const instead = (field === 'name' || field === 'ketuaName') && typed !== null ? otherChangeInstead(typed, field, data, env) : null;
        if (instead) return instead;
        const self = field === 'ketuaName' && typed !== null ? readSelfKetua(typed) : null;
        if (self) return ketuaIsMe(self, data, env.person.displayName);
        // "nambah 3 orang", "berkurang 2": the members on record changed by that many (was "write it in digits").
        const changedBy = field === 'members' && typed !== null && data.selected ? membersChangedBy(typed, data.selected.memberCount) : null;
        if (changedBy) {
          const sum = changedBy.by ? [say(t('groups:mine.membersChangedBy', { ...changedBy.by, by: changedBy.by.count, total: changedBy.total }))] : [];
          return saveChange(field, { memberCount: changedBy.total }, data, sum);
        }
        const change = readChange(field, input, data, env);
        if (!change.ok) return change.reason ? { type: 'invalid', reason: change.reason } : { type: 'invalid' };
        // "Lainnya" needs its own name first.
        if (field === 'type' && change.value.type === 'other') return { type: 'stay', data: { ...data, field: 'typeOther' }, reprompt: true };
        return saveChange(field, change.value, data, []);
      },
    }, nameAskedAt, {
      shown: nameShown,
      // "saya sendiri?" at ✏️ Ketua: the person unsure whether they may chair it; read as "me", never refused.
      readsItself: (typed, data) => data.field === 'ketuaName' && readSelfKetua(typed) !== null,
    }),
    // The new name (or the group's name in its new desa) is another group's but for an RT/RW
    // only one of them carries: is it that group?
    maybeSame: {
      prompt: ({ data }) =>
        maybeSamePrompt(data.maybeSame, data.newName === undefined && data.village ? { village: data.village.name, group: data.selected?.name ?? '' } : undefined),
      expects: t('groups:register.expectsMaybeSame'),
      cancelWithin: ({ data }) => editCancelled(data),
      on(input, { data }) {
        const answer = readMaybeSame(input);
        if (answer === null || !data.maybeSame) return { type: 'invalid' };
        if (data.newName === undefined && data.village) {
          // Another group: moved as if none had been found (its RT/RW there asked next).
          if (answer === 'no') return askNewUnit(data);
          // That group: the group is not moved next to its own second record; how to merge them is said.
          const { village, maybeSame, field: _field, ...rest } = data;
          return { type: 'goto', step: 'group', data: rest, say: [say(t('groups:mine.sameGroupMove', { name: maybeSame.name, village: village.name }))] };
        }
        // Another group: renamed as typed.
        if (answer === 'no') return saveName(data);
        // That group: a second record of it is not made by a new name; the group's screen again.
        const { newName: _name, maybeSame, field: _field, ...rest } = data;
        return { type: 'goto', step: 'group', data: rest, say: [say(t('groups:mine.sameGroup', { name: maybeSame.name }))] };
      },
    },
    // A change said at the menu without a verb, one naming another group than the one on screen, a value
    // corrected with no field named: made only when the leader says so (openedFromMenu, askedFirst).
    confirmChange: {
      prompt: ({ data, env }) => {
        const { selected, confirm } = data;
        const changes = selected && confirm ? changesOf(confirm.field, confirm.value, selected, data, env) : null;
        // Every way here reads the change; a stored state that no longer does asks for a group's field.
        return selected && confirm && changes ? changeConfirmPrompt(selected, confirm.field, changes) : say(t('groups:mine.pick'));
      },
      expects: t('flow.expectsYesNo'),
      // "ga jadi", "batal": as ❌ Tidak, with what stays said (was "Kelompok saya ditutup").
      cancelWithin: ({ data }) => changeKept(data),
      on(input, { data, env }) {
        const typed = textOf(input);
        const button = buttonOf(input);
        const choice = button === CHANGE_YES_BUTTON ? 'yes' : button === CHANGE_NO_BUTTON ? 'no' : typed === null ? null : yesOrNo(typed);
        // "bukan 25 tapi 40", "jadi 40 aja": the value asked about corrected, asked about again (was "Ya atau Tidak").
        const instead = choice === null && typed !== null && data.confirm && data.selected ? valueInstead(typed, data.confirm.value) : null;
        if (instead !== null && data.confirm && data.selected && changesOf(data.confirm.field, instead, data.selected, data, env) !== null) {
          return { type: 'stay', data: { ...data, confirm: { ...data.confirm, value: instead } }, reprompt: true };
        }
        // Saved as a change asked with a verb is: the same save, re-verification and notices.
        if (choice === 'yes') {
          const { confirm, screen: _screen, ...rest } = data;
          return (confirm && makeChange(confirm.field, confirm.value, rest, env)) ?? { type: 'goto', step: 'group', data: rest };
        }
        // Nothing changed: back where the words were said (the menu, or the group's screen).
        if (choice === 'no') {
          const kept = changeKept(data);
          return 'ends' in kept ? { type: 'done', say: kept.say, menu: true } : { type: 'goto', step: kept.step, data: kept.data, say: kept.say };
        }
        // "aya naon?", "ini apa?": what waits is said, and the question asked again (was refused).
        if (typed !== null && data.confirm !== undefined && asksWhatWaits(typed)) return { type: 'stay', say: [changeWaitsSaid()], reprompt: true };
        return { type: 'invalid' };
      },
    },
    confirmDeactivate: {
      prompt: ({ data }) =>
        say(t('groups:mine.confirmDeactivate', { name: data.selected?.name ?? '' }), [
          { id: 'yes', label: t('flow.yes') },
          { id: 'no', label: t('flow.no') },
        ]),
      expects: t('flow.expectsYesNo'),
      cancelWithin: ({ data }) => changeCancelled(data, t('groups:mine.deactivateCancelled', { name: data.selected?.name ?? '' })),
      on(input, { data }) {
        const result = DEACTIVATE_GROUP.result(input);
        if (result) {
          if (result.kind === 'forbidden') return forbidden();
          return { type: 'done', say: [say(t('groups:mine.deactivated', { name: data.selected?.name ?? '' }))], menu: true };
        }
        const typed = textOf(input);
        const choice = buttonOf(input) ?? (typed === null ? null : yesOrNo(typed));
        if (choice === 'yes') return data.selected ? { type: 'stay', effects: [DEACTIVATE_GROUP.request({ groupId: data.selected.id })] } : forbidden();
        if (choice === 'no') return { type: 'goto', step: 'group' };
        return { type: 'invalid' };
      },
    },
  },
}), {
  names: ['kelompok saya', 'kelompok kami', 'kelompok kita', 'kelompokku', 'my groups', 'my group', 'our groups'],
  again: () => ({ step: 'list', data: { consented: true }, effects: [LIST_MY_GROUPS.request(undefined)] }),
});
