/**
 * The roles a person holds, looked up fresh whenever they matter (the menu, every
 * privileged effect): resident is everyone; leader means an active membership of an
 * enabled group; officer an active officer role with areas; admin the Person.isAdmin flag.
 * Roles are never kept in conversation state, so a withdrawn role ends at the next message.
 */
import type { DomainTx } from '../model/tx.js';
import type { OfficerView } from '../model/officers.js';

/** What a person may do besides what every resident may. */
export interface PersonRoles {
  readonly leader: boolean;
  readonly officer: OfficerView | null;
  readonly admin: boolean;
}

/** The person's roles now. */
export async function personRoles(tx: Pick<DomainTx, 'groups' | 'officers'>, personId: string): Promise<PersonRoles> {
  const [groups, officer, admin] = await Promise.all([tx.groups.listLedBy(personId), tx.officers.byPerson(personId), tx.officers.isAdmin(personId)]);
  return { leader: groups.length > 0, officer, admin };
}
