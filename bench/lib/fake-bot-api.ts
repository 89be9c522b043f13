/**
 * A fake Telegram Bot API on 127.0.0.1 for the bench, built for speed: it answers every
 * method at once, keeps the messages sent to each chat (text and inline buttons, so the
 * simulated users can press them) and wakes whoever waits for a chat's messages.
 *
 * With `limit` it enforces Telegram's overall bot limit: at most `perSecond` accepted
 * sendMessage calls in any sliding second. Beyond it, it answers 429 with
 * `parameters.retry_after` (whole seconds until the window has room), and it records a
 * request for a chat that arrives before that chat's last retry_after expired (an early
 * retry), and messages accepted twice (duplicates).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

/** A button as the fake saw it in reply_markup. */
export interface FakeButton {
  readonly label: string;
  readonly data: string;
}

/** A message the bot sent. */
export interface FakeMessage {
  /** The message_id the fake answered with (a pressed button's callback query names it). */
  readonly id: number;
  readonly text: string;
  readonly buttons: readonly FakeButton[];
  readonly at: number;
}

/** Figures of the rate-limited mode. */
export interface LimitFigures {
  readonly accepted: number;
  readonly rejected429: number;
  readonly earlyRetries: number;
  readonly duplicates: number;
  /** performance.now() of the first and last accepted sendMessage. */
  readonly firstAt: number;
  readonly lastAt: number;
}

/** Options of {@link FakeBotApi.start}. */
export interface FakeBotApiOptions {
  /** Enforce this many sendMessage calls per sliding second (fan-out); unlimited when absent. */
  readonly limitPerSecond?: number;
  /** Keep every message per chat (the conversation drivers read them); default true. */
  readonly keepMessages?: boolean;
}

const BOT_USER = { id: 4_242_424_242, is_bot: true, first_name: 'Bench Bot', username: 'bench_wksbm_bot', can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false };

/** The fake server. */
export class FakeBotApi {
  readonly #server: Server;
  readonly #options: FakeBotApiOptions;
  readonly #chats = new Map<string, FakeMessage[]>();
  readonly #waiters = new Map<string, Set<() => void>>();
  /** Accept times within the last second (limited mode). */
  readonly #window: number[] = [];
  readonly #blockedUntil = new Map<string, number>();
  readonly #seen = new Set<string>();
  #accepted = 0;
  #rejected = 0;
  #early = 0;
  #duplicates = 0;
  #firstAt = 0;
  #lastAt = 0;
  #nextId = 1;
  /** Calls of each method. */
  readonly calls = new Map<string, number>();

  private constructor(server: Server, options: FakeBotApiOptions) {
    this.#server = server;
    this.#options = options;
  }

  /** Starts listening on a free loopback port. */
  static async start(options: FakeBotApiOptions = {}): Promise<FakeBotApi> {
    let fake: FakeBotApi | undefined;
    const server = createServer((request, response) => void fake!.#serve(request, response));
    server.keepAliveTimeout = 60_000;
    fake = new FakeBotApi(server, options);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** The apiRoot to give grammY (TELEGRAM_API_ROOT). */
  get apiRoot(): string {
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  /** Messages sent to a chat so far. */
  messagesOf(chatId: string): readonly FakeMessage[] {
    return this.#chats.get(chatId) ?? [];
  }

  /** Resolves once the chat has at least `count` messages. */
  waitForCount(chatId: string, count: number, timeoutMs = 30_000): Promise<void> {
    if (this.messagesOf(chatId).length >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      let waiters = this.#waiters.get(chatId);
      if (!waiters) this.#waiters.set(chatId, (waiters = new Set()));
      const check = () => {
        if (this.messagesOf(chatId).length < count) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`chat ${chatId}: ${this.messagesOf(chatId).length} of ${count} messages after ${timeoutMs} ms`));
      }, timeoutMs);
      waiters.add(check);
    });
  }

  /** Figures of the limited mode. */
  get figures(): LimitFigures {
    return { accepted: this.#accepted, rejected429: this.#rejected, earlyRetries: this.#early, duplicates: this.#duplicates, firstAt: this.#firstAt, lastAt: this.#lastAt };
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    this.#server.closeAllConnections();
    await closed;
  }

  /**
   * A call carried by the app's answer to a webhook POST (Telegram's webhook reply): counted
   * like the others. Telegram makes it; here it is only parsed and counted, in the load
   * generator's process, as the calls the app sends are.
   */
  webhookReply(body: string): void {
    if (body.length === 0) return;
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null || !('method' in parsed) || typeof parsed.method !== 'string') return;
    this.calls.set(parsed.method, (this.calls.get(parsed.method) ?? 0) + 1);
  }

  async #serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = /^\/bot[^/]+\/(\w+)$/.exec(request.url ?? '')?.[1] ?? '';
    const params = await readJson(request);
    this.calls.set(method, (this.calls.get(method) ?? 0) + 1);
    switch (method) {
      case 'getMe':
        return send(response, 200, { ok: true, result: BOT_USER });
      case 'sendMessage':
        return this.#sendMessage(params, response);
      default:
        return send(response, 200, { ok: true, result: true });
    }
  }

  #sendMessage(params: Record<string, unknown>, response: ServerResponse): void {
    const now = performance.now();
    const chatId = String(params.chat_id);
    const text = String(params.text ?? '');
    const limit = this.#options.limitPerSecond;
    if (limit !== undefined) {
      const blockedUntil = this.#blockedUntil.get(chatId);
      if (blockedUntil !== undefined && now < blockedUntil) this.#early += 1;
      while (this.#window.length > 0 && this.#window[0]! <= now - 1000) this.#window.shift();
      if (this.#window.length >= limit) {
        this.#rejected += 1;
        const retryAfter = Math.max(1, Math.ceil((this.#window[0]! + 1000 - now) / 1000));
        this.#blockedUntil.set(chatId, now + retryAfter * 1000);
        return send(response, 429, { ok: false, error_code: 429, description: `Too Many Requests: retry after ${retryAfter}`, parameters: { retry_after: retryAfter } });
      }
      this.#window.push(now);
      const key = `${chatId}\u0000${text}`;
      if (this.#seen.has(key)) this.#duplicates += 1;
      this.#seen.add(key);
      this.#accepted += 1;
      if (this.#firstAt === 0) this.#firstAt = now;
      this.#lastAt = now;
    }
    const markup = params.reply_markup as { inline_keyboard?: Array<Array<{ text: string; callback_data: string }>> } | undefined;
    const messageId = this.#nextId++;
    if (this.#options.keepMessages ?? true) {
      const buttons = (markup?.inline_keyboard ?? []).flat().map((button) => ({ label: button.text, data: button.callback_data }));
      let list = this.#chats.get(chatId);
      if (!list) this.#chats.set(chatId, (list = []));
      list.push({ id: messageId, text, buttons, at: now });
      for (const waiter of [...(this.#waiters.get(chatId) ?? [])]) waiter();
    }
    send(response, 200, {
      ok: true,
      result: { message_id: messageId, date: Math.floor(Date.now() / 1000), chat: { id: Number(chatId), type: 'private' }, text },
    });
  }
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return {};
  const raw = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(raw) as Record<string, unknown>;
  } catch {
    // grammY sends multipart only for file uploads, which the bench does not do.
    return {};
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  if (response.destroyed) return;
  const payload = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }).end(payload);
}
