/**
 * The whole bot for the hostile-input suite, composed as src/main.ts composes it, with the
 * a Telegram channel attached the way main.ts attaches it, and helpers to
 * talk to it as a web chat user and to read what is stored.
 */
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../../../src/config/config.js';
import { sanitizeInbound } from '../../../src/core/sanitize-text.js';
import { parseEngineState, type EngineState } from '../../../src/core/engine/state.js';
import type { InboundMessage } from '../../../src/core/messages.js';
import { createBot, type Bot } from '../../../src/main.js';
import { createTestStore, testOverrides, UNLIMITED_TEST_ENV, type Reply, type TestStore } from '../../support/bot.js';
import type { DatabaseKind } from '../../support/databases.js';
import { hasForbiddenControl, hasLoneSurrogate } from '../hostile-strings.js';
import { attachTelegram, type TelegramAttachment } from '../../channels/telegram/telegram-test-bot.js';
import { WebchatUsers } from '../../support/webchat-session.js';

export const HOSTILE_ADMIN_TOKEN = 'hostile-admin-token-0123456789abcdef';

/** What one web chat request gave. */
export interface WebResult {
  readonly status: number;
  readonly replies: Reply[];
  readonly body: string;
}

/** A bot, its store and helpers. */
export interface HostileBot {
  readonly bot: Bot;
  readonly store: TestStore;
  /** Telegram in webhook mode on the same app, talking to a fake Bot API. */
  readonly telegram: TelegramAttachment;
  /** POST /webchat/messages as the labelled user `userId` (each label gets its own issued session). */
  web(userId: string, input: { text: string } | { button: string }): Promise<WebResult>;
  /** What a channel's handle does with a message (the runner after sanitizeInbound, as main.ts will). */
  direct(userId: string, text: string): Promise<Reply[]>;
  /** GET /webchat/inbox: alerts and notices delivered to a web chat user, after running the outbox once. */
  inbox(userId: string): Promise<Reply[]>;
  /** The stored engine state of a web chat user (null when missing or unreadable). */
  state(userId: string): Promise<EngineState | null>;
  close(): Promise<void>;
}

/** Starts the bot on a fresh store of `kind`. */
export async function startHostileBot(kind: DatabaseKind): Promise<HostileBot> {
  const store = await createTestStore(kind);
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    ...store.env,
    ...UNLIMITED_TEST_ENV,
    ADMIN_TOKEN: HOSTILE_ADMIN_TOKEN,
  });
  const bot = await createBot(config, testOverrides());
  // Telegram as main.ts composes it, with the inbound sanitizing main.ts's handle will do.
  const telegram = await attachTelegram(bot, { mode: 'webhook', channel: { handle: (message) => bot.runner.handle(sanitizeInbound(message)) } });
  await bot.app.ready();
  const users = new WebchatUsers(bot.app);
  return {
    bot,
    store,
    telegram,
    async web(label, input) {
      const userId = await users.userId(label);
      const payload = 'text' in input ? { userId, text: input.text, messageId: randomUUID() } : { userId, buttonId: input.button, messageId: randomUUID() };
      const response = await bot.app.inject({ method: 'POST', url: '/webchat/messages', payload });
      const replies = response.statusCode === 200 ? (response.json() as { replies: Reply[] }).replies : [];
      return { status: response.statusCode, replies, body: response.body };
    },
    async direct(label, text) {
      const message: InboundMessage = { channel: 'webchat', messageId: randomUUID(), sender: { externalId: await users.externalId(label) }, content: { type: 'text', text } };
      const result = await bot.runner.handle(sanitizeInbound(message));
      return result.replies.map((reply) => ({ text: reply.text, ...(reply.buttons && { buttons: reply.buttons.map((button) => ({ ...button })) }) }));
    },
    async inbox(label) {
      const userId = await users.userId(label);
      while ((await bot.dispatcher?.runOnce()) ?? 0) {
        // until nothing more is due
      }
      const response = await bot.app.inject({ method: 'GET', url: `/webchat/inbox?userId=${encodeURIComponent(userId)}` });
      if (response.statusCode !== 200) throw new Error(`inbox answered ${response.statusCode}: ${response.body}`);
      return (response.json() as { replies: Reply[] }).replies;
    },
    async state(label) {
      const identity = await bot.database.prisma.channelIdentity.findUnique({
        where: { channel_externalId: { channel: 'webchat', externalId: await users.externalId(label) } },
        select: { conversation: { select: { state: true } } },
      });
      return parseEngineState(identity?.conversation?.state);
    },
    async close() {
      // An export writes its closing audit entry after the response has ended, outside any
      // request, and nothing waits for it at shutdown: closing the database while that
      // transaction is open hangs PostgreSQL's pool forever (reported to the lead). Let
      // such writes finish first.
      if (bot.database.kind === 'postgres') {
        for (let waited = 0; waited < 10_000; waited += 50) {
          const busy = await bot.database.prisma.$queryRaw<Array<{ count: bigint }>>`
            SELECT count(*) AS count FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND state IN ('active', 'idle in transaction')`;
          if (Number(busy[0]?.count ?? 0) === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
      await telegram.close();
      await bot.close();
      await store.dispose();
    },
  };
}

/** Problems with replies a channel would have to send: lone surrogates, NUL or other controls, empty texts. */
export function replyProblems(replies: readonly Reply[]): string[] {
  const problems: string[] = [];
  for (const reply of replies) {
    const strings = [reply.text, ...(reply.buttons ?? []).flatMap((button) => [button.id, button.label])];
    if (typeof reply.text !== 'string') problems.push(`reply text is ${typeof reply.text}`);
    for (const text of strings) {
      if (hasLoneSurrogate(text)) problems.push(`lone surrogate in ${JSON.stringify(text.slice(0, 80))}`);
      if (hasForbiddenControl(text)) problems.push(`control character in ${JSON.stringify(text.slice(0, 80))}`);
    }
    if (reply.text.trim() === '' && (reply.buttons ?? []).length === 0) problems.push('an empty reply');
  }
  return problems;
}
