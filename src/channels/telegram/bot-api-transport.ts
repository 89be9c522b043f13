/**
 * The Bot API calls' HTTP on undici's connection pool instead of grammY's default
 * (node-fetch over Node's http.Agent), as the innermost grammY API transformer.
 *
 * Why: every reply, callback answer and keyboard edit is one Bot API call, and measured on
 * two cores against a local server a call cost ~170 µs of CPU through node-fetch and ~45 µs
 * through undici's pool (docs/benchmarks.md) — the largest single cost of a Telegram update
 * after the database. The calls stay grammY's: the same URL, JSON body (nulls left out),
 * timeout, abort signal and errors (a network fault or timeout is an {@link HttpError}, a
 * Bot API refusal the JSON answer that grammY turns into a GrammyError), and the transformers
 * installed after this one (auto-retry) see the same answers. Uploads (a payload holding an
 * InputFile: sendPhoto with stored bytes) keep grammY's multipart path.
 */
import { HttpError, InputFile, type Transformer } from 'grammy';
import type { ApiResponse } from 'grammy/types';
import { Pool } from 'undici';

/** A Bot API server's address and the bot's token, as grammY's client is given them. */
export interface BotApiTransportOptions {
  /** Without a trailing slash, e.g. https://api.telegram.org. */
  readonly apiRoot: string;
  readonly token: string;
  /** A call that has not been answered by then fails as a network fault (grammY's `timeoutSeconds`). */
  readonly timeoutSeconds: number;
}

const JSON_HEADERS = { 'content-type': 'application/json' };

/** See the module comment. */
export class BotApiTransport {
  readonly #pool: Pool;
  /** The API root's path (a Bot API server may be served below one) with the bot's prefix. */
  readonly #prefix: string;
  readonly #timeoutMs: number;

  constructor(options: BotApiTransportOptions) {
    const root = new URL(options.apiRoot);
    // Connections are opened as needed and kept alive, as grammY's agent does. Not closed when
    // the channel stops: the reply outbox still sends after that (main.ts), and idle
    // connections do not keep the process alive (undici unrefs them) and close by themselves.
    this.#pool = new Pool(root.origin);
    this.#prefix = `${root.pathname.replace(/\/+$/, '')}/bot${options.token}/`;
    this.#timeoutMs = options.timeoutSeconds * 1000;
  }

  /** Install before any other transformer, so that it is the one that reaches the network. */
  readonly transformer: Transformer = async (prev, method, payload, signal) => {
    if (requiresUpload(payload)) return prev(method, payload, signal);
    // Only a call given a signal (the long poll, stopped at shutdown) needs a controller of
    // its own; the timeout is undici's (no controller and timer per call: they showed in
    // the Telegram path's profile).
    const controller = signal ? new AbortController() : undefined;
    const abort = () => controller?.abort(new Error(`${method}: aborted`));
    signal?.addEventListener('abort', abort);
    if (signal?.aborted) abort();
    try {
      const response = await this.#pool.request({
        path: this.#prefix + method,
        method: 'POST',
        headers: JSON_HEADERS,
        body: JSON.stringify(payload, withoutNulls),
        headersTimeout: this.#timeoutMs,
        bodyTimeout: this.#timeoutMs,
        signal: controller?.signal ?? null,
      });
      // The Bot API answers errors with a 4xx/5xx status and the same JSON envelope: read
      // either way (grammY does); an answer that is not JSON (a proxy's page) is a fault.
      const answer: unknown = JSON.parse(await response.body.text());
      if (!isApiResponse(answer)) throw new Error(`not a Bot API answer (HTTP ${response.statusCode})`);
      return answer;
    } catch (error) {
      // grammY's own words for a call that did not get an answer; the cause is kept.
      throw new HttpError(`Network request for '${method}' failed!`, error);
    } finally {
      signal?.removeEventListener('abort', abort);
    }
  };
}

/** grammY's JSON payloads leave nulls out. */
function withoutNulls(_key: string, value: unknown): unknown {
  return value ?? undefined;
}

/** An InputFile anywhere in the payload needs grammY's multipart upload (its own check, requiresFormDataUpload, is not exported). */
function requiresUpload(value: unknown): boolean {
  if (value instanceof InputFile) return true;
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some((item) => (Array.isArray(item) ? item.some(requiresUpload) : requiresUpload(item)));
}

/**
 * The Bot API's envelope: `{ ok: true, result }` or `{ ok: false, error_code, description }`.
 * The result's shape is the Bot API's promise, trusted as grammY trusts it.
 */
function isApiResponse(value: unknown): value is ApiResponse<never> {
  return typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean';
}
