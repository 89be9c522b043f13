/**
 * A member count typed where the registration asks the RT/RW ("50 org", "anggotanya 40 orang"):
 * the person is answering the next question early. It was refused ("Saya belum bisa membaca
 * RT/RW itu") and lost; kept instead, said back briefly, and the RT/RW asked again (the members
 * question is then skipped, as for a count the request stated).
 */
import type { StepDef } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { keepingTypedEarly } from '../flow-kit.js';
import { MEMBER_COUNT } from './group-schema.js';
import { readPeopleCount } from '../parse/people-count.js';
import { SAYS_UNIT } from './rt-rw-words.js';

/** The member count `typed` is when it says who they are ("50 org"); a bare number is an RT or RW (asked). */
export function membersTypedAtUnit(typed: string): number | null {
  if (!/\p{L}/u.test(typed) || SAYS_UNIT.test(typed)) return null;
  const count = readPeopleCount(typed, MEMBER_COUNT);
  return count.ok ? count.value.total : null;
}

/** `step` (the RT/RW question), where a member count typed instead is kept ({@link membersTypedAtUnit}). */
export function keepingMembersTyped<D extends { readonly members?: number }>(step: StepDef<D>): StepDef<D> {
  return keepingTypedEarly(step, (typed, data) => {
    const members = membersTypedAtUnit(typed);
    return members === null ? null : { data: { ...data, members }, said: say(t('groups:register.membersKept', { count: members })) };
  });
}
