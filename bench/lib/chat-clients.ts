/**
 * One simulated user's chat with the bot, over web chat (`POST /webchat/messages`) or the
 * Telegram webhook (updates posted as Telegram would, replies read at the fake Bot API).
 * Both give the same shape back: the replies with their buttons (ids and labels), and the
 * time from sending until every reply was there.
 */
import { CallbackTokens } from '../../src/channels/telegram/callback-token.js';
import type { FakeBotApi, FakeMessage } from './fake-bot-api.js';
import type { HttpClient } from './http.js';

/** A reply as a user sees it. */
export interface Reply {
  readonly text: string;
  readonly buttons: ReadonlyArray<{ readonly id: string; readonly label: string }>;
}

/** What the user does next. */
export type UserInput = { readonly text: string } | { readonly button: string };

/** An exchange: replies and the latency the user saw. */
export interface Exchange {
  readonly replies: readonly Reply[];
  readonly ms: number;
}

/** A user's side of a chat. */
export interface ChatClient {
  readonly userId: string;
  send(input: UserInput): Promise<Exchange>;
}

/**
 * Web chat: one POST per message; the answer carries the replies. The identity is issued by
 * the server (POST /webchat/sessions) before the first message, as the chat page does.
 */
export class WebchatClient implements ChatClient {
  #sequence = 0;
  #issued: string | undefined;

  constructor(
    private readonly http: HttpClient,
    private readonly baseUrl: string,
    /** The simulated user's label (message ids are built from it). */
    readonly userId: string,
  ) {}

  async send(input: UserInput): Promise<Exchange> {
    if (this.#issued === undefined) {
      const session = await this.http.postJson(`${this.baseUrl}/webchat/sessions`, {});
      if (session.status !== 201) throw new Error(`webchat sessions answered ${session.status}: ${session.body.slice(0, 200)}`);
      this.#issued = (JSON.parse(session.body) as { userId: string }).userId;
    }
    const userId = this.#issued;
    const messageId = `${this.userId}-${this.#sequence++}`;
    const body = 'text' in input ? { userId, text: input.text, messageId } : { userId, buttonId: input.button, messageId };
    const response = await this.http.postJson(`${this.baseUrl}/webchat/messages`, body);
    if (response.status !== 200) throw new Error(`webchat answered ${response.status}: ${response.body.slice(0, 200)}`);
    const parsed = JSON.parse(response.body) as { replies: Array<{ text: string; buttons?: Reply['buttons'] }> };
    return { replies: parsed.replies.map((reply) => ({ text: reply.text, buttons: reply.buttons ?? [] })), ms: response.ms };
  }
}

/**
 * The first characters of each message the bot sends for an update (null: a button-only
 * reply's stand-in text, which matches any message), as the app child reports them.
 */
export type ReplyHeads = readonly (string | null)[];

/** Tells a Telegram client which messages the bot will send for its update (from the app child). */
export class ReplyCounts {
  readonly #waiting = new Map<string, (heads: ReplyHeads) => void>();
  readonly #early = new Map<string, ReplyHeads>();

  /** The app reported the replies `heads` for `chat`. */
  report(chat: string, heads: ReplyHeads): void {
    const waiter = this.#waiting.get(chat);
    if (waiter) {
      this.#waiting.delete(chat);
      waiter(heads);
    } else this.#early.set(chat, heads);
  }

  /** The replies of the chat's update in flight (one at a time per chat). */
  next(chat: string, timeoutMs = 30_000): Promise<ReplyHeads> {
    const early = this.#early.get(chat);
    if (early !== undefined) {
      this.#early.delete(chat);
      return Promise.resolve(early);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiting.delete(chat);
        reject(new Error(`no reply count for chat ${chat} after ${timeoutMs} ms`));
      }, timeoutMs);
      this.#waiting.set(chat, (heads) => {
        clearTimeout(timer);
        resolve(heads);
      });
    });
  }
}

let updateId = 1_000_000;
let telegramMessageId = 1;

/** Telegram: updates to the webhook; replies as the fake Bot API received them. */
export class TelegramClient implements ChatClient {
  readonly userId: string;
  readonly #tokens: CallbackTokens;
  readonly #opened = new Map<string, string | null>();

  constructor(
    private readonly http: HttpClient,
    private readonly webhookUrl: string,
    private readonly secret: string,
    botToken: string,
    private readonly fake: FakeBotApi,
    private readonly counts: ReplyCounts | undefined,
    private readonly numericId: number,
  ) {
    this.userId = String(numericId);
    this.#tokens = new CallbackTokens(botToken);
  }

  async send(input: UserInput): Promise<Exchange> {
    const before = this.fake.messagesOf(this.userId).length;
    const from = { id: this.numericId, is_bot: false, first_name: 'Bench', language_code: 'id' };
    const chat = { id: this.numericId, type: 'private', first_name: 'Bench' };
    const date = Math.floor(Date.now() / 1000);
    let update: Record<string, unknown>;
    if ('text' in input) {
      update = { update_id: updateId++, message: { message_id: telegramMessageId++, date, chat, from, text: input.text } };
    } else {
      // The message the button is on, as Telegram names it: the bot refuses a second press
      // on one message's keyboard (src/channels/telegram/telegram-channel.ts).
      const { data, message } = this.#callbackDataFor(input.button);
      const keyboard = message.buttons.map((button) => [{ text: button.label, callback_data: button.data }]);
      update = {
        update_id: updateId++,
        callback_query: {
          id: `cq${updateId}`,
          from,
          chat_instance: `ci${this.numericId}`,
          data,
          message: { message_id: message.id, date, chat, text: message.text, reply_markup: { inline_keyboard: keyboard } },
        },
      };
    }
    const started = performance.now();
    const response = await this.http.postJson(this.webhookUrl, update, { 'x-telegram-bot-api-secret-token': this.secret });
    if (response.status !== 200) throw new Error(`webhook answered ${response.status}: ${response.body.slice(0, 200)}`);
    this.fake.webhookReply(response.body);
    // The app answers once committed and sends the replies afterwards: wait for all of them.
    const heads = this.counts ? await this.counts.next(this.userId) : [null];
    const picked = await this.#replies(before, heads);
    const ms = performance.now() - started;
    const replies = picked.map((message) => ({
      text: message.text,
      buttons: message.buttons.map((button) => ({ id: this.#open(button.data) ?? button.data, label: button.label })),
    }));
    return { replies, ms };
  }

  /**
   * The update's replies among the chat's messages from `from` on, in order: a leaders'
   * notice the outbox sends to the chat meanwhile (it may land between two replies) is
   * passed over, not taken for a reply (it stays in the chat, where its buttons are found).
   */
  async #replies(from: number, heads: ReplyHeads): Promise<FakeMessage[]> {
    const picked: FakeMessage[] = [];
    for (let index = from; picked.length < heads.length; index++) {
      await this.fake.waitForCount(this.userId, index + 1);
      const message = this.fake.messagesOf(this.userId)[index]!;
      const head = heads[picked.length];
      if (head === null || head === undefined || message.text.startsWith(head)) picked.push(message);
    }
    return picked;
  }

  /**
   * A button's id from its callback data, opened once per data: opening takes HMACs, and the
   * load generator opened every button of every reply (and of the history, looking for one),
   * CPU taken from the app on the same two cores.
   */
  #open(data: string): string | null {
    let id = this.#opened.get(data);
    if (id === undefined) {
      id = this.#tokens.open(this.userId, data);
      this.#opened.set(data, id);
    }
    return id;
  }

  /** The callback data of the latest button with this id in the chat, as Telegram would send it, and its message. */
  #callbackDataFor(buttonId: string): { data: string; message: FakeMessage } {
    const messages = this.fake.messagesOf(this.userId);
    for (let index = messages.length - 1; index >= 0; index--) {
      const message = messages[index]!;
      for (const button of message.buttons) {
        if (this.#open(button.data) === buttonId) return { data: button.data, message };
      }
    }
    throw new Error(`no button ${buttonId} in the Telegram chat`);
  }
}
