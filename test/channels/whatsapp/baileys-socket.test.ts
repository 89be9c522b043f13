/**
 * The production socket factory builds a real Baileys socket that the channel can drive.
 * WhatsApp itself is out of reach here, so the socket dials a closed port on 127.0.0.1: the
 * connection fails the way a network outage does, and the channel must schedule a reconnect.
 */
import { createServer } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createBaileysSocketFactory } from '../../../src/channels/whatsapp/socket.js';
import { WhatsAppChannel } from '../../../src/channels/whatsapp/whatsapp-channel.js';
import { createWhatsAppStorage } from '../../../src/storage/whatsapp/whatsapp-storage.js';
import { openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { ManualTime, recordingLogger, recordingPairingOutput } from './harness.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await openTestDatabase('postgres');
});
afterAll(() => db?.close());

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

it('runs a real Baileys socket with the database auth state and reconnects after a failed connection', async () => {
  const storage = await createWhatsAppStorage(db.prisma, { session: 'real-socket' });
  const time = new ManualTime();
  const logger = recordingLogger();
  const factory = createBaileysSocketFactory({ logger: pino({ level: 'silent' }), webSocketUrl: `ws://127.0.0.1:${await closedPort()}/ws/chat` });
  const channel = new WhatsAppChannel({
    socketFactory: factory,
    authState: storage.authState,
    handle: async () => ({ kind: 'processed', replies: [] }),
    texts: { listHint: () => '', failed: () => 'Maaf, ada gangguan.' },
    defaultLocale: 'id',
    contacts: storage.contacts,
    pacing: { minDelayMs: 0, maxDelayMs: 0, dailyCap: 10 },
    logger,
    clock: time.clock,
    timers: time,
    pairingOutput: recordingPairingOutput(),
  });
  await channel.start();
  await expect.poll(() => time.pendingDelays().length, { timeout: 15_000 }).toBe(1);
  expect(logger.lines.some((line) => /connection closed; reconnecting/.test(line.message))).toBe(true);
  expect(channel.connected).toBe(false);
  await channel.stop();
  expect(time.pendingDelays()).toEqual([]);
});
