/** {@link PeopleRepository}: a person's contact details, as plain SQL (people-sql.ts). */
import type { PeopleRepository } from '../../domain/model/groups.js';
import type { PrismaTx } from '../transaction-runner.js';
import { prismaSql, type Sql } from '../unit-of-work/sql.js';
import * as people from './people-sql.js';

/**
 * Builds the people repository on one transaction's plain SQL (by default through its
 * Prisma client). `setContact` always sets the display name; a null phone means "not given
 * this time", not "delete it", so the phone already on record (e.g. the WhatsApp number
 * the person writes from) is kept.
 */
export function createPeopleRepository(tx: PrismaTx, sql: Sql = prismaSql(tx)): PeopleRepository {
  return {
    setContact: (personId, displayName, phoneE164) => people.setContact(sql, personId, displayName, phoneE164),
    setLastVillage: (personId, villageCode) => people.setLastVillage(sql, personId, villageCode),
    lastVillage: (personId) => people.lastVillage(sql, personId),
  };
}
