/**
 * The transaction object of the app: the conversation store plus every repository the
 * domain's effects use, all on the same Prisma transaction client.
 */
import type { ReplyOwner } from '../core/outbox/reply-ports.js';
import type { Clock, TransactionRunner } from '../core/ports.js';
import type { SignInTokens } from '../domain/access/sign-in-tokens.js';
import type { AccountLinks } from '../domain/accounts/ports.js';
import type { ActivityRepository } from '../domain/activities/ports.js';
import type { PhotoStore } from '../domain/activities/photo-ports.js';
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
import { createPhotoStore } from './activities/photo-store.js';
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
  readonly photos: PhotoStore;
  #enqueued = 0;

  constructor(tx: PrismaTx, clock?: Clock, replyOwner?: ReplyOwner) {
    super(tx, clock, replyOwner);
    this.regions = createRegionDirectory(tx);
    this.groups = createGroupRepository(tx);
    this.people = createPeopleRepository(tx);
    this.activities = createActivityRepository(tx);
    this.relations = createRelationRepository(tx);
    this.status = createStatusRepository(tx);
    this.accounts = createAccountLinks(tx);
    this.officers = createOfficerRepository(tx);
    const outbox = createOutbox(tx);
    this.outbox = {
      enqueue: async (entry, now) => {
        const inserted = await outbox.enqueue(entry, now);
        if (inserted) this.#enqueued += 1;
        return inserted;
      },
    };
    this.alertReports = createAlertReports(tx);
    this.audit = createAuditLog(tx);
    this.privacy = createPrivacyStore(tx);
    this.signInTokens = createSignInTokens(tx);
    this.photos = createPhotoStore(tx);
  }

  /** Outbox entries this transaction recorded (so far): after commit, a reason to wake the dispatcher. */
  get enqueued(): number {
    return this.#enqueued;
  }
}

/**
 * One transaction per unit of work, handing out a {@link PrismaAppTx}. `afterCommit` sees
 * each committed one, e.g. to wake the outbox dispatcher only when alerts were recorded
 * (waking it after every message would cost a claim transaction per message).
 */
export function createAppTransactionRunner(
  prisma: PrismaClient,
  clock?: Clock,
  afterCommit?: (tx: PrismaAppTx) => void,
  /** The instance that sends the replies the transactions queue (the conversation runner's). */
  replyOwner?: ReplyOwner,
): TransactionRunner<PrismaAppTx> {
  const runner = createTransactionRunner(prisma, (tx) => new PrismaAppTx(tx, clock, replyOwner));
  if (!afterCommit) return runner;
  return {
    async transaction(fn) {
      let appTx: PrismaAppTx | undefined;
      const result = await runner.transaction((tx) => {
        appTx = tx;
        return fn(tx);
      });
      if (appTx) afterCommit(appTx);
      return result;
    },
  };
}
