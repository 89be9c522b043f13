/** {@link PeopleRepository}: a person's contact details, as plain SQL (people-sql.ts). */
import type { PeopleRepository } from '../../domain/model/groups.js';
import type { PrismaTx } from '../transaction-runner.js';
import { prismaSql, type Sql } from '../unit-of-work/sql.js';
import { SharedReads } from '../unit-of-work/shared-reads.js';
import * as people from './people-sql.js';

/**
 * Builds the people repository on one transaction's plain SQL (by default through its
 * Prisma client). `setContact` always sets the display name; a null phone means "not given
 * this time", not "delete it", so the phone already on record (e.g. the WhatsApp number
 * the person writes from) is kept. The last desa asked for while a statement that reads it
 * is on its way (the person's groups: group-repository.ts) shares that statement.
 */
export function createPeopleRepository(tx: PrismaTx, sql: Sql = prismaSql(tx), lastVillages = new SharedReads<string | null>()): PeopleRepository {
  return {
    setContact: (personId, displayName, phoneE164) => people.setContact(sql, personId, displayName, phoneE164),
    setLastVillage: (personId, villageCode) => {
      lastVillages.clear();
      return people.setLastVillage(sql, personId, villageCode);
    },
    lastVillage: (personId) => lastVillages.read(personId, () => people.lastVillage(sql, personId)),
  };
}
