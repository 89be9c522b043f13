/**
 * vitest globalSetup: one PostgreSQL for the whole run, handed to every test file as the
 * admin URL that test/support/databases.ts creates its databases on.
 *
 * - A server at TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres,
 *   trust auth) when one answers: the developers' machines and CI have one.
 * - Otherwise an embedded PostgreSQL cluster (the app's own, src/storage/embedded/) in a
 *   temporary folder, started once here and stopped at the end: `npm test` on a machine
 *   without any PostgreSQL server runs every database test.
 *
 * TEST_POSTGRES=embedded forces the embedded cluster; TEST_POSTGRES=server makes a missing
 * server a failure instead of a fallback.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { ensureEmbeddedCluster } from '../../src/storage/embedded/cluster.js';
import { ensureTestTemplates, type TestTemplates } from './migrated-template.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgresql://… of the maintenance database of the run's PostgreSQL. */
    postgresAdminUrl: string;
    /** Where it runs: a server, or the embedded cluster started for this run. */
    postgresSource: 'server' | 'embedded';
    /** Databases there that test databases are copied from (migrated-template.ts). */
    postgresTemplates: TestTemplates;
  }
}

const DEFAULT_SERVER_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

/** A throw-away cluster: durability off (a crash loses only test data), room for every file's pools. */
const TEST_CLUSTER_SETTINGS = { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: '400' };

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const wanted = process.env.TEST_POSTGRES ?? 'auto';
  if (!['auto', 'server', 'embedded'].includes(wanted)) throw new Error(`TEST_POSTGRES: expected auto, server or embedded, got "${wanted}"`);
  const serverUrl = process.env.TEST_POSTGRES_URL || DEFAULT_SERVER_URL;
  if (wanted !== 'embedded') {
    const problem = await probe(serverUrl);
    if (problem === undefined) {
      project.provide('postgresAdminUrl', serverUrl);
      project.provide('postgresSource', 'server');
      project.provide('postgresTemplates', await ensureTestTemplates(serverUrl));
      return undefined;
    }
    if (wanted === 'server') throw new Error(`TEST_POSTGRES=server but no PostgreSQL answers at ${redact(serverUrl)}: ${problem}`);
    console.warn(`No PostgreSQL server at ${redact(serverUrl)} (${problem}): the tests use an embedded PostgreSQL cluster.`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'wksbm-test-pg-'));
  const cluster = await ensureEmbeddedCluster({ dataDir, role: 'app', settings: TEST_CLUSTER_SETTINGS }).catch(async (error: unknown) => {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  });
  project.provide('postgresAdminUrl', cluster.url('postgres'));
  project.provide('postgresSource', 'embedded');
  try {
    project.provide('postgresTemplates', await ensureTestTemplates(cluster.url('postgres')));
  } catch (error) {
    await cluster.stop();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  return async () => {
    await cluster.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}

async function probe(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//');
}
