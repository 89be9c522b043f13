/**
 * The real WhatsAppChannel around the real conversation runner (composed by createBot, as
 * `npm start` does) on a real PostgreSQL database, with a fake Baileys socket: messages in,
 * numbered replies out, numbered answers, media and locations, what is ignored, duplicates,
 * LID senders, pairing, reconnects, logout, pacing, the daily cap and "never write first".
 */
import { DisconnectReason } from '@whiskeysockets/baileys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simplifyLabel } from '../../../src/core/button-label.js';
import type { WhatsAppContacts } from '../../../src/channels/whatsapp/ports.js';
import { createWhatsAppStorage } from '../../../src/storage/whatsapp/whatsapp-storage.js';
import { createTestStore, startTestBot, type TestBot, type TestStore } from '../../support/bot.js';
import { startTestWhatsApp, WA_FAILED_ID, WA_HINT_ID, type TestWhatsAppOptions } from '../../support/whatsapp-channel.js';
import { boom } from './fake-socket.js';
import { sequence } from './harness.js';
import {
  ephemeralTextMessage,
  extendedTextMessage,
  imageMessage,
  locationMessage,
  messageId,
  reactionMessage,
  revokeMessage,
  textMessage,
} from './wa-messages.js';

let numberCounter = 0;
/** A fresh Indonesian mobile JID per test, so tests do not share conversations. */
const newJid = () => `62812${String(10_000_000 + ++numberCounter * 7919).slice(-8)}@s.whatsapp.net`;

let store: TestStore;
let bot: TestBot;
let session = 0;

beforeAll(async () => {
  store = await createTestStore('postgres');
  bot = await startTestBot(store);
});
afterAll(async () => {
  await bot?.close();
  await store?.dispose();
});

/** A channel on a fresh fake socket, wired like production but with fake time; its own storage session unless given one. */
function harness(options: TestWhatsAppOptions = {}) {
  return startTestWhatsApp(bot.bot, { ...(options.storage === undefined && { session: `channel-${++session}` }), ...options });
}

/** Opens the harness's socket and returns the harness. */
async function connected(options: Parameters<typeof harness>[0] = {}) {
  const h = await harness(options);
  h.socket().open();
  return h;
}

describe('incoming messages through the runner', () => {
  it('answers a text with replies whose buttons are a numbered list and a hint', async () => {
    const h = await connected();
    const jid = newJid();
    await h.receive(textMessage(jid, 'halo'));

    expect(h.handled).toHaveLength(1);
    const { message, result } = h.handled[0]!;
    expect(message).toMatchObject({ channel: 'whatsapp', sender: { externalId: jid, phoneE164: `+${jid.split('@')[0]}` }, content: { type: 'text', text: 'halo' } });
    expect(message.messageId).toMatch(/^wa:3A[0-9A-F]{18}$/);

    const buttons = result.replies.flatMap((reply) => reply.buttons ?? []);
    expect(buttons.length).toBeGreaterThanOrEqual(2);
    const sent = h.socket().sent;
    expect(sent).toHaveLength(result.replies.length);
    expect(sent.every((item) => item.jid === jid)).toBe(true);
    const all = sent.map((item) => item.text).join('\n');
    buttons.forEach((button, index) => expect(all).toContain(`${index + 1}. ${button.label}`));
    expect(all.match(new RegExp(WA_HINT_ID, 'g'))).toHaveLength(1);
    expect(all).toContain(result.replies[0]!.text.split('\n')[0]);
  });

  it('does not store the phone number WhatsApp proved before the person consents (UU PDP)', async () => {
    const h = await connected();
    const jid = newJid();
    await h.receive(textMessage(jid, 'halo'));
    const identity = await bot.bot.database.prisma.channelIdentity.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'whatsapp', externalId: jid } },
      select: { person: { select: { phoneE164: true } } },
    });
    expect(identity.person.phoneE164).toBeNull();
  });

  it('turns an answer "2" into the second button of the list the chat was sent', async () => {
    const h = await connected();
    const jid = newJid();
    await h.receive(textMessage(jid, 'halo'));
    const buttons = h.handled[0]!.result.replies.flatMap((reply) => reply.buttons ?? []);

    await h.receive(textMessage(jid, '2'));
    expect(h.handled[1]!.message.content).toEqual({ type: 'button', id: buttons[1]!.id });
  });

  it('turns a typed label, without case or emoji, into that button', async () => {
    const h = await connected();
    const jid = newJid();
    await h.receive(textMessage(jid, 'halo'));
    const buttons = h.handled[0]!.result.replies.flatMap((reply) => reply.buttons ?? []);
    const last = buttons[buttons.length - 1]!;

    await h.receive(extendedTextMessage(jid, `  ${simplifyLabel(last.label).toUpperCase()} `));
    expect(h.handled[1]!.message.content).toEqual({ type: 'button', id: last.id });
  });

  it('keeps the list of the question being answered when a notice without buttons arrives in between', async () => {
    const h = await connected();
    const jid = newJid();
    await h.receive(textMessage(jid, 'halo'));
    const buttons = h.handled[0]!.result.replies.flatMap((reply) => reply.buttons ?? []);
    // An outbox notice (a level change, a partner's confirmation) with no buttons of its own.
    expect(await h.channel.send(jid, [{ text: 'Tingkat WKSBM desa Anda naik.' }])).toEqual({ ok: true });
    await h.receive(textMessage(jid, '2'));
    expect(h.handled[1]!.message.content).toEqual({ type: 'button', id: buttons[1]!.id });
    // A notice with buttons replaces the list: its "1" is its own first button.
    await h.channel.send(jid, [{ text: 'Ada kegiatan baru.', buttons: [{ id: 'alert:open', label: 'Buka' }] }]);
    await h.receive(textMessage(jid, '1'));
    expect(h.handled[2]!.message.content).toEqual({ type: 'button', id: 'alert:open' });
  });

  it('passes a number beyond the list, and other text, through as text', async () => {
    const h = await connected();
    const jid = newJid();
    await h.receive(textMessage(jid, 'halo'));
    await h.receive(textMessage(jid, '97'), textMessage(jid, 'terima kasih banyak, Pak'));
    expect(h.handled.slice(1).map((entry) => entry.message.content)).toEqual([
      { type: 'text', text: '97' },
      { type: 'text', text: 'terima kasih banyak, Pak' },
    ]);
  });

  it('still resolves a numbered answer after a restart (the list is in the database)', async () => {
    const first = await connected();
    const jid = newJid();
    await first.receive(textMessage(jid, 'halo'));
    const buttons = first.handled[0]!.result.replies.flatMap((reply) => reply.buttons ?? []);
    await first.channel.stop();

    // A new process: new channel, same database session, empty memory.
    const storage = await createWhatsAppStorage(bot.bot.database.prisma, { session: `channel-${session}` });
    const second = await connected({ storage });
    await second.receive(textMessage(jid, '1'));
    expect(second.handled[0]!.message.content).toEqual({ type: 'button', id: buttons[0]!.id });
  });

  it('reads disappearing-chat text, a location and a photo with its caption', async () => {
    const h = await connected();
    const jid = newJid();
    const photo = imageMessage(jid, 'kerja bakti RT 03');
    await h.receive(ephemeralTextMessage(jid, 'halo'), locationMessage(jid, -7.797068, 110.370529), photo);
    expect(h.handled.map((entry) => entry.message.content)).toEqual([
      { type: 'text', text: 'halo' },
      { type: 'location', latitude: -7.797068, longitude: 110.370529 },
      { type: 'media', kind: 'photo', ref: photo.key.id, caption: 'kerja bakti RT 03' },
    ]);
    // Each got its answer, in order, in the same chat.
    expect(h.socket().sent.length).toBeGreaterThanOrEqual(3);
    expect(h.socket().sent.every((item) => item.jid === jid)).toBe(true);
  });

  it('ignores groups, status, broadcasts, channels, its own messages, reactions and deletions', async () => {
    const h = await connected();
    const jid = newJid();
    await h.receive(
      textMessage('120363041234567890@g.us', 'halo grup', { participant: jid }),
      textMessage('status@broadcast', 'status baru', { participant: jid }),
      textMessage('1764385200@broadcast', 'siaran', { participant: jid }),
      textMessage('120363298765432101@newsletter', 'kabar saluran'),
      textMessage(jid, 'sent from the bot\'s phone', { fromMe: true }),
      reactionMessage(jid),
      revokeMessage(jid),
    );
    // 'append' upserts: our own echoes, and a message older than the catch-up window.
    h.socket().receive([textMessage(jid, 'sent by the bot', { fromMe: true }), textMessage(jid, 'a year ago')], 'append');
    await h.channel.idle();
    expect(h.handled).toEqual([]);
    expect(h.socket().sent).toEqual([]);
  });

  it('answers what people wrote while the bot was offline (Baileys delivers it as "append")', async () => {
    const h = await connected();
    const jid = newJid();
    const whileOffline = { ...textMessage(jid, 'halo'), messageTimestamp: Math.floor(h.time.now / 1000) - 3 * 3600 };
    h.socket().receive([whileOffline], 'append');
    await h.channel.idle();
    expect(h.handled.map((entry) => entry.message.content)).toEqual([{ type: 'text', text: 'halo' }]);
    expect(h.socket().sent.length).toBeGreaterThan(0);

    const notifyOnly = await connected({ catchUpWindowMs: 0 });
    notifyOnly.socket().receive([{ ...whileOffline, key: { ...whileOffline.key, id: messageId() } }], 'append');
    await notifyOnly.channel.idle();
    expect(notifyOnly.handled).toEqual([]);
  });

  it('handles a message delivered twice once; without the reply outbox the duplicate gets the stored replies again (as on Telegram)', async () => {
    const h = await connected();
    const jid = newJid();
    const message = textMessage(jid, 'halo');
    await h.receive(message);
    const first = h.socket().sent.map((item) => item.text);
    expect(first.length).toBeGreaterThan(0);
    await h.receive(message);

    expect(h.handled.map((entry) => entry.result.kind)).toEqual(['processed', 'duplicate']);
    // The one inbound contract (core/inbound.ts): a duplicate is answered with what it got the first time.
    expect(h.socket().sent.map((item) => item.text)).toEqual([...first, ...first]);
    const rows = await bot.bot.database.prisma.processedMessage.count({ where: { channel: 'whatsapp', messageId: `wa:${message.key.id}` } });
    expect(rows).toBe(1);
  });

  it('sends nothing for a duplicate whose replies the reply outbox took over', async () => {
    const h = await connected({ handle: async () => ({ kind: 'duplicate', replies: [{ text: 'stored reply' }], outbox: {} }) });
    await h.receive(textMessage(newJid(), 'halo'));
    expect(h.socket().sent).toEqual([]);
  });

  it('apologises in the person\'s language when the runner fails, and logs it once', async () => {
    const h = await connected({
      handle: async () => {
        throw new Error('database went away');
      },
    });
    const jid = newJid();
    await h.receive(textMessage(jid, 'halo'));
    expect(h.socket().sent.map((item) => item.text)).toEqual([WA_FAILED_ID]);
    expect(h.socket().sent[0]!.jid).toBe(jid);
    expect(h.logger.lines.filter((line) => line.level === 'error')).toHaveLength(1);
  });

  it('keys a LID-addressed sender by phone number when WhatsApp or Baileys knows it', async () => {
    const h = await connected();
    const pn = newJid();
    const phone = `+${pn.split('@')[0]}`;
    // remoteJidAlt carries the PN (sender_pn); replies go to the chat as addressed.
    await h.receive(textMessage('201235551234567@lid', 'halo', { alt: pn }));
    // No alt, but Baileys' mapping store has the pair.
    h.socket().lidToPn.set('201235557654321', pn.split('@')[0]!);
    await h.receive(textMessage('201235557654321:12@lid', 'halo'));
    // No PN anywhere (hidden number): the LID is the identity, no phone is claimed.
    await h.receive(textMessage('201235550000001@lid', 'halo'));

    // The push name the person set comes along, to be offered as their name (never stored unasked).
    expect(h.handled.map((entry) => entry.message.sender)).toEqual([
      { externalId: pn, phoneE164: phone, profileName: 'Bu Siti' },
      { externalId: pn, phoneE164: phone, profileName: 'Bu Siti' },
      { externalId: '201235550000001@lid', profileName: 'Bu Siti' },
    ]);
    expect(h.socket().sent[0]!.jid).toBe('201235551234567@lid');
  });
});

describe('connection', () => {
  it('shows the QR code while not paired', async () => {
    const h = await harness();
    h.socket().showQr('2@first');
    h.socket().showQr('2@second');
    expect(h.pairingOutput.qrs).toEqual(['2@first', '2@second']);
    expect(h.socket().pairingRequests).toEqual([]);
  });

  it('requests one pairing code for WHATSAPP_PAIRING_NUMBER instead, and saves the credentials', async () => {
    const h = await harness({ pairingNumber: '6281100000000' });
    h.socket().showQr();
    h.socket().showQr(); // the QR refreshes every 20 s; the code is asked once
    await h.channel.idle();
    expect(h.socket().pairingRequests).toEqual(['6281100000000']);
    expect(h.pairingOutput.codes).toEqual(['K7W2M9QX']);
    expect(h.pairingOutput.qrs).toEqual([]);
    expect(h.logger.lines.some((line) => line.fields.pairingCode === 'K7W2M9QX')).toBe(true);
    // creds.update from requestPairingCode reached the database.
    const reloaded = await createWhatsAppStorage(bot.bot.database.prisma, { session: `channel-${session}` });
    expect(reloaded.authState.state.creds.pairingCode).toBe('K7W2M9QX');
  });

  it('saves the credentials on every creds.update', async () => {
    let saves = 0;
    const storage = await createWhatsAppStorage(bot.bot.database.prisma, { session: `channel-${++session}` });
    const h = await harness({ storage, authState: { ...storage.authState, saveCreds: async () => void (saves++, await storage.authState.saveCreds()) } });
    h.socket().updateCreds({ registered: true, platform: 'android' });
    await h.channel.idle();
    expect(saves).toBe(1);
    const reloaded = await createWhatsAppStorage(bot.bot.database.prisma, { session: `channel-${session}` });
    expect(reloaded.authState.state.creds).toMatchObject({ registered: true, platform: 'android' });
  });

  it('reconnects after a close with exponential backoff and jitter, reset once connected', async () => {
    const h = await connected({ backoff: { initialDelayMs: 1000, maxDelayMs: 8000 }, random: sequence(0, 1, 0.5, 1, 1, 1) });
    h.socket().close(DisconnectReason.connectionClosed);
    expect(h.time.pendingDelays()).toEqual([500]); // attempt 0: 1000 ms, jitter 0 → half
    expect(h.channel.connected).toBe(false);
    h.time.fireNext();
    expect(h.factory.sockets).toHaveLength(2);

    h.socket().close(DisconnectReason.timedOut);
    expect(h.time.pendingDelays()).toEqual([2000]); // attempt 1: 2000 ms, jitter 1 → all
    h.time.fireNext();
    h.socket().close(DisconnectReason.connectionLost);
    expect(h.time.pendingDelays()).toEqual([3000]); // attempt 2: 4000 ms, jitter 0.5
    h.time.fireNext();
    h.socket().close(DisconnectReason.unavailableService);
    h.time.fireNext();
    h.socket().close(DisconnectReason.badSession);
    expect(h.time.pendingDelays()).toEqual([8000]); // capped
    h.time.fireNext();

    h.socket().open();
    expect(h.channel.connected).toBe(true);
    h.socket().close(DisconnectReason.connectionClosed);
    expect(h.time.pendingDelays()).toEqual([1000]); // back to the first delay
    expect(h.factory.sockets).toHaveLength(6);
    await h.channel.stop();
    expect(h.time.pendingDelays()).toEqual([]);
  });

  it('reconnects at once when WhatsApp asks for a restart after pairing', async () => {
    const h = await harness();
    h.socket().showQr();
    h.socket().updateCreds({ registered: true });
    h.socket().close(DisconnectReason.restartRequired);
    expect(h.factory.sockets).toHaveLength(2);
    expect(h.time.pendingDelays()).toEqual([]);
    h.socket().open();
    expect(h.channel.connected).toBe(true);
    await h.channel.stop();
  });

  it('waits the longest backoff when another client took the session over', async () => {
    const h = await connected({ backoff: { initialDelayMs: 1000, maxDelayMs: 60_000 } });
    h.socket().close(DisconnectReason.connectionReplaced);
    expect(h.time.pendingDelays()).toEqual([60_000]);
    expect(h.logger.lines.some((line) => line.level === 'error' && /another client/.test(line.message))).toBe(true);
    await h.channel.stop();
  });

  it('stops for good when logged out: no reconnect, pairing forgotten, onLoggedOut called', async () => {
    let loggedOut = 0;
    const h = await connected({ onLoggedOut: () => void loggedOut++ });
    h.socket().updateCreds({ registered: true });
    await h.channel.idle();
    const jid = newJid();
    await h.receive(textMessage(jid, 'halo'));

    h.socket().close(DisconnectReason.loggedOut);
    await h.channel.idle();
    expect(loggedOut).toBe(1);
    expect(h.time.pendingDelays()).toEqual([]);
    expect(h.factory.sockets).toHaveLength(1);
    expect(h.socket().endCalls).toBe(1);
    expect(h.socket().listenerCount()).toBe(0);
    expect(h.logger.lines.some((line) => line.level === 'error' && /logged this device out/.test(line.message))).toBe(true);
    expect(h.storage.authState.state.creds.registered).toBe(false);
    const reloaded = await createWhatsAppStorage(bot.bot.database.prisma, { session: `channel-${session}` });
    expect(reloaded.authState.state.creds.registered).toBe(false);
    expect(await h.channel.send(jid, [{ text: 'hi' }])).toMatchObject({ ok: false, error: { retryable: true } });

    // Restarting the channel pairs afresh: a new QR code, not an instant logout.
    await h.channel.start();
    h.socket().showQr('2@new-pairing');
    expect(h.pairingOutput.qrs).toEqual(['2@new-pairing']);
    await h.channel.stop();
  });

  it('stop() closes the socket without reconnecting and ignores what comes after', async () => {
    const h = await connected();
    await h.channel.stop();
    expect(h.socket().endCalls).toBe(1);
    expect(h.socket().listenerCount()).toBe(0);
    expect(h.time.pendingDelays()).toEqual([]);
    h.socket().receive([textMessage(newJid(), 'halo')]);
    await h.channel.idle();
    expect(h.handled).toEqual([]);
    expect(h.factory.sockets).toHaveLength(1);
  });
});

describe('outgoing messages', () => {
  it('leaves a random gap between MIN and MAX before each message after the first', async () => {
    const randoms = [0, 0.25, 0.999, 0.5, 0.1];
    const h = await connected({ random: sequence(...randoms) });
    const jid = newJid();
    await h.receive(textMessage(jid, 'halo'));
    h.socket().sent.length = 0;
    const result = await h.channel.send(jid, [{ text: 'a' }, { text: 'b' }, { text: 'c' }, { text: 'd' }]);
    expect(result).toEqual({ ok: true });

    const times = h.socket().sent.map((item) => item.at);
    const gaps = times.slice(1).map((at, index) => at - times[index]!);
    expect(gaps).toHaveLength(3);
    for (const gap of gaps) {
      expect(gap).toBeGreaterThanOrEqual(1000);
      expect(gap).toBeLessThanOrEqual(3000);
    }
    expect(new Set(gaps).size).toBeGreaterThan(1); // jitter, not a machine-regular beat
  });

  it('sends nothing beyond the daily cap and says when to try again (Jakarta midnight)', async () => {
    const h = await connected({ pacing: { minDelayMs: 0, maxDelayMs: 0, dailyCap: 3 } });
    const jid = newJid();
    h.socket().receive([textMessage(jid, 'halo')]);
    await h.channel.idle();
    const used = h.socket().sent.length;
    expect(used).toBeLessThanOrEqual(3);

    const result = await h.channel.send(jid, Array.from({ length: 4 }, (_, i) => ({ text: `pesan ${i}` })));
    expect(h.socket().sent).toHaveLength(3);
    // 03:00Z is 10:00 in Jakarta: 14 hours to midnight.
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ channel: 'whatsapp', retryable: false, retryAfterMs: 14 * 3_600_000 }) });
    expect(h.logger.lines.filter((line) => /daily message cap/.test(line.message))).toHaveLength(1);

    // The next Jakarta day starts a new count.
    h.time.now += 14 * 3_600_000;
    expect(await h.channel.send(jid, [{ text: 'besok' }])).toEqual({ ok: true });
  });

  it('never writes first to a number that has not written to the bot', async () => {
    const h = await connected();
    const stranger = newJid();
    const result = await h.channel.send(stranger, [{ text: 'Halo!' }]);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ retryable: false }) });
    expect(result.ok === false && result.error.reason).toMatch(/not written/);
    expect(h.socket().sent).toEqual([]);
  });

  it('writes to an officer who opted in, though they never wrote', async () => {
    const officer = newJid();
    const storage = await createWhatsAppStorage(bot.bot.database.prisma, { session: `channel-${++session}` });
    const contacts: WhatsAppContacts = { ...storage.contacts, isOptedInOfficer: async (jid) => jid === officer };
    const h = await connected({ storage, contacts });
    const alert = { text: 'Ada kegiatan baru menunggu verifikasi.', buttons: [{ id: 'alert:open', label: 'Buka' }] };
    expect(await h.channel.send(officer, [alert])).toEqual({ ok: true });
    expect(h.socket().sent[0]!.text).toContain('1. Buka');
  });

  it('fails retryably while not connected, and when WhatsApp does not take the message', async () => {
    const h = await harness();
    const jid = newJid();
    expect(await h.channel.send(jid, [{ text: 'x' }])).toEqual({ ok: false, error: expect.objectContaining({ retryable: true }) });

    h.socket().open();
    await h.receive(textMessage(jid, 'halo'));
    h.socket().sendFailures.push(boom(DisconnectReason.timedOut, 'Timed Out'));
    const result = await h.channel.send(jid, [{ text: 'x' }]);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ retryable: true }) });
    expect(result.ok === false && result.error.reason).toContain('408');
  });

  it('logs no message text and no phone numbers', async () => {
    const h = await connected({ pacing: { minDelayMs: 0, maxDelayMs: 0, dailyCap: 1 } });
    const jid = newJid();
    await h.receive(textMessage(jid, 'rahasia pribadi'));
    await h.channel.send(jid, [{ text: 'x' }, { text: 'y' }]);
    await h.channel.send(newJid(), [{ text: 'x' }]);
    const logged = JSON.stringify(h.logger.lines);
    expect(logged).not.toContain(jid.split('@')[0]);
    expect(logged).not.toContain('rahasia');
    expect(logged).toContain('daily message cap');
  });

  it('can pair a fresh session end to end: QR, pairing, restart, open, answer', async () => {
    const h = await harness();
    h.socket().showQr();
    h.socket().updateCreds({ registered: true, me: { id: '6281100000000:7@s.whatsapp.net' } });
    h.socket().close(DisconnectReason.restartRequired);
    h.socket().open();
    const jid = newJid();
    await h.receive(textMessage(jid, 'halo'));
    expect(h.socket().sent.length).toBeGreaterThan(0);
  });
});
