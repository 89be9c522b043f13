/**
 * The question asked before a change said at the menu without a verb is saved ("jumlah anggota
 * posyandu anggrek sebenarnya 8 orang", "anggotanya 8 orang"): such words may be a remark, not a
 * request, so the leader is asked "Ubah jumlah anggota Posyandu Anggrek dari 25 jadi 8?" with
 * ✅ Ya, ubah / ❌ Tidak. A change asked with a verb ("ubah anggota jadi 8") is made at once and
 * never comes here (see ./change-said.ts isChangeWithoutVerb and ./my-groups-flow.ts).
 */
import { say, type OutboundMessage } from '../../core/messages.js';
import { t, verbatim, type Text } from '../../core/text.js';
import { formatAreaUnit } from '../parse/area-unit.js';
import type { AreaUnit, GroupChanges, GroupView } from '../model/groups.js';
import type { EDIT_FIELDS } from './change-said.js';
import type { FieldHolding, ValueCorrected } from './value-corrected.js';

/** ✅ Ya, ubah: the change asked about is saved. */
export const CHANGE_YES_BUTTON = 'change:yes';
/** ❌ Tidak: nothing is changed. */
export const CHANGE_NO_BUTTON = 'change:no';

type Field = (typeof EDIT_FIELDS)[number];

/** The values a change may touch, as the group's screen shows them. */
type Shown = Pick<GroupView, 'name' | 'unit' | 'memberCount' | 'foundedYear' | 'meetingSchedule' | 'ketuaName' | 'ketuaPhone'>;

/** The RT/RW as the screen says it ("RT 003 / RW 002"; the whole desa when none). */
function unitText(unit: AreaUnit): Text | string {
  const text = formatAreaUnit(unit);
  return text === '' ? t('groups:unit.whole') : text;
}

/**
 * `field`'s value in `group`, as the leader reads it, or null when it is not recorded. A new
 * ketua given with a phone is shown with it, so that both are seen before they are saved.
 */
function valueOf(field: Field, group: Shown, withPhone: boolean): Text | string | null {
  switch (field) {
    case 'members':
      return String(group.memberCount);
    case 'founded':
      return group.foundedYear === null ? null : String(group.foundedYear);
    case 'schedule':
      return group.meetingSchedule;
    case 'ketuaName':
      return group.ketuaName === null ? null : withPhone && group.ketuaPhone ? `${group.ketuaName} (${group.ketuaPhone})` : group.ketuaName;
    case 'ketuaPhone':
      return group.ketuaPhone;
    case 'unit':
      return unitText(group.unit);
    case 'name':
      return group.name;
    case 'type':
    case 'village':
      // Chosen with buttons, never said without a verb (fieldAndValue leaves them out).
      return null;
  }
}

/**
 * "Ubah jumlah anggota Posyandu Anggrek dari 25 jadi 8?" (or, nothing recorded before, "Isi tahun
 * berdiri … dengan 2015?") with ✅ Ya, ubah and ❌ Tidak: the change `changes` makes to `group`'s `field`.
 */
export function changeConfirmPrompt(group: GroupView, field: Field, changes: GroupChanges): OutboundMessage {
  const after: Shown = { ...group, ...changes };
  const withPhone = field === 'ketuaName' && changes.ketuaPhone !== undefined;
  const old = valueOf(field, group, withPhone);
  const params = { field: t(`groups:mine.changeField.${field}`), name: verbatim(group.name), new: valueOf(field, after, withPhone) ?? t('groups:unknown') };
  return say(old === null ? t('groups:mine.confirmChangeSet', params) : t('groups:mine.confirmChange', { ...params, old }), [
    { id: CHANGE_YES_BUTTON, label: t('groups:mine.changeYes') },
    { id: CHANGE_NO_BUTTON, label: t('groups:mine.changeNo') },
  ]);
}

/**
 * What stays when a change asked about is not made: "Baik, jumlah anggota Posyandu Anggrek tetap
 * 25." (nothing recorded before: "… tetap belum diisi.").
 */
export function changeKeptLine(group: GroupView, field: Field): Text {
  const old = valueOf(field, group, false);
  const params = { field: t(`groups:mine.changeField.${field}`), name: verbatim(group.name) };
  return old === null ? t('groups:mine.changeKeptUnset', params) : t('groups:mine.changeKept', { ...params, old });
}

/**
 * A value corrected with no field named ("bukan 25 tapi 8") that no field of the leader's groups
 * holds, or several do: which is asked, the fields holding it listed, with how to say it.
 */
export function valueWhichPrompt(said: ValueCorrected, holding: readonly FieldHolding[]): OutboundMessage {
  const values = { wrong: verbatim(said.wrong), right: verbatim(said.right) };
  if (holding.length === 0) return say([t('groups:mine.valueNotFound', values), t('groups:mine.valueWhichHow', values)]);
  return say([
    t('groups:mine.valueWhich', values),
    ...holding.map(({ group, field }) => t('groups:mine.valueWhichItem', { field: t(`groups:mine.changeField.${field}`), name: verbatim(group.name) })),
    t('groups:mine.valueWhichHow', values),
  ]);
}

/**
 * "Aya naon?", "ini apa?" at that question: what waits (the change below, saved only if the
 * leader agrees) and what the buttons do; the question follows again.
 */
export function changeWaitsSaid(): OutboundMessage {
  return say(t('groups:mine.confirmChangeWaits'));
}
