/**
 * Several statements in one round trip (pipeline.ts), and the unit of work that sends BEGIN
 * with its first statement and COMMIT with its last (PgSession): results in order and typed
 * as pg types them, PostgreSQL's semantics at an error (the rest skipped, nothing committed),
 * prepared names that survive a failed call, and no statement after the commit.
 */
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTransactionRunner } from '../../../src/storage/transaction-runner.js';
import { sendPipelined } from '../../../src/storage/unit-of-work/pipeline.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { statementsOf } from '../../support/pg-statements.js';

describeEachDatabase('statements in one round trip', (kind) => {
  let db: TestDatabase;
  let client: pg.Client;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
    await client.query('CREATE TABLE "PipelineNote" ("id" int PRIMARY KEY, "note" text NOT NULL)');
  });
  afterAll(async () => {
    await client?.end();
    await db?.close();
  });

  it('answers each statement in order, with pg\'s types, in one call on the connection', async () => {
    const at = new Date('2026-11-20T03:04:05.678Z');
    const { value, sent } = await statementsOf(() =>
      sendPipelined(client, [
        { text: 'SELECT $1::int AS "n", $2::text AS "t", $3::boolean AS "b", NULL::text AS "none"', values: [42, "o'neil", true] },
        { text: 'SELECT $1::jsonb AS "j", $2::timestamptz AS "at", $3::text[] AS "list"', values: [JSON.stringify({ a: [1] }), at, ['x', 'y,z']] },
        { text: 'SELECT 1 AS "one" WHERE false', values: [] },
      ]),
    );
    expect(value).toEqual([[{ n: 42, t: "o'neil", b: true, none: null }], [{ j: { a: [1] }, at, list: ['x', 'y,z'] }], []]);
    expect(sent).toHaveLength(1);
  });

  it('stops at an error as PostgreSQL does: the rest skipped, the transaction rolled back, the connection and its names still usable', async () => {
    const insert = 'INSERT INTO "PipelineNote" ("id", "note") VALUES ($1, $2)';
    const failing = sendPipelined(client, [
      { text: 'BEGIN', values: [] },
      { text: insert, values: [1, 'first'] },
      { text: insert, values: [1, 'the same id'] },
      { text: insert, values: [2, 'never run'] },
      { text: 'COMMIT', values: [] },
    ]);
    await expect(failing).rejects.toMatchObject({ code: '23505' });
    expect(await sendPipelined(client, [{ text: 'ROLLBACK', values: [] }, { text: 'SELECT count(*)::int AS "n" FROM "PipelineNote"', values: [] }])).toEqual([[], [{ n: 0 }]]);
    // The insert's name was parsed in the failed call: sent again, it is closed and parsed anew, without "already exists".
    expect(await sendPipelined(client, [{ text: insert, values: [3, 'after'] }])).toEqual([[]]);
    expect(await sendPipelined(client, [{ text: insert, values: [4, 'and again'] }])).toEqual([[]]);
    expect((await client.query('SELECT "id" FROM "PipelineNote" ORDER BY "id"')).rows).toEqual([{ id: 3 }, { id: 4 }]);
  });

  it('refuses a value it cannot bind before writing anything', async () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    await expect(sendPipelined(client, [{ text: 'SELECT $1::jsonb AS "j"', values: [circular] }])).rejects.toThrow(/circular/i);
    expect(await sendPipelined(client, [{ text: 'SELECT $1::int AS "n"', values: [7] }])).toEqual([[{ n: 7 }]]);
  });
});

describeEachDatabase('a unit of work with BEGIN and COMMIT riding along', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  const count = async (): Promise<number> => (await db.prisma.$queryRawUnsafe<{ n: number }[]>('SELECT count(*)::int AS "n" FROM "AuditLog"'))[0]!.n;
  const audit = `INSERT INTO "AuditLog" ("id", "at", "actorKind", "action", "targetType", "targetId", "via") VALUES (gen_random_uuid(), now(), 'system', $1, 'test', 'pipeline', 'test') RETURNING "action"`;

  it('commits with the last statement in its round trip, and refuses a statement after it', async () => {
    const before = await count();
    const transactions = createTransactionRunner(db.prisma, (_tx, sql) => sql);
    const { sent, value } = await statementsOf(() =>
      transactions.transaction(async (sql) => {
        await sql.rows(audit, ['first']);
        const last = await sql.lastRows<{ action: string }>(audit, ['last']);
        await expect(sql.rows('SELECT 1 AS "one"', [])).rejects.toThrow(/after its last one/);
        return last;
      }),
    );
    expect(value).toEqual([{ action: 'last' }]);
    expect(sent.map((statement) => statement.text)).toEqual([`BEGIN; SET LOCAL statement_timeout = 30000; ${audit}`, `${audit}; COMMIT`]);
    expect(await count()).toBe(before + 2);
  });

  it('leaves COMMIT for after Prisma when Prisma joined the transaction', async () => {
    const before = await count();
    const transactions = createTransactionRunner(db.prisma, (tx, sql) => ({ tx, sql }));
    const { sent } = await statementsOf(() =>
      transactions.transaction(async ({ tx, sql }) => {
        await tx.$executeRawUnsafe(`INSERT INTO "AuditLog" ("id", "at", "actorKind", "action", "targetType", "targetId", "via") VALUES (gen_random_uuid(), now(), 'system', 'prisma', 'test', 'pipeline', 'test')`);
        await sql.lastRows(audit, ['last']);
      }),
    );
    expect(sent.map((statement) => statement.text).at(-1)).toBe('COMMIT');
    expect(await count()).toBe(before + 2);
  });

  it('rolls back when the last statement fails, COMMIT never sent', async () => {
    const before = await count();
    const transactions = createTransactionRunner(db.prisma, (_tx, sql) => sql);
    await expect(
      transactions.transaction(async (sql) => {
        await sql.rows(audit, ['kept only if committed']);
        await sql.lastRows(audit.replace('gen_random_uuid()', '$2::uuid'), ['never', 'not-a-uuid']);
      }),
    ).rejects.toMatchObject({ code: '22P02' });
    expect(await count()).toBe(before);
  });

  it('holds a write for the next round trip, in the order asked, and sends what is still held with COMMIT', async () => {
    const before = await count();
    const transactions = createTransactionRunner(db.prisma, (_tx, sql) => sql);
    const { sent, value } = await statementsOf(() =>
      transactions.transaction(async (sql) => {
        const first = sql.rows<{ n: number }>('SELECT count(*)::int AS "n" FROM "AuditLog" WHERE "targetId" = $1', ['held']);
        // Asked after the count and before the next one, without waiting: it must run between them.
        void sql.write(audit.replace("'pipeline'", "'held'"), ['one']);
        const second = await sql.rows<{ n: number }>('SELECT count(*)::int AS "n" FROM "AuditLog" WHERE "targetId" = $1', ['held']);
        await sql.write(audit.replace("'pipeline'", "'held'"), ['two']);
        return [(await first)[0]!.n, second[0]!.n];
      }),
    );
    expect(value).toEqual([0, 1]);
    const texts = sent.map((statement) => statement.text);
    expect(texts).toHaveLength(3);
    expect(texts[1]).toMatch(/^INSERT INTO "AuditLog".*; SELECT count/s);
    expect(texts[2]).toMatch(/^INSERT INTO "AuditLog".*; COMMIT$/s);
    expect(await count()).toBe(before + 2);
  });

  it('drops held writes on rollback, and fails the round trip that carries a write that fails', async () => {
    const before = await count();
    const transactions = createTransactionRunner(db.prisma, (_tx, sql) => sql);
    await expect(
      transactions.transaction(async (sql) => {
        await sql.rows(audit, ['sent']);
        await sql.write(audit, ['held, then dropped']);
        throw new Error('effect failed');
      }),
    ).rejects.toThrow('effect failed');
    await expect(
      transactions.transaction(async (sql) => {
        await sql.write(audit.replace('gen_random_uuid()', '$2::uuid'), ['bad', 'not-a-uuid']);
        await sql.rows('SELECT 1 AS "one"', []);
      }),
    ).rejects.toMatchObject({ code: '22P02' });
    expect(await count()).toBe(before);
  });

  it('sends held writes before Prisma joins, and writes at once after', async () => {
    const transactions = createTransactionRunner(db.prisma, (tx, sql) => ({ tx, sql }));
    const seen = await transactions.transaction(async ({ tx, sql }) => {
      await sql.rows('SELECT 1 AS "one"', []);
      await sql.write(audit.replace("'pipeline'", "'joined'"), ['before prisma']);
      const first = await tx.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS "n" FROM "AuditLog" WHERE "targetId" = 'joined'`);
      await sql.write(audit.replace("'pipeline'", "'joined'"), ['after prisma']);
      const second = await tx.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS "n" FROM "AuditLog" WHERE "targetId" = 'joined'`);
      return [first[0]!.n, second[0]!.n];
    });
    expect(seen).toEqual([1, 2]);
  });
});
