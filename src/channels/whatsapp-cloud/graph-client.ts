/**
 * A small typed client for the four Cloud API calls the bot makes (send a message, upload
 * a photo, look up and download an inbound medium), over `fetch`. Why not a library: see
 * README ("WhatsApp Cloud API: dependencies"): whatsapp-api-js hard-codes graph.facebook.com,
 * and WHATSAPP_CLOUD_API_ROOT (a fake Graph API in tests, a proxy in production) needs the
 * address to be ours.
 */
import { downloadCapped } from '../download.js';
import type { MediaFetch } from '../../core/media.js';
import { field } from '../../core/unknown.js';

/** An error answer of the Graph API: `{ error: { code, message, error_subcode, error_data } }`. */
export class GraphApiError extends Error {
  constructor(
    /** The HTTP status. */
    readonly status: number,
    /** Meta's error code (130429, 131047, 100…); undefined when the body had none. */
    readonly code: number | undefined,
    readonly subcode: number | undefined,
    /** Meta's message, e.g. "(#131047) Re-engagement message". */
    readonly description: string,
    readonly details: string | undefined,
  ) {
    super(`Graph API ${status}${code === undefined ? '' : ` #${code}`}: ${description}`);
    this.name = 'GraphApiError';
  }
}

/** Where the client talks to and as whom. */
export interface GraphClientOptions {
  /** https://graph.facebook.com, or a fake one in tests. */
  readonly apiRoot: string;
  /** v24.0 … */
  readonly apiVersion: string;
  readonly accessToken: string;
  readonly phoneNumberId: string;
  /** One call may take this long (default 20 s). */
  readonly timeoutMs?: number;
}

/** A message body as POST /{phone-number-id}/messages takes it, without `messaging_product` and `to`. */
export type CloudMessageBody = Readonly<Record<string, unknown>> & { readonly type: string };

/** The Cloud API calls the channel uses. */
export class GraphClient {
  readonly #o: GraphClientOptions;

  constructor(options: GraphClientOptions) {
    this.#o = options;
  }

  /** Sends one message to `to` (digits with country code); resolves with its message id (wamid). */
  async sendMessage(to: string, body: CloudMessageBody): Promise<string> {
    const answer = await this.#call(`${this.#phone()}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messaging_product: 'whatsapp', recipient_type: 'individual', to, ...body }),
    });
    const messages = field(answer, 'messages');
    const id = Array.isArray(messages) ? field(messages[0], 'id') : undefined;
    if (typeof id !== 'string') throw new GraphApiError(200, undefined, undefined, 'answer without messages[0].id', undefined);
    return id;
  }

  /** Uploads a photo; resolves with the media id an image message can name. */
  async uploadMedia(bytes: Uint8Array, mime: string): Promise<string> {
    const form = new FormData();
    form.append('messaging_product', 'whatsapp');
    form.append('type', mime);
    form.append('file', new Blob([Buffer.from(bytes)], { type: mime }), 'photo.jpg');
    const answer = await this.#call(`${this.#phone()}/media`, { method: 'POST', body: form });
    const id = field(answer, 'id');
    if (typeof id !== 'string') throw new GraphApiError(200, undefined, undefined, 'upload answer without id', undefined);
    return id;
  }

  /** Downloads an inbound medium by its id (two calls: its URL, then the bytes), at most `maxBytes`. */
  async downloadMedia(mediaId: string, maxBytes: number): Promise<MediaFetch> {
    let info: unknown;
    try {
      info = await this.#call(encodeURIComponent(mediaId), { method: 'GET' });
    } catch {
      return { kind: 'unavailable' };
    }
    // GET /{media-id} answers { url, mime_type, file_size }.
    const url = field(info, 'url');
    const size = field(info, 'file_size');
    if (typeof url !== 'string') return { kind: 'unavailable' };
    if (typeof size === 'number' && size > maxBytes) return { kind: 'too-large' };
    return downloadCapped(url, maxBytes, undefined, { authorization: `Bearer ${this.#o.accessToken}` });
  }

  #phone(): string {
    return encodeURIComponent(this.#o.phoneNumberId);
  }

  async #call(path: string, init: { readonly method: string; readonly body?: RequestInit['body']; readonly headers?: Readonly<Record<string, string>> }): Promise<unknown> {
    const url = `${this.#o.apiRoot}/${this.#o.apiVersion}/${path}`;
    const response = await fetch(url, {
      ...init,
      headers: { ...init.headers, authorization: `Bearer ${this.#o.accessToken}` },
      signal: AbortSignal.timeout(this.#o.timeoutMs ?? 20_000),
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = text === '' ? {} : JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (response.ok && json !== undefined) return json;
    // { error: { code, error_subcode, message, error_data: { details } } }, each part optional.
    const error = field(json, 'error');
    const code = field(error, 'code');
    const subcode = field(error, 'error_subcode');
    const message = field(error, 'message');
    const details = field(field(error, 'error_data'), 'details');
    throw new GraphApiError(
      response.status,
      typeof code === 'number' ? code : undefined,
      typeof subcode === 'number' ? subcode : undefined,
      typeof message === 'string' ? message.slice(0, 200) : `HTTP ${response.status}`,
      typeof details === 'string' ? details.slice(0, 200) : undefined,
    );
  }
}
