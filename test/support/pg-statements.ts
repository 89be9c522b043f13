/**
 * The statements the pg driver sends, for tests that count what a message costs (issue #14):
 * every `pg.Client` query while some work runs, with the connection it went out on.
 */
import pg from 'pg';

/** One statement as the driver got it, and the connection it went out on. */
export interface SentStatement {
  readonly text: string;
  readonly client: pg.Client;
}

/** Runs `work`, recording every statement the pg driver sends meanwhile (on any connection). */
export async function statementsOf<T>(work: () => Promise<T>): Promise<{ value: T; sent: SentStatement[] }> {
  const sent: SentStatement[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: unknown };
    sent.push({ text: typeof first === 'string' ? first : String(first.text), client: this });
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    return { value: await work(), sent };
  } finally {
    pg.Client.prototype.query = original;
  }
}

/** The statements' texts, whitespace folded for reading and matching. */
export function folded(sent: readonly { readonly text: string }[]): string[] {
  return sent.map((statement) => statement.text.replace(/\s+/g, ' ').trim());
}

/**
 * A message's unit of work among `sent`: its connection's round trips from BEGIN to COMMIT
 * (a timer's statements, web chat's session check or an earlier reply's sent mark on other
 * connections left out), whitespace folded for reading.
 */
export function unitOfWork(sent: readonly SentStatement[]): string[] {
  const begin = sent.findIndex((statement) => /^BEGIN/.test(statement.text));
  if (begin === -1) throw new Error(`no BEGIN in:\n${sent.map((statement) => statement.text).join('\n---\n')}`);
  const { client } = sent[begin]!;
  const own = folded(sent.slice(begin).filter((statement) => statement.client === client));
  // COMMIT goes out alone or with the last statement, in one round trip ("…; COMMIT").
  return own.slice(0, own.findIndex((text) => /(^|; )COMMIT$/.test(text)) + 1);
}
