/**
 * Runs units of work in one database transaction each, handing each one a "Tx" object (a
 * bundle of repositories) built on it.
 *
 * On a client database.ts built, the transaction is ours, on one pg connection: BEGIN, the
 * hot path's plain SQL (see unit-of-work/sql.ts), COMMIT (BEGIN sent with the first
 * statement, COMMIT with the last, each in that statement's round trip). Prisma joins only when a
 * repository is used: its transaction then starts on that same connection
 * (unit-of-work/joinable-pool.ts). A message that needs no repository so sends no ORM
 * statement at all, whose CPU cost is many times the database's.
 */
import type { TransactionRunner } from '../core/ports.js';
import type { Prisma, PrismaClient } from './generated/prisma/client.js';
import { poolOf, type JoinablePool } from './unit-of-work/joinable-pool.js';
import type { Passengers } from './unit-of-work/passenger.js';
import { lazyPrismaTx, PrismaJoin } from './unit-of-work/prisma-join.js';
import { PgSession, prismaSql, type Sql } from './unit-of-work/sql.js';

/** The Prisma client of one open transaction. Repositories take this. */
export type PrismaTx = Prisma.TransactionClient;

/**
 * Limits for one unit of work. maxWait covers waiting to start (for a free connection of
 * the pool: the pool's own connection timeout is as long); timeout bounds each statement on
 * our connection (a wait for a conversation row lock held by another instance included),
 * and Prisma's joined transaction as a whole.
 */
export const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

/**
 * Starts the transaction (with its first statement, in one round trip: see PgSession) and
 * bounds each of its statements (a lock wait behind a stuck instance included) as Prisma's
 * timeout bounded the unit of work.
 */
const BEGIN = ['BEGIN', `SET LOCAL statement_timeout = ${TRANSACTION_OPTIONS.timeout}`];

/**
 * A {@link TransactionRunner} whose Tx objects `makeTx` builds from the transaction's Prisma
 * client and its plain SQL. Later features extend the Tx by passing a richer factory, e.g.
 * `createTransactionRunner(prisma, (tx, sql) => new AppTx(tx, sql))` with `AppTx extends PrismaConversationTx`.
 *
 * Code inside `fn` must use only the Tx, never the outer client: an outer query takes a
 * second pooled connection and sees none of this transaction's writes.
 *
 * `passengers`: statements waiting for a ride that each transaction's COMMIT round trip
 * carries (the reply outbox's sent marks, for the per-message transactions: passenger.ts).
 * Only on our own connection; Prisma's transaction (no pool of ours) carries none.
 */
export function createTransactionRunner<Tx>(prisma: PrismaClient, makeTx: (tx: PrismaTx, sql: Sql) => Tx, passengers?: Passengers): TransactionRunner<Tx> {
  const pool = poolOf(prisma);
  if (!pool) {
    return { transaction: (fn) => prisma.$transaction((tx) => fn(makeTx(tx, prismaSql(tx))), TRANSACTION_OPTIONS) };
  }
  return { transaction: (fn) => onConnection(pool, prisma, makeTx, fn, passengers) };
}

async function onConnection<Tx, T>(
  pool: JoinablePool,
  prisma: PrismaClient,
  makeTx: (tx: PrismaTx, sql: Sql) => Tx,
  fn: (tx: Tx) => Promise<T>,
  passengers: Passengers | undefined,
): Promise<T> {
  const client = await pool.connect();
  const session = new PgSession(client, BEGIN, passengers);
  const join = new PrismaJoin(prisma, pool, client, session, TRANSACTION_OPTIONS);
  let broken: Error | undefined;
  try {
    const value = await fn(makeTx(lazyPrismaTx(() => join.client()), session));
    await join.end(true);
    // Usually sent with the message's last statement already (PgSession.lastRows).
    await session.commit();
    return value;
  } catch (error) {
    await join.end(false).catch(() => undefined);
    // A connection that cannot even roll back is closed rather than handed to the next unit of work.
    await session.rollback().catch((failure: unknown) => (broken = failure instanceof Error ? failure : new Error(String(failure))));
    throw error;
  } finally {
    client.release(broken);
  }
}
