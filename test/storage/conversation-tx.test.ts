import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ChannelName } from '../../src/core/messages.js';
import type { TransactionRunner } from '../../src/core/ports.js';
import { createPrismaTransactionRunner, type PrismaConversationTx } from '../../src/storage/conversation-tx.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../support/databases.js';
import { finishWithReplies } from '../support/finish-message.js';
import { untilSecondIsWaiting } from '../support/lock-wait.js';

/** A promise plus the function that resolves it, to step two transactions in a set order. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open!: () => void;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

describeEachDatabase('PrismaConversationTx', (kind) => {
  let db: TestDatabase;
  let runner: TransactionRunner<PrismaConversationTx>;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    runner = createPrismaTransactionRunner(db.prisma);
  });
  afterAll(() => db?.close());

  const unique = (prefix: string): string => `${prefix}-${randomUUID()}`;
  /**
   * Saves a conversation's state as the end of a message without replies (finishMessage, as
   * the runner saves it): the transaction's last statement.
   */
  const saveState = (tx: PrismaConversationTx, channel: ChannelName, senderId: string, identityId: string, state: unknown, lastActiveAt = new Date()) =>
    tx.finishMessage({ identityId, state, lastActiveAt }, channel, senderId, unique('msg'), []);

  it('claims a message once; a repeat is a duplicate carrying the stored replies', async () => {
    const id = unique('msg');
    expect(await runner.transaction((tx) => tx.claimMessage('telegram', 'sender-1', id))).toEqual({ kind: 'new' });
    expect(await runner.transaction((tx) => tx.claimMessage('telegram', 'sender-1', id))).toEqual({ kind: 'duplicate', replies: null });
    expect(await runner.transaction((tx) => tx.claimMessage('whatsapp', 'sender-1', id))).toEqual({ kind: 'new' }); // ids are per channel

    const replies = [{ text: 'Halo!', buttons: [{ id: 'menu', label: 'Menu' }] }, { text: 'Apa kabar?' }];
    const id2 = unique('msg');
    await runner.transaction(async (tx) => {
      expect(await tx.claimMessage('webchat', 'sender-1', id2)).toEqual({ kind: 'new' });
      await finishWithReplies(tx, 'webchat', 'sender-1', id2, replies);
    });
    expect(await runner.transaction((tx) => tx.claimMessage('webchat', 'sender-1', id2))).toEqual({ kind: 'duplicate', replies });
  });

  it('keys stored replies by sender: the same id from another sender is a new message, never a replay', async () => {
    const id = unique('m');
    const secret = [{ text: 'Kode masuk: ABCD-EFGH-JKLM' }];
    await runner.transaction(async (tx) => {
      expect(await tx.claimMessage('webchat', 'officer', id)).toEqual({ kind: 'new' });
      await finishWithReplies(tx, 'webchat', 'officer', id, secret);
    });
    // Another sender reusing the id gets no stored replies and is processed as new…
    expect(await runner.transaction((tx) => tx.claimMessage('webchat', 'mallory', id))).toEqual({ kind: 'new' });
    // …and claiming an id first does not block the real sender's message.
    const later = unique('m');
    expect(await runner.transaction((tx) => tx.claimMessage('webchat', 'mallory', later))).toEqual({ kind: 'new' });
    expect(await runner.transaction((tx) => tx.claimMessage('webchat', 'officer', later))).toEqual({ kind: 'new' });
    // The sender's own retry still gets its replies.
    expect(await runner.transaction((tx) => tx.claimMessage('webchat', 'officer', id))).toEqual({ kind: 'duplicate', replies: secret });
  });

  it('creates person, identity and conversation on first contact, and finds them again', async () => {
    const sender = { externalId: unique('wa'), phoneE164: '+6281234567890' };
    const first = await runner.transaction((tx) => tx.openConversation('whatsapp', sender, 'id'));
    expect(first).toEqual({
      identityId: expect.any(String),
      person: { id: expect.any(String), locale: 'id', localeChosen: false, displayName: null, phoneE164: '+6281234567890', profileName: null },
      state: null,
      lastActiveAt: null,
    });

    const second = await runner.transaction((tx) => tx.openConversation('whatsapp', sender, 'en'));
    expect(second).toEqual(first); // same ids; the default locale applies only on creation
    expect(await db.prisma.channelIdentity.count({ where: { externalId: sender.externalId } })).toBe(1);
    expect(await db.prisma.person.count({ where: { identities: { some: { externalId: sender.externalId } } } })).toBe(1);

    // The same external id on another channel is another identity.
    const telegram = await runner.transaction((tx) => tx.openConversation('telegram', { externalId: sender.externalId }, 'id'));
    expect(telegram.identityId).not.toBe(first.identityId);
    expect(telegram.person.phoneE164).toBeNull();
  });

  it("records first contact at the app's clock, and gives an identity whose conversation was deleted a new one", async () => {
    const clock = () => new Date('2026-11-30T23:59:59.123Z');
    const clocked = createPrismaTransactionRunner(db.prisma, clock);
    const sender = { externalId: unique('tg') };
    const first = await clocked.transaction((tx) => tx.openConversation('telegram', sender, 'en'));
    const identity = await db.prisma.channelIdentity.findUniqueOrThrow({ where: { id: first.identityId }, include: { person: true, conversation: true } });
    expect(identity.createdAt).toEqual(clock());
    expect(identity.person).toMatchObject({ id: first.person.id, createdAt: clock(), locale: 'en', isAdmin: false });
    expect(identity.conversation).toMatchObject({ lastActiveAt: new Date(0), updatedAt: clock() });

    // The retention job deletes idle conversations and keeps the identity and person.
    await clocked.transaction((tx) => tx.setLocale(first.person.id, 'id', true));
    await db.prisma.conversation.delete({ where: { identityId: first.identityId } });
    const again = await runner.transaction((tx) => tx.openConversation('telegram', sender, 'en'));
    expect(again).toEqual({ ...first, person: { ...first.person, locale: 'id', localeChosen: true } });
    expect(await db.prisma.person.count({ where: { identities: { some: { externalId: sender.externalId } } } })).toBe(1);
  });

  it('saves state and last activity, and changes the locale', async () => {
    const sender = { externalId: unique('tg') };
    const at = new Date('2026-11-29T10:11:12.345Z');
    const state = { flow: 'register', step: 2, answers: { name: 'Arisan Melati', members: [1, 2] } };
    await runner.transaction(async (tx) => {
      const snapshot = await tx.openConversation('telegram', sender, 'id');
      await tx.setLocale(snapshot.person.id, 'en');
      await saveState(tx, 'telegram', sender.externalId, snapshot.identityId, state, at);
    });
    const reopened = await runner.transaction((tx) => tx.openConversation('telegram', sender, 'id'));
    expect(reopened.state).toEqual(state);
    expect(reopened.lastActiveAt).toEqual(at);
    expect(reopened.person.locale).toBe('en');

    // Back to "no state" (e.g. after a reset) is stored as JSON null and read back as null.
    await runner.transaction((tx) => saveState(tx, 'telegram', sender.externalId, reopened.identityId, null, at));
    expect((await runner.transaction((tx) => tx.openConversation('telegram', sender, 'id'))).state).toBeNull();
  });

  it('leaves no claim, person, identity or state behind when the transaction throws', async () => {
    // A crash while handling the message (before its end), and one in its end: the database
    // refuses the statement that saves the state and the replies (jsonb takes no \u0000).
    for (const crash of ['while handling', 'while finishing'] as const) {
      const id = unique('msg');
      const sender = { externalId: unique('web'), phoneE164: `+62${Date.now()}` };
      await expect(
        runner.transaction(async (tx) => {
          await tx.claimMessage('webchat', 'sender-1', id);
          const snapshot = await tx.openConversation('webchat', sender, 'id');
          if (crash === 'while handling') throw new Error('crash while handling');
          await tx.finishMessage({ identityId: snapshot.identityId, state: { step: 1 }, lastActiveAt: new Date() }, 'webchat', 'sender-1', id, [{ text: 'never sent \u0000' }]);
        }),
      ).rejects.toThrow(crash === 'while handling' ? 'crash while handling' : /unsupported Unicode escape sequence/);

      expect(await db.prisma.processedMessage.count({ where: { messageId: id } })).toBe(0);
      expect(await db.prisma.channelIdentity.count({ where: { externalId: sender.externalId } })).toBe(0);
      expect(await db.prisma.person.count({ where: { phoneE164: sender.phoneE164 } })).toBe(0);
      expect(await runner.transaction((tx) => tx.claimMessage('webchat', 'sender-1', id))).toEqual({ kind: 'new' });
      expect((await runner.transaction((tx) => tx.openConversation('webchat', sender, 'id'))).state).toBeNull();
    }
  });

  it('serialises two transactions on one conversation: the second waits and sees what the first committed', async () => {
    const sender = { externalId: unique('tg') };
    await runner.transaction((tx) => tx.openConversation('telegram', sender, 'id')); // exists beforehand
    const log: string[] = [];
    const aHasLock = gate();
    const aMayFinish = gate();

    const a = runner.transaction(async (tx) => {
      const snapshot = await tx.openConversation('telegram', sender, 'id');
      log.push('A locked');
      aHasLock.open();
      await aMayFinish.wait;
      await saveState(tx, 'telegram', sender.externalId, snapshot.identityId, { by: 'A' });
      log.push('A done');
    });
    await aHasLock.wait;
    const b = runner.transaction(async (tx) => {
      const snapshot = await tx.openConversation('telegram', sender, 'id');
      log.push('B locked');
      return snapshot.state;
    });
    await untilSecondIsWaiting(kind, db.prisma);
    expect(log).toEqual(['A locked']); // B has not got past the lock while A holds it
    aMayFinish.open();

    const [, seenByB] = await Promise.all([a, b]);
    // A's save is its last statement and may carry its COMMIT: B can lock before A's code
    // goes on, so the order of "A done" and "B locked" is not fixed; what B read is.
    expect(log[0]).toBe('A locked');
    expect([...log].sort()).toEqual(['A done', 'A locked', 'B locked']);
    expect(seenByB).toEqual({ by: 'A' }); // read after A's commit, not before
  });

  it('a claim that waited for the conversation sees the state and the language the previous message committed', async () => {
    // The claim and the locked read are one statement: the person it joins must be re-read
    // after the wait too, not taken from before it (a language just chosen).
    const sender = { externalId: unique('tg') };
    await runner.transaction((tx) => tx.openConversation('telegram', sender, 'id'));
    const aHasLock = gate();
    const aMayFinish = gate();
    const a = runner.transaction(async (tx) => {
      await tx.claimMessage('telegram', sender.externalId, 'first');
      const snapshot = await tx.openConversation('telegram', sender, 'id');
      aHasLock.open();
      await aMayFinish.wait;
      await tx.setLocale(snapshot.person.id, 'en', true);
      await tx.finishMessage({ identityId: snapshot.identityId, state: { by: 'A' }, lastActiveAt: new Date() }, 'telegram', sender.externalId, 'first', [{ text: 'ok' }], sender.externalId);
    });
    await aHasLock.wait;
    const b = runner.transaction(async (tx) => {
      expect(await tx.claimMessage('telegram', sender.externalId, 'second')).toEqual({ kind: 'new' });
      return tx.openConversation('telegram', sender, 'id');
    });
    await untilSecondIsWaiting(kind, db.prisma);
    aMayFinish.open();
    const [, seenByB] = await Promise.all([a, b]);
    expect(seenByB.state).toEqual({ by: 'A' });
    expect(seenByB.person).toMatchObject({ locale: 'en', localeChosen: true });
  });

  it('loses no update when many transactions read-modify-write one conversation at once', async () => {
    const sender = { externalId: unique('wa') };
    const writers = 8;
    await Promise.all(
      Array.from({ length: writers }, () =>
        runner.transaction(async (tx) => {
          const snapshot = await tx.openConversation('whatsapp', sender, 'id');
          const count = (snapshot.state as { count?: number } | null)?.count ?? 0;
          await delay(5); // widen the read-modify-write window
          await saveState(tx, 'whatsapp', sender.externalId, snapshot.identityId, { count: count + 1 });
        }),
      ),
    );
    const final = await runner.transaction((tx) => tx.openConversation('whatsapp', sender, 'id'));
    expect(final.state).toEqual({ count: writers });
    expect(await db.prisma.person.count({ where: { identities: { some: { externalId: sender.externalId } } } })).toBe(1);
  });

  it('creates one person and identity when two first messages of a new sender race', async () => {
    const sender = { externalId: unique('wa'), phoneE164: `+62${Date.now()}` };
    const orphansBefore = await db.prisma.person.count({ where: { identities: { none: {} } } });
    const aHasCreated = gate();
    const aMayFinish = gate();
    const a = runner.transaction(async (tx) => {
      const snapshot = await tx.openConversation('whatsapp', sender, 'id');
      aHasCreated.open();
      await aMayFinish.wait;
      return snapshot;
    });
    await aHasCreated.wait;
    const b = runner.transaction((tx) => tx.openConversation('whatsapp', sender, 'id'));
    await untilSecondIsWaiting(kind, db.prisma); // on PostgreSQL: B waits on A's uncommitted identity
    aMayFinish.open();

    const [fromA, fromB] = await Promise.all([a, b]);
    expect(fromB.identityId).toBe(fromA.identityId);
    expect(fromB.person.id).toBe(fromA.person.id);
    expect(await db.prisma.person.count({ where: { identities: { none: {} } } })).toBe(orphansBefore); // no orphan
    // The number WhatsApp proved is offered to the flows, but not stored before consent.
    expect(fromA.person.phoneE164).toBe(sender.phoneE164);
    expect(await db.prisma.person.count({ where: { phoneE164: sender.phoneE164 } })).toBe(0);
  });

  it('creates one conversation when two messages of a known identity without one race', async () => {
    const sender = { externalId: unique('tg') };
    const { identityId } = await runner.transaction((tx) => tx.openConversation('telegram', sender, 'id'));
    await db.prisma.conversation.delete({ where: { identityId } }); // as the retention job does
    const aHasCreated = gate();
    const aMayFinish = gate();
    const a = runner.transaction(async (tx) => {
      const snapshot = await tx.openConversation('telegram', sender, 'id');
      aHasCreated.open();
      await aMayFinish.wait;
      await saveState(tx, 'telegram', sender.externalId, snapshot.identityId, { by: 'A' });
      return snapshot;
    });
    await aHasCreated.wait;
    const b = runner.transaction((tx) => tx.openConversation('telegram', sender, 'id'));
    await untilSecondIsWaiting(kind, db.prisma); // B waits on A's uncommitted conversation
    aMayFinish.open();

    const [fromA, fromB] = await Promise.all([a, b]);
    expect(fromA.identityId).toBe(identityId);
    expect(fromB).toMatchObject({ identityId, state: { by: 'A' } }); // read after A's commit
  });

  it('makes a concurrent claim of the same message wait, then answer by what the first did', async () => {
    for (const firstCommits of [true, false]) {
      const id = unique('msg');
      const aClaimed = gate();
      const aMayFinish = gate();
      const a = runner.transaction(async (tx) => {
        await tx.claimMessage('telegram', 'sender-1', id);
        aClaimed.open();
        await aMayFinish.wait;
        if (!firstCommits) throw new Error('first handler crashed');
      });
      await aClaimed.wait;
      const b = runner.transaction((tx) => tx.claimMessage('telegram', 'sender-1', id));
      await untilSecondIsWaiting(kind, db.prisma);
      aMayFinish.open();
      await a.catch(() => undefined);
      expect(await b).toEqual(firstCommits ? { kind: 'duplicate', replies: null } : { kind: 'new' });
    }
  });
});

