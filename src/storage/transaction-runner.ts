/**
 * Runs units of work in Prisma interactive transactions, handing each one a "Tx" object
 * (a bundle of repositories) built on the transaction's client.
 */
import type { TransactionRunner } from '../core/ports.js';
import type { Prisma, PrismaClient } from './generated/prisma/client.js';

/** The Prisma client of one open transaction. Repositories take this. */
export type PrismaTx = Prisma.TransactionClient;

/**
 * Limits for one unit of work. maxWait covers waiting to start (for a free connection of
 * the pool); timeout covers the whole unit of work,
 * including waiting for a conversation row lock held by another instance.
 */
export const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

/**
 * A {@link TransactionRunner} whose Tx objects `makeTx` builds from the transaction client.
 * Later features extend the Tx by passing a richer factory, e.g.
 * `createTransactionRunner(prisma, (tx) => new AppTx(tx))` with `AppTx extends PrismaConversationTx`.
 *
 * Code inside `fn` must use only the Tx, never the outer client: an outer query takes a
 * second pooled connection and sees none of this transaction's writes.
 */
export function createTransactionRunner<Tx>(prisma: PrismaClient, makeTx: (tx: PrismaTx) => Tx): TransactionRunner<Tx> {
  return {
    transaction: (fn) => prisma.$transaction((tx) => fn(makeTx(tx)), TRANSACTION_OPTIONS),
  };
}
