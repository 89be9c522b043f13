/**
 * A whole bot for tests, composed exactly as `npm start` composes it (src/main.ts), on a
 * real PostgreSQL database, driven through its HTTP API with `app.inject()`.
 */
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/config.js';
import type { Clock } from '../../src/core/ports.js';
import { CONSENT_AGREE_BUTTON } from '../../src/domain/privacy/consent-flow.js';

export { CONSENT_AGREE_BUTTON };
import { createBot, type Bot, type BotOverrides } from '../../src/main.js';
import { TEST_REGION_SOURCE } from './region-fixture.js';
import { createPostgresTestDatabase, type DatabaseKind, type PostgresTestDatabase } from './databases.js';
import { WebchatUsers } from './webchat-session.js';

/** A reply as the web chat API returns it. */
export interface Reply {
  text: string;
  buttons?: Array<{ id: string; label: string }>;
  /** Stored activity photos the reply shows (GET /webchat/photos/:id). */
  photos?: string[];
}

/** Where a test bot keeps its data, so that a second bot can reopen it (a restart). */
export interface TestStore {
  readonly kind: DatabaseKind;
  readonly env: Record<string, string>;
  /** Removes the data (drops the PostgreSQL database, deletes the folder). */
  dispose(): Promise<void>;
}

/**
 * Creates a store: a fresh database on the run's PostgreSQL (see databases.ts), already holding
 * what a test bot's first start would put there (migrations, the test region extract) unless
 * `regions: 'full'` (a bot with `fullRegions` seeds the full list on a migrated database).
 */
export async function createTestStore(kind: DatabaseKind, options: { regions?: 'test' | 'full' } = {}): Promise<TestStore> {
  const server: PostgresTestDatabase = await createPostgresTestDatabase({ contents: options.regions === 'full' ? 'migrated' : 'test-regions' });
  return { kind, env: { DATABASE_URL: server.url }, dispose: () => server.drop() };
}

/**
 * Overrides for test bots: a clock, how long a sent mark waits for a ride, and the small
 * region extract unless the full list is asked for (the full seed has its own tests; loading
 * it in every test costs seconds).
 */
export function testOverrides(options: { clock?: Clock; fullRegions?: boolean; rideWaitMs?: number } = {}): BotOverrides {
  return {
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.rideWaitMs !== undefined ? { rideWaitMs: options.rideWaitMs } : {}),
    ...(options.fullRegions ? {} : { regionSource: TEST_REGION_SOURCE }),
  };
}

/** A running test bot with helpers to chat with it. */
export interface TestBot {
  readonly bot: Bot;
  /**
   * Sends text (or a button press) as a user; returns the replies. Fails on a non-200.
   * `user` is a label: each gets its own server-issued web chat session on first use.
   */
  send(user: string, input: string | { button: string }, messageId?: string): Promise<Reply[]>;
  /** The labelled web chat users' issued userIds and stored externalIds. */
  readonly users: WebchatUsers;
  close(): Promise<void>;
}

/**
 * A temp DATA_DIR without DATABASE_URL: a bot started on it runs the embedded PostgreSQL
 * there, exactly like `npm start` on a fresh clone (initdb at its first start).
 */
export async function createEmbeddedTestStore(): Promise<TestStore> {
  const dir = mkdtempSync(join(tmpdir(), 'wksbm-test-data-'));
  chmodSync(dir, 0o711); // as root, the cluster's OS user must pass through (see embedded/cluster.ts)
  return { kind: 'postgres', env: { DATA_DIR: dir }, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** Starts a bot on a store; `env` adds or overrides environment variables. */
export async function startTestBot(
  store: TestStore,
  options: { clock?: Clock; env?: Record<string, string>; fullRegions?: boolean; rideWaitMs?: number } = {},
): Promise<TestBot> {
  const config = loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', ...UNLIMITED_TEST_ENV, ...store.env, ...options.env });
  const bot = await createBot(config, testOverrides(options));
  const users = new WebchatUsers(bot.app);
  return {
    bot,
    users,
    async send(user, input, messageId = randomUUID()) {
      const userId = await users.userId(user);
      const payload = typeof input === 'string' ? { userId, text: input, messageId } : { userId, buttonId: input.button, messageId };
      const response = await bot.app.inject({ method: 'POST', url: '/webchat/messages', payload });
      if (response.statusCode !== 200) throw new Error(`webchat answered ${response.statusCode}: ${response.body}`);
      return (response.json() as { replies: Reply[] }).replies;
    },
    close: () => bot.close(),
  };
}

/** All reply texts joined, for `toContain` checks. */
export function allText(replies: readonly Reply[]): string {
  return replies.map((reply) => reply.text).join('\n---\n');
}

/** The id of the first button whose label contains `text`; fails showing the replies when none does. */
export function buttonLabelled(replies: readonly Reply[], text: string): string {
  const button = replies.flatMap((reply) => reply.buttons ?? []).find((candidate) => candidate.label.includes(text));
  if (!button) throw new Error(`no button labelled "${text}" in ${JSON.stringify(replies)}`);
  return button.id;
}

/** Every button id offered in the replies. */
export function buttonIds(replies: readonly Reply[]): string[] {
  return replies.flatMap((reply) => reply.buttons?.map((button) => button.id) ?? []);
}

/**
 * Agrees to the personal-data notice that `replies` show (the bot shows it before the first
 * personal data is asked for); fails when they show none. Returns the replies to agreeing.
 */
export async function acceptConsent(bot: TestBot, userId: string, replies: readonly Reply[]): Promise<Reply[]> {
  if (!buttonIds(replies).includes(CONSENT_AGREE_BUTTON)) throw new Error(`no consent notice in ${JSON.stringify(replies)}`);
  return bot.send(userId, { button: CONSENT_AGREE_BUTTON });
}

/** A clock the test moves by hand. */
export function manualClock(start = '2026-11-01T08:00:00Z'): Clock & { advance(ms: number): void } {
  let now = Date.parse(start);
  const clock = (() => new Date(now)) as Clock & { advance(ms: number): void };
  clock.advance = (ms: number) => {
    now += ms;
  };
  return clock;
}

/**
 * Test bots send many messages per user and requests per second from one address; the
 * abuse limits have their own tests, so other tests lift them (a test may set them back).
 */
export const UNLIMITED_TEST_ENV: Readonly<Record<string, string>> = {
  FLOOD_MAX_PER_MINUTE: '10000',
  HTTP_RATE_LIMIT_PER_MINUTE: '1000000',
  HTTP_AUTH_EXCHANGE_PER_MINUTE: '1000000',
  HTTP_WEBCHAT_SESSIONS_PER_MINUTE: '1000000',
};
