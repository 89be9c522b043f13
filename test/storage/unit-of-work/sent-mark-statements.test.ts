/**
 * The reply outbox's "sent" marks ride in the next message's COMMIT round trip instead of a
 * round trip of their own (storage/outbox/sent-marks.ts), and are never lost doing so: a
 * failed ride or a row it could not lock is written on its own after the wait, as is a mark
 * no message comes for, and a graceful stop writes the marks still waiting.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import type { ReplyOwner } from '../../../src/core/outbox/reply-ports.js';
import { createPrismaConversationTx } from '../../../src/storage/conversation-tx.js';
import { createReplyStore, createSentMarks } from '../../../src/storage/outbox/reply-store.js';
import { createTransactionRunner } from '../../../src/storage/transaction-runner.js';
import { riders } from '../../../src/storage/unit-of-work/passenger.js';
import { createTestStore, startTestBot, type TestBot } from '../../support/bot.js';
import { finishWithReplies } from '../../support/finish-message.js';
import { folded as texts, statementsOf } from '../../support/pg-statements.js';
import { useTestBot } from '../../support/use-test-bot.js';

/** Long enough for a test's next message to surely come first, short enough for a test to wait out. */
const WAIT_MS = 1_000;
const FAQ = 'apa itu wksbm?';
const RIDE = /; WITH "free" AS \(SELECT "seq" FROM "Reply" .*FOR UPDATE SKIP LOCKED\) DELETE FROM "Reply" .*; COMMIT$/s;
const ALONE = /^DELETE FROM "Reply" WHERE "seq" = ANY/;

/** Sends a web chat message as `user` and resolves once its answer went out and its sent mark waits. */
async function answered(bot: TestBot, user: string, text: string): Promise<{ readonly chat: string; readonly messageId: string }> {
  const messageId = randomUUID();
  await bot.send(user, text, messageId);
  const chat = await bot.users.externalId(user);
  await vi.waitFor(() => expect(bot.bot.replies.answeredJustNow(chat, messageId)).toBe(true), { timeout: 5_000, interval: 5 });
  return { chat, messageId };
}

describe('sent marks [postgres]', () => {
  const bot = useTestBot('postgres', { rideWaitMs: WAIT_MS });
  const replyRows = (where: { chat: string; messageId?: string }) => bot.bot.database.prisma.reply.count({ where });

  it("deletes an answered reply's row in the next message's COMMIT round trip: that message still takes 1 round trip, and no DELETE goes out alone", async () => {
    await bot.send('ani', 'halo');
    const before = await answered(bot, 'ani', FAQ);
    expect(await replyRows(before)).toBe(1);

    const { sent } = await statementsOf(() => bot.send('ani', FAQ));
    // A FAQ answer's unit of work, as without a mark (message-statements.test.ts): BEGIN, the
    // claim of a sender the bot remembers and the saved turn, the mark riding in front of COMMIT.
    expect(texts(sent), texts(sent).join('\n---\n')).toEqual([expect.stringMatching(/^BEGIN; .*; WITH "saved" /)]);
    expect(texts(sent)[0]).toMatch(RIDE);
    expect(await replyRows(before)).toBe(0);
    // The mark counts as written once that message committed: the answer is no longer "just now".
    await vi.waitFor(() => expect(bot.bot.replies.answeredJustNow(before.chat, before.messageId)).toBe(false), { timeout: 500, interval: 5 });
  });

  it('writes a mark on its own when no message comes within the wait', async () => {
    const { chat } = await answered(bot, 'budi', FAQ);
    const { sent } = await statementsOf(() => vi.waitFor(async () => expect(await replyRows({ chat })).toBe(0), { timeout: WAIT_MS * 5, interval: 20 }));
    expect(texts(sent).filter((text) => ALONE.test(text))).toHaveLength(1);
    expect(texts(sent).filter((text) => RIDE.test(text))).toEqual([]);
  });

  describe('a ride outside the message path', () => {
    const owner: ReplyOwner = { id: randomUUID(), leaseMs: 30_000 };
    /** A runner whose COMMIT round trips carry `marks`, and a reply row to mark (held by `owner`). */
    async function setUp() {
      const prisma = bot.bot.database.prisma;
      const marks = createSentMarks(prisma, WAIT_MS);
      const transactions = createTransactionRunner(prisma, (tx, sql) => ({ conversation: createPrismaConversationTx(tx, undefined, owner, sql), sql, prisma: tx }), riders(marks.board));
      const chat = `chat-${randomUUID()}`;
      const queued = await transactions.transaction(async ({ conversation }) => {
        await conversation.claimMessage('telegram', chat, 'm1');
        return finishWithReplies(conversation, 'telegram', chat, 'm1', [{ text: 'Halo!' }], chat);
      });
      if (!queued) throw new Error('no reply queued');
      return { store: createReplyStore(prisma, marks), transactions, chat, id: queued.id };
    }

    it('rides in the COMMIT of a unit of work Prisma joined (COMMIT after Prisma\'s statements)', async () => {
      const { store, transactions, chat, id } = await setUp();
      let marked: Promise<void> | undefined;
      const { sent } = await statementsOf(() =>
        transactions.transaction(async ({ conversation, prisma }) => {
          await conversation.claimMessage('telegram', chat, 'm2');
          expect(await prisma.processedMessage.count({ where: { senderId: chat } })).toBe(2);
          marked = store.markSent([id]);
        }),
      );
      await marked;
      expect(await replyRows({ chat })).toBe(0);
      expect(texts(sent).filter((text) => ALONE.test(text))).toEqual([]);
      expect(texts(sent).filter((text) => /^WITH "free" .*; COMMIT$/.test(text))).toHaveLength(1);
    });

    it('puts the marks back when the transaction carrying them fails: they are written on their own after the wait', async () => {
      const { store, transactions, chat, id } = await setUp();
      let marked: Promise<void> | undefined;
      const { sent } = await statementsOf(async () => {
        const failing = transactions.transaction(async ({ conversation, sql }) => {
          await conversation.claimMessage('telegram', chat, 'm2');
          marked = store.markSent([id]);
          await sql.lastRows('SELECT 1 / 0', []);
        });
        await expect(failing).rejects.toThrow(/division by zero/);
        // Rolled back with the transaction that carried it: the row is still there.
        expect(await replyRows({ chat })).toBe(1);
        await marked;
      });
      expect(await replyRows({ chat })).toBe(0);
      const own = texts(sent);
      expect(own.filter((text) => /^SELECT 1 \/ 0/.test(text) && RIDE.test(text))).toHaveLength(1);
      expect(own.filter((text) => ALONE.test(text))).toHaveLength(1);
    });

    it('does not wait for a row another transaction has locked: the message commits, and that mark is written on its own once the lock is gone', async () => {
      const { store, transactions, chat, id } = await setUp();
      const locker = new pg.Client({ connectionString: bot.bot.database.url });
      await locker.connect();
      try {
        await locker.query('BEGIN');
        await locker.query('SELECT 1 FROM "Reply" WHERE "seq" = $1 FOR UPDATE', [id]);
        const marked = store.markSent([id]);
        const carried = await statementsOf(() =>
          transactions.transaction(async ({ conversation }) => {
            await conversation.claimMessage('telegram', chat, 'm2');
            await conversation.finishMessage({ identityId: randomUUID(), state: null, lastActiveAt: new Date() }, 'telegram', chat, 'm2', [], chat);
          }),
        );
        expect(texts(carried.sent).filter((text) => RIDE.test(text))).toHaveLength(1);
        expect(await replyRows({ chat })).toBe(1);
        await locker.query('COMMIT');
        await marked;
        expect(await replyRows({ chat })).toBe(0);
      } finally {
        await locker.end();
      }
    });
  });
});

describe('sent marks at a graceful stop [postgres]', () => {
  it('writes the marks still waiting before the database closes', async () => {
    const store = await createTestStore('postgres');
    try {
      const bot = await startTestBot(store, { rideWaitMs: WAIT_MS });
      const { chat } = await answered(bot, 'ani', FAQ);
      expect(await bot.bot.database.prisma.reply.count({ where: { chat } })).toBe(1);
      // No message comes: the stop waits for the mark's DELETE of its own (a mark left
      // behind would fail on the closed pool, and its row would still be there).
      await bot.close();
      const client = new pg.Client({ connectionString: store.env.DATABASE_URL });
      await client.connect();
      try {
        expect((await client.query('SELECT count(*)::int AS "n" FROM "Reply" WHERE "chat" = $1', [chat])).rows).toEqual([{ n: 0 }]);
      } finally {
        await client.end();
      }
    } finally {
      await store.dispose();
    }
  }, 30_000);
});
