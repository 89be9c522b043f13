/**
 * A unit of work's plain SQL: the statements of the hot path (one module per aggregate,
 * e.g. conversation-sql.ts) run through this, on the pg connection of the transaction, or
 * on a Prisma transaction client where no pg connection is at hand.
 */
import type pg from 'pg';
import type { Prisma } from '../generated/prisma/client.js';

/** Runs one parameterised statement ($1, $2, … placeholders) and returns its rows. */
export interface Sql {
  rows<R>(text: string, values: readonly unknown[]): Promise<R[]>;
}

/** Statements straight on the pg connection: no ORM in between (the cheap path). */
export function pgSql(client: pg.PoolClient): Sql {
  return {
    async rows<R>(text: string, values: readonly unknown[]) {
      const result = await client.query({ text, values: [...values] });
      return result.rows as R[];
    },
  };
}

/** The same statements through a Prisma transaction client (a client built without our pool). */
export function prismaSql(tx: Prisma.TransactionClient): Sql {
  return {
    rows<R>(text: string, values: readonly unknown[]) {
      return tx.$queryRawUnsafe<R[]>(text, ...values);
    },
  };
}

/** A time for a `timestamp(3)` column as PostgreSQL reads it: UTC wall time, whatever the process's zone. */
export function utc(date: Date): string {
  return date.toISOString();
}
