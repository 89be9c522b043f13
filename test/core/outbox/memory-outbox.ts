/**
 * An in-memory {@link OutboxStore} with the real store's rules (due rows, leases, fencing
 * by attempt count), for the dispatcher's unit tests in virtual time. The Prisma store is
 * tested against both databases in test/storage/outbox.
 */
import type { ChannelName, OutboundMessage } from '../../../src/core/messages.js';
import type { ClaimedAlert, DeliveryTarget, Lease, OutboxStore, QuietHours } from '../../../src/core/outbox/ports.js';
import { say } from '../../../src/core/messages.js';
import { verbatim } from '../../../src/core/text.js';

/** One stored alert. */
export interface MemoryAlert {
  id: string;
  kind: string;
  personId: string;
  officerId: string | null;
  messages: OutboundMessage[] | null;
  locale: string;
  targets: DeliveryTarget[];
  quietHours: QuietHours | null;
  status: 'pending' | 'sending' | 'sent' | 'dead';
  attempts: number;
  nextAttemptAt: number;
  claimedUntil: number | null;
  lastError: string | null;
  channel: ChannelName | null;
  sentAt: number | null;
  createdAt: number;
}

let sequence = 0;

/** The in-memory store; `alerts` is open for assertions. */
export class MemoryOutbox implements OutboxStore {
  readonly alerts: MemoryAlert[] = [];

  /** Adds a pending alert whose text is its id (so fake adapters can tell alerts apart). */
  add(fields: Partial<MemoryAlert> & { targets: DeliveryTarget[] }, now: number): MemoryAlert {
    const id = fields.id ?? `alert-${++sequence}`;
    const alert: MemoryAlert = {
      id,
      kind: 'test.notice',
      personId: `person-${id}`,
      officerId: null,
      messages: [say(verbatim(id))],
      locale: 'id',
      quietHours: null,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      claimedUntil: null,
      lastError: null,
      channel: null,
      sentAt: null,
      createdAt: now,
      ...fields,
    };
    this.alerts.push(alert);
    return alert;
  }

  get(id: string): MemoryAlert {
    const alert = this.alerts.find((candidate) => candidate.id === id);
    if (!alert) throw new Error(`no alert ${id}`);
    return alert;
  }

  async claim(limit: number, now: Date, leaseMs: number): Promise<ClaimedAlert[]> {
    const t = now.getTime();
    const due = this.alerts
      .filter((a) => (a.status === 'pending' && a.nextAttemptAt <= t) || (a.status === 'sending' && (a.claimedUntil ?? 0) < t))
      .sort((a, b) => a.nextAttemptAt - b.nextAttemptAt || a.createdAt - b.createdAt)
      .slice(0, limit);
    return due.map((a) => {
      a.status = 'sending';
      a.claimedUntil = t + leaseMs;
      a.attempts += 1;
      return {
        id: a.id,
        kind: a.kind,
        personId: a.personId,
        officerId: a.officerId,
        messages: a.messages,
        attempts: a.attempts,
        locale: a.locale,
        targets: a.targets,
        quietHours: a.quietHours,
      };
    });
  }

  async markSent(lease: Lease, channel: ChannelName, now: Date): Promise<boolean> {
    return this.#update(lease, (a) => Object.assign(a, { status: 'sent', channel, sentAt: now.getTime() }));
  }

  async reschedule(lease: Lease, at: Date, error: string): Promise<boolean> {
    return this.#update(lease, (a) => Object.assign(a, { status: 'pending', nextAttemptAt: at.getTime(), lastError: error }));
  }

  async markDead(lease: Lease, reason: string): Promise<boolean> {
    return this.#update(lease, (a) => Object.assign(a, { status: 'dead', lastError: reason }));
  }

  async deferWithoutAttempt(lease: Lease, at: Date, reason?: string): Promise<boolean> {
    return this.#update(lease, (a) =>
      Object.assign(a, { status: 'pending', nextAttemptAt: at.getTime(), attempts: a.attempts - 1 }, reason === undefined ? {} : { lastError: reason }),
    );
  }

  #update(lease: Lease, change: (alert: MemoryAlert) => void): boolean {
    const alert = this.alerts.find((a) => a.id === lease.id && a.status === 'sending' && a.attempts === lease.attempts);
    if (!alert) return false;
    change(alert);
    alert.claimedUntil = null;
    return true;
  }
}
