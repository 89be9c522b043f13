/**
 * Issue #11's leader journey driven end to end over Telegram: the whole bot as `npm start`
 * runs it, polling a fake Bot API on 127.0.0.1; buttons are inline keyboards. The script is
 * test/support/leader-journey.ts, shared with the WhatsApp run.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import type { Bot } from '../../src/main.js';
import { startComposedTelegramBot } from '../channels/telegram/telegram-test-bot.js';
import { createTestStore, manualClock, type TestStore } from '../support/bot.js';
import { deliverOutbox } from '../support/deliver-outbox.js';
import { FakeTelegram, type SentMessage, type TelegramTestUser } from '../support/fake-telegram.js';
import { leaderJourneyTests, type JourneyChat, type JourneyWorld } from '../support/leader-journey.js';

const ADMIN_TOKEN = 'journey-telegram-admin-token-0123456789';

/** Messages as one text, each followed by its buttons' labels (as WhatsApp shows them in its list). */
function shown(messages: readonly SentMessage[]): string {
  return messages.map((message) => [message.text, ...message.rows.flat().map((button) => `[${button.label}]`)].join('\n')).join('\n---\n');
}

/** A Telegram user as a journey chat. */
function chatOf(user: TelegramTestUser): JourneyChat {
  return {
    say: async (text) => shown(await user.say(text)),
    press: async (label) => shown(await user.press(label)),
    history: () => user.history.map((message) => message.text),
  };
}

describe('a leader’s journey over Telegram (fake Bot API)', () => {
  let store: TestStore;
  let fake: FakeTelegram;
  let bot: Bot;
  let world: JourneyWorld;
  // 10:00 in Jakarta: notices to leaders are not held for the night.
  const clock = manualClock('2026-11-20T03:00:00Z');

  beforeAll(async () => {
    store = await createTestStore('postgres');
    fake = await FakeTelegram.start();
    const composed = await startComposedTelegramBot(store, fake, { clock, env: { ADMIN_TOKEN } });
    bot = composed.bot;
    world = {
      bot,
      clock,
      adminToken: ADMIN_TOKEN,
      officer: chatOf(composed.user({ id: 710001, firstName: 'Pak Tono' })),
      ani: chatOf(composed.user({ id: 710002, firstName: 'Bu Ani' })),
      budi: chatOf(composed.user({ id: 710003, firstName: 'Mas Budi' })),
      // A minute on: the outbox paces what it sends to one chat.
      deliver: () => {
        clock.advance(60_000);
        return deliverOutbox(bot, clock);
      },
    };
  });
  afterAll(async () => {
    await bot?.close();
    await fake?.close();
    await store?.dispose();
  });

  leaderJourneyTests(() => world);
});
