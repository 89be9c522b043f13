/**
 * A whole bot in WhatsApp cloud mode for tests: src/main.ts's startBot with WHATSAPP_MODE=cloud
 * and WHATSAPP_CLOUD_API_ROOT at a {@link FakeGraph}; people write through signed webhook
 * POSTs (the platform's own payload shape) and read what the bot sent through the fake.
 *
 * ```ts
 * const cloud = await startCloudTestBot(store);
 * const ani = cloud.user('6281234567001');
 * const replies = await ani.say('halo');      // Reply[] as the web chat helpers take them
 * await ani.press('consent:agree');           // a tap on a reply button or list row, by our id
 * ```
 */
import { loadConfig, type Config } from '../../../src/config/config.js';
import { signWebhookBody, WHATSAPP_WEBHOOK_PATH } from '../../../src/channels/whatsapp-cloud/webhook-routes.js';
import type { Clock } from '../../../src/core/ports.js';
import { startBot, type Bot } from '../../../src/main.js';
import { testOverrides, UNLIMITED_TEST_ENV, type Reply, type TestStore } from '../../support/bot.js';
import type { DatabaseKind } from '../../support/databases.js';
import { deliverOutbox } from '../../support/deliver-outbox.js';
import { answerRegistration, type GroupAnswers } from '../../support/register-group.js';
import { startedForSuite } from '../../support/use-test-bot.js';
import { FakeGraph, type SentCloudMessage } from './fake-graph.js';

export const CLOUD_TOKEN = 'EAAGtestTOKENforWKSBMcloudAAAAAAAAAAAA';
export const PHONE_NUMBER_ID = '106540352242922';
export const APP_SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
export const VERIFY_TOKEN = 'wksbm-verify-123';

/** A running bot in cloud mode and its fake Graph API. */
export interface CloudTestBot {
  readonly bot: Bot;
  readonly config: Config;
  readonly fake: FakeGraph;
  /** A person writing from `waId` (digits with country code). */
  user(waId: string, name?: string): CloudTestUser;
  /** Posts a webhook body, signed (or with `signature`); resolves with the HTTP answer. */
  post(body: unknown, signature?: string): Promise<{ statusCode: number; body: string }>;
  /** Waits until replies and the channel are idle. */
  idle(): Promise<void>;
  /** Sends every alert due at `clock()` (deliverOutbox), then waits until the channel is idle. */
  deliver(clock: Clock): Promise<void>;
  close(): Promise<void>;
}

/** What a cloud test bot is started with besides its store. */
export interface CloudTestBotOptions {
  readonly env?: Record<string, string>;
  readonly clock?: Clock;
}

/** A cloud test bot on a fresh store of `kind` for the calling suite (see useTestBot). */
export function useCloudTestBot(kind: DatabaseKind, options: CloudTestBotOptions = {}): CloudTestBot {
  return startedForSuite(kind, (store) => startCloudTestBot(store, options));
}

/** Starts the whole bot (startBot) in cloud mode on `store`. */
export async function startCloudTestBot(store: TestStore, options: CloudTestBotOptions = {}): Promise<CloudTestBot> {
  const fake = await FakeGraph.start({ token: CLOUD_TOKEN, phoneNumberId: PHONE_NUMBER_ID });
  const config = loadConfig({
    ...UNLIMITED_TEST_ENV,
    ...store.env,
    LOG_LEVEL: process.env.TEST_LOG ?? 'silent',
    PORT: '0',
    WHATSAPP_MODE: 'cloud',
    WHATSAPP_CLOUD_ACCESS_TOKEN: CLOUD_TOKEN,
    WHATSAPP_CLOUD_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
    WHATSAPP_CLOUD_APP_SECRET: APP_SECRET,
    WHATSAPP_CLOUD_VERIFY_TOKEN: VERIFY_TOKEN,
    WHATSAPP_CLOUD_API_ROOT: fake.apiRoot,
    ...options.env,
  });
  let bot: Bot;
  try {
    bot = await startBot(config, testOverrides(options.clock ? { clock: options.clock } : {}));
  } catch (error) {
    await fake.close();
    throw error;
  }
  const idle = async () => {
    await bot.replies.idle();
    await bot.whatsappCloud!.idle();
    await bot.replies.idle();
  };
  const post = async (body: unknown, signature?: string) => {
    const raw = JSON.stringify(body);
    const response = await bot.app.inject({
      method: 'POST',
      url: WHATSAPP_WEBHOOK_PATH,
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature ?? signWebhookBody(raw, APP_SECRET) },
      payload: raw,
    });
    return { statusCode: response.statusCode, body: response.body };
  };
  let seq = 0;
  return {
    bot,
    config,
    fake,
    post,
    idle,
    async deliver(clock) {
      await deliverOutbox(bot, clock);
      await idle();
    },
    user: (waId, name = 'Test') => new CloudTestUser(waId, name, fake, post, idle, () => `wamid.IN${String(++seq).padStart(8, '0')}`, options.clock ?? (() => new Date())),
    async close() {
      await bot.close();
      await fake.close();
    },
  };
}

/** A webhook body as Meta sends it, with `messages` or `statuses` for our number. */
export function webhookBody(value: { messages?: unknown[]; statuses?: unknown[]; contacts?: unknown[] }): unknown {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550783881', phone_number_id: PHONE_NUMBER_ID },
              ...value,
            },
          },
        ],
      },
    ],
  };
}

/** A status webhook about `wamid`. */
export function statusBody(wamid: string, status: 'sent' | 'delivered' | 'read' | 'failed', recipient: string, at: Date, error?: { code: number; title: string; details?: string }): unknown {
  return webhookBody({
    statuses: [
      {
        id: wamid,
        status,
        timestamp: String(Math.floor(at.getTime() / 1000)),
        recipient_id: recipient,
        ...(status !== 'failed' && { conversation: { id: 'c1', origin: { type: 'utility' } }, pricing: { billable: true, pricing_model: 'PMP', category: 'utility' } }),
        ...(error && { errors: [{ code: error.code, title: error.title, message: error.title, error_data: { details: error.details ?? error.title } }] }),
      },
    ],
  });
}

/** The bot's message as the chat helpers read it (text and buttons by our ids). */
export function asReply(message: SentCloudMessage): Reply {
  const body = message.body as Record<string, any>;
  switch (message.type) {
    case 'text':
      return { text: body.text.body as string };
    case 'interactive': {
      const interactive = body.interactive as Record<string, any>;
      const text = interactive.body.text as string;
      if (interactive.type === 'button') return { text, buttons: (interactive.action.buttons as any[]).map((button) => ({ id: button.reply.id, label: button.reply.title })) };
      const rows = (interactive.action.sections as any[]).flatMap((section) => section.rows as any[]);
      return { text, buttons: rows.map((row) => ({ id: row.id, label: row.title })) };
    }
    case 'template':
      return { text: `[template ${body.template.name}] ${(body.template.components[0].parameters[0].text as string) ?? ''}` };
    case 'image':
      return { text: `[image ${body.image.id}]` };
    default:
      return { text: `[${message.type}]` };
  }
}

/** One person on WhatsApp, writing through webhooks. */
export class CloudTestUser {
  /** Every message the bot sent this person, in order. */
  readonly history: SentCloudMessage[] = [];

  constructor(
    readonly waId: string,
    readonly name: string,
    readonly fake: FakeGraph,
    readonly post: CloudTestBot['post'],
    readonly idle: () => Promise<void>,
    readonly nextId: () => string,
    readonly clock: Clock,
  ) {}

  /** The identity the bot keys this person by. */
  get externalId(): string {
    return `${this.waId}@s.whatsapp.net`;
  }

  say(text: string): Promise<Reply[]> {
    return this.send({ type: 'text', text: { body: text } });
  }

  /** Taps the button or list row with our id `id` in what the bot sent last. */
  press(id: string): Promise<Reply[]> {
    const last = [...this.history].reverse().find((message) => message.type === 'interactive');
    const interactive = (last?.body as Record<string, any> | undefined)?.interactive;
    if (interactive?.type === 'list') {
      const row = (interactive.action.sections as any[]).flatMap((section) => section.rows as any[]).find((candidate) => candidate.id === id);
      return this.send({ type: 'interactive', interactive: { type: 'list_reply', list_reply: { id, title: row?.title ?? id } } });
    }
    return this.send({ type: 'interactive', interactive: { type: 'button_reply', button_reply: { id, title: id } } });
  }

  /** Sends a photo the fake serves as medium `mediaId`. */
  sendPhoto(mediaId: string, caption?: string): Promise<Reply[]> {
    return this.send({ type: 'image', image: { id: mediaId, mime_type: 'image/jpeg', sha256: 'x', ...(caption && { caption }) } });
  }

  /** Sends any message object (type and its field); returns the replies it produced. */
  async send(message: Record<string, unknown>, id = this.nextId()): Promise<Reply[]> {
    const before = this.fake.sent.length;
    const response = await this.post(
      webhookBody({
        contacts: [{ profile: { name: this.name }, wa_id: this.waId }],
        messages: [{ from: this.waId, id, timestamp: String(Math.floor(this.clock().getTime() / 1000)), ...message }],
      }),
    );
    if (response.statusCode !== 200) throw new Error(`webhook answered ${response.statusCode}: ${response.body}`);
    await this.idle();
    const mine = this.fake.sent.slice(before).filter((sent) => sent.to === this.waId);
    this.history.push(...mine);
    return mine.map(asReply);
  }

  /** Collects what the bot sent this person since the last call (alerts sent by the outbox). */
  collect(): SentCloudMessage[] {
    const known = new Set(this.history.map((message) => message.wamid));
    const fresh = this.fake.sentTo(this.waId).filter((message) => !known.has(message.wamid));
    this.history.push(...fresh);
    return fresh;
  }
}

/** The id of the button (or list row) whose label contains `text`; fails showing the replies. */
export function idOf(replies: readonly Reply[], text: string): string {
  const button = replies.flatMap((reply) => reply.buttons ?? []).find((candidate) => candidate.label.includes(text));
  if (!button) throw new Error(`no button labelled "${text}" in ${JSON.stringify(replies)}`);
  return button.id;
}

/** Presses the button labelled `text` in `replies`. */
export const tap = (user: CloudTestUser, replies: readonly Reply[], text: string) => user.press(idOf(replies, text));

/** Opens "Daftarkan kelompok" from the menu as `user` and answers until the group is saved. */
export async function registerFromMenu(user: CloudTestUser, answers: GroupAnswers): Promise<Reply[]> {
  const menu = await user.say('menu');
  return answerRegistration(registrationChat(user), await user.press(idOf(menu, 'Daftarkan kelompok')), answers);
}

/**
 * The chat for {@link answerRegistration}: taps by id, and answers the group-type question
 * — twelve choices, so a numbered text as in Baileys mode — by typing the number of
 * "Karang Taruna", as a person would.
 */
export function registrationChat(user: CloudTestUser) {
  return async (input: string | { button: string }): Promise<Reply[]> => {
    const replies = typeof input === 'string' ? await user.say(input) : await user.press(input.button);
    const numbered = /^(\d+)\. Karang Taruna$/m.exec(replies.at(-1)?.text ?? '');
    return numbered ? user.say(numbered[1]!) : replies;
  };
}

