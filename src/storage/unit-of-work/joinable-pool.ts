/**
 * The pg pool Prisma's driver adapter draws from, able to hand a unit of work's own
 * connection to Prisma. A unit of work runs its transaction on one pooled connection
 * (BEGIN…COMMIT sent by us, see transaction-runner.ts); when an effect then uses a Prisma
 * repository, Prisma opens its transaction (prisma-join.ts) and this pool gives it that same
 * connection, with Prisma's own BEGIN/COMMIT/ROLLBACK left unsent. So the ORM's statements
 * join the unit of work's transaction and cost no extra round trips. Which connection to give
 * travels with the async context (AsyncLocalStorage) of the Prisma call that opens it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { field } from '../../core/unknown.js';
import { oneAtATime } from './one-at-a-time.js';

/** The connection a Prisma transaction opened in this async context is to take. */
interface Held {
  readonly client: pg.PoolClient;
  /** Set when Prisma's transaction took it (so the unit of work can check that it did). */
  joined: boolean;
  /** Set once the transaction is open: a later connect() here (work left running) gets a pool connection. */
  closed: boolean;
}

const held = new AsyncLocalStorage<Held>();

/** Prisma's transaction control statements: the unit of work sends its own. */
const TRANSACTION_CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK)\s*;?\s*$/i;

/** What pg resolves a statement to; the adapter reads rows, fields and rowCount. */
const EMPTY_RESULT = { command: '', rowCount: 0, oid: 0, fields: [], rows: [] };

/**
 * A {@link pg.Pool} (the adapter requires one) whose `connect()`, inside
 * {@link JoinablePool.join}, returns the given connection instead of another one.
 */
export class JoinablePool extends pg.Pool {
  /**
   * Calls `open` (which starts a Prisma transaction) so that the connection the transaction
   * takes is `client`; `open` gets a check of whether it did.
   */
  join<T>(client: pg.PoolClient, open: (joined: () => boolean) => Promise<T>): Promise<T> {
    const state: Held = { client, joined: false, closed: false };
    return held.run(state, () =>
      open(() => {
        state.closed = true;
        return state.joined;
      }),
    );
  }

  // pg's overloads (callback and promise); the adapter starts transactions with the promise form.
  override connect(): Promise<pg.PoolClient>;
  override connect(callback: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void): void;
  override connect(
    callback?: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void,
  ): Promise<pg.PoolClient> | void {
    // The callback form serves pool.query (the adapter's statements outside a transaction): never joined.
    if (callback) return super.connect(callback);
    const state = held.getStore();
    if (!state || state.closed) return super.connect();
    state.joined = true;
    return Promise.resolve(borrowed(state.client));
  }
}

/**
 * The held connection as Prisma's transaction sees it: statements go through, transaction
 * control is left to the unit of work, and releasing it leaves it with the unit of work.
 */
function borrowed(client: pg.PoolClient): pg.PoolClient {
  return new Proxy(client, {
    get(target, key, receiver) {
      if (key === 'release') return () => undefined;
      if (key === 'query') {
        return (config: unknown, values?: unknown) => {
          const text = typeof config === 'string' ? config : field(config, 'text');
          if (typeof text === 'string' && TRANSACTION_CONTROL.test(text)) return Promise.resolve({ ...EMPTY_RESULT, rows: [] });
          // Passed through unchanged: the adapter called pg's query with these very arguments.
          // After the unit of work's own statements asked before it (one-at-a-time.ts).
          return oneAtATime(target, () => target.query(config as pg.QueryConfig, values as unknown[]));
        };
      }
      const value: unknown = Reflect.get(target, key, receiver);
      // Any other member of the real client, bound to it (a Proxy sees it only as unknown).
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The pool behind each client database.ts built, for the transaction runner. */
const pools = new WeakMap<object, JoinablePool>();

/** Records that `prisma`'s adapter draws from `pool` (database.ts, when it builds them). */
export function registerPool(prisma: object, pool: JoinablePool): void {
  pools.set(prisma, pool);
}

/** The pool `prisma`'s adapter draws from; undefined for a client built elsewhere. */
export function poolOf(prisma: object): JoinablePool | undefined {
  return pools.get(prisma);
}
