/**
 * A fake WhatsApp Cloud API (Graph API) on 127.0.0.1 for the fan-out bench: it accepts
 * POST /{version}/{phone-number-id}/messages at most `limitPerSecond` times in any sliding
 * second and answers Meta's throughput error beyond (HTTP 400, `{ error: { code: 130429 } }`,
 * which names no wait). It counts accepted messages by type, refusals, and duplicates (the
 * same text or template accepted twice for one recipient).
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

/** What the fake saw. */
export interface GraphFigures {
  readonly accepted: number;
  readonly byType: Readonly<Record<string, number>>;
  readonly rejected130429: number;
  readonly duplicates: number;
  readonly firstAt: number;
  readonly lastAt: number;
}

/** The fake server. */
export class FakeGraphApi {
  readonly #server: Server;
  readonly #limit: number;
  readonly #window: number[] = [];
  readonly #seen = new Set<string>();
  readonly #byType: Record<string, number> = {};
  #accepted = 0;
  #rejected = 0;
  #duplicates = 0;
  #firstAt = 0;
  #lastAt = 0;
  #seq = 0;

  private constructor(server: Server, limit: number) {
    this.#server = server;
    this.#limit = limit;
  }

  /** Starts listening on a free loopback port. */
  static async start(limitPerSecond: number): Promise<FakeGraphApi> {
    let fake: FakeGraphApi | undefined;
    const server = createServer((request, response) => void fake!.#serve(request, response));
    server.keepAliveTimeout = 60_000;
    fake = new FakeGraphApi(server, limitPerSecond);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** The root to give WHATSAPP_CLOUD_API_ROOT. */
  get apiRoot(): string {
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  get figures(): GraphFigures {
    return { accepted: this.#accepted, byType: { ...this.#byType }, rejected130429: this.#rejected, duplicates: this.#duplicates, firstAt: this.#firstAt, lastAt: this.#lastAt };
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  async #serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const answer = (status: number, body: unknown): void => void response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (request.method !== 'POST' || !(request.url ?? '').endsWith('/messages')) return answer(400, { error: { code: 100, message: 'unsupported request' } });
    const now = performance.now();
    while (this.#window.length > 0 && this.#window[0]! <= now - 1000) this.#window.shift();
    if (this.#window.length >= this.#limit) {
      this.#rejected += 1;
      return answer(400, { error: { message: '(#130429) Rate limit hit', type: 'OAuthException', code: 130429, error_data: { messaging_product: 'whatsapp', details: 'Cloud API message throughput has been reached.' } } });
    }
    this.#window.push(now);
    const message = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { to: string; type: string };
    const key = createHash('sha256').update(JSON.stringify(message)).digest('hex');
    if (this.#seen.has(key)) this.#duplicates += 1;
    this.#seen.add(key);
    this.#accepted += 1;
    this.#byType[message.type] = (this.#byType[message.type] ?? 0) + 1;
    if (this.#firstAt === 0) this.#firstAt = now;
    this.#lastAt = now;
    answer(200, { messaging_product: 'whatsapp', contacts: [{ input: message.to, wa_id: message.to }], messages: [{ id: `wamid.BENCH${++this.#seq}` }] });
  }
}
