/**
 * A unit of work's plain SQL: the statements of the hot path (one module per aggregate,
 * e.g. conversation-sql.ts) run through this, on the pg connection of the transaction, or
 * on a Prisma transaction client where no pg connection is at hand.
 */
import type pg from 'pg';
import type { Prisma } from '../generated/prisma/client.js';
import { oneAtATime } from './one-at-a-time.js';
import { sendPipelined, type Statement } from './pipeline.js';

type QueryResultRow = pg.QueryResultRow;

/** Runs parameterised statements ($1, $2, … placeholders) and returns their rows. */
export interface Sql {
  rows<R extends QueryResultRow>(text: string, values: readonly unknown[]): Promise<R[]>;
  /**
   * The unit of work's last statement: a session may send COMMIT with it, in the same round
   * trip, and refuses any statement after it. Elsewhere the same as {@link Sql.rows}.
   */
  lastRows<R extends QueryResultRow>(text: string, values: readonly unknown[]): Promise<R[]>;
}

/**
 * A unit of work's statements straight on its pg connection: no ORM in between (the cheap
 * path), each a prepared statement (prepared.ts). The transaction starts with the first
 * statement and ends with the last one, in their round trips (pipeline.ts): `begin` goes out
 * with the first, COMMIT with the one sent by {@link PgSession.lastRows} unless Prisma joined
 * the transaction (then COMMIT waits for Prisma's to finish: transaction-runner.ts).
 */
export class PgSession implements Sql {
  readonly #client: pg.PoolClient;
  readonly #begin: readonly Statement[];
  #begun = false;
  #prismaJoined = false;
  #committed = false;

  /** `begin`: the statements that open the transaction (BEGIN, SET LOCAL …). */
  constructor(client: pg.PoolClient, begin: readonly string[]) {
    this.#client = client;
    this.#begin = begin.map((text) => ({ text, values: [] }));
  }

  /** Whether BEGIN went out (then COMMIT or ROLLBACK must follow, unless {@link PgSession.committed}). */
  get begun(): boolean {
    return this.#begun;
  }

  /** Whether COMMIT went out with the last statement (and succeeded). */
  get committed(): boolean {
    return this.#committed;
  }

  /** Starts the transaction when no statement has yet, for Prisma, which is about to join it. */
  async begin(): Promise<void> {
    this.#prismaJoined = true;
    // Decided in turn, not now: a statement asked for earlier must still carry BEGIN itself.
    await oneAtATime(this.#client, async () => {
      if (this.#begun) return;
      this.#begun = true;
      await sendPipelined(this.#client, this.#begin);
    });
  }

  /** One statement at a time on the connection, in the order asked (one-at-a-time.ts). */
  rows<R extends pg.QueryResultRow>(text: string, values: readonly unknown[]): Promise<R[]> {
    return oneAtATime(this.#client, () => this.#send<R>({ text, values }, false));
  }

  lastRows<R extends pg.QueryResultRow>(text: string, values: readonly unknown[]): Promise<R[]> {
    return oneAtATime(this.#client, () => this.#send<R>({ text, values }, true));
  }

  async #send<R extends pg.QueryResultRow>(statement: Statement, last: boolean): Promise<R[]> {
    if (this.#committed) throw new Error('unit of work: a statement after its last one (the transaction has committed)');
    const opening = this.#begun ? [] : this.#begin;
    this.#begun = true;
    const commit = last && !this.#prismaJoined;
    const results = await sendPipelined(this.#client, [...opening, statement, ...(commit ? [COMMIT] : [])]);
    if (commit) this.#committed = true;
    // The rows are the caller's statement's, typed by the caller as pg's own query types them.
    return (results[opening.length] ?? []) as R[];
  }
}

const COMMIT: Statement = { text: 'COMMIT', values: [] };

/** The same statements through a Prisma transaction client (a client built without our pool). */
export function prismaSql(tx: Prisma.TransactionClient): Sql {
  return {
    rows<R extends QueryResultRow>(text: string, values: readonly unknown[]) {
      return tx.$queryRawUnsafe<R[]>(text, ...values);
    },
    lastRows<R extends QueryResultRow>(text: string, values: readonly unknown[]) {
      return tx.$queryRawUnsafe<R[]>(text, ...values);
    },
  };
}

/** A time for a `timestamp(3)` column as PostgreSQL reads it: UTC wall time, whatever the process's zone. */
export function utc(date: Date): string {
  return date.toISOString();
}
