/**
 * The reply outbox end to end on a real database: replies written by the conversation store
 * in the message's transaction, sent by the ReplyDispatcher through a scripted channel, and
 * recovered after an instance "died" (it wrote replies and never sent them).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import type { ChannelName } from '../../../src/core/messages.js';
import { ReplyDispatcher } from '../../../src/core/outbox/reply-dispatcher.js';
import type { QueuedReplies, ReplyOwner } from '../../../src/core/outbox/reply-ports.js';
import { createPrismaTransactionRunner } from '../../../src/storage/conversation-tx.js';
import { createReplyStore } from '../../../src/storage/outbox/reply-store.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { finishWithReplies } from '../../support/finish-message.js';
import { statementsOf } from '../../support/pg-statements.js';
import { FakeAdapter } from '../../core/outbox/fake-adapter.js';

describeEachDatabase('reply outbox', (kind) => {
  let db: TestDatabase;
  const dispatchers: ReplyDispatcher[] = [];

  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterEach(async () => {
    for (const dispatcher of dispatchers.splice(0)) await dispatcher.stop();
  });
  afterAll(() => db?.close());

  const owner = (leaseMs = 30_000): ReplyOwner => ({ id: randomUUID(), leaseMs });
  const chat = () => `chat-${randomUUID()}`;

  /** One inbound message processed by `by` (undefined: no instance holds its replies) in chat `to`. */
  async function produce(by: ReplyOwner | undefined, to: string, text: string, channel: ChannelName = 'telegram'): Promise<QueuedReplies> {
    const messageId = randomUUID();
    const queued = await createPrismaTransactionRunner(db.prisma, undefined, by).transaction(async (tx) => {
      await tx.claimMessage(channel, to, messageId);
      return finishWithReplies(tx, channel, to, messageId, [{ text }], to);
    });
    if (!queued) throw new Error('no replies queued');
    return queued;
  }

  function dispatcher(me: ReplyOwner, adapter: FakeAdapter, options: { baseMs?: number } = {}): ReplyDispatcher {
    const created = new ReplyDispatcher({
      store: createReplyStore(db.prisma),
      channels: { [adapter.name]: adapter },
      owner: me.id,
      clock: () => new Date(),
      leaseMs: me.leaseMs,
      pollIntervalMs: 50,
      backoff: { baseMs: options.baseMs ?? 20, factor: 2, maxMs: 60_000, jitter: 0 },
      maxAttempts: 3,
    });
    dispatchers.push(created);
    return created;
  }

  const rowsOf = (to: string) => db.prisma.reply.findMany({ where: { chat: to }, orderBy: { seq: 'asc' } });
  const textsTo = (adapter: FakeAdapter, to: string) => adapter.sends.filter((send) => send.externalId === to).flatMap((send) => send.texts);

  it('marks replies sent in one statement of their own when nothing carries them: all the marks asked within the wait, each caller told its outcome', async () => {
    const to = chat();
    const queued: QueuedReplies[] = [];
    for (let index = 0; index < 5; index++) queued.push(await produce(undefined, to, `reply ${index}`));
    const store = createReplyStore(db.prisma);
    const { sent } = await statementsOf(async () => {
      // Asked in one turn, and one turn later (within the wait): one statement.
      const together = Promise.all(queued.slice(0, 3).map((reply) => store.markSent([reply.id])));
      await new Promise((resolve) => setImmediate(resolve));
      await Promise.all([together, store.markSent([queued[3]!.id])]);
      // Asked after that one: a statement of its own.
      await store.markSent([queued[4]!.id]);
    });
    expect(sent.map((statement) => statement.text)).toEqual([expect.stringMatching(/^DELETE FROM "Reply"/), expect.stringMatching(/^DELETE FROM "Reply"/)]);
    expect(await rowsOf(to)).toEqual([]);
    // A failing mark fails for every caller that shared it, and the next ones go out again.
    const broken = createReplyStore(db.prisma);
    await expect(Promise.all([broken.markSent(['1']), broken.markSent(['not a number']), broken.markSent(['2'])])).rejects.toThrow();
    await expect(broken.markSent([queued[0]!.id])).resolves.toBeUndefined();
  });

  it('sends a reply at once after commit and deletes it once the channel confirmed it', async () => {
    const me = owner();
    const adapter = new FakeAdapter('telegram', () => new Date());
    const replies = dispatcher(me, adapter);
    const to = chat();

    const queued = await produce(me, to, 'Halo!');
    expect(queued).toMatchObject({ channel: 'telegram', chat: to, live: true, messages: [{ text: 'Halo!' }] });
    expect(await rowsOf(to)).toHaveLength(1);

    expect(await replies.accept(queued)).toEqual({ ok: true });
    await replies.idle();
    expect(textsTo(adapter, to)).toEqual(['Halo!']);
    expect(await rowsOf(to)).toEqual([]);
  });

  it('sends the replies a dead instance left once its claim lapses, before newer replies to that chat', async () => {
    const dead = owner(60_000);
    const to = chat();
    await produce(dead, to, 'one');
    await produce(dead, to, 'two');

    const me = owner();
    const adapter = new FakeAdapter('telegram', () => new Date());
    const replies = dispatcher(me, adapter);
    // Newer than the dead instance's: not sent live, but after them.
    const three = await produce(me, to, 'three');
    expect(three.live).toBe(false);
    expect(replies.accept(three)).toBeUndefined();
    // While the dead instance's claim holds, nothing of this chat is taken.
    await replies.recoverOnce();
    expect(textsTo(adapter, to)).toEqual([]);
    expect((await rowsOf(to)).map((row) => row.claimedBy)).toEqual([dead.id, dead.id, null]);

    // The dead instance renews nothing: its claim lapses.
    await db.prisma.reply.updateMany({ where: { claimedBy: dead.id }, data: { claimedUntil: new Date(Date.now() - 1_000) } });
    replies.start();
    await vi.waitFor(() => expect(textsTo(adapter, to)).toHaveLength(3), { timeout: 10_000, interval: 50 });
    expect(textsTo(adapter, to)).toEqual(['one', 'two', 'three']);
    await replies.idle();
    expect(await rowsOf(to)).toEqual([]);

    // A live reply after the backlog is gone goes out at once again.
    const four = await produce(me, to, 'four');
    expect(four.live).toBe(true);
    expect(await replies.accept(four)).toEqual({ ok: true });
    expect(textsTo(adapter, to)).toEqual(['one', 'two', 'three', 'four']);
  });

  it('retries a failed send before the chat’s next reply', async () => {
    const me = owner();
    const adapter = new FakeAdapter('telegram', () => new Date());
    adapter.script({ fail: { retryable: true, reason: '502' } });
    const replies = dispatcher(me, adapter);
    const to = chat();
    const first = replies.accept(await produce(me, to, 'first'));
    const second = replies.accept(await produce(me, to, 'second'));
    expect(await first).toEqual({ ok: true });
    expect(await second).toEqual({ ok: true });
    expect(textsTo(adapter, to)).toEqual(['first', 'first', 'second']);
    await replies.idle();
    expect(await rowsOf(to)).toEqual([]);
  });

  it('gives up on a reply the channel refuses for good, keeps it with the reason, and goes on', async () => {
    const me = owner();
    const adapter = new FakeAdapter('telegram', () => new Date());
    adapter.script({ fail: { retryable: false, reason: '403 blocked by the user' } });
    const replies = dispatcher(me, adapter);
    const to = chat();
    const first = replies.accept(await produce(me, to, 'refused'));
    const second = replies.accept(await produce(me, to, 'next'));
    expect(await first).toMatchObject({ ok: false });
    expect(await second).toEqual({ ok: true });
    await replies.idle();
    const rows = await rowsOf(to);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'dead', claimedBy: null, lastError: expect.stringContaining('403 blocked') });
    // A dead reply does not hold the chat back, and recovery never sends it.
    await replies.recoverOnce();
    await replies.idle();
    expect(textsTo(adapter, to)).toEqual(['refused', 'next']);
    expect(await rowsOf(to)).toMatchObject([{ status: 'dead' }]);
  });

  it('gives unsent replies back on stop, so another instance sends them at once', async () => {
    const first = owner();
    const failing = new FakeAdapter('telegram', () => new Date());
    failing.script({ fail: { retryable: true, reason: 'network down' } });
    const stopping = dispatcher(first, failing, { baseMs: 60_000 });
    const to = chat();
    const pending = stopping.accept(await produce(first, to, 'later'));
    await vi.waitFor(() => expect(failing.sends).toHaveLength(1), { timeout: 10_000 });
    await stopping.stop();
    expect(await pending).toMatchObject({ ok: false });
    expect(await rowsOf(to)).toMatchObject([{ status: 'pending', claimedBy: null }]);

    const adapter = new FakeAdapter('telegram', () => new Date());
    const other = dispatcher(owner(), adapter);
    expect(await other.recoverOnce()).toBeGreaterThanOrEqual(1);
    await other.idle();
    expect(textsTo(adapter, to)).toEqual(['later']);
    expect(await rowsOf(to)).toEqual([]);
  });

  it('web chat: replies the HTTP answer carried count as sent; ones it did not go through the channel', async () => {
    const me = owner();
    const adapter = new FakeAdapter('webchat', () => new Date());
    const replies = dispatcher(me, adapter);
    const to = chat();
    const answered = await produce(me, to, 'answered', 'webchat');
    replies.hold(answered).settle(true);
    // Its row reads "pending" until the sent mark is written: a retry of the message meanwhile
    // must not take that for an answer that went missing.
    expect(replies.answeredJustNow(to, answered.messageId)).toBe(true);
    await replies.idle();
    expect(await rowsOf(to)).toEqual([]);
    expect(replies.answeredJustNow(to, answered.messageId)).toBe(false);
    expect(adapter.sends).toEqual([]);

    const lost = await produce(me, to, 'answer lost', 'webchat');
    replies.hold(lost).settle(false);
    expect(replies.answeredJustNow(to, lost.messageId)).toBe(false);
    await vi.waitFor(() => expect(textsTo(adapter, to)).toEqual(['answer lost']), { timeout: 10_000 });
    await replies.idle();
    expect(await rowsOf(to)).toEqual([]);
  });

  it('a web chat reply is held by its writer even while an older one waits elsewhere (the HTTP answer carries it)', async () => {
    const to = chat();
    await produce(owner(), to, 'older', 'webchat');
    expect((await produce(owner(), to, 'newer', 'webchat')).live).toBe(true);
  });
});
