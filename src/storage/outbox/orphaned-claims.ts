/**
 * Claims left behind by a killed process. A dispatcher leases the alerts it claims (5 min
 * by default) so that no other dispatcher sends them meanwhile; when its process is killed
 * (SIGKILL, OOM, power loss) those alerts wait for the lease to run out before anyone
 * sends them. On the embedded PostgreSQL only one app runs per DATA_DIR (a second refuses
 * to start, see embedded/cluster.ts), so at start every claim in it belongs to a dead
 * process and can be given back at once. Never call this on a PostgreSQL server that other instances share:
 * their claims are live.
 */
import type { PrismaClient } from '../generated/prisma/client.js';

/**
 * Puts every claimed ('sending') alert back to pending, due now; the attempt its claim
 * counted stays counted (the send may have happened). Returns how many were released.
 */
export async function releaseOrphanedClaims(prisma: PrismaClient, now: Date = new Date()): Promise<number> {
  return prisma.$executeRaw`
    UPDATE "Alert" SET "status" = 'pending', "claimedUntil" = NULL, "nextAttemptAt" = ${now}
    WHERE "status" = 'sending'`;
}
