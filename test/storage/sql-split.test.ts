import { describe, expect, it } from 'vitest';
import { splitSqlStatements } from '../../src/storage/sql-split.js';

const sqls = (script: string): string[] => splitSqlStatements(script).map((s) => s.sql);

describe('splitSqlStatements', () => {
  it('splits at top-level semicolons and drops empty or comment-only pieces', () => {
    expect(sqls('CREATE TABLE a (x int);\n\n;  -- trailing comment\nINSERT INTO a VALUES (1);\n-- only a comment;\n')).toEqual([
      'CREATE TABLE a (x int)',
      'INSERT INTO a VALUES (1)',
    ]);
  });

  it('keeps semicolons inside strings, identifiers, comments and dollar quotes', () => {
    const script = [
      `INSERT INTO t VALUES ('a;b', 'it''s; fine');`,
      `INSERT INTO "we;ird" VALUES (E'back\\'slash;');`,
      `/* block; /* nested; */ still comment; */ SELECT 1;`,
      `SELECT 'x' -- line comment; here`,
      `;`,
      `CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; SELECT $$;$$; $body$ LANGUAGE sql;`,
      `SELECT $$a;b$$, $1::text, a$b$c FROM t;`,
    ].join('\n');
    expect(sqls(script)).toEqual([
      `INSERT INTO t VALUES ('a;b', 'it''s; fine')`,
      `INSERT INTO "we;ird" VALUES (E'back\\'slash;')`,
      `SELECT 1`,
      `SELECT 'x' -- line comment; here`,
      `CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; SELECT $$;$$; $body$ LANGUAGE sql`,
      `SELECT $$a;b$$, $1::text, a$b$c FROM t`,
    ]);
  });

  it('reports the line each statement starts on', () => {
    const statements = splitSqlStatements('-- header\n\nSELECT 1;\n  SELECT\n  2;');
    expect(statements.map((s) => s.line)).toEqual([3, 4]);
  });

  it('treats a plain string with a backslash as ending at its quote (standard_conforming_strings)', () => {
    expect(sqls(`SELECT 'a\\'; SELECT 2;`)).toEqual([`SELECT 'a\\'`, 'SELECT 2']);
  });
});
