/** {@link PeopleRepository} over Prisma: a person's contact details. */
import type { PeopleRepository } from '../../domain/model/groups.js';
import type { PrismaTx } from '../transaction-runner.js';

/**
 * Builds the people repository on one transaction client. `setContact` always sets the
 * display name; a null phone means "not given this time", not "delete it", so the phone
 * already on record (e.g. the WhatsApp number the person writes from) is kept.
 */
export function createPeopleRepository(tx: PrismaTx): PeopleRepository {
  return {
    async setContact(personId, displayName, phoneE164) {
      await tx.person.update({
        where: { id: personId },
        data: phoneE164 === null ? { displayName } : { displayName, phoneE164 },
      });
    },
    async setLastVillage(personId, villageCode) {
      await tx.person.updateMany({ where: { id: personId }, data: { lastVillageCode: villageCode } });
    },
    async lastVillage(personId) {
      const row = await tx.person.findUnique({ where: { id: personId }, select: { lastVillageCode: true } });
      return row?.lastVillageCode ?? null;
    },
  };
}
