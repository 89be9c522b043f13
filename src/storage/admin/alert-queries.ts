/** The admin API's list of alerts (the outbox), without their payloads (they name people). */
import type { PrismaTx } from '../transaction-runner.js';
import type { Page, PageRequest } from './scope.js';

/** An alert's delivery state. */
export interface AlertRow {
  id: string;
  kind: string;
  personId: string;
  officerId: string | null;
  status: string;
  attempts: number;
  lastError: string | null;
  channel: string | null;
  createdAt: Date;
  nextAttemptAt: Date;
  sentAt: Date | null;
  /** What the channel reported after sending (WhatsApp Cloud API: sent, delivered, read, failed). */
  deliveryStatus: string | null;
  deliveryStatusAt: Date | null;
}

/** Alerts, all or those addressed to one person, by status, newest first. */
export async function listAlerts(
  db: PrismaTx,
  filter: { readonly personId?: string | undefined; readonly status?: 'pending' | 'sending' | 'sent' | 'dead' | undefined },
  page: PageRequest,
): Promise<Page<AlertRow>> {
  const where = {
    ...(filter.personId === undefined ? {} : { personId: filter.personId }),
    ...(filter.status === undefined ? {} : { status: filter.status }),
  };
  const [items, total] = await Promise.all([
    db.alert.findMany({
      where,
      select: {
        id: true,
        kind: true,
        personId: true,
        officerId: true,
        status: true,
        attempts: true,
        lastError: true,
        channel: true,
        createdAt: true,
        nextAttemptAt: true,
        sentAt: true,
        deliveryStatus: true,
        deliveryStatusAt: true,
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (page.page - 1) * page.pageSize,
      take: page.pageSize,
    }),
    db.alert.count({ where }),
  ]);
  return { items, page: page.page, pageSize: page.pageSize, total };
}

/** What came of a retry: sent back to pending, not a dead letter, or no such alert. */
export type RetryResult = 'retried' | 'not_dead' | 'missing';

/**
 * Sends a dead letter again: back to pending with its attempts reset, due now. The last
 * error stays until the next attempt tells another story.
 */
export async function retryDeadAlert(db: PrismaTx, id: string, now: Date): Promise<RetryResult> {
  const { count } = await db.alert.updateMany({
    where: { id, status: 'dead' },
    data: { status: 'pending', attempts: 0, nextAttemptAt: now, claimedUntil: null },
  });
  if (count === 1) return 'retried';
  return (await db.alert.findUnique({ where: { id }, select: { id: true } })) ? 'not_dead' : 'missing';
}
