/**
 * {@link PrivacyStore}: consents as plain SQL on the unit of work (consent-sql.ts, read on
 * most flows); the data report, erasure and the retention purge through Prisma.
 */
import type { PrivacyStore } from '../../domain/model/privacy.js';
import type { PrismaTx } from '../transaction-runner.js';
import { prismaSql, type Sql } from '../unit-of-work/sql.js';
import * as consents from './consent-sql.js';
import { personDataReport } from './data-report.js';
import { erasePerson } from './erase-person.js';
import { purgeBatch, purgeIdlePeople } from './retention-purge.js';

/** Builds the privacy store on one transaction: its Prisma client and its plain SQL (by default through that client). */
export function createPrivacyStore(tx: PrismaTx, sql: Sql = prismaSql(tx)): PrivacyStore {
  return {
    consentState: (personId) => consents.consentState(sql, personId),
    leaderConsents: (groupIds) => consents.leaderConsents(sql, groupIds),
    grantConsent: (personId, identityId, noticeVersion, now) => consents.grantConsent(sql, personId, identityId, noticeVersion, now),
    withdrawConsent: (personId, now) => consents.withdrawConsent(sql, personId, now),

    report: (personId, now) => personDataReport(tx, personId, now),
    erase: (personId, now) => erasePerson(tx, personId, now),
    purgeBatch: (table, cutoff, limit) => purgeBatch(tx, table, cutoff, limit),
    purgeIdlePeople: (cutoff, limit) => purgeIdlePeople(tx, cutoff, limit),
  };
}
