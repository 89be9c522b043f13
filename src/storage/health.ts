/** Database health check for readiness probes. */
import type { PrismaClient } from './generated/prisma/client.js';

/** Default time a health check may take before the database counts as down. */
export const PING_TIMEOUT_MS = 3_000;

/**
 * True when the database answers `SELECT 1` within `timeoutMs`. Never throws.
 * With every pooled connection busy, the ping waits for one, so it can time out.
 */
export async function ping(prisma: PrismaClient, timeoutMs: number = PING_TIMEOUT_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    const answered = prisma.$queryRawUnsafe('SELECT 1').then(
      () => true,
      () => false,
    );
    return await Promise.race([answered, timedOut]);
  } catch {
    return false; // e.g. a client that throws synchronously after shutdown
  } finally {
    clearTimeout(timer);
  }
}
