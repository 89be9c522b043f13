/**
 * The WhatsApp channel's small stores on PostgreSQL: per-chat numbered lists,
 * the daily send count (atomic under concurrency), and "who wrote first" from the
 * ChannelIdentity rows the conversation store creates.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPrismaTransactionRunner } from '../../../src/storage/conversation-tx.js';
import { createDatabaseChatListStore } from '../../../src/storage/whatsapp/chat-lists.js';
import { createWhatsAppContacts } from '../../../src/storage/whatsapp/contacts.js';
import { createDatabaseSendCounter } from '../../../src/storage/whatsapp/send-counter.js';
import { createWhatsAppStorage } from '../../../src/storage/whatsapp/whatsapp-storage.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';

const JID = '6281234567890@s.whatsapp.net';

describeEachDatabase('WhatsApp channel stores', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  it('keeps, replaces and forgets a chat\'s numbered list', async () => {
    const lists = createDatabaseChatListStore(db.prisma, 'lists');
    expect(await lists.load(JID)).toBeUndefined();
    const sentAt = new Date('2026-11-29T03:00:00.000Z');
    await lists.save(JID, { buttons: [{ id: 'menu:faq', label: '❓ Tanya' }, { id: 'menu:language', label: '🌐 Bahasa' }], sentAt });
    expect(await lists.load(JID)).toEqual({ buttons: [{ id: 'menu:faq', label: '❓ Tanya' }, { id: 'menu:language', label: '🌐 Bahasa' }], sentAt });
    await lists.save(JID, { buttons: [{ id: 'x', label: 'X' }], sentAt });
    expect((await lists.load(JID))?.buttons).toEqual([{ id: 'x', label: 'X' }]);
    await lists.save(JID, undefined);
    expect(await lists.load(JID)).toBeUndefined();
    await lists.save(JID, undefined); // forgetting twice is fine
  });

  it('counts sends per day up to the cap, then refuses until the next day', async () => {
    const counter = createDatabaseSendCounter(db.prisma, 'count');
    const results: boolean[] = [];
    for (let i = 0; i < 4; i++) results.push(await counter.tryReserve('2026-11-29', 3));
    expect(results).toEqual([true, true, true, false]);
    expect(await counter.tryReserve('2026-11-30', 3)).toBe(true);
    // A new count (e.g. after a restart) sees the stored day.
    expect(await createDatabaseSendCounter(db.prisma, 'count').tryReserve('2026-11-29', 3)).toBe(false);
  });

  it('never lets concurrent senders past the cap', async () => {
    const counters = [createDatabaseSendCounter(db.prisma, 'race'), createDatabaseSendCounter(db.prisma, 'race')];
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => counters[i % 2]!.tryReserve('2026-11-29', 7)));
    expect(results.filter(Boolean)).toHaveLength(7);
  });

  it('drops day counts older than a month', async () => {
    const counter = createDatabaseSendCounter(db.prisma, 'prune');
    await counter.tryReserve('2026-09-01', 5);
    await createDatabaseSendCounter(db.prisma, 'prune').tryReserve('2026-11-29', 5);
    const days = await db.prisma.whatsAppState.findMany({ where: { session: 'prune' }, select: { key: true } });
    expect(days.map((row) => row.key)).toEqual(['2026-11-29']);
  });

  it('may write to a JID only once it wrote to the bot (it has a ChannelIdentity)', async () => {
    const contacts = createWhatsAppContacts(db.prisma);
    const jid = '6289876543210@s.whatsapp.net';
    expect(await contacts.canMessage(jid)).toBe(false);
    expect(await contacts.localeOf?.(jid)).toBeUndefined();
    expect(await contacts.isOptedInOfficer?.(jid)).toBe(false);

    // What the runner does for a first message.
    await createPrismaTransactionRunner(db.prisma).transaction((tx) =>
      tx.openConversation('whatsapp', { externalId: jid, phoneE164: '+6289876543210' }, 'en'),
    );
    expect(await contacts.canMessage(jid)).toBe(true);
    expect(await contacts.localeOf?.(jid)).toBe('en');
    // The same id on another channel does not count.
    expect(await contacts.canMessage('webchat-user')).toBe(false);

    // Someone who asked to be forgotten is never written to again.
    const identity = await db.prisma.channelIdentity.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'whatsapp', externalId: jid } },
    });
    await db.prisma.person.update({ where: { id: identity.personId }, data: { anonymisedAt: new Date() } });
    expect(await contacts.canMessage(jid)).toBe(false);
  });

  it('asks the officers feature about opted-in officers when given', async () => {
    const contacts = createWhatsAppContacts(db.prisma, async (jid) => jid === 'officer@s.whatsapp.net');
    expect(await contacts.isOptedInOfficer?.('officer@s.whatsapp.net')).toBe(true);
    expect(await contacts.isOptedInOfficer?.(JID)).toBe(false);
  });

  it('builds every store of a session in one call', async () => {
    const storage = await createWhatsAppStorage(db.prisma, { session: 'bundle' });
    expect(storage.authState.state.creds.registered).toBe(false);
    expect(await storage.sendCounter.tryReserve('2026-11-29', 1)).toBe(true);
    expect(await storage.chatLists.load(JID)).toBeUndefined();
    expect(await storage.contacts.canMessage(JID)).toBe(false);
  });
});
