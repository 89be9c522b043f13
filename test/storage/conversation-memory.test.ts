/**
 * A conversation this instance saved last is not read again for the sender's next message
 * (issue #14: one round trip for a message without effects); its claim checks instead that
 * nothing changed, and any change by another writer makes the message read it after all.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RenderedMessage } from '../../src/core/messages.js';
import type { TransactionRunner } from '../../src/core/ports.js';
import { createAppTransactionRunner, type PrismaAppTx } from '../../src/storage/app-tx.js';
import { ConversationMemory, REMEMBERED_STATE_CHARS } from '../../src/storage/conversations/conversation-memory.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../support/databases.js';
import { statementsOf } from '../support/pg-statements.js';

describeEachDatabase('conversations remembered between messages', (kind) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  /** One instance: its transactions and its memory. */
  const instance = (): { runner: TransactionRunner<PrismaAppTx>; memory: ConversationMemory } => {
    const memory = new ConversationMemory();
    return { runner: createAppTransactionRunner(db.prisma, undefined, undefined, undefined, undefined, memory), memory };
  };

  /** What one message did: the state it found, whether it was a duplicate, how often it ran, its round trips. */
  interface Handled {
    readonly found: unknown;
    readonly locale: string | undefined;
    readonly duplicate: readonly RenderedMessage[] | null | undefined;
    readonly runs: number;
    readonly roundTrips: number;
  }

  /**
   * A message as the runner handles it: claim, open, and save `next(state found)` with a reply,
   * all in one unit of work; `during` runs between opening and saving (an effect).
   */
  async function message(
    runner: TransactionRunner<PrismaAppTx>,
    senderId: string,
    next: (found: unknown) => unknown,
    options: { readonly id?: string; readonly during?: (tx: PrismaAppTx) => Promise<void> } = {},
  ): Promise<Handled> {
    const id = options.id ?? randomUUID();
    let runs = 0;
    const { value, sent } = await statementsOf(() =>
      runner.transaction(async (tx) => {
        runs += 1;
        const claim = await tx.claimMessage('telegram', senderId, id);
        if (claim.kind === 'duplicate') return { found: undefined, locale: undefined, duplicate: claim.replies };
        const conversation = await tx.openConversation('telegram', { externalId: senderId }, 'id');
        await options.during?.(tx);
        const replies = [{ text: `reply to ${id}` }];
        await tx.finishMessage({ identityId: conversation.identityId, state: next(conversation.state), lastActiveAt: new Date() }, 'telegram', senderId, id, replies, senderId);
        return { found: conversation.state, locale: conversation.person.locale, duplicate: undefined };
      }),
    );
    return { ...value, runs, roundTrips: sent.length };
  }

  const count = (found: unknown): { n: number } => ({ n: ((found as { n?: number } | null)?.n ?? 0) + 1 });

  it('answers the next message of a sender it saved last in one round trip, from what it saved', async () => {
    const { runner, memory } = instance();
    const sender = randomUUID();
    const first = await message(runner, sender, count);
    expect(first.found).toBeNull();
    expect(memory.size).toBe(1);
    for (const n of [1, 2, 3]) {
      const handled = await message(runner, sender, count);
      expect(handled).toMatchObject({ found: { n }, runs: 1, roundTrips: 1 });
    }
    const stored = await db.prisma.conversation.findFirstOrThrow({ where: { identity: { externalId: sender } } });
    expect(stored.state).toEqual({ n: 4 });
  });

  it('reads the conversation again when another instance, or a write outside the conversation, changed it since', async () => {
    const one = instance();
    const two = instance();
    const sender = randomUUID();
    await message(one.runner, sender, count);
    await message(one.runner, sender, count);
    // Another instance handles a message of the same sender: the first one's memory is now old.
    expect(await message(two.runner, sender, count)).toMatchObject({ found: { n: 2 }, runs: 1 });
    expect(await message(one.runner, sender, count)).toMatchObject({ found: { n: 3 }, runs: 2 });
    expect(await message(two.runner, sender, count)).toMatchObject({ found: { n: 4 }, runs: 2 });
    // The person changed by someone else (the admin API, an account link): the next message sees it.
    const person = await db.prisma.person.findFirstOrThrow({ where: { identities: { some: { externalId: sender } } } });
    await db.prisma.person.update({ where: { id: person.id }, data: { locale: 'en' } });
    expect(await message(two.runner, sender, count)).toMatchObject({ found: { n: 5 }, locale: 'en', runs: 2 });
    // Each message was claimed once and the retried runs left nothing twice.
    expect(await db.prisma.processedMessage.count({ where: { senderId: sender } })).toBe(6);
    expect(await db.prisma.reply.count({ where: { chat: sender } })).toBe(6);
  });

  it('tells afterCommit of each committed unit of work once, and of the run that committed when a remembered claim missed', async () => {
    const memory = new ConversationMemory();
    const committed: PrismaAppTx[] = [];
    const runner = createAppTransactionRunner(db.prisma, undefined, (tx) => committed.push(tx), undefined, undefined, memory);
    const other = instance();
    const sender = randomUUID();
    await message(runner, sender, count);
    await message(runner, sender, count);
    expect(committed).toHaveLength(2);
    await message(other.runner, sender, count);
    // Its memory is old now: the first run fails its check and is rolled back, the second commits.
    const seen: PrismaAppTx[] = [];
    expect(await message(runner, sender, count, { during: async (tx) => void seen.push(tx) })).toMatchObject({ runs: 2 });
    expect(committed).toHaveLength(3);
    expect(committed[2]).toBe(seen[1]);
  });

  it('answers a repeated delivery of a remembered sender with the stored replies, saving nothing', async () => {
    const { runner } = instance();
    const sender = randomUUID();
    const id = randomUUID();
    await message(runner, sender, count);
    await message(runner, sender, count, { id });
    const again = await message(runner, sender, count, { id });
    expect(again.duplicate).toEqual([{ text: `reply to ${id}` }]);
    const stored = await db.prisma.conversation.findFirstOrThrow({ where: { identity: { externalId: sender } } });
    expect(stored.state).toEqual({ n: 2 });
    // And the sender's next message is read from the database (the duplicate left nothing to remember), then remembered.
    expect(await message(runner, sender, count)).toMatchObject({ found: { n: 2 }, runs: 1, roundTrips: 2 });
    expect(await message(runner, sender, count)).toMatchObject({ found: { n: 3 }, runs: 1, roundTrips: 1 });
  });

  it('starts again from nothing when the conversation was deleted meanwhile (the retention job)', async () => {
    const { runner } = instance();
    const sender = randomUUID();
    await message(runner, sender, count);
    await message(runner, sender, count);
    await db.prisma.conversation.deleteMany({ where: { identity: { externalId: sender } } });
    expect(await message(runner, sender, count)).toMatchObject({ found: null, runs: 2 });
  });

  it('does not remember a state longer than REMEMBERED_STATE_CHARS: it is read from the database next time', async () => {
    const { runner, memory } = instance();
    const sender = randomUUID();
    const long = (found: unknown) => ({ ...count(found), typed: 'x'.repeat(REMEMBERED_STATE_CHARS) });
    await message(runner, sender, long);
    expect(memory.size).toBe(0);
    expect(await message(runner, sender, count)).toMatchObject({ found: { n: 1 }, runs: 1, roundTrips: 2 });
    expect(memory.size).toBe(1);
  });

  it('forgets a conversation whose unit of work failed, and runs such a unit of work only once', async () => {
    const { runner } = instance();
    const sender = randomUUID();
    await message(runner, sender, count);
    let failures = 0;
    await expect(
      message(runner, sender, count, {
        during: () => {
          failures += 1;
          return Promise.reject(new Error('effect failed'));
        },
      }),
    ).rejects.toThrow('effect failed');
    expect(failures).toBe(1);
    // Nothing of it stayed: the next message reads the saved state, from the database.
    expect(await message(runner, sender, count)).toMatchObject({ found: { n: 1 }, runs: 1, roundTrips: 2 });
  });

  it("runs again a unit of work whose effect caught the remembered claim's failure and went on", async () => {
    const { runner } = instance();
    const sender = randomUUID();
    await message(runner, sender, count);
    await message(runner, sender, count);
    // Someone else's write makes the memory old; the effect's statement carries the failing check.
    await db.prisma.conversation.updateMany({ where: { identity: { externalId: sender } }, data: { state: { n: 10 } } });
    let swallowed = 0;
    const handled = await message(runner, sender, count, {
      during: async (tx) => {
        await tx.regions.searchVillages('sidomulyo', 1).catch(() => (swallowed += 1));
      },
    });
    expect(swallowed).toBe(1);
    expect(handled).toMatchObject({ found: { n: 10 }, runs: 2 });
  });

  it('runs again a unit of work whose first statement after the remembered claim is Prisma joining it', async () => {
    const { runner } = instance();
    const sender = randomUUID();
    await message(runner, sender, count);
    await message(runner, sender, count);
    await db.prisma.conversation.updateMany({ where: { identity: { externalId: sender } }, data: { state: { n: 20 } } });
    // A Prisma read opens Prisma's transaction on the unit of work's connection, sending the held claim first.
    const handled = await message(runner, sender, count, { during: (tx) => tx.accounts.redeem('no-such-code', randomUUID(), new Date()).then(() => undefined) });
    expect(handled).toMatchObject({ found: { n: 20 }, runs: 2 });
    expect(await message(runner, sender, count)).toMatchObject({ found: { n: 21 }, runs: 1, roundTrips: 1 });
  });
});
