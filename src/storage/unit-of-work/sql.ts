/**
 * A unit of work's plain SQL: the statements of the hot path (one module per aggregate,
 * e.g. conversation-sql.ts) run through this, on the pg connection of the transaction, or
 * on a Prisma transaction client where no pg connection is at hand.
 */
import type pg from 'pg';
import type { Prisma } from '../generated/prisma/client.js';
import { oneAtATime } from './one-at-a-time.js';
import type { Passengers } from './passenger.js';
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
  /**
   * A statement whose rows nobody reads (an insert or update whose outcome the caller does
   * not check, a lock): a session may hold it and send it ahead of its next statement, in
   * that statement's round trip. It runs in the order asked, before anything asked after it;
   * an error it meets fails the round trip that carried it (and with it the unit of work).
   */
  write(text: string, values: readonly unknown[]): Promise<void>;
}

/**
 * A unit of work's statements straight on its pg connection: no ORM in between (the cheap
 * path), each a prepared statement (prepared.ts). The transaction starts with the first
 * statement and ends with the last one, in their round trips (pipeline.ts): `begin` goes out
 * with the first, COMMIT with the one sent by {@link PgSession.lastRows} unless Prisma joined
 * the transaction (then COMMIT waits for Prisma's to finish: transaction-runner.ts).
 * Statements of others waiting for a ride (passenger.ts) go out just before COMMIT.
 */
export class PgSession implements Sql {
  readonly #client: pg.PoolClient;
  readonly #begin: readonly Statement[];
  #begun = false;
  #prismaJoined = false;
  #committed = false;
  /** Writes held for the next round trip ({@link Sql.write}). */
  #held: Statement[] = [];
  readonly #passengers: Passengers | undefined;

  /**
   * `begin`: the statements that open the transaction (BEGIN, SET LOCAL …). `passengers`:
   * asked when COMMIT is about to go out for the statements to carry with it.
   */
  constructor(client: pg.PoolClient, begin: readonly string[], passengers?: Passengers) {
    this.#client = client;
    this.#begin = begin.map((text) => ({ text, values: [] }));
    this.#passengers = passengers;
  }

  /**
   * Starts the transaction when no statement has yet, and sends the writes held, for Prisma,
   * which is about to join it: its statements go out on their own, so nothing may wait for a
   * later round trip of ours from now on.
   */
  async begin(): Promise<void> {
    this.#prismaJoined = true;
    // Decided in turn, not now: a statement asked for earlier must still carry BEGIN itself.
    await oneAtATime(this.#client, async () => {
      const statements = [...this.#opening(), ...this.#takeHeld()];
      if (statements.length > 0) await sendPipelined(this.#client, statements);
    });
  }

  /** Ends the transaction with COMMIT (and the writes still held), unless the last statement carried it. */
  async commit(): Promise<void> {
    await oneAtATime(this.#client, async () => {
      if (this.#committed || (!this.#begun && this.#held.length === 0)) return;
      await this.#sendAndCommit([...this.#opening(), ...this.#takeHeld()]);
    });
  }

  /** Ends the transaction with ROLLBACK when it began and did not commit; the writes held are dropped. */
  async rollback(): Promise<void> {
    await oneAtATime(this.#client, async () => {
      this.#held = [];
      if (this.#begun && !this.#committed) await sendPipelined(this.#client, [ROLLBACK]);
    });
  }

  /** One statement at a time on the connection, in the order asked (one-at-a-time.ts). */
  rows<R extends pg.QueryResultRow>(text: string, values: readonly unknown[]): Promise<R[]> {
    return oneAtATime(this.#client, () => this.#send<R>({ text, values }, false));
  }

  lastRows<R extends pg.QueryResultRow>(text: string, values: readonly unknown[]): Promise<R[]> {
    return oneAtATime(this.#client, () => this.#send<R>({ text, values }, true));
  }

  write(text: string, values: readonly unknown[]): Promise<void> {
    // Held in turn (not now): a statement asked for earlier has to go out before it.
    return oneAtATime(this.#client, async () => {
      if (this.#committed) throw new Error(AFTER_COMMIT);
      if (this.#prismaJoined) await sendPipelined(this.#client, [...this.#opening(), { text, values }]);
      else this.#held.push({ text, values });
    });
  }

  async #send<R extends pg.QueryResultRow>(statement: Statement, last: boolean): Promise<R[]> {
    if (this.#committed) throw new Error(AFTER_COMMIT);
    const statements = [...this.#opening(), ...this.#takeHeld(), statement];
    const commit = last && !this.#prismaJoined;
    const results = commit ? await this.#sendAndCommit(statements) : await sendPipelined(this.#client, statements);
    // The rows are the caller's statement's, typed by the caller as pg's own query types them.
    return (results[statements.length - 1] ?? []) as R[];
  }

  /** Sends `statements`, then the passengers waiting for a ride (if any), then COMMIT, in one round trip. */
  async #sendAndCommit(statements: readonly Statement[]): Promise<pg.QueryResultRow[][]> {
    const passengers = this.#passengers?.() ?? [];
    let results: pg.QueryResultRow[][];
    try {
      results = await sendPipelined(this.#client, [...statements, ...passengers.map((passenger) => passenger.statement), COMMIT]);
    } catch (error) {
      for (const passenger of passengers) passenger.stranded();
      throw error;
    }
    this.#committed = true;
    passengers.forEach((passenger, index) => passenger.arrived(results[statements.length + index] ?? []));
    return results;
  }

  /** BEGIN's statements when they have not gone out yet (they are about to). */
  #opening(): readonly Statement[] {
    if (this.#begun) return [];
    this.#begun = true;
    return this.#begin;
  }

  #takeHeld(): Statement[] {
    const held = this.#held;
    this.#held = [];
    return held;
  }
}

const COMMIT: Statement = { text: 'COMMIT', values: [] };
const ROLLBACK: Statement = { text: 'ROLLBACK', values: [] };
const AFTER_COMMIT = 'unit of work: a statement after its last one (the transaction has committed)';

/** The same statements through a Prisma transaction client (a client built without our pool). */
export function prismaSql(tx: Prisma.TransactionClient): Sql {
  const rows = <R extends QueryResultRow>(text: string, values: readonly unknown[]): Promise<R[]> => tx.$queryRawUnsafe<R[]>(text, ...values);
  // Prisma's transaction commits by itself: the last statement is like any other, and a write goes out at once.
  return {
    rows,
    lastRows: rows,
    async write(text, values) {
      await rows(text, values);
    },
  };
}

/** A time for a `timestamp(3)` column as PostgreSQL reads it: UTC wall time, whatever the process's zone. */
export function utc(date: Date): string {
  return date.toISOString();
}
