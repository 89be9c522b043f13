/**
 * The transaction object of the app: the conversation store plus every repository the
 * domain's effects use, all on the same Prisma transaction client.
 */
import type { Clock, TransactionRunner } from '../core/ports.js';
import type { SignInTokens } from '../domain/access/sign-in-tokens.js';
import type { AccountLinks } from '../domain/accounts/ports.js';
import type { ActivityRepository } from '../domain/activities/ports.js';
import type { Outbox } from '../domain/alerts/ports.js';
import type { AlertReports } from '../domain/alerts/report-ports.js';
import type { AuditLog } from '../domain/audit/ports.js';
import type { GroupRepository, PeopleRepository } from '../domain/groups/ports.js';
import type { OfficerRepository } from '../domain/officers/ports.js';
import type { PrivacyStore } from '../domain/privacy/ports.js';
import type { RegionDirectory } from '../domain/regions/ports.js';
import type { RelationRepository } from '../domain/relations/ports.js';
import type { StatusRepository } from '../domain/status/ports.js';
import type { DomainTx } from '../domain/tx.js';
import { createAccountLinks } from './accounts/account-links.js';
import { createSignInTokens } from './admin/sign-in-tokens.js';
import { createAuditLog } from './audit/audit-log.js';
import { createActivityRepository } from './activities/activity-repository.js';
import { PrismaConversationTx } from './conversation-tx.js';
import type { PrismaClient } from './generated/prisma/client.js';
import { createGroupRepository } from './groups/group-repository.js';
import { createAlertReports } from './officers/alert-reports.js';
import { createOfficerRepository } from './officers/officer-repository.js';
import { createOutbox } from './outbox/outbox-store.js';
import { createPeopleRepository } from './people/people-repository.js';
import { createPrivacyStore } from './privacy/privacy-store.js';
import { createRegionDirectory } from './regions/region-directory.js';
import { createRelationRepository } from './relations/relation-repository.js';
import { createStatusRepository } from './status/status-repository.js';
import { createTransactionRunner, type PrismaTx } from './transaction-runner.js';

/** Conversation store and domain repositories in one transaction. */
export class PrismaAppTx extends PrismaConversationTx implements DomainTx {
  readonly regions: RegionDirectory;
  readonly groups: GroupRepository;
  readonly people: PeopleRepository;
  readonly activities: ActivityRepository;
  readonly relations: RelationRepository;
  readonly status: StatusRepository;
  readonly accounts: AccountLinks;
  readonly officers: OfficerRepository;
  readonly outbox: Outbox;
  readonly alertReports: AlertReports;
  readonly audit: AuditLog;
  readonly signInTokens: SignInTokens;
  readonly privacy: PrivacyStore;

  constructor(tx: PrismaTx, clock?: Clock) {
    super(tx, clock);
    this.regions = createRegionDirectory(tx);
    this.groups = createGroupRepository(tx);
    this.people = createPeopleRepository(tx);
    this.activities = createActivityRepository(tx);
    this.relations = createRelationRepository(tx);
    this.status = createStatusRepository(tx);
    this.accounts = createAccountLinks(tx);
    this.officers = createOfficerRepository(tx);
    this.outbox = createOutbox(tx);
    this.alertReports = createAlertReports(tx);
    this.audit = createAuditLog(tx);
    this.privacy = createPrivacyStore(tx);
    this.signInTokens = createSignInTokens(tx);
  }
}

/** One transaction per unit of work, handing out a {@link PrismaAppTx}. */
export function createAppTransactionRunner(prisma: PrismaClient, clock?: Clock): TransactionRunner<PrismaAppTx> {
  return createTransactionRunner(prisma, (tx) => new PrismaAppTx(tx, clock));
}
