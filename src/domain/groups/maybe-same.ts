/**
 * "Is it that group?": asked when a name typed for a group (registering one, or renaming one in
 * Kelompok saya), or the name of a group moved to another desa in Kelompok saya, is another
 * group's of the desa but for an RT/RW only one of the two names carries ("Karang Taruna
 * Tunas Bangsa" and "… RW XI": see name-match.ts). One question, one reading of its answers,
 * for both flows.
 */
import { say, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import type { StepInput } from '../../core/engine/flow.js';
import { buttonOf, textOf } from '../flow-kit.js';
import { formatAreaUnit } from '../parse/area-unit.js';
import { matchChoice, type ChoiceOption } from '../parse/choice.js';
import { yesOrNo } from '../parse/yes-no.js';
import type { AreaUnit } from '../model/groups.js';

/** The group asked about. */
export interface MaybeSameGroup {
  readonly id: string;
  readonly name: string;
  readonly unit: AreaUnit;
}

/** The "is it that group?" answers typed in words beside yes and no: "kelompok itu", "beda", "kelompok lain". */
const MAYBE_SAME_WORDS: ReadonlyArray<ChoiceOption<'yes' | 'no'>> = [
  { id: 'yes', words: ['kelompok itu', 'itu', 'sama', 'yang itu', 'that group', 'same'] },
  { id: 'no', words: ['kelompok lain', 'lain', 'beda', 'beda kelompok', 'kelompok baru', 'baru', 'another group', 'different'] },
];

/**
 * `"<name>" (<its RT/RW>) is already registered in this desa. Is it the group you mean?`, with
 * Yes and No buttons. `moving`: asked of a group being moved to another desa (Kelompok saya),
 * where "this desa" would be ambiguous: the desa it moves to and the group itself are named.
 */
export function maybeSamePrompt(group: MaybeSameGroup | undefined, moving?: { readonly village: string; readonly group: string }): OutboundMessage {
  const formatted = group ? formatAreaUnit(group.unit) : '';
  const found = { name: group?.name ?? '', unit: formatted === '' ? t('groups:unit.whole') : formatted };
  const question = moving ? t('groups:mine.maybeSameMove', { ...found, village: moving.village, group: moving.group }) : t('groups:register.maybeSame', found);
  return say(question, [
    { id: 'same:yes', label: t('groups:register.maybeSameYes') },
    { id: 'same:no', label: t('groups:register.maybeSameNo') },
  ]);
}

/** A typed answer to "is it that group?": yes, no, "kelompok itu", "beda"…; null when it says neither. */
export function sameGroupAnswer(typed: string): 'yes' | 'no' | null {
  return yesOrNo(typed) ?? matchChoice(typed, MAYBE_SAME_WORDS);
}

/** The answer to {@link maybeSamePrompt}: its buttons, or {@link sameGroupAnswer} typed. */
export function readMaybeSame(input: StepInput): 'yes' | 'no' | null {
  const button = buttonOf(input);
  if (button === 'same:yes') return 'yes';
  if (button === 'same:no') return 'no';
  const typed = textOf(input);
  return typed === null ? null : sameGroupAnswer(typed);
}
