/**
 * The repositories domain effects may use, all bound to the transaction of the inbound
 * message being handled. Storage provides one object with all of them.
 */
import type { SignInTokens } from './access/sign-in-tokens.js';
import type { AccountLinks } from './accounts/ports.js';
import type { ActivityRepository } from './activities/ports.js';
import type { PhotoStore } from './activities/photo-ports.js';
import type { Outbox } from './alerts/ports.js';
import type { AuditLog } from './audit/ports.js';
import type { AlertReports } from './alerts/report-ports.js';
import type { GroupRepository, PeopleRepository } from './groups/ports.js';
import type { OfficerRepository } from './officers/ports.js';
import type { PrivacyStore } from './privacy/ports.js';
import type { MenuFacts } from './home/menu-facts.js';
import type { RegionDirectory } from './regions/ports.js';
import type { RelationRepository } from './relations/ports.js';
import type { StatusRepository } from './status/ports.js';

export interface DomainTx {
  readonly regions: RegionDirectory;
  readonly groups: GroupRepository;
  readonly people: PeopleRepository;
  readonly activities: ActivityRepository;
  readonly relations: RelationRepository;
  readonly status: StatusRepository;
  readonly accounts: AccountLinks;
  readonly officers: OfficerRepository;
  /** Proactive messages recorded in this transaction, sent later by the dispatcher. */
  readonly outbox: Outbox;
  /** Read-only queries of the officer jobs and lists. */
  readonly alertReports: AlertReports;
  /** Officer, admin and personal-data actions, committed with the action. */
  readonly audit: AuditLog;
  /** Dashboard sign-in tokens (officers' "Masuk dasbor"). */
  readonly signInTokens: SignInTokens;
  /** Consent records, a person's data report and erasure, and the retention purge. */
  readonly privacy: PrivacyStore;
  /** Activity photos (drafts while an activity is being logged, then attached to it). */
  readonly photos: PhotoStore;
  /** What the main menu shows for a person, read in one go. */
  readonly menuFacts: MenuFacts;
}
