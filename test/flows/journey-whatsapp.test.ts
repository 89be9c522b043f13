/**
 * Issue #11's leader journey driven end to end over WhatsApp: the whole bot as `npm start`
 * runs it with WHATSAPP_ENABLED=true, its Baileys socket replaced by the fake one (no
 * network), pacing off; buttons are numbered lists answered with the number. The script is
 * test/support/leader-journey.ts, shared with the Telegram run.
 */
import { loadConfig } from '../../src/config/config.js';
import { afterAll, beforeAll, describe } from 'vitest';
import { startBot, type Bot } from '../../src/main.js';
import { fakeSocketFactory, type FakeSocket } from '../channels/whatsapp/fake-socket.js';
import { textMessage } from '../channels/whatsapp/wa-messages.js';
import { createTestStore, manualClock, testOverrides, UNLIMITED_TEST_ENV, type TestStore } from '../support/bot.js';
import { deliverOutbox } from '../support/deliver-outbox.js';
import { leaderJourneyTests, type JourneyChat, type JourneyWorld } from '../support/leader-journey.js';

const ADMIN_TOKEN = 'journey-whatsapp-admin-token-0123456789';

/** A WhatsApp user (a phone-number JID) as a journey chat, on the bot's current socket. */
function chatOf(socket: () => FakeSocket, jid: string, settle: () => Promise<void>): JourneyChat {
  const history = () => socket().sent.filter((sent) => sent.jid === jid).map((sent) => sent.text);
  const say = async (text: string) => {
    const before = history().length;
    socket().receive([textMessage(jid, text)]);
    await settle();
    return history().slice(before).join('\n---\n');
  };
  return {
    say,
    history,
    /** Answers with the number of the newest list line whose label matches. */
    async press(label) {
      const matches = (text: string) => (typeof label === 'string' ? text === label : label.test(text));
      for (const text of [...history()].reverse()) {
        for (const line of text.split('\n')) {
          const item = /^(\d+)\. (.+)$/.exec(line);
          if (item && matches(item[2]!)) return say(item[1]!);
        }
      }
      throw new Error(`no list item ${String(label)} in the chat with ${jid}: ${JSON.stringify(history().slice(-3))}`);
    },
  };
}

describe('a leader’s journey over WhatsApp (fake Baileys socket)', () => {
  let store: TestStore;
  let bot: Bot;
  let world: JourneyWorld;
  // 10:00 in Jakarta: notices to leaders are not held for the night.
  const clock = manualClock('2026-11-20T03:00:00Z');
  const factory = fakeSocketFactory(() => Date.now());

  beforeAll(async () => {
    store = await createTestStore('postgres');
    const config = loadConfig({
      ...UNLIMITED_TEST_ENV,
      ...store.env,
      LOG_LEVEL: process.env.TEST_LOG ?? 'silent',
      PORT: '0',
      ADMIN_TOKEN,
      WHATSAPP_ENABLED: 'true',
      // No pacing between sends: the fake socket is not WhatsApp.
      WHATSAPP_MIN_DELAY_MS: '0',
      WHATSAPP_MAX_DELAY_MS: '0',
    });
    bot = await startBot(config, { ...testOverrides({ clock }), whatsappSocketFactory: factory });
    factory.latest().open();
    const whatsapp = bot.whatsapp!;
    // Replies leave through the reply outbox, which hands them to the channel: wait for both.
    const settle = async () => {
      await whatsapp.idle();
      await bot.replies.idle();
      await whatsapp.idle();
    };
    const chat = (number: string) => chatOf(() => factory.latest(), `${number}@s.whatsapp.net`, settle);
    world = {
      bot,
      clock,
      adminToken: ADMIN_TOKEN,
      officer: chat('6281211110001'),
      ani: chat('6281211110002'),
      budi: chat('6281211110003'),
      // A minute on: the outbox paces what it sends to one chat.
      deliver: async () => {
        clock.advance(60_000);
        await deliverOutbox(bot, clock);
        await settle();
      },
    };
  });
  afterAll(async () => {
    await bot?.close();
    await store?.dispose();
  });

  leaderJourneyTests(() => world);
});
