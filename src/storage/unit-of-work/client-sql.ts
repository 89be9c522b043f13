/**
 * Statements outside any unit of work (each one on its own, autocommitted) on the pg pool
 * the client's adapter draws from: the web chat's session check before a message and the
 * reply outbox's "sent" mark after it run once per message, and through Prisma each would
 * cost its query compiler and result shaping (≈0.5 ms of CPU) for one small statement.
 */
import type { PrismaClient } from '../generated/prisma/client.js';
import { poolOf } from './joinable-pool.js';
import { preparedQuery } from './prepared.js';
import { prismaSql, type Sql } from './sql.js';

/** A {@link Sql} on `prisma`'s pool (never a unit of work's connection), or through Prisma for a client built elsewhere. */
export function clientSql(prisma: PrismaClient): Sql {
  const pool = poolOf(prisma);
  if (!pool) return prismaSql(prisma);
  return {
    async rows(text, values) {
      // pool.query takes a connection of its own (never the one a unit of work holds: joinable-pool.ts).
      return (await pool.query(preparedQuery(text, values))).rows;
    },
  };
}
