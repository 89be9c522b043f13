/**
 * The transaction object of the app: the conversation store plus every repository the
 * domain's effects use, all in the same transaction (Prisma joins it on first use).
 */
import { firstDueAt } from '../core/outbox/quiet-hours.js';
import type { ReplyOwner } from '../core/outbox/reply-ports.js';
import type { Clock, TransactionRunner } from '../core/ports.js';
import type { SignInTokens } from '../domain/model/sign-in-tokens.js';
import type { AccountLinks } from '../domain/model/accounts.js';
import type { ActivityRepository } from '../domain/model/activities.js';
import type { ConfirmationInbox } from '../domain/model/confirmations.js';
import type { PhotoStore } from '../domain/model/photos.js';
import type { Outbox, OutboxEntry } from '../domain/model/outbox.js';
import type { AlertReports } from '../domain/model/reports.js';
import type { AuditLog } from '../domain/model/audit.js';
import type { GroupRepository, PeopleRepository } from '../domain/model/groups.js';
import type { OfficerRepository } from '../domain/model/officers.js';
import type { PrivacyStore } from '../domain/model/privacy.js';
import type { MenuFacts } from '../domain/model/menu-facts.js';
import type { RegionDirectory } from '../domain/model/regions.js';
import type { RelationRepository } from '../domain/model/relations.js';
import type { StatusRepository } from '../domain/model/status.js';
import type { AreaCountsReader } from '../domain/model/area-counts.js';
import type { DomainTx } from '../domain/model/tx.js';
import { createAccountLinks } from './accounts/account-links.js';
import { createSignInTokens } from './admin/sign-in-tokens.js';
import { createAuditLog } from './audit/audit-log.js';
import { createActivityRepository } from './activities/activity-repository.js';
import { createPhotoStore } from './activities/photo-store.js';
import { PrismaConversationTx } from './conversation-tx.js';
import type { ConversationMemory } from './conversations/conversation-memory.js';
import { remembering } from './conversations/remembering.js';
import type { PrismaClient } from './generated/prisma/client.js';
import { createGroupRepository } from './groups/group-repository.js';
import { GroupViewsRead } from './groups/group-views-read.js';
import { createMenuFacts } from './home/menu-facts.js';
import { createConfirmationInbox } from './home/inbox-sql.js';
import { createAlertReports } from './officers/alert-reports.js';
import { createOfficerRepository } from './officers/officer-repository.js';
import { createOutbox } from './outbox/outbox-store.js';
import { SharedReads } from './unit-of-work/shared-reads.js';
import { createPeopleRepository } from './people/people-repository.js';
import { createPrivacyStore } from './privacy/privacy-store.js';
import { createRegionDirectory } from './regions/region-directory.js';
import { createRelationRepository } from './relations/relation-repository.js';
import { OverridesReadWithFacts } from './status/overrides-read-with-facts.js';
import { createStatusRepository } from './status/status-repository.js';
import { SqlAreaCounts } from './status/area-counts-sql.js';
import { createTransactionRunner, type PrismaTx } from './transaction-runner.js';
import type { Passengers } from './unit-of-work/passenger.js';
import type { Sql } from './unit-of-work/sql.js';

/**
 * Conversation store and domain repositories in one transaction. Each repository is built
 * on first use and kept for the transaction: most messages touch two or three of them, so
 * the other dozen are never built.
 */
export class PrismaAppTx extends PrismaConversationTx implements DomainTx {
  readonly #tx: PrismaTx;
  readonly #built: { -readonly [K in keyof DomainTx]?: DomainTx[K] } = {};
  #dueAlerts = 0;
  /** The override a status refresh read with the facts, for the officers' levelOverride. */
  readonly #overrides = new OverridesReadWithFacts();
  /** The group views this transaction read, until a write to groups (the group repository's, or an erasure's). */
  readonly #groupViews = new GroupViewsRead();
  /** People's last desa read along with their groups, while that statement is on its way. */
  /** A person's last desa, read with their groups (group-sql.ts) and shared with the people repository's read. */
  readonly #lastVillages = new SharedReads<string | null>();

  constructor(tx: PrismaTx, clock?: Clock, replyOwner?: ReplyOwner, sql?: Sql, memory?: ConversationMemory) {
    super(tx, clock, replyOwner, sql, memory);
    this.#tx = tx;
  }

  /** The repository `name`, built by `create` the first time this transaction asks for it. */
  #lazy<K extends keyof DomainTx>(name: K, create: (tx: PrismaTx) => DomainTx[K]): DomainTx[K] {
    return (this.#built[name] ??= create(this.#tx));
  }

  // Regions, groups, people, consents and the audit log: their hot statements are plain SQL on this.sql (the
  // unit of work's connection), so the flows that use them mostly need no Prisma.
  get regions(): RegionDirectory {
    return this.#lazy('regions', (tx) => createRegionDirectory(tx, this.sql));
  }
  get groups(): GroupRepository {
    return this.#lazy('groups', (tx) => createGroupRepository(tx, this.sql, this.#groupViews, this.#lastVillages));
  }
  get people(): PeopleRepository {
    return this.#lazy('people', (tx) => createPeopleRepository(tx, this.sql, this.#lastVillages));
  }
  get activities(): ActivityRepository {
    return this.#lazy('activities', (tx) => createActivityRepository(tx, this.sql, () => this.#groupViews.writes));
  }
  get relations(): RelationRepository {
    return this.#lazy('relations', (tx) => createRelationRepository(tx, this.sql));
  }
  get inbox(): ConfirmationInbox {
    return this.#lazy('inbox', () => createConfirmationInbox(this.sql));
  }
  get status(): StatusRepository {
    return this.#lazy('status', (tx) => createStatusRepository(tx, this.sql, this.#overrides));
  }
  get areaCounts(): AreaCountsReader {
    return this.#lazy('areaCounts', () => new SqlAreaCounts(this.sql));
  }
  get accounts(): AccountLinks {
    return this.#lazy('accounts', createAccountLinks);
  }
  get officers(): OfficerRepository {
    return this.#lazy('officers', (tx) => createOfficerRepository(tx, this.sql, this.#overrides));
  }
  get outbox(): Outbox {
    return this.#lazy('outbox', (tx) => {
      const outbox = createOutbox(tx, this.sql);
      return {
        enqueue: async (entry, now) => {
          const inserted = await outbox.enqueue(entry, now);
          if (inserted && dueAtOnce(entry, now)) this.#dueAlerts += 1;
          return inserted;
        },
        enqueueAll: async (entries, now) => {
          const recorded = await outbox.enqueueAll(entries, now);
          // Which of them were new is not known: counted when any entry is due at once.
          if (entries.some((entry) => dueAtOnce(entry, now))) this.#dueAlerts += recorded;
          return recorded;
        },
      } satisfies Outbox;
    });
  }
  get alertReports(): AlertReports {
    return this.#lazy('alertReports', createAlertReports);
  }
  get audit(): AuditLog {
    return this.#lazy('audit', (tx) => createAuditLog(tx, this.sql));
  }
  get privacy(): PrivacyStore {
    return this.#lazy('privacy', (tx) => {
      const privacy = createPrivacyStore(tx, this.sql);
      return {
        ...privacy,
        // An erasure clears the ketua's name and phone of groups (erase-person.ts): views read before are stale.
        erase: (personId, now) => {
          this.#groupViews.clear();
          // It clears the person's last desa too.
          this.#lastVillages.clear();
          return privacy.erase(personId, now);
        },
      } satisfies PrivacyStore;
    });
  }
  get signInTokens(): SignInTokens {
    return this.#lazy('signInTokens', createSignInTokens);
  }
  get photos(): PhotoStore {
    return this.#lazy('photos', (tx) => createPhotoStore(tx, this.sql));
  }
  get menuFacts(): MenuFacts {
    // Plain SQL, no Prisma: the menu is shown after most messages.
    return this.#lazy('menuFacts', () => createMenuFacts(this.sql));
  }

  /**
   * Outbox entries this transaction recorded (so far) that are due at once: after commit, a
   * reason to wake the dispatcher. A leader's notice recorded at night is due in the morning
   * (firstDueAt): a claim now would find nothing.
   */
  get dueAlerts(): number {
    return this.#dueAlerts;
  }
}

/** Whether an entry recorded at `now` may be sent at once (the outbox store records it due then). */
function dueAtOnce(entry: OutboxEntry, now: Date): boolean {
  return firstDueAt(entry, now).getTime() <= now.getTime();
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
  /** What each transaction's COMMIT round trip carries: the reply outbox's sent marks (createSentMarks' `board`). */
  passengers?: Passengers,
  /** The conversations the runner saved last, for the next message of each (conversations/conversation-memory.ts). */
  memory?: ConversationMemory,
): TransactionRunner<PrismaAppTx> {
  const plain = createTransactionRunner(prisma, (tx, sql) => new PrismaAppTx(tx, clock, replyOwner, sql, memory), passengers);
  // Without a memory the Tx remembers nothing and no claim can miss: the wrapper then only calls afterCommit.
  return remembering(plain, afterCommit);
}
