/**
 * Prisma inside a unit of work that runs on its own pg connection: a Prisma interactive
 * transaction opened on first use, on that connection (see joinable-pool.ts), and kept open
 * until the unit of work ends.
 */
import type pg from 'pg';
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import type { JoinablePool } from './joinable-pool.js';
import type { PgSession } from './sql.js';

type PrismaTx = Prisma.TransactionClient;

/** Ends the joined Prisma transaction without an error of its own (the unit of work rolls back). */
class Abandoned extends Error {}

/** The unit of work's Prisma transaction, opened when first asked for. */
export class PrismaJoin {
  readonly #prisma: PrismaClient;
  readonly #pool: JoinablePool;
  readonly #connection: pg.PoolClient;
  readonly #session: PgSession;
  #client: Promise<PrismaTx> | undefined;
  #finish: ((commit: boolean) => void) | undefined;
  #done: Promise<void> | undefined;
  readonly #options: { readonly maxWait: number; readonly timeout: number };

  constructor(prisma: PrismaClient, pool: JoinablePool, connection: pg.PoolClient, session: PgSession, options: { readonly maxWait: number; readonly timeout: number }) {
    this.#session = session;
    this.#prisma = prisma;
    this.#pool = pool;
    this.#connection = connection;
    this.#options = options;
  }

  /** The transaction client; the first call opens it, on the unit of work's connection. */
  client(): Promise<PrismaTx> {
    this.#client ??= new Promise<PrismaTx>((resolve, reject) => {
      const held = new Promise<void>((finished, abandoned) => {
        this.#finish = (commit) => (commit ? finished() : abandoned(new Abandoned()));
      });
      // Awaited only once Prisma's transaction runs: when the opening round trip failed (a held
      // write's error, e.g. a remembered claim's check) nothing ever awaits it, and its abandonment
      // must not surface as an unhandled rejection.
      held.catch(() => undefined);
      this.#done = this.#session
        .begin()
        .then(() => this.#pool.join(this.#connection, (joined) =>
          this.#prisma.$transaction(async (tx) => {
            // A lost async context would have given Prisma another connection: fail rather than write outside the unit of work.
            if (!joined()) throw new Error('unit of work: Prisma opened its transaction on another connection');
            resolve(tx);
            await held;
          }, this.#options),
          ),
        )
        .catch((error: unknown) => {
          reject(error instanceof Error ? error : new Error(String(error)));
          if (!(error instanceof Abandoned)) throw error;
        });
    });
    return this.#client;
  }

  /**
   * Lets Prisma's transaction finish before the unit of work sends COMMIT or ROLLBACK: its
   * own are not sent (the connection is the unit of work's). Throws when Prisma's
   * transaction failed (e.g. timed out): then the unit of work must roll back.
   */
  async end(commit: boolean): Promise<void> {
    if (!this.#done) return;
    this.#finish?.(commit);
    await this.#done;
  }
}

/**
 * A {@link PrismaTx} for repositories built before Prisma is needed: each model call and
 * raw query first waits for the joined transaction's client, then runs on it.
 */
export function lazyPrismaTx(open: () => Promise<PrismaTx>): PrismaTx {
  const models = new Map<string, unknown>();
  const model = (name: string): unknown =>
    new Proxy(
      {},
      {
        get: (_target, method) => async (...args: unknown[]) => {
          // Forwards model.method(...args) as called: the stand-in is typed as PrismaTx for its callers.
          const tx = (await open()) as unknown as Record<string, Record<string | symbol, (...a: unknown[]) => unknown>>;
          return tx[name]![method]!(...args);
        },
      },
    );
  // A stand-in for the transaction client, opened on first use (see above).
  return new Proxy({} as PrismaTx, {
    get(_target, key) {
      if (typeof key !== 'string' || key === 'then') return undefined;
      if (key.startsWith('$')) {
        return async (...args: unknown[]) => {
          // Forwards $method(...args) as called, like the models above.
          const tx = (await open()) as unknown as Record<string, (...a: unknown[]) => unknown>;
          return tx[key]!(...args);
        };
      }
      if (!models.has(key)) models.set(key, model(key));
      return models.get(key);
    },
  });
}
