/**
 * Several statements in one round trip on a pg connection: their extended-protocol messages
 * (Parse where needed, Bind, Describe, Execute) and one Sync go out in one write, and
 * PostgreSQL answers them in order (the protocol's pipelining, as libpq's pipeline mode).
 *
 * Why: each round trip costs both processes a wake-up and the driver a query of its own, and
 * a message's unit of work opens with BEGIN and ends with COMMIT around statements it could
 * send with them. Sending BEGIN as part of a simple query (text with literals) did that for
 * the first statement, but a simple query is parsed and planned every time, and planning the
 * hot path's statements costs PostgreSQL more than running them (prepared.ts). Here every
 * statement with parameters runs as a named, prepared statement, and BEGIN or COMMIT ride
 * along.
 *
 * Semantics are PostgreSQL's: statements run in order; at the first error the rest are
 * skipped until the Sync, and the call rejects with that error. Inside an explicit
 * transaction (BEGIN sent earlier or in the same call) nothing commits by itself.
 *
 * Which names a connection has prepared is tracked here (not by pg, whose own Query never
 * sees these names): a statement is parsed the first time a connection sends it. When a call
 * fails, its statements whose Parse went out may or may not exist on the server: the next
 * use closes the name first (closing an unknown name is no error) and parses it again.
 */
import pg from 'pg';
import pgUtils from 'pg/lib/utils.js';
import { statementName } from './prepared.js';

type QueryResultRow = pg.QueryResultRow;

/** One statement: its text with $1, $2, … placeholders and their values. */
export interface Statement {
  readonly text: string;
  readonly values: readonly unknown[];
}

/** What a connection has prepared: name → text. */
const preparedOn = new WeakMap<pg.ClientBase, Map<string, string>>();

/**
 * Sends `statements` on `client` in one round trip and resolves with each one's rows, in
 * order. Statements without parameters (BEGIN, COMMIT, SET LOCAL …) go unnamed: they cost
 * nothing to plan. The client must not be running another query (one-at-a-time.ts).
 */
export function sendPipelined(client: pg.ClientBase, statements: readonly Statement[]): Promise<QueryResultRow[][]> {
  let known = preparedOn.get(client);
  if (!known) preparedOn.set(client, (known = new Map()));
  const pipelined = new PipelinedStatements(statements, known);
  client.query(pipelined);
  return pipelined.done;
}

/** A statement ready to send: its name ('' unnamed), whether to parse it, its values as text. */
interface Outgoing {
  readonly name: string;
  readonly text: string;
  readonly parse: boolean;
  readonly values: (string | Buffer | null)[];
}

/** A column of a RowDescription message (pg-protocol). */
interface FieldDescription {
  readonly name: string;
  readonly dataTypeID: number;
}

/**
 * pg's Submittable: the client calls `submit` when the connection is free, then hands it
 * each backend message of the exchange (the handle… methods, as it does for its own Query).
 */
class PipelinedStatements implements pg.Submittable {
  /** Read by the client for a query's text (and by the counters in tests and the bench). */
  readonly text: string;
  readonly done: Promise<QueryResultRow[][]>;
  readonly #statements: readonly Statement[];
  readonly #known: Map<string, string>;
  readonly #results: QueryResultRow[][] = [];
  /** Names this call parses, with their texts: known on the connection once it succeeds. */
  readonly #parsed: { readonly name: string; readonly text: string }[] = [];
  #rows: QueryResultRow[] = [];
  #parsers: { readonly name: string; readonly parse: (value: string) => unknown }[] = [];
  #resolve!: (results: QueryResultRow[][]) => void;
  #reject!: (error: Error) => void;
  #settled = false;

  constructor(statements: readonly Statement[], known: Map<string, string>) {
    this.#statements = statements;
    this.#known = known;
    // As one would write them, for logs and counters that read a query's `text`.
    this.text = statements.map((statement) => statement.text).join('; ');
    this.done = new Promise((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
  }

  submit(connection: pg.Connection): Error | undefined {
    let outgoing: Outgoing[];
    try {
      // Values first: one that cannot be sent fails the call before anything is written.
      outgoing = this.#statements.map((statement) => this.#prepare(statement));
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
    connection.stream.cork();
    try {
      for (const statement of outgoing) {
        if (statement.parse) {
          if (statement.name !== '') {
            connection.close({ type: 'S', name: statement.name }, true);
            this.#parsed.push({ name: statement.name, text: statement.text });
            this.#known.delete(statement.name);
          }
          connection.parse({ name: statement.name, text: statement.text, types: [] }, true);
        }
        connection.bind({ statement: statement.name, values: statement.values }, true);
        connection.describe({ type: 'P', name: '' }, true);
        connection.execute({}, true);
      }
      connection.sync();
    } finally {
      connection.stream.uncork();
    }
    return undefined;
  }

  #prepare(statement: Statement): Outgoing {
    const values = statement.values.map((value) => pgUtils.prepareValue(value));
    if (values.length === 0) return { name: '', text: statement.text, parse: true, values };
    const name = statementName(statement.text);
    if (name === undefined) return { name: '', text: statement.text, parse: true, values };
    return { name, text: statement.text, parse: this.#known.get(name) !== statement.text, values };
  }

  handleRowDescription(message: { readonly fields: readonly FieldDescription[] }): void {
    this.#parsers = message.fields.map((field) => ({ name: field.name, parse: pg.types.getTypeParser(field.dataTypeID, 'text') }));
  }

  handleDataRow(message: { readonly fields: readonly (string | null)[] }): void {
    const row: QueryResultRow = {};
    const parsers = this.#parsers;
    for (let index = 0; index < parsers.length; index++) {
      const value = message.fields[index] ?? null;
      const column = parsers[index]!;
      row[column.name] = value === null ? null : column.parse(value);
    }
    this.#rows.push(row);
  }

  handleCommandComplete(): void {
    this.#results.push(this.#rows);
    this.#rows = [];
    this.#parsers = [];
  }

  handleEmptyQuery(): void {
    this.handleCommandComplete();
  }

  handleError(error: Error): void {
    // The names parsed in this call stay unknown (deleted in submit): the next use closes and parses them again.
    this.#settle(() => this.#reject(error));
  }

  handleReadyForQuery(): void {
    for (const { name, text } of this.#parsed) this.#known.set(name, text);
    this.#settle(() => this.#resolve(this.#results));
  }

  handlePortalSuspended(): void {
    this.handleError(new Error('pipeline: a portal was suspended (no row limit was asked)'));
  }

  handleCopyInResponse(): void {
    this.handleError(new Error('pipeline: COPY is not supported'));
  }

  handleCopyData(): void {
    // Never asked for (see handleCopyInResponse).
  }

  #settle(settle: () => void): void {
    if (this.#settled) return;
    this.#settled = true;
    settle();
  }
}
