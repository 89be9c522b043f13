/**
 * The transactions of a conversation runner whose units of work may take their conversation
 * from memory (conversation-memory.ts): once one commits, its conversation is remembered; when
 * one fails on the remembered claim's check (remembered-sql.ts: the id was seen already, or the
 * conversation changed since), it is run once more, and this time its claim reads the
 * conversation (the entry was taken, so the second run cannot use it). The first run's writes
 * were rolled back with it, and the runner's work is a function of what the run reads, so the
 * second run does what a run without the memory would have done.
 *
 * A rule for effects that follows: an effect may act only on the database (in the message's
 * transaction) or after commit (the outboxes). Effects run before the check's round trip has come
 * back, so one that called an outside service itself would call it for a repeated or stale message,
 * and again on the second run.
 */
import type { TransactionRunner } from '../../core/ports.js';

/** What the runner needs of a unit of work's Tx (PrismaConversationTx has it). */
export interface RememberingTx {
  /** The unit of work has committed: remember what it saved. */
  committed(): void;
  /** Whether `error` may be the remembered claim's check failing. */
  missedMemory(error: unknown): boolean;
}

/**
 * `runner`, remembering what its units of work save and running again those that a remembered
 * claim failed. `afterCommit` sees each unit of work that committed (the run that committed,
 * when there were two), after the memory has been told.
 */
export function remembering<Tx extends RememberingTx>(runner: TransactionRunner<Tx>, afterCommit?: (tx: Tx) => void): TransactionRunner<Tx> {
  /** One run of `fn`: its Tx is told when it has committed, then `afterCommit`. */
  const run = async <T>(fn: (tx: Tx) => Promise<T>, seen: { tx?: Tx }): Promise<T> => {
    const value = await runner.transaction((tx) => {
      seen.tx = tx;
      return fn(tx);
    });
    if (seen.tx) {
      seen.tx.committed();
      afterCommit?.(seen.tx);
    }
    return value;
  };
  return {
    async transaction(fn) {
      const first: { tx?: Tx } = {};
      try {
        return await run(fn, first);
      } catch (error) {
        if (!first.tx?.missedMemory(error)) throw error;
        return run(fn, {});
      }
    },
  };
}
