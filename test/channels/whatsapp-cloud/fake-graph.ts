/**
 * A fake Graph API (WhatsApp Cloud API) on 127.0.0.1 with the platform's own shapes:
 * - POST /{version}/{phone-number-id}/messages → `{ messaging_product, contacts, messages: [{ id }] }`
 *   (text, interactive button/list, template, image), or a scripted error body
 *   `{ error: { message, type, code, error_subcode, error_data, fbtrace_id } }`;
 * - POST /{version}/{phone-number-id}/media (multipart) → `{ id }`;
 * - GET /{version}/{media-id} → `{ url, mime_type, sha256, file_size, id, messaging_product }`,
 *   and GET of that url → the bytes; both need the bearer token, as Meta's do.
 * Every call without `Authorization: Bearer <token>` gets Meta's 401 (code 190).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One message the bot sent, as the fake received it. */
export interface SentCloudMessage {
  readonly to: string;
  readonly type: string;
  readonly body: Record<string, unknown>;
  readonly wamid: string;
  /** Order of arrival across all messages. */
  readonly seq: number;
}

/** A scripted failure of the next send (to one number, or to any). */
export interface GraphFailure {
  readonly status: number;
  readonly code: number;
  readonly message: string;
  readonly subcode?: number;
  readonly details?: string;
}

/** The fake server. */
export class FakeGraph {
  readonly sent: SentCloudMessage[] = [];
  readonly uploads: Array<{ readonly id: string; readonly bytes: number }> = [];
  /** Calls answered 401 (wrong or missing token). */
  unauthorised = 0;
  readonly #media = new Map<string, { bytes: Buffer; mime: string; declaredSize?: number }>();
  readonly #failures: Array<{ to?: string; failure: GraphFailure }> = [];
  #seq = 0;

  private constructor(
    readonly server: Server,
    readonly apiRoot: string,
    readonly token: string,
    readonly phoneNumberId: string,
    readonly version: string,
  ) {}

  /** Starts a fake for `token` and `phoneNumberId`. */
  static async start(options: { token: string; phoneNumberId: string; version?: string }): Promise<FakeGraph> {
    let fake!: FakeGraph;
    const server = createServer((request, response) => {
      void fake.#serve(request).then(
        ({ status, json, bytes, mime }) => {
          if (bytes) return void response.writeHead(status, { 'content-type': mime ?? 'application/octet-stream', 'content-length': String(bytes.length) }).end(bytes);
          response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
        },
        (error: unknown) => response.writeHead(500).end(String(error)),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    fake = new FakeGraph(server, root, options.token, options.phoneNumberId, options.version ?? 'v24.0');
    return fake;
  }

  /** Serves `bytes` as inbound medium `id` (its declared size may lie). */
  addMedia(id: string, bytes: Buffer, mime = 'image/jpeg', declaredSize?: number): void {
    this.#media.set(id, { bytes, mime, ...(declaredSize !== undefined && { declaredSize }) });
  }

  /** The next send (to `to`, or any) fails with `failure`. */
  failNext(failure: GraphFailure, to?: string): void {
    this.#failures.push({ ...(to !== undefined && { to }), failure });
  }

  /** Messages sent to `to`. */
  sentTo(to: string): SentCloudMessage[] {
    return this.sent.filter((message) => message.to === to);
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  async #serve(request: IncomingMessage): Promise<{ status: number; json?: unknown; bytes?: Buffer; mime?: string }> {
    const body = await readBody(request);
    if (request.headers.authorization !== `Bearer ${this.token}`) {
      this.unauthorised += 1;
      return { status: 401, json: graphError({ status: 401, code: 190, message: 'Invalid OAuth access token - Cannot parse access token' }) };
    }
    const url = new URL(request.url ?? '/', this.apiRoot);
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts[0] === 'download' && parts[1] && request.method === 'GET') {
      const medium = this.#media.get(decodeURIComponent(parts[1]));
      return medium ? { status: 200, bytes: medium.bytes, mime: medium.mime } : { status: 404, json: graphError({ status: 404, code: 100, message: 'not found' }) };
    }
    if (parts[0] !== this.version) return { status: 400, json: graphError({ status: 400, code: 2500, message: `Unknown path components: /${parts.join('/')}` }) };
    if (request.method === 'POST' && parts[1] === this.phoneNumberId && parts[2] === 'messages') {
      const message = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
      if (message.messaging_product !== 'whatsapp') return { status: 400, json: graphError({ status: 400, code: 100, message: '(#100) The parameter messaging_product is required.' }) };
      const to = String(message.to);
      const index = this.#failures.findIndex((entry) => entry.to === undefined || entry.to === to);
      if (index >= 0) {
        const [{ failure }] = this.#failures.splice(index, 1) as [{ failure: GraphFailure }];
        return { status: failure.status, json: graphError(failure) };
      }
      const wamid = `wamid.FAKE${String(++this.#seq).padStart(6, '0')}`;
      this.sent.push({ to, type: String(message.type), body: message, wamid, seq: this.#seq });
      return { status: 200, json: { messaging_product: 'whatsapp', contacts: [{ input: to, wa_id: to }], messages: [{ id: wamid }] } };
    }
    if (request.method === 'POST' && parts[1] === this.phoneNumberId && parts[2] === 'media') {
      const id = `${9_000_000 + this.uploads.length}`;
      this.uploads.push({ id, bytes: body.length });
      return { status: 200, json: { id } };
    }
    if (request.method === 'GET' && parts.length === 2) {
      const id = decodeURIComponent(parts[1]!);
      const medium = this.#media.get(id);
      if (!medium) return { status: 400, json: graphError({ status: 400, code: 100, message: `Unsupported get request. Object with ID '${id}' does not exist` }) };
      return {
        status: 200,
        json: {
          messaging_product: 'whatsapp',
          url: `${this.apiRoot}/download/${encodeURIComponent(id)}`,
          mime_type: medium.mime,
          sha256: 'x',
          file_size: medium.declaredSize ?? medium.bytes.length,
          id,
        },
      };
    }
    return { status: 400, json: graphError({ status: 400, code: 100, message: 'unsupported request' }) };
  }
}

/** Meta's error body. */
export function graphError(failure: GraphFailure): unknown {
  return {
    error: {
      message: failure.message,
      type: 'OAuthException',
      code: failure.code,
      ...(failure.subcode !== undefined && { error_subcode: failure.subcode }),
      ...(failure.details !== undefined && { error_data: { messaging_product: 'whatsapp', details: failure.details } }),
      fbtrace_id: 'AbCdEfGh',
    },
  };
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
