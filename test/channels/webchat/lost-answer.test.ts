/**
 * Web chat replies whose HTTP answer did not reach the page: the route tells the reply
 * outbox whether its answer went out, and replies that did not go out land in the inbox
 * the page polls, marked so that a retried request does not show them a second time.
 */
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { Socket } from 'node:net';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebchatChannel } from '../../../src/channels/webchat/webchat-channel.js';
import { webchatRoutes } from '../../../src/channels/webchat/webchat-routes.js';
import { ReplyDispatcher } from '../../../src/core/outbox/reply-dispatcher.js';
import type { ReplyOwner } from '../../../src/core/outbox/reply-ports.js';
import { createPrismaTransactionRunner } from '../../../src/storage/conversation-tx.js';
import { createReplyStore } from '../../../src/storage/outbox/reply-store.js';
import { createWebchatInbox } from '../../../src/storage/outbox/webchat-inbox.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { finishWithReplies } from '../../support/finish-message.js';

/** Every userId counts as issued here: these cases are about the answer, not the session. */
const anySession = { create: async () => undefined, touch: async () => true };

describe('POST /webchat/messages reports whether its answer went out', () => {
  it('answered: settled true', async () => {
    const settled: boolean[] = [];
    const app = Fastify();
    await app.register(webchatRoutes, { sessions: anySession, handle: async () => ({ replies: [{ text: 'Halo' }], outbox: { settle: (answered) => settled.push(answered) } }) });
    const response = await app.inject({ method: 'POST', url: '/webchat/messages', payload: { userId: 'u-1', text: 'halo' } });
    expect(response.json()).toEqual({ replies: [{ text: 'Halo' }] });
    await vi.waitFor(() => expect(settled).toEqual([true]), { timeout: 5_000 });
    await app.close();
  });

  it('the page went away before the answer: settled false', async () => {
    const settled: boolean[] = [];
    let release!: () => void;
    const processing = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const arrived = new Promise<void>((resolve) => (started = resolve));
    const app = Fastify();
    let serverSocket: Socket | undefined;
    app.addHook('onRequest', async (request) => {
      serverSocket = request.raw.socket;
    });
    await app.register(webchatRoutes, {
      sessions: anySession,
      handle: async () => {
        started();
        await processing; // the message is being processed when the connection drops
        return { replies: [{ text: 'Halo' }], outbox: { settle: (answered: boolean) => settled.push(answered) } };
      },
    });
    const url = new URL(await app.listen({ port: 0, host: '127.0.0.1' }));
    const client = httpRequest({ host: url.hostname, port: url.port, method: 'POST', path: '/webchat/messages', headers: { 'content-type': 'application/json' } });
    client.on('error', () => undefined);
    client.end(JSON.stringify({ userId: 'u-2', text: 'halo' }));
    await arrived;
    client.destroy();
    // Once the server has seen the connection go, the message's processing finishes.
    await vi.waitFor(() => expect(serverSocket?.destroyed).toBe(true), { timeout: 5_000 });
    release();
    await vi.waitFor(() => expect(settled).toEqual([false]), { timeout: 5_000 });
    await app.close();
  });
});

describeEachDatabase('web chat replies whose answer was lost', (kind) => {
  let db: TestDatabase;
  let replies: ReplyDispatcher;
  const me: ReplyOwner = { id: randomUUID(), leaseMs: 30_000 };

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    const inbox = createWebchatInbox(db.prisma);
    replies = new ReplyDispatcher({
      store: createReplyStore(db.prisma),
      channels: { webchat: new WebchatChannel({ inbox }) },
      owner: me.id,
      clock: () => new Date(),
    });
  });
  afterAll(async () => {
    await replies?.stop();
    await db?.close();
  });

  async function produce(userId: string, messageId: string, text: string) {
    const queued = await createPrismaTransactionRunner(db.prisma, undefined, me).transaction(async (tx) => {
      await tx.claimMessage('webchat', userId, messageId);
      return finishWithReplies(tx, 'webchat', userId, messageId, [{ text }], userId);
    });
    return queued!;
  }

  it('puts them in the inbox the page polls, once, and says so for a retried request', async () => {
    const inbox = createWebchatInbox(db.prisma);
    const userId = `web-${randomUUID()}`;
    const lost = randomUUID();
    const answered = randomUUID();

    replies.hold(await produce(userId, answered, 'Sampai')).settle(true);
    replies.hold(await produce(userId, lost, 'Hilang di jalan')).settle(false);
    await replies.idle();

    expect(await inbox.takeUndelivered(userId, new Date(), 20)).toEqual([{ text: 'Hilang di jalan' }]);
    expect(await inbox.takeUndelivered(userId, new Date(), 20)).toEqual([]);
    // A retry of the lost request answers without them; one of the answered request with them.
    expect(await inbox.repliesGoneToInbox(userId, lost)).toBe(true);
    expect(await inbox.repliesGoneToInbox(userId, answered)).toBe(false);
    expect(await db.prisma.reply.count({ where: { chat: userId } })).toBe(0);
  });
});
