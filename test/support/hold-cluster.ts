/**
 * Child process for the embedded-cluster tests: starts the embedded PostgreSQL of the
 * DATA_DIR given as first argument (as the app does), prints "ready <port> <postmaster pid>",
 * and stops it when its stdin closes. Killing it with SIGKILL leaves the postmaster orphaned,
 * as a killed app would. Run with `node --import tsx test/support/hold-cluster.ts <dataDir>`.
 */
import { ensureEmbeddedCluster } from '../../src/storage/embedded/cluster.js';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: hold-cluster.ts <dataDir>');
const cluster = await ensureEmbeddedCluster({ dataDir, role: 'app' });
process.stdout.write(`ready ${cluster.port} ${cluster.postmasterPid}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void cluster.stop().then(() => process.exit(0));
});
