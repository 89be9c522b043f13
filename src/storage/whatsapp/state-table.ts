/**
 * Reads and writes the `WhatsAppState` key-value table. Values are JSON written with
 * Baileys' BufferJSON, so Buffers and Uint8Arrays (keys, signatures) come back as Buffers.
 * Writes are multi-row statements: a pre-key upload is hundreds of keys, and one statement
 * per key (a round trip each) would make pairing crawl.
 */
import { BufferJSON } from '@whiskeysockets/baileys';
import { Prisma } from '../generated/prisma/client.js';
import type { PrismaTx } from '../transaction-runner.js';

/** One value to write; `value` is already serialised (see {@link serialise}). */
export interface StateRow {
  readonly key: string;
  readonly value: string;
}

/** Rows per statement: 5 parameters a row stays far below PostgreSQL's 65,535 parameters. */
const ROWS_PER_STATEMENT = 1000;

/** Keys per `IN (…)` list, for the same reason. */
const KEYS_PER_QUERY = 5000;

/** JSON text of a value, with binary data as base64 (Baileys' own format). */
export function serialise(value: unknown): string {
  const text = JSON.stringify(value, BufferJSON.replacer);
  if (text === undefined) throw new TypeError('whatsapp state: value cannot be stored as JSON');
  return text;
}

/**
 * The value of {@link serialise}'s text, with Buffers restored; `restore` turns the plain
 * object into the class a caller needs (Baileys' protobuf classes).
 */
export function revive<T>(text: string, restore: (value: unknown) => unknown = (value) => value): T {
  // The text is what serialise() wrote from a T of the same kind and key (this table is only
  // written through it), and Baileys' state types (Signal keys, credentials) are library
  // shapes with Buffers that no schema of ours describes: the stored value is trusted as T.
  return restore(JSON.parse(text, BufferJSON.reviver)) as T;
}

/** Inserts or replaces rows of one kind. */
export async function upsertRows(tx: PrismaTx, session: string, kind: string, rows: readonly StateRow[], now: Date): Promise<void> {
  for (const chunk of chunks(rows, ROWS_PER_STATEMENT)) {
    const values = chunk.map((row) => Prisma.sql`(${session}, ${kind}, ${row.key}, ${row.value}, ${now})`);
    await tx.$executeRaw`
      INSERT INTO "WhatsAppState" ("session", "kind", "key", "value", "updatedAt")
      VALUES ${Prisma.join(values)}
      ON CONFLICT ("session", "kind", "key") DO UPDATE SET "value" = EXCLUDED."value", "updatedAt" = EXCLUDED."updatedAt"`;
  }
}

/** Deletes rows of one kind by key. */
export async function deleteRows(tx: PrismaTx, session: string, kind: string, keys: readonly string[]): Promise<void> {
  for (const chunk of chunks(keys, KEYS_PER_QUERY)) {
    await tx.whatsAppState.deleteMany({ where: { session, kind, key: { in: [...chunk] } } });
  }
}

/** The stored text of rows of one kind, by key; missing keys are absent from the map. */
export async function readRows(tx: PrismaTx, session: string, kind: string, keys: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const chunk of chunks(keys, KEYS_PER_QUERY)) {
    const rows = await tx.whatsAppState.findMany({
      where: { session, kind, key: { in: [...chunk] } },
      select: { key: true, value: true },
    });
    for (const row of rows) found.set(row.key, row.value);
  }
  return found;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
