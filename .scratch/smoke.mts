import { ensureEmbeddedCluster } from '/work/wt/i20/src/storage/embedded/cluster.ts';
import pg from 'pg';
const dir = process.argv[2]!;
const t0 = Date.now();
const c = await ensureEmbeddedCluster({ dataDir: dir, role: 'app', logger: { info: (f, m) => console.log(m, f), warn: (f, m) => console.log('WARN', m, f), error: (f, m) => console.log('ERR', m, f) } });
console.log('started', Date.now() - t0, 'ms', c.port, c.postmasterPid);
const cl = new pg.Client(c.url()); await cl.connect(); console.log((await cl.query('select version(), current_database()')).rows); await cl.query('create extension if not exists pg_trgm'); await cl.end();
if (process.argv[3] === 'kill') { process.kill(process.pid, 'SIGKILL'); }
await c.stop(); console.log('stopped');
