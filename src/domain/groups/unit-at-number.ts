/**
 * An RT/RW typed where the registration asks a number (the members, the year founded, the
 * ketua's phone): "rw 5", "rt 3 rw 5", "RW 05". The person is giving the group's wilayah, often
 * the part the request left out ("arisan melati rt 3", then "rw 5"); it was refused as no
 * number ("Mohon tulis jumlahnya dengan angka") and lost. Kept instead, said back briefly, and
 * the question asked again.
 */
import type { StepDef } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { keepingTypedEarly } from '../flow-kit.js';
import { formatAreaUnit, parseAreaUnit } from '../parse/area-unit.js';
import { DESA_KINDS, alternation } from '../parse/lexicon.js';
import type { AreaUnit } from '../model/groups.js';
import { unitInsteadOfName } from './group-answers.js';
import { SAYS_RT_RW, SAYS_UNIT } from './rt-rw-words.js';

/**
 * The RT/RW that `typed` is, and nothing else, merged into `unit`: the part said replaces its
 * own, the part not said stays ("rw 5" after RT 3 is RT 3 RW 5). Null when it is no RT/RW.
 */
export function unitTypedAtNumber(typed: string, unit: AreaUnit | undefined): AreaUnit | null {
  if (!SAYS_RT_RW.test(typed)) return null;
  const said = unitInsteadOfName(typed);
  if (said === null) return null;
  const before = unit ?? { rt: 0, rw: 0, dusun: '' };
  return { ...before, ...(said.rt > 0 && { rt: said.rt }), ...(said.rw > 0 && { rw: said.rw }) };
}

/**
 * `step` (a number question of the registration), where an RT/RW typed instead is kept as the
 * group's ({@link unitTypedAtNumber}), said so ("Saya catat RT 003 / RW 005."), and the
 * question asked again; any other answer is the step's.
 */
export function keepingUnitTyped<D extends { readonly unit?: AreaUnit }>(step: StepDef<D>): StepDef<D> {
  return keepingTypedEarly(step, (typed, data) => {
    const unit = unitTypedAtNumber(typed, data.unit);
    if (unit !== null) return { data: { ...data, unit }, said: say(t('groups:register.unitKept', { unit: formatAreaUnit(unit) })) };
    const again = unitSaidAgain(typed, data.unit);
    return again === null ? null : { data, said: say(t('groups:register.unitSaidAgain', { unit: again === '' ? t('groups:unit.whole') : again })) };
  });
}

/** A desa's kind said ("seluruh desa", "se-kelurahan"): with it a whole-desa answer is no "tidak" or "semua" typed for a number. */
const SAYS_DESA = new RegExp(String.raw`(?:^|[^\p{L}])(?:se-?)?(?:${alternation(DESA_KINDS)})(?![\p{L}])`, 'iu');

/**
 * The wilayah already on record, said again where a number is asked ("dusun krajan" at the
 * members question after "PKK Dusun Krajan", whose dusun was taken from the name): the person
 * answers the question they think was skipped. As shown ("Dusun Krajan", '' for the whole desa),
 * or null when `typed` is no such answer or names another place.
 */
export function unitSaidAgain(typed: string, unit: AreaUnit | undefined): string | null {
  if (unit === undefined || !(SAYS_UNIT.test(typed) || SAYS_DESA.test(typed))) return null;
  const said = parseAreaUnit(typed);
  return said.ok && formatAreaUnit(said.value) === formatAreaUnit(unit) ? formatAreaUnit(unit) : null;
}
