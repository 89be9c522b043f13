/** {@link PrivacyStore} over Prisma: consents, the data report, erasure and the retention purge. */
import type { PrivacyStore } from '../../domain/model/privacy.js';
import type { PrismaTx } from '../transaction-runner.js';
import { personDataReport } from './data-report.js';
import { erasePerson } from './erase-person.js';
import { purgeBatch, purgeIdlePeople } from './retention-purge.js';

/** Builds the privacy store on one transaction client. */
export function createPrivacyStore(tx: PrismaTx): PrivacyStore {
  return {
    async consentState(personId) {
      const person = await tx.person.findUnique({
        where: { id: personId },
        select: {
          anonymisedAt: true,
          consents: { select: { noticeVersion: true, channel: true, grantedAt: true, withdrawnAt: true }, orderBy: { grantedAt: 'desc' } },
        },
      });
      if (!person) return { consents: [], anonymised: true };
      return {
        anonymised: person.anonymisedAt !== null,
        consents: person.consents,
      };
    },

    async grantConsent(personId, identityId, noticeVersion, now) {
      const identity = await tx.channelIdentity.findUniqueOrThrow({ where: { id: identityId }, select: { channel: true, externalId: true } });
      await tx.consent.create({ data: { personId, noticeVersion, channel: identity.channel, externalId: identity.externalId, grantedAt: now } });
    },

    async withdrawConsent(personId, now) {
      const withdrawn = await tx.consent.updateMany({ where: { personId, withdrawnAt: null }, data: { withdrawnAt: now } });
      if (withdrawn.count > 0) {
        // Notices to them not sent yet are dropped; an officer's alerts are work, not consent.
        await tx.alert.deleteMany({ where: { personId, officerId: null, status: 'pending' } });
      }
      return withdrawn.count;
    },

    report: (personId) => personDataReport(tx, personId),
    erase: (personId, now) => erasePerson(tx, personId, now),
    purgeBatch: (table, cutoff, limit) => purgeBatch(tx, table, cutoff, limit),
    purgeIdlePeople: (cutoff, limit) => purgeIdlePeople(tx, cutoff, limit),
  };
}
