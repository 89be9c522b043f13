/**
 * The repositories domain effects may use, all bound to the transaction of the inbound
 * message being handled. Storage provides one object with all of them.
 */
import type { SignInTokens } from './sign-in-tokens.js';
import type { AccountLinks } from './accounts.js';
import type { ActivityRepository } from './activities.js';
import type { ConfirmationInbox } from './confirmations.js';
import type { PhotoStore } from './photos.js';
import type { Outbox } from './outbox.js';
import type { AuditLog } from './audit.js';
import type { AlertReports } from './reports.js';
import type { GroupRepository, PeopleRepository } from './groups.js';
import type { OfficerRepository } from './officers.js';
import type { PrivacyStore } from './privacy.js';
import type { MenuFacts } from './menu-facts.js';
import type { RegionDirectory } from './regions.js';
import type { RelationRepository } from './relations.js';
import type { StatusRepository } from './status.js';
import type { AreaCountsReader } from './area-counts.js';

export interface DomainTx {
  readonly regions: RegionDirectory;
  readonly groups: GroupRepository;
  readonly people: PeopleRepository;
  readonly activities: ActivityRepository;
  readonly relations: RelationRepository;
  /** The confirmation inbox's three lists (activities, relations, co-leaders) read together. */
  readonly inbox: ConfirmationInbox;
  readonly status: StatusRepository;
  /** Desa per level in a kecamatan, kabupaten/kota or provinsi ("berapa desa di Bantul yang sudah WKSBM?"). */
  readonly areaCounts: AreaCountsReader;
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
