/**
 * The Bot API transport (undici's pool under grammY) against a real HTTP server on
 * 127.0.0.1: what reaches the server, and each way a call can end, as grammY's own client
 * ends it (answers, Bot API refusals, faults, timeouts, aborts, uploads).
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AbortController as GrammyAbortController } from 'abort-controller';
import { Api, GrammyError, HttpError, InputFile } from 'grammy';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BotApiTransport } from '../../../src/channels/telegram/bot-api-transport.js';

const TOKEN = '123:secret-token';

interface Received {
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

let server: Server;
let root: string;
const received: Received[] = [];
/** How the server answers the next requests. */
let answer: (request: Received, response: ServerResponse) => void;

const json = (response: ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
};

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const entry = { url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(entry);
      answer(entry, response);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  received.length = 0;
  answer = (_request, response) => json(response, 200, { ok: true, result: { message_id: 7, date: 1, chat: { id: 42, type: 'private' }, text: 'hai' } });
});

/** grammY's Api with the transport as its only transformer. */
function api(options: { path?: string; timeoutSeconds?: number } = {}): Api {
  const apiRoot = `${root}${options.path ?? ''}`;
  const timeoutSeconds = options.timeoutSeconds ?? 10;
  const client = new Api(TOKEN, { apiRoot, timeoutSeconds });
  client.config.use(new BotApiTransport({ apiRoot, token: TOKEN, timeoutSeconds }).transformer);
  return client;
}

describe('BotApiTransport', () => {
  it('posts the method as JSON under the bot token and returns the result', async () => {
    const message = await api().sendMessage(42, 'hai', { reply_markup: { inline_keyboard: [[{ text: 'Ya', callback_data: 'y' }]] } });
    expect(message.message_id).toBe(7);
    expect(received).toHaveLength(1);
    expect(received[0]!.url).toBe(`/bot${TOKEN}/sendMessage`);
    expect(received[0]!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(received[0]!.body)).toEqual({ chat_id: 42, text: 'hai', reply_markup: { inline_keyboard: [[{ text: 'Ya', callback_data: 'y' }]] } });
    // Not node-fetch's request (it names itself): the call went through the pool.
    expect(received[0]!.headers['user-agent']).toBeUndefined();
  });

  it('keeps a path below the API root', async () => {
    await api({ path: '/telegram/api' }).sendMessage(42, 'hai');
    expect(received[0]!.url).toBe(`/telegram/api/bot${TOKEN}/sendMessage`);
    expect(JSON.parse(received[0]!.body)).toEqual({ chat_id: 42, text: 'hai' });
  });

  it("turns the Bot API's refusal (4xx with its JSON) into grammY's GrammyError", async () => {
    answer = (_request, response) => json(response, 403, { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    const error: unknown = await api().sendMessage(42, 'hai').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GrammyError);
    expect(error).toMatchObject({ error_code: 403, description: 'Forbidden: bot was blocked by the user', method: 'sendMessage' });
  });

  it('reports an answer that is not the Bot API\'s (a proxy page) as a network fault', async () => {
    answer = (_request, response) => {
      response.writeHead(502, { 'content-type': 'text/html' });
      response.end('<html>Bad Gateway</html>');
    };
    const error: unknown = await api().sendMessage(42, 'hai').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ message: "Network request for 'sendMessage' failed!" });
  });

  it('reports a refused connection as a network fault', async () => {
    const closed = createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const apiRoot = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    const client = new Api(TOKEN, { apiRoot });
    client.config.use(new BotApiTransport({ apiRoot, token: TOKEN, timeoutSeconds: 10 }).transformer);
    await expect(client.getMe()).rejects.toBeInstanceOf(HttpError);
  });

  it('gives up on a call not answered within the timeout', async () => {
    answer = () => undefined; // never answers
    const started = performance.now();
    const error: unknown = await api({ timeoutSeconds: 0.3 }).sendMessage(42, 'hai').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HttpError);
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('stops a call when its signal aborts (a long poll at stop)', async () => {
    answer = () => undefined;
    // grammY's signals are typed as its abort-controller polyfill's (the runner passes one).
    const controller = new GrammyAbortController();
    const call = api().getUpdates({ timeout: 30 }, controller.signal).catch((caught: unknown) => caught);
    await expect.poll(() => received.length).toBe(1);
    const aborted = performance.now();
    controller.abort();
    expect(await call).toBeInstanceOf(HttpError);
    // Ended by the abort, not by the call's 10 s timeout.
    expect(performance.now() - aborted).toBeLessThan(5000);
  });

  it("leaves uploads to grammY's multipart path", async () => {
    await api().sendPhoto(42, new InputFile(Buffer.from([0xff, 0xd8, 0xff]), 'photo.jpg'));
    expect(received[0]!.url).toBe(`/bot${TOKEN}/sendPhoto`);
    expect(received[0]!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(received[0]!.body).toContain('filename=photo.jpg');
  });
});
