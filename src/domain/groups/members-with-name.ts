/**
 * A member count typed with the group's name ("posyandu balita melati 2, anggotane 35an",
 * "arisan melati anggotanya 20 orang"): the count became part of the name ("Posyandu Balita
 * Melati 2, Anggotane 35an", saved so and shown to officers) and the members were asked again.
 * Kept as the members instead, said back, and the name read from the words before it.
 */
import type { StepDef } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { keepingTypedAlong } from '../flow-kit.js';
import { membersTypedAtUnit } from './members-at-unit.js';

/** Where a count typed after the name may start: a comma, or the word that labels it ("… anggotanya 35", "… jamaah 60an"). */
const COUNT_START = /[,;]|\s(?=(?:anggota(?:nya|ne)?|jumlah(?:nya)?|j[ae]maah(?:nya|ne)?|warga(?:nya|ne)?)(?![\p{L}]))/giu;

/**
 * The name and the member count typed after it; null when no part after the name is a count that
 * says who they are ("Posyandu Melati, 2" keeps its number: a bare number may be the name's).
 */
export function membersAfterName(typed: string): { readonly name: string; readonly members: number } | null {
  for (const cut of typed.matchAll(COUNT_START)) {
    const name = typed.slice(0, cut.index).trim();
    const members = membersTypedAtUnit(typed.slice(cut.index + cut[0].length).trim());
    if (/\p{L}/u.test(name) && members !== null) return { name, members };
  }
  return null;
}

/** `step` (the name question), where a count typed after the name ({@link membersAfterName}) is kept as the members, the name the step's. */
export function keepingMembersWithName<D extends { readonly members?: number }>(step: StepDef<D>): StepDef<D> {
  return keepingTypedAlong(step, (typed, data) => {
    const read = data.members === undefined ? membersAfterName(typed) : null;
    return read === null ? null : { data: { ...data, members: read.members }, said: say(t('groups:register.membersKept', { count: read.members })), rest: read.name };
  });
}
