/**
 * Outbox test data on a real database: people with channel identities (and how recently
 * each was used), officers with quiet hours, and alerts recorded through the real outbox.
 */
import { randomUUID } from 'node:crypto';
import type { ChannelName, OutboundMessage } from '../../../src/core/messages.js';
import { say } from '../../../src/core/messages.js';
import { verbatim } from '../../../src/core/text.js';
import type { OutboxEntry } from '../../../src/domain/model/outbox.js';
import type { PrismaClient } from '../../../src/storage/generated/prisma/client.js';
import { createOutbox } from '../../../src/storage/outbox/outbox-store.js';

/** One identity of a test person; `lastActiveAt` null = never wrote (no conversation). */
export interface IdentitySpec {
  readonly channel: ChannelName;
  readonly externalId?: string;
  readonly lastActiveAt?: Date | null;
}

/** A stored test person. */
export interface TestPerson {
  readonly personId: string;
  readonly officerId: string | null;
  /** externalIds by channel, in the order given. */
  readonly externalIds: string[];
}

/** Creates a person with identities and, optionally, an officer role with quiet hours. */
export async function createPerson(
  prisma: PrismaClient,
  options: {
    readonly locale?: string;
    readonly identities: readonly IdentitySpec[];
    readonly officer?: { readonly quietStartMin: number | null; readonly quietEndMin: number | null };
  },
): Promise<TestPerson> {
  const person = await prisma.person.create({ data: { locale: options.locale ?? 'id' }, select: { id: true } });
  const externalIds: string[] = [];
  for (const spec of options.identities) {
    const externalId = spec.externalId ?? `${spec.channel}-${randomUUID()}`;
    externalIds.push(externalId);
    const identity = await prisma.channelIdentity.create({
      data: { channel: spec.channel, externalId, personId: person.id },
      select: { id: true },
    });
    if (spec.lastActiveAt) {
      await prisma.conversation.create({ data: { identityId: identity.id, state: {}, lastActiveAt: spec.lastActiveAt } });
    }
  }
  const officer = options.officer
    ? await prisma.officer.create({ data: { personId: person.id, kind: 'tksk', ...options.officer }, select: { id: true } })
    : null;
  return { personId: person.id, officerId: officer?.id ?? null, externalIds };
}

/** Messages whose rendered text is `text` (the `verbatim` key renders its parameter). */
export function textMessages(text: string, buttons?: OutboundMessage['buttons']): OutboundMessage[] {
  return [say(verbatim(text), buttons)];
}

/** Records an alert through {@link createOutbox} in its own transaction. */
export function enqueue(prisma: PrismaClient, entry: Partial<OutboxEntry> & { personId: string }, now: Date): Promise<boolean> {
  const full: OutboxEntry = {
    kind: 'test.notice',
    messages: textMessages(entry.dedupeKey ?? 'halo'),
    dedupeKey: `test:${randomUUID()}`,
    ...entry,
  };
  return prisma.$transaction((tx) => createOutbox(tx).enqueue(full, now));
}

/** The stored alert with a dedupe key. */
export function alertByKey(prisma: PrismaClient, dedupeKey: string) {
  return prisma.alert.findUniqueOrThrow({ where: { dedupeKey } });
}

/** The instant the store tests start from, offsets from it, and the lease they claim with. */
export const T0 = new Date('2026-11-02T03:00:00Z');
export const at = (ms: number): Date => new Date(T0.getTime() + ms);
export const LEASE = 60_000;
