/**
 * Statements outside any unit of work (each one on its own, autocommitted) on the pg pool
 * the client's adapter draws from: the web chat's session check before a message and the
 * reply outbox's "sent" mark after it run once per message, and through Prisma each would
 * cost its query compiler and result shaping (≈0.5 ms of CPU) for one small statement.
 */
import pg from 'pg';
import type { PrismaClient } from '../generated/prisma/client.js';
import { poolOf, type JoinablePool } from './joinable-pool.js';
import { sendPipelined } from './pipeline.js';
import { prismaSql, type Sql } from './sql.js';

/** A {@link Sql} on `prisma`'s pool (never a unit of work's connection), or through Prisma for a client built elsewhere. */
export function clientSql(prisma: PrismaClient): Sql {
  const pool = poolOf(prisma);
  if (!pool) return prismaSql(prisma);
  const rows = async <R extends pg.QueryResultRow>(text: string, values: readonly unknown[]): Promise<R[]> => {
    const client = await connection(pool);
    let broken: Error | undefined;
    try {
      const [result] = await sendPipelined(client, [{ text, values }]);
      // The caller's statement's rows, typed by the caller as pg's own query types them.
      return (result ?? []) as R[];
    } catch (error) {
      // A statement PostgreSQL refused leaves the connection fine; anything else (a broken socket) does not.
      if (!(error instanceof pg.DatabaseError)) broken = error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      client.release(broken);
    }
  };
  // Each statement commits on its own: the last one is like any other, and a write goes out at once.
  return {
    rows,
    lastRows: rows,
    async write(text, values) {
      await rows(text, values);
    },
  };
}

/** A connection of the pool's own: the callback form is never a unit of work's (joinable-pool.ts). */
function connection(pool: JoinablePool): Promise<pg.PoolClient> {
  return new Promise((resolve, reject) => {
    pool.connect((error, client) => (client ? resolve(client) : reject(error ?? new Error('pool: no connection'))));
  });
}
