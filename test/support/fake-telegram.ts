/**
 * A fake Telegram Bot API server on 127.0.0.1 for tests: the real grammY client talks to
 * it through `client: { apiRoot }`. It records every call (with a monotonic time), serves
 * getMe, getUpdates (long polling over a queue the test pushes updates into, honouring
 * offset and timeout), sendMessage, answerCallbackQuery, setWebhook, deleteWebhook,
 * setMyCommands, getFile and sendPhoto (multipart upload, recorded with its bytes), serves
 * files the test added ({@link FakeTelegram.addFile}) under `/file/bot<token>/<file_path>`
 * as the real Bot API does, and can fail the next N calls of a method with an error
 * (429 with retry_after, 5xx, 403…) or by dropping the connection.
 *
 * {@link TelegramTestUser} drives a conversation through it: type text, press a button by
 * its label, share a location, and collect what the bot sent back.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { Update } from 'grammy/types';

/** One Bot API call as the fake received it. */
export interface RecordedCall {
  readonly method: string;
  readonly params: Record<string, unknown>;
  /** performance.now() when it arrived. */
  readonly at: number;
  /** The error code the fake answered with, if it failed the call. */
  readonly failedWith?: number | 'network';
  /** Carried by the bot's answer to a webhook POST (Telegram makes it), not requested by the bot. */
  readonly webhookReply?: true;
}

/** A button as the bot sent it. */
export interface SentButton {
  readonly label: string;
  /** Callback data; '' for a URL button. */
  readonly data: string;
  /** The address of a URL button. */
  readonly url?: string;
}

/** A message the bot sent (sendMessage). */
export interface SentMessage {
  readonly messageId: number;
  readonly chatId: string;
  /** Its text (as last edited). */
  text: string;
  /** Keyboard rows (as last edited); empty without a keyboard. */
  rows: readonly (readonly SentButton[])[];
  readonly parseMode?: string;
  readonly at: number;
}

/** A photo the bot sent (sendPhoto with an uploaded file). */
export interface SentPhoto {
  readonly chatId: string;
  readonly bytes: Buffer;
  readonly caption?: string;
  readonly at: number;
}

/** How the fake fails a call. */
export type InjectedFailure =
  | { readonly error_code: number; readonly description?: string; readonly retry_after?: number }
  | { readonly network: true };

/** An update without its id: the fake numbers them. */
export type UpdateBody = Omit<Update, 'update_id'>;

const BOT_USER = { id: 7_000_000_001, is_bot: true, first_name: 'WKSBM Test', username: 'wksbm_test_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false };

/** The fake Bot API server. */
export class FakeTelegram {
  readonly calls: RecordedCall[] = [];
  readonly sent: SentMessage[] = [];
  readonly sentPhotos: SentPhoto[] = [];
  /** file_id → the file and how large getFile says it is. */
  readonly #files = new Map<string, { readonly bytes: Buffer; readonly path: string; readonly declaredSize: number }>();
  readonly #server: Server;
  readonly #queue: Update[] = [];
  readonly #failures = new Map<string, InjectedFailure[]>();
  readonly #waiters = new Set<() => void>();
  #nextUpdateId: number;
  #nextMessageId = 1;
  /** The highest offset any getUpdates asked for: updates below it are confirmed. */
  #confirmedOffset = 0;

  private constructor(server: Server, firstUpdateId: number) {
    this.#server = server;
    this.#nextUpdateId = firstUpdateId;
  }

  /** Starts a fake on a random port. Distinct `firstUpdateId`s keep two fakes' message ids apart. */
  static async start(options: { readonly firstUpdateId?: number } = {}): Promise<FakeTelegram> {
    let fake: FakeTelegram | undefined;
    const server = createServer((request, response) => void fake!.#serve(request, response));
    fake = new FakeTelegram(server, options.firstUpdateId ?? 1);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** The apiRoot to give grammY. */
  get apiRoot(): string {
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  /** Queues an update for getUpdates; returns the full update with its new id. */
  push(body: UpdateBody): Update {
    const update = { update_id: this.#nextUpdateId++, ...body } as Update;
    this.#queue.push(update);
    this.#notify();
    return update;
  }

  /** Numbers an update without queueing it (for webhook deliveries). */
  number(body: UpdateBody): Update {
    return { update_id: this.#nextUpdateId++, ...body } as Update;
  }

  /**
   * Makes a file downloadable: getFile(fileId) answers with its path and size (or
   * `declaredSize`, e.g. to test a size check before download), and GET
   * /file/bot<token>/<path> serves the bytes.
   */
  addFile(fileId: string, bytes: Uint8Array, options: { readonly declaredSize?: number; readonly name?: string } = {}): void {
    const path = `documents/${this.#files.size}_${options.name ?? 'file'}`;
    this.#files.set(fileId, { bytes: Buffer.from(bytes), path, declaredSize: options.declaredSize ?? bytes.byteLength });
  }

  /** Fails the next `times` calls of `method` the given way. */
  failNext(method: string, times: number, failure: InjectedFailure): void {
    const list = this.#failures.get(method) ?? [];
    for (let i = 0; i < times; i++) list.push(failure);
    this.#failures.set(method, list);
  }

  /**
   * What Telegram does with a webhook answer's body: an object with a `method` is a Bot API
   * call to make (recorded like the others, marked as carried by the answer; nothing is
   * answered since the bot never learns the outcome). Anything else is ignored, as Telegram does.
   */
  webhookReply(body: string): void {
    if (body.length === 0) return;
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null || !('method' in parsed) || typeof parsed.method !== 'string') return;
    const { method, ...params } = parsed;
    this.calls.push({ method, params, at: performance.now(), webhookReply: true });
    this.#notify();
  }

  /** The calls of one method, in order. */
  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Messages sent to a chat. */
  sentTo(chatId: number | string): SentMessage[] {
    return this.sent.filter((message) => message.chatId === String(chatId));
  }

  /** Resolves once `predicate` holds, re-checked after every call; rejects after `timeoutMs`. */
  async waitFor(predicate: () => boolean, timeoutMs = 5_000, what = 'condition'): Promise<void> {
    if (predicate()) return;
    await new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!predicate()) return;
        clearTimeout(timer);
        this.#waiters.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(check);
        reject(new Error(`fake Telegram: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      this.#waiters.add(check);
    });
  }

  /**
   * Resolves when the bot has asked for updates after `update`. grammY's runner hands an
   * update to its handler before it asks for more, so the update is then being handled:
   * wait for the channel's idle() to see it finished (TelegramTestUser does).
   */
  waitHandled(update: Pick<Update, 'update_id'>, timeoutMs = 10_000): Promise<void> {
    return this.waitFor(() => this.#confirmedOffset > update.update_id, timeoutMs, `update ${update.update_id} to be handled`);
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    this.#notify(); // long polls see the server is no longer listening and answer
    this.#server.closeAllConnections();
    await closed;
  }

  async #serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const filePath = /^\/file\/bot[^/]+\/(.+)$/.exec(request.url ?? '')?.[1];
    if (filePath !== undefined) return this.#serveFile(decodeURIComponent(filePath), response);
    const method = /^\/bot[^/]+\/(\w+)$/.exec(request.url ?? '')?.[1] ?? '';
    const params = await readParams(request);
    const failure = this.#failures.get(method)?.shift();
    const call: RecordedCall = { method, params, at: performance.now(), ...(failure && { failedWith: 'network' in failure ? 'network' : failure.error_code }) };
    this.calls.push(call);
    this.#notify();
    if (failure && 'network' in failure) {
      request.socket.destroy();
      return;
    }
    if (failure) {
      const parameters = failure.retry_after !== undefined ? { parameters: { retry_after: failure.retry_after } } : {};
      return send(response, failure.error_code, { ok: false, error_code: failure.error_code, description: failure.description ?? 'Injected failure', ...parameters });
    }
    const result = await this.#result(method, params, response);
    if (result === undefined) return; // the client went away while long polling
    send(response, 200, { ok: true, result });
  }

  async #result(method: string, params: Record<string, unknown>, response: ServerResponse): Promise<unknown> {
    switch (method) {
      case 'getMe':
        return BOT_USER;
      case 'getUpdates':
        return this.#getUpdates(params, response);
      case 'sendMessage':
        return this.#sendMessage(params);
      case 'editMessageText':
      case 'editMessageReplyMarkup':
        return this.#editMessage(method, params);
      case 'getFile': {
        const file = this.#files.get(String(params.file_id));
        if (!file) return { file_id: params.file_id, file_unique_id: 'u', file_size: 1, file_path: 'photos/file_0.jpg' };
        return { file_id: params.file_id, file_unique_id: `${String(params.file_id)}-u`, file_size: file.declaredSize, file_path: file.path };
      }
      case 'sendPhoto':
        return this.#sendPhoto(params);
      case 'answerCallbackQuery':
      case 'setWebhook':
      case 'deleteWebhook':
      case 'setMyCommands':
        return true;
      default:
        return true;
    }
  }

  async #getUpdates(params: Record<string, unknown>, response: ServerResponse): Promise<Update[] | undefined> {
    const offset = typeof params.offset === 'number' ? params.offset : 0;
    this.#confirmedOffset = Math.max(this.#confirmedOffset, offset);
    // Telegram forgets confirmed updates.
    while (this.#queue.length > 0 && this.#queue[0]!.update_id < offset) this.#queue.shift();
    this.#notify();
    const limit = typeof params.limit === 'number' ? params.limit : 100;
    const deadline = performance.now() + 1000 * (typeof params.timeout === 'number' ? params.timeout : 0);
    let aborted = false;
    let wake: (() => void) | undefined;
    const onClose = () => {
      aborted = true;
      wake?.();
    };
    response.once('close', onClose);
    while (this.#queue.length === 0 && performance.now() < deadline && !aborted && this.#server.listening) {
      await new Promise<void>((resolve) => {
        let timer: NodeJS.Timeout | undefined;
        const finish = () => {
          clearTimeout(timer);
          this.#waiters.delete(finish);
          resolve();
        };
        timer = setTimeout(finish, Math.max(0, deadline - performance.now()));
        wake = finish;
        this.#waiters.add(finish);
      });
    }
    response.off('close', onClose);
    if (aborted) return undefined;
    return this.#queue.slice(0, limit);
  }

  #sendMessage(params: Record<string, unknown>): unknown {
    const markup = params.reply_markup as { inline_keyboard?: Array<Array<{ text: string; callback_data?: string; url?: string }>> } | undefined;
    const message: SentMessage = {
      messageId: this.#nextMessageId++,
      chatId: String(params.chat_id),
      text: String(params.text),
      rows: (markup?.inline_keyboard ?? []).map((row) =>
        row.map((button) => ({ label: button.text, data: button.callback_data ?? '', ...(button.url !== undefined && { url: button.url }) })),
      ),
      ...(typeof params.parse_mode === 'string' && { parseMode: params.parse_mode }),
      at: performance.now(),
    };
    this.sent.push(message);
    this.#notify();
    return {
      message_id: message.messageId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: Number(message.chatId), type: 'private' },
      text: message.text,
      ...(markup && { reply_markup: markup }),
    };
  }

  /** editMessageText (a text without reply_markup drops the keyboard) and editMessageReplyMarkup. */
  #editMessage(method: string, params: Record<string, unknown>): unknown {
    const message = this.sent.find((candidate) => candidate.chatId === String(params.chat_id) && candidate.messageId === params.message_id);
    if (!message) return true;
    const markup = params.reply_markup as { inline_keyboard?: Array<Array<{ text: string; callback_data: string }>> } | undefined;
    if (method === 'editMessageText') message.text = String(params.text);
    message.rows = (markup?.inline_keyboard ?? []).map((row) => row.map((button) => ({ label: button.text, data: button.callback_data })));
    this.#notify();
    return { message_id: message.messageId, date: Math.floor(Date.now() / 1000), chat: { id: Number(message.chatId), type: 'private' }, text: message.text };
  }

  #serveFile(path: string, response: ServerResponse): void {
    const file = [...this.#files.values()].find((candidate) => candidate.path === path);
    if (!file) return send(response, 404, { ok: false, error_code: 404, description: 'Not Found' });
    response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(file.bytes.byteLength) }).end(file.bytes);
  }

  #sendPhoto(params: Record<string, unknown>): unknown {
    const photo = params.photo;
    const bytes = Buffer.isBuffer(photo) ? photo : Buffer.alloc(0);
    this.sentPhotos.push({
      chatId: String(params.chat_id),
      bytes,
      ...(typeof params.caption === 'string' && { caption: params.caption }),
      at: performance.now(),
    });
    this.#notify();
    return {
      message_id: this.#nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: Number(params.chat_id), type: 'private' },
      photo: [{ file_id: `sent-${this.#nextMessageId}`, file_unique_id: `sent-${this.#nextMessageId}-u`, width: 1, height: 1 }],
    };
  }

  /** Wakes long polls (new updates) and re-checks waitFor predicates. */
  #notify(): void {
    for (const waiter of [...this.#waiters]) waiter();
  }
}

/** A Telegram user of a private chat (chat id = user id), for building updates. */
export interface FakeUser {
  readonly id: number;
  readonly firstName?: string;
  readonly languageCode?: string;
}

let messageCounter = 1;

/** A text message in the user's private chat (commands get their bot_command entity). */
export function textMessage(user: FakeUser, text: string): UpdateBody {
  const command = /^\/\w+/.exec(text);
  return {
    message: {
      ...messageBase(user),
      text,
      ...(command && { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] }),
    },
  } as UpdateBody;
}

/** A press of a button carrying `data`, on message `messageId` of the user's private chat. */
export function buttonPress(user: FakeUser, data: string, messageId = 1, pressed?: SentMessage): UpdateBody {
  // Telegram sends the pressed message along, with its text and keyboard.
  const shown = pressed && {
    text: pressed.text,
    reply_markup: { inline_keyboard: pressed.rows.map((row) => row.map((button) => ({ text: button.label, callback_data: button.data }))) },
  };
  return {
    callback_query: {
      id: randomBytes(8).toString('hex'),
      from: fromOf(user),
      chat_instance: `ci-${user.id}`,
      data,
      message: { message_id: messageId, date: now(), chat: { id: user.id, type: 'private', first_name: user.firstName ?? 'Test' }, ...shown },
    },
  } as UpdateBody;
}

/** A shared location. */
export function locationMessage(user: FakeUser, latitude: number, longitude: number): UpdateBody {
  return { message: { ...messageBase(user), location: { latitude, longitude } } } as UpdateBody;
}

/** A photo (three sizes, as Telegram sends them) with an optional caption. */
export function photoMessage(user: FakeUser, fileId: string, caption?: string): UpdateBody {
  const size = (suffix: string, width: number) => ({ file_id: `${fileId}${suffix}`, file_unique_id: `${fileId}${suffix}-u`, width, height: width });
  return {
    message: { ...messageBase(user), photo: [size('-s', 90), size('-m', 320), size('', 1280)], ...(caption !== undefined && { caption }) },
  } as UpdateBody;
}

/** A file sent as a document (e.g. an uncompressed photo, or anything named like one). */
export function documentMessage(user: FakeUser, fileId: string, fileName: string, mimeType: string): UpdateBody {
  return {
    message: { ...messageBase(user), document: { file_id: fileId, file_unique_id: `${fileId}-u`, file_name: fileName, mime_type: mimeType } },
  } as UpdateBody;
}

/** A message in a group chat from `user`. */
export function groupMessage(user: FakeUser, chatId: number, text: string): UpdateBody {
  const command = /^\/\w+/.exec(text);
  return {
    message: {
      message_id: messageCounter++,
      date: now(),
      chat: { id: chatId, type: 'group', title: 'Karang Taruna RW 05' },
      from: fromOf(user),
      text,
      ...(command && { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] }),
    },
  } as UpdateBody;
}

/** Delivers an update to the bot and resolves once it has been handled (replies may still be going out). */
export type Deliver = (body: UpdateBody) => Promise<Update>;

/**
 * A user talking to the bot through the fake: each action returns the messages the bot
 * sent to the user's chat because of it.
 */
export class TelegramTestUser {
  constructor(
    readonly fake: FakeTelegram,
    readonly user: FakeUser,
    private readonly deliver: Deliver,
    /** Resolves when the bot has sent everything it was going to (the channel's idle()). */
    private readonly settle: () => Promise<void>,
  ) {}

  /** Types text (commands too: "/batal"). */
  say(text: string): Promise<SentMessage[]> {
    return this.#act(textMessage(this.user, text));
  }

  /** Presses the button whose label matches, on the latest message that has one. */
  press(label: string | RegExp): Promise<SentMessage[]> {
    const { message, button } = this.findButton(label);
    return this.#act(buttonPress(this.user, button.data, message.messageId, message));
  }

  /** Shares a location. */
  shareLocation(latitude: number, longitude: number): Promise<SentMessage[]> {
    return this.#act(locationMessage(this.user, latitude, longitude));
  }

  /** Sends a photo. */
  sendPhoto(fileId: string, caption?: string): Promise<SentMessage[]> {
    return this.#act(photoMessage(this.user, fileId, caption));
  }

  /** Sends any update body (e.g. a forged button press). */
  send(body: UpdateBody): Promise<SentMessage[]> {
    return this.#act(body);
  }

  /** Every message the bot sent to this user so far. */
  get history(): SentMessage[] {
    return this.fake.sentTo(this.user.id);
  }

  /** The latest message with a button matching `label`, and that button; throws listing the labels there are. */
  findButton(label: string | RegExp): { message: SentMessage; button: SentButton } {
    const matches = (text: string) => (typeof label === 'string' ? text === label : label.test(text));
    for (const message of [...this.history].reverse()) {
      const button = message.rows.flat().find((candidate) => matches(candidate.label));
      if (button) return { message, button };
    }
    throw new Error(`no button ${String(label)} in the chat; buttons there: ${JSON.stringify(buttonLabels(this.history))}`);
  }

  async #act(body: UpdateBody): Promise<SentMessage[]> {
    const before = this.history.length;
    await this.deliver(body);
    await this.settle();
    return this.history.slice(before);
  }
}

/** All texts of messages, joined, for `toContain` checks. */
export function sentText(messages: readonly SentMessage[]): string {
  return messages.map((message) => message.text).join('\n---\n');
}

/** The button labels of messages, in order. */
export function buttonLabels(messages: readonly SentMessage[]): string[] {
  return messages.flatMap((message) => message.rows.flat().map((button) => button.label));
}

function messageBase(user: FakeUser) {
  return { message_id: messageCounter++, date: now(), chat: { id: user.id, type: 'private', first_name: user.firstName ?? 'Test' }, from: fromOf(user) };
}

function fromOf(user: FakeUser) {
  return { id: user.id, is_bot: false, first_name: user.firstName ?? 'Test', ...(user.languageCode !== undefined && { language_code: user.languageCode }) };
}

function now(): number {
  return Math.floor(Date.now() / 1000);
}

/** A call's parameters: JSON, or multipart/form-data (uploads; file parts stay Buffers). */
async function readParams(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return {};
  const body = Buffer.concat(chunks);
  const boundary = /multipart\/form-data;\s*boundary=("?)([^";]+)\1/i.exec(request.headers['content-type'] ?? '')?.[2];
  if (boundary) return readMultipart(body, boundary);
  try {
    return JSON.parse(body.toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

function readMultipart(body: Buffer, boundary: string): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  const delimiter = Buffer.from(`--${boundary}`);
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const part = body.subarray(start + delimiter.length + 2, next - 2); // CRLF after the delimiter, before the next
    const split = part.indexOf('\r\n\r\n');
    if (split !== -1) {
      const headers = part.subarray(0, split).toString('utf8');
      const content = part.subarray(split + 4);
      const name = /\bname="?([^";\r\n]+)"?/i.exec(headers)?.[1];
      if (name) {
        const isFile = /\bfilename=/i.test(headers);
        const text = content.toString('utf8');
        // grammY sends JSON values as text parts and files as attach://<id> references.
        params[name] = isFile ? Buffer.from(content) : parseMaybeJson(text);
      }
    }
    start = next;
  }
  // Resolve attach://<name> references to the uploaded part.
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' && value.startsWith('attach://')) params[key] = params[value.slice(9)];
  }
  return params;
}

function parseMaybeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  if (response.destroyed) return;
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
