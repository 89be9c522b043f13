/**
 * DATABASE_URL naming a server the bot cannot use stops openDatabase (and so `npm start`)
 * with a DatabaseUnreachableError whose message says what is wrong and names DATABASE_URL:
 * nothing listening, a database that does not exist, a user the server refuses. Against the
 * test PostgreSQL (a server in CI, the suite's embedded cluster otherwise) and a closed port.
 */
import { describe, expect, it } from 'vitest';
import { DatabaseUnreachableError, openDatabase } from '../../src/storage/database.js';
import { databaseTargetOf } from '../../src/storage/server-check.js';
import { POSTGRES_ADMIN_URL } from '../support/databases.js';
import { freePort } from '../support/free-port.js';

/** The admin URL with another database or user. */
function variant(change: (url: URL) => void): string {
  const url = new URL(POSTGRES_ADMIN_URL);
  change(url);
  return url.toString();
}

async function refusal(databaseUrl: string): Promise<DatabaseUnreachableError> {
  const error = await openDatabase({ databaseUrl, dataDir: '/nonexistent' }).then(
    async (database) => {
      await database.close();
      return null;
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DatabaseUnreachableError);
  return error as DatabaseUnreachableError;
}

describe('a DATABASE_URL the bot cannot use', () => {
  it('names the server that does not answer', async () => {
    const port = await freePort();
    const error = await refusal(`postgresql://postgres@127.0.0.1:${port}/wksbm`);
    expect(error.message).toBe(
      `No PostgreSQL answers at 127.0.0.1:${port} (DATABASE_URL): connection refused. Start the server, or correct the host and port in DATABASE_URL. Without DATABASE_URL the bot starts its own embedded database in DATA_DIR.`,
    );
  });

  it('names the database that does not exist, and how to create it', async () => {
    const error = await refusal(variant((url) => (url.pathname = '/wksbm_no_such_database')));
    expect(error.message).toMatch(/^The database "wksbm_no_such_database" does not exist on .+ \(DATABASE_URL\)\. Create it \(e\.g\. createdb -h .+ -p \d+ -U \S+ wksbm_no_such_database\)/);
  });

  it('names the user the server refuses, never the password', async () => {
    const error = await refusal(variant((url) => {
      url.username = 'wksbm_nobody';
      url.password = 'secret-pw';
    }));
    expect(error.message).toMatch(/refused user "wksbm_nobody" \(DATABASE_URL\)/);
    expect(error.message).not.toContain('secret-pw');
  });
});

describe('databaseTargetOf, the one reader of DATABASE_URL', () => {
  it('reads host, port as written, database and user (decoded), never the password', () => {
    expect(databaseTargetOf('postgresql://wk%40sbm:pw@db.local:5433/wksbm%20prod')).toEqual({ host: 'db.local', port: '5433', database: 'wksbm prod', user: 'wk@sbm' });
    expect(databaseTargetOf('postgres://db.local/wksbm')).toEqual({ host: 'db.local', port: '', database: 'wksbm', user: '' });
    expect(databaseTargetOf('not a url')).toBeNull();
  });
});
