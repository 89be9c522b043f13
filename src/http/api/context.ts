/** What every route module of the admin API gets: storage, time, rules and its transactions. */
import type { EventBus } from '../../core/events.js';
import type { Clock, TransactionRunner } from '../../core/ports.js';
import type { Text } from '../../core/text.js';
import type { StatusThresholds } from '../../domain/status/status.js';
import type { DomainWords } from '../../i18n/domain-words.js';
import { PrismaAppTx } from '../../storage/app-tx.js';
import type { DatabaseClient } from '../../storage/database.js';
import { createTransactionRunner, type PrismaTx } from '../../storage/transaction-runner.js';

/** One API transaction: the domain's repositories and the raw client of the same transaction. */
export interface ApiTx {
  /** Domain repositories (verification, invites, audit), as the chat uses them. */
  readonly app: PrismaAppTx;
  /** The admin queries of src/storage/admin run on this. */
  readonly db: PrismaTx;
}

/** Options of the `apiRoutes` plugin. */
export interface ApiOptions {
  readonly prisma: DatabaseClient;
  readonly clock: Clock;
  /** The ADMIN_TOKEN; unset means only personal tokens sign in. */
  readonly adminToken?: string | undefined;
  /** The WKSBM status rules in force (config). */
  readonly thresholds: StatusThresholds;
  /** The domain's words from locales/ (export labels, the dashboard's words). */
  readonly words: DomainWords;
  /** Renders an i18n text in a locale (status next steps get a `text`); absent = keys only. */
  readonly renderText?: ((text: Text, locale: string) => string) | undefined;
  /** The app's one event bus (main.ts): a verdict through the API is told and refreshes the desa as from the chat. */
  readonly events: Pick<EventBus<PrismaAppTx>, 'emitter'>;
  /** Called after a committed write that may have queued alerts (wake the outbox dispatcher). */
  readonly afterWrite?: (() => void) | undefined;
  /**
   * `https://t.me/<bot>?start=<key>-<arg>` for a deep link, or undefined while Telegram is
   * not running (its username is known only once it runs): officer invites come with one.
   */
  readonly telegramStartLink?: ((key: string, arg: string) => string | undefined) | undefined;
}

/** The shared context of the route modules. */
export interface ApiContext extends ApiOptions {
  readonly transactions: TransactionRunner<ApiTx>;
}

/**
 * Builds the context from the plugin's options. Only the known fields are copied: the
 * registration options also carry Fastify's own (`prefix`), which must not reach the
 * route modules registered with this context.
 */
export function createApiContext(options: ApiOptions): ApiContext {
  return {
    prisma: options.prisma,
    clock: options.clock,
    adminToken: options.adminToken,
    thresholds: options.thresholds,
    words: options.words,
    events: options.events,
    renderText: options.renderText,
    afterWrite: options.afterWrite,
    telegramStartLink: options.telegramStartLink,
    transactions: createTransactionRunner(options.prisma, (tx) => ({ app: new PrismaAppTx(tx, options.clock), db: tx })),
  };
}
