/**
 * A unit of work's plain SQL: the statements of the hot path (one module per aggregate,
 * e.g. conversation-sql.ts) run through this, on the pg connection of the transaction, or
 * on a Prisma transaction client where no pg connection is at hand.
 */
import pg from 'pg';
import type { Prisma } from '../generated/prisma/client.js';
import { oneAtATime } from './one-at-a-time.js';
import { preparedQuery } from './prepared.js';

type QueryResultRow = pg.QueryResultRow;

const { escapeLiteral } = pg;

/** Runs one parameterised statement ($1, $2, … placeholders) and returns its rows. */
export interface Sql {
  rows<R extends QueryResultRow>(text: string, values: readonly unknown[]): Promise<R[]>;
}

/**
 * A unit of work's statements straight on its pg connection: no ORM in between (the cheap
 * path). The transaction starts with the first statement, in the same round trip: `begin`
 * and that statement go out as one simple query, its parameters written in as literals
 * (escaped by pg's escapeLiteral, as libpq's PQescapeLiteral does), the later statements with
 * bound parameters.
 */
export class PgSession implements Sql {
  readonly #client: pg.PoolClient;
  readonly #begin: string;
  #begun = false;

  constructor(client: pg.PoolClient, begin: string) {
    this.#client = client;
    this.#begin = begin;
  }

  /** Whether BEGIN went out (then COMMIT or ROLLBACK must follow). */
  get begun(): boolean {
    return this.#begun;
  }

  /** Starts the transaction when no statement has yet (Prisma is about to join it). */
  async begin(): Promise<void> {
    // Decided in turn, not now: a statement asked for earlier must still carry BEGIN itself.
    await oneAtATime(this.#client, async () => {
      if (this.#begun) return;
      this.#begun = true;
      await this.#client.query(this.#begin);
    });
  }

  /** One statement at a time on the connection, in the order asked (one-at-a-time.ts). */
  rows<R extends pg.QueryResultRow>(text: string, values: readonly unknown[]): Promise<R[]> {
    return oneAtATime(this.#client, () => this.#send<R>(text, values));
  }

  async #send<R extends pg.QueryResultRow>(text: string, values: readonly unknown[]): Promise<R[]> {
    if (!this.#begun) {
      const first = `${this.#begin}; ${inline(text, values)}`;
      this.#begun = true;
      // A simple query of several statements resolves to one result per statement, which pg's
      // types (one result per call) do not say; the last is the caller's statement.
      const results = (await this.#client.query<R>(first)) as unknown as pg.QueryResult<R>[];
      return results.at(-1)?.rows ?? [];
    }
    const result = await this.#client.query<R>(preparedQuery(text, values));
    return result.rows;
  }
}

/** `text` with its $n placeholders replaced by `values` as SQL literals. */
export function inline(text: string, values: readonly unknown[]): string {
  return text.replace(/\$(\d+)(?!\d)/g, (_placeholder, index: string) => literal(values[Number(index) - 1]));
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string') return escapeLiteral(value);
  // The statement casts it (`$1::text[]`), which an empty ARRAY[] needs for its type.
  if (Array.isArray(value)) return `ARRAY[${value.map(literal).join(', ')}]`;
  throw new Error(`inline: no SQL literal for a ${typeof value}`);
}

/** The same statements through a Prisma transaction client (a client built without our pool). */
export function prismaSql(tx: Prisma.TransactionClient): Sql {
  return {
    rows<R extends QueryResultRow>(text: string, values: readonly unknown[]) {
      return tx.$queryRawUnsafe<R[]>(text, ...values);
    },
  };
}

/** A time for a `timestamp(3)` column as PostgreSQL reads it: UTC wall time, whatever the process's zone. */
export function utc(date: Date): string {
  return date.toISOString();
}
