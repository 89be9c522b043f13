/**
 * The real WhatsAppChannel (Baileys mode) around a test bot's conversation runner, on a fake
 * Baileys socket and hand-moved time, wired as production wires it (its state in the
 * database through createWhatsAppStorage). One builder for every test that needs it, so the
 * wiring is written once.
 *
 * ```ts
 * const wa = await startTestWhatsApp(bot.bot);
 * wa.socket().open();
 * const texts = await wa.receive(textMessage(JID, 'halo'));
 * ```
 */
import { randomUUID } from 'node:crypto';
import { WhatsAppChannel, type WhatsAppChannelOptions } from '../../src/channels/whatsapp/whatsapp-channel.js';
import type { InboundMessage } from '../../src/core/messages.js';
import type { HandleResult } from '../../src/core/runner.js';
import type { Bot } from '../../src/main.js';
import { createWhatsAppStorage, type WhatsAppStorage } from '../../src/storage/whatsapp/whatsapp-storage.js';
import { fakeSocketFactory, type FakeSocket } from '../channels/whatsapp/fake-socket.js';
import { ManualTime, recordingLogger, recordingPairingOutput } from '../channels/whatsapp/harness.js';

/** The start of the numbered-list hint in Indonesian (the English one is "Reply with the number…"). */
export const WA_HINT_ID = 'Balas dengan angka pilihan Anda';
export const WA_FAILED_ID = 'Maaf, ada gangguan di sisi kami.';
const WA_FAILED_EN = 'Sorry, something went wrong on our side.';

/** What {@link startTestWhatsApp} takes: any channel option overrides the test wiring. */
export interface TestWhatsAppOptions extends Partial<WhatsAppChannelOptions> {
  /** The channel's state (auth, lists, counter); default: a new session of its own in the bot's database. */
  readonly storage?: WhatsAppStorage;
  /** The database session of a new storage (default: a new name), to open it again later as another process would. */
  readonly session?: string;
  /** Where the hand-moved clock starts (default ManualTime's). */
  readonly start?: string;
}

/** A started channel and what the test drives it with. */
export interface TestWhatsApp {
  readonly channel: WhatsAppChannel;
  readonly factory: ReturnType<typeof fakeSocketFactory>;
  readonly time: ManualTime;
  readonly logger: ReturnType<typeof recordingLogger>;
  readonly pairingOutput: ReturnType<typeof recordingPairingOutput>;
  readonly storage: WhatsAppStorage;
  /** Every message the runner handled, with its result, in order. */
  readonly handled: Array<{ message: InboundMessage; result: HandleResult }>;
  /** The socket the channel uses now (a reconnect makes a new one). */
  socket(): FakeSocket;
  /** Delivers messages on the current socket, waits until they are answered; returns the texts sent meanwhile, joined by "\n---\n". */
  receive(...messages: Parameters<FakeSocket['receive']>[0]): Promise<string>;
}

/** Builds and starts a WhatsAppChannel around `bot`'s runner; its socket is not open yet (`socket().open()`). */
export async function startTestWhatsApp(bot: Bot, options: TestWhatsAppOptions = {}): Promise<TestWhatsApp> {
  const { storage: given, session, start, ...overrides } = options;
  const time = new ManualTime(start);
  const factory = fakeSocketFactory(() => time.now);
  const logger = recordingLogger();
  const pairingOutput = recordingPairingOutput();
  const storage = given ?? (await createWhatsAppStorage(bot.database.prisma, { session: session ?? `test-${randomUUID()}` }));
  const handled: TestWhatsApp['handled'] = [];
  const channel = new WhatsAppChannel({
    socketFactory: factory,
    authState: storage.authState,
    handle: async (message) => {
      const result = await bot.runner.handle(message);
      handled.push({ message, result });
      return result;
    },
    texts: {
      listHint: (locale) => (locale === 'en' ? 'Reply with the number of your choice (for example 1) or type the choice.' : `${WA_HINT_ID} (misalnya 1) atau ketik pilihannya.`),
      failed: (locale) => (locale === 'en' ? WA_FAILED_EN : WA_FAILED_ID),
    },
    defaultLocale: 'id',
    contacts: storage.contacts,
    chatLists: storage.chatLists,
    sendCounter: storage.sendCounter,
    pacing: { minDelayMs: 1000, maxDelayMs: 3000, dailyCap: 1000 },
    logger,
    clock: time.clock,
    random: () => 0.5,
    sleep: time.sleep,
    timers: time,
    pairingOutput,
    ...overrides,
  });
  await channel.start();
  const socket = () => factory.latest();
  return {
    channel,
    factory,
    time,
    logger,
    pairingOutput,
    storage,
    handled,
    socket,
    async receive(...messages) {
      const before = socket().sent.length;
      socket().receive(messages);
      await channel.idle();
      return socket()
        .sent.slice(before)
        .map((sent) => sent.text)
        .join('\n---\n');
    },
  };
}
