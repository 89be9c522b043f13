/**
 * The hot path's statements are named: each connection prepares a text once and PostgreSQL
 * plans it from its plan cache afterwards (planning cost it more CPU than running them). The
 * names are bounded, since a connection keeps every statement it prepared until it closes.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTransactionRunner } from '../../../src/storage/transaction-runner.js';
import { statementName } from '../../../src/storage/unit-of-work/prepared.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';

describeEachDatabase('a unit of work\'s statements, prepared on its connection', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  it('prepares a statement once and runs it by name after that', async () => {
    const transactions = createTransactionRunner(db.prisma, (_tx, sql) => sql);
    const text = 'SELECT count(*)::int AS "n" FROM "Activity" WHERE "villageCode" = $1';
    const { counts, prepared } = await transactions.transaction(async (sql) => {
      // The first statement goes out with BEGIN, inlined; the next ones are bound.
      const counts = [];
      for (let index = 0; index < 3; index++) counts.push((await sql.rows<{ n: number }>(text, ['34.02.15.2002']))[0]?.n);
      const prepared = await sql.rows<{ name: string }>('SELECT name FROM pg_prepared_statements WHERE statement = $1', [text]);
      return { counts, prepared };
    });
    expect(counts).toEqual([0, 0, 0]);
    // Once on this connection, under the name every connection uses for that text.
    expect(prepared).toEqual([{ name: statementName(text) }]);
  });

  it('plans them once for all values on every connection of the pool (no plan per call)', async () => {
    const transactions = createTransactionRunner(db.prisma, (_tx, sql) => sql);
    const settings = await Promise.all(
      Array.from({ length: 3 }, () => transactions.transaction((sql) => sql.rows<{ mode: string }>(`SELECT current_setting('plan_cache_mode') AS "mode"`, []))),
    );
    expect(settings.flat()).toEqual([{ mode: 'force_generic_plan' }, { mode: 'force_generic_plan' }, { mode: 'force_generic_plan' }]);
  });
});

describe('statementName', () => {
  it('names a text the same every time, another text otherwise, and stops naming at its bound', async () => {
    // A fresh copy of the module: its names are module state, and this test uses them all up.
    vi.resetModules();
    const { statementName } = await import('../../../src/storage/unit-of-work/prepared.js');
    const first = statementName('SELECT $1::int AS "one"');
    expect(first).toMatch(/^wksbm_\d+$/);
    expect(statementName('SELECT $1::int AS "one"')).toBe(first);
    expect(statementName('SELECT $1::int AS "two"')).not.toBe(first);
    const unnamed = [];
    for (let index = 0; index < 600; index++) {
      if (statementName(`SELECT ${index} AS "n"`) === undefined) unnamed.push(index);
    }
    // 500 names in all: the two texts above and 498 of these; the rest go out unnamed.
    expect(unnamed).toHaveLength(102);
    expect(statementName('SELECT $1::int AS "one"')).toBe(first);
  });
});
